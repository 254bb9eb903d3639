//! Rule 11, the funnel plot: each ranked offer's job share against its n, the city reference p₀ of the band
//! it uses, and the control limits p₀ ± z·√(p₀(1−p₀)/n) clipped to [0, 1] at 95 % and 99.8 %. A picture of
//! rules 4–5 computed from the ranking, never a second ranking: nothing here re-orders or re-tiers.

use super::model::{BasisKind, CitySource, Criterion, Estimate, Ranking};
use crate::domain::snapshot::{code_table, BandRef, OfferIx};

/// The two-sided 95 % limit's z, as rule 11 writes it.
pub const FUNNEL_Z95: f64 = 1.959964;
/// The two-sided 99.8 % limit's z, as rule 11 writes it.
pub const FUNNEL_Z998: f64 = 3.090232;

/// The control limits around `p0` at one n.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FunnelLimits {
    pub n: f64,
    pub p0: f64,
    pub low95: f64,
    pub high95: f64,
    pub low998: f64,
    pub high998: f64,
}

impl FunnelLimits {
    /// p₀ ± z·√(p₀(1−p₀)/n), clipped to [0, 1]; `n` is a real number so a view can draw a smooth curve.
    /// An `n` ≤ 0 gives the whole range.
    pub fn at(p0: f64, n: f64) -> FunnelLimits {
        let se = if n > 0.0 { (p0 * (1.0 - p0) / n).sqrt() } else { f64::INFINITY };
        let clip = |x: f64| x.clamp(0.0, 1.0);
        FunnelLimits {
            n,
            p0,
            low95: clip(p0 - FUNNEL_Z95 * se),
            high95: clip(p0 + FUNNEL_Z95 * se),
            low998: clip(p0 - FUNNEL_Z998 * se),
            high998: clip(p0 + FUNNEL_Z998 * se),
        }
    }

    /// Where a share lies against these limits.
    pub fn zone(&self, share: f64) -> Zone {
        if share > self.high998 {
            Zone::Above998
        } else if share > self.high95 {
            Zone::Above95
        } else if share < self.low998 {
            Zone::Below998
        } else if share < self.low95 {
            Zone::Below95
        } else {
            Zone::Inside
        }
    }
}

code_table! {
    /// Where an offer's point lies against the limits at its own n.
    pub enum Zone {
        Inside = "inside",
        Above95 = "above-95",
        Above998 = "above-99.8",
        Below95 = "below-95",
        Below998 = "below-99.8",
    }
}

/// One ranked offer in the plot.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FunnelPoint {
    pub offer: OfferIx,
    /// Its place in `Ranking::ranked` (0-based), so a mark can say "nr. 3".
    pub position: usize,
    /// The job measure's n (x).
    pub n: u32,
    /// The job share (y).
    pub share: f64,
    /// The band whose figures and reference are used: the citizen's band or all ages (rule 3).
    pub band: BandRef,
    pub basis: BasisKind,
    /// The city reference for that band (the line the point is judged against).
    pub p0: f64,
    pub source: CitySource,
    pub zone: Zone,
}

impl FunnelPoint {
    /// Drawn against the all-ages reference rather than the citizen's own band: marked so (rule 11).
    pub fn all_ages(&self) -> bool {
        self.band == BandRef::All
    }

    pub fn limits(&self) -> FunnelLimits {
        FunnelLimits::at(self.p0, f64::from(self.n))
    }
}

/// One reference line: a band in use and its p₀.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FunnelLine {
    pub band: BandRef,
    pub p0: f64,
    pub source: CitySource,
}

/// The whole plot for one ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Funnel {
    /// The ranked offers with a usable job share and a reference, in rank order.
    pub points: Vec<FunnelPoint>,
    /// One line per band in use, the citizen's band first when both are.
    pub lines: Vec<FunnelLine>,
    /// Ranked offers left out: job share missing or from fewer than `MIN_N`, or nothing to compare with.
    pub left_out: usize,
}

impl Funnel {
    /// The largest n plotted (0 when nothing is), for the x axis.
    pub fn max_n(&self) -> u32 {
        self.points.iter().map(|p| p.n).max().unwrap_or(0)
    }

    /// The line for a band, if any point uses it.
    pub fn line(&self, band: BandRef) -> Option<&FunnelLine> {
        self.lines.iter().find(|l| l.band == band)
    }
}

/// Rule 11 for a ranking: the points and lines, from the figures the ranking computed.
pub fn funnel(ranking: &Ranking) -> Funnel {
    let mut points = Vec::new();
    let mut lines: Vec<FunnelLine> = Vec::new();
    let mut left_out = 0;
    for (position, r) in ranking.ranked.iter().enumerate() {
        let figure = r.figure(Criterion::Job);
        let (Estimate::Share { share, n, .. }, Some(city)) = (figure.estimate, figure.city) else {
            left_out += 1;
            continue;
        };
        let band = r.basis.band;
        if !lines.iter().any(|l| l.band == band) {
            lines.push(FunnelLine { band, p0: city.share, source: city.source });
        }
        let zone = FunnelLimits::at(city.share, f64::from(n)).zone(share);
        points.push(FunnelPoint {
            offer: r.offer,
            position,
            n,
            share,
            band,
            basis: r.basis.kind,
            p0: city.share,
            source: city.source,
            zone,
        });
    }
    // The citizen's own band before all ages, whatever order the offers came in.
    lines.sort_by_key(|l| l.band == BandRef::All);
    Funnel { points, lines, left_out }
}
