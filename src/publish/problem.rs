//! What can be wrong with a workbook or a CSV folder, where (sheet and cell as the analyst sees them, and the
//! JSON path when the snapshot checker found it), and each problem's stable kebab-case code. The words are
//! in `words.rs`.

use super::cell::number_text;
use super::sheets::SheetId;
use super::words::words;
use crate::domain::problem::ProblemKind;
use crate::domain::Lang;
use serde_json::{json, Value};

/// Where a problem is: a sheet (or CSV file), optionally a row, optionally a cell in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The sheet's name in the workbook, or the CSV file's name.
    pub sheet: String,
    /// Named the CSV way (`resultater.csv række 14, kolonne x`) rather than the workbook way (`Resultater!F14`).
    pub csv: bool,
    /// 1-based, as the spreadsheet numbers rows.
    pub row: Option<u32>,
    /// 0-based column index (A = 0).
    pub col: Option<u32>,
    /// The column's header as the file writes it.
    pub column: Option<String>,
}

impl Place {
    pub fn sheet(sheet: &str, csv: bool) -> Place {
        Place { sheet: sheet.to_owned(), csv, row: None, col: None, column: None }
    }

    /// The Excel address of the cell (`F14`), when the place is one cell.
    pub fn cell(&self) -> Option<String> {
        Some(format!("{}{}", column_letters(self.col?), self.row?))
    }

    /// `Resultater!F14`, `Resultater række 3`, `Resultater`; or `resultater.csv række 14, kolonne x`.
    pub fn describe(&self, lang: Lang) -> String {
        let w = words(lang);
        match (self.csv, self.cell(), self.row) {
            (false, Some(cell), _) => format!("{}!{cell}", self.sheet),
            (_, _, Some(row)) => {
                let column = if self.csv { self.column.as_deref() } else { None };
                w.row_place(&self.sheet, row, column)
            }
            _ => self.sheet.clone(),
        }
    }
}

/// `0` → `A`, `25` → `Z`, `26` → `AA`.
pub fn column_letters(col: u32) -> String {
    let mut n = u64::from(col) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        letters.push(char::from(b'A' + rem));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A cell's content as it is quoted back in a message: text as written, numbers with the language's mark.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw {
    Text(String),
    Number(f64),
}

impl Raw {
    pub fn show(&self, lang: Lang) -> String {
        match self {
            Raw::Text(text) => text.clone(),
            Raw::Number(x) => number_text(*x, lang == Lang::Da),
        }
    }
}

/// Why a file is not a workbook, for a message that says what it looks like instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileLooks {
    Pdf,
    /// The old binary `.xls` format.
    OldExcel,
    /// A zip file that holds no workbook.
    Zip,
    Text,
    Unknown,
}

