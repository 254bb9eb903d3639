//! From the template's sheets to a checked snapshot. The cells become the snapshot's JSON (values the
//! importer cannot read are passed on as written, so the snapshot checker names what is wrong with them);
//! the full checker (`domain::parse_snapshot`) then runs on it, and each problem's JSON path is traced back
//! to the sheet, row and cell it came from. Only the file's shape (sheets, header rows) and what the checker
//! cannot see (formula errors, results for an offer that is not on `Tilbud`) are judged here.

use super::cell::{date_text, decimal, number_text, serial_date, share_text, share_to_percent, CellValue};
use super::problem::{ImportProblem, Issue, Place, Raw, Warning};
use super::read::{Book, Form, RawRow, RawSheet};
use super::sheets::{is_all_ages, normalise, read_reason, Column, Kind, SheetId, SheetSpec, OM_FIELDS, SHEETS};
use super::words::words;
use crate::domain::problem::{Problem, ProblemKind};
use crate::domain::snapshot::Id;
use crate::domain::validate::MAX_PROBLEMS;
use crate::domain::{parse_snapshot, Lang, Snapshot};
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// A valid snapshot made from a workbook: the file's text (what `import -o` writes, exactly the bytes the
/// checker passed) and the checked value.
#[derive(Debug)]
pub struct Imported {
    pub text: String,
    pub snapshot: Snapshot,
    pub warnings: Vec<Warning>,
}

/// A workbook that did not make a valid snapshot: every problem (the first `MAX_PROBLEMS`), and how many more.
#[derive(Debug)]
pub struct Refused {
    pub problems: Vec<ImportProblem>,
    pub more: usize,
    pub warnings: Vec<Warning>,
}

impl Refused {
    pub fn total(&self) -> usize {
        self.problems.len() + self.more
    }

    /// One line per problem, then "and N more" when capped.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let mut lines: Vec<String> = self.problems.iter().map(|p| p.line(lang)).collect();
        if self.more > 0 {
            lines.push(words(lang).more_problems(self.more));
        }
        lines
    }

    pub(super) fn single(problem: ImportProblem) -> Refused {
        Refused { problems: vec![problem], more: 0, warnings: Vec::new() }
    }
}

/// A template sheet with its header row read.
struct Sheet<'b> {
    spec: &'static SheetSpec,
    raw: &'b RawSheet,
    csv: bool,
    /// Each recognised column: its spec, its 0-based index, and its header as the file writes it.
    cols: Vec<(&'static Column, u32, String)>,
    /// The rows below the header row.
    rows: &'b [RawRow],
}

impl Sheet<'_> {
    fn col(&self, column: &Column) -> Option<(u32, &str)> {
        self.cols.iter().find(|(c, _, _)| std::ptr::eq(*c, column)).map(|(_, i, h)| (*i, h.as_str()))
    }

    /// The place of a cell in a row; the row's first template column when `column` is `None`.
    fn place(&self, row: Option<&RawRow>, column: Option<&Column>) -> Place {
        let column = column.or_else(|| self.spec.columns.first());
        let found = column.and_then(|c| self.col(c));
        Place {
            sheet: self.raw.name.clone(),
            csv: self.csv,
            row: row.map(|r| r.number),
            col: row.and(found.map(|(i, _)| i)),
            column: found.map(|(_, h)| h.to_owned()).or_else(|| column.map(|c| c.header.to_owned())),
        }
    }

    fn cell<'r>(&self, row: &'r RawRow, column: &Column) -> Option<&'r CellValue> {
        self.col(column).and_then(|(i, _)| row.get(i))
    }
}

fn header_text(value: &CellValue) -> String {
    match value {
        CellValue::Text(s) | CellValue::Error(s) => s.clone(),
        CellValue::Number(x) => number_text(*x, false),
        CellValue::Date(d) => d.to_string(),
        CellValue::Bool(b) => b.to_string(),
        CellValue::Empty => String::new(),
    }
}

/// A cell's content as text: ids, names and codes typed as numbers or dates read as they show.
fn text_of(value: &CellValue) -> String {
    header_text(value)
}

