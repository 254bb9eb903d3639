//! The ranking rules (shared/ranking-rules.md) as one pure function: `rank(&Snapshot, &Query)`.

use super::snapshot::{BandRef, Measure, MissingReason, Offer, OfferResult, Smiley, Snapshot, Text};
use super::stats::{wilson, Pool};
use super::Lang;
use chrono::NaiveDate;
use std::cmp::Ordering;

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

impl AgeError {
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            AgeError::TooYoung => lang.pick("Alderen skal være mindst 15 år.", "The age must be at least 15."),
            AgeError::TooOld => lang.pick("Alderen kan højst være 99 år.", "The age can be at most 99."),
        }
    }
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

/// The three criteria, in the committee's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Criterion {
    Job,
    Placements,
    Satisfaction,
}

impl Criterion {
    pub const ALL: [Criterion; 3] = [Criterion::Job, Criterion::Placements, Criterion::Satisfaction];

    pub fn code(self) -> &'static str {
        match self {
            Criterion::Job => "job_or_education",
            Criterion::Placements => "placements",
            Criterion::Satisfaction => "satisfaction",
        }
    }

    fn of(self, measures: (&Measure, &Measure, &Measure)) -> Measure {
        *match self {
            Criterion::Job => measures.0,
            Criterion::Placements => measures.1,
            Criterion::Satisfaction => measures.2,
        }
    }
}

/// How an offer compares with the city on one criterion. The declaration order is the sort order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    Above,
    InLine,
    Below,
    Unknown,
}