/// What is wrong. Each variant has one stable code (`code()`); the words are in `words.rs`.
#[derive(Clone, Debug, PartialEq)]
pub enum Issue {
    // ---- the file ----
    NotAWorkbook {
        looks: FileLooks,
    },
    FileTooLarge {
        bytes: u64,
        limit: u64,
    },
    TooManyCells {
        limit: usize,
    },
    NotUtf8,
    EmptyWorkbook {
        csv: bool,
    },
    /// A sheet whose XML is broken: reading on would lose rows silently.
    UnreadableSheet {
        sheet: String,
    },
    // ---- sheets and columns (these stop the import before the snapshot checker runs) ----
    MissingSheet {
        sheet: SheetId,
        csv: bool,
    },
    DuplicateSheet {
        sheet: SheetId,
        first: String,
    },
    EmptySheet {
        sheet: SheetId,
    },
    MissingColumn {
        header: &'static str,
    },
    DuplicateColumn {
        header: &'static str,
        first: Place,
    },
    // ---- cells the importer reads ----
    FormulaError {
        error: String,
    },
    MissingField {
        field: &'static str,
    },
    DuplicateField {
        field: &'static str,
        first: Place,
    },
    UnknownOffer {
        id: String,
    },
    // ---- what the snapshot checker found, in the sheet's words ----
    MissingValue {
        column: String,
    },
    /// A measure's `_andel` cell is empty.
    MissingFigure {
        column: String,
    },
    MissingN {
        column: String,
        share_column: String,
    },
    ReasonAndNumber {
        column: String,
        share_column: String,
    },
    ShareAboveOne {
        raw: Raw,
        column: String,
        percent: Option<String>,
    },
    ShareBelowZero {
        raw: Raw,
        column: String,
    },
    /// `reasons`: a measure's share, which may also be a missing-value reason.
    NotAShare {
        raw: Raw,
        column: String,
        reasons: bool,
    },
    NotANumber {
        raw: Raw,
        column: String,
    },
    NotWholeNumber {
        raw: Raw,
        column: String,
    },
    Below {
        raw: Raw,
        min: String,
        column: String,
    },
    Above {
        raw: Raw,
        max: String,
        column: String,
    },
    NotPositive {
        raw: Raw,
        column: String,
    },
    BadDate {
        raw: Raw,
        column: String,
    },
    FutureDate {
        date: String,
        limit: String,
    },
    BadId {
        raw: Raw,
        suggestion: Option<String>,
    },
    ReservedId,
    UnknownCode {
        raw: Raw,
        column: String,
        allowed: Vec<&'static str>,
    },
    UnknownRef {
        id: String,
        sheet: SheetId,
    },
    NotOfferGroup {
        id: String,
        offer_groups: Option<Place>,
    },
    NoTargetGroups,
    TooFewRows {
        sheet: SheetId,
        min: usize,
    },
    TooManyRows {
        sheet: SheetId,
        max: usize,
    },
    DuplicateId {
        id: String,
        first: Option<Place>,
    },
    DuplicateResult {
        first: Option<Place>,
    },
    DuplicateReference {
        first: Option<Place>,
    },
    MinAboveMax {
        min: String,
        max: String,
    },
    FromAfterTo {
        from: String,
        to: String,
    },
    BandsUnsorted {
        previous: Option<Place>,
    },
    BandsOverlap {
        previous: Option<Place>,
    },
    PeriodsNotNewestFirst {
        previous: Option<Place>,
    },
    NAboveParticipants {
        n: String,
        participants: String,
    },
    SnapshotTooLarge {
        bytes: u64,
        limit: u64,
    },
    /// Anything else the checker says, in its own words.
    Rule(ProblemKind),
}

impl Issue {
    /// The stable code publishers can search their notes for.
    pub fn code(&self) -> &'static str {
        match self {
            Issue::NotAWorkbook { .. } => "not-a-workbook",
            Issue::FileTooLarge { .. } => "file-too-large",
            Issue::TooManyCells { .. } => "too-many-cells",
            Issue::NotUtf8 => "not-utf8",
            Issue::EmptyWorkbook { .. } => "empty-workbook",
            Issue::UnreadableSheet { .. } => "unreadable-sheet",
            Issue::MissingSheet { .. } => "missing-sheet",
            Issue::DuplicateSheet { .. } => "duplicate-sheet",
            Issue::EmptySheet { .. } => "empty-sheet",
            Issue::MissingColumn { .. } => "missing-column",
            Issue::DuplicateColumn { .. } => "duplicate-column",
            Issue::FormulaError { .. } => "formula-error",
            Issue::MissingField { .. } => "missing-field",
            Issue::DuplicateField { .. } => "duplicate-field",
            Issue::UnknownOffer { .. } => "unknown-offer",
            Issue::MissingValue { .. } => "missing-value",
            Issue::MissingFigure { .. } => "missing-figure",
            Issue::MissingN { .. } => "missing-n",
            Issue::ReasonAndNumber { .. } => "reason-and-number",
            Issue::ShareAboveOne { .. } => "share-above-one",
            Issue::ShareBelowZero { .. } => "share-below-zero",
            Issue::NotAShare { .. } => "not-a-share",
            Issue::NotANumber { .. } => "not-a-number",
            Issue::NotWholeNumber { .. } => "not-a-whole-number",
            Issue::Below { .. } => "below-minimum",
            Issue::Above { .. } => "above-maximum",
            Issue::NotPositive { .. } => "not-positive",
            Issue::BadDate { .. } => "bad-date",
            Issue::FutureDate { .. } => "future-date",
            Issue::BadId { .. } => "bad-id",
            Issue::ReservedId => "reserved-id",
            Issue::UnknownCode { .. } => "unknown-code",
            Issue::UnknownRef { sheet, .. } => match sheet {
                SheetId::Leverandoerer => "unknown-provider",
                SheetId::Perioder => "unknown-period",
                SheetId::Maalgrupper => "unknown-target-group",
                SheetId::Aldersgrupper => "unknown-age-band",
                _ => "unknown-reference",
            },
            Issue::NotOfferGroup { .. } => "not-offer-target-group",
            Issue::NoTargetGroups => "no-target-groups",
            Issue::TooFewRows { .. } => "too-few-rows",
            Issue::TooManyRows { .. } => "too-many-rows",
            Issue::DuplicateId { .. } => "duplicate-id",
            Issue::DuplicateResult { .. } => "duplicate-result",
            Issue::DuplicateReference { .. } => "duplicate-reference",
            Issue::MinAboveMax { .. } => "min-above-max",
            Issue::FromAfterTo { .. } => "from-after-to",
            Issue::BandsUnsorted { .. } => "age-bands-unsorted",
            Issue::BandsOverlap { .. } => "age-bands-overlap",
            Issue::PeriodsNotNewestFirst { .. } => "periods-not-newest-first",
            Issue::NAboveParticipants { .. } => "n-above-participants",
            Issue::SnapshotTooLarge { .. } => "snapshot-too-large",
            Issue::Rule(_) => "snapshot-rule",
        }
    }

    /// The sentence, without the place.
    pub fn describe(&self, lang: Lang) -> String {
        words(lang).issue(self, lang)
    }
}