/// Reads the sheets' header rows. Problems here are about the file's shape and stop the import: with a
/// sheet or column missing, every row would report the same thing again.
fn shape<'b>(book: &'b Book, warnings: &mut Vec<Warning>) -> (Vec<Sheet<'b>>, Vec<ImportProblem>) {
    let csv = book.form == Form::Csv;
    let mut problems = Vec::new();
    let mut sheets: Vec<Sheet<'b>> = Vec::new();
    for name in &book.others {
        warnings.push(Warning::UnknownSheet { name: name.clone() });
    }
    if book.sheets.is_empty() {
        problems.push(ImportProblem { issue: Issue::EmptyWorkbook { csv }, place: None, path: None });
        return (sheets, problems);
    }
    for raw in &book.sheets {
        let spec = raw.id.spec();
        if let Some(first) = sheets.iter().find(|s| s.spec.id == raw.id) {
            let issue = Issue::DuplicateSheet { sheet: raw.id, first: first.raw.name.clone() };
            problems.push(ImportProblem { issue, place: Some(Place::sheet(&raw.name, csv)), path: None });
            continue;
        }
        let Some((header, rows)) = raw.rows.split_first() else {
            let issue = Issue::EmptySheet { sheet: raw.id };
            problems.push(ImportProblem { issue, place: Some(Place::sheet(&raw.name, csv)), path: None });
            continue;
        };
        let mut sheet = Sheet { spec, raw, csv, cols: Vec::new(), rows };
        for (col, value) in &header.cells {
            let text = header_text(value);
            let place = Place {
                row: Some(header.number),
                col: Some(*col),
                column: Some(text.clone()),
                ..Place::sheet(&raw.name, csv)
            };
            match spec.column(&text) {
                Some(column) => {
                    if let Some((first, _)) = sheet.col(column) {
                        let first = Place { col: Some(first), ..place.clone() };
                        let issue = Issue::DuplicateColumn { header: column.header, first };
                        problems.push(ImportProblem { issue, place: Some(place), path: None });
                        continue;
                    }
                    sheet.cols.push((column, *col, text));
                }
                None => warnings.push(Warning::UnknownColumn { place, header: text }),
            }
        }
        for column in spec.columns.iter().filter(|c| c.required) {
            if sheet.col(column).is_none() {
                let place = Place {
                    row: Some(header.number),
                    column: Some(column.header.to_owned()),
                    ..Place::sheet(&raw.name, csv)
                };
                problems.push(ImportProblem {
                    issue: Issue::MissingColumn { header: column.header },
                    place: Some(place),
                    path: None,
                });
            }
        }
        sheets.push(sheet);
    }
    for spec in SHEETS.iter().filter(|s| s.required) {
        let found = book.sheets.iter().any(|s| s.id == spec.id);
        if !found {
            problems.push(ImportProblem {
                issue: Issue::MissingSheet { sheet: spec.id, csv },
                place: None,
                path: None,
            });
        }
    }
    (sheets, problems)
}

/// What a cell puts into the snapshot.
enum Put {
    Nothing,
    Value(Value),
    /// A measure's missing-value reason (its code), in place of the share.
    Reason(&'static str),
}

fn number_value(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or_else(|| Value::String(x.to_string()), Value::Number)
    }
}

fn decimal_value(text: &str, read: impl Fn(&str) -> Option<String>) -> Value {
    read(text)
        .and_then(|d| d.parse::<serde_json::Number>().ok())
        .map_or_else(|| Value::String(text.to_owned()), Value::Number)
}

