//! English: one click away for caseworkers and citizens who read it better than Danish.

use super::{Label, OfTen, Words};
use crate::domain::load::LoadError;
use crate::domain::problem::{JsonType, ProblemKind};
use crate::domain::rank::{Age, AgeError, BasisKind, Criterion, Tier, UnrankedReason, CAUTION_ANSWERS, MIN_N};
use crate::domain::snapshot::{Category, MissingReason, ProviderKind, Smiley};

pub struct English;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "1 offer", "2 offers".
fn offers(n: usize) -> &'static str {
    if n == 1 {
        "offer"
    } else {
        "offers"
    }
}

impl Words for English {
    fn decimal_mark(&self) -> char {
        '.'
    }

    fn group_mark(&self) -> char {
        ','
    }

    fn percent(&self, number: &str) -> String {
        format!("{number}%")
    }

    fn date(&self, day: u32, month0: usize, year: i32) -> String {
        format!("{day} {} {year}", MONTHS[month0])
    }

    fn label(&self, label: Label) -> &'static str {
        use Label::*;
        match label {
            ShowToCitizen => "Show to the citizen",
            BackToCaseworker => "Back to the caseworker view",
            Print => "Print",
            TargetGroup => "Target group",
            ChooseTargetGroup => "Choose a target group",
            AgeYears => "Age (years)",
            CopyLink => "Copy link",
            CopyJournalNote => "Copy journal note",
            PreviewFile => "Preview a snapshot file …",
            LinkCopied => "Link copied.",
            NoteCopied => "Journal note copied.",
            CouldNotCopy => "Could not copy.",
            ChooseGroupAndAge => "Choose a target group and type the citizen's age to see the suitable offers.",
            NoResultsYet => "No results yet",
            Number => "Number",
            WhyHere => "Why here: ",
            Warnings => "Warnings",
            ShowDetails => "Show details",
            HideDetails => "Hide details",
            Compare => "Compare",
            Supervision => "Supervision",
            NoFigure => "no figure",
            FewAnswers => "few answers",
            AccessibilityStatement => "Accessibility statement",
            AccessibilityStatementPage => "om/accessibility.html",
            FunnelShow => "Show as a chart",
            FunnelHide => "Hide the chart",
            FunnelExplain => "Each point is an offer. The more participants, the narrower the limits around the city \
                              average. A point outside the dashed 95% limits is probably above or below the city \
                              average. The chart shows job or education only and is not a new order.",
            FunnelOwnBand => "the citizen's age band",
            FunnelTableCaption => "The chart's figures",
            FunnelOffer => "Offer",
            FunnelReference => "City average",
            FunnelWhere => "Position",
            Vs => "vs",
            Details => "Details",
            OffBenefit1m => "Off public support after 1 month",
            OffBenefit3m => "Off public support after 3 months",
            CloserToJob => "Say the offer brought them closer to a job",
            ComplaintsInPeriod => "Complaints in the period",
            Participants => "Participants",
            ShareUnder30 => "Share under 30",
            MedianUnemployment => "Unemployment at start (median)",
            TypicalLength => "Typical length",
            HoursPerWeek => "Hours per week",
            Age => "Age",
            NotGiven => "not given",
            AllFigures => "All figures for the offer (every period, target group and age)",
            Period => "Period",
            JobOrEducationShort => "Job/education",
            CompanyPlacement => "Company placement",
            Satisfaction => "Satisfaction",
            Comparison => "Comparison",
            Remove => "Remove",
            OffSupport3mShort => "Off support after 3 months",
            BasedOn => "Based on",
            NoSupervision => "No supervision report in the figures",
            CitizenChooseFirst => "Choose a target group and age first.",
            CitizenIntro => "Offers that may suit you",
            CitizenHowItWent => "How it went for others",
            CitizenNote => {
                "The figures show how it went for others. They cannot say exactly how it will go for you, and small differences between the offers may be chance."
            }
            LoadingFigures => "Loading the figures …",
            NoFiguresInUse => "No figures in use.",
            SavedFigures => "the saved figures",
            PreviewingFile => "Previewing the file ",
            Published => "published ",
            NoFiguresToShow => "There are no figures to show.",
            NewAppVersion => "A new version of Visitationsguide is ready. ",
            Reload => "Reload",
            NewFiguresRefused => {
                "New figures have been published but could not be used. The current figures are still in use."
            }
            Warning => "Warning",
            WithinTierCaveat => "The order within the same level for job or education is not a sure difference.",
            UseWithCaution => "use with caution",
        }
    }

    fn criterion(&self, criterion: Criterion) -> &'static str {
        match criterion {
            Criterion::Job => "job or education",
            Criterion::Placements => "company placement",
            Criterion::Satisfaction => "satisfaction",
        }
    }

    fn tier(&self, tier: Tier) -> &'static str {
        match tier {
            Tier::Above => "above the city average",
            Tier::InLine => "in line with the city",
            Tier::Below => "below the city average",
            Tier::Unknown => "unknown (too few or no figures)",
        }
    }

    fn tier_short(&self, tier: Tier) -> &'static str {
        match tier {
            Tier::Above => "above city",
            Tier::InLine => "as city",
            Tier::Below => "below city",
            Tier::Unknown => "unknown",
        }
    }

    fn tier_clause(&self, tier: Tier) -> &'static str {
        match tier {
            Tier::Above => "is above the city average",
            Tier::InLine => "is in line with the city",
            Tier::Below => "is below the city average",
            Tier::Unknown => "has too few or no figures",
        }
    }

    fn tier_heading(&self, tier: Tier) -> (&'static str, String) {
        match tier {
            Tier::Above => (
                "Above the city for job or education",
                "The whole uncertainty interval lies above the city's share. Within the group the order is not a sure difference.".into(),
            ),
            Tier::InLine => (
                "In line with the city for job or education",
                "The interval contains the city's share: differences here may be chance.".into(),
            ),
            Tier::Below => (
                "Below the city for job or education",
                "The whole uncertainty interval lies below the city's share. Within the group the order is not a sure difference.".into(),
            ),
            Tier::Unknown => (
                "Unknown: too few or no figures on job or education",
                format!("Fewer than {MIN_N} people or not published. Ordered by the other criteria; the order is not a sure difference."),
            ),
        }
    }

    fn missing_reason(&self, reason: MissingReason) -> &'static str {
        match reason {
            MissingReason::TooFew => "too few to publish",
            MissingReason::NotReported => "not reported",
            MissingReason::NewOffer => "new offer",
            MissingReason::NotApplicable => "not applicable",
        }
    }

    fn category(&self, category: Category) -> &'static str {
        match category {
            Category::JobSearch => "Job search",
            Category::CompanyPlacement => "Company placement",
            Category::CompanyPreparation => "Preparing for a company",
            Category::Upskilling => "Upskilling",
            Category::Clarification => "Clarification",
            Category::Mentor => "Mentor",
            Category::HealthAndSocial => "Health and social",
            Category::Language => "Language",
            Category::Other => "Other",
        }
    }

    fn provider_kind(&self, kind: ProviderKind) -> &'static str {
        match kind {
            ProviderKind::Internal => "the municipality's own centre",
            ProviderKind::External => "external supplier",
            ProviderKind::OtherActor => "other actor",
        }
    }

    fn smiley(&self, smiley: Smiley) -> &'static str {
        match smiley {
            Smiley::Happy => "happy smiley",
            Smiley::Neutral => "neutral smiley",
            Smiley::Sad => "sad smiley",
        }
    }

    fn unranked_reason(&self, reason: UnrankedReason) -> &'static str {
        match reason {
            UnrankedReason::NoResults => "no results yet",
            UnrankedReason::NoResultForAge => "no results for this age",
        }
    }

    fn json_type(&self, found: JsonType) -> &'static str {
        match found {
            JsonType::Object => "an object",
            JsonType::Array => "an array",
            JsonType::String => "a string",
            JsonType::Number => "a number",
            JsonType::Integer => "an integer",
            JsonType::Boolean => "a boolean",
            JsonType::Null => "null",
        }
    }

    fn too_few(&self, n: &str) -> String {
        format!("too few ({n})")
    }

    fn share_basis(&self, interval: &str, n: &str, answers: bool) -> String {
        let unit = if answers { "answers" } else { "people" };
        format!("95% interval {interval}, n = {n} {unit}")
    }

    fn city_figure(&self, share: &str, pooled_n: Option<&str>) -> String {
        match pooled_n {
            None => format!("city (published): {share}"),
            Some(n) => format!("city (all offers here): {share}, n = {n}"),
        }
    }

    fn caution(&self) -> String {
        format!("use with caution (under {CAUTION_ANSWERS} answers)")
    }

    fn plot_label(&self, share: &str, interval: &str, city: Option<&str>) -> String {
        match city {
            Some(city) => format!("{share}, interval {interval}, city {city}"),
            None => format!("{share}, interval {interval}"),
        }
    }

    fn complaint_rate(&self, complaints: u32, rate: &str, low: &str, high: &str) -> String {
        format!("{complaints} ({rate} per 100 participants, 95% interval {low}–{high})")
    }

    fn age_adjusted(&self, ratio: &str, expected: &str, observed: &str) -> String {
        format!(
            "Age-adjusted: {ratio}. With the city's job share for each age band, the offer's age mix would lead us to expect {expected} in job or education; there were {observed}. Above 1 means better than expected for people of those ages, below 1 worse; close to 1 is not a sure difference. It is not used for the order."
        )
    }

    fn weeks(&self, weeks: &str) -> String {
        format!("{weeks} weeks")
    }

    fn age_limit(&self, min: u8, max: u8) -> String {
        format!("{min}–{max} years")
    }

    fn band(&self, min: u8, max: Option<u8>) -> String {
        match max {
            Some(max) => format!("aged {min}–{max}"),
            None => format!("aged {min} and over"),
        }
    }

    fn all_ages(&self) -> &'static str {
        "all ages"
    }

    fn based_on(&self, people: &str, ages: &str) -> String {
        format!("based on {people} people, {ages}")
    }

    fn basis_note(&self, kind: BasisKind) -> &'static str {
        match kind {
            BasisKind::CitizenBand | BasisKind::AllAgesNoBand => "",
            BasisKind::AllAgesFallback => " (too few in the citizen's age band, so the figures are for all ages)",
            BasisKind::SmallBand => " (few people and no all-ages figure: large uncertainty)",
        }
    }

    fn why(&self, above: &str, below: &str, reason: &str) -> String {
        format!("{above} before {below}: {reason}")
    }

    fn same_prefix(&self, criterion: Criterion, by_tier: bool) -> &'static str {
        match (by_tier, criterion) {
            (true, Criterion::Job) => "",
            (true, Criterion::Placements) => "same tier for job or education; ",
            (true, Criterion::Satisfaction) => "same tiers for job or education and for company placement; ",
            (false, Criterion::Job) => "same tiers on all three; ",
            (false, Criterion::Placements) => "same tiers on all three and the same job share; ",
            (false, Criterion::Satisfaction) => "same tiers on all three and the same job and placement shares; ",
        }
    }

    fn more_of(&self, criterion: Criterion) -> &'static str {
        match criterion {
            Criterion::Job => "more in job or education",
            Criterion::Placements => "more company placements",
            Criterion::Satisfaction => "more satisfied",
        }
    }

    fn same_all_but_name(&self) -> &'static str {
        "same tiers and figures on all three; ordered by name"
    }

    fn same_all_but_id(&self) -> &'static str {
        "same tiers, figures and name; ordered by the offer's id"
    }

    fn sad_smiley_flag(&self, date: &str, note: &str) -> String {
        format!("Sad smiley at the supervision of {date}{note}")
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
        format!("Many complaints: {complaints} from {participants} participants ({rate} per 100, 95% interval {low}–{high}) against {city} per 100 for all offers here")
    }

    fn summary(&self, ranked: usize, unranked: usize) -> String {
        format!("{ranked} {} with results, {unranked} without yet.", offers(ranked))
    }

    fn show_more(&self, more: usize, shown: usize, total: usize) -> String {
        format!("Show {more} more ({shown} of {total} shown)")
    }

    fn showing(&self, shown: usize, total: usize) -> String {
        format!("Showing {shown} of {total} in the group.")
    }

    fn still_answering(&self, group: &str, age: u8) -> String {
        format!("The list still shows offers for {group}, age {age}, until the age is typed in full.")
    }

    fn n_short(&self, n: &str) -> String {
        format!("n = {n}")
    }

    fn warnings_count(&self, n: usize) -> String {
        if n == 1 {
            "1 warning".to_owned()
        } else {
            format!("{n} warnings")
        }
    }

    fn funnel_left_out(&self, n: usize) -> String {
        match n {
            1 => "1 offer without a job or education figure is not in the chart.".to_owned(),
            n => format!("{n} offers without a job or education figure are not in the chart."),
        }
    }

    fn compare_count(&self, picked: usize, max: usize) -> String {
        format!("{picked} of {max} picked for comparison")
    }

    fn unknown_group(&self, id: &str) -> String {
        format!("The target group «{id}» is not in these figures. Choose a target group.")
    }

    fn age_not_a_number(&self) -> &'static str {
        "Type the age as a whole number, e.g. 34."
    }

    fn age_error(&self, error: AgeError) -> String {
        match error {
            AgeError::TooYoung => format!("The age must be at least {}.", Age::MIN),
            AgeError::TooOld => format!("The age can be at most {}.", Age::MAX),
        }
    }

    fn of_ten(&self, of_ten: OfTen) -> String {
        match of_ten {
            OfTen::UnderOne => "Fewer than 1 of 10".into(),
            OfTen::OverNine => "More than 9 of 10".into(),
            OfTen::Exactly(k) => format!("{k} of 10"),
        }
    }

    fn citizen_figure(&self, criterion: Criterion, k: &str, n: &str, caution: bool) -> String {
        match (criterion, caution) {
            (Criterion::Job, _) => format!("{k} got a job or education (out of {n})"),
            (Criterion::Placements, _) => format!(
                "{k} got a place in a company, such as a work placement, wage subsidy or a job with few hours (out of {n})"
            ),
            (Criterion::Satisfaction, true) => format!("{k} were satisfied (only {n} answered, so this is uncertain)"),
            (Criterion::Satisfaction, false) => format!("{k} were satisfied ({n} answered)"),
        }
    }

    fn citizen_unknown(&self, criterion: Criterion) -> &'static str {
        match criterion {
            Criterion::Job => "We do not know enough about how many got a job or education.",
            Criterion::Placements => "We do not know enough about how many got a place in a company.",
            Criterion::Satisfaction => "We do not know enough about how satisfied people were.",
        }
    }

    fn citizen_ages(&self, band: Option<&str>) -> String {
        match band {
            Some(band) => band.to_owned(),
            None => "of all ages".into(),
        }
    }

    fn citizen_based(&self, people: &str, ages: &str) -> String {
        format!("The figures come from {people} people {ages} who took part.")
    }

    fn citizen_length(&self, weeks: &str, hours: Option<&str>) -> String {
        match hours {
            Some(hours) => format!("Usually lasts {weeks} weeks, {hours} hours a week."),
            None => format!("Usually lasts {weeks} weeks."),
        }
    }

    fn stale(&self, days: &str, published: &str) -> String {
        format!("The figures are {days} days old (published {published}). Newer figures may exist.")
    }

    fn kept_banner(&self, published: &str, offline: bool) -> String {
        if offline {
            format!("Offline — data from {published}")
        } else {
            format!("New figures could not be fetched — data from {published}")
        }
    }

    fn invalid_heading(&self, what: &str, kept: bool) -> String {
        if kept {
            format!("{what} could not be used. The previous figures are still in use.")
        } else {
            format!("{what} could not be used.")
        }
    }

    fn new_figures(&self, published: &str) -> String {
        format!("New figures have been published ({published}). ")
    }

    fn snapshot_param_refused(&self, path: &str) -> String {
        format!("?snapshot={path} was refused: only a path on this server is allowed. The default figures are used.")
    }

    fn cache_unreadable(&self) -> &'static str {
        "The saved figures could not be used and were not put in use."
    }

    fn load_failure(&self, error: &LoadError) -> String {
        match error {
            LoadError::Fetch(detail) => format!("The figures could not be fetched (network error: {detail})."),
            LoadError::Status(code) => format!("The figures could not be fetched: the server answered {code}."),
            LoadError::FileRead(detail) => format!("The file could not be read ({detail})."),
            LoadError::Invalid(invalid) => format!("The file has {} problems.", invalid.total()),
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
        format!("Visitationsguide: {group} ({id}), age {age}. Figures for {period} from {publisher}, published {published}.")
    }

    fn more_offers(&self, n: usize) -> String {
        format!("… and {n} more {}.", offers(n))
    }

    fn without_results(&self, n: usize) -> String {
        if n == 1 {
            "1 offer has no results yet.".into()
        } else {
            format!("{n} offers have no results yet.")
        }
    }

    fn problem(&self, kind: &ProblemKind) -> String {
        use ProblemKind::*;
        match kind {
            Empty => "the file is empty".into(),
            ByteOrderMark => "the file starts with a byte order mark (BOM); the format is UTF-8 without one".into(),
            TooLarge { bytes, limit } => format!(
                "the file is {} MiB; the limit is {} MiB",
                super::num::mib(*bytes, 1, self),
                super::num::mib(*limit, 0, self)
            ),
            NotJson { line, column, detail } => format!("not valid JSON (line {line}, column {column}): {detail}"),
            TooDeep { limit } => format!("nested deeper than {limit} levels; the format needs far fewer"),
            Missing => "is missing (required)".into(),
            WrongType { expected, found } => {
                format!("expected {}, found {}", self.json_type(*expected), self.json_type(*found))
            }
            NotFinite { raw } => format!("{raw} is not a finite number"),
            NotInteger { raw } => format!("{raw} is not a whole number"),
            Below { raw, min } => format!("{raw} is below {min}"),
            Above { raw, max } => format!("{raw} is above {max}"),
            NotPositive { raw } => format!("{raw} must be greater than 0"),
            WrongFormat { found } => {
                format!("{found:?} is not \"visitationsguide-snapshot\"; this is not a Visitationsguide snapshot")
            }
            NewerVersion { found } => {
                format!("format version {found} is newer than this app reads (1); a newer app is needed")
            }
            UnknownVersion { found } => format!("format version {found} does not exist; it must be 1"),
            BadId { found } => format!("{found:?} is not a valid id: 1–64 characters from a-z 0-9 - _"),
            ReservedId => "\"all\" is reserved (it means all ages) and cannot be used as an id".into(),
            BadDate { found } => format!("{found:?} is not a real date (YYYY-MM-DD)"),
            FutureDate { date, limit } => {
                format!("{date} is after {limit}; the publication date cannot be in the future")
            }
            EmptyText => "must not be empty".into(),
            NotOneOf { found, allowed } => format!("{found:?} is not one of: {}", allowed.join(", ")),
            TooFewItems { found, min } => format!("has {found} items; at least {min} are required"),
            TooManyItems { found, max } => format!("has {found} items; at most {max} are allowed"),
            Duplicate { id, first } => format!("id {id:?} is used twice (first at {first})"),
            DuplicateCell { first } => {
                format!("there is already a result for the same period, target group and age band ({first})")
            }
            UnknownRef { id, list } => format!("{id:?} names nothing in {list}"),
            NotOfferGroup { id } => format!("{id:?} is not one of the offer's target_groups"),
            MinAboveMax { min, max } => format!("max {max} is below min {min}"),
            FromAfterTo { from, to } => format!("the end date {to} is before the start date {from}"),
            BandsUnsorted { previous } => format!("age bands must be sorted by min; this one comes before {previous}"),
            BandsOverlap { previous } => format!("the age band overlaps {previous}"),
            PeriodsNotNewestFirst { previous } => {
                format!("periods must be newest first; this one does not start before {previous}")
            }
            MeasureBothForms => {
                "has both \"missing\" and \"share\"/\"n\"; a measure is either a figure or a reason it is missing"
                    .into()
            }
            CountAboveParticipants { n, participants } => {
                format!("n = {n} is more than the participants ({participants})")
            }
            TextTooLong { chars, max } => {
                let n = |x: usize| super::num::count(x as u64, crate::domain::Lang::En);
                let (chars, max) = (n(*chars), n(*max));
                format!("the text has {chars} characters; at most {max} are allowed")
            }
            LooksLikeHtml => {
                "looks like HTML (\"<\" followed by a letter or \"/\"); write plain text without markup".into()
            }
            BadLanguageCode { found } => {
                format!("{found:?} is not a language code: two lower-case letters (ISO 639-1), e.g. \"da\" or \"ar\"")
            }
            DuplicateLanguage { code, first } => format!("the language {code:?} is listed already ({first})"),
        }
    }

    fn more_problems(&self, n: usize) -> String {
        format!("… and {n} more problems")
    }
}
