//! The ranking rules (shared/ranking-rules.md) as one pure function: `rank(&Snapshot, &Query)`.
//! `model` holds what it answers, `order` the committee's order; this file the algorithm.

mod age_mix;
pub mod filter;
pub mod funnel;
mod model;
mod order;
pub mod trend;

pub use age_mix::{AgeMix, AGE_MIX_CLEAR, AGE_MIX_SPLIT};
pub use filter::{Filtered, Filters};
pub use funnel::{funnel, Funnel, FunnelLimits, FunnelPoint, Zone};
pub use model::*;
pub use order::compare;
pub use trend::{Change, Direction, Trend, TrendPoint};

use crate::domain::snapshot::{BandIx, BandRef, Cell, GroupIx, Measure, Offer, OfferIx, OfferResult, PeriodIx};
use crate::domain::snapshot::{ResultIx, Smiley, Snapshot};
use crate::domain::stats::Pool;
use order::{by_name, why};

/// Pools for one (current period, target group, band) cell over the suitable offers.
#[derive(Default)]
struct CellPools {
    criteria: [Pool; 3],
    complaints: u64,
    participants: u64,
}

struct Ranker<'s> {
    snapshot: &'s Snapshot,
    age: u8,
    period: PeriodIx,
    group: GroupIx,
    /// Suitable offers in id order, so pooled sums never depend on the file's order.
    suitable: Vec<OfferIx>,
    cells: Vec<(BandRef, CellPools)>,
    /// Each (criterion, band)'s city line once decided: the same for every offer, and asked for three
    /// times per ranked offer.
    cities: Vec<(Criterion, BandRef, Option<City>)>,
}

/// Ranks the suitable offers for a query, as ranking-rules.md defines.
pub fn rank(snapshot: &Snapshot, query: &Query) -> Result<Ranking, QueryError> {
    let group = snapshot
        .target_group_by_id(&query.target_group)
        .ok_or_else(|| QueryError::UnknownGroup(query.target_group.clone()))?;
    let age = query.age.get();
    let mut suitable: Vec<OfferIx> =
        snapshot.offers_indexed().filter(|(_, o)| o.is_suitable(group, age)).map(|(i, _)| i).collect();
    suitable.sort_by(|&a, &b| snapshot.offer(a).id.cmp(&snapshot.offer(b).id));
    let period = PeriodIx::CURRENT;
    let mut ranker = Ranker { snapshot, age, period, group, suitable, cells: Vec::new(), cities: Vec::new() };
    let citizen_band = snapshot.band_for_age(age);

    let mut ranked = Vec::new();
    let mut unranked = Vec::new();
    for i in ranker.suitable.clone() {
        let offer = snapshot.offer(i);
        match choose_result(offer, period, group, citizen_band) {
            Some((result, basis)) => ranked.push(ranker.ranked(i, result, basis)),
            None => {
                let any = offer.results.iter().any(|r| r.period == period && r.target_group == group);
                let reason = if any { UnrankedReason::NoResultForAge } else { UnrankedReason::NoResults };
                unranked.push(Unranked { offer: i, reason });
            }
        }
    }
    // Sorted through their indices: a `Ranked` is large, and a sort that moved it would copy it at every
    // step. The sort is stable, so the order is the one sorting the offers themselves would give.
    let mut order: Vec<usize> = (0..ranked.len()).collect();
    order.sort_by(|&a, &b| compare(snapshot, &ranked[a], &ranked[b]));
    let mut slots: Vec<Option<Ranked>> = ranked.into_iter().map(Some).collect();
    let mut ranked: Vec<Ranked> = order.into_iter().filter_map(|i| slots[i].take()).collect();
    for i in 1..ranked.len() {
        ranked[i].why = Some(why(snapshot, &ranked[i - 1], &ranked[i]));
    }
    unranked.sort_by(|a, b| by_name(snapshot.offer(a.offer), snapshot.offer(b.offer)));
    Ok(Ranking::new(group, query.age, citizen_band, ranked, unranked, snapshot.offers().len()))
}

/// Rule 3: the citizen's band with ≥ 25 participants, else all ages, else the small band.
fn choose_result(offer: &Offer, period: PeriodIx, group: GroupIx, band: Option<BandIx>) -> Option<(ResultIx, Basis)> {
    let cell = |age_band| Cell { period, target_group: group, age_band };
    let all = offer.result_for(cell(BandRef::All));
    let basis = |ix: ResultIx, kind| {
        let r = offer.result(ix);
        (ix, Basis { band: r.age_band, participants: r.participants, kind })
    };
    let Some(band) = band else {
        return all.map(|i| basis(i, BasisKind::AllAgesNoBand));
    };
    let own = offer.result_for(cell(BandRef::Band(band)));
    match (own, all) {
        (Some(i), _) if offer.result(i).participants >= MIN_N => Some(basis(i, BasisKind::CitizenBand)),
        (_, Some(i)) => Some(basis(i, BasisKind::AllAgesFallback)),
        (Some(i), None) => Some(basis(i, BasisKind::SmallBand)),
        (None, None) => None,
    }
}