/// A cell as the snapshot value its column needs; what cannot be read is passed on as written.
fn convert(kind: Kind, cell: &CellValue) -> Put {
    use CellValue as C;
    let value = match (kind, cell) {
        (_, C::Empty) => return Put::Nothing,
        (_, C::Error(_)) => Value::Null,
        (_, C::Bool(b)) => Value::Bool(*b),
        (Kind::Id | Kind::Ref(_) | Kind::Text, c) => Value::String(text_of(c)),
        (Kind::BandRef, c) => {
            let text = text_of(c);
            Value::String(if is_all_ages(&text) { "all".to_owned() } else { text })
        }
        (Kind::Refs(_), C::Text(s)) => {
            let ids = s.split([',', ';', '\n', '\r']).map(str::trim).filter(|id| !id.is_empty());
            Value::Array(ids.map(|id| Value::String(id.to_owned())).collect())
        }
        (Kind::Refs(_), c) => Value::Array(vec![Value::String(text_of(c))]),
        // Codes are lower case; `DA, EN` is what an analyst means by `da, en`.
        (Kind::Languages, c) => {
            let text = text_of(c);
            let codes = text.split([',', ';', '\n', '\r']).map(str::trim).filter(|code| !code.is_empty());
            Value::Array(codes.map(|code| Value::String(code.to_ascii_lowercase())).collect())
        }
        (Kind::Code(codes), c) => {
            let text = text_of(c);
            Value::String(codes.read(&text).map_or(text, str::to_owned))
        }
        (Kind::Date, C::Date(d)) => Value::String(d.to_string()),
        (Kind::Date, C::Number(x)) => {
            serial_date(*x).map_or_else(|| number_value(*x), |d| Value::String(d.to_string()))
        }
        (Kind::Date, C::Text(s)) => Value::String(date_text(s).map_or_else(|| s.clone(), |d| d.to_string())),
        (Kind::MeasureShare, C::Text(s)) => match read_reason(s) {
            Some(reason) => return Put::Reason(reason.code()),
            None => decimal_value(s, share_text),
        },
        (_, C::Number(x)) => number_value(*x),
        (_, C::Date(d)) => Value::String(d.to_string()),
        (Kind::Share, C::Text(s)) => decimal_value(s, share_text),
        (_, C::Text(s)) => decimal_value(s, decimal),
    };
    Put::Value(value)
}

/// Sets `a.b.c` in an object, making the objects on the way.
fn set_path(obj: &mut Map<String, Value>, path: &str, value: Value) {
    match path.split_once('.') {
        None => {
            obj.insert(path.to_owned(), value);
        }
        Some((head, rest)) => {
            if !obj.contains_key(head) {
                obj.insert(head.to_owned(), Value::Object(Map::new()));
            }
            if let Some(Value::Object(inner)) = obj.get_mut(head) {
                set_path(inner, rest, value);
            }
        }
    }
}

/// Where each item of the snapshot came from: an index into its sheet's rows.
#[derive(Default)]
struct Origins {
    om: HashMap<&'static str, usize>,
    lists: HashMap<SheetId, Vec<usize>>,
    /// Per offer, its results' rows on `Resultater`.
    results: Vec<Vec<usize>>,
}

struct Builder<'b> {
    sheets: Vec<Sheet<'b>>,
    problems: Vec<ImportProblem>,
    warnings: Vec<Warning>,
    origins: Origins,
}

