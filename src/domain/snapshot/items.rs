//! The items a snapshot lists — periods, age bands, target groups, providers, offers, results and
//! city references — and the values they hold (texts, shares, measures).

use super::codes::{Category, MissingReason, ProviderKind, Smiley};
use super::ids::{BandIx, GroupIx, Id, PeriodIx, ProviderIx, ResultIx};
use crate::domain::Lang;
use chrono::NaiveDate;

/// Text in Danish, optionally English; English falls back to Danish.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    da: String,
    en: Option<String>,
}

impl Text {
    /// `None` when the Danish text is empty.
    pub fn new(da: String, en: Option<String>) -> Option<Text> {
        (!da.is_empty()).then_some(Text { da, en: en.filter(|e| !e.is_empty()) })
    }

    pub fn da(&self) -> &str {
        &self.da
    }

    /// The language `get(lang)` actually returns: Danish when there is no English text. Put it in a
    /// `lang` attribute so screen readers pronounce a Danish fallback as Danish.
    pub fn lang_of(&self, lang: Lang) -> Lang {
        match (lang, &self.en) {
            (Lang::En, Some(_)) => Lang::En,
            _ => Lang::Da,
        }
    }

    /// The text in `lang`, falling back to Danish.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => self.en.as_deref().unwrap_or(&self.da),
            Lang::Da => &self.da,
        }
    }
}

/// The longest text, in characters, each language of a format 1.1 offer text may hold.
pub mod text_limits {
    pub const WHERE: usize = 200;
    pub const CONTACT: usize = 300;
    pub const HOW_TO_REFER: usize = 1000;
    pub const INTAKE: usize = 200;
    pub const ACCESSIBILITY: usize = 300;
}

/// Where plain text looks like HTML: a `<` followed by an ASCII letter or `/` (a tag's start or end).
/// The format says its texts are "plain text, never HTML"; this is the rule the checker (both paths) and
/// the JSON Schema (`not: {pattern: "<[A-Za-z/]"}`) enforce for the format 1.1 offer texts. A lone `<`
/// ("< 30 år") stays allowed.
pub fn looks_like_html(text: &str) -> bool {
    text.as_bytes().windows(2).any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/'))
}

/// An ISO 639-1 language code as the format writes it: two lower-case letters (`da`, `ar`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LanguageCode([u8; 2]);

impl LanguageCode {
    /// `None` unless `text` is exactly two letters `a`–`z`.
    pub fn parse(text: &str) -> Option<LanguageCode> {
        match text.as_bytes() {
            &[a, b] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => Some(LanguageCode([a, b])),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        // Two ASCII letters, checked by `parse`.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl std::fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A proportion in 0–1, finite.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Share(f64);

impl Share {
    pub fn new(value: f64) -> Option<Share> {
        (value.is_finite() && (0.0..=1.0).contains(&value)).then_some(Share(value))
    }

    pub fn get(self) -> f64 {
        self.0
    }
}

/// A published proportion with the number of people (or answers) behind it, or why there is none.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Measure {
    Share { share: Share, n: u32 },
    Missing(MissingReason),
}

impl Measure {
    /// The share and its n, when published.
    pub fn share(&self) -> Option<(f64, u32)> {
        match *self {
            Measure::Share { share, n } => Some((share.get(), n)),
            Measure::Missing(_) => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Period {
    pub id: Id,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub label: Text,
}

/// An age band, `min ≤ max`, both in 15–99.
#[derive(Clone, Debug, PartialEq)]
pub struct AgeBand {
    pub id: Id,
    pub min: u8,
    pub max: u8,
}

impl AgeBand {
    pub fn contains(&self, age: u8) -> bool {
        (self.min..=self.max).contains(&age)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct TargetGroup {
    pub id: Id,
    pub name: Text,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Provider {
    pub id: Id,
    pub name: String,
    pub kind: ProviderKind,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Supervision {
    pub smiley: Smiley,
    pub date: NaiveDate,
    pub note: Option<Text>,
}

/// Who may be referred, by age; both ends inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgeLimit {
    pub min: u8,
    pub max: u8,
}

/// A result's age band: one of the snapshot's bands or all ages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BandRef {
    All,
    Band(BandIx),
}

/// The (period, target group, age band) a result or a reference is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cell {
    pub period: PeriodIx,
    pub target_group: GroupIx,
    pub age_band: BandRef,
}

/// An offer's figures for one cell.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferResult {
    pub period: PeriodIx,
    pub target_group: GroupIx,
    pub age_band: BandRef,
    pub participants: u32,
    pub job_or_education: Measure,
    pub placements: Measure,
    pub off_benefit_1m: Option<Measure>,
    pub off_benefit_3m: Option<Measure>,
    pub satisfaction: Measure,
    pub closer_to_job: Option<Measure>,
    pub complaints: Option<u32>,
    pub share_under_30: Option<Share>,
    pub median_unemployment_weeks: Option<f64>,
}

impl OfferResult {
    pub fn cell(&self) -> Cell {
        Cell { period: self.period, target_group: self.target_group, age_band: self.age_band }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub id: Id,
    pub provider: ProviderIx,
    pub name: Text,
    pub description: Option<Text>,
    pub category: Category,
    pub target_groups: Vec<GroupIx>,
    pub age: Option<AgeLimit>,
    pub weeks: Option<f64>,
    pub hours_per_week: Option<f64>,
    pub supervision: Option<Supervision>,
    pub results: Vec<OfferResult>,
    /// Format 1.1's practical keys; all empty in a 1.0 snapshot.
    pub practical: Practical,
}

/// An offer's practical information (format 1.1, snapshot-format.md "Version 1.1 additions"): all
/// optional, plain text within a length per language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Practical {
    /// `where`: the address or area where the offer runs.
    pub location: Option<Text>,
    /// Who to contact and how.
    pub contact: Option<Text>,
    /// How a caseworker refers a citizen.
    pub how_to_refer: Option<Text>,
    /// When citizens can start.
    pub intake: Option<Text>,
    /// The languages the offer is run in; never empty, no code twice.
    pub languages: Option<Vec<LanguageCode>>,
    /// Physical access.
    pub accessibility: Option<Text>,
}

impl Offer {
    /// The offer takes this target group and this age.
    pub fn is_suitable(&self, target_group: GroupIx, age: u8) -> bool {
        self.target_groups.contains(&target_group)
            && self.age.is_none_or(|limit| (limit.min..=limit.max).contains(&age))
    }

    /// The result for a cell, if any (at most one exists).
    pub fn result_for(&self, cell: Cell) -> Option<ResultIx> {
        self.results.iter().position(|r| r.cell() == cell).map(ResultIx::new)
    }

    pub fn result(&self, ix: ResultIx) -> &OfferResult {
        &self.results[ix.get()]
    }
}

/// City-wide figures for one cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub period: PeriodIx,
    pub target_group: GroupIx,
    pub age_band: BandRef,
    pub job_or_education: Measure,
    pub placements: Measure,
    pub satisfaction: Measure,
}

impl Reference {
    pub fn cell(&self) -> Cell {
        Cell { period: self.period, target_group: self.target_group, age_band: self.age_band }
    }
}
