//! Every phrase the app and the checker show, in one place. A language is one file (`da.rs`,
//! `en.rs`) implementing `Words`; the functions here put a language's words together with figures
//! the domain has computed, formatted by the one number formatter (`num`). Rule numbers come from the
//! rule constants (`MIN_N`, `CAUTION_ANSWERS`, `Age::MIN`), never from literals in a sentence.
//!
//! Adding a language: a new file implementing `Words`, a variant in `Lang`, and its arm in
//! `Lang::words`. The compiler lists every phrase still missing.

mod da;
mod da_more;
mod en;
mod en_more;
pub mod explain;
pub mod journal;
pub mod more;
pub mod num;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_more;

use super::load::LoadError;
use super::problem::{JsonType, ProblemKind};
use super::rank::{AgeError, BasisKind, Criterion, Tier, UnrankedReason};
use super::snapshot::{Category, MissingReason, ProviderKind, Smiley};
use super::Lang;

pub use num::{amount, coord, count, date_long, decimal, fixed, percent};

/// Fixed phrases: labels, headings, buttons, short notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Label {
    // header and modes
    ShowToCitizen,
    BackToCaseworker,
    Print,
    // query form
    TargetGroup,
    ChooseTargetGroup,
    AgeYears,
    // tools
    CopyLink,
    CopyJournalNote,
    PreviewFile,
    LinkCopied,
    NoteCopied,
    CouldNotCopy,
    // ranked list and card
    ChooseGroupAndAge,
    NoResultsYet,
    Number,
    WhyHere,
    Warnings,
    ShowDetails,
    HideDetails,
    Compare,
    Supervision,
    NoFigure,
    FewAnswers,
    AccessibilityStatement,
    /// The statement page in this language, relative to the guide.
    AccessibilityStatementPage,
    // funnel plot (rule 11)
    FunnelShow,
    FunnelHide,
    FunnelExplain,
    FunnelOwnBand,
    FunnelTableCaption,
    FunnelOffer,
    FunnelReference,
    FunnelWhere,
    Vs,
    // details
    Details,
    OffBenefit1m,
    OffBenefit3m,
    CloserToJob,
    ComplaintsInPeriod,
    Participants,
    ShareUnder30,
    MedianUnemployment,
    TypicalLength,
    HoursPerWeek,
    Age,
    NotGiven,
    AllFigures,
    Period,
    JobOrEducationShort,
    CompanyPlacement,
    Satisfaction,
    // comparison
    Comparison,
    Remove,
    OffSupport3mShort,
    BasedOn,
    NoSupervision,
    // citizen view
    CitizenChooseFirst,
    CitizenIntro,
    CitizenHowItWent,
    CitizenNote,
    // status
    LoadingFigures,
    NoFiguresInUse,
    SavedFigures,
    PreviewingFile,
    Published,
    NoFiguresToShow,
    NewAppVersion,
    Reload,
    NewFiguresRefused,
    // journal
    Warning,
    WithinTierCaveat,
    UseWithCaution,
}

/// A language's words. Numbers arrive formatted; each method returns the whole phrase.
pub trait Words: Sync {
    // ---- numbers and dates: marks and layouts; `num` does the arithmetic ----
    fn decimal_mark(&self) -> char;
    fn group_mark(&self) -> char;
    /// `"75,5"` → `"75,5 %"`.
    fn percent(&self, number: &str) -> String;
    /// A date written out, with the month (0-based) named.
    fn date(&self, day: u32, month0: usize, year: i32) -> String;

    fn label(&self, label: Label) -> &'static str;

