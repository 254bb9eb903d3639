//! Writes the spreadsheet-import fixtures and the publisher's generated files, reproducibly (the same bytes
//! on every run):
//!
//! - `tests/fixtures/import/small.json`: a small valid snapshot that every good fixture encodes;
//! - `tests/fixtures/import/good/`: that snapshot as the exported workbook and CSV folder, and in the forms
//!   analysts' files take (a hand-made workbook with percent cells, date cells, serial numbers, dates as
//!   text, a merged cell, reordered and unknown columns; an OpenDocument file; Danish Excel's `;` CSV with
//!   decimal commas, percent text, a BOM and header aliases; a `,` CSV with codes);
//! - `tests/fixtures/import/bad/`: one fixture per problem class, and `MANIFEST.tsv` naming the code and
//!   the place (`Sheet!A1`, `Sheet:row`, `Sheet` or `-`) each must report, and what the Table Schema makes of
//!   the CSV ones (`schema` = it rejects the folder too, `beyond: why` = it cannot say so);
//! - `public/data/snapshot.xlsx`: the sample snapshot exported;
//! - `public/snapshot-template.schema.json`: the Table Schema of the CSV form.
//!
//! Run: `cargo run --example make_import_fixtures`. tests/import_fixtures.rs checks each fixture.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Formula, Workbook};
use serde_json::{json, Value};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use visitationsguide::domain::{parse_snapshot, Snapshot};
use visitationsguide::publish::cell::{number_text, share_to_percent};
use visitationsguide::publish::export::{self, Out};
use visitationsguide::publish::table_schema;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// A cell of a fixture workbook.
#[derive(Clone, Debug, PartialEq)]
enum C {
    E,
    S(String),
    N(f64),
    /// A number in a cell formatted as a percentage.
    P(f64),
    /// A date cell.
    D(NaiveDate),
    /// A formula with the result Excel saved for it.
    F(&'static str, &'static str),
}

fn s(text: &str) -> C {
    C::S(text.to_owned())
}

#[derive(Clone, Debug)]
struct Sheet {
    name: String,
    /// File name in the CSV form.
    file: String,
    rows: Vec<Vec<C>>,
    /// Merged areas, 0-based (first row, first col, last row, last col).
    merges: Vec<(u32, u16, u32, u16)>,
}

impl Sheet {
    fn col(&self, header: &str) -> usize {
        let headers = self.rows.first().expect("a header row");
        headers.iter().position(|c| *c == s(header)).unwrap_or_else(|| panic!("{}: no column {header}", self.name))
    }

    /// Sets the cell of data row `row` (0 = the row below the headers) in column `header`.
    fn set(&mut self, header: &str, row: usize, value: C) {
        let col = self.col(header);
        let cells = self.rows.get_mut(row + 1).unwrap_or_else(|| panic!("{}: no data row {row}", self.name));
        while cells.len() <= col {
            cells.push(C::E);
        }
        cells[col] = value;
    }

    fn remove_column(&mut self, header: &str) {
        let col = self.col(header);
        for row in &mut self.rows {
            if col < row.len() {
                row.remove(col);
            }
        }
    }
}

#[derive(Clone, Debug)]
struct Book {
    sheets: Vec<Sheet>,
}

impl Book {
    fn sheet(&mut self, name: &str) -> &mut Sheet {
        self.sheets.iter_mut().find(|s| s.name == name).unwrap_or_else(|| panic!("no sheet {name}"))
    }

    fn without(mut self, name: &str) -> Book {
        self.sheets.retain(|s| s.name != name);
        self
    }
}

/// The template's sheets holding a snapshot, as `snapshot export` fills them.
fn book_of(snapshot: &Snapshot) -> Book {
    let sheets = export::sheets(snapshot)
        .iter()
        .map(|out| {
            let mut rows = vec![out.spec.written_columns().map(|c| s(c.header)).collect::<Vec<_>>()];
            for cells in &out.rows {
                rows.push(
                    cells
                        .iter()
                        .map(|cell| match cell {
                            Out::Empty => C::E,
                            Out::Text(t) => s(t),
                            Out::Number(x) => C::N(*x),
                            Out::Share(x) => C::P(*x),
                            Out::Date(d) => C::D(*d),
                        })
                        .collect(),
                );
            }
            Sheet { name: out.spec.name.to_owned(), file: out.spec.file.to_owned(), rows, merges: Vec::new() }
        })
        .collect();
    Book { sheets }
}

fn excel_date(d: NaiveDate) -> ExcelDateTime {
    ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8).expect("a date Excel has")
}