/// One problem: what, where, and the JSON path when the snapshot checker found it.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportProblem {
    pub issue: Issue,
    pub place: Option<Place>,
    pub path: Option<String>,
}

impl ImportProblem {
    pub fn code(&self) -> &'static str {
        self.issue.code()
    }

    /// `Resultater!F14 (offers[3].results[0].job_or_education.share): 1,4 er over 1 …`
    pub fn line(&self, lang: Lang) -> String {
        let place = self.place.as_ref().map(|p| p.describe(lang));
        let message = self.issue.describe(lang);
        match (place, &self.path) {
            (Some(place), Some(path)) => format!("{place} ({path}): {message}"),
            (Some(place), None) => format!("{place}: {message}"),
            (None, Some(path)) => format!("{path}: {message}"),
            (None, None) => message,
        }
    }

    /// `{code, sheet, cell, row, column, path, message}` for `--json`.
    pub fn to_json(&self, lang: Lang) -> Value {
        let place = self.place.as_ref();
        json!({
            "code": self.code(),
            "sheet": place.map(|p| p.sheet.clone()),
            "cell": place.and_then(Place::cell),
            "row": place.and_then(|p| p.row),
            "column": place.and_then(|p| p.column.clone()),
            "path": self.path,
            "message": self.issue.describe(lang),
        })
    }
}

/// Something the analyst should know that does not stop the import.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// A column the template does not have (an analyst's own working column).
    UnknownColumn { place: Place, header: String },
    /// A sheet or CSV file the template does not have.
    UnknownSheet { name: String },
    /// A row of `Om` whose `felt` the template does not have.
    UnknownField { place: Place, field: String },
}

impl Warning {
    pub fn code(&self) -> &'static str {
        match self {
            Warning::UnknownColumn { .. } => "unknown-column",
            Warning::UnknownSheet { .. } => "unknown-sheet",
            Warning::UnknownField { .. } => "unknown-field",
        }
    }

    pub fn line(&self, lang: Lang) -> String {
        words(lang).warning(self, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_excel_does() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(5), "F");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(column_letters(u32::MAX).len(), 7);
    }

    #[test]
    fn places_are_named_the_way_the_analyst_sees_them() {
        let cell = Place { sheet: "Resultater".into(), csv: false, row: Some(14), col: Some(5), column: None };
        assert_eq!(cell.describe(Lang::Da), "Resultater!F14");
        let csv = Place {
            sheet: "resultater.csv".into(),
            csv: true,
            row: Some(14),
            col: Some(5),
            column: Some("job_uddannelse_andel".into()),
        };
        assert_eq!(csv.describe(Lang::Da), "resultater.csv række 14, kolonne job_uddannelse_andel");
        assert_eq!(csv.describe(Lang::En), "resultater.csv row 14, column job_uddannelse_andel");
        assert_eq!(csv.cell().as_deref(), Some("F14"));
        assert_eq!(Place::sheet("Tilbud", false).describe(Lang::Da), "Tilbud");
    }
}
