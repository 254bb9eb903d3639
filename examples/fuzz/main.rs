//! The differential fuzzer, run for a chosen time:
//! `cargo run --release --example fuzz -- [--seconds 600] [--seed 1]`.
//! Prints executions, valid inputs, fast-path acceptances and every finding; each finding's input is
//! saved under `tests/fixtures/fuzz/` as a regression fixture (then `cargo test --test fuzz_validate`
//! replays it). Exit 1 when anything was found.

#[path = "engine.rs"]
mod fuzz_engine;

use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str, default: u64| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let (seconds, seed) = (value("--seconds", 60), value("--seed", 1));
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let seeds = fuzz_engine::corpus(root);
    // Findings are reported, not printed as panics.
    std::panic::set_hook(Box::new(|_| {}));
    let start = Instant::now();
    let limit = Duration::from_secs(seconds);
    let (execs, valid, fast, findings) = fuzz_engine::run(&seeds, seed, |_| start.elapsed() >= limit);
    let elapsed = start.elapsed().as_secs_f64();
    println!(
        "fuzz: {execs} executions in {elapsed:.0} s ({:.0}/s) from {} seeds, seed {seed}; {valid} valid, {fast} taken by the fast path; {} findings",
        execs as f64 / elapsed,
        seeds.len(),
        findings.len()
    );
    let dir = root.join("tests/fixtures/fuzz");
    for (i, finding) in findings.iter().enumerate() {
        let name = format!("finding-{seed}-{i}.json");
        println!("  {name}: {}", finding.what);
        if std::fs::create_dir_all(&dir).is_ok() {
            let _ = std::fs::write(dir.join(&name), &finding.input);
        }
    }
    if !findings.is_empty() {
        std::process::exit(1);
    }
}