fn xlsx(book: &Book) -> Res<Vec<u8>> {
    let mut wb = Workbook::new();
    wb.set_properties(&DocProperties::new().set_creation_datetime(&excel_date(date(2011, 11, 15))));
    let percent = Format::new().set_num_format("0.0%");
    let day = Format::new().set_num_format("dd-mm-yyyy");
    let plain = Format::new();
    for sheet in &book.sheets {
        let ws = wb.add_worksheet();
        ws.set_name(&sheet.name)?;
        for &(r1, c1, r2, c2) in &sheet.merges {
            let text = match sheet.rows.get(r1 as usize).and_then(|r| r.get(c1 as usize)) {
                Some(C::S(t)) => t.clone(),
                _ => String::new(),
            };
            ws.merge_range(r1, c1, r2, c2, &text, &plain)?;
        }
        let merged = |r: u32, c: u16| {
            sheet.merges.iter().any(|&(r1, c1, r2, c2)| (r1..=r2).contains(&r) && (c1..=c2).contains(&c))
        };
        for (r, cells) in sheet.rows.iter().enumerate() {
            for (c, cell) in cells.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                if merged(r, c) {
                    continue;
                }
                match cell {
                    C::E => {}
                    C::S(t) => {
                        ws.write_string(r, c, t)?;
                    }
                    C::N(x) => {
                        ws.write_number(r, c, *x)?;
                    }
                    C::P(x) => {
                        ws.write_number_with_format(r, c, *x, &percent)?;
                    }
                    C::D(d) => {
                        ws.write_datetime_with_format(r, c, excel_date(*d), &day)?;
                    }
                    C::F(formula, result) => {
                        ws.write_formula(r, c, Formula::new(*formula))?;
                        ws.set_formula_result(r, c, *result);
                    }
                }
            }
        }
    }
    Ok(wb.save_to_buffer()?)
}

/// How a CSV fixture writes numbers, shares and dates.
#[derive(Clone, Copy)]
enum Dialect {
    /// What `snapshot export` writes: `;`, decimal commas, shares as decimals, ISO dates, BOM.
    Export,
    /// What Danish Excel's "CSV (semikolonsepareret)" writes from a formatted sheet, saved as UTF-8: `;`,
    /// decimal commas, percent cells as `18,1%`, dates as `01-10-2010`, BOM.
    DanishExcel,
    /// `,`, decimal points, shares as decimals, ISO dates, no BOM.
    Comma,
}

fn csv_field(cell: &C, dialect: Dialect) -> String {
    let comma = !matches!(dialect, Dialect::Comma);
    match cell {
        C::E => String::new(),
        C::S(t) => t.clone(),
        C::N(x) => number_text(*x, comma),
        C::P(x) => match dialect {
            Dialect::DanishExcel => format!("{}%", share_to_percent(&number_text(*x, false)).replace('.', ",")),
            _ => number_text(*x, comma),
        },
        C::D(d) => match dialect {
            Dialect::DanishExcel => d.format("%d-%m-%Y").to_string(),
            _ => d.to_string(),
        },
        C::F(_, result) => (*result).to_owned(),
    }
}

fn csv_text(sheet: &Sheet, dialect: Dialect) -> Res<Vec<u8>> {
    let mut out = match dialect {
        Dialect::Comma => Vec::new(),
        _ => vec![0xEF, 0xBB, 0xBF],
    };
    {
        let delimiter = if matches!(dialect, Dialect::Comma) { b',' } else { b';' };
        let mut w = csv::WriterBuilder::new().delimiter(delimiter).flexible(true).from_writer(&mut out);
        for row in &sheet.rows {
            w.write_record(row.iter().map(|c| csv_field(c, dialect)))?;
        }
        w.flush()?;
    }
    Ok(out)
}

fn write_csv_folder(dir: &Path, book: &Book, dialect: Dialect) -> Res<()> {
    std::fs::create_dir_all(dir)?;
    for sheet in &book.sheets {
        std::fs::write(dir.join(&sheet.file), csv_text(sheet, dialect)?)?;
    }
    Ok(())
}

