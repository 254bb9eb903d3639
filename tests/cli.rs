//! The `snapshot` checker as a user runs it: exit codes, paths in messages, and no panics on any input.

use std::path::Path;
use std::process::{Command, Output};

fn snapshot(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_snapshot")).args(args).output().expect("the checker runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Whether some line of `text` reports a problem at the JSON path `path` (or inside it).
fn names_path(text: &str, path: &str) -> bool {
    text.lines().any(|line| {
        line.strip_prefix(path)
            .is_some_and(|rest| rest.starts_with(": ") || rest.starts_with('.') || rest.starts_with('['))
    })
}

fn json_file(file: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The one line `snapshot check` prints for a valid file, computed from the file's own contents:
/// `{file}: valid — published {date} by {publisher:?}; {n} periods (current: {id}), {n} offers, {n} providers,
/// {n} target groups`. The current period is the first (periods are listed newest first).
fn expected_summary(file: &str) -> String {
    let v = json_file(file);
    let count = |key: &str| v[key].as_array().unwrap_or_else(|| panic!("{file}: no {key} array")).len();
    format!(
        "{file}: valid — published {} by {:?}; {} periods (current: {}), {} offers, {} providers, {} target groups",
        v["published"].as_str().expect("published"),
        v["publisher"].as_str().expect("publisher"),
        count("periods"),
        v["periods"][0]["id"].as_str().expect("periods[0].id"),
        count("offers"),
        count("providers"),
        count("target_groups"),
    )
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
        assert!(names_path(&text, path), "{file}: no problem at {path}; got:\n{text}");
    }
}

#[test]
fn good_fixtures_exit_0_with_a_summary() {
    let mut checked = 0;
    for entry in std::fs::read_dir("tests/fixtures/good").unwrap() {
        let path = entry.unwrap().path();
        let file = path.to_str().unwrap();
        let out = snapshot(&["check", file]);
        assert_eq!(out.status.code(), Some(0), "{file}: {}", stdout(&out));
        let text = stdout(&out);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1, "{file}: one summary line, got:\n{text}");
        let line = lines[0];
        assert!(line.starts_with(&format!("{file}: valid — published ")), "{file}: not a valid-file summary: {line}");
        let offers = json_file(file)["offers"].as_array().unwrap().len();
        assert!(
            line.contains(&format!(", {offers} offers, ")),
            "{file}: the summary should count {offers} offers: {line}"
        );
        assert_eq!(line, expected_summary(file), "{file}: the summary names what is in the file");
        assert!(stderr(&out).is_empty(), "{file}: nothing on stderr: {}", stderr(&out));
        checked += 1;
    }
    assert!(checked >= 2, "tests/fixtures/good should hold at least two valid files, has {checked}");
}

#[test]
fn usage_and_io_errors_exit_2() {
    for args in
        [&[][..], &["frobnicate"], &["check"], &["check", "/nonexistent/file.json"], &["rank", "x.json", "--age"]]
    {
        let out = snapshot(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.starts_with("snapshot: ") && err.contains("\nusage:\n"),
            "{args:?}: says what is wrong, then the usage:\n{err}"
        );
        assert!(stdout(&out).is_empty(), "{args:?}: nothing on stdout, got:\n{}", stdout(&out));
    }
    let out = snapshot(&["check", "/nonexistent/file.json"]);
    assert!(
        stderr(&out).contains("cannot open /nonexistent/file.json"),
        "an I/O error names the file:\n{}",
        stderr(&out)
    );

    // A group the file has, so that only the age can be what is refused.
    let ok = snapshot(&["rank", "tests/fixtures/good/minimal.json", "--group", "dp-match1", "--age", "34"]);
    assert_eq!(ok.status.code(), Some(0), "the same command with age 34 works:\n{}", stderr(&ok));
    let out = snapshot(&["rank", "tests/fixtures/good/minimal.json", "--group", "dp-match1", "--age", "7"]);
    assert_eq!(out.status.code(), Some(2), "age 7 is outside 15–99");
    assert!(
        stderr(&out).contains("age") && stderr(&out).contains("15"),
        "the message is about the age:\n{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty(), "no ranking is printed for age 7:\n{}", stdout(&out));
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
    // Each case with the JSON path its problem must be reported at.
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("junk", junk, "$"),
        ("deep", format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000)).into_bytes(), "$"),
        (
            "huge-number",
            b"{\"format\":\"visitationsguide-snapshot\",\"format_version\":1e400}".to_vec(),
            "format_version",
        ),
        ("50mb", padded, "$"),
        ("nul", vec![0; 1000], "$"),
    ];
    for (name, bytes, path) in cases {
        let file = dir.join(name);
        std::fs::write(&file, bytes).unwrap();
        let out = snapshot(&["check", file.to_str().unwrap()]);
        assert_no_crash(&out, name);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stdout(&out));
        let text = stdout(&out);
        assert!(!text.trim().is_empty(), "{name}: says what is wrong");
        assert!(names_path(&text, path), "{name}: says what is wrong at {path}; got:\n{text}");
        assert!(!text.contains(": valid — "), "{name}: never called valid:\n{text}");
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
    let summary = stdout(&check);
    assert!(
        summary.starts_with(&format!("{}: valid — published ", file.display())) && summary.contains(", 120 offers, "),
        "the summary names the file and its 120 offers: {summary}"
    );
    let ranked = snapshot(&["rank", file.to_str().unwrap(), "--group", "kh-match2", "--age", "34", "--json"]);
    assert_eq!(ranked.status.code(), Some(0));
    let rows: serde_json::Value = serde_json::from_slice(&ranked.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(
        rows.iter().any(|r| !r["rank"].is_null()),
        "a 120-offer snapshot ranks at least one offer for kh-match2/34"
    );
    for (i, row) in rows.iter().enumerate().filter(|(_, r)| !r["rank"].is_null()) {
        assert_eq!(row["rank"], serde_json::json!(i + 1));
        for key in ["offer", "provider", "band_used", "job_or_education", "placements", "satisfaction", "flags", "why"]
        {
            assert!(row.get(key).is_some(), "row {i} lacks {key}");
        }
    }
    std::fs::remove_file(&file).ok();
}
