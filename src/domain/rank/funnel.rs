//! Rule 11, the funnel plot: each ranked offer's job share against its n, drawn against the city
//! reference of the band it uses, with control limits p₀ ± z·√(p₀(1−p₀)/n) clipped to [0, 1].
//! A picture of rules 4–5, never a second ranking: the points come from the ranking as it is.

use super::{Criterion, Estimate, Ranking};
use crate::domain::snapshot::{BandRef, OfferIx};

/// z for the 95 % limits.
pub const Z95: f64 = 1.959964;
/// z for the 99.8 % limits.
pub const Z998: f64 = 3.090232;

/// The lower and upper control limit around `reference` for `n` people at `z`, clipped to [0, 1].
pub fn limits(reference: f64, n: f64, z: f64) -> (f64, f64) {
    let half = z * (reference * (1.0 - reference) / n.max(1.0)).sqrt();
    ((reference - half).clamp(0.0, 1.0), (reference + half).clamp(0.0, 1.0))
}

/// Where a point lies against its limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    AboveOuter,
    Above,
    Inside,
    Below,
    BelowOuter,
}

impl Zone {
    fn of(share: f64, reference: f64, n: f64) -> Zone {
        let (low95, high95) = limits(reference, n, Z95);
        let (low998, high998) = limits(reference, n, Z998);
        if share > high998 {
            Zone::AboveOuter
        } else if share > high95 {
            Zone::Above
        } else if share < low998 {
            Zone::BelowOuter
        } else if share < low95 {
            Zone::Below
        } else {
            Zone::Inside
        }
    }
}

/// One ranked offer in the plot.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FunnelPoint {
    pub offer: OfferIx,
    /// Its place in the ranking, from 1.
    pub rank: usize,
    pub n: u32,
    pub share: f64,
    /// The band its figures are for: the citizen's own, or all ages (drawn with a different mark).
    pub band: BandRef,
    /// The city reference p₀ it is compared with (rule 5).
    pub reference: f64,
    pub zone: Zone,
}

impl FunnelPoint {
    pub fn limits(&self, z: f64) -> (f64, f64) {
        limits(self.reference, f64::from(self.n), z)
    }
}

/// The plot for one ranking.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Funnel {
    pub points: Vec<FunnelPoint>,
    /// Each distinct (band, reference) the points use, in order of first use: one funnel each.
    pub references: Vec<(BandRef, f64)>,
    /// Ranked offers without a job share or a city reference to draw.
    pub left_out: usize,
}

/// The funnel plot of a ranking's job shares.
pub fn funnel(ranking: &Ranking) -> Funnel {
    let mut out = Funnel::default();
    for (i, ranked) in ranking.ranked.iter().enumerate() {
        let figure = ranked.figure(Criterion::Job);
        let (Estimate::Share { share, n, .. }, Some(city)) = (figure.estimate, figure.city) else {
            out.left_out += 1;
            continue;
        };
        let band = ranked.basis.band;
        let reference = city.share;
        if !out.references.iter().any(|&(b, r)| b == band && r == reference) {
            out.references.push((band, reference));
        }
        let zone = Zone::of(share, reference, f64::from(n));
        out.points.push(FunnelPoint { offer: ranked.offer, rank: i + 1, n, share, band, reference, zone });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_follow_the_formula_and_are_clipped() {
        let (low, high) = limits(0.2, 100.0, Z95);
        let half = 1.959964 * (0.2f64 * 0.8 / 100.0).sqrt();
        assert!((low - (0.2 - half)).abs() < 1e-12 && (high - (0.2 + half)).abs() < 1e-12);
        assert_eq!(limits(0.02, 25.0, Z998).0, 0.0, "clipped at 0");
        assert_eq!(limits(0.98, 25.0, Z998).1, 1.0, "clipped at 1");
        // Narrower with more people, wider with a larger z.
        assert!(limits(0.2, 1000.0, Z95).1 < limits(0.2, 100.0, Z95).1);
        assert!(limits(0.2, 100.0, Z998).1 > limits(0.2, 100.0, Z95).1);
    }

    #[test]
    fn zones_name_which_limits_a_share_passes() {
        assert_eq!(Zone::of(0.2, 0.2, 100.0), Zone::Inside);
        assert_eq!(Zone::of(0.3, 0.2, 100.0), Zone::Above, "0.2 + 1.96·0.04 = 0.278 < 0.3 < 0.324");
        assert_eq!(Zone::of(0.33, 0.2, 100.0), Zone::AboveOuter);
        assert_eq!(Zone::of(0.1, 0.2, 100.0), Zone::Below);
        assert_eq!(Zone::of(0.07, 0.2, 100.0), Zone::BelowOuter);
    }
}