// ---- a minimal OpenDocument spreadsheet: a zip of stored entries ----

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn zip_stored(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in files {
        let offset = out.len() as u32;
        let (crc, size, name_len) = (crc32(data), data.len() as u32, name.len() as u16);
        // Local file header: version 10, no flags, stored, a fixed time (1980-01-01 00:00).
        out.extend_from_slice(&[0x50, 0x4B, 0x03, 0x04, 10, 0, 0, 0, 0, 0, 0, 0, 0x21, 0]);
        for v in [crc, size, size] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        central.extend_from_slice(&[0x50, 0x4B, 0x01, 0x02, 20, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0x21, 0]);
        for v in [crc, size, size] {
            central.extend_from_slice(&v.to_le_bytes());
        }
        central.extend_from_slice(&name_len.to_le_bytes());
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let start = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&[0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0]);
    let count = files.len() as u16;
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn ods(book: &Book) -> Vec<u8> {
    let mut content = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>"#,
    );
    for sheet in &book.sheets {
        let _ = write!(content, r#"<table:table table:name="{}">"#, xml_escape(&sheet.name));
        for row in &sheet.rows {
            content.push_str("<table:table-row>");
            for cell in row {
                let paragraphs =
                    |t: &str| t.split('\n').map(|p| format!("<text:p>{}</text:p>", xml_escape(p))).collect::<String>();
                match cell {
                    C::E => content.push_str("<table:table-cell/>"),
                    C::S(t) => {
                        let _ = write!(
                            content,
                            r#"<table:table-cell office:value-type="string">{}</table:table-cell>"#,
                            paragraphs(t)
                        );
                    }
                    C::F(_, result) => {
                        let _ = write!(
                            content,
                            r#"<table:table-cell office:value-type="string">{}</table:table-cell>"#,
                            paragraphs(result)
                        );
                    }
                    C::N(x) => {
                        let _ = write!(
                            content,
                            r#"<table:table-cell office:value-type="float" office:value="{x}"><text:p>{x}</text:p></table:table-cell>"#
                        );
                    }
                    C::P(x) => {
                        let _ = write!(
                            content,
                            r#"<table:table-cell office:value-type="percentage" office:value="{x}"><text:p>{x}</text:p></table:table-cell>"#
                        );
                    }
                    C::D(d) => {
                        let _ = write!(
                            content,
                            r#"<table:table-cell office:value-type="date" office:date-value="{d}"><text:p>{d}</text:p></table:table-cell>"#
                        );
                    }
                }
            }
            content.push_str("</table:table-row>");
        }
        content.push_str("</table:table>");
    }
    content.push_str("</office:spreadsheet></office:body></office:document-content>");
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip_stored(&[
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet".to_vec()),
        ("META-INF/manifest.xml", manifest.as_bytes().to_vec()),
        ("content.xml", content.into_bytes()),
    ])
}

// ---- the fixtures ----

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

/// The small snapshot every good fixture holds: every sheet, Text pairs with and without English, every
/// measure form, an age limit, supervision with and without a note, a new offer, city references.
fn small() -> Value {
    json!({
        "format": "visitationsguide-snapshot",
        "format_version": 1,
        "published": "2011-11-15",
        "publisher": "Beskæftigelses- og Integrationsforvaltningen (testdata)",
        "periods": [
            {"id": "2011h1", "from": "2010-10-01", "to": "2011-03-31",
             "label": {"da": "4. kvt. 2010 – 1. kvt. 2011", "en": "Q4 2010 – Q1 2011"}},
            {"id": "2010h2", "from": "2010-04-01", "to": "2010-09-30", "label": {"da": "2. – 3. kvt. 2010"}}
        ],
        "age_bands": [{"id": "u30", "min": 15, "max": 29}, {"id": "30plus", "min": 30, "max": 99}],
        "target_groups": [
            {"id": "dp-match1", "name": {"da": "Dagpengemodtagere, match 1", "en": "Unemployment insurance, job-ready"},
             "description": {"da": "Forsikrede ledige, der er klar til job."}},
            {"id": "kh-match2", "name": {"da": "Kontanthjælpsmodtagere, indsatsparate"}},
            {"id": "sdp", "name": {"da": "Sygedagpengemodtagere", "en": "Sickness benefit"}}
        ],
        "providers": [
            {"id": "cbsi", "name": "CBSI – kommunalt beskæftigelsescenter", "kind": "internal"},
            {"id": "jobbro", "name": "Jobbro ApS", "kind": "external"},
            {"id": "aktoer-a", "name": "Anden Aktør A/S", "kind": "other_actor"}
        ],
        "offers": [
            {"id": "cbsi-intensiv", "provider": "cbsi", "name": {"da": "Intensiv aktivering", "en": "Intensive activation"},
             "description": {"da": "Jobsøgning hver dag; \"citater\", semikolon; og\nlinjeskift."},
             "category": "job_search", "target_groups": ["dp-match1", "kh-match2"], "weeks": 13, "hours_per_week": 30,
             "supervision": {"smiley": "sad", "date": "2011-09-16",
                             "note": {"da": "Kritik af handleplanerne.", "en": "Criticised the action plans."}},
             "results": [
                {"period": "2011h1", "target_group": "dp-match1", "age_band": "all", "participants": 420,
                 "job_or_education": {"share": 0.181, "n": 376}, "placements": {"share": 0.148, "n": 376},
                 "off_benefit_1m": {"share": 0.107, "n": 376}, "off_benefit_3m": {"missing": "not_reported"},
                 "satisfaction": {"share": 0.755, "n": 102}, "closer_to_job": {"share": 0.618, "n": 102},
                 "complaints": 2, "share_under_30": 0.281, "median_unemployment_weeks": 19.5},
                {"period": "2011h1", "target_group": "dp-match1", "age_band": "u30", "participants": 118,
                 "job_or_education": {"share": 0.26, "n": 105}, "placements": {"missing": "too_few"},
                 "satisfaction": {"share": 0.72, "n": 30}, "complaints": 0},
                {"period": "2010h2", "target_group": "kh-match2", "age_band": "30plus", "participants": 60,
                 "job_or_education": {"missing": "too_few"}, "placements": {"share": 0.1, "n": 58},
                 "satisfaction": {"missing": "not_applicable"}}
             ]},
            {"id": "jobbro-mentor", "provider": "jobbro", "name": {"da": "Mentorforløb"}, "category": "mentor",
             "target_groups": ["sdp"], "age": {"min": 18, "max": 29}, "weeks": 8.5,
             "supervision": {"smiley": "happy", "date": "2011-05-02"},
             "results": [
                {"period": "2011h1", "target_group": "sdp", "age_band": "u30", "participants": 44,
                 "job_or_education": {"share": 0.3, "n": 40}, "placements": {"share": 0.45, "n": 40},
                 "satisfaction": {"share": 0.9, "n": 25}, "complaints": 1}
             ]},
            {"id": "aktoer-a-ny", "provider": "aktoer-a", "name": {"da": "Nyt forløb hos anden aktør", "en": "New course"},
             "category": "health_and_social", "target_groups": ["kh-match2", "sdp"], "results": []}
        ],
        "references": [
            {"period": "2011h1", "target_group": "dp-match1", "age_band": "all",
             "job_or_education": {"share": 0.225, "n": 16850}, "placements": {"share": 0.19, "n": 16850},
             "satisfaction": {"share": 0.71, "n": 1420}},
            {"period": "2011h1", "target_group": "sdp", "age_band": "u30",
             "job_or_education": {"missing": "not_reported"}, "placements": {"share": 0.2, "n": 900},
             "satisfaction": {"share": 0.8, "n": 300}}
        ]
    })
}

/// The hand-made workbook: the small snapshot as an analyst might keep it.
fn hand_made(base: &Book) -> Book {
    let mut book = base.clone();
    // Sheets in another order, no guide sheet, one working sheet of the analyst's own.
    book.sheets.reverse();
    book.sheets.push(Sheet {
        name: "Noter".into(),
        file: "noter.csv".into(),
        rows: vec![vec![s("Husk at tjekke tallene med BIU")]],
        merges: Vec::new(),
    });
    let t = book.sheet("Tilbud");
    // Headers in other case and spacing, with ae/oe/aa, a working column, columns moved.
    t.rows[0][1] = s(" Leverandoer ");
    t.rows[0][2] = s("NAVN_DA");
    t.set("kategori", 0, s("Jobsøgning"));
    t.set("målgrupper", 0, s("dp-match1;\nkh-match2"));
    t.set("tilsyn_smiley", 0, s("Sur"));
    t.set("tilsyn_dato", 0, C::N(40802.0)); // 2011-09-16 as a serial number in a plain cell
    t.set("tilsyn_dato", 1, s("02.05.2011"));
    t.set("uger", 1, s("8,5"));
    t.set("alder_min", 1, s("18"));
    for row in &mut t.rows {
        let moved = row.remove(6);
        row.push(moved);
        row.push(C::E);
    }
    let last = t.rows[0].len() - 1;
    t.rows[0][last] = s("min note");
    t.rows[1][last] = s("ring til CBSI");
    let r = book.sheet("Resultater");
    r.set("job_uddannelse_andel", 0, s("18,1 %"));
    r.set("ude_3md_andel", 0, s("not_reported"));
    r.set("virksomhedsplacering_andel", 1, s("For få"));
    r.set("deltagere", 1, s("118"));
    r.set("tilfredshed_andel", 0, s("0,755"));
    r.set("median_ledighed_uger", 0, s("19,5"));
    r.set("aldersgruppe", 0, s("Alle"));
    // The offer's three result rows share one merged `tilbud` cell, with an empty row below them.
    r.merges.push((1, 0, 3, 0));
    r.rows.insert(4, vec![C::E; 3]);
    let p = book.sheet("Perioder");
    p.set("fra", 0, s("01-10-2010"));
    p.set("til", 0, s("2011-03-31"));
    let l = book.sheet("Leverandører");
    l.set("type", 2, s("anden aktør"));
    l.set("type", 0, s("internal"));
    book
}

/// Danish Excel's `;` CSV with header aliases and Danish words; the dialect adds percent text, Danish dates and a BOM.
fn danish_excel(base: &Book) -> Book {
    let mut book = base.clone();
    for sheet in &mut book.sheets {
        for header in sheet.rows[0].iter_mut() {
            if let C::S(h) = header {
                *h = h.replace('æ', "ae").replace('ø', "oe").replace('å', "aa");
            }
        }
        // An empty row, as Excel leaves them.
        let width = sheet.rows[0].len();
        sheet.rows.push(vec![C::E; width]);
    }
    let t = book.sheet("Tilbud");
    t.set("tilsyn_dato", 1, s("02.05.2011"));
    book
}

/// A `,` CSV with the format's codes instead of the Danish words.
fn comma_codes(base: &Book) -> Book {
    let mut book = base.clone();
    let codes = [
        ("Leverandører", "type", vec!["internal", "external", "other_actor"]),
        ("Tilbud", "kategori", vec!["job_search", "mentor", "health_and_social"]),
    ];
    for (sheet, header, values) in codes {
        for (i, v) in values.iter().enumerate() {
            book.sheet(sheet).set(header, i, s(v));
        }
    }
    book.sheet("Tilbud").set("tilsyn_smiley", 0, s("sad"));
    book.sheet("Tilbud").set("tilsyn_smiley", 1, s("happy"));
    let r = book.sheet("Resultater");
    r.set("ude_3md_andel", 0, s("not_reported"));
    r.set("virksomhedsplacering_andel", 1, s("too_few"));
    r.set("job_uddannelse_andel", 2, s("too_few"));
    r.set("tilfredshed_andel", 2, s("not_applicable"));
    r.set("aldersgruppe", 0, s("all"));
    book
}

/// One bad fixture: its name, its form, the code it must report, where, and the Table Schema's verdict.
struct Bad {
    name: &'static str,
    form: Form,
    code: &'static str,
    place: &'static str,
    schema: &'static str,
}

enum Form {
    Xlsx(Book),
    Csv(Book),
    Bytes(Vec<u8>),
    CsvFiles(Vec<(&'static str, Vec<u8>)>),
}

fn bad_fixtures(base: &Book) -> Res<Vec<Bad>> {
    let edit = |f: &dyn Fn(&mut Book)| {
        let mut b = base.clone();
        f(&mut b);
        b
    };
    let x =
        |name, code, place, f: &dyn Fn(&mut Book)| Bad { name, form: Form::Xlsx(edit(f)), code, place, schema: "-" };
    let c =
        |name, code, place, schema, f: &dyn Fn(&mut Book)| Bad { name, form: Form::Csv(edit(f)), code, place, schema };
    let mut list = vec![
        // shares
        x("share-above-one.xlsx", "share-above-one", "Resultater!F2", &|b| {
            b.sheet("Resultater").set("job_uddannelse_andel", 0, C::N(1.4))
        }),
        c("share-above-one-csv", "share-above-one", "resultater.csv!F2", "schema", &|b| {
            b.sheet("Resultater").set("job_uddannelse_andel", 0, s("1,4"))
        }),
        c("percent-above-100-csv", "share-above-one", "resultater.csv!N2", "schema", &|b| {
            b.sheet("Resultater").set("tilfredshed_andel", 0, s("140 %"))
        }),
        x("share-below-zero.xlsx", "share-below-zero", "Resultater!N3", &|b| {
            b.sheet("Resultater").set("tilfredshed_andel", 1, C::N(-0.1))
        }),
        x("not-a-share.xlsx", "not-a-share", "Resultater!H2", &|b| {
            b.sheet("Resultater").set("virksomhedsplacering_andel", 0, s("ca. 20"))
        }),
        x("missing-figure.xlsx", "missing-figure", "Resultater!N2", &|b| {
            b.sheet("Resultater").set("tilfredshed_andel", 0, C::E);
            b.sheet("Resultater").set("tilfredshed_n", 0, C::E);
        }),
        c("missing-figure-csv", "missing-figure", "resultater.csv!F5", "schema", &|b| {
            b.sheet("Resultater").set("job_uddannelse_andel", 3, C::E);
            b.sheet("Resultater").set("job_uddannelse_n", 3, C::E);
        }),
        x("missing-n.xlsx", "missing-n", "Resultater!G3", &|b| b.sheet("Resultater").set("job_uddannelse_n", 1, C::E)),
        c(
            "missing-n-csv",
            "missing-n",
            "resultater.csv!G3",
            "beyond: a count is required only when its share is a number",
            &|b| b.sheet("Resultater").set("job_uddannelse_n", 1, C::E),
        ),
        x("reason-and-number.xlsx", "reason-and-number", "Resultater!G4", &|b| {
            b.sheet("Resultater").set("job_uddannelse_n", 2, C::N(12.0))
        }),
        x("n-above-participants.xlsx", "n-above-participants", "Resultater!G5", &|b| {
            b.sheet("Resultater").set("job_uddannelse_n", 3, C::N(400.0))
        }),
        c(
            "n-above-participants-csv",
            "n-above-participants",
            "resultater.csv!G5",
            "beyond: a rule between two cells of a row",
            &|b| b.sheet("Resultater").set("job_uddannelse_n", 3, C::N(400.0)),
        ),
        // numbers
        c("not-a-number-csv", "not-a-number", "resultater.csv!E3", "schema", &|b| {
            b.sheet("Resultater").set("deltagere", 1, s("mange"))
        }),
        x("not-a-whole-number.xlsx", "not-a-whole-number", "Resultater!E2", &|b| {
            b.sheet("Resultater").set("deltagere", 0, C::N(420.5))
        }),
        c("negative-count-csv", "below-minimum", "resultater.csv!R2", "schema", &|b| {
            b.sheet("Resultater").set("klager", 0, s("-1"))
        }),
        x("age-below-15.xlsx", "below-minimum", "Aldersgrupper!B2", &|b| {
            b.sheet("Aldersgrupper").set("min", 0, C::N(14.0))
        }),
        x("age-above-99.xlsx", "above-maximum", "Tilbud!J3", &|b| b.sheet("Tilbud").set("alder_max", 1, C::N(120.0))),
        x("not-positive.xlsx", "not-positive", "Tilbud!K2", &|b| b.sheet("Tilbud").set("uger", 0, C::N(0.0))),
        c("not-positive-csv", "not-positive", "tilbud.csv!L2", "schema", &|b| {
            b.sheet("Tilbud").set("timer_pr_uge", 0, s("0"))
        }),
        // dates
        c("bad-date-csv", "bad-date", "perioder.csv!B2", "schema", &|b| {
            b.sheet("Perioder").set("fra", 0, s("1/10/2010"))
        }),
        x("bad-date-text.xlsx", "bad-date", "Tilbud!N2", &|b| {
            b.sheet("Tilbud").set("tilsyn_dato", 0, s("16. september 2011"))
        }),
        x("bad-date-serial.xlsx", "bad-date", "Perioder!B2", &|b| b.sheet("Perioder").set("fra", 0, C::N(2010.0))),
        c(
            "bad-calendar-date-csv",
            "bad-date",
            "perioder.csv!C3",
            "beyond: the pattern checks a date's shape, not the calendar",
            &|b| b.sheet("Perioder").set("til", 1, s("2010-09-31")),
        ),
        x("future-date.xlsx", "future-date", "Om!B2", &|b| b.sheet("Om").rows[1][1] = C::D(date(2999, 1, 1))),
        x("from-after-to.xlsx", "from-after-to", "Perioder!C3", &|b| {
            b.sheet("Perioder").set("til", 1, C::D(date(2010, 1, 1)))
        }),
        x("periods-not-newest-first.xlsx", "periods-not-newest-first", "Perioder!B3", &|b| {
            b.sheet("Perioder").rows.swap(1, 2)
        }),
        x("too-many-periods.xlsx", "too-many-rows", "Perioder", &|b| {
            let p = b.sheet("Perioder");
            for (id, from, to) in
                [("2010h1", date(2009, 10, 1), date(2010, 3, 31)), ("2009h2", date(2009, 4, 1), date(2009, 9, 30))]
            {
                p.rows.push(vec![s(id), C::D(from), C::D(to), s(id), C::E]);
            }
        }),
        // age bands
        x("min-above-max.xlsx", "min-above-max", "Aldersgrupper!C3", &|b| {
            b.sheet("Aldersgrupper").set("min", 1, C::N(40.0));
            b.sheet("Aldersgrupper").set("max", 1, C::N(35.0));
        }),
        c("age-bands-overlap-csv", "age-bands-overlap", "aldersgrupper.csv!B3", "beyond: a rule between rows", &|b| {
            b.sheet("Aldersgrupper").set("min", 1, C::N(25.0))
        }),
        x("reserved-id.xlsx", "reserved-id", "Aldersgrupper!A2", &|b| b.sheet("Aldersgrupper").set("id", 0, s("alle"))),
        // ids and references
        x("bad-id.xlsx", "bad-id", "Tilbud!A3", &|b| b.sheet("Tilbud").set("id", 1, s("Jobbro Mentor"))),
        c("duplicate-id-csv", "duplicate-id", "tilbud.csv!A4", "schema", &|b| {
            b.sheet("Tilbud").set("id", 2, s("jobbro-mentor"))
        }),
        x("unknown-provider.xlsx", "unknown-provider", "Tilbud!B3", &|b| {
            b.sheet("Tilbud").set("leverandør", 1, s("jobbro2"))
        }),
        c("unknown-provider-csv", "unknown-provider", "tilbud.csv!B3", "schema", &|b| {
            b.sheet("Tilbud").set("leverandør", 1, s("jobbro2"))
        }),
        x("unknown-target-group.xlsx", "unknown-target-group", "Tilbud!H3", &|b| {
            b.sheet("Tilbud").set("målgrupper", 1, s("sdp, sdp2"))
        }),
        x("unknown-period.xlsx", "unknown-period", "Resultater!B5", &|b| {
            b.sheet("Resultater").set("periode", 3, s("2012h1"))
        }),
        c("unknown-period-csv", "unknown-period", "byen.csv!A3", "schema", &|b| {
            b.sheet("Byen").set("periode", 1, s("2012h1"))
        }),
        c(
            "unknown-age-band-csv",
            "unknown-age-band",
            "resultater.csv!D3",
            "beyond: aldersgruppe may also be alle, so it has no foreign key",
            &|b| b.sheet("Resultater").set("aldersgruppe", 1, s("u25")),
        ),
        x("not-offer-target-group.xlsx", "not-offer-target-group", "Resultater!C5", &|b| {
            b.sheet("Resultater").set("målgruppe", 3, s("dp-match1"))
        }),
        c(
            "not-offer-target-group-csv",
            "not-offer-target-group",
            "resultater.csv!C5",
            "beyond: a rule across two sheets (the offer's own target groups)",
            &|b| b.sheet("Resultater").set("målgruppe", 3, s("dp-match1")),
        ),
        x("no-target-groups.xlsx", "no-target-groups", "Tilbud!H4", &|b| {
            b.sheet("Tilbud").set("målgrupper", 2, s(", ;"))
        }),
        x("duplicate-result.xlsx", "duplicate-result", "Resultater!A6", &|b| {
            let r = b.sheet("Resultater");
            let copy = r.rows[1].clone();
            r.rows.push(copy);
        }),
        c("duplicate-result-csv", "duplicate-result", "resultater.csv!A6", "schema", &|b| {
            let r = b.sheet("Resultater");
            let copy = r.rows[1].clone();
            r.rows.push(copy);
        }),
        x("duplicate-reference.xlsx", "duplicate-reference", "Byen!A4", &|b| {
            let r = b.sheet("Byen");
            let copy = r.rows[2].clone();
            r.rows.push(copy);
        }),
        x("unknown-offer.xlsx", "unknown-offer", "Resultater!A5", &|b| {
            b.sheet("Resultater").set("tilbud", 3, s("ukendt-tilbud"))
        }),
        c("unknown-offer-csv", "unknown-offer", "resultater.csv!A5", "schema", &|b| {
            b.sheet("Resultater").set("tilbud", 3, s("ukendt-tilbud"))
        }),
        // codes
        x("unknown-category.xlsx", "unknown-code", "Tilbud!G2", &|b| {
            b.sheet("Tilbud").set("kategori", 0, s("Jobsogning"))
        }),
        c("unknown-smiley-csv", "unknown-code", "tilbud.csv!M2", "schema", &|b| {
            b.sheet("Tilbud").set("tilsyn_smiley", 0, s("smilende"))
        }),
        x("unknown-kind.xlsx", "unknown-code", "Leverandører!C3", &|b| {
            b.sheet("Leverandører").set("type", 1, s("privat"))
        }),
        // empty cells, fields, columns, sheets
        x("missing-value.xlsx", "missing-value", "Tilbud!B2", &|b| b.sheet("Tilbud").set("leverandør", 0, C::E)),
        c("missing-value-csv", "missing-value", "tilbud.csv!C3", "schema", &|b| {
            b.sheet("Tilbud").set("navn_da", 1, C::E)
        }),
        x("missing-field.xlsx", "missing-field", "Om", &|b| {
            b.sheet("Om").rows.remove(2);
        }),
        x("duplicate-field.xlsx", "duplicate-field", "Om!A4", &|b| {
            let om = b.sheet("Om");
            let copy = om.rows[1].clone();
            om.rows.push(copy);
        }),
        x("missing-column.xlsx", "missing-column", "Resultater:1", &|b| {
            b.sheet("Resultater").remove_column("job_uddannelse_n")
        }),
        c("missing-column-csv", "missing-column", "resultater.csv:1", "schema", &|b| {
            b.sheet("Resultater").remove_column("job_uddannelse_n")
        }),
        x("duplicate-column.xlsx", "duplicate-column", "Tilbud!AB1", &|b| {
            let t = b.sheet("Tilbud");
            t.rows[0].push(s("uger"));
        }),
        x("empty-sheet.xlsx", "empty-sheet", "Tilbud", &|b| b.sheet("Tilbud").rows.clear()),
        x("too-few-providers.xlsx", "too-few-rows", "Leverandører", &|b| b.sheet("Leverandører").rows.truncate(1)),
        Bad {
            name: "missing-sheet.xlsx",
            form: Form::Xlsx(base.clone().without("Leverandører")),
            code: "missing-sheet",
            place: "-",
            schema: "-",
        },
        Bad {
            name: "missing-sheet-csv",
            form: Form::Csv(base.clone().without("Leverandører")),
            code: "missing-sheet",
            place: "-",
            schema: "schema",
        },
        // cells a spreadsheet makes
        x("formula-error.xlsx", "formula-error", "Resultater!N2", &|b| {
            b.sheet("Resultater").set("tilfredshed_andel", 0, C::F("=1/0", "#DIV/0!"))
        }),
        c("formula-error-csv", "formula-error", "resultater.csv!N2", "schema", &|b| {
            b.sheet("Resultater").set("tilfredshed_andel", 0, s("#DIV/0!"))
        }),
        // files that are not the template
        Bad {
            name: "renamed-pdf.xlsx",
            form: Form::Bytes(
                b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n".to_vec(),
            ),
            code: "not-a-workbook",
            place: "-",
            schema: "-",
        },
        Bad {
            name: "empty-workbook.xlsx",
            form: Form::Xlsx(Book {
                sheets: vec![Sheet {
                    name: "Ark1".into(),
                    file: "ark1.csv".into(),
                    rows: Vec::new(),
                    merges: Vec::new(),
                }],
            }),
            code: "empty-workbook",
            place: "-",
            schema: "-",
        },
        Bad {
            name: "not-utf8-csv",
            form: Form::CsvFiles(vec![(
                "tilbud.csv",
                b"id;navn_da\ncbsi-intensiv;Intensiv\njobbro-mentor;Mentorforl\xf8b\n".to_vec(),
            )]),
            code: "not-utf8",
            place: "tilbud.csv:3",
            schema: "schema",
        },
    ];
    let mut truncated = xlsx(base)?;
    truncated.truncate(truncated.len() / 2);
    list.push(Bad {
        name: "truncated.xlsx",
        form: Form::Bytes(truncated),
        code: "not-a-workbook",
        place: "-",
        schema: "-",
    });
    Ok(list)
}

fn write_bad(dir: &Path, bad: &Bad, base: &Book) -> Res<()> {
    let path = dir.join(bad.name);
    match &bad.form {
        Form::Xlsx(book) => std::fs::write(path, xlsx(book)?)?,
        Form::Csv(book) => write_csv_folder(&path, book, Dialect::Export)?,
        Form::Bytes(bytes) => std::fs::write(path, bytes)?,
        Form::CsvFiles(files) => {
            // The other files as exported, so only the named one is wrong.
            write_csv_folder(&path, base, Dialect::Export)?;
            for (name, bytes) in files {
                std::fs::write(path.join(name), bytes)?;
            }
        }
    }
    Ok(())
}

fn main() -> Res<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let today = date(2026, 11, 23);
    let dir = root.join("tests/fixtures/import");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    let (good, bad) = (dir.join("good"), dir.join("bad"));
    std::fs::create_dir_all(&good)?;
    std::fs::create_dir_all(&bad)?;

    let small_json = small();
    let mut text = serde_json::to_string_pretty(&small_json)?;
    text.push('\n');
    std::fs::write(dir.join("small.json"), &text)?;
    let snapshot = parse_snapshot(text.as_bytes(), today).map_err(|e| format!("small.json is invalid: {e:?}"))?;
    let base = book_of(&snapshot);

    std::fs::write(good.join("export.xlsx"), export::to_xlsx(&snapshot)?)?;
    std::fs::create_dir_all(good.join("export-csv"))?;
    for (name, bytes) in export::to_csv(&snapshot)? {
        std::fs::write(good.join("export-csv").join(name), bytes)?;
    }
    std::fs::write(good.join("hand-made.xlsx"), xlsx(&hand_made(&base))?)?;
    std::fs::write(good.join("hand-made.ods"), ods(&hand_made(&base)))?;
    write_csv_folder(&good.join("danish-excel-csv"), &danish_excel(&base), Dialect::DanishExcel)?;
    write_csv_folder(&good.join("comma-csv"), &comma_codes(&base), Dialect::Comma)?;

    let mut manifest = String::from("fixture\tcode\tplace\ttable_schema\n");
    for b in bad_fixtures(&base)? {
        write_bad(&bad, &b, &base)?;
        let _ = writeln!(manifest, "{}\t{}\t{}\t{}", b.name, b.code, b.place, b.schema);
    }
    std::fs::write(bad.join("MANIFEST.tsv"), manifest)?;

    let sample = std::fs::read(root.join("public/data/snapshot.json"))?;
    let sample = parse_snapshot(&sample, today).map_err(|e| format!("the sample is invalid: {e:?}"))?;
    std::fs::write(root.join("public/data/snapshot.xlsx"), export::to_xlsx(&sample)?)?;
    std::fs::write(root.join("public/snapshot-template.schema.json"), table_schema::package_text())?;
    println!("wrote {} and public/data/snapshot.xlsx, public/snapshot-template.schema.json", dir.display());
    Ok(())
}
