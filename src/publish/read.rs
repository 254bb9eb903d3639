//! Reads the cells of a workbook (`.xlsx` with calamine's streaming cell reader, `.ods` with calamine) or of
//! a folder of CSV files into sparse sheets, whatever the file holds: nothing here indexes file data, and
//! the number of cells kept is bounded, so a hostile file is refused rather than exhausting memory.

use super::cell::{date_text, CellValue};
use super::problem::{FileLooks, ImportProblem, Issue, Place};
use super::sheets::{normalise, SheetId, GUIDE_SHEET, SHEETS};
use calamine::{Data, DataRef, Ods, Reader, Xlsx};
use chrono::NaiveDate;
use std::io::Cursor;

/// Larger inputs are refused before they are read (a workbook, or a CSV folder's files together).
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;
/// Non-empty cells kept over all sheets; a 10,000-offer workbook has about 700,000.
pub const MAX_CELLS: usize = 5_000_000;
/// Columns to the right of this are not read (the template has fewer than 30).
pub const MAX_COLUMNS: u32 = 1024;

/// How the analyst's data came: a workbook's sheets, or a folder's CSV files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Workbook,
    Csv,
}

/// One row: its 1-based number and its non-empty cells by 0-based column, in column order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawRow {
    pub number: u32,
    pub cells: Vec<(u32, CellValue)>,
}

impl RawRow {
    pub fn get(&self, col: u32) -> Option<&CellValue> {
        self.cells.binary_search_by_key(&col, |(c, _)| *c).ok().and_then(|i| self.cells.get(i)).map(|(_, v)| v)
    }
}

/// A template sheet as read: its name as the file writes it, and its non-empty rows in order.
#[derive(Clone, Debug, PartialEq)]
pub struct RawSheet {
    pub id: SheetId,
    pub name: String,
    pub rows: Vec<RawRow>,
}

/// Everything read from one workbook or folder.
#[derive(Clone, Debug, PartialEq)]
pub struct Book {
    pub form: Form,
    /// The template's sheets found, in file order.
    pub sheets: Vec<RawSheet>,
    /// Sheets or CSV files the template does not have (the guide sheet is not listed).
    pub others: Vec<String>,
}

/// The template sheet a workbook sheet or a CSV file stands for: by sheet name, or by the file's name
/// without `.csv`, matched as headers are.
pub fn sheet_for(name: &str) -> Option<SheetId> {
    let key = normalise(name.strip_suffix(".csv").or_else(|| name.strip_suffix(".CSV")).unwrap_or(name));
    SHEETS.iter().find(|s| normalise(s.name) == key || normalise(s.file.trim_end_matches(".csv")) == key).map(|s| s.id)
}

/// A problem with the whole file. Boxed: the read functions return it as their error.
fn file_problem(issue: Issue) -> Box<ImportProblem> {
    Box::new(ImportProblem { issue, place: None, path: None })
}

fn looks(bytes: &[u8]) -> FileLooks {
    if bytes.starts_with(b"%PDF") {
        FileLooks::Pdf
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        FileLooks::OldExcel
    } else if bytes.starts_with(b"PK") {
        FileLooks::Zip
    } else if std::str::from_utf8(bytes.get(..bytes.len().min(4096)).unwrap_or_default()).is_ok() {
        FileLooks::Text
    } else {
        FileLooks::Unknown
    }
}

/// Counts kept cells against `MAX_CELLS`.
struct Budget {
    cells: usize,
}

impl Budget {
    fn take(&mut self) -> Result<(), Box<ImportProblem>> {
        self.cells += 1;
        if self.cells > MAX_CELLS {
            return Err(file_problem(Issue::TooManyCells { limit: MAX_CELLS }));
        }
        Ok(())
    }
}

/// Sparse cells of one sheet while it is read: (0-based row, column, value) in the order the file gives them.
#[derive(Default)]
struct Grid {
    cells: Vec<(u32, u32, CellValue)>,
    merged: Vec<((u32, u32), (u32, u32))>,
}

impl Grid {
    fn put(&mut self, row: u32, col: u32, value: CellValue, budget: &mut Budget) -> Result<(), Box<ImportProblem>> {
        if value.is_empty() || col >= MAX_COLUMNS {
            return Ok(());
        }
        budget.take()?;
        self.cells.push((row, col, value));
        Ok(())
    }

