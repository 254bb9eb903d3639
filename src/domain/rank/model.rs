//! What the ranking is asked and what it answers: the query, and every figure a view shows for a
//! ranked offer, already decided by the rules (tiers, intervals, flags, the "why").

use super::age_mix::AgeMix;
use super::trend::Trend;
use crate::domain::snapshot::{code_table, BandIx, BandRef, GroupIx, Measure, MissingReason, OfferIx, ResultIx, Text};
use crate::domain::stats::wilson;
use chrono::NaiveDate;

/// A measure with fewer people than this is "too few" and treated as missing; a band result needs
/// this many participants to be used instead of the all-ages result.
pub const MIN_N: u32 = 25;
/// Satisfaction with fewer answers than this is shown "use with caution".
pub const CAUTION_ANSWERS: u32 = 100;

/// A citizen's age in whole years, 15–99.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Age(u8);

/// An age the guide cannot take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AgeError {
    #[error("the age must be at least 15")]
    TooYoung,
    #[error("the age must be at most 99")]
    TooOld,
}

impl Age {
    pub const MIN: u8 = 15;
    pub const MAX: u8 = 99;

    pub fn new(years: i64) -> Result<Age, AgeError> {
        if years < i64::from(Self::MIN) {
            Err(AgeError::TooYoung)
        } else if years > i64::from(Self::MAX) {
            Err(AgeError::TooOld)
        } else {
            Ok(Age(years as u8))
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// What the guide is asked: a target group id and an age. Nothing else about the citizen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    pub target_group: String,
    pub age: Age,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("no target group has the id {0:?}")]
    UnknownGroup(String),
}

code_table! {
    /// The three criteria, in the committee's order.
    pub enum Criterion {
        Job = "job_or_education",
        Placements = "placements",
        Satisfaction = "satisfaction",
    }
}

impl Criterion {
    /// The measure for this criterion among (job, placements, satisfaction).
    pub(super) fn of(self, measures: [&Measure; 3]) -> Measure {
        *measures[self as usize]
    }
}

code_table! {
    /// How an offer compares with the city on one criterion. The declaration order is the sort order.
    #[derive(PartialOrd, Ord)]
    pub enum Tier {
        Above = "above",
        InLine = "in_line",
        Below = "below",
        Unknown = "unknown",
    }
}

/// A figure as shown: a share with its interval, too few to show, or missing with the reason.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Estimate {
    Share { share: f64, n: u32, low: f64, high: f64 },
    TooFew { n: u32 },
    Missing(MissingReason),
}

impl Estimate {
    /// Rule 4 and the interval: a published share from at least `MIN_N` people with its 95 % Wilson
    /// interval; fewer people are "too few" and do not count.
    pub fn of(measure: &Measure) -> Estimate {
        match *measure {
            Measure::Missing(reason) => Estimate::Missing(reason),
            Measure::Share { n, .. } if n < MIN_N => Estimate::TooFew { n },
            Measure::Share { share, n } => {
                let share = share.get();
                let (low, high) = wilson(share, n);
                Estimate::Share { share, n, low, high }
            }
        }
    }

    /// A published share of `n` (for tests and the generator: a `Measure` is what files hold).
    pub fn of_share(share: f64, n: u32) -> Estimate {
        match crate::domain::snapshot::Share::new(share) {
            Some(share) => Estimate::of(&Measure::Share { share, n }),
            None => Estimate::Missing(MissingReason::NotApplicable),
        }
    }

    /// The share that counts for ranking: none when too few or missing.
    pub fn share(&self) -> Option<f64> {
        match *self {
            Estimate::Share { share, .. } => Some(share),
            _ => None,
        }
    }
}

/// Complaints in a result as a rate per participant with its 95 % interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ComplaintRate {
    pub complaints: u32,
    pub participants: u32,
    /// Complaints per participant (a complaint count above the participants counts as all of them).
    pub rate: f64,
    pub low: f64,
    pub high: f64,
}

impl ComplaintRate {
    /// `None` when there were no participants to divide by.
    pub fn of(complaints: u32, participants: u32) -> Option<ComplaintRate> {
        (participants > 0).then(|| {
            let rate = f64::from(complaints.min(participants)) / f64::from(participants);
            let (low, high) = wilson(rate, participants);
            ComplaintRate { complaints, participants, rate, low, high }
        })
    }
}

/// What a result says about complaints, as the details show it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Complaints {
    NotGiven,
    /// Complaints with no participants to relate them to.
    Count(u32),
    Rate(ComplaintRate),
}

impl Complaints {
    pub fn of(complaints: Option<u32>, participants: u32) -> Complaints {
        match complaints {
            None => Complaints::NotGiven,
            Some(c) => ComplaintRate::of(c, participants).map_or(Complaints::Count(c), Complaints::Rate),
        }
    }
}

