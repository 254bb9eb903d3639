//! Rule 10, change over time: each criterion of a ranked offer over up to the last three periods, each
//! period's figure from the result for the same target group and the same band the current figure uses
//! (rule 3), so like is compared with like; and whether the current period differs from the one before
//! by Newcombe's interval for the difference of two shares.

use super::model::{Criterion, Estimate};
use crate::domain::snapshot::{code_table, BandRef, Cell, GroupIx, Offer, PeriodIx, Snapshot};
use crate::domain::stats::newcombe;

/// A trend shows at most this many periods: the current one and the two before.
pub const TREND_PERIODS: usize = 3;

/// One period's figure in a trend.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrendPoint {
    pub period: PeriodIx,
    /// The figure as rule 4 shows it (a share with its interval, too few, or missing with the reason);
    /// `None` when the offer has no result for the target group and band in that period.
    pub estimate: Option<Estimate>,
}

code_table! {
    /// How the current period compares with the one before. The codes are the views' (`data-change`).
    pub enum Direction {
        /// The 95 % interval for current − previous lies wholly above 0.
        Up = "up",
        /// It lies wholly below 0.
        Down = "down",
        /// It contains 0: no certain change.
        Same = "none",
        /// Not compared: the previous period has no usable figure (no result, missing, fewer than
        /// `MIN_N`), or the current one has none.
        NotCompared = "not-compared",
    }
}

/// The current period against the one before.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    pub direction: Direction,
    /// The shares compared, previous then current; `None` when not compared.
    pub shares: Option<(f64, f64)>,
    /// Newcombe's 95 % interval for current − previous; `None` when not compared.
    pub interval: Option<(f64, f64)>,
}

/// One criterion of one ranked offer over time.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    pub criterion: Criterion,
    /// The band every point is for: the band the current figure uses.
    pub band: BandRef,
    /// Current period first, then the older ones, newest first (the snapshot's period order).
    pub points: Vec<TrendPoint>,
    pub change: Change,
}

impl Trend {
    /// The trend of `criterion` for `offer`'s results for (`group`, `band`), over the snapshot's periods.
    pub fn of(snapshot: &Snapshot, offer: &Offer, group: GroupIx, band: BandRef, criterion: Criterion) -> Trend {
        let periods = snapshot.periods().len().min(TREND_PERIODS);
        let points: Vec<TrendPoint> = (0..periods)
            .map(|i| {
                let period = PeriodIx::new(i);
                let cell = Cell { period, target_group: group, age_band: band };
                let estimate = offer.result_for(cell).map(|r| {
                    let r = offer.result(r);
                    Estimate::of(&criterion.of([&r.job_or_education, &r.placements, &r.satisfaction]))
                });
                TrendPoint { period, estimate }
            })
            .collect();
        let change = change(&points);
        Trend { criterion, band, points, change }
    }

    /// The current period's point.
    pub fn current(&self) -> &TrendPoint {
        &self.points[0]
    }

    /// The period before the current one, if the snapshot has one.
    pub fn previous(&self) -> Option<&TrendPoint> {
        self.points.get(1)
    }
}

/// Rule 10: up or down only when Newcombe's 95 % interval for the difference excludes 0.
fn change(points: &[TrendPoint]) -> Change {
    let usable = |p: Option<&TrendPoint>| match p.and_then(|p| p.estimate) {
        Some(Estimate::Share { share, n, .. }) => Some((share, n)),
        _ => None,
    };
    let (Some((current, n_current)), Some((previous, n_previous))) = (usable(points.first()), usable(points.get(1)))
    else {
        return Change { direction: Direction::NotCompared, shares: None, interval: None };
    };
    let (low, high) = newcombe(current, n_current, previous, n_previous);
    let direction = if low > 0.0 {
        Direction::Up
    } else if high < 0.0 {
        Direction::Down
    } else {
        Direction::Same
    };
    Change { direction, shares: Some((previous, current)), interval: Some((low, high)) }
}
