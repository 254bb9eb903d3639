//! The differential fuzzer's engine, shared by `examples/fuzz/main.rs` (a long run for a chosen time) and
//! `tests/fuzz_validate.rs` (a short run and the regression fixtures in every `cargo test`).
//!
//! It mutates valid and invalid snapshots — dropped and duplicated keys, changed types, extreme
//! numbers, truncation, deep nesting, odd Unicode, swapped ids, flipped bytes — and checks for each
//! input that nothing panics, that the fast path accepts only what the full walker accepts (and
//! builds the same snapshot), that `parse_snapshot` answers as the walker does, and that the
//! ranking's invariants hold on every valid result.
#![allow(dead_code)]

use serde_json::{Map, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};
use visitationsguide::domain::generate::{generate, Options, SplitMix};
use visitationsguide::domain::rank::{compare, Estimate};
use visitationsguide::domain::validate::{parse_fast, parse_full};
use visitationsguide::domain::{parse_snapshot, rank, Age, Query, Snapshot};

pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date")
}

/// Seeds: the sample, the good and bad fixtures (small ones), and a few generated snapshots.
pub fn corpus(root: &std::path::Path) -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    seeds.push(std::fs::read(root.join("public/data/snapshot.json")).expect("the sample"));
    for dir in ["tests/fixtures/good", "tests/fixtures/bad", "tests/fixtures/fuzz"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths.into_iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
            if let Ok(bytes) = std::fs::read(&path) {
                if bytes.len() < 512 * 1024 {
                    seeds.push(bytes);
                }
            }
        }
    }
    for seed in 1..=4 {
        seeds.push(generate(Options { offers: 12, seed, references: seed % 2 == 0 }).to_string().into_bytes());
    }
    seeds
}

/// What one input showed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub valid: bool,
    pub fast_accepted: bool,
}

/// A finding: what went wrong on which input.
#[derive(Debug)]
pub struct Finding {
    pub what: String,
    pub input: Vec<u8>,
}

fn quiet<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "panic".into())
    })
}

/// The validator's JSON reader against serde_json: both read the same documents, to the same values
/// (numbers compared as f64; ours also reads numbers beyond f64, which serde_json refuses).
fn json_readers_agree(input: &[u8]) -> Result<(), String> {
    use visitationsguide::domain::validate::json::{parse, Json};
    fn to_serde(j: &Json) -> Option<Value> {
        Some(match j {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(raw) => Value::from(raw.parse::<f64>().ok().filter(|x| x.is_finite())?),
            Json::String(s) => Value::String(s.to_string()),
            Json::Array(items) => Value::Array(items.iter().map(to_serde).collect::<Option<_>>()?),
            Json::Object(o) => Value::Object(
                o.sorted().into_iter().map(|(k, v)| Some((k.to_owned(), to_serde(v)?))).collect::<Option<_>>()?,
            ),
        })
    }
    let arena = bumpalo::Bump::new();
    let ours = quiet(|| parse(input, &arena).map(|d| d.root)).map_err(|e| format!("json reader panicked: {e}"))?;
    /// Every number as an f64, so `-0`, `1E2` and `100` compare as the numbers they are.
    fn floats(v: Value) -> Value {
        match v {
            Value::Number(n) => n.as_f64().map_or(Value::Null, Value::from),
            Value::Array(items) => Value::Array(items.into_iter().map(floats).collect()),
            Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, floats(v))).collect()),
            other => other,
        }
    }
    let theirs = serde_json::from_slice::<Value>(input).map(floats);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => match to_serde(a) {
            Some(a) if same(&a, b) => Ok(()),
            Some(_) => Err("the JSON readers read different values".into()),
            None => Err("serde_json read a number ours cannot".into()),
        },
        (Err(e), Ok(_)) => Err(format!("ours refuses JSON serde_json reads: {e:?}")),
        // serde_json refuses numbers beyond f64 and nesting past 128 (ours too, as "too deep").
        (Ok(a), Err(e)) if e.to_string().contains("number out of range") && to_serde(a).is_none() => Ok(()),
        (Ok(_), Err(e)) => Err(format!("ours reads what serde_json refuses: {e}")),
        (Err(_), Err(_)) => Ok(()),
    }
}