    /// Rows in order, each with its cells in column order (a cell given twice keeps the last value). A merged
    /// area shows its top-left value in every cell it covers, so each row it spans gets it (a merged `tilbud`
    /// cell covers the rows beside it); only rows that hold data are filled, and every cell visited counts
    /// against the budget, so no number of merged areas can make this slow.
    fn into_rows(mut self, budget: &mut Budget) -> Result<Vec<RawRow>, Box<ImportProblem>> {
        self.cells.sort_by_key(|(row, col, _)| (*row, *col));
        let mut rows: Vec<RawRow> = Vec::new();
        for (row, col, value) in self.cells {
            let number = row.saturating_add(1);
            match rows.last_mut() {
                Some(last) if last.number == number => match last.cells.last_mut() {
                    Some((c, v)) if *c == col => *v = value,
                    _ => last.cells.push((col, value)),
                },
                _ => rows.push(RawRow { number, cells: vec![(col, value)] }),
            }
        }
        for (top, bottom) in self.merged {
            let value = rows
                .binary_search_by_key(&top.0.saturating_add(1), |r| r.number)
                .ok()
                .and_then(|i| rows.get(i))
                .and_then(|r| r.get(top.1))
                .cloned();
            let Some(value) = value else { continue };
            let first = rows.partition_point(|r| r.number < top.0.saturating_add(1));
            let last_col = bottom.1.min(MAX_COLUMNS.saturating_sub(1));
            for row in rows.iter_mut().skip(first).take_while(|r| r.number <= bottom.0.saturating_add(1)) {
                for col in top.1..=last_col {
                    budget.take()?;
                    if let Err(at) = row.cells.binary_search_by_key(&col, |(c, _)| *c) {
                        row.cells.insert(at, (col, value.clone()));
                    }
                }
            }
        }
        Ok(rows)
    }
}

fn date_cell(y: u16, m: u8, d: u8) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d))
}

fn from_data_ref(value: &DataRef<'_>) -> CellValue {
    match value {
        DataRef::Int(i) => CellValue::Number(*i as f64),
        DataRef::Float(f) => CellValue::Number(*f),
        DataRef::String(s) => CellValue::text(s),
        DataRef::SharedString(s) => CellValue::text(s),
        DataRef::Bool(b) => CellValue::Bool(*b),
        DataRef::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            date_cell(y, m, d).map_or(CellValue::Number(dt.as_f64()), CellValue::Date)
        }
        DataRef::DateTime(dt) => CellValue::Number(dt.as_f64()),
        DataRef::DateTimeIso(s) => date_text(s).map_or_else(|| CellValue::text(s), CellValue::Date),
        DataRef::DurationIso(s) => CellValue::text(s),
        DataRef::Error(e) => CellValue::Error(e.to_string()),
        DataRef::Empty => CellValue::Empty,
    }
}

fn from_data(value: &Data) -> CellValue {
    match value {
        Data::Int(i) => CellValue::Number(*i as f64),
        Data::Float(f) => CellValue::Number(*f),
        Data::String(s) => CellValue::text(s),
        Data::Bool(b) => CellValue::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            date_cell(y, m, d).map_or(CellValue::Number(dt.as_f64()), CellValue::Date)
        }
        Data::DateTime(dt) => CellValue::Number(dt.as_f64()),
        Data::DateTimeIso(s) => date_text(s).map_or_else(|| CellValue::text(s), CellValue::Date),
        Data::DurationIso(s) => CellValue::text(s),
        Data::Error(e) => CellValue::Error(e.to_string()),
        Data::Empty => CellValue::Empty,
    }
}

/// Sorts a workbook's sheet names into template sheets to read and others to mention.
fn plan(names: &[String]) -> (Vec<(SheetId, String)>, Vec<String>) {
    let mut read = Vec::new();
    let mut others = Vec::new();
    for name in names {
        match sheet_for(name) {
            Some(id) => read.push((id, name.clone())),
            None if normalise(name) == normalise(GUIDE_SHEET) => {}
            None => others.push(name.clone()),
        }
    }
    (read, others)
}

