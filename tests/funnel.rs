//! Rule 11, the funnel plot: the limits' formula and clipping, and the points taken from the ranking as it
//! stands (job share, its n, the band used and that band's reference), never a second ranking.

mod common;

use common::*;
use visitationsguide::domain::generate::trend_example;
use visitationsguide::domain::rank::funnel::{FUNNEL_Z95, FUNNEL_Z998};
use visitationsguide::domain::rank::{funnel, BasisKind, Criterion, Estimate, FunnelLimits, Zone};
use visitationsguide::domain::snapshot::BandRef;
use visitationsguide::domain::{parse_snapshot, Snapshot};

fn sample() -> Snapshot {
    parse_snapshot(&std::fs::read("public/data/snapshot.json").unwrap(), today()).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

#[test]
fn limits_are_p0_plus_minus_z_standard_errors() {
    let l = FunnelLimits::at(0.2, 100.0);
    let se = (0.2f64 * 0.8 / 100.0).sqrt();
    assert!(close(l.low95, 0.2 - 1.959964 * se) && close(l.high95, 0.2 + 1.959964 * se));
    assert!(close(l.low998, 0.2 - 3.090232 * se) && close(l.high998, 0.2 + 3.090232 * se));
    assert_eq!((FUNNEL_Z95, FUNNEL_Z998), (1.959964, 3.090232));
    // Wider at small n, narrower at large n.
    let (small, large) = (FunnelLimits::at(0.2, 25.0), FunnelLimits::at(0.2, 2500.0));
    assert!(small.high95 - small.low95 > large.high95 - large.low95);
}

#[test]
fn limits_are_clipped_to_zero_and_one() {
    let l = FunnelLimits::at(0.03, 25.0);
    assert_eq!(l.low95, 0.0);
    assert_eq!(l.low998, 0.0);
    let l = FunnelLimits::at(0.97, 25.0);
    assert_eq!(l.high998, 1.0);
    let l = FunnelLimits::at(0.0, 100.0);
    assert_eq!((l.low95, l.high95, l.low998, l.high998), (0.0, 0.0, 0.0, 0.0));
    let l = FunnelLimits::at(0.4, 0.0);
    assert_eq!((l.low998, l.high998), (0.0, 1.0), "no people: the whole range");
}

#[test]
fn zones_by_the_limits_at_the_points_own_n() {
    let l = FunnelLimits::at(0.2, 100.0);
    assert_eq!(l.zone(0.2), Zone::Inside);
    assert_eq!(l.zone(l.high95), Zone::Inside, "on the limit is inside");
    assert_eq!(l.zone((l.high95 + l.high998) / 2.0), Zone::Above95);
    assert_eq!(l.zone(l.high998 + 0.01), Zone::Above998);
    assert_eq!(l.zone((l.low95 + l.low998) / 2.0), Zone::Below95);
    assert_eq!(l.zone(l.low998 - 0.01), Zone::Below998);
}

#[test]
fn points_come_from_the_ranking_with_their_own_band_and_reference() {
    let s = sample();
    for (group, age) in [("kh-match2", 34), ("dp-match1", 34), ("kh-match1", 24), ("udsatte-g2", 24)] {
        let r = ranking(&s, group, age);
        let f = funnel(&r);
        assert_eq!(f.points.len() + f.left_out, r.ranked.len(), "{group} {age}");
        let mut last = None;
        for p in &f.points {
            let x = &r.ranked[p.position];
            assert_eq!(x.offer, p.offer);
            assert!(last.is_none_or(|l| l < p.position), "rank order");
            last = Some(p.position);
            let fig = x.figure(Criterion::Job);
            assert!(matches!(fig.estimate, Estimate::Share { share, n, .. } if share == p.share && n == p.n));
            assert_eq!(Some(p.p0), fig.city.map(|c| c.share));
            assert_eq!((p.band, p.basis), (x.basis.band, x.basis.kind));
            assert_eq!(p.all_ages(), x.basis.band == BandRef::All);
            assert_eq!(p.zone, p.limits().zone(p.share));
            assert_eq!(f.line(p.band).map(|l| l.p0), Some(p.p0), "one reference per band");
        }
    }
}

#[test]
fn offers_on_different_bands_are_drawn_against_their_own_reference() {
    let s = sample();
    let r = ranking(&s, "kh-match2", 34);
    let f = funnel(&r);
    assert!(f.points.iter().any(|p| p.all_ages()) && f.points.iter().any(|p| !p.all_ages()), "{f:?}");
    assert_eq!(f.lines.len(), 2);
    assert_ne!(f.lines[0].band, BandRef::All, "the citizen's own band first");
    assert_eq!(f.lines[1].band, BandRef::All);
    assert!(f.max_n() >= f.points.iter().map(|p| p.n).max().unwrap());
    assert!(f.points.iter().any(|p| p.basis == BasisKind::AllAgesFallback));
}

#[test]
fn too_few_and_missing_job_figures_are_left_out_and_counted() {
    let s = valid(&trend_example());
    let r = ranking(&s, "kh-match2", 34);
    let f = funnel(&r);
    assert_eq!(f.left_out, 0);
    let mut v = trend_example();
    v["offers"][5]["results"][0]["job_or_education"] = serde_json::json!({"share": 0.3, "n": 12});
    v["offers"][4]["results"][1]["job_or_education"] = serde_json::json!({"missing": "not_reported"});
    let s = valid(&v);
    let f = funnel(&ranking(&s, "kh-match2", 34));
    assert_eq!(f.left_out, 2);
    assert_eq!(f.points.len(), 4);
}
