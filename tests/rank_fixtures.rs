//! `snapshot rank public/data/snapshot.json --group G --age N --json` against an independent oracle.
//!
//! tests/fixtures/rank/queries.json lists the queries, each with a note saying what it exercises;
//! tests/fixtures/rank/expected.json is what scripts/reference_rank.py (a Python implementation of
//! ranking-rules.md written from the spec, Wilson intervals by statsmodels) computes for them. The
//! expected file records the command that produced it; regenerate it with that command when the
//! snapshot, the queries or the rules change, never by hand.

use serde_json::Value;
use sha2::{Digest, Sha256};
use std::process::Command;

const SNAPSHOT: &str = "public/data/snapshot.json";
const QUERIES: &str = "tests/fixtures/rank/queries.json";
const EXPECTED: &str = "tests/fixtures/rank/expected.json";
const CRITERIA: [&str; 3] = ["job_or_education", "placements", "satisfaction"];
const TOL: f64 = 1e-9;

fn load(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn expected() -> Value {
    load(EXPECTED)
}

/// The SHA-256 of a file's bytes, as lowercase hex (what `hashlib.sha256(raw).hexdigest()` writes).
fn sha256_hex(path: &str) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    format!("{:x}", Sha256::digest(&bytes))
}

fn queries(expected: &Value) -> &Vec<Value> {
    expected["queries"].as_array().expect("expected.json has a queries array")
}

fn label(q: &Value) -> String {
    format!("query {}/{} ({})", q["group"].as_str().unwrap(), q["age"], q["note"].as_str().unwrap_or(""))
}

fn tier_rank(tier: &str) -> u8 {
    match tier {
        "above" => 0,
        "in_line" => 1,
        "below" => 2,
        "unknown" => 3,
        other => panic!("unknown tier {other:?} in {EXPECTED}"),
    }
}