impl Tier {
    pub fn code(self) -> &'static str {
        match self {
            Tier::Above => "above",
            Tier::InLine => "in_line",
            Tier::Below => "below",
            Tier::Unknown => "unknown",
        }
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
    /// The share that counts for ranking: none when too few or missing.
    pub fn share(&self) -> Option<f64> {
        match *self {
            Estimate::Share { share, .. } => Some(share),
            _ => None,
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
    SadSmiley { date: NaiveDate, note: Option<Text> },
    Complaints { complaints: u32, participants: u32, low: f64, high: f64, city_rate: f64 },
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

/// One ranked offer.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    /// Index into `Snapshot::offers`.
    pub offer: usize,
    /// Index into the offer's `results`.
    pub result: usize,
    pub basis: Basis,
    /// Job, placements, satisfaction: in `Criterion::ALL` order.
    pub figures: [Figure; 3],
    pub flags: Vec<Flag>,
    pub age_adjusted: Option<AgeAdjusted>,
    /// Why the offer above this one comes first; `None` for the first.
    pub why: Option<Why>,
}

impl Ranked {
    pub fn figure(&self, criterion: Criterion) -> &Figure {
        &self.figures[criterion as usize]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnrankedReason {
    /// No result for the current period and target group ("no results yet").
    NoResults,
    /// Results exist, but none for this age (no band result and no all-ages result).
    NoResultForAge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unranked {
    pub offer: usize,
    pub reason: UnrankedReason,
}

/// The guide's answer to a query.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranking {
    pub target_group: usize,
    pub age: Age,
    /// The band containing the age, if any.
    pub citizen_band: Option<usize>,
    pub ranked: Vec<Ranked>,
    pub unranked: Vec<Unranked>,
}

/// Pools for one (current period, target group, band) cell over the suitable offers.
#[derive(Default)]
struct CellPools {
    criteria: [Pool; 3],
    complaints: u64,
    participants: u64,
}

struct Ranker<'s> {
    snapshot: &'s Snapshot,
    period: usize,
    group: usize,
    /// Suitable offers in id order, so pooled sums never depend on the file's order.
    suitable: Vec<usize>,
    cells: Vec<(BandRef, CellPools)>,
}

/// Ranks the suitable offers for a query, as ranking-rules.md defines.
pub fn rank(snapshot: &Snapshot, query: &Query) -> Result<Ranking, QueryError> {
    let group = snapshot
        .target_group_index(&query.target_group)
        .ok_or_else(|| QueryError::UnknownGroup(query.target_group.clone()))?;
    let age = query.age.get();
    let offers = snapshot.offers();
    let mut suitable: Vec<usize> = (0..offers.len()).filter(|&i| offers[i].is_suitable(group, age)).collect();
    suitable.sort_by(|&a, &b| offers[a].id.cmp(&offers[b].id));
    let mut ranker = Ranker { snapshot, period: 0, group, suitable, cells: Vec::new() };
    let citizen_band = snapshot.band_for_age(age);

    let mut ranked = Vec::new();
    let mut unranked = Vec::new();
    for i in ranker.suitable.clone() {
        match choose_result(&offers[i], ranker.period, group, citizen_band) {
            Some((result, basis)) => ranked.push(ranker.ranked(i, result, basis)),
            None => {
                let any = offers[i].results.iter().any(|r| r.period == ranker.period && r.target_group == group);
                let reason = if any { UnrankedReason::NoResultForAge } else { UnrankedReason::NoResults };
                unranked.push(Unranked { offer: i, reason });
            }
        }
    }
    ranked.sort_by(|a, b| compare(snapshot, a, b));
    for i in 1..ranked.len() {
        ranked[i].why = Some(why(snapshot, &ranked[i - 1], &ranked[i]));
    }
    unranked.sort_by(|a, b| by_name(&offers[a.offer], &offers[b.offer]));
    Ok(Ranking { target_group: group, age: query.age, citizen_band, ranked, unranked })
}

/// Rule 3: the citizen's band with ≥ 25 participants, else all ages, else the small band.
fn choose_result(offer: &Offer, period: usize, group: usize, band: Option<usize>) -> Option<(usize, Basis)> {
    let all = offer.result_for(period, group, BandRef::All);
    let basis = |index: usize, kind| {
        let r = &offer.results[index];
        (index, Basis { band: r.age_band, participants: r.participants, kind })
    };
    let Some(band) = band else {
        return all.map(|i| basis(i, BasisKind::AllAgesNoBand));
    };
    let own = offer.result_for(period, group, BandRef::Band(band));
    match (own, all) {
        (Some(i), _) if offer.results[i].participants >= MIN_N => Some(basis(i, BasisKind::CitizenBand)),
        (_, Some(i)) => Some(basis(i, BasisKind::AllAgesFallback)),
        (Some(i), None) => Some(basis(i, BasisKind::SmallBand)),
        (None, None) => None,
    }
}

fn measures(r: &OfferResult) -> (&Measure, &Measure, &Measure) {
    (&r.job_or_education, &r.placements, &r.satisfaction)
}

impl Ranker<'_> {
    fn pools(&mut self, band: BandRef) -> &CellPools {
        if let Some(pos) = self.cells.iter().position(|(b, _)| *b == band) {
            return &self.cells[pos].1;
        }
        let mut pools = CellPools::default();
        for &i in &self.suitable {
            let offer = &self.snapshot.offers()[i];
            let Some(r) = offer.result_for(self.period, self.group, band).map(|j| &offer.results[j]) else {
                continue;
            };
            for c in Criterion::ALL {
                if let Some((share, n)) = c.of(measures(r)).share() {
                    pools.criteria[c as usize].add(share, n);
                }
            }
            if let Some(complaints) = r.complaints {
                pools.complaints += u64::from(complaints);
                pools.participants += u64::from(r.participants);
            }
        }
        self.cells.push((band, pools));
        &self.cells[self.cells.len() - 1].1
    }

    /// Rule 5: the published reference for the cell, else the pooled share. A published figure from
    /// fewer than `MIN_N` people counts as missing (rule 4), so the pooled share is used instead.
    fn city(&mut self, criterion: Criterion, band: BandRef) -> Option<City> {
        let published = self
            .snapshot
            .reference_for(self.period, self.group, band)
            .and_then(|r| criterion.of(measures_ref(r)).share())
            .filter(|&(_, n)| n >= MIN_N);
        if let Some((share, _)) = published {
            return Some(City { share, source: CitySource::Published });
        }
        let (share, n) = self.pools(band).criteria[criterion as usize].share()?;
        Some(City { share, source: CitySource::Pooled { n } })
    }

    fn figure(&mut self, criterion: Criterion, measure: Measure, band: BandRef) -> Figure {
        let city = self.city(criterion, band);
        let (estimate, tier) = match measure {
            Measure::Missing(reason) => (Estimate::Missing(reason), Tier::Unknown),
            Measure::Share { n, .. } if n < MIN_N => (Estimate::TooFew { n }, Tier::Unknown),
            Measure::Share { share, n } => {
                let share = share.get();
                let (low, high) = wilson(share, n);
                let tier = match city {
                    None => Tier::Unknown,
                    Some(c) if low > c.share => Tier::Above,
                    Some(c) if high < c.share => Tier::Below,
                    Some(_) => Tier::InLine,
                };
                (Estimate::Share { share, n, low, high }, tier)
            }
        };
        let caution = criterion == Criterion::Satisfaction
            && matches!(estimate, Estimate::Share { n, .. } if n < CAUTION_ANSWERS);
        Figure { estimate, city, tier, caution }
    }

    fn ranked(&mut self, offer_index: usize, result: usize, basis: Basis) -> Ranked {
        let offer = &self.snapshot.offers()[offer_index];
        let r = &offer.results[result];
        let figures = Criterion::ALL.map(|c| self.figure(c, c.of(measures(r)), basis.band));
        let mut flags = Vec::new();
        if let Some(s) = offer.supervision.as_ref().filter(|s| s.smiley == Smiley::Sad) {
            flags.push(Flag::SadSmiley { date: s.date, note: s.note.clone() });
        }
        if let (Some(complaints), true) = (r.complaints, r.participants > 0) {
            let pools = self.pools(basis.band);
            if pools.participants > 0 {
                let city_rate = pools.complaints as f64 / pools.participants as f64;
                let count = complaints.min(r.participants);
                let (low, high) = wilson(f64::from(count) / f64::from(r.participants), r.participants);
                if low > city_rate {
                    flags.push(Flag::Complaints { complaints, participants: r.participants, low, high, city_rate });
                }
            }
        }
        let age_adjusted = self.age_adjusted(offer);
        Ranked { offer: offer_index, result, basis, figures, flags, age_adjusted, why: None }
    }

    /// Rule 8: observed job count over Σ(participants in band × the band's city share).
    fn age_adjusted(&mut self, offer: &Offer) -> Option<AgeAdjusted> {
        let (mut observed, mut expected, mut bands) = (0.0, 0.0, 0);
        for b in 0..self.snapshot.age_bands().len() {
            let Some(r) = offer.result_for(self.period, self.group, BandRef::Band(b)).map(|j| &offer.results[j]) else {
                continue;
            };
            let (Some((share, _)), Some(city)) =
                (r.job_or_education.share(), self.city(Criterion::Job, BandRef::Band(b)))
            else {
                continue;
            };
            let participants = f64::from(r.participants);
            observed += participants * share;
            expected += participants * city.share;
            bands += 1;
        }
        (bands > 0 && expected > 0.0).then(|| AgeAdjusted { observed, expected, ratio: observed / expected })
    }
}

fn measures_ref(r: &super::snapshot::Reference) -> (&Measure, &Measure, &Measure) {
    (&r.job_or_education, &r.placements, &r.satisfaction)
}

/// Higher shares first; missing, suppressed and too-few last.
fn by_share(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.total_cmp(&a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Danish name by Unicode code points (Rust compares `str` by UTF-8 bytes, which is the same), then id.
fn by_name(a: &Offer, b: &Offer) -> Ordering {
    a.name.da().cmp(b.name.da()).then_with(|| a.id.cmp(&b.id))
}

/// Rule 6: the committee's order as one total, deterministic comparison.
pub fn compare(snapshot: &Snapshot, a: &Ranked, b: &Ranked) -> Ordering {
    let tiers = Criterion::ALL.iter().map(|&c| a.figure(c).tier.cmp(&b.figure(c).tier));
    let shares = Criterion::ALL.iter().map(|&c| by_share(a.figure(c).estimate.share(), b.figure(c).estimate.share()));
    tiers
        .chain(shares)
        .find(|o| o.is_ne())
        .unwrap_or_else(|| by_name(&snapshot.offers()[a.offer], &snapshot.offers()[b.offer]))
}

/// The first key on which `above` and `below` differ, for "why A before B".
fn why(snapshot: &Snapshot, above: &Ranked, below: &Ranked) -> Why {
    for c in Criterion::ALL {
        let (fa, fb) = (above.figure(c), below.figure(c));
        if fa.tier != fb.tier {
            let (above_share, below_share) = (fa.estimate.share(), fb.estimate.share());
            return Why::Tier { criterion: c, above: fa.tier, below: fb.tier, above_share, below_share };
        }
    }
    for c in Criterion::ALL {
        let (sa, sb) = (above.figure(c).estimate.share(), below.figure(c).estimate.share());
        if let (Some(a), true) = (sa, by_share(sa, sb).is_ne()) {
            return Why::Share { criterion: c, above: a, below: sb };
        }
    }
    let (a, b) = (&snapshot.offers()[above.offer], &snapshot.offers()[below.offer]);
    if a.name.da() != b.name.da() {
        Why::Name
    } else {
        Why::Id
    }
}
