//! The publisher tools' phrases in Danish.

use super::{code_names, codes_list, mib, place, required_headers, sheet_list, PageLabel, PublishWords};
use crate::domain::Lang;
use crate::publish::diff::Section;
use crate::publish::problem::{FileLooks, Issue, Warning};
use crate::publish::sheets::{Kind, SheetId};

pub(super) struct Danish;

impl PublishWords for Danish {
    fn row_place(&self, sheet: &str, row: u32, column: Option<&str>) -> String {
        match column {
            Some(column) => format!("{sheet} række {row}, kolonne {column}"),
            None => format!("{sheet} række {row}"),
        }
    }

    fn issue(&self, issue: &Issue, lang: Lang) -> String {
        use Issue::*;
        match issue {
            NotAWorkbook { looks } => {
                let start = "filen er ikke en Excel-projektmappe (.xlsx) eller et OpenDocument-regneark (.ods)";
                let rest = match looks {
                    FileLooks::Pdf => "; det er en PDF-fil med et andet navn. Åbn regnearket, og gem det som .xlsx.",
                    FileLooks::OldExcel => "; den er i det gamle .xls-format. Gem den som Excel-projektmappe (.xlsx).",
                    FileLooks::Zip => "; det er en zip-fil uden et regneark. Gem regnearket som .xlsx eller .ods.",
                    FileLooks::Text => "; det er en tekstfil. Er det en CSV-fil, så læg den i en mappe med de andre CSV-filer, og importér mappen.",
                    FileLooks::Unknown => ". Gem regnearket som .xlsx eller .ods.",
                };
                format!("{start}{rest}")
            }
            FileTooLarge { bytes, limit } => format!(
                "filen fylder {} MiB; grænsen er {} MiB. Skabelonens ark fylder langt mindre: er der billeder eller andre store ark med?",
                mib(*bytes, lang),
                mib(*limit, lang)
            ),
            TooManyCells { limit } => format!(
                "der er mere end {limit} udfyldte celler; skabelonen behøver langt færre. Slet ark og kolonner, der ikke hører til skabelonen."
            ),
            NotUtf8 => "filen er ikke gemt som UTF-8 (her står et tegn, der ikke kan læses). Gem den i Excel som \"CSV UTF-8 (kommasepareret)\".".into(),
            EmptyWorkbook { csv: false } => format!(
                "ingen af skabelonens ark findes ({}). Start fra skabelonen: snapshot template -o skabelon.xlsx.",
                sheet_list(false)
            ),
            EmptyWorkbook { csv: true } => {
                format!("mappen har ingen af skabelonens CSV-filer ({}).", sheet_list(true))
            }
            UnreadableSheet { sheet } => {
                format!("arket {sheet} kan ikke læses (filen er beskadiget). Åbn projektmappen, og gem den igen.")
            }
            MissingSheet { sheet, csv: false } => {
                format!("arket {} mangler. Tilføj det med overskrifterne fra skabelonen.", sheet.spec().name)
            }
            MissingSheet { sheet, csv: true } => format!("filen {} mangler i mappen.", sheet.spec().file),
            DuplicateSheet { sheet, first } => {
                format!("arket {} findes to gange (også som {first}); slet det ene.", sheet.spec().name)
            }
            EmptySheet { sheet } => {
                format!("arket er tomt; række 1 skal have overskrifterne {}.", required_headers(*sheet))
            }
            MissingColumn { header } => format!(
                "kolonnen {header} mangler i overskriftsrækken. Tilføj den (overskrifterne kan stå i vilkårlig rækkefølge)."
            ),
            DuplicateColumn { header, first } => {
                format!("kolonnen {header} står to gange (også i {}); slet den ene.", first.describe(lang))
            }
            FormulaError { error } => {
                format!("cellen viser formelfejlen {error}. Ret formlen, eller skriv værdien ind.")
            }
            MissingField { field } => format!(
                "feltet {field} mangler: tilføj en række med {field} i kolonnen felt og værdien i kolonnen værdi."
            ),
            DuplicateField { field, first } => {
                format!("feltet {field} står to gange (også i {}); slet den ene række.", first.describe(lang))
            }
            UnknownOffer { id } => {
                format!("tilbuddet \"{id}\" findes ikke på arket Tilbud. Ret id'et, eller tilføj tilbuddet.")
            }
            MissingValue { column } => format!("cellen er tom ({column}); den skal udfyldes."),
            MissingFigure { column } => format!(
                "cellen er tom ({column}). Skriv en andel (fx 0,21 eller 21 %) eller grunden til, at tallet mangler: for få, ikke oplyst, nyt tilbud eller ikke relevant."
            ),
            MissingN { column, share_column } => format!(
                "antallet mangler ({column}): skriv, hvor mange personer andelen i {share_column} bygger på."
            ),
            ReasonAndNumber { column, share_column } => format!(
                "{share_column} giver grunden til, at tallet mangler, men {column} har et antal. Slet antallet, eller skriv andelen."
            ),
            ShareAboveOne { raw, column, percent } => match percent {
                Some(p) => format!(
                    "{} er over 1 ({column}). Skriv en andel mellem 0 og 1, eller {} %?",
                    raw.show(lang),
                    p.replace('.', ",")
                ),
                None => format!(
                    "{} er over 1 ({column}). Skriv en andel mellem 0 og 1, eller en procent (fx 75,5 %).",
                    raw.show(lang)
                ),
            },
            ShareBelowZero { raw, column } => format!(
                "{} er under 0 ({column}). En andel ligger mellem 0 og 1 (eller 0 % og 100 %).",
                raw.show(lang)
            ),
            NotAShare { raw, column, reasons: true } => format!(
                "\"{}\" er hverken en andel eller en grund ({column}). Skriv fx 0,755 eller 75,5 %, eller en grund: for få, ikke oplyst, nyt tilbud, ikke relevant.",
                raw.show(lang)
            ),
            NotAShare { raw, column, reasons: false } => {
                format!("\"{}\" er ikke en andel ({column}). Skriv fx 0,755 eller 75,5 %.", raw.show(lang))
            }
            NotANumber { raw, column } => {
                format!("\"{}\" er ikke et tal ({column}). Skriv fx 1234 eller 12,5.", raw.show(lang))
            }
            NotWholeNumber { raw, column } => {
                format!("{} er ikke et helt tal ({column}). Skriv et helt antal.", raw.show(lang))
            }
            Below { raw, min, column } => {
                format!("{} er under {min} ({column}). Skriv et tal på mindst {min}.", raw.show(lang))
            }
            Above { raw, max, column } => {
                format!("{} er over {max} ({column}). Skriv et tal på højst {max}.", raw.show(lang))
            }
            NotPositive { raw, column } => format!(
                "{} skal være større end 0 ({column}). Lad cellen stå tom, hvis tallet ikke kendes.",
                raw.show(lang)
            ),
            BadDate { raw, column } => format!(
                "\"{}\" er ikke en dato ({column}). Skriv fx 2011-11-15, 15-11-2011 eller 15.11.2011, eller brug en datocelle.",
                raw.show(lang)
            ),
            FutureDate { date, limit } => format!(
                "udgivelsesdatoen {date} ligger i fremtiden (efter {limit}). Skriv den dag, tallene udgives."
            ),
            BadId { raw, suggestion } => {
                let hint = suggestion.as_ref().map(|s| format!(" Mente du \"{s}\"?")).unwrap_or_default();
                format!(
                    "\"{}\" er ikke et gyldigt id: brug 1–64 tegn blandt små bogstaver a-z, tal, - og _.{hint}",
                    raw.show(lang)
                )
            }
            ReservedId => {
                "\"all\" og \"alle\" betyder alle aldre og kan ikke bruges som id for en aldersgruppe.".into()
            }
            UnknownCode { raw, column, allowed } => {
                format!("\"{}\" er ikke en af de mulige værdier ({column}): {}.", raw.show(lang), allowed.join(", "))
            }
            UnknownRef { id, sheet } => match sheet {
                SheetId::Leverandoerer => format!("leverandøren \"{id}\" findes ikke på arket Leverandører."),
                SheetId::Perioder => format!("perioden \"{id}\" findes ikke på arket Perioder."),
                SheetId::Maalgrupper => format!("målgruppen \"{id}\" findes ikke på arket Målgrupper."),
                SheetId::Aldersgrupper => {
                    format!("aldersgruppen \"{id}\" findes ikke på arket Aldersgrupper (skriv alle for alle aldre).")
                }
                other => format!("\"{id}\" findes ikke på arket {}.", other.spec().name),
            },
            NotOfferGroup { id, offer_groups } => format!(
                "målgruppen \"{id}\" er ikke en af tilbuddets målgrupper{}. Tilføj den dér, eller ret målgruppen.",
                place(offer_groups, lang, " (", ")")
            ),
            NoTargetGroups => "tilbuddet skal have mindst én målgruppe (id'er adskilt af komma).".into(),
            TooFewRows { sheet, min } => {
                format!("arket {} skal have mindst {min} række(r) under overskrifterne.", sheet.spec().name)
            }
            TooManyRows { sheet: SheetId::Perioder, max } => format!(
                "arket Perioder har for mange rækker: højst {max} (den nuværende periode og op til to tidligere)."
            ),
            TooManyRows { sheet, max } => {
                format!("arket {} har for mange rækker: højst {max}.", sheet.spec().name)
            }
            DuplicateId { id, first } => format!(
                "id'et \"{id}\" står allerede{}. Hvert id må kun bruges én gang på arket.",
                place(first, lang, " i ", "")
            ),
            DuplicateResult { first } => format!(
                "der er allerede en række for samme tilbud, periode, målgruppe og aldersgruppe{}.",
                place(first, lang, " (", ")")
            ),
            DuplicateReference { first } => format!(
                "der er allerede en række for samme periode, målgruppe og aldersgruppe{}.",
                place(first, lang, " (", ")")
            ),
            MinAboveMax { min, max } => format!("max {max} er mindre end min {min}. Byt om på dem."),
            FromAfterTo { from, to } => format!("til-datoen {to} ligger før fra-datoen {from}."),
            BandsUnsorted { previous } => format!(
                "aldersgrupperne skal stå sorteret efter min, yngste først; denne står efter{}.",
                place(previous, lang, " ", "")
            ),
            BandsOverlap { previous } => format!(
                "aldersgruppen overlapper{}; en alder må kun høre til én gruppe.",
                place(previous, lang, " ", "")
            ),
            PeriodsNotNewestFirst { previous } => format!(
                "perioderne skal stå med den nyeste først; denne begynder ikke før{}.",
                place(previous, lang, " ", "")
            ),
            NAboveParticipants { n, participants } => {
                format!("n = {n} er større end antallet af deltagere ({participants}). Ret n eller deltagere.")
            }
            SnapshotTooLarge { bytes, limit } => format!(
                "snapshot-filen ville fylde {} MiB; grænsen er {} MiB.",
                mib(*bytes, lang),
                mib(*limit, lang)
            ),
            Rule(kind) => kind.describe(lang),
        }
    }