/// Reads an `.xlsx` or `.ods` workbook from its bytes.
pub fn read_workbook(bytes: &[u8]) -> Result<Book, Box<ImportProblem>> {
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(file_problem(Issue::FileTooLarge { bytes: bytes.len() as u64, limit: MAX_INPUT_BYTES }));
    }
    let looks = looks(bytes);
    if looks != FileLooks::Zip {
        return Err(file_problem(Issue::NotAWorkbook { looks }));
    }
    let mut budget = Budget { cells: 0 };
    if let Ok(mut xlsx) = Xlsx::new(Cursor::new(bytes)) {
        let (read, others) = plan(&xlsx.sheet_names());
        let mut sheets = Vec::new();
        for (id, name) in read {
            let mut grid = Grid::default();
            let unreadable = || file_problem(Issue::UnreadableSheet { sheet: name.clone() });
            {
                let mut cells = xlsx.worksheet_cells_reader(&name).map_err(|_| unreadable())?;
                while let Some(cell) = cells.next_cell().map_err(|_| unreadable())? {
                    let (row, col) = cell.get_position();
                    grid.put(row, col, from_data_ref(cell.get_value()), &mut budget)?;
                }
            }
            grid.merged =
                xlsx.merge_cells_by_sheet_name(&name).unwrap_or_default().iter().map(|a| (a.start, a.end)).collect();
            sheets.push(RawSheet { id, name, rows: grid.into_rows(&mut budget)? });
        }
        return Ok(Book { form: Form::Workbook, sheets, others });
    }
    if let Ok(mut ods) = Ods::new(Cursor::new(bytes)) {
        let (read, others) = plan(&ods.sheet_names());
        let mut sheets = Vec::new();
        for (id, name) in read {
            let mut grid = Grid::default();
            let range =
                ods.worksheet_range(&name).map_err(|_| file_problem(Issue::UnreadableSheet { sheet: name.clone() }))?;
            let (start_row, start_col) = range.start().unwrap_or((0, 0));
            for (row, col, value) in range.used_cells() {
                let (Ok(row), Ok(col)) = (u32::try_from(row), u32::try_from(col)) else { continue };
                grid.put(row.saturating_add(start_row), col.saturating_add(start_col), from_data(value), &mut budget)?;
            }
            sheets.push(RawSheet { id, name, rows: grid.into_rows(&mut budget)? });
        }
        return Ok(Book { form: Form::Workbook, sheets, others });
    }
    Err(file_problem(Issue::NotAWorkbook { looks }))
}

/// Reads a folder's CSV files, given as (file name, bytes). Files that are not `.csv` are ignored.
pub fn read_csv_files(files: &[(String, Vec<u8>)]) -> Result<Book, Box<ImportProblem>> {
    let total: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    if total > MAX_INPUT_BYTES {
        return Err(file_problem(Issue::FileTooLarge { bytes: total, limit: MAX_INPUT_BYTES }));
    }
    let mut budget = Budget { cells: 0 };
    let mut sheets = Vec::new();
    let mut others = Vec::new();
    let mut names: Vec<&(String, Vec<u8>)> =
        files.iter().filter(|(name, _)| name.to_lowercase().ends_with(".csv")).collect();
    names.sort_by_key(|(name, _)| sheet_for(name).map_or(usize::MAX, |id| id as usize));
    for (name, bytes) in names {
        let Some(id) = sheet_for(name) else {
            others.push(name.clone());
            continue;
        };
        let rows = read_csv(name, bytes, &mut budget)?;
        sheets.push(RawSheet { id, name: name.clone(), rows });
    }
    Ok(Book { form: Form::Csv, sheets, others })
}

/// The separator the header row uses: `;` when it has more of them than `,`.
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// The error values a spreadsheet writes into a CSV file where a formula failed.
const ERROR_VALUES: &[&str] = &["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#GETTING_DATA"];

/// A CSV field: trimmed text, or the formula error Excel wrote into it.
fn csv_cell(field: &str) -> CellValue {
    match CellValue::text(field) {
        CellValue::Text(t) if ERROR_VALUES.contains(&t.as_str()) => CellValue::Error(t),
        other => other,
    }
}