/// Equal values; numbers to within a few units in the last place (serde_json's default float
/// parsing is not always correctly rounded, Rust's is).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap_or(f64::NAN), y.as_f64().unwrap_or(f64::NAN));
            x == y || (x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(y.abs())
        }
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|((kx, x), (ky, y))| kx == ky && same(x, y))
        }
        _ => a == b,
    }
}

/// Runs every check on one input.
pub fn check(input: &[u8]) -> Result<Outcome, String> {
    json_readers_agree(input)?;
    let today = today();
    let fast = quiet(|| parse_fast(input, today)).map_err(|e| format!("fast path panicked: {e}"))?;
    let full = quiet(|| parse_full(input, today)).map_err(|e| format!("walker panicked: {e}"))?;
    let public = quiet(|| parse_snapshot(input, today)).map_err(|e| format!("parse_snapshot panicked: {e}"))?;
    if let Some(fast) = &fast {
        match &full {
            Ok(walked) if walked == fast => {}
            Ok(_) => return Err("the fast path and the walker built different snapshots".into()),
            Err(invalid) => {
                let first = invalid.problems.first().map(|p| p.message(visitationsguide::domain::Lang::En));
                return Err(format!("the fast path accepted a file the walker refuses: {first:?}"));
            }
        }
    }
    if input.len() as u64 <= visitationsguide::domain::validate::MAX_BYTES && public != full {
        return Err("parse_snapshot and the walker answer differently".into());
    }
    if let Ok(snapshot) = &full {
        quiet(|| ranking_invariants(snapshot)).map_err(|e| format!("ranking panicked: {e}"))??;
    }
    Ok(Outcome { valid: full.is_ok(), fast_accepted: fast.is_some() })
}

