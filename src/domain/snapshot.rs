//! The validated snapshot. Values of these types only come out of `validate::parse_snapshot`,
//! so the rest of the code never re-checks an id, a share or a cross-reference.

use super::Lang;
use chrono::NaiveDate;

/// An id: 1–64 characters from `a-z 0-9 - _`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(String);

impl Id {
    /// Checks the id rule; `None` when `text` breaks it.
    pub fn parse(text: &str) -> Option<Id> {
        let ok = (1..=64).contains(&text.len())
            && text.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_'));
        ok.then(|| Id(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

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

/// Why a measure has no share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MissingReason {
    TooFew,
    NotReported,
    NewOffer,
    NotApplicable,
}

impl MissingReason {
    pub const CODES: &'static [&'static str] = &["too_few", "not_reported", "new_offer", "not_applicable"];

    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "too_few" => Self::TooFew,
            "not_reported" => Self::NotReported,
            "new_offer" => Self::NewOffer,
            "not_applicable" => Self::NotApplicable,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::TooFew => "too_few",
            Self::NotReported => "not_reported",
            Self::NewOffer => "new_offer",
            Self::NotApplicable => "not_applicable",
        }
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProviderKind {
    Internal,
    External,
    OtherActor,
}

impl ProviderKind {
    pub const CODES: &'static [&'static str] = &["internal", "external", "other_actor"];

    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "internal" => Self::Internal,
            "external" => Self::External,
            "other_actor" => Self::OtherActor,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        Self::CODES[self as usize]
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Provider {
    pub id: Id,
    pub name: String,
    pub kind: ProviderKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    JobSearch,
    CompanyPlacement,
    CompanyPreparation,
    Upskilling,
    Clarification,
    Mentor,
    HealthAndSocial,
    Language,
    Other,
}

impl Category {
    pub const CODES: &'static [&'static str] = &[
        "job_search",
        "company_placement",
        "company_preparation",
        "upskilling",
        "clarification",
        "mentor",
        "health_and_social",
        "language",
        "other",
    ];
    const ALL: [Category; 9] = [
        Self::JobSearch,
        Self::CompanyPlacement,
        Self::CompanyPreparation,
        Self::Upskilling,
        Self::Clarification,
        Self::Mentor,
        Self::HealthAndSocial,
        Self::Language,
        Self::Other,
    ];

    pub fn from_code(code: &str) -> Option<Self> {
        Self::CODES.iter().position(|c| *c == code).map(|i| Self::ALL[i])
    }

    pub fn code(self) -> &'static str {
        Self::CODES[self as usize]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Smiley {
    Happy,
    Neutral,
    Sad,
}

impl Smiley {
    pub const CODES: &'static [&'static str] = &["happy", "neutral", "sad"];

    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "happy" => Self::Happy,
            "neutral" => Self::Neutral,
            "sad" => Self::Sad,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        Self::CODES[self as usize]
    }
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

/// A result's age band: one of the snapshot's bands (by index) or all ages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BandRef {
    All,
    Band(usize),
}

/// An offer's figures for one (period, target group, age band). Indices point into the snapshot's lists.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferResult {
    pub period: usize,
    pub target_group: usize,
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

#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub id: Id,
    /// Index into `Snapshot::providers`.
    pub provider: usize,
    pub name: Text,
    pub description: Option<Text>,
    pub category: Category,
    /// Indices into `Snapshot::target_groups`.
    pub target_groups: Vec<usize>,
    pub age: Option<AgeLimit>,
    pub weeks: Option<f64>,
    pub hours_per_week: Option<f64>,
    pub supervision: Option<Supervision>,
    pub results: Vec<OfferResult>,
}

impl Offer {
    /// The offer takes this target group and this age.
    pub fn is_suitable(&self, target_group: usize, age: u8) -> bool {
        self.target_groups.contains(&target_group)
            && self.age.is_none_or(|limit| (limit.min..=limit.max).contains(&age))
    }

    /// Index of the result for a cell, if any (at most one exists).
    pub fn result_for(&self, period: usize, target_group: usize, band: BandRef) -> Option<usize> {
        self.results.iter().position(|r| r.period == period && r.target_group == target_group && r.age_band == band)
    }
}

/// City-wide figures for one (period, target group, age band).
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub period: usize,
    pub target_group: usize,
    pub age_band: BandRef,
    pub job_or_education: Measure,
    pub placements: Measure,
    pub satisfaction: Measure,
}

/// A whole validated snapshot. Only `validate::parse_snapshot` builds one.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub(super) published: NaiveDate,
    pub(super) publisher: String,
    pub(super) periods: Vec<Period>,
    pub(super) age_bands: Vec<AgeBand>,
    pub(super) target_groups: Vec<TargetGroup>,
    pub(super) providers: Vec<Provider>,
    pub(super) offers: Vec<Offer>,
    pub(super) references: Vec<Reference>,
}

impl Snapshot {
    pub fn published(&self) -> NaiveDate {
        self.published
    }
    pub fn publisher(&self) -> &str {
        &self.publisher
    }
    /// Newest first; never empty.
    pub fn periods(&self) -> &[Period] {
        &self.periods
    }
    /// The current period, `periods[0]`.
    pub fn current_period(&self) -> &Period {
        &self.periods[0]
    }
    pub fn age_bands(&self) -> &[AgeBand] {
        &self.age_bands
    }
    pub fn target_groups(&self) -> &[TargetGroup] {
        &self.target_groups
    }
    pub fn providers(&self) -> &[Provider] {
        &self.providers
    }
    pub fn offers(&self) -> &[Offer] {
        &self.offers
    }
    pub fn references(&self) -> &[Reference] {
        &self.references
    }
    pub fn target_group_index(&self, id: &str) -> Option<usize> {
        self.target_groups.iter().position(|g| g.id.as_str() == id)
    }
    pub fn offer_index(&self, id: &str) -> Option<usize> {
        self.offers.iter().position(|o| o.id.as_str() == id)
    }
    /// The band containing `age`, if any.
    pub fn band_for_age(&self, age: u8) -> Option<usize> {
        self.age_bands.iter().position(|b| b.contains(age))
    }
    /// The reference entry for a cell, if published.
    pub fn reference_for(&self, period: usize, target_group: usize, band: BandRef) -> Option<&Reference> {
        self.references.iter().find(|r| r.period == period && r.target_group == target_group && r.age_band == band)
    }
    /// The id of a band reference, `"all"` for all ages.
    pub fn band_id(&self, band: BandRef) -> &str {
        match band {
            BandRef::All => "all",
            BandRef::Band(i) => self.age_bands[i].id.as_str(),
        }
    }
}