impl<'b> Builder<'b> {
    fn sheet(&self, id: SheetId) -> Option<&Sheet<'b>> {
        self.sheets.iter().find(|s| s.spec.id == id)
    }

    fn formula_error(
        problems: &mut Vec<ImportProblem>,
        sheet: &Sheet<'_>,
        row: &RawRow,
        column: &Column,
        cell: &CellValue,
    ) {
        if let CellValue::Error(error) = cell {
            let place = sheet.place(Some(row), Some(column));
            problems.push(ImportProblem {
                issue: Issue::FormulaError { error: error.clone() },
                place: Some(place),
                path: None,
            });
        }
    }

    /// A row's JSON object, from the columns that have a place in it.
    fn object(sheet: &Sheet<'_>, row: &RawRow, problems: &mut Vec<ImportProblem>) -> Map<String, Value> {
        let mut obj = Map::new();
        for (column, col, _) in &sheet.cols {
            if column.json.is_empty() {
                continue;
            }
            let Some(cell) = row.get(*col) else { continue };
            Self::formula_error(problems, sheet, row, column, cell);
            match convert(column.kind, cell) {
                Put::Nothing => {}
                Put::Value(value) => set_path(&mut obj, column.json, value),
                Put::Reason(code) => {
                    let at = column
                        .json
                        .strip_suffix(".share")
                        .map_or_else(|| column.json.to_owned(), |m| format!("{m}.missing"));
                    set_path(&mut obj, &at, Value::String(code.to_owned()));
                }
            }
        }
        obj
    }

    fn om(&mut self, root: &mut Map<String, Value>) {
        let Some(sheet) = self.sheet(SheetId::Om) else { return };
        let (Some(felt), Some(vaerdi)) = (sheet.spec.column("felt"), sheet.spec.column("værdi")) else { return };
        let mut problems = Vec::new();
        let mut warnings = Vec::new();
        let mut seen: HashMap<&'static str, usize> = HashMap::new();
        for (i, row) in sheet.rows.iter().enumerate() {
            let name = sheet.cell(row, felt).map(text_of).unwrap_or_default();
            let Some(field) = OM_FIELDS.iter().find(|f| normalise(f.header) == normalise(&name)) else {
                warnings.push(Warning::UnknownField { place: sheet.place(Some(row), Some(felt)), field: name });
                continue;
            };
            if let Some(&first) = seen.get(field.json) {
                let first = sheet.place(sheet.rows.get(first), Some(felt));
                let issue = Issue::DuplicateField { field: field.header, first };
                problems.push(ImportProblem { issue, place: Some(sheet.place(Some(row), Some(felt))), path: None });
                continue;
            }
            seen.insert(field.json, i);
            let Some(cell) = sheet.cell(row, vaerdi) else { continue };
            Self::formula_error(&mut problems, sheet, row, vaerdi, cell);
            if let Put::Value(value) = convert(field.kind, cell) {
                root.insert(field.json.to_owned(), value);
            }
        }
        self.origins.om = seen;
        self.problems.extend(problems);
        self.warnings.extend(warnings);
    }

    /// The rows of a list sheet as JSON objects.
    fn list(&mut self, id: SheetId) -> Option<Vec<Map<String, Value>>> {
        let sheet = self.sheet(id)?;
        let mut problems = Vec::new();
        let mut items = Vec::with_capacity(sheet.rows.len());
        let mut origin = Vec::with_capacity(sheet.rows.len());
        for (i, row) in sheet.rows.iter().enumerate() {
            let obj = Self::object(sheet, row, &mut problems);
            // `alle` would be read as "all ages" in Resultater, so it cannot name a band either.
            if id == SheetId::Aldersgrupper
                && obj.get("id").and_then(Value::as_str).is_some_and(|s| normalise(s) == "alle")
            {
                let column = sheet.spec.column("id");
                problems.push(ImportProblem {
                    issue: Issue::ReservedId,
                    place: Some(sheet.place(Some(row), column)),
                    path: None,
                });
            }
            items.push(obj);
            origin.push(i);
        }
        self.problems.extend(problems);
        self.origins.lists.insert(id, origin);
        Some(items)
    }

    /// Puts each `Resultater` row into its offer's `results`.
    fn results(&mut self, offers: &mut [Map<String, Value>]) {
        let Some(sheet) = self.sheet(SheetId::Resultater) else { return };
        let Some(tilbud) = sheet.spec.column("tilbud") else { return };
        let mut by_id: HashMap<String, usize> = HashMap::new();
        for (k, offer) in offers.iter().enumerate() {
            if let Some(id) = offer.get("id").and_then(Value::as_str) {
                by_id.entry(id.to_owned()).or_insert(k);
            }
        }
        let mut problems = Vec::new();
        let mut origins = vec![Vec::new(); offers.len()];
        for (i, row) in sheet.rows.iter().enumerate() {
            let obj = Self::object(sheet, row, &mut problems);
            let place = || Some(sheet.place(Some(row), Some(tilbud)));
            let id = match sheet.cell(row, tilbud) {
                None => {
                    let column = sheet.col(tilbud).map_or(tilbud.header, |(_, h)| h).to_owned();
                    problems.push(ImportProblem { issue: Issue::MissingValue { column }, place: place(), path: None });
                    continue;
                }
                Some(cell @ CellValue::Error(_)) => {
                    Self::formula_error(&mut problems, sheet, row, tilbud, cell);
                    continue;
                }
                Some(cell) => text_of(cell),
            };
            match by_id.get(&id) {
                Some(&k) => {
                    if let (Some(Value::Array(results)), Some(origin)) =
                        (offers.get_mut(k).and_then(|o| o.get_mut("results")), origins.get_mut(k))
                    {
                        results.push(Value::Object(obj));
                        origin.push(i);
                    }
                }
                None => problems.push(ImportProblem { issue: Issue::UnknownOffer { id }, place: place(), path: None }),
            }
        }
        self.origins.results = origins;
        self.problems.extend(problems);
    }

    fn build(&mut self) -> Value {
        let mut root = Map::new();
        root.insert("format".into(), Value::String("visitationsguide-snapshot".into()));
        root.insert("format_version".into(), Value::from(1));
        self.om(&mut root);
        for id in [SheetId::Perioder, SheetId::Aldersgrupper, SheetId::Maalgrupper, SheetId::Leverandoerer] {
            if let Some(items) = self.list(id) {
                root.insert(id.spec().list.to_owned(), Value::Array(items.into_iter().map(Value::Object).collect()));
            }
        }
        if let Some(mut offers) = self.list(SheetId::Tilbud) {
            for offer in &mut offers {
                offer.insert("results".into(), Value::Array(Vec::new()));
            }
            self.results(&mut offers);
            root.insert("offers".into(), Value::Array(offers.into_iter().map(Value::Object).collect()));
        }
        if let Some(items) = self.list(SheetId::Byen) {
            root.insert("references".into(), Value::Array(items.into_iter().map(Value::Object).collect()));
        }
        Value::Object(root)
    }
}

