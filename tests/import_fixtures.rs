//! `snapshot import` on the fixtures of tests/fixtures/import/ (made by `cargo run --example
//! make_import_fixtures`): every good workbook and CSV folder gives the small snapshot, every bad one reports
//! its code at its sheet and cell, and no file, however broken, makes the importer panic.

mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use visitationsguide::domain::{parse_snapshot, Lang, Snapshot};
use visitationsguide::publish::cell::CellValue;
use visitationsguide::publish::read::{read_workbook, MAX_CELLS};
use visitationsguide::publish::{import_csv, import_workbook, Imported, Refused, Warning};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn snapshot(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_snapshot")).args(args).output().expect("the checker runs")
}

fn small() -> Snapshot {
    let bytes = std::fs::read(dir().join("small.json")).expect("small.json");
    parse_snapshot(&bytes, common::today()).expect("small.json is valid")
}

/// A folder's CSV files as the CLI reads them.
fn csv_files(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(folder)
        .expect("a folder")
        .map(|e| e.expect("an entry").path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    files
}

fn import(path: &Path) -> Result<Imported, Refused> {
    if path.is_dir() {
        import_csv(&csv_files(path), common::today())
    } else {
        import_workbook(&std::fs::read(path).expect("a fixture"), common::today())
    }
}

/// How the manifest names a place: `Sheet!A1`, `Sheet:row`, `Sheet`, or `-` for the whole file.
fn place(problem: &Value) -> String {
    match (&problem["sheet"], &problem["cell"], &problem["row"]) {
        (Value::Null, _, _) => "-".into(),
        (Value::String(sheet), Value::String(cell), _) => format!("{sheet}!{cell}"),
        (Value::String(sheet), _, Value::Number(row)) => format!("{sheet}:{row}"),
        (sheet, _, _) => sheet.as_str().unwrap_or_default().to_owned(),
    }
}

struct Row {
    fixture: String,
    code: String,
    place: String,
}

fn manifest() -> Vec<Row> {
    let text = std::fs::read_to_string(dir().join("bad/MANIFEST.tsv")).expect("the manifest");
    text.lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "manifest line {line:?}");
            Row { fixture: cols[0].into(), code: cols[1].into(), place: cols[2].into() }
        })
        .collect()
}

#[test]
fn every_good_fixture_imports_to_the_small_snapshot() {
    let want = small();
    let good = dir().join("good");
    let mut seen = 0;
    for entry in std::fs::read_dir(&good).unwrap() {
        let path = entry.unwrap().path();
        match import(&path) {
            Ok(imported) => assert_eq!(imported.snapshot, want, "{} imports to another snapshot", path.display()),
            Err(refused) => panic!("{} was refused:\n{}", path.display(), refused.lines(Lang::En).join("\n")),
        }
        seen += 1;
    }
    assert_eq!(seen, 6, "export.xlsx, export-csv, hand-made.xlsx, hand-made.ods, danish-excel-csv, comma-csv");
}

#[test]
fn the_hand_made_workbook_really_has_merged_cells_serial_dates_and_working_columns() {
    let bytes = std::fs::read(dir().join("good/hand-made.xlsx")).unwrap();
    let book = read_workbook(&bytes).unwrap();
    let results = book.sheets.iter().find(|s| s.name == "Resultater").unwrap();
    // The writer leaves the merged area's other cells empty; the reader fills them from the first.
    for number in [3, 4] {
        let row = results.rows.iter().find(|r| r.number == number).unwrap();
        assert_eq!(row.get(0), Some(&CellValue::Text("cbsi-intensiv".into())), "row {number}");
    }
    let offers = book.sheets.iter().find(|s| s.name == "Tilbud").unwrap();
    let cbsi = offers.rows.iter().find(|r| r.number == 2).unwrap();
    assert!(cbsi.cells.iter().any(|(_, v)| *v == CellValue::Number(40802.0)), "tilsyn_dato as a serial number");
    assert_eq!(book.others, ["Noter"]);
    let imported = import(&dir().join("good/hand-made.xlsx")).unwrap();
    let warned: Vec<&str> = imported.warnings.iter().map(Warning::code).collect();
    assert_eq!(warned, ["unknown-sheet", "unknown-column"]);
    assert!(imported.warnings[1].line(Lang::Da).contains("Tilbud!AB1"), "{:?}", imported.warnings[1]);
}

