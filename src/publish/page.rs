//! The publisher page's model, in plain Rust: which files were given and how to read them, what the import
//! and the full checker made of them, the problems as table rows, and the diff grouped by section as
//! `snapshot diff` prints it. The page (`ui/publish/`) reads the files and renders this; it is tested natively.

use super::diff::{Diff, Section};
use super::json_text::pretty;
use super::problem::{ImportProblem, Issue, Place, Warning};
use super::read::MAX_INPUT_BYTES;
use super::words::{preview_mark, words};
use super::{import_csv, import_workbook, Imported, Refused};
use crate::domain::validate::MAX_BYTES;
use crate::domain::{parse_snapshot, Invalid, Lang, Snapshot};
use chrono::NaiveDate;

/// What kind of input the chosen files are, judged by their names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Given {
    /// One snapshot file (`.json`).
    Json,
    /// One workbook (`.xlsx`, `.ods`; any other name is tried as one and reported if it is not).
    Workbook,
    /// The template's CSV files (one or more `.csv`).
    Csv,
}

/// Files the page cannot take as one input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unusable {
    /// CSV files together with a workbook or a snapshot file.
    Mixed,
    /// More than one workbook or snapshot file.
    OneAtATime,
}

impl Given {
    /// Judges the chosen files by their names; `None` for no files.
    pub fn of(names: &[&str]) -> Option<Result<Given, Unusable>> {
        let kind = |name: &str| {
            let lower = name.to_lowercase();
            if lower.ends_with(".csv") {
                Given::Csv
            } else if lower.ends_with(".json") {
                Given::Json
            } else {
                Given::Workbook
            }
        };
        let first = kind(names.first()?);
        let all_csv = names.iter().all(|n| kind(n) == Given::Csv);
        Some(match (first, names.len()) {
            _ if all_csv => Ok(Given::Csv),
            _ if names.iter().any(|n| kind(n) == Given::Csv) => Err(Unusable::Mixed),
            (kind, 1) => Ok(kind),
            _ => Err(Unusable::OneAtATime),
        })
    }

    /// The largest file (for CSV: all files together) read at all; a larger one is refused unread.
    pub fn limit(self) -> u64 {
        match self {
            Given::Json => MAX_BYTES,
            Given::Workbook | Given::Csv => MAX_INPUT_BYTES,
        }
    }
}

/// What the checker made of the files.
#[derive(Debug)]
pub enum Checked {
    /// A valid snapshot: the file's exact text (what the download holds) and the checked value.
    Valid { text: String, snapshot: Box<Snapshot>, warnings: Vec<Warning> },
    /// Every problem (the first `MAX_PROBLEMS`) and how many more.
    Refused { problems: Vec<ImportProblem>, more: usize, warnings: Vec<Warning> },
}

impl Checked {
    /// Files of `bytes` in all, over `given.limit()`: refused before they are read.
    pub fn too_large(given: Given, bytes: u64) -> Checked {
        match given {
            Given::Json => Checked::from_invalid(Invalid::too_large(bytes)),
            Given::Workbook | Given::Csv => Checked::Refused {
                problems: vec![ImportProblem {
                    issue: Issue::FileTooLarge { bytes, limit: MAX_INPUT_BYTES },
                    place: None,
                    path: None,
                }],
                more: 0,
                warnings: Vec::new(),
            },
        }
    }

    /// Runs the import and the full checker, as `snapshot import` and `snapshot check` do.
    pub fn run(given: Given, files: &[(String, Vec<u8>)], today: NaiveDate) -> Checked {
        let imported = match (given, files) {
            (Given::Csv, files) => import_csv(files, today),
            (Given::Workbook, [(_, bytes)]) => import_workbook(bytes, today),
            (Given::Json, [(_, bytes)]) => {
                return match parse_snapshot(bytes, today) {
                    // Valid JSON is UTF-8, so the text is the very bytes the checker passed.
                    Ok(snapshot) => match String::from_utf8(bytes.clone()) {
                        Ok(text) => Checked::Valid { text, snapshot: Box::new(snapshot), warnings: Vec::new() },
                        Err(_) => Checked::single(Issue::NotUtf8),
                    },
                    Err(invalid) => Checked::from_invalid(invalid),
                };
            }
            // `Given::of` says one file for these; anything else is a caller's mistake, shown as a refusal.
            (Given::Workbook | Given::Json, _) => return Checked::single(Issue::EmptyWorkbook { csv: false }),
        };
        match imported {
            Ok(Imported { text, snapshot, warnings }) => {
                Checked::Valid { text, snapshot: Box::new(snapshot), warnings }
            }
            Err(Refused { problems, more, warnings }) => Checked::Refused { problems, more, warnings },
        }
    }