fn rust_rank(group: &str, age: u64) -> Vec<Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_snapshot"))
        .args(["rank", SNAPSHOT, "--group", group, "--age", &age.to_string(), "--json"])
        .output()
        .expect("the checker runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "snapshot rank {SNAPSHOT} --group {group} --age {age} --json failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Value = serde_json::from_slice(&out.stdout).expect("--json prints JSON");
    rows.as_array().expect("--json prints an array").clone()
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

/// Compares two optional numbers to `TOL`; both absent/null counts as equal.
fn close(got: &Value, want: &Value) -> bool {
    match (num(got), num(want)) {
        (Some(a), Some(b)) => (a - b).abs() <= TOL,
        (None, None) => got == want,
        _ => false,
    }
}

/// Every difference between the CLI's rows and one expected query, as readable lines.
fn differences(q: &Value, rows: &[Value]) -> Vec<String> {
    let mut errs = Vec::new();
    let ranked: Vec<&Value> = rows.iter().filter(|r| !r["rank"].is_null()).collect();
    let unranked: Vec<&Value> = rows.iter().filter(|r| r["rank"].is_null()).collect();
    if let Some(first_unranked) = rows.iter().position(|r| r["rank"].is_null()) {
        if rows[first_unranked..].iter().any(|r| !r["rank"].is_null()) {
            errs.push("a ranked row comes after an unranked one".into());
        }
    }
    let ranks: Vec<u64> = ranked.iter().map(|r| r["rank"].as_u64().unwrap_or(0)).collect();
    if ranks != (1..=ranked.len() as u64).collect::<Vec<_>>() {
        errs.push(format!("ranks are not 1..{}: {ranks:?}", ranked.len()));
    }

    let want_ranked = q["ranked"].as_array().unwrap();
    let got_ids: Vec<&str> = ranked.iter().map(|r| r["offer"].as_str().unwrap_or("?")).collect();
    let want_ids: Vec<&str> = want_ranked.iter().map(|r| r["offer"].as_str().unwrap()).collect();
    if got_ids != want_ids {
        errs.push(format!("ranked order:\n      rust     {got_ids:?}\n      expected {want_ids:?}"));
    }

    for want in want_ranked {
        let id = want["offer"].as_str().unwrap();
        let Some(got) = ranked.iter().find(|r| r["offer"] == want["offer"]) else {
            errs.push(format!("{id}: not ranked by rust"));
            continue;
        };
        if got["band_used"] != want["band_used"] {
            errs.push(format!("{id}: band_used rust {} vs expected {}", got["band_used"], want["band_used"]));
        }
        if got["participants"].as_u64() != want["participants"].as_u64() {
            errs.push(format!("{id}: participants rust {} vs expected {}", got["participants"], want["participants"]));
        }
        for c in CRITERIA {
            let (g, w, wt) = (&got[c], &want["figures"][c], &want["tiers"][c]);
            if g["tier"] != *wt {
                errs.push(format!(
                    "{id}.{c}: tier rust {} vs expected {wt} (rust city {}, interval {}..{}; expected city {})",
                    g["tier"], g["city"], g["low"], g["high"], w["city"]
                ));
            }
            if w.get("share").is_some() {
                for k in ["share", "low", "high", "city"] {
                    if !close(&g[k], &w[k]) {
                        errs.push(format!("{id}.{c}.{k}: rust {} vs expected {}", g[k], w[k]));
                    }
                }
                if g["n"].as_u64() != w["n"].as_u64() {
                    errs.push(format!("{id}.{c}.n: rust {} vs expected {}", g["n"], w["n"]));
                }
                if g["caution"] != w["caution"] {
                    errs.push(format!("{id}.{c}.caution: rust {} vs expected {}", g["caution"], w["caution"]));
                }
            } else {
                if g["missing"] != w["missing"] {
                    errs.push(format!("{id}.{c}: missing rust {} vs expected {}", g["missing"], w["missing"]));
                }
                if w.get("n").is_some() && g["n"].as_u64() != w["n"].as_u64() {
                    errs.push(format!("{id}.{c}: too_few n rust {} vs expected {}", g["n"], w["n"]));
                }
            }
        }
        let got_flags: Vec<&str> = got["flags"]
            .as_array()
            .map(|f| f.iter().map(|x| x["kind"].as_str().unwrap_or("?")).collect())
            .unwrap_or_default();
        let want_flags: Vec<&str> = want["flags"].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
        if got_flags != want_flags {
            errs.push(format!("{id}: flags rust {got_flags:?} vs expected {want_flags:?}"));
        }
    }

    let got_un: Vec<(&str, &str)> =
        unranked.iter().map(|r| (r["offer"].as_str().unwrap_or("?"), r["status"].as_str().unwrap_or("?"))).collect();
    let want_un: Vec<(&str, &str)> = q["unranked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["offer"].as_str().unwrap(), u["status"].as_str().unwrap()))
        .collect();
    if got_un != want_un {
        errs.push(format!("unranked (offer, status): rust {got_un:?} vs expected {want_un:?}"));
    }
    errs
}

#[test]
fn cli_ranking_matches_the_oracle_for_every_query() {
    let expected = expected();
    let qs = queries(&expected);
    let mut failures = Vec::new();
    for q in qs {
        let rows = rust_rank(q["group"].as_str().unwrap(), q["age"].as_u64().unwrap());
        let errs = differences(q, &rows);
        if !errs.is_empty() {
            failures.push(format!("{}:\n    {}", label(q), errs.join("\n    ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} queries differ from {EXPECTED}:\n\n{}\n\nThe expected file is the oracle's output ({}). If {SNAPSHOT}, \
         the queries or ranking-rules.md changed on purpose, regenerate it with that command; otherwise the ranking changed.",
        failures.len(),
        qs.len(),
        failures.join("\n\n"),
        expected["command"].as_str().unwrap_or("see its header"),
    );
}

#[test]
fn the_fixture_is_current_and_records_its_origin() {
    let expected = expected();
    for key in ["produced_by", "command", "statsmodels", "snapshot", "snapshot_sha256"] {
        assert!(expected[key].as_str().is_some_and(|s| !s.is_empty()), "{EXPECTED} does not record {key}");
    }
    let command = expected["command"].as_str().unwrap();
    assert_eq!(expected["snapshot"], SNAPSHOT);
    for path in [SNAPSHOT, QUERIES, EXPECTED] {
        assert!(
            command.split_whitespace().any(|word| word == path),
            "{EXPECTED}: the recorded command `{command}` does not name {path}"
        );
    }

    // The snapshot the oracle ranked is the one in the repository, byte for byte.
    let recorded_sha = expected["snapshot_sha256"].as_str().unwrap();
    let actual_sha = sha256_hex(SNAPSHOT);
    assert_eq!(
        recorded_sha, actual_sha,
        "{EXPECTED} is stale: it was computed from a {SNAPSHOT} with SHA-256 {recorded_sha}, the file now has \
         {actual_sha}. Regenerate it with `{command}`"
    );

    // The queries the oracle ran are the ones listed, with the same notes (it copies each note;
    // it records no hash of the queries file, so they are compared one by one).
    let entry = |q: &Value| {
        (
            q["group"].as_str().unwrap().to_owned(),
            q["age"].as_u64().unwrap(),
            q["note"].as_str().unwrap_or("").to_owned(),
        )
    };
    let listed: Vec<(String, u64, String)> =
        load(QUERIES).as_array().expect("queries.json is an array").iter().map(entry).collect();
    let recorded: Vec<(String, u64, String)> = queries(&expected).iter().map(entry).collect();
    assert_eq!(listed, recorded, "{EXPECTED} is stale ({QUERIES} changed): regenerate it with `{command}`");
    assert!(listed.len() >= 8, "the fixture needs at least 8 queries, has {}", listed.len());
    for q in queries(&expected) {
        assert!(q["note"].as_str().is_some_and(|n| n.len() > 20), "{}: say what the query exercises", label(q));
    }
}

/// The cases the fixture exists for must stay in it: a fallback from a too-small age band to all
/// ages (rule 3), and two adjacent offers in the same job tier ordered by placements (rule 6).
#[test]
fn the_fixture_keeps_a_fallback_and_a_placements_tie_break() {
    let expected = expected();
    let snapshot = load(SNAPSHOT);
    let current = snapshot["periods"][0]["id"].clone();

    // Fallback: the citizen's age is in a band, the offer has a result for that band with fewer
    // than 25 participants, and the figures used are the all-ages ones.
    let mut fallbacks = Vec::new();
    for q in queries(&expected) {
        let Some(band) = q["citizen_band"].as_str() else {
            continue;
        };
        for r in q["ranked"].as_array().unwrap().iter().filter(|r| r["band_used"] == "all") {
            let offer = snapshot["offers"].as_array().unwrap().iter().find(|o| o["id"] == r["offer"]).unwrap();
            let small_band = offer["results"].as_array().unwrap().iter().any(|res| {
                res["period"] == current
                    && res["target_group"] == q["group"]
                    && res["age_band"] == band
                    && res["participants"].as_u64().unwrap() < 25
            });
            if small_band {
                fallbacks.push(format!("{} in {}", r["offer"], label(q)));
            }
        }
    }
    assert!(!fallbacks.is_empty(), "no query in {EXPECTED} falls back from a too-small age band to all ages");

    // Placements tie-break: adjacent ranked offers with the same job tier, the first with a
    // strictly better placements tier.
    let mut ties = Vec::new();
    for q in queries(&expected) {
        for pair in q["ranked"].as_array().unwrap().windows(2) {
            let (a, b) = (&pair[0]["tiers"], &pair[1]["tiers"]);
            let job = |t: &Value| tier_rank(t["job_or_education"].as_str().unwrap());
            let plc = |t: &Value| tier_rank(t["placements"].as_str().unwrap());
            if job(a) == job(b) && job(a) < 3 && plc(a) < plc(b) {
                ties.push(format!("{} before {} in {}", pair[0]["offer"], pair[1]["offer"], label(q)));
            }
        }
    }
    assert!(!ties.is_empty(), "no query in {EXPECTED} has adjacent offers in one job tier ordered by placements");
}