// ---- from a JSON path back to the sheet ----

enum Seg<'p> {
    Key(&'p str),
    Index(usize),
}

fn segments(path: &str) -> Vec<Seg<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Seg::Key(key));
        }
        while let Some((index, after)) = rest.split_once(']') {
            if let Ok(i) = index.parse() {
                out.push(Seg::Index(i));
            }
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    out
}

/// The column a path inside a row's object names: exactly, or the first column inside it (`name` → `name.da`),
/// or the one around it; a measure's `missing` is its share column.
fn column_for(spec: &'static SheetSpec, inner: &str) -> Option<&'static Column> {
    let mut inner = inner.strip_suffix(".missing").map_or_else(|| inner.to_owned(), |m| format!("{m}.share"));
    loop {
        if inner.is_empty() {
            return None;
        }
        let exact = spec.columns.iter().find(|c| c.json == inner);
        let prefix = format!("{inner}.");
        if let Some(column) = exact.or_else(|| spec.columns.iter().find(|c| c.json.starts_with(&prefix))) {
            return Some(column);
        }
        inner = inner.rsplit_once('.').map(|(head, _)| head.to_owned()).unwrap_or_default();
    }
}

/// A JSON path traced back: the sheet, the row, and the column (for `Om`, the field).
struct Located<'s, 'b> {
    sheet: &'s Sheet<'b>,
    row: Option<&'b RawRow>,
    column: Option<&'static Column>,
    /// The path inside the row's object, keys only (`job_or_education.n`).
    inner: String,
}

impl<'b> Located<'_, 'b> {
    fn place(&self) -> Place {
        self.sheet.place(self.row, self.column.filter(|_| self.sheet.spec.id != SheetId::Om).or(self.om_value()))
    }

    fn om_value(&self) -> Option<&'static Column> {
        (self.sheet.spec.id == SheetId::Om).then(|| self.sheet.spec.column("værdi")).flatten()
    }

    fn cell(&self) -> Option<&'b CellValue> {
        let row = self.row?;
        let column = if self.sheet.spec.id == SheetId::Om { self.om_value()? } else { self.column? };
        self.sheet.cell(row, column)
    }

    /// The column's name for a message: the header as the file writes it (the field's name on `Om`).
    fn column_name(&self) -> String {
        match (self.sheet.spec.id, self.column) {
            (SheetId::Om, Some(field)) => field.header.to_owned(),
            (_, Some(column)) => self.sheet.col(column).map_or(column.header, |(_, h)| h).to_owned(),
            (_, None) => String::new(),
        }
    }
}