fn measures(r: &OfferResult) -> [&Measure; 3] {
    [&r.job_or_education, &r.placements, &r.satisfaction]
}

impl Ranker<'_> {
    fn cell(&self, band: BandRef) -> Cell {
        Cell { period: self.period, target_group: self.group, age_band: band }
    }

    fn pools(&mut self, band: BandRef) -> &CellPools {
        if let Some(pos) = self.cells.iter().position(|(b, _)| *b == band) {
            return &self.cells[pos].1;
        }
        let cell = self.cell(band);
        let mut pools = CellPools::default();
        for &i in &self.suitable {
            let offer = self.snapshot.offer(i);
            let Some(r) = offer.result_for(cell).map(|j| offer.result(j)) else {
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

    /// The city line for a criterion in a band (`decide_city`), decided once per ranking.
    fn city(&mut self, criterion: Criterion, band: BandRef) -> Option<City> {
        if let Some(&(_, _, city)) = self.cities.iter().find(|(c, b, _)| *c == criterion && *b == band) {
            return city;
        }
        let city = self.decide_city(criterion, band);
        self.cities.push((criterion, band, city));
        city
    }

    /// Rule 5: the published reference for the cell, else the pooled share. A published figure from
    /// fewer than `MIN_N` people counts as missing (rule 4), so the pooled share is used instead.
    fn decide_city(&mut self, criterion: Criterion, band: BandRef) -> Option<City> {
        let published = self
            .snapshot
            .reference_for(self.cell(band))
            .and_then(|r| criterion.of([&r.job_or_education, &r.placements, &r.satisfaction]).share())
            .filter(|&(_, n)| n >= MIN_N);
        if let Some((share, _)) = published {
            return Some(City { share, source: CitySource::Published });
        }
        let (share, n) = self.pools(band).criteria[criterion as usize].share()?;
        Some(City { share, source: CitySource::Pooled { n } })
    }

    fn figure(&mut self, criterion: Criterion, measure: Measure, band: BandRef) -> Figure {
        let city = self.city(criterion, band);
        let estimate = Estimate::of(&measure);
        let tier = match (estimate, city) {
            (Estimate::Share { low, .. }, Some(c)) if low > c.share => Tier::Above,
            (Estimate::Share { high, .. }, Some(c)) if high < c.share => Tier::Below,
            (Estimate::Share { .. }, Some(_)) => Tier::InLine,
            _ => Tier::Unknown,
        };
        let caution = criterion == Criterion::Satisfaction
            && matches!(estimate, Estimate::Share { n, .. } if n < CAUTION_ANSWERS);
        Figure { estimate, city, tier, caution }
    }

    fn ranked(&mut self, offer_ix: OfferIx, result: ResultIx, basis: Basis) -> Ranked {
        let offer = self.snapshot.offer(offer_ix);
        let r = offer.result(result);
        let figures = Criterion::ALL.map(|c| self.figure(c, c.of(measures(r)), basis.band));
        let complaints = Complaints::of(r.complaints, r.participants);
        let extras = Extras {
            off_benefit_1m: r.off_benefit_1m.as_ref().map(Estimate::of),
            off_benefit_3m: r.off_benefit_3m.as_ref().map(Estimate::of),
            closer_to_job: r.closer_to_job.as_ref().map(Estimate::of),
            complaints,
        };
        let mut flags = Vec::new();
        if let Some(s) = offer.supervision.as_ref().filter(|s| s.smiley == Smiley::Sad) {
            flags.push(Flag::SadSmiley { date: s.date, note: s.note.clone() });
        }
        if let Complaints::Rate(rate) = complaints {
            let pools = self.pools(basis.band);
            if pools.participants > 0 {
                let city_rate = pools.complaints as f64 / pools.participants as f64;
                if rate.low > city_rate {
                    flags.push(Flag::Complaints { rate, city_rate });
                }
            }
        }
        let age_adjusted = self.age_adjusted(offer);
        let trends = Criterion::ALL.map(|c| Trend::of(self.snapshot, offer, self.group, basis.band, c));
        let age_mix = AgeMix::of(self.age, r.share_under_30);
        Ranked { offer: offer_ix, result, basis, figures, extras, flags, age_adjusted, why: None, trends, age_mix }
    }

    /// Rule 8: observed job count over Σ(participants in band × the band's city share).
    fn age_adjusted(&mut self, offer: &Offer) -> Option<AgeAdjusted> {
        let (mut observed, mut expected, mut bands) = (0.0, 0.0, 0);
        for b in self.snapshot.band_ixs() {
            let band = BandRef::Band(b);
            let Some(r) = offer.result_for(self.cell(band)).map(|j| offer.result(j)) else {
                continue;
            };
            let (Some((share, _)), Some(city)) = (r.job_or_education.share(), self.city(Criterion::Job, band)) else {
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
