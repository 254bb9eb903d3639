//! The `snapshot` checker as a user runs it: exit codes, paths in messages, and no panics on any input.

use std::path::Path;
use std::process::{Command, Output};

fn snapshot(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_snapshot")).args(args).output().expect("the checker runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A panic exits with 101; a signal has no code. Either would be a crash.
fn assert_no_crash(o: &Output, what: &str) {
    assert!(
        matches!(o.status.code(), Some(0..=2)),
        "{what}: crashed with {:?}\n{}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn every_bad_fixture_exits_1_with_its_path() {
    let manifest = std::fs::read_to_string("tests/fixtures/bad/MANIFEST.tsv").unwrap();
    let rows: Vec<(&str, &str)> = manifest
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            (cols.next().unwrap(), cols.next().unwrap())
        })
        .collect();
    assert!(rows.len() >= 30, "the corpus needs at least 30 bad files, has {}", rows.len());
    for (file, path) in rows {
        let full = Path::new("tests/fixtures/bad").join(file);
        let out = snapshot(&["check", full.to_str().unwrap()]);
        assert_no_crash(&out, file);
        assert_eq!(out.status.code(), Some(1), "{file} should be invalid:\n{}", stdout(&out));
        let text = stdout(&out);
        let found = text.lines().any(|line| {
            line.strip_prefix(path)
                .is_some_and(|rest| rest.starts_with(": ") || rest.starts_with('.') || rest.starts_with('['))
        });
        assert!(found, "{file}: no problem at {path}; got:\n{text}");
    }
}

#[test]
fn good_fixtures_exit_0_with_a_summary() {
    for entry in std::fs::read_dir("tests/fixtures/good").unwrap() {
        let path = entry.unwrap().path();
        let out = snapshot(&["check", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{}: {}", path.display(), stdout(&out));
        assert!(stdout(&out).contains("valid"), "{}", stdout(&out));
        assert!(stdout(&out).contains("offers"));
    }
}

#[test]
fn usage_and_io_errors_exit_2() {
    for args in
        [&[][..], &["frobnicate"], &["check"], &["check", "/nonexistent/file.json"], &["rank", "x.json", "--age"]]
    {
        let out = snapshot(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let out = snapshot(&["rank", "tests/fixtures/good/minimal.json", "--group", "x", "--age", "7"]);
    assert_eq!(out.status.code(), Some(2), "age 7 is outside 15–99");
}

#[test]
fn hostile_files_never_crash_the_checker() {
    let dir = std::env::temp_dir().join(format!("vg-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut junk = Vec::with_capacity(1 << 16);
    let mut x: u32 = 12345;
    for _ in 0..(1 << 16) {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        junk.push((x >> 16) as u8);
    }
    let mut padded = b"{\"format\":\"visitationsguide-snapshot\",\"pad\":\"".to_vec();
    padded.resize(50 * 1024 * 1024, b'x');
    padded.extend_from_slice(b"\"}");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("junk", junk),
        ("deep", format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000)).into_bytes()),
        ("huge-number", b"{\"format\":\"visitationsguide-snapshot\",\"format_version\":1e400}".to_vec()),
        ("50mb", padded),
        ("nul", vec![0; 1000]),
    ];
    for (name, bytes) in cases {
        let file = dir.join(name);
        std::fs::write(&file, bytes).unwrap();
        let out = snapshot(&["check", file.to_str().unwrap()]);
        assert_no_crash(&out, name);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stdout(&out));
        assert!(!stdout(&out).trim().is_empty(), "{name}: says what is wrong");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn generated_snapshots_are_valid_and_rank() {
    let out = snapshot(&["generate", "--offers", "120", "--seed", "9"]);
    assert_eq!(out.status.code(), Some(0));
    let file = std::env::temp_dir().join(format!("vg-gen-{}.json", std::process::id()));
    std::fs::write(&file, &out.stdout).unwrap();
    let check = snapshot(&["check", file.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    let ranked = snapshot(&["rank", file.to_str().unwrap(), "--group", "kh-match2", "--age", "34", "--json"]);
    assert_eq!(ranked.status.code(), Some(0));
    let rows: serde_json::Value = serde_json::from_slice(&ranked.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert!(!rows.is_empty());
    for (i, row) in rows.iter().enumerate().filter(|(_, r)| !r["rank"].is_null()) {
        assert_eq!(row["rank"], serde_json::json!(i + 1));
        for key in ["offer", "provider", "band_used", "job_or_education", "placements", "satisfaction", "flags", "why"]
        {
            assert!(row.get(key).is_some(), "row {i} lacks {key}");
        }
    }
    std::fs::remove_file(&file).ok();
}
