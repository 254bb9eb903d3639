//! Rule 10, change over time, on `generate::trend_example()` (tests/fixtures/trend/snapshot.json): which
//! offer goes up, down, stays or is not compared, each trend for the band the current figure uses, and
//! every period's reason when it has no usable figure.

mod common;

use common::*;
use visitationsguide::domain::generate::{trend_example, trend_example_text};
use visitationsguide::domain::rank::{Criterion, Direction, Estimate, Ranked, Ranking, Trend, MIN_N};
use visitationsguide::domain::snapshot::{BandRef, MissingReason};
use visitationsguide::domain::Snapshot;

fn fixture() -> (Snapshot, Ranking) {
    let s = valid(&trend_example());
    let r = ranking(&s, "kh-match2", 34);
    (s, r)
}

fn offer<'r>(s: &Snapshot, r: &'r Ranking, id: &str) -> &'r Ranked {
    r.ranked.iter().find(|x| s.offer(x.offer).id.as_str() == id).unwrap_or_else(|| panic!("{id} is ranked"))
}

fn job(s: &Snapshot, r: &Ranking, id: &str) -> Trend {
    offer(s, r, id).trend(Criterion::Job).clone()
}

#[test]
fn the_committed_fixture_is_current() {
    let committed = std::fs::read_to_string("tests/fixtures/trend/snapshot.json").unwrap();
    assert!(committed == trend_example_text(), "run `cargo run --example make_trend_fixture`");
}

#[test]
fn each_direction_as_documented() {
    let (s, r) = fixture();
    let cases = [
        ("trend-op", Direction::Up),
        ("trend-ned", Direction::Down),
        ("trend-samme", Direction::Same),
        ("trend-faa", Direction::NotCompared),
        ("trend-alle", Direction::Up),
        ("trend-ny", Direction::NotCompared),
    ];
    for (id, want) in cases {
        assert_eq!(job(&s, &r, id).change.direction, want, "{id}");
    }
    let codes: Vec<&str> = Direction::ALL.iter().map(|d| d.code()).collect();
    assert_eq!(codes, ["up", "down", "none", "not-compared"]);
}

#[test]
fn a_change_carries_its_shares_and_newcombe_interval() {
    let (s, r) = fixture();
    let up = job(&s, &r, "trend-op").change;
    assert_eq!(up.shares, Some((0.20, 0.40)));
    let (low, high) = up.interval.unwrap();
    assert!(low > 0.0 && high > low);
    let same = job(&s, &r, "trend-samme").change;
    let (low, high) = same.interval.unwrap();
    assert!(low < 0.0 && high > 0.0);
    let not = job(&s, &r, "trend-faa").change;
    assert_eq!((not.shares, not.interval), (None, None));
}

#[test]
fn other_criteria_have_their_own_trends() {
    let (s, r) = fixture();
    let o = offer(&s, &r, "trend-op");
    assert_eq!(o.trend(Criterion::Placements).change.direction, Direction::Same);
    let sat = o.trend(Criterion::Satisfaction);
    assert_eq!(sat.change.direction, Direction::NotCompared);
    assert_eq!(sat.points[1].estimate, Some(Estimate::TooFew { n: 20 }));
    const { assert!(20 < MIN_N) };
    let criteria: Vec<Criterion> = o.trends.iter().map(|t| t.criterion).collect();
    assert_eq!(criteria, Criterion::ALL);
}

#[test]
fn points_are_current_first_up_to_three_periods_with_their_reasons() {
    let (s, r) = fixture();
    let faa = job(&s, &r, "trend-faa");
    let periods: Vec<&str> = faa.points.iter().map(|p| s.period(p.period).id.as_str()).collect();
    assert_eq!(periods, ["2026h1", "2025h2", "2025h1"]);
    assert!(matches!(faa.points[0].estimate, Some(Estimate::Share { n: 140, .. })));
    assert_eq!(faa.points[1].estimate, Some(Estimate::TooFew { n: 20 }));
    assert_eq!(faa.points[2].estimate, None, "no result for the band in the oldest period");
    let ny = job(&s, &r, "trend-ny");
    assert_eq!(ny.points.iter().filter(|p| p.estimate.is_none()).count(), 2);
    let ned = offer(&s, &r, "trend-ned").trend(Criterion::Satisfaction).clone();
    assert_eq!(ned.points[2].estimate, Some(Estimate::Missing(MissingReason::TooFew)));
    // The current point is the figure the card shows.
    for x in &r.ranked {
        for c in Criterion::ALL {
            assert_eq!(x.trend(c).current().estimate, Some(x.figure(c).estimate));
        }
    }
}

#[test]
fn the_trend_uses_the_band_the_current_figure_uses() {
    let (s, r) = fixture();
    let alle = offer(&s, &r, "trend-alle");
    assert_eq!(alle.basis.band, BandRef::All, "10 participants in 30plus: all ages (rule 3)");
    let t = alle.trend(Criterion::Job);
    assert_eq!(t.band, BandRef::All);
    assert_eq!(t.change.shares, Some((0.22, 0.30)), "all ages, not the 60 % of its small band");
    // For someone under 30 nothing has a u30 result: every offer with an all-ages result uses it.
    let young = ranking(&s, "kh-match2", 24);
    for x in &young.ranked {
        assert_eq!(x.trend(Criterion::Job).band, x.basis.band);
    }
}

#[test]
fn a_snapshot_with_one_period_compares_nothing() {
    let mut v = trend_example();
    v["periods"].as_array_mut().unwrap().truncate(1);
    for o in v["offers"].as_array_mut().unwrap() {
        o["results"].as_array_mut().unwrap().retain(|r| r["period"] == "2026h1");
    }
    let s = valid(&v);
    let r = ranking(&s, "kh-match2", 34);
    for x in &r.ranked {
        for t in &x.trends {
            assert_eq!(t.points.len(), 1);
            assert_eq!(t.change.direction, Direction::NotCompared);
        }
    }
}