#[test]
fn every_bad_fixture_reports_its_code_at_its_place() {
    let rows = manifest();
    assert!(rows.len() >= 60, "the manifest lists {} fixtures", rows.len());
    for row in &rows {
        let path = dir().join("bad").join(&row.fixture);
        let out = snapshot(&["import", path.to_str().unwrap(), "--json"]);
        assert_eq!(out.status.code(), Some(1), "{}: {}", row.fixture, String::from_utf8_lossy(&out.stderr));
        let problems: Vec<Value> = serde_json::from_slice(&out.stdout).expect("a JSON array");
        assert!(
            problems.iter().any(|p| p["code"] == row.code.as_str() && place(p) == row.place),
            "{}: expected {} at {}, got {:?}",
            row.fixture,
            row.code,
            row.place,
            problems.iter().map(|p| format!("{}@{}", p["code"], place(p))).collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_manifest_lists_every_bad_fixture_once_and_covers_the_problem_classes() {
    let rows = manifest();
    let mut listed: Vec<&str> = rows.iter().map(|r| r.fixture.as_str()).collect();
    listed.sort();
    let mut on_disk: Vec<String> = std::fs::read_dir(dir().join("bad"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "MANIFEST.tsv")
        .collect();
    on_disk.sort();
    assert_eq!(listed, on_disk);
    let codes: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
    for class in [
        "missing-column",
        "missing-sheet",
        "share-above-one",
        "missing-figure",
        "missing-n",
        "unknown-provider",
        "unknown-offer",
        "duplicate-result",
        "not-offer-target-group",
        "n-above-participants",
        "bad-date",
        "formula-error",
        "not-a-workbook",
        "empty-workbook",
        "not-utf8",
        "unknown-code",
        "reason-and-number",
    ] {
        assert!(codes.contains(&class), "no fixture for {class}");
    }
}

#[test]
fn a_refused_import_writes_no_file() {
    let out = std::env::temp_dir().join(format!("vg-refused-{}.json", std::process::id()));
    let _ = std::fs::remove_file(&out);
    let bad = dir().join("bad/share-above-one.xlsx");
    let o = snapshot(&["import", bad.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!out.exists(), "a file was written for an invalid workbook");
    let good = dir().join("good/export.xlsx");
    let o = snapshot(&["import", good.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let written = std::fs::read(&out).unwrap();
    assert_eq!(parse_snapshot(&written, common::today()).unwrap(), small());
    std::fs::remove_file(&out).unwrap();
}

#[test]
fn messages_say_what_would_be_right_in_danish_by_default_and_english_on_request() {
    let bad = dir().join("bad/share-above-one.xlsx");
    let da = String::from_utf8(snapshot(&["import", bad.to_str().unwrap()]).stdout).unwrap();
    assert_eq!(
        da.trim_end(),
        "Resultater!F2 (offers[0].results[0].job_or_education.share): 1,4 er over 1 (job_uddannelse_andel). \
         Skriv en andel mellem 0 og 1, eller 140 %?"
    );
    let en = String::from_utf8(snapshot(&["import", bad.to_str().unwrap(), "--lang", "en"]).stdout).unwrap();
    assert!(en.contains("1.4 is above 1 (job_uddannelse_andel). Write a share between 0 and 1, or did you mean 140 %?"));
    let csv = dir().join("bad/share-above-one-csv");
    let da = String::from_utf8(snapshot(&["import", csv.to_str().unwrap()]).stdout).unwrap();
    assert!(da.starts_with("resultater.csv række 2, kolonne job_uddannelse_andel (offers[0].results[0]"), "{da}");
    let provider = dir().join("bad/unknown-provider.xlsx");
    let da = String::from_utf8(snapshot(&["import", provider.to_str().unwrap()]).stdout).unwrap();
    assert!(da.contains("Tilbud!B3 (offers[1].provider): leverandøren \"jobbro2\" findes ikke på arket Leverandører."));
}

#[test]
fn json_problems_carry_code_sheet_cell_row_column_path_and_message() {
    let bad = dir().join("bad/missing-n.xlsx");
    let out = snapshot(&["import", bad.to_str().unwrap(), "--json", "--lang", "en"]);
    let problems: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        problems,
        serde_json::json!([{
            "code": "missing-n", "sheet": "Resultater", "cell": "G3", "row": 3, "column": "job_uddannelse_n",
            "path": "offers[0].results[1].job_or_education.n",
            "message": "the count is missing (job_uddannelse_n): write how many people the share in job_uddannelse_andel is based on.",
        }])
    );
    let pdf = dir().join("bad/renamed-pdf.xlsx");
    let problems: Value =
        serde_json::from_slice(&snapshot(&["import", pdf.to_str().unwrap(), "--json"]).stdout).unwrap();
    assert_eq!(problems[0]["sheet"], Value::Null);
    assert_eq!(problems[0]["path"], Value::Null);
}

#[test]
fn usage_and_io_errors_exit_2() {
    let missing = dir().join("no-such-workbook.xlsx");
    for args in [
        vec!["import"],
        vec!["import", missing.to_str().unwrap()],
        vec!["import", "tests/fixtures/import/good/export-csv/tilbud.csv"],
        vec!["import", "tests/fixtures/import/good/export.xlsx", "--lang", "de"],
        vec!["import", "tests/fixtures/import/good/export.xlsx", "--bogus"],
        vec!["export", "public/data/snapshot.json"],
        vec!["template"],
    ] {
        let out = snapshot(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

/// Every way of breaking a good workbook that a disk, a mail program or an analyst can produce ends in
/// problems or a snapshot, never in a panic (a panic here fails the test).
#[test]
fn broken_workbooks_never_panic() {
    let mut inputs: Vec<Vec<u8>> = Vec::new();
    for name in ["good/export.xlsx", "good/hand-made.xlsx", "good/hand-made.ods"] {
        let bytes = std::fs::read(dir().join(name)).unwrap();
        for cut in (0..bytes.len()).step_by(bytes.len() / 40 + 1) {
            inputs.push(bytes[..cut].to_vec());
        }
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..60 {
            let mut flipped = bytes.clone();
            for _ in 0..8 {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                let at = (state >> 33) as usize % flipped.len();
                flipped[at] ^= (state >> 13) as u8 | 1;
            }
            inputs.push(flipped);
        }
    }
    inputs.push(Vec::new());
    inputs.push(b"PK\x03\x04".to_vec());
    inputs.push(vec![0u8; 10_000]);
    let mut outcomes = (0, 0);
    for input in &inputs {
        match import_workbook(input, common::today()) {
            Ok(_) => outcomes.0 += 1,
            Err(refused) => {
                assert!(!refused.problems.is_empty());
                outcomes.1 += 1;
            }
        }
    }
    assert!(outcomes.1 > inputs.len() / 2, "most broken files are refused: {outcomes:?}");
}

#[test]
fn broken_csv_never_panics() {
    let base = csv_files(&dir().join("good/danish-excel-csv"));
    let mut state = 7u64;
    for round in 0..200 {
        let mut files = base.clone();
        let i = round % files.len();
        let bytes = &mut files[i].1;
        for _ in 0..(round % 7 + 1) {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let at = (state >> 33) as usize % bytes.len().max(1);
            match state % 4 {
                0 if !bytes.is_empty() => {
                    let noise = b"\";\n\r,%-.";
                    bytes[at] = noise[(state >> 8) as usize % noise.len()];
                }
                1 => bytes.truncate(at),
                2 => bytes.splice(at..at, "\"æ\u{202e}1e400;;".bytes()).for_each(drop),
                _ => bytes.splice(at..at, [0xFF, 0xC3]).for_each(drop),
            }
        }
        let _ = import_csv(&files, common::today());
    }
}

/// 100,000 rows are read and every problem in them counted; 100 are listed, then "and N more".
#[test]
fn a_hundred_thousand_rows_are_read_and_their_problems_capped() {
    let mut files = csv_files(&dir().join("good/export-csv"));
    let mut results = String::from("tilbud;periode;målgruppe;aldersgruppe;deltagere;job_uddannelse_andel;job_uddannelse_n;virksomhedsplacering_andel;virksomhedsplacering_n;tilfredshed_andel;tilfredshed_n\n");
    for i in 0..100_000 {
        // Each row names an offer that is not on Tilbud.
        results.push_str(&format!("ukendt-{i};2011h1;dp-match1;alle;{};0,2;10;0,1;10;0,5;10\n", 10 + i % 5));
    }
    const { assert!(100_000 * 11 < MAX_CELLS) };
    let at = files.iter().position(|(n, _)| n == "resultater.csv").unwrap();
    files[at].1 = results.into_bytes();
    let refused = import_csv(&files, common::today()).unwrap_err();
    assert_eq!(refused.problems.len(), 100);
    assert_eq!(refused.total(), 100_000);
    assert!(refused.problems.iter().all(|p| p.code() == "unknown-offer"));
    assert_eq!(refused.problems[99].place.as_ref().and_then(|p| p.row), Some(101), "listed in row order");
    assert_eq!(refused.lines(Lang::Da).last().unwrap(), "… og 99900 problemer mere");
}