    fn single(issue: Issue) -> Checked {
        Checked::Refused { problems: vec![ImportProblem { issue, place: None, path: None }], more: 0, warnings: vec![] }
    }

    /// A snapshot file's problems, as the import names the checker's: by JSON path, code `snapshot-rule`.
    fn from_invalid(invalid: Invalid) -> Checked {
        let problems = invalid
            .problems
            .into_iter()
            .map(|p| ImportProblem { issue: Issue::Rule(p.kind), place: None, path: Some(p.path.to_string()) })
            .collect();
        Checked::Refused { problems, more: invalid.more, warnings: Vec::new() }
    }
}

/// The snapshot the guide opens as a preview: the same figures, with the publisher's name marked
/// (`FORHÅNDSVISNING, ikke offentliggjort / PREVIEW, not published – …`), so the guide's footer says it is a
/// preview — and says so again should the guide ever show it as its saved figures. Checked again; `None` if
/// the marked file would not be valid (it always is, as the publisher is free text).
pub fn preview_text(text: &str, today: NaiveDate) -> Option<String> {
    let mut json: serde_json::Value = serde_json::from_str(text).ok()?;
    let publisher = json.get("publisher")?.as_str()?;
    let marked = format!("{} – {publisher}", preview_mark());
    json["publisher"] = marked.into();
    let out = pretty(&json);
    parse_snapshot(out.as_bytes(), today).ok()?;
    Some(out)
}

/// One row of the problems table: each field as the page shows it, empty where it does not apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemRow {
    pub code: &'static str,
    /// The sheet's name, or the CSV file's.
    pub sheet: String,
    /// The cell's address as a spreadsheet shows it (`F14`), for a CSV file too.
    pub cell: String,
    pub row: String,
    /// The column's header as the file writes it.
    pub column: String,
    pub path: String,
    pub message: String,
}

impl ProblemRow {
    pub fn of(problem: &ImportProblem, lang: Lang) -> ProblemRow {
        let place = problem.place.as_ref();
        let text = |f: fn(&Place) -> Option<String>| place.and_then(f).unwrap_or_default();
        ProblemRow {
            code: problem.code(),
            sheet: text(|p| Some(p.sheet.clone())),
            cell: text(Place::cell),
            row: text(|p| p.row.map(|r| r.to_string())),
            column: text(|p| p.column.clone()),
            path: problem.path.clone().unwrap_or_default(),
            message: problem.issue.describe(lang),
        }
    }
}

/// One section of the diff, as `snapshot diff` heads it, with its changes one a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiffSection {
    pub section: Section,
    pub title: &'static str,
    pub lines: Vec<String>,
}

