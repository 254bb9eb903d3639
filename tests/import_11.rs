//! The format 1.1 columns of `Tilbud` (`hvor_da` … `tilgængelighed_en`, `sprog`): exported, imported back,
//! `sprog` read as a list, and a bad cell reported at its sheet and column with the checker's path.

mod common;

use visitationsguide::domain::{parse_snapshot, Lang, Snapshot};
use visitationsguide::publish::{export, import_csv, import_workbook, Refused};

fn format_11() -> Snapshot {
    let bytes = std::fs::read("tests/fixtures/good/format-1-1.json").unwrap();
    parse_snapshot(&bytes, common::today()).unwrap()
}

fn lines(r: &Refused) -> String {
    r.lines(Lang::En).join("\n")
}

/// The CSV export with `edit` applied to `tilbud.csv`'s text.
fn edited_csv(s: &Snapshot, edit: impl Fn(&str) -> String) -> Vec<(String, Vec<u8>)> {
    let mut files = export::to_csv(s).unwrap();
    for (name, bytes) in &mut files {
        if name == "tilbud.csv" {
            *bytes = edit(&String::from_utf8(bytes.clone()).unwrap()).into_bytes();
        }
    }
    files
}

#[test]
fn the_11_columns_round_trip() {
    let s = format_11();
    assert!(s.offers()[0].practical.languages.is_some() && s.offers()[0].practical.how_to_refer.is_some());
    let files = export::to_csv(&s).unwrap();
    let tilbud = String::from_utf8(files.iter().find(|(n, _)| n == "tilbud.csv").unwrap().1.clone()).unwrap();
    let header = tilbud.lines().next().unwrap();
    for column in ["hvor_da", "kontakt_en", "visitation_da", "optag_en", "sprog", "tilgængelighed_da"] {
        assert!(header.contains(column), "{column} in {header}");
    }
    assert!(tilbud.contains("da, en, ar"), "sprog is written as a list: {tilbud}");
    let back = import_csv(&files, common::today()).map_err(|r| lines(&r)).unwrap();
    assert_eq!(back.snapshot, s);
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    let xlsx = export::to_xlsx(&s).unwrap();
    assert_eq!(import_workbook(&xlsx, common::today()).map_err(|r| lines(&r)).unwrap().snapshot, s);
}

#[test]
fn sprog_is_a_list_by_comma_semicolon_or_line_break_in_any_case() {
    let s = format_11();
    let files = edited_csv(&s, |t| t.replace("da, en, ar", "\"DA; en\nAr\""));
    let back = import_csv(&files, common::today()).map_err(|r| lines(&r)).unwrap();
    let codes: Vec<&str> =
        back.snapshot.offers()[0].practical.languages.as_ref().unwrap().iter().map(|c| c.as_str()).collect();
    assert_eq!(codes, ["da", "en", "ar"]);
}

#[test]
fn a_bad_language_is_reported_at_the_sprog_cell() {
    let s = format_11();
    let files = edited_csv(&s, |t| t.replace("da, en, ar", "da, dansk"));
    let refused = import_csv(&files, common::today()).unwrap_err();
    let p = &refused.problems[0];
    assert_eq!(p.path.as_deref(), Some("offers[0].languages[1]"));
    let place = p.place.as_ref().unwrap();
    assert_eq!((place.sheet.as_str(), place.column.as_deref(), place.row), ("tilbud.csv", Some("sprog"), Some(2)));
    assert!(p.line(Lang::Da).contains("\"dansk\" er ikke en sprogkode"), "{}", p.line(Lang::Da));
}

#[test]
fn a_too_long_text_is_reported_at_its_column() {
    let s = format_11();
    let long = "ø".repeat(200);
    let files = edited_csv(&s, |t| t.replacen(&long, &format!("{long}ø"), 1));
    let refused = import_csv(&files, common::today()).unwrap_err();
    let p = &refused.problems[0];
    assert_eq!(p.path.as_deref(), Some("offers[0].where.da"));
    assert_eq!(p.place.as_ref().and_then(|p| p.column.as_deref()), Some("hvor_da"));
    assert!(p.line(Lang::En).contains("the text has 201 characters; at most 200 are allowed"), "{}", p.line(Lang::En));
}