/// Where the city figure came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CitySource {
    /// The snapshot's `references` entry.
    Published,
    /// Pooled from the suitable offers' results in the same cell, over `n` people.
    Pooled { n: u64 },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct City {
    pub share: f64,
    pub source: CitySource,
}

/// One criterion for one offer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub estimate: Estimate,
    pub city: Option<City>,
    pub tier: Tier,
    /// Satisfaction from fewer than `CAUTION_ANSWERS` answers.
    pub caution: bool,
}

/// Which result's figures were used, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BasisKind {
    /// The citizen's own age band, with at least `MIN_N` participants.
    CitizenBand,
    /// The band result was absent or small, so the all-ages result is used.
    AllAgesFallback,
    /// No all-ages result exists, so the small band result is used.
    SmallBand,
    /// No band contains the age.
    AllAgesNoBand,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Basis {
    pub band: BandRef,
    pub participants: u32,
    pub kind: BasisKind,
}

/// A warning shown on an offer; it never moves the offer.
#[derive(Clone, Debug, PartialEq)]
pub enum Flag {
    SadSmiley {
        date: NaiveDate,
        note: Option<Text>,
    },
    /// Clearly more complaints than the city: the whole interval lies above `city_rate`.
    Complaints {
        rate: ComplaintRate,
        city_rate: f64,
    },
}

/// Observed versus expected job results by indirect standardisation over age bands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AgeAdjusted {
    pub observed: f64,
    pub expected: f64,
    pub ratio: f64,
}

/// Why the offer above comes before this one: the first sort key on which they differ.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Why {
    Tier { criterion: Criterion, above: Tier, below: Tier, above_share: Option<f64>, below_share: Option<f64> },
    Share { criterion: Criterion, above: f64, below: Option<f64> },
    Name,
    Id,
}

/// The used result's other figures, shown beside the three criteria but never ranked on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extras {
    pub off_benefit_1m: Option<Estimate>,
    pub off_benefit_3m: Option<Estimate>,
    pub closer_to_job: Option<Estimate>,
    pub complaints: Complaints,
}

/// One ranked offer.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub offer: OfferIx,
    /// The result whose figures are used.
    pub result: ResultIx,
    pub basis: Basis,
    /// Job, placements, satisfaction: in `Criterion::ALL` order.
    pub figures: [Figure; 3],
    pub extras: Extras,
    pub flags: Vec<Flag>,
    pub age_adjusted: Option<AgeAdjusted>,
    /// Why the offer above this one comes first; `None` for the first.
    pub why: Option<Why>,
    /// Rule 10: each criterion over up to the last three periods, for the band `basis` uses; in
    /// `Criterion::ALL` order.
    pub trends: [Trend; 3],
    /// The used result's `share_under_30` differs clearly from the citizen's age (`AgeMix::of`).
    pub age_mix: Option<AgeMix>,
}

impl Ranked {
    pub fn figure(&self, criterion: Criterion) -> &Figure {
        &self.figures[criterion as usize]
    }

    pub fn trend(&self, criterion: Criterion) -> &Trend {
        &self.trends[criterion as usize]
    }
}

code_table! {
    /// Why a suitable offer is listed without a rank.
    pub enum UnrankedReason {
        /// No result for the current period and target group ("no results yet").
        NoResults = "no_results",
        /// Results exist, but none for this age (no band result and no all-ages result).
        NoResultForAge = "no_result_for_age",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unranked {
    pub offer: OfferIx,
    pub reason: UnrankedReason,
}

/// The guide's answer to a query.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranking {
    pub target_group: GroupIx,
    pub age: Age,
    /// The band containing the age, if any.
    pub citizen_band: Option<BandIx>,
    pub ranked: Vec<Ranked>,
    pub unranked: Vec<Unranked>,
    /// Each offer's position in `ranked`, by offer index: a row, a pick for comparison or a funnel
    /// mark finds its figures without searching a national ranking.
    positions: Vec<Option<u32>>,
}

impl Ranking {
    /// The answer, with the position of each of the snapshot's `offers` offers indexed.
    pub(super) fn new(
        target_group: GroupIx,
        age: Age,
        citizen_band: Option<BandIx>,
        ranked: Vec<Ranked>,
        unranked: Vec<Unranked>,
        offers: usize,
    ) -> Self {
        let mut positions = vec![None; offers];
        for (i, r) in ranked.iter().enumerate() {
            if let Some(slot) = positions.get_mut(r.offer.get()) {
                *slot = u32::try_from(i).ok();
            }
        }
        Ranking { target_group, age, citizen_band, ranked, unranked, positions }
    }

    /// The ranked offer's position (0-based), if it is ranked.
    pub fn position_of(&self, offer: OfferIx) -> Option<usize> {
        self.positions.get(offer.get()).copied().flatten().map(|p| p as usize)
    }
}
