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