impl Builder<'_> {
    fn locate(&self, path: &str) -> Option<Located<'_, '_>> {
        let segs = segments(path);
        let row_of = |id: SheetId, i: usize| -> Option<(&Sheet<'_>, Option<&RawRow>)> {
            let sheet = self.sheet(id)?;
            let index = self.origins.lists.get(&id).and_then(|rows| rows.get(i)).copied();
            Some((sheet, index.and_then(|r| sheet.rows.get(r))))
        };
        let keys = |rest: &[Seg<'_>]| -> String {
            rest.iter().filter_map(|s| if let Seg::Key(k) = s { Some(*k) } else { None }).collect::<Vec<_>>().join(".")
        };
        let (sheet, row, inner) = match segs.as_slice() {
            [Seg::Key(field @ ("published" | "publisher")), ..] => {
                let sheet = self.sheet(SheetId::Om)?;
                let row = self.origins.om.get(field).and_then(|&r| sheet.rows.get(r));
                let column = OM_FIELDS.iter().find(|f| f.json == *field);
                return Some(Located { sheet, row, column, inner: (*field).to_owned() });
            }
            [Seg::Key("offers"), Seg::Index(i), Seg::Key("results"), Seg::Index(j), rest @ ..] => {
                let sheet = self.sheet(SheetId::Resultater)?;
                let index = self.origins.results.get(*i).and_then(|rows| rows.get(*j)).copied();
                (sheet, index.and_then(|r| sheet.rows.get(r)), keys(rest))
            }
            [Seg::Key(list), rest @ ..] => {
                let id =
                    SHEETS.iter().find(|s| !s.list.is_empty() && s.list == *list && s.id != SheetId::Resultater)?.id;
                match rest {
                    [Seg::Index(i), inner @ ..] => {
                        let (sheet, row) = row_of(id, *i)?;
                        (sheet, row, keys(inner))
                    }
                    _ => (self.sheet(id)?, None, String::new()),
                }
            }
            _ => return None,
        };
        let column = column_for(sheet.spec, &inner);
        Some(Located { sheet, row, column, inner })
    }

    /// The row-level place of another item a problem refers to (`offers[3].id`, `age_bands[0]`).
    fn place_of(&self, path: &str) -> Option<Place> {
        self.locate(path).map(|l| l.place())
    }

    fn map_problem(&self, problem: &Problem) -> Option<ImportProblem> {
        let path = problem.path.to_string();
        let located = self.locate(&path);
        let cell = located.as_ref().and_then(Located::cell);
        if matches!(cell, Some(CellValue::Error(_))) {
            return None; // reported as a formula error already
        }
        let issue = self.issue(&problem.kind, located.as_ref(), cell, &path);
        let place = located.as_ref().map(|at| match problem.kind {
            // The count is the cell to clear, so it is the one named.
            ProblemKind::MeasureBothForms => at.sheet.place(at.row, n_column(at).or(at.column)),
            _ => at.place(),
        });
        Some(ImportProblem { issue, place, path: Some(path) })
    }

    fn issue(&self, kind: &ProblemKind, at: Option<&Located<'_, '_>>, cell: Option<&CellValue>, path: &str) -> Issue {
        use ProblemKind as K;
        let column = at.map(Located::column_name).unwrap_or_default();
        let column_kind = at.and_then(|l| l.column).map(|c| c.kind);
        let sheet = at.map(|l| l.sheet.spec.id);
        let raw = |fallback: &str| -> Raw {
            match cell {
                Some(CellValue::Number(x)) => Raw::Number(*x),
                Some(c @ (CellValue::Text(_) | CellValue::Date(_) | CellValue::Bool(_))) => Raw::Text(text_of(c)),
                _ => Raw::Text(fallback.to_owned()),
            }
        };
        let is_share = matches!(column_kind, Some(Kind::Share | Kind::MeasureShare));
        match kind {
            K::Missing => match (sheet, at.and_then(|l| l.row), column_kind) {
                (Some(SheetId::Om), None, _) => {
                    let field = at.and_then(|l| l.column).map_or("", |c| c.header);
                    Issue::MissingField { field }
                }
                (_, _, Some(Kind::MeasureShare)) => Issue::MissingFigure { column },
                (_, _, Some(Kind::MeasureN)) => {
                    let share = at.and_then(|l| {
                        let measure = l.inner.strip_suffix(".n")?;
                        let share = column_for(l.sheet.spec, &format!("{measure}.share"))?;
                        Some(l.sheet.col(share).map_or(share.header, |(_, h)| h).to_owned())
                    });
                    Issue::MissingN { column, share_column: share.unwrap_or_default() }
                }
                (_, _, Some(_)) => Issue::MissingValue { column },
                _ => Issue::Rule(kind.clone()),
            },
            K::EmptyText => Issue::MissingValue { column },
            K::WrongType { .. } | K::NotFinite { .. } => match column_kind {
                Some(Kind::Date) => Issue::BadDate { raw: raw(""), column },
                Some(Kind::Share) => Issue::NotAShare { raw: raw(""), column, reasons: false },
                Some(Kind::MeasureShare) => Issue::NotAShare { raw: raw(""), column, reasons: true },
                Some(Kind::Age | Kind::Count | Kind::MeasureN | Kind::Positive | Kind::NonNegative) => {
                    Issue::NotANumber { raw: raw(""), column }
                }
                _ => Issue::Rule(kind.clone()),
            },
            K::NotInteger { raw: r } => Issue::NotWholeNumber { raw: raw(r), column },
            K::Below { raw: r, .. } if is_share => Issue::ShareBelowZero { raw: raw(r), column },
            K::Below { raw: r, min } => Issue::Below { raw: raw(r), min: min.clone(), column },
            K::Above { raw: r, .. } if is_share => {
                let percent = match cell {
                    Some(CellValue::Number(x)) => Some(share_to_percent(&number_text(*x, false))),
                    Some(CellValue::Text(t)) if !t.trim_end().ends_with('%') => {
                        decimal(t).map(|d| share_to_percent(&d))
                    }
                    _ => None,
                };
                Issue::ShareAboveOne { raw: raw(r), column, percent }
            }
            K::Above { raw: r, max } => Issue::Above { raw: raw(r), max: max.clone(), column },
            K::NotPositive { raw: r } => Issue::NotPositive { raw: raw(r), column },
            K::BadDate { found } => Issue::BadDate { raw: raw(found), column },
            K::FutureDate { date, limit } => Issue::FutureDate { date: date.clone(), limit: limit.clone() },
            K::BadId { found } => Issue::BadId { raw: raw(found), suggestion: id_suggestion(found) },
            K::ReservedId => Issue::ReservedId,
            K::NotOneOf { found, .. } => match column_kind {
                Some(Kind::Code(codes)) => {
                    let mut allowed: Vec<&'static str> =
                        codes.spellings().iter().filter_map(|s| s.danish.first().copied()).collect();
                    allowed.extend(codes.spellings().iter().map(|s| s.code));
                    Issue::UnknownCode { raw: raw(found), column, allowed }
                }
                _ => Issue::Rule(kind.clone()),
            },
            K::TooFewItems { min, .. } => match (sheet, at.map(|l| l.inner.as_str())) {
                (Some(SheetId::Tilbud), Some("target_groups")) => Issue::NoTargetGroups,
                (Some(SheetId::Tilbud), Some("languages")) => Issue::Rule(kind.clone()),
                (Some(sheet), _) => Issue::TooFewRows { sheet, min: *min },
                _ => Issue::Rule(kind.clone()),
            },
            K::TooManyItems { max, .. } => match sheet {
                Some(sheet) => Issue::TooManyRows { sheet, max: *max },
                None => Issue::Rule(kind.clone()),
            },
            K::Duplicate { id, first } => Issue::DuplicateId { id: id.clone(), first: self.place_of(first) },
            K::DuplicateCell { first } if sheet == Some(SheetId::Byen) => {
                Issue::DuplicateReference { first: self.place_of(first) }
            }
            K::DuplicateCell { first } => Issue::DuplicateResult { first: self.place_of(first) },
            K::UnknownRef { id, list } => match SHEETS.iter().find(|s| s.list == *list) {
                Some(spec) => Issue::UnknownRef { id: id.clone(), sheet: spec.id },
                None => Issue::Rule(kind.clone()),
            },
            K::NotOfferGroup { id } => {
                let offer = path.split(".results").next().unwrap_or_default();
                Issue::NotOfferGroup { id: id.clone(), offer_groups: self.place_of(&format!("{offer}.target_groups")) }
            }
            K::MinAboveMax { min, max } => Issue::MinAboveMax { min: min.clone(), max: max.clone() },
            K::FromAfterTo { from, to } => Issue::FromAfterTo { from: from.clone(), to: to.clone() },
            K::BandsUnsorted { previous } => Issue::BandsUnsorted { previous: self.place_of(previous) },
            K::BandsOverlap { previous } => Issue::BandsOverlap { previous: self.place_of(previous) },
            K::PeriodsNotNewestFirst { previous } => Issue::PeriodsNotNewestFirst { previous: self.place_of(previous) },
            K::CountAboveParticipants { n, participants } => {
                Issue::NAboveParticipants { n: n.clone(), participants: participants.clone() }
            }
            K::MeasureBothForms => {
                let n_name =
                    at.and_then(|l| n_column(l).map(|c| l.sheet.col(c).map_or(c.header, |(_, h)| h).to_owned()));
                Issue::ReasonAndNumber { column: n_name.unwrap_or_default(), share_column: column }
            }
            K::TooLarge { bytes, limit } => Issue::SnapshotTooLarge { bytes: *bytes, limit: *limit },
            _ => Issue::Rule(kind.clone()),
        }
    }
}

