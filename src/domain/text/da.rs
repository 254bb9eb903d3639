//! Dansk: the default language, read first by caseworkers and citizens.

use super::{Label, OfTen, Words};
use crate::domain::load::LoadError;
use crate::domain::problem::{JsonType, ProblemKind};
use crate::domain::rank::{Age, AgeError, BasisKind, Criterion, Tier, UnrankedReason, CAUTION_ANSWERS, MIN_N};
use crate::domain::snapshot::{Category, MissingReason, ProviderKind, Smiley};

pub struct Danish;

const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

impl Words for Danish {
    fn decimal_mark(&self) -> char {
        ','
    }

    fn group_mark(&self) -> char {
        '.'
    }

    fn percent(&self, number: &str) -> String {
        format!("{number} %")
    }

    fn date(&self, day: u32, month0: usize, year: i32) -> String {
        format!("{day}. {} {year}", MONTHS[month0])
    }

    fn label(&self, label: Label) -> &'static str {
        use Label::*;
        match label {
            ShowToCitizen => "Vis for borgeren",
            BackToCaseworker => "Tilbage til sagsbehandlervisning",
            Print => "Udskriv",
            TargetGroup => "Målgruppe",
            ChooseTargetGroup => "Vælg målgruppe",
            AgeYears => "Alder (år)",
            CopyLink => "Kopiér link",
            CopyJournalNote => "Kopiér journalnotat",
            PreviewFile => "Forhåndsvis en snapshot-fil …",
            LinkCopied => "Link kopieret.",
            NoteCopied => "Journalnotat kopieret.",
            CouldNotCopy => "Kunne ikke kopiere.",
            ChooseGroupAndAge => "Vælg målgruppe og skriv borgerens alder for at se de egnede tilbud.",
            NoResultsYet => "Ingen resultater endnu",
            Number => "Nummer",
            WhyHere => "Hvorfor her: ",
            Warnings => "Advarsler",
            ShowDetails => "Vis detaljer",
            HideDetails => "Skjul detaljer",
            Compare => "Sammenlign",
            Supervision => "Tilsyn",
            NoFigure => "intet tal",
            FewAnswers => "få svar",
            AccessibilityStatement => "Tilgængelighedserklæring",
            AccessibilityStatementPage => "om/tilgaengelighed.html",
            FunnelShow => "Vis som figur",
            FunnelHide => "Skjul figuren",
            FunnelExplain => "Hvert punkt er et tilbud. Jo flere deltagere, jo smallere er grænserne om byens niveau. \
                              Et punkt uden for de stiplede 95 %-grænser ligger sandsynligvis over eller under byens \
                              niveau. Figuren viser kun job eller uddannelse og er ikke en ny rækkefølge.",
            FunnelOwnBand => "borgerens aldersgruppe",
            FunnelTableCaption => "Figurens tal",
            FunnelOffer => "Tilbud",
            FunnelReference => "Byens niveau",
            FunnelWhere => "Placering",
            Vs => "mod",
            Details => "Detaljer",
            OffBenefit1m => "Ude af offentlig forsørgelse efter 1 måned",
            OffBenefit3m => "Ude af offentlig forsørgelse efter 3 måneder",
            CloserToJob => "Svarer at tilbuddet bragte dem tættere på job",
            ComplaintsInPeriod => "Klager i perioden",
            Participants => "Deltagere",
            ShareUnder30 => "Andel under 30 år",
            MedianUnemployment => "Ledighed ved start (median)",
            TypicalLength => "Typisk længde",
            HoursPerWeek => "Timer om ugen",
            Age => "Alder",
            NotGiven => "ikke oplyst",
            AllFigures => "Alle tal for tilbuddet (alle perioder, målgrupper og aldre)",
            Period => "Periode",
            JobOrEducationShort => "Job/uddannelse",
            CompanyPlacement => "Virksomhedsplacering",
            Satisfaction => "Tilfredshed",
            Comparison => "Sammenligning",
            Remove => "Fjern",
            OffSupport3mShort => "Ude af forsørgelse efter 3 mdr.",
            BasedOn => "Grundlag",
            NoSupervision => "Ingen tilsynsrapport i tallene",
            CitizenChooseFirst => "Vælg målgruppe og alder først.",
            CitizenIntro => "Tilbud, der kan passe til dig",
            CitizenHowItWent => "Sådan gik det for andre",
            CitizenNote => {
                "Tallene viser, hvordan det er gået for andre. De siger ikke præcist, hvordan det vil gå for dig, og små forskelle mellem tilbuddene kan være tilfældige."
            }
            LoadingFigures => "Henter tallene …",
            NoFiguresInUse => "Ingen tal i brug.",
            SavedFigures => "de gemte tal",
            PreviewingFile => "Forhåndsvisning af filen ",
            Published => "offentliggjort ",
            NoFiguresToShow => "Der er ingen tal at vise.",
            NewAppVersion => "En ny version af Visitationsguiden er klar. ",
            Reload => "Genindlæs",
            NewFiguresRefused => {
                "Der er offentliggjort nye tal, men de kunne ikke bruges. De hidtidige tal er stadig i brug."
            }
            Warning => "Advarsel",
            WithinTierCaveat => "Rækkefølgen inden for samme niveau for job eller uddannelse er ikke en sikker forskel.",
            UseWithCaution => "brug med forsigtighed",
        }
    }

    fn criterion(&self, criterion: Criterion) -> &'static str {
        match criterion {
            Criterion::Job => "job eller uddannelse",
            Criterion::Placements => "virksomhedsplacering",
            Criterion::Satisfaction => "tilfredshed",
        }
    }

    fn tier(&self, tier: Tier) -> &'static str {
        match tier {
            Tier::Above => "over byens niveau",
            Tier::InLine => "på niveau med byen",
            Tier::Below => "under byens niveau",
            Tier::Unknown => "ukendt (for få eller ingen tal)",
        }
    }

    fn tier_short(&self, tier: Tier) -> &'static str {
        match tier {
            Tier::Above => "over byen",
            Tier::InLine => "som byen",
            Tier::Below => "under byen",
            Tier::Unknown => "ukendt",
        }
    }

    fn tier_clause(&self, tier: Tier) -> &'static str {
        match tier {
            Tier::Above => "ligger over byens niveau",
            Tier::InLine => "ligger på niveau med byen",
            Tier::Below => "ligger under byens niveau",
            Tier::Unknown => "har for få eller ingen tal",
        }
    }

    fn tier_heading(&self, tier: Tier) -> (&'static str, String) {
        match tier {
            Tier::Above => (
                "Over byens niveau for job eller uddannelse",
                "Hele usikkerhedsintervallet ligger over byens andel. Inden for gruppen er rækkefølgen ikke en sikker forskel.".into(),
            ),
            Tier::InLine => (
                "På niveau med byen for job eller uddannelse",
                "Intervallet rummer byens andel: forskellene her kan være tilfældige.".into(),
            ),
            Tier::Below => (
                "Under byens niveau for job eller uddannelse",
                "Hele usikkerhedsintervallet ligger under byens andel. Inden for gruppen er rækkefølgen ikke en sikker forskel.".into(),
            ),
            Tier::Unknown => (
                "Ukendt: for få eller ingen tal om job eller uddannelse",
                format!("Færre end {MIN_N} personer eller ikke offentliggjort. Ordnet efter de andre kriterier; rækkefølgen er ikke en sikker forskel."),
            ),
        }
    }

    fn missing_reason(&self, reason: MissingReason) -> &'static str {
        match reason {
            MissingReason::TooFew => "for få til at blive offentliggjort",
            MissingReason::NotReported => "ikke indberettet",
            MissingReason::NewOffer => "nyt tilbud",
            MissingReason::NotApplicable => "ikke relevant",
        }
    }

    fn category(&self, category: Category) -> &'static str {
        match category {
            Category::JobSearch => "Jobsøgning",
            Category::CompanyPlacement => "Virksomhedsplacering",
            Category::CompanyPreparation => "Virksomhedsforberedende",
            Category::Upskilling => "Opkvalificering",
            Category::Clarification => "Afklaring",
            Category::Mentor => "Mentor",
            Category::HealthAndSocial => "Sundhed og socialt",
            Category::Language => "Sprog",
            Category::Other => "Andet",
        }
    }

    fn provider_kind(&self, kind: ProviderKind) -> &'static str {
        match kind {
            ProviderKind::Internal => "kommunens eget center",
            ProviderKind::External => "ekstern leverandør",
            ProviderKind::OtherActor => "anden aktør",
        }
    }

    fn smiley(&self, smiley: Smiley) -> &'static str {
        match smiley {
            Smiley::Happy => "glad smiley",
            Smiley::Neutral => "neutral smiley",
            Smiley::Sad => "sur smiley",
        }
    }

    fn unranked_reason(&self, reason: UnrankedReason) -> &'static str {
        match reason {
            UnrankedReason::NoResults => "ingen resultater endnu",
            UnrankedReason::NoResultForAge => "ingen resultater for denne alder",
        }
    }

    fn json_type(&self, found: JsonType) -> &'static str {
        match found {
            JsonType::Object => "et objekt",
            JsonType::Array => "en liste",
            JsonType::String => "en tekst",
            JsonType::Number => "et tal",
            JsonType::Integer => "et heltal",
            JsonType::Boolean => "en sandhedsværdi",
            JsonType::Null => "null",
        }
    }

    fn too_few(&self, n: &str) -> String {
        format!("for få ({n})")
    }

    fn share_basis(&self, interval: &str, n: &str, answers: bool) -> String {
        let unit = if answers { "svar" } else { "personer" };
        format!("95 %-interval {interval}, n = {n} {unit}")
    }

    fn city_figure(&self, share: &str, pooled_n: Option<&str>) -> String {
        match pooled_n {
            None => format!("byen (offentliggjort): {share}"),
            Some(n) => format!("byen (alle tilbud her): {share}, n = {n}"),
        }
    }

    fn caution(&self) -> String {
        format!("brug med forsigtighed (under {CAUTION_ANSWERS} svar)")
    }

    fn plot_label(&self, share: &str, interval: &str, city: Option<&str>) -> String {
        match city {
            Some(city) => format!("{share}, interval {interval}, byen {city}"),
            None => format!("{share}, interval {interval}"),
        }
    }

    fn complaint_rate(&self, complaints: u32, rate: &str, low: &str, high: &str) -> String {
        format!("{complaints} ({rate} pr. 100 deltagere, 95 %-interval {low}–{high})")
    }

    fn age_adjusted(&self, ratio: &str, expected: &str, observed: &str) -> String {
        format!(
            "Aldersjusteret: {ratio}. Med byens jobandel for hver aldersgruppe ville man forvente {expected} i job eller uddannelse ud fra tilbuddets aldersfordeling; der var {observed}. Over 1 betyder bedre end forventet for deltagere på de alderstrin, under 1 dårligere; tæt på 1 er ikke en sikker forskel. Tallet bruges ikke til rækkefølgen."
        )
    }

    fn weeks(&self, weeks: &str) -> String {
        format!("{weeks} uger")
    }

    fn age_limit(&self, min: u8, max: u8) -> String {
        format!("{min}–{max} år")
    }

    fn band(&self, min: u8, max: Option<u8>) -> String {
        match max {
            Some(max) => format!("{min}–{max} år"),
            None => format!("{min} år og derover"),
        }
    }

    fn all_ages(&self) -> &'static str {
        "alle aldre"
    }

    fn based_on(&self, people: &str, ages: &str) -> String {
        format!("baseret på {people} personer, {ages}")
    }

    fn basis_note(&self, kind: BasisKind) -> &'static str {
        match kind {
            BasisKind::CitizenBand | BasisKind::AllAgesNoBand => "",
            BasisKind::AllAgesFallback => " (for få i borgerens aldersgruppe, så tallene gælder alle aldre)",
            BasisKind::SmallBand => " (få personer og intet tal for alle aldre: stor usikkerhed)",
        }
    }

    fn why(&self, above: &str, below: &str, reason: &str) -> String {
        format!("{above} før {below}: {reason}")
    }

    fn same_prefix(&self, criterion: Criterion, by_tier: bool) -> &'static str {
        match (by_tier, criterion) {
            (true, Criterion::Job) => "",
            (true, Criterion::Placements) => "samme niveau for job eller uddannelse; ",
            (true, Criterion::Satisfaction) => "samme niveau for job eller uddannelse og for virksomhedsplacering; ",
            (false, Criterion::Job) => "samme niveau på alle tre; ",
            (false, Criterion::Placements) => "samme niveau på alle tre og samme jobandel; ",
            (false, Criterion::Satisfaction) => "samme niveau på alle tre og samme andel i job og i virksomhed; ",
        }
    }

    fn more_of(&self, criterion: Criterion) -> &'static str {
        match criterion {
            Criterion::Job => "flere i job eller uddannelse",
            Criterion::Placements => "flere virksomhedsplaceringer",
            Criterion::Satisfaction => "flere tilfredse",
        }
    }

    fn same_all_but_name(&self) -> &'static str {
        "samme niveau og samme tal på alle tre; ordnet efter navn"
    }

    fn same_all_but_id(&self) -> &'static str {
        "samme niveau, tal og navn; ordnet efter tilbuddets id"
    }

    fn sad_smiley_flag(&self, date: &str, note: &str) -> String {
        format!("Sur smiley ved tilsynet {date}{note}")
    }

    fn complaints_flag(
        &self,
        complaints: &str,
        participants: &str,
        rate: &str,
        low: &str,
        high: &str,
        city: &str,
    ) -> String {
        format!("Mange klager: {complaints} klager fra {participants} deltagere ({rate} pr. 100, 95 %-interval {low}–{high}) mod {city} pr. 100 for alle tilbud her")
    }

    fn summary(&self, ranked: usize, unranked: usize) -> String {
        format!("{ranked} tilbud med resultater, {unranked} uden endnu.")
    }

    fn show_more(&self, more: usize, shown: usize, total: usize) -> String {
        format!("Vis {more} flere ({shown} af {total} vist)")
    }

    fn showing(&self, shown: usize, total: usize) -> String {
        format!("Viser {shown} af {total} i gruppen.")
    }

    fn still_answering(&self, group: &str, age: u8) -> String {
        format!("Listen viser stadig tilbud for {group}, {age} år, indtil alderen er skrevet færdig.")
    }

    fn n_short(&self, n: &str) -> String {
        format!("n = {n}")
    }

    fn warnings_count(&self, n: usize) -> String {
        if n == 1 {
            "1 advarsel".to_owned()
        } else {
            format!("{n} advarsler")
        }
    }

    fn funnel_left_out(&self, n: usize) -> String {
        match n {
            1 => "1 tilbud uden tal for job eller uddannelse er ikke med i figuren.".to_owned(),
            n => format!("{n} tilbud uden tal for job eller uddannelse er ikke med i figuren."),
        }
    }

    fn compare_count(&self, picked: usize, max: usize) -> String {
        format!("{picked} af {max} valgt til sammenligning")
    }

    fn unknown_group(&self, id: &str) -> String {
        format!("Målgruppen «{id}» findes ikke i disse tal. Vælg en målgruppe.")
    }

    fn age_not_a_number(&self) -> &'static str {
        "Skriv alderen som et helt tal, fx 34."
    }

    fn age_error(&self, error: AgeError) -> String {
        match error {
            AgeError::TooYoung => format!("Alderen skal være mindst {} år.", Age::MIN),
            AgeError::TooOld => format!("Alderen kan højst være {} år.", Age::MAX),
        }
    }

    fn of_ten(&self, of_ten: OfTen) -> String {
        match of_ten {
            OfTen::UnderOne => "Under 1 af 10".into(),
            OfTen::OverNine => "Over 9 af 10".into(),
            OfTen::Exactly(k) => format!("{k} af 10"),
        }
    }

    fn citizen_figure(&self, criterion: Criterion, k: &str, n: &str, caution: bool) -> String {
        match (criterion, caution) {
            (Criterion::Job, _) => format!("{k} kom i job eller uddannelse (ud af {n})"),
            (Criterion::Placements, _) => {
                format!("{k} kom ud i en virksomhed, fx i praktik, løntilskud eller job med få timer (ud af {n})")
            }
            (Criterion::Satisfaction, true) => format!("{k} var tilfredse (kun {n} har svaret, så tallet er usikkert)"),
            (Criterion::Satisfaction, false) => format!("{k} var tilfredse ({n} har svaret)"),
        }
    }

    fn citizen_unknown(&self, criterion: Criterion) -> &'static str {
        match criterion {
            Criterion::Job => "Vi ved ikke nok om, hvor mange der kom i job eller uddannelse.",
            Criterion::Placements => "Vi ved ikke nok om, hvor mange der kom ud i en virksomhed.",
            Criterion::Satisfaction => "Vi ved ikke nok om, hvor tilfredse deltagerne var.",
        }
    }

    fn citizen_ages(&self, band: Option<&str>) -> String {
        match band {
            Some(band) => format!("på {band}"),
            None => "i alle aldre".into(),
        }
    }

    fn citizen_based(&self, people: &str, ages: &str) -> String {
        format!("Tallene kommer fra {people} personer {ages}, der har været på tilbuddet.")
    }

    fn citizen_length(&self, weeks: &str, hours: Option<&str>) -> String {
        match hours {
            Some(hours) => format!("Varer typisk {weeks} uger, {hours} timer om ugen."),
            None => format!("Varer typisk {weeks} uger."),
        }
    }

    fn stale(&self, days: &str, published: &str) -> String {
        format!("Tallene er {days} dage gamle (offentliggjort {published}). Der kan være nyere tal.")
    }

    fn kept_banner(&self, published: &str, offline: bool) -> String {
        if offline {
            format!("Offline — tal fra {published}")
        } else {
            format!("Nye tal kunne ikke hentes — tal fra {published}")
        }
    }

    fn invalid_heading(&self, what: &str, kept: bool) -> String {
        if kept {
            format!("{what} kunne ikke bruges. De tidligere tal er stadig i brug.")
        } else {
            format!("{what} kunne ikke bruges.")
        }
    }

    fn new_figures(&self, published: &str) -> String {
        format!("Nye tal er offentliggjort ({published}). ")
    }

    fn snapshot_param_refused(&self, path: &str) -> String {
        format!("?snapshot={path} blev afvist: kun en sti på denne server er tilladt. Standardtallene bruges.")
    }

    fn cache_unreadable(&self) -> &'static str {
        "De gemte tal kunne ikke bruges og er ikke taget i brug."
    }

    fn load_failure(&self, error: &LoadError) -> String {
        match error {
            LoadError::Fetch(detail) => format!("Tallene kunne ikke hentes (netværksfejl: {detail})."),
            LoadError::Status(code) => format!("Tallene kunne ikke hentes: serveren svarede {code}."),
            LoadError::FileRead(detail) => format!("Filen kunne ikke læses ({detail})."),
            LoadError::Invalid(invalid) => format!("Filen har {} problemer.", invalid.total()),
        }
    }

    fn journal_heading(
        &self,
        group: &str,
        id: &str,
        age: u8,
        period: &str,
        publisher: &str,
        published: &str,
    ) -> String {
        format!("Visitationsguide: {group} ({id}), alder {age}. Tal for {period} fra {publisher}, offentliggjort {published}.")
    }

    fn more_offers(&self, n: usize) -> String {
        format!("… og {n} tilbud mere.")
    }

    fn without_results(&self, n: usize) -> String {
        format!("{n} tilbud har ingen resultater endnu.")
    }

    fn problem(&self, kind: &ProblemKind) -> String {
        use ProblemKind::*;
        let num = |raw: &str| self.raw_number(raw);
        match kind {
            Empty => "filen er tom".into(),
            ByteOrderMark => "filen begynder med et byte order mark (BOM); formatet er UTF-8 uden BOM".into(),
            TooLarge { bytes, limit } => {
                format!("filen fylder {} MiB; grænsen er {} MiB", super::num::mib(*bytes, 1, self), super::num::mib(*limit, 0, self))
            }
            NotJson { line, column, detail } => format!("ikke gyldig JSON (linje {line}, kolonne {column}): {detail}"),
            TooDeep { limit } => format!("indlejret dybere end {limit} niveauer; formatet behøver langt færre"),
            Missing => "mangler (skal være der)".into(),
            WrongType { expected, found } => {
                format!("skal være {}, men er {}", self.json_type(*expected), self.json_type(*found))
            }
            NotFinite { raw } => format!("{} er ikke et endeligt tal", num(raw)),
            NotInteger { raw } => format!("{} er ikke et heltal", num(raw)),
            Below { raw, min } => format!("{} er under {}", num(raw), num(min)),
            Above { raw, max } => format!("{} er over {}", num(raw), num(max)),
            NotPositive { raw } => format!("{} skal være større end 0", num(raw)),
            WrongFormat { found } => format!(
                "{found:?} er ikke \"visitationsguide-snapshot\"; filen er ikke et øjebliksbillede til Visitationsguiden"
            ),
            NewerVersion { found } => format!(
                "formatversion {found} er nyere end denne app kan læse (1); der skal en nyere version af appen til"
            ),
            UnknownVersion { found } => format!("formatversion {found} findes ikke; den skal være 1"),
            BadId { found } => format!("{found:?} er ikke et gyldigt id: 1–64 tegn blandt a-z 0-9 - _"),
            ReservedId => "\"all\" er reserveret (betyder alle aldre) og kan ikke bruges som id".into(),
            BadDate { found } => format!("{found:?} er ikke en gyldig dato (ÅÅÅÅ-MM-DD)"),
            FutureDate { date, limit } => {
                format!("{date} ligger efter {limit}; udgivelsesdatoen kan ikke ligge i fremtiden")
            }
            EmptyText => "må ikke være tom".into(),
            NotOneOf { found, allowed } => format!("{found:?} er ikke en af: {}", allowed.join(", ")),
            TooFewItems { found, min } => format!("har {found} elementer; der skal være mindst {min}"),
            TooManyItems { found, max } => format!("har {found} elementer; der må højst være {max}"),
            Duplicate { id, first } => format!("id {id:?} findes allerede ({first})"),
            DuplicateCell { first } => {
                format!("der er allerede et resultat for samme periode, målgruppe og aldersgruppe ({first})")
            }
            UnknownRef { id, list } => format!("{id:?} findes ikke i {list}"),
            NotOfferGroup { id } => format!("{id:?} er ikke en af tilbuddets målgrupper (target_groups)"),
            MinAboveMax { min, max } => format!("max {max} er mindre end min {min}"),
            FromAfterTo { from, to } => format!("til-datoen {to} ligger før fra-datoen {from}"),
            BandsUnsorted { previous } => {
                format!("aldersgrupperne skal stå sorteret efter min; denne kommer før {previous}")
            }
            BandsOverlap { previous } => format!("aldersgruppen overlapper {previous}"),
            PeriodsNotNewestFirst { previous } => {
                format!("perioderne skal stå med den nyeste først; denne begynder ikke før {previous}")
            }
            MeasureBothForms => "har både \"missing\" og \"share\"/\"n\"; et mål er enten et tal eller en grund til at det mangler".into(),
            CountAboveParticipants { n, participants } => {
                format!("n = {n} er større end antallet af deltagere ({participants})")
            }
            TextTooLong { chars, max } => {
                let n = |x: usize| super::num::count(x as u64, crate::domain::Lang::Da);
                let (chars, max) = (n(*chars), n(*max));
                format!("teksten har {chars} tegn; der må højst være {max}")
            }
            LooksLikeHtml => {
                "ligner HTML (\"<\" efterfulgt af et bogstav eller \"/\"); skriv almindelig tekst uden koder".into()
            }
            BadLanguageCode { found } => {
                format!("{found:?} er ikke en sprogkode: to små bogstaver efter ISO 639-1, fx \"da\" eller \"ar\"")
            }
            DuplicateLanguage { code, first } => format!("sproget {code:?} står der allerede ({first})"),
        }
    }

    fn more_problems(&self, n: usize) -> String {
        format!("… og {n} problemer mere")
    }
}