    fn warning(&self, warning: &Warning, lang: Lang) -> String {
        match warning {
            Warning::UnknownColumn { place, header } => format!(
                "advarsel: {}: kolonnen \"{header}\" hører ikke til skabelonen og bliver ikke læst.",
                place.describe(lang)
            ),
            Warning::UnknownSheet { name } => {
                format!("advarsel: \"{name}\" hører ikke til skabelonen og bliver ikke læst.")
            }
            Warning::UnknownField { place, field } => format!(
                "advarsel: {}: feltet \"{field}\" hører ikke til skabelonen (kun udgivet og udgiver) og bliver ikke læst.",
                place.describe(lang)
            ),
        }
    }

    fn more_problems(&self, n: usize) -> String {
        format!("… og {n} problemer mere")
    }

    fn refused(&self, n: usize) -> String {
        format!("{n} problem(er); der er ikke skrevet nogen fil.")
    }

    fn imported(&self, out: &str, offers: usize, results: usize) -> String {
        format!("{out}: gyldig — {offers} tilbud med {results} resultater")
    }

    fn exported(&self, out: &str) -> String {
        format!("{out}: skrevet")
    }

    fn template_written(&self, out: &str) -> String {
        format!("{out}: tom skabelon skrevet")
    }

    fn guide_intro(&self) -> &'static [&'static str] {
        &[
            "Skabelon til Visitationsguidens kvalitetstal (skabelon version 1, snapshot-format 1)",
            "Udfyld arkene Om, Perioder, Aldersgrupper, Målgrupper, Leverandører, Tilbud og Resultater; Byen er frivilligt.",
            "Række 1 på hvert ark er overskrifterne. De kan stå i vilkårlig rækkefølge; egne hjælpekolonner må gerne stå ved siden af (de bliver ikke læst).",
            "Tal kan skrives med komma eller punktum. Andele skrives som 0,755 eller 75,5 %. Datoer som datoceller eller 2011-11-15.",
            "Mangler et tal, så skriv grunden i _andel-cellen (for få, ikke oplyst, nyt tilbud, ikke relevant) og lad _n stå tom.",
            "Tjek og lav snapshot-filen: snapshot import skabelon.xlsx -o snapshot.json. Hvert problem nævner ark og celle (fx Resultater!F14).",
        ]
    }

    fn guide_headings(&self) -> [&'static str; 4] {
        ["Ark", "Kolonne", "Skal udfyldes", "Forklaring"]
    }

    fn required(&self, required: bool) -> &'static str {
        if required {
            "ja"
        } else {
            "nej"
        }
    }

    fn meaning(&self, sheet: SheetId, header: &str) -> &'static str {
        use SheetId::*;
        match (sheet, header) {
            (Om, "felt") => "Feltets navn: udgivet (datoen tallene udgives, ikke i fremtiden) eller udgiver (hvem udgiver dem; vises nederst i guiden).",
            (Om, "værdi") => "Feltets værdi.",
            (Om, "udgivet") => "Datoen tallene udgives (ikke i fremtiden).",
            (Om, "udgiver") => "Hvem udgiver tallene; vises nederst i guiden.",
            (Perioder, "id") => "Periodens id, fx 2011h1. Den nyeste periode står øverst; højst tre perioder.",
            (Aldersgrupper, "id") => "Aldersgruppens id, fx u30 (ikke alle/all). Grupperne står yngste først og overlapper ikke.",
            (Maalgrupper, "id") => "Målgruppens id, fx dp-match1.",
            (Leverandoerer, "id") => "Leverandørens id, fx cbsi.",
            (Tilbud, "id") => "Tilbuddets id, fx cbsi-intensiv.",
            (_, "fra") => "Periodens første dag.",
            (_, "til") => "Periodens sidste dag.",
            (Perioder, "navn_da") => "Periodens navn, som guiden viser det, fx 4. kvt. 2010 – 1. kvt. 2011.",
            (_, "navn_da") => "Navnet på dansk.",
            (_, "navn_en") => "Navnet på engelsk; tom = det danske navn bruges.",
            (_, "beskrivelse_da") => "Beskrivelse på dansk (kun tekst).",
            (_, "beskrivelse_en") => "Beskrivelse på engelsk; tom = den danske bruges.",
            (_, "min") => "Yngste alder i gruppen.",
            (_, "max") => "Ældste alder i gruppen.",
            (_, "navn") => "Leverandørens navn.",
            (_, "type") => "Hvem driver tilbuddet: intern (kommunens eget center), ekstern (leverandør på rammeaftale) eller anden aktør (overtager hele kontaktforløbet).",
            (_, "leverandør") => "Leverandøren, der driver tilbuddet.",
            (_, "kategori") => "Tilbuddets slags.",
            (_, "målgrupper") => "De målgrupper, tilbuddet tager imod.",
            (_, "alder_min") => "Yngste alder, der kan visiteres; alder_min og alder_max tomme = ingen grænse.",
            (_, "alder_max") => "Ældste alder, der kan visiteres.",
            (_, "uger") => "Typisk længde i uger.",
            (_, "timer_pr_uge") => "Timer pr. uge.",
            (_, "tilsyn_smiley") => "Smiley fra seneste eksterne tilsyn; tom = intet tilsyn.",
            (_, "tilsyn_dato") => "Tilsynets dato.",
            (_, "tilsyn_note_da") => "Tilsynets bemærkning på dansk.",
            (_, "tilsyn_note_en") => "Tilsynets bemærkning på engelsk.",
            (_, "hvor_da" | "hvor_en") => "Hvor tilbuddet foregår: adresse eller område; højst 200 tegn, almindelig tekst (ingen HTML).",
            (_, "kontakt_da" | "kontakt_en") => "Hvem man kontakter, og hvordan; højst 300 tegn.",
            (_, "visitation_da" | "visitation_en") => "Sådan visiterer sagsbehandleren en borger; højst 1.000 tegn.",
            (_, "optag_da" | "optag_en") => "Hvornår borgere kan starte (løbende optag, hver anden mandag); højst 200 tegn.",
            (_, "sprog") => "De sprog, tilbuddet foregår på, som koder: da, en, ar …; tom = ikke oplyst.",
            (_, "tilgængelighed_da" | "tilgængelighed_en") => "Fysisk tilgængelighed, fx trinfri adgang; højst 300 tegn.",
            (_, "tilbud") => "Tilbuddets id fra arket Tilbud. Én række pr. tilbud, periode, målgruppe og aldersgruppe.",
            (Byen, "periode") => "Periodens id. Byen er frivilligt: byens samlede tal; uden dem beregner guiden byens niveau af tilbuddenes tal.",
            (_, "periode") => "Periodens id fra arket Perioder.",
            (Byen, "målgruppe") => "Målgruppens id fra arket Målgrupper.",
            (_, "målgruppe") => "Målgruppens id; skal være en af tilbuddets målgrupper.",
            (_, "aldersgruppe") => "Aldersgruppens id, eller alle for alle aldre.",
            (_, "deltagere") => "Borgere i tilbuddet i perioden.",
            (_, "job_uddannelse_andel") => "Andel hvis forløb endte i ordinært job eller uddannelse.",
            (_, "virksomhedsplacering_andel") => "Andel placeret i virksomhed (praktik, løntilskud, job med få timer).",
            (_, "ude_1md_andel") => "Andel ude af offentlig forsørgelse 1 måned efter forløbet.",
            (_, "ude_3md_andel") => "Andel ude af offentlig forsørgelse 3 måneder efter forløbet.",
            (_, "tilfredshed_andel") => "Andel meget tilfredse eller tilfredse blandt svarene.",
            (_, "tættere_på_job_andel") => "Andel der svarer, at tilbuddet bragte dem tættere på job.",
            (_, "klager") => "Klager i perioden.",
            (_, "andel_under_30") => "Andel af deltagerne under 30 år.",
            (_, "median_ledighed_uger") => "Median ledighed i uger ved start.",
            (_, h) if h.ends_with("_n") => "Antal personer (for tilfredshed: svar) andelen bygger på; højst deltagere. Tom når andelen er en grund.",
            _ => "",
        }
    }

    fn kind_help(&self, kind: Kind) -> String {
        match kind {
            Kind::Id => "1–64 tegn blandt a-z, 0-9, - og _; hvert id kun én gang på arket.".into(),
            Kind::Ref(sheet) => format!("Et id fra arket {}.", sheet.spec().name),
            Kind::Refs(sheet) => {
                format!("Et eller flere id'er fra arket {}, adskilt af komma, semikolon eller linjeskift.", sheet.spec().name)
            }
            Kind::BandRef => "Et id fra arket Aldersgrupper, eller alle.".into(),
            Kind::Text => "Tekst.".into(),
            Kind::Date => "Dato: en datocelle, eller 2011-11-15, 15-11-2011 eller 15.11.2011.".into(),
            Kind::Age => "Alder i hele år, 15–99.".into(),
            Kind::Count => "Helt tal, 0 eller mere.".into(),
            Kind::Positive => "Tal større end 0 (decimaler med komma eller punktum).".into(),
            Kind::NonNegative => "Tal, 0 eller mere.".into(),
            Kind::Share => "Andel: 0–1 (0,755) eller procent (75,5 %).".into(),
            Kind::MeasureShare => "Andel: 0–1 (0,755) eller procent (75,5 %); eller grunden til, at tallet mangler: for få, ikke oplyst, nyt tilbud, ikke relevant (så er _n tom).".into(),
            Kind::MeasureN => "Helt tal, 1 eller mere.".into(),
            Kind::Code(codes) => format!("En af: {}; eller formatets kode ({}).", codes_list(codes), code_names(codes)),
            Kind::Languages => "Sprogkoder efter ISO 639-1 (to bogstaver, fx da, en, ar), adskilt af komma, semikolon eller linjeskift; hvert sprog kun én gang.".into(),
        }
    }

    fn not_in_list(&self) -> (&'static str, &'static str) {
        (
            "Ikke på listen",
            "Værdien står ikke på listen. Formatets kode (fx job_search) virker også; ellers vælg fra listen.",
        )
    }

    fn diff_heading(&self, old: &str, old_period: &str, new: &str, new_period: &str, changes: usize) -> String {
        let found = match changes {
            0 => "Ingen ændringer.".to_owned(),
            1 => "1 ændring, de vigtigste først.".to_owned(),
            n => format!("{n} ændringer, de vigtigste først."),
        };
        format!("Fra snapshot udgivet {old} ({old_period}) til snapshot udgivet {new} ({new_period}). {found}")
    }

    fn diff_section(&self, section: Section) -> &'static str {
        match section {
            Section::AddedRemoved => "Tilbud og leverandører fjernet eller tilføjet",
            Section::Tiers => "Niveau i forhold til byen",
            Section::Flags => "Advarsler",
            Section::Names => "Navne og leverandører",
            Section::Figures => "Tal i den nuværende periode",
        }
    }

    fn offer_removed(&self, offer: &str, id: &str) -> String {
        format!("Tilbud fjernet: {offer} [{id}]")
    }

    fn offer_added(&self, offer: &str, id: &str) -> String {
        format!("Nyt tilbud: {offer} [{id}]")
    }

    fn provider_removed(&self, provider: &str, id: &str) -> String {
        format!("Leverandør fjernet: {provider} [{id}]")
    }

    fn provider_added(&self, provider: &str, id: &str) -> String {
        format!("Ny leverandør: {provider} [{id}]")
    }

    fn offer_renamed(&self, id: &str, old: &str, new: &str) -> String {
        format!("Tilbud omdøbt [{id}]: {old} → {new}")
    }

    fn provider_renamed(&self, id: &str, old: &str, new: &str) -> String {
        format!("Leverandør omdøbt [{id}]: {old} → {new}")
    }

    fn offer_moved(&self, offer: &str, id: &str, old: &str, new: &str) -> String {
        format!("{offer} [{id}] har skiftet leverandør: {old} → {new}")
    }

    fn flag_appeared(&self, flag: &str) -> String {
        format!("ny advarsel: {flag}")
    }

    fn flag_gone(&self, flag: &str) -> String {
        format!("advarslen er væk: {flag}")
    }

    fn no_result(&self) -> &'static str {
        "intet resultat"
    }

    fn page(&self, label: PageLabel) -> &'static str {
        match label {
            PageLabel::Title => "Tjek og udgiv tal",
            PageLabel::Intro => {
                "Vælg regnearket med halvårets tal. Siden bygger snapshot-filen, tjekker den med \
                de samme regler som guiden og viser, hvad der ændrer sig i forhold til de tal, \
                guiden bruger nu."
            }
            PageLabel::Privacy => "Filen bliver på din computer: den sendes ingen steder hen.",
            PageLabel::PickHeading => "1. Vælg filen",
            PageLabel::PickLabel => "Vælg regneark, CSV-filer eller snapshot-fil",
            PageLabel::PickHint => {
                "Et regneark fra skabelonen (.xlsx eller .ods), alle skabelonens CSV-filer på \
                én gang, eller en snapshot-fil (.json). Du kan også trække filerne hen på siden."
            }
            PageLabel::Reading => "Læser og tjekker filen …",
            PageLabel::Mixed => "Vælg enten CSV-filerne eller ét regneark eller én snapshot-fil, ikke dem blandet.",
            PageLabel::OneAtATime => "Vælg ét regneark eller én snapshot-fil ad gangen.",
            PageLabel::ProblemsHeading => "Problemer i filen",
            PageLabel::Code => "Kode",
            PageLabel::Sheet => "Ark eller fil",
            PageLabel::Cell => "Celle",
            PageLabel::Row => "Række",
            PageLabel::Column => "Kolonne",
            PageLabel::JsonPath => "JSON-sti",
            PageLabel::Message => "Hvad er galt",
            PageLabel::WarningsHeading => "Bemærk",
            PageLabel::ValidHeading => "2. Filen er gyldig",
            PageLabel::Download => "Hent snapshot.json",
            PageLabel::DownloadNote => "Udgiv ved at erstatte data/snapshot.json på serveren med den hentede fil.",
            PageLabel::Preview => "Åbn i guiden som forhåndsvisning",
            PageLabel::PreviewNote => "Forhåndsvisningen åbner i en ny fane og findes kun i denne browser.",
            PageLabel::PreviewUnavailable => {
                "Forhåndsvisning kræver, at siden er åbnet over https eller fra \
                localhost, så browseren kan gemme filen lokalt."
            }
            PageLabel::DiffHeading => "3. Ændringer i forhold til de offentliggjorte tal",
            PageLabel::DiffLoading => "Henter de offentliggjorte tal …",
            PageLabel::BackToGuide => "Til guiden",
            PageLabel::Language => "Sprog / Language",
            PageLabel::Template => "Hent en tom skabelon (skabelon.xlsx)",
            PageLabel::PreviewMark => "FORHÅNDSVISNING, ikke offentliggjort",
        }
    }

    fn page_valid(&self, file: &str, offers: usize, results: usize) -> String {
        format!("{file} er gyldig: {offers} tilbud med {results} resultater.")
    }

    fn page_refused(&self, file: &str, n: usize) -> String {
        let problems = if n == 1 { "1 problem".to_owned() } else { format!("{n} problemer") };
        format!("{file}: {problems}. Ret dem i filen, og vælg den igen.")
    }

    fn page_no_published(&self, reason: &str) -> String {
        format!("Ingen sammenligning med de offentliggjorte tal. {reason}")
    }

    fn page_read_failed(&self, reason: &str) -> String {
        format!("Filen kunne ikke læses: {reason}")
    }

    fn page_csv_files(&self, n: usize) -> String {
        format!("{n} CSV-filer")
    }
}
