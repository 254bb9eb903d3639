//! Native benchmarks of the pipeline, phase by phase, at 1,000 / 10,000 / 100,000 offers:
//! serde_json's `Value` (a reference for "just parsing JSON"), the fast path (what a valid file
//! costs), the full walker (what an invalid file costs), and ranking kh-match2 / 34.
//! `cargo bench --bench pipeline` (or `scripts/bench.sh`); criterion prints each with how it grows.
//! 100,000 offers is past the format's 32 MiB limit, so it is read below that check, for growth only.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::Duration;
use visitationsguide::domain::generate::{generate, Options};
use visitationsguide::domain::validate::{parse_fast, parse_full};
use visitationsguide::domain::{rank, Age, Query};

fn pipeline(c: &mut Criterion) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    let sizes: &[usize] =
        if std::env::var_os("VG_BENCH_QUICK").is_some() { &[1_000, 10_000] } else { &[1_000, 10_000, 100_000] };
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10).measurement_time(Duration::from_secs(2)).warm_up_time(Duration::from_millis(500));
    for &offers in sizes {
        let bytes = generate(Options { offers, seed: 7, references: true }).to_string().into_bytes();
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::new("serde_value", offers), &bytes, |b, bytes| {
            b.iter(|| serde_json::from_slice::<serde_json::Value>(bytes).map(|_| ()))
        });
        group.bench_with_input(BenchmarkId::new("fast_path", offers), &bytes, |b, bytes| {
            b.iter(|| parse_fast(bytes, today).expect("the fast path takes a generated file"))
        });
        group.bench_with_input(BenchmarkId::new("full_walker", offers), &bytes, |b, bytes| {
            b.iter(|| parse_full(bytes, today).expect("a generated file is valid"))
        });
        let snapshot = parse_fast(&bytes, today).expect("valid");
        let query = Query { target_group: "kh-match2".into(), age: Age::new(34).expect("an age") };
        group.bench_with_input(BenchmarkId::new("rank", offers), &snapshot, |b, s| b.iter(|| rank(s, &query)));
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