fn read_csv(name: &str, bytes: &[u8], budget: &mut Budget) -> Result<Vec<RawRow>, Box<ImportProblem>> {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let row = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let place = Place { row: u32::try_from(row).ok(), ..Place::sheet(name, true) };
        Box::new(ImportProblem { issue: Issue::NotUtf8, place: Some(place), path: None })
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let number = u32::try_from(i + 1).unwrap_or(u32::MAX);
        // The text is valid UTF-8, so a record can only fail on I/O, which a slice cannot; skip it if so.
        let Ok(record) = record else { continue };
        let mut cells = Vec::new();
        for (col, field) in record.iter().enumerate() {
            let Ok(col) = u32::try_from(col) else { break };
            let value = csv_cell(field);
            if value.is_empty() || col >= MAX_COLUMNS {
                continue;
            }
            budget.take()?;
            cells.push((col, value));
        }
        if !cells.is_empty() {
            rows.push(RawRow { number, cells });
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(name: &str, text: &[u8]) -> Book {
        read_csv_files(&[(name.to_owned(), text.to_vec())]).expect("reads")
    }

    #[test]
    fn csv_files_are_matched_to_sheets_by_name() {
        assert_eq!(sheet_for("maalgrupper.csv"), Some(SheetId::Maalgrupper));
        assert_eq!(sheet_for("Målgrupper.csv"), Some(SheetId::Maalgrupper));
        assert_eq!(sheet_for("leverandoerer.csv"), Some(SheetId::Leverandoerer));
        assert_eq!(sheet_for("Leverandører"), Some(SheetId::Leverandoerer));
        assert_eq!(sheet_for("RESULTATER.CSV"), Some(SheetId::Resultater));
        assert_eq!(sheet_for("noter.csv"), None);
    }

    #[test]
    fn the_header_row_decides_the_separator_and_a_bom_is_dropped() {
        let book = csv("perioder.csv", "\u{feff}id;fra;navn_da\np0;2026-01-01;\"Første, halvår\"\n".as_bytes());
        let rows = &book.sheets[0].rows;
        assert_eq!(rows[0].get(0), Some(&CellValue::Text("id".into())));
        assert_eq!(rows[1].get(2), Some(&CellValue::Text("Første, halvår".into())));
        let book = csv("perioder.csv", b"id,fra\np0,\"1;2\"\n");
        assert_eq!(book.sheets[0].rows[1].get(1), Some(&CellValue::Text("1;2".into())));
    }

    #[test]
    fn empty_rows_are_skipped_but_rows_keep_their_numbers() {
        let book = csv("perioder.csv", b"id;fra\n;\n  ;  \np0;x\n");
        let rows = &book.sheets[0].rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].number, 4);
    }

    #[test]
    fn invalid_utf8_names_the_row() {
        let err = read_csv_files(&[("tilbud.csv".into(), b"id;navn_da\na;ok\nb;\xe6ble\n".to_vec())]).unwrap_err();
        assert_eq!(err.code(), "not-utf8");
        assert_eq!(err.place.and_then(|p| p.row), Some(3));
    }

    #[test]
    fn non_workbooks_are_named_by_what_they_look_like() {
        for (bytes, want) in [
            (&b"%PDF-1.7 ..."[..], FileLooks::Pdf),
            (&[0xD0, 0xCF, 0x11, 0xE0, 0, 0][..], FileLooks::OldExcel),
            (&b"id;navn\n"[..], FileLooks::Text),
            (&b"PK\x03\x04 not really a zip"[..], FileLooks::Zip),
            (&[0xFF, 0xFE, 0x00][..], FileLooks::Unknown),
            (&b""[..], FileLooks::Text),
        ] {
            let err = read_workbook(bytes).unwrap_err();
            assert_eq!(err.issue, Issue::NotAWorkbook { looks: want });
        }
    }

    #[test]
    fn merged_areas_fill_the_rows_they_cover() {
        let mut budget = Budget { cells: 0 };
        let mut grid = Grid::default();
        grid.put(2, 1, CellValue::Number(2.0), &mut budget).unwrap();
        grid.put(1, 1, CellValue::Number(1.0), &mut budget).unwrap();
        grid.put(1, 0, CellValue::Text("a".into()), &mut budget).unwrap();
        grid.merged.push(((1, 0), (1_000_000, 0)));
        let rows = grid.into_rows(&mut budget).unwrap();
        assert_eq!(rows.len(), 2, "no rows are made up");
        assert_eq!(rows[0].cells, [(0, CellValue::Text("a".into())), (1, CellValue::Number(1.0))], "in column order");
        assert_eq!(rows[1].get(0), Some(&CellValue::Text("a".into())));
    }

    #[test]
    fn merged_areas_cannot_make_reading_slow() {
        let mut budget = Budget { cells: 0 };
        let mut grid = Grid::default();
        for row in 0..100 {
            grid.put(row, 0, CellValue::Number(1.0), &mut budget).unwrap();
        }
        grid.merged = vec![((0, 0), (1_000_000, MAX_COLUMNS)); 100_000];
        let refused = grid.into_rows(&mut budget).unwrap_err();
        assert_eq!(refused.code(), "too-many-cells");
    }
}
