//! Newcombe's hybrid score interval against values computed by statsmodels
//! (tests/fixtures/newcombe_statsmodels.json, produced by scripts/newcombe_fixture.py), so the Rust
//! formula behind rule 10's "up / down / no certain change" is checked against another implementation.

use serde_json::Value;
use visitationsguide::domain::stats::newcombe;

#[test]
fn newcombe_matches_statsmodels() {
    let text = std::fs::read_to_string("tests/fixtures/newcombe_statsmodels.json").unwrap();
    let fixture: Value = serde_json::from_str(&text).unwrap();
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() >= 20, "the fixture lost its cases");
    let mut edges = 0;
    for case in cases {
        let get = |key: &str| case[key].as_f64().unwrap();
        let (share1, n1, share2, n2) = (get("share1"), get("n1") as u32, get("share2"), get("n2") as u32);
        let (low, high) = newcombe(share1, n1, share2, n2);
        let what = format!("{share1} of {n1} − {share2} of {n2}");
        assert!((low - get("low")).abs() < 1e-9, "{what}: low {low} vs statsmodels {}", get("low"));
        assert!((high - get("high")).abs() < 1e-9, "{what}: high {high} vs statsmodels {}", get("high"));
        if [share1, share2].iter().any(|&s| s == 0.0 || s == 1.0) || n1.min(n2) < 25 {
            edges += 1;
        }
    }
    assert!(edges >= 10, "the fixture keeps its edge cases (0/n, n/n, small n): {edges}");
}