/// Every suitable offer appears once, ranked or not; the ranked order is sorted by the committee's
/// comparison; every figure's share lies inside its interval within 0–1.
fn ranking_invariants(s: &Snapshot) -> Result<(), String> {
    for group in s.target_groups() {
        for age in [15u8, 24, 30, 34, 62, 99] {
            let query =
                Query { target_group: group.id.to_string(), age: Age::new(i64::from(age)).map_err(|e| e.to_string())? };
            let r = rank(s, &query).map_err(|e| e.to_string())?;
            let mut seen: Vec<_> = r.ranked.iter().map(|x| x.offer).chain(r.unranked.iter().map(|u| u.offer)).collect();
            let suitable = s.offers_indexed().filter(|(_, o)| o.is_suitable(r.target_group, age)).count();
            seen.sort();
            seen.dedup();
            if seen.len() != suitable || seen.len() != r.ranked.len() + r.unranked.len() {
                return Err(format!("{}/{age}: {} suitable, {} listed", group.id, suitable, seen.len()));
            }
            for pair in r.ranked.windows(2) {
                if compare(s, &pair[0], &pair[1]).is_gt() || pair[1].why.is_none() {
                    return Err(format!("{}/{age}: the order is not sorted or lacks a why", group.id));
                }
            }
            for x in &r.ranked {
                for f in &x.figures {
                    if let Estimate::Share { share, low, high, .. } = f.estimate {
                        if !(0.0 <= low && low <= share + 1e-12 && share <= high + 1e-12 && high <= 1.0) {
                            return Err(format!("{}/{age}: interval {low}..{high} around {share}", group.id));
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

/// Extreme numbers, written as text so they can be beyond what an f64 holds.
const NUMBERS: &[&str] = &[
    "1e400",
    "-1e400",
    "1e-400",
    "-0",
    "-0.0",
    "0",
    "1",
    "1.0",
    "0.5",
    "1.0000000001",
    "-1",
    "14",
    "15",
    "99",
    "100",
    "24",
    "25",
    "3.0",
    "4294967295",
    "4294967296",
    "18446744073709551616",
    "1E2",
    "0.99999999999999999999",
];

/// Strings that have broken parsers and renderers elsewhere.
const STRINGS: &[&str] = &[
    "",
    " ",
    "all",
    "a",
    "A",
    "\u{202e}evil",
    "\u{200b}",
    "e\u{301}",
    "\u{feff}",
    "\u{0}",
    "ℌ",
    "🧪",
    "2026-02-30",
    "2026-13-01",
    "26-01-01",
    "2026-01-01",
    "9999-12-31",
    "0000-01-01",
    "too_few",
    "happy",
    "sad",
    "external",
    "mentor",
    "p0",
    "p1",
    "g",
    "kh-match2",
    "30plus",
    "u30",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
];

/// Escapes a serde `Value` cannot hold; put into the text in place of a marker string.
const RAW_STRINGS: &[&str] = &["\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"a\\\"b\"", "\"\\/\""];

/// Every place in a value, as a path of keys and indices.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn places(value: &Value, path: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(path.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                path.push(Step::Key(k.clone()));
                places(v, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(Step::Index(i));
                places(v, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at<'v>(value: &'v mut Value, path: &[Step]) -> Option<&'v mut Value> {
    path.iter().try_fold(value, |v, step| match step {
        Step::Key(k) => v.get_mut(k.as_str()),
        Step::Index(i) => v.get_mut(*i),
    })
}

fn pick<'a, T>(rng: &mut SplitMix, items: &'a [T]) -> &'a T {
    &items[rng.below(items.len() as u64) as usize]
}

/// One mutation of `input`; the result may be anything, valid or not.
pub fn mutate(rng: &mut SplitMix, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let Ok(mut value) = serde_json::from_slice::<Value>(input) else {
        return mutate_bytes(rng, input);
    };
    let mut all = Vec::new();
    places(&value, &mut Vec::new(), &mut all);
    let path = pick(rng, &all).clone();
    let mut raw: Option<(String, String)> = None;
    match rng.below(12) {
        0 => {
            // Drop a key.
            if let (Some((Step::Key(k), parent)), true) = (path.split_last(), !path.is_empty()) {
                if let Some(Value::Object(map)) = at(&mut value, parent) {
                    map.remove(k);
                }
            }
        }
        1 => {
            // Duplicate a key (serde_json's map cannot hold it: written into the text).
            if let Some(Value::Object(map)) = at(&mut value, &path) {
                if let Some((k, v)) = map.iter().next().map(|(k, v)| (k.clone(), v.clone())) {
                    let marker = format!("__dup{}__", rng.next_u64());
                    map.insert(marker.clone(), Value::Null);
                    let dup = serde_json::to_string(&v).unwrap_or_default();
                    raw = Some((format!("\"{marker}\":null"), format!("\"{k}\":{dup}")));
                }
            }
        }
        2 => {
            // Change the type.
            if let Some(v) = at(&mut value, &path) {
                *v = match v {
                    Value::Number(n) => Value::String(n.to_string()),
                    Value::String(s) => s.parse::<f64>().map(Value::from).unwrap_or(Value::Bool(true)),
                    Value::Object(map) => Value::Array(map.values().cloned().collect()),
                    Value::Array(items) => Value::Object(
                        items.iter().enumerate().map(|(i, v)| (i.to_string(), v.clone())).collect::<Map<_, _>>(),
                    ),
                    Value::Bool(_) => Value::Null,
                    Value::Null => Value::from(0),
                };
            }
        }
        3 | 4 => {
            // An extreme or boundary number, as text.
            if let Some(v) = at(&mut value, &path) {
                let marker = format!("__num{}__", rng.next_u64());
                *v = Value::String(marker.clone());
                raw = Some((format!("\"{marker}\""), pick(rng, NUMBERS).to_string()));
            }
        }
        5 => {
            // An odd string.
            if let Some(v) = at(&mut value, &path) {
                if rng.chance(0.3) {
                    let marker = format!("__str{}__", rng.next_u64());
                    *v = Value::String(marker.clone());
                    raw = Some((format!("\"{marker}\""), pick(rng, RAW_STRINGS).to_string()));
                } else {
                    *v = Value::String(pick(rng, STRINGS).to_string());
                }
            }
        }
        6 => {
            // Deep nesting.
            if let Some(v) = at(&mut value, &path) {
                for _ in 0..rng.below(24) {
                    *v = if rng.chance(0.5) {
                        Value::Array(vec![v.take()])
                    } else {
                        serde_json::json!({ "x": v.take() })
                    };
                }
            }
        }
        7 => {
            // Copy a value from another place: duplicate ids, cross-wired references.
            let from = pick(rng, &all).clone();
            let copied = at(&mut value, &from).map(|v| v.clone());
            if let (Some(copied), Some(v)) = (copied, at(&mut value, &path)) {
                *v = copied;
            }
        }
        8 => {
            // Duplicate or drop an item of an array.
            if let Some(Value::Array(items)) = at(&mut value, &path) {
                if !items.is_empty() {
                    let i = rng.below(items.len() as u64) as usize;
                    if rng.chance(0.5) {
                        let copy = items[i].clone();
                        items.insert(i, copy);
                    } else {
                        items.remove(i);
                    }
                }
            }
        }
        9 => {
            // A key from another snapshot, or an unknown one.
            if let Some(Value::Object(map)) = at(&mut value, &path) {
                let donor = others.get(rng.below(others.len().max(1) as u64) as usize);
                let donor: Option<Value> = donor.and_then(|d| serde_json::from_slice(d).ok());
                let key =
                    ["en", "missing", "share", "n", "references", "note", "age", "x-extra"][rng.below(8) as usize];
                let val = donor.and_then(|d| d.get(key).cloned()).unwrap_or(Value::from(1));
                map.insert(key.to_owned(), val);
            }
        }
        _ => return mutate_bytes(rng, &serde_json::to_vec(&value).unwrap_or_default()),
    }
    let mut text = serde_json::to_string(&value).unwrap_or_default();
    if let Some((marker, replacement)) = raw {
        text = text.replacen(&marker, &replacement, 1);
    }
    text.into_bytes()
}

/// Byte-level damage: truncation, flips, insertions, a BOM.
fn mutate_bytes(rng: &mut SplitMix, input: &[u8]) -> Vec<u8> {
    let mut bytes = input.to_vec();
    if bytes.is_empty() {
        return b"{".to_vec();
    }
    let i = rng.below(bytes.len() as u64) as usize;
    match rng.below(5) {
        0 => bytes.truncate(i),
        1 => bytes[i] ^= 1 << rng.below(8),
        2 => bytes.insert(i, *pick(rng, b"{}[],:\"\\0123456789.eE-+ \t\n\x00\xff")),
        3 => {
            let mut with_bom = vec![0xEF, 0xBB, 0xBF];
            with_bom.extend_from_slice(&bytes);
            bytes = with_bom;
        }
        _ => {
            bytes.remove(i);
        }
    }
    bytes
}

/// Runs until `done()` says stop; returns (executions, valid inputs, fast-path acceptances, findings).
pub fn run(seeds: &[Vec<u8>], seed: u64, mut done: impl FnMut(u64) -> bool) -> (u64, u64, u64, Vec<Finding>) {
    let mut rng = SplitMix::new(seed);
    let mut pool: Vec<Vec<u8>> = seeds.to_vec();
    let (mut execs, mut valid, mut fast) = (0u64, 0u64, 0u64);
    let mut findings = Vec::new();
    while !done(execs) {
        let parent = pick(&mut rng, &pool).clone();
        let rounds = 1 + rng.below(3);
        let mut input = parent;
        for _ in 0..rounds {
            input = mutate(&mut rng, &input, seeds);
        }
        execs += 1;
        match check(&input) {
            Ok(outcome) => {
                valid += u64::from(outcome.valid);
                fast += u64::from(outcome.fast_accepted);
                // Keep some inputs to mutate further, favouring valid ones (they reach the deep rules).
                if (outcome.valid || rng.chance(0.02)) && pool.len() < 4096 && input.len() < 256 * 1024 {
                    pool.push(input);
                }
            }
            Err(what) => findings.push(Finding { what, input }),
        }
    }
    (execs, valid, fast, findings)
}
