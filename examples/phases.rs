//! Per-phase timings of one snapshot file, in process, as JSON: the fast path (what `snapshot check`
//! and the app run on a valid file), the full walker, serde_json's `Value` as a reference, and
//! ranking kh-match2 / 34. Used by `scripts/bench_native.py`:
//! `cargo run --release --example phases -- FILE [RUNS]`.
use std::time::Instant;
use visitationsguide::domain::validate::{parse_fast, parse_full};
use visitationsguide::domain::{rank, Age, Query};

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn time<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let out = f();
    (out, t.elapsed().as_secs_f64() * 1000.0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: phases FILE [RUNS]");
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let bytes = std::fs::read(&path).expect("a readable file");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    let (mut fast, mut full, mut value, mut ranking) = (vec![], vec![], vec![], vec![]);
    let mut accepted = true;
    for _ in 0..runs {
        let (v, ms) = time(|| serde_json::from_slice::<serde_json::Value>(&bytes).is_ok());
        value.push(ms);
        let (s, ms) = time(|| parse_fast(&bytes, today));
        fast.push(ms);
        accepted &= v && s.is_some();
        let (walked, ms) = time(|| parse_full(&bytes, today));
        full.push(ms);
        let snapshot = walked.expect("a valid file");
        assert!(s.as_ref().is_none_or(|s| *s == snapshot), "the fast path and the walker disagree on {path}");
        let query = Query { target_group: "kh-match2".into(), age: Age::new(34).expect("an age") };
        let (_, ms) = time(|| rank(&snapshot, &query));
        ranking.push(ms);
    }
    println!(
        "{{\"file\":{path:?},\"bytes\":{},\"fast_path_accepted\":{accepted},\"fast_ms\":{:.3},\"walker_ms\":{:.3},\"serde_value_ms\":{:.3},\"rank_ms\":{:.3}}}",
        bytes.len(),
        median(fast),
        median(full),
        median(value),
        median(ranking)
    );
}