/// The `_n` column of the measure a path is in.
fn n_column(at: &Located<'_, '_>) -> Option<&'static Column> {
    let measure = at.inner.trim_end_matches(".share").trim_end_matches(".missing").trim_end_matches(".n");
    column_for(at.sheet.spec, &format!("{measure}.n"))
}

/// `CBSI` → `cbsi`, `Intensiv aktivering` → `intensiv-aktivering`: what the analyst probably meant, when valid.
fn id_suggestion(found: &str) -> Option<String> {
    let mut out = String::new();
    for c in found.trim().chars().flat_map(char::to_lowercase) {
        match c {
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            c if c.is_whitespace() => out.push('-'),
            c => out.push(c),
        }
    }
    (out != found && Id::parse(&out).is_some()).then_some(out)
}

/// The order problems are listed in: by sheet as the workbook shows them, then row, then column.
fn sort_key(p: &ImportProblem, order: &HashMap<String, usize>) -> (usize, u32, u32) {
    match &p.place {
        None => (0, 0, 0),
        Some(place) => {
            (order.get(&place.sheet).map_or(usize::MAX, |i| i + 1), place.row.unwrap_or(0), place.col.unwrap_or(0))
        }
    }
}

/// Builds and checks the snapshot from a book's sheets. `today` bounds the publication date.
pub fn import_book(book: &Book, today: NaiveDate) -> Result<Imported, Refused> {
    let mut warnings = Vec::new();
    let (sheets, problems) = shape(book, &mut warnings);
    if !problems.is_empty() {
        return Err(cap(problems, 0, warnings, book));
    }
    let mut builder = Builder { sheets, problems: Vec::new(), warnings, origins: Origins::default() };
    let json = builder.build();
    // Checked as written, so the size limit and every rule apply to the very file `import -o` writes.
    let text = super::json_text::pretty(&json);
    drop(json);
    let checked = parse_snapshot(text.as_bytes(), today);
    let mut problems = std::mem::take(&mut builder.problems);
    let mut more = 0;
    match checked {
        Ok(snapshot) if problems.is_empty() => {
            return Ok(Imported { text, snapshot, warnings: builder.warnings });
        }
        Ok(_) => {}
        Err(invalid) => {
            problems.extend(invalid.problems.iter().filter_map(|p| builder.map_problem(p)));
            more = invalid.more;
        }
    }
    let warnings = std::mem::take(&mut builder.warnings);
    Err(cap(problems, more, warnings, book))
}

fn cap(mut problems: Vec<ImportProblem>, more: usize, warnings: Vec<Warning>, book: &Book) -> Refused {
    let order: HashMap<String, usize> = book.sheets.iter().map(|s| (s.name.clone(), s.id as usize)).collect();
    problems.sort_by_key(|p| sort_key(p, &order));
    let extra = problems.len().saturating_sub(MAX_PROBLEMS);
    problems.truncate(MAX_PROBLEMS);
    Refused { problems, more: more + extra, warnings }
}
