//! The Wilson interval against values computed by statsmodels (tests/fixtures/wilson_statsmodels.json,
//! produced by scripts/wilson_fixture.py), so the Rust formula is checked against another implementation.

use serde_json::Value;
use visitationsguide::domain::stats::wilson;

#[test]
fn wilson_matches_statsmodels() {
    let text = std::fs::read_to_string("tests/fixtures/wilson_statsmodels.json").unwrap();
    let fixture: Value = serde_json::from_str(&text).unwrap();
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() >= 20, "the fixture lost its cases");
    for case in cases {
        let share = case["share"].as_f64().unwrap();
        let n = case["n"].as_u64().unwrap() as u32;
        let (low, high) = wilson(share, n);
        let (want_low, want_high) = (case["low"].as_f64().unwrap(), case["high"].as_f64().unwrap());
        assert!((low - want_low).abs() < 1e-12, "share {share} n {n}: low {low} vs statsmodels {want_low}");
        assert!((high - want_high).abs() < 1e-12, "share {share} n {n}: high {high} vs statsmodels {want_high}");
    }
}