    // ---- names of the format's and the rules' codes ----
    fn criterion(&self, criterion: Criterion) -> &'static str;
    /// Completes "job or education …": "over byens niveau".
    fn tier(&self, tier: Tier) -> &'static str;
    /// The tier in an overview row, under its criterion's column heading: "over byen".
    fn tier_short(&self, tier: Tier) -> &'static str;
    /// With its verb, for sentences read aloud: "ligger over byens niveau".
    fn tier_clause(&self, tier: Tier) -> &'static str;
    /// A job tier's heading in the list and what the order inside it means.
    fn tier_heading(&self, tier: Tier) -> (&'static str, String);
    fn missing_reason(&self, reason: MissingReason) -> &'static str;
    fn category(&self, category: Category) -> &'static str;
    fn provider_kind(&self, kind: ProviderKind) -> &'static str;
    fn smiley(&self, smiley: Smiley) -> &'static str;
    fn unranked_reason(&self, reason: UnrankedReason) -> &'static str;
    fn json_type(&self, found: JsonType) -> &'static str;

    // ---- figures ----
    /// `"for få (12)"`.
    fn too_few(&self, n: &str) -> String;
    /// `"95 %-interval 12,2–16 %, n = 1.300 personer"` (answers for satisfaction).
    fn share_basis(&self, interval: &str, n: &str, answers: bool) -> String;
    /// The comparison figure: published, or pooled from `n` people.
    fn city_figure(&self, share: &str, pooled_n: Option<&str>) -> String;
    /// The caution note for satisfaction from few answers.
    fn caution(&self) -> String;
    /// A plot's accessible name.
    fn plot_label(&self, share: &str, interval: &str, city: Option<&str>) -> String;
    /// Complaints with their rate per 100 and its interval.
    fn complaint_rate(&self, complaints: u32, rate: &str, low: &str, high: &str) -> String;
    fn age_adjusted(&self, ratio: &str, expected: &str, observed: &str) -> String;
    /// `"13 uger"`.
    fn weeks(&self, weeks: &str) -> String;
    /// An offer's age limit: `"18–29 år"`.
    fn age_limit(&self, min: u8, max: u8) -> String;

    // ---- what figures are based on ----
    /// An age band as people say it; `max` is `None` for "and over".
    fn band(&self, min: u8, max: Option<u8>) -> String;
    fn all_ages(&self) -> &'static str;
    fn based_on(&self, people: &str, ages: &str) -> String;
    /// What follows `based_on` when the figures are not the citizen's own band.
    fn basis_note(&self, kind: BasisKind) -> &'static str;

    // ---- why one offer comes before the next ----
    fn why(&self, above: &str, below: &str, reason: &str) -> String;
    /// What was equal before the deciding key.
    fn same_prefix(&self, criterion: Criterion, by_tier: bool) -> &'static str;
    /// "flere i job eller uddannelse".
    fn more_of(&self, criterion: Criterion) -> &'static str;
    fn same_all_but_name(&self) -> &'static str;
    fn same_all_but_id(&self) -> &'static str;

    // ---- warnings ----
    fn sad_smiley_flag(&self, date: &str, note: &str) -> String;
    fn complaints_flag(
        &self,
        complaints: &str,
        participants: &str,
        rate: &str,
        low: &str,
        high: &str,
        city: &str,
    ) -> String;

    // ---- the list and the query ----
    fn summary(&self, ranked: usize, unranked: usize) -> String;
    /// The button under a tier that lists `more` further offers.
    fn show_more(&self, more: usize, shown: usize, total: usize) -> String;
    /// Announced when more offers are shown: "Viser 20 af 43 i gruppen."
    fn showing(&self, shown: usize, total: usize) -> String;
    /// While a new age is being typed, the list still answers the last complete query; it says which.
    fn still_answering(&self, group: &str, age: u8) -> String;
    /// What a share in an overview row rests on, in a few characters: `n = 1.300`.
    fn n_short(&self, n: &str) -> String;
    /// How many warnings an offer has, in an overview row: `1 advarsel`, `2 advarsler`.
    fn warnings_count(&self, n: usize) -> String;
    /// Ranked offers the funnel cannot draw.
    fn funnel_left_out(&self, n: usize) -> String;
    fn compare_count(&self, picked: usize, max: usize) -> String;
    fn unknown_group(&self, id: &str) -> String;
    fn age_not_a_number(&self) -> &'static str;
    fn age_error(&self, error: AgeError) -> String;

    // ---- the citizen view ----
    /// "7 af 10", "Under 1 af 10", "Over 9 af 10".
    fn of_ten(&self, of_ten: OfTen) -> String;
    fn citizen_figure(&self, criterion: Criterion, of_ten: &str, n: &str, caution: bool) -> String;
    fn citizen_unknown(&self, criterion: Criterion) -> &'static str;
    /// "på 15–29 år" / "i alle aldre".
    fn citizen_ages(&self, band: Option<&str>) -> String;
    fn citizen_based(&self, people: &str, ages: &str) -> String;
    fn citizen_length(&self, weeks: &str, hours: Option<&str>) -> String;

    // ---- which figures are in use ----
    fn stale(&self, days: &str, published: &str) -> String;
    /// The banner when new figures could not be fetched; `offline` when the network failed.
    fn kept_banner(&self, published: &str, offline: bool) -> String;
    fn invalid_heading(&self, what: &str, kept: bool) -> String;
    fn new_figures(&self, published: &str) -> String;
    fn snapshot_param_refused(&self, path: &str) -> String;
    fn cache_unreadable(&self) -> &'static str;
    /// A failed load other than an invalid file.
    fn load_failure(&self, error: &LoadError) -> String;

    // ---- the journal note ----
    #[allow(clippy::too_many_arguments)]
    fn journal_heading(&self, group: &str, id: &str, age: u8, period: &str, publisher: &str, published: &str)
        -> String;
    fn more_offers(&self, n: usize) -> String;
    fn without_results(&self, n: usize) -> String;

    // ---- problems with a snapshot file ----
    fn problem(&self, kind: &ProblemKind) -> String;
    fn more_problems(&self, n: usize) -> String;

    /// A number as a file wrote it, with this language's decimal mark (`"1.4"` → `"1,4"`). Exponents
    /// and non-numeric text are left as written.
    fn raw_number(&self, raw: &str) -> String {
        let plain = raw.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
        if plain && raw.bytes().filter(|&b| b == b'.').count() == 1 {
            raw.replace('.', &self.decimal_mark().to_string())
        } else {
            raw.to_owned()
        }
    }
}

/// "7 of 10" from a share: rounded to whole people, but never none or all unless it was so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfTen {
    /// More than 0 %, but rounds to 0 of 10.
    UnderOne,
    Exactly(u8),
    /// Less than 100 %, but rounds to 10 of 10.
    OverNine,
}

impl OfTen {
    pub fn of(share: f64) -> OfTen {
        match (share * 10.0).round().clamp(0.0, 10.0) as u8 {
            0 if share > 0.0 => OfTen::UnderOne,
            10 if share < 1.0 => OfTen::OverNine,
            k => OfTen::Exactly(k),
        }
    }

    /// How many of ten figures to fill, in agreement with the words.
    pub fn filled(self) -> u8 {
        match self {
            OfTen::UnderOne => 1,
            OfTen::OverNine => 9,
            OfTen::Exactly(k) => k,
        }
    }
}

impl Lang {
    /// This language's words.
    pub fn words(self) -> &'static dyn Words {
        match self {
            Lang::Da => &da::Danish,
            Lang::En => &en::English,
        }
    }

    /// A fixed phrase in this language.
    pub fn label(self, label: Label) -> &'static str {
        self.words().label(label)
    }
}
