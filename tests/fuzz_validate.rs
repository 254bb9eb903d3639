//! The differential fuzzer in every `cargo test`: the regression fixtures it found, then a short run.
//! The long run is `cargo run --release --example fuzz -- --seconds 600` (README, "Benchmarks and fuzzing").

#[path = "../examples/fuzz/engine.rs"]
mod fuzz_engine;

#[test]
fn every_saved_finding_now_passes_every_check() {
    let dir = std::path::Path::new("tests/fixtures/fuzz");
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        let input = std::fs::read(&path).unwrap();
        if let Err(what) = fuzz_engine::check(&input) {
            panic!("{}: {what}", path.display());
        }
    }
}

#[test]
fn a_short_differential_run_finds_nothing() {
    let seeds = fuzz_engine::corpus(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(seeds.len() > 70, "the corpus holds the sample, the fixtures and generated snapshots");
    let (execs, valid, fast, findings) = fuzz_engine::run(&seeds, 7, |n| n >= 2000);
    let report: Vec<String> = findings.iter().map(|f| f.what.clone()).collect();
    assert!(findings.is_empty(), "{report:#?}");
    // The mutations must reach both paths, or the run proves nothing.
    assert!(valid > 20 && fast > 10 && execs - valid > 1000, "{execs} runs, {valid} valid, {fast} fast");
}

#[test]
fn the_fast_path_takes_the_sample_and_generated_files() {
    let today = fuzz_engine::today();
    let sample = std::fs::read("public/data/snapshot.json").unwrap();
    assert!(visitationsguide::domain::validate::parse_fast(&sample, today).is_some());
    let generated = visitationsguide::domain::generate::generate(visitationsguide::domain::generate::Options {
        offers: 300,
        seed: 7,
        references: true,
    })
    .to_string();
    assert!(visitationsguide::domain::validate::parse_fast(generated.as_bytes(), today).is_some());
}