/// The diff's changes grouped under their sections, the most important first.
pub fn diff_sections(diff: &Diff<'_>, lang: Lang) -> Vec<DiffSection> {
    let mut out: Vec<DiffSection> = Vec::new();
    for change in &diff.changes {
        let section = change.section();
        if out.last().is_none_or(|s| s.section != section) {
            out.push(DiffSection { section, title: words(lang).diff_section(section), lines: Vec::new() });
        }
        if let Some(last) = out.last_mut() {
            last.lines.push(diff.message(change, lang));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::diff::diff;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
    }

    fn sample() -> Vec<u8> {
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/snapshot.json")).unwrap()
    }

    #[test]
    fn the_pages_template_download_is_current() {
        let committed = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/publish/skabelon.xlsx")).unwrap();
        assert!(
            committed == crate::publish::template::empty().unwrap(),
            "src/publish/skabelon.xlsx (publish.html's template download) is stale: \
             run `cargo run --bin snapshot -- template -o src/publish/skabelon.xlsx`"
        );
    }

    #[test]
    fn files_are_judged_by_their_names() {
        assert_eq!(Given::of(&[]), None);
        assert_eq!(Given::of(&["tal.XLSX"]), Some(Ok(Given::Workbook)));
        assert_eq!(Given::of(&["rapport.pdf"]), Some(Ok(Given::Workbook)));
        assert_eq!(Given::of(&["snapshot.json"]), Some(Ok(Given::Json)));
        assert_eq!(Given::of(&["tilbud.csv", "Resultater.CSV"]), Some(Ok(Given::Csv)));
        assert_eq!(Given::of(&["tilbud.csv", "tal.xlsx"]), Some(Err(Unusable::Mixed)));
        assert_eq!(Given::of(&["a.xlsx", "b.ods"]), Some(Err(Unusable::OneAtATime)));
        assert_eq!(Given::of(&["a.json", "b.json"]), Some(Err(Unusable::OneAtATime)));
    }

    #[test]
    fn the_sample_workbook_and_snapshot_are_valid_and_the_same() {
        let book = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/snapshot.xlsx")).unwrap();
        let Checked::Valid { text, .. } = Checked::run(Given::Workbook, &[("s.xlsx".into(), book)], today()) else {
            panic!("the sample workbook is valid");
        };
        // The same data (an integer share may be written `1` rather than `1.0`).
        assert_eq!(parse_snapshot(text.as_bytes(), today()).unwrap(), parse_snapshot(&sample(), today()).unwrap());
        let Checked::Valid { text, .. } = Checked::run(Given::Json, &[("s.json".into(), sample())], today()) else {
            panic!("the sample snapshot is valid");
        };
        assert_eq!(text.as_bytes(), sample());
    }

    #[test]
    fn nothing_panics_on_files_that_are_not_what_they_say() {
        let inputs: [&[u8]; 4] = [b"", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", b"PK\x03\x04garbage", b"\xff\xfe{"];
        for bytes in inputs {
            for given in [Given::Json, Given::Workbook, Given::Csv] {
                let name = match given {
                    Given::Json => "x.json",
                    Given::Workbook => "x.xlsx",
                    Given::Csv => "tilbud.csv",
                };
                match Checked::run(given, &[(name.into(), bytes.to_vec())], today()) {
                    Checked::Refused { problems, .. } => assert!(!problems.is_empty(), "{given:?} {bytes:?}"),
                    Checked::Valid { .. } => panic!("{given:?} {bytes:?} is not a snapshot"),
                }
            }
        }
    }

    #[test]
    fn a_preview_has_the_same_figures_and_says_it_is_one() {
        let text = String::from_utf8(sample()).unwrap();
        let preview = preview_text(&text, today()).unwrap();
        let (old, new) =
            (parse_snapshot(&sample(), today()).unwrap(), parse_snapshot(preview.as_bytes(), today()).unwrap());
        assert!(new.publisher().starts_with("FORHÅNDSVISNING, ikke offentliggjort / PREVIEW, not published – "));
        assert!(new.publisher().ends_with(old.publisher()));
        assert!(diff(&old, &new).changes.is_empty(), "only the publisher's name differs");
        assert_eq!(preview_text("[]", today()), None);
    }

    #[test]
    fn a_too_large_file_is_refused_with_its_code() {
        let Checked::Refused { problems, .. } = Checked::too_large(Given::Workbook, MAX_INPUT_BYTES + 1) else {
            panic!()
        };
        assert_eq!(problems[0].code(), "file-too-large");
        let Checked::Refused { problems, .. } = Checked::too_large(Given::Json, MAX_BYTES + 1) else { panic!() };
        assert_eq!(ProblemRow::of(&problems[0], Lang::En).path, "$");
    }

    #[test]
    fn a_snapshot_files_problems_have_their_path_and_the_checkers_message() {
        let mut json: serde_json::Value = serde_json::from_slice(&sample()).unwrap();
        json["offers"][0]["results"][0]["satisfaction"]["share"] = serde_json::json!(1.4);
        let bytes = serde_json::to_vec(&json).unwrap();
        let Checked::Refused { problems, .. } = Checked::run(Given::Json, &[("s.json".into(), bytes)], today()) else {
            panic!("1.4 is not a share")
        };
        let row = ProblemRow::of(&problems[0], Lang::Da);
        assert_eq!(row.code, "snapshot-rule");
        assert_eq!(row.path, "offers[0].results[0].satisfaction.share");
        assert_eq!((row.sheet.as_str(), row.cell.as_str()), ("", ""));
        assert!(row.message.contains("1,4 er over 1"), "{}", row.message);
    }

    #[test]
    fn the_diff_is_grouped_in_the_clis_sections_and_order() {
        let old = parse_snapshot(&sample(), today()).unwrap();
        let mut json: serde_json::Value = serde_json::from_slice(&sample()).unwrap();
        let offers = json["offers"].as_array_mut().unwrap();
        offers.remove(0);
        offers[0]["name"]["da"] = serde_json::json!("Et nyt navn");
        let new = parse_snapshot(&serde_json::to_vec(&json).unwrap(), today()).unwrap();
        let found = diff(&old, &new);
        let sections = diff_sections(&found, Lang::Da);
        let lines: Vec<&String> = sections.iter().flat_map(|s| &s.lines).collect();
        assert_eq!(lines.len(), found.changes.len());
        assert!(sections.windows(2).all(|w| w[0].section < w[1].section));
        assert_eq!(sections[0].title, "Tilbud og leverandører fjernet eller tilføjet");
        // The CLI's text is the same lines under the same headings.
        let text = found.text(Lang::Da);
        for s in &sections {
            assert!(text.contains(&format!("{}:\n", s.title)));
            assert!(s.lines.iter().all(|l| text.contains(&format!("  {l}\n"))));
        }
    }
}
