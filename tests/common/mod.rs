//! Shared helpers for the native integration tests: a small snapshot builder and parsing shortcuts.
#![allow(dead_code)]

use chrono::NaiveDate;
use serde_json::{json, Value};
use visitationsguide::domain::rank::Ranking;
use visitationsguide::domain::{parse_snapshot, rank, Age, Invalid, Query, Snapshot};

/// A fixed "today" so date rules give the same answer on every run.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub fn parse(value: &Value) -> Result<Snapshot, Invalid> {
    parse_snapshot(value.to_string().as_bytes(), today())
}

pub fn valid(value: &Value) -> Snapshot {
    match parse(value) {
        Ok(s) => s,
        Err(e) => panic!("expected a valid snapshot, got:\n{}", e.lines(visitationsguide::domain::Lang::En).join("\n")),
    }
}

/// The paths of every problem in an invalid snapshot.
pub fn problem_paths(value: &Value) -> Vec<String> {
    match parse(value) {
        Ok(_) => panic!("expected problems, the snapshot is valid"),
        Err(e) => e.problems.iter().map(|p| p.path.to_string()).collect(),
    }
}

pub fn ranking(snapshot: &Snapshot, group: &str, age: i64) -> Ranking {
    rank(snapshot, &Query { target_group: group.into(), age: Age::new(age).unwrap() }).unwrap()
}

pub fn ranked_ids(snapshot: &Snapshot, group: &str, age: i64) -> Vec<String> {
    let r = ranking(snapshot, group, age);
    r.ranked.iter().map(|x| snapshot.offer(x.offer).id.to_string()).collect()
}

pub fn unranked_ids(snapshot: &Snapshot, group: &str, age: i64) -> Vec<String> {
    let r = ranking(snapshot, group, age);
    r.unranked.iter().map(|x| snapshot.offer(x.offer).id.to_string()).collect()
}

/// One period `p0` (current) and `p1`, bands u30 (15–29) and 30plus (30–99), groups g and h,
/// one provider `prov`, no offers.
pub fn base() -> Value {
    json!({
        "format": "visitationsguide-snapshot",
        "format_version": 1,
        "published": "2026-06-30",
        "publisher": "Test",
        "periods": [
            {"id": "p0", "from": "2026-01-01", "to": "2026-06-30", "label": {"da": "1. halvår 2026"}},
            {"id": "p1", "from": "2025-07-01", "to": "2025-12-31", "label": {"da": "2. halvår 2025"}}
        ],
        "age_bands": [{"id": "u30", "min": 15, "max": 29}, {"id": "30plus", "min": 30, "max": 99}],
        "target_groups": [{"id": "g", "name": {"da": "Gruppe G"}}, {"id": "h", "name": {"da": "Gruppe H"}}],
        "providers": [{"id": "prov", "name": "Udbyder", "kind": "external"}],
        "offers": [],
        "references": []
    })
}

/// A measure `{"share", "n"}`.
pub fn m(share: f64, n: u32) -> Value {
    json!({"share": share, "n": n})
}

/// A current-period result for group g with the three criteria.
pub fn res(band: &str, participants: u32, job: Value, placements: Value, satisfaction: Value) -> Value {
    json!({
        "period": "p0", "target_group": "g", "age_band": band, "participants": participants,
        "job_or_education": job, "placements": placements, "satisfaction": satisfaction
    })
}

/// An offer for group g.
pub fn offer(id: &str, name: &str, results: Vec<Value>) -> Value {
    json!({
        "id": id, "provider": "prov", "name": {"da": name}, "category": "job_search",
        "target_groups": ["g"], "results": results
    })
}

/// `base()` with these offers.
pub fn with_offers(offers: Vec<Value>) -> Value {
    let mut v = base();
    v["offers"] = Value::Array(offers);
    v
}
