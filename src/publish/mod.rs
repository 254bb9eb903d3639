//! Publisher tools: the analysts' spreadsheet template (shared/spreadsheet-template.md), its import into a
//! checked snapshot, and the export of a snapshot back into the template. Built only with the `publisher`
//! feature (on by default), so the caseworkers' wasm never carries it; it works on bytes, not paths, so a
//! publisher page in the browser can use it as the CLI does.
//!
//! `sheets` is the template as data; `read` turns files into cells; `import` turns cells into a snapshot and
//! the checker's findings back into cells; `export` and `template` write workbooks; `diff` says what changed
//! between two snapshots; `problem` and `words` name what is wrong, in Danish and English; `page` is the model of
//! the publisher page (publish.html), whose components are in `ui/publish/`.

pub mod cell;
pub mod diff;
pub mod export;
pub mod import;
pub mod json_text;
pub mod page;
pub mod problem;
pub mod read;
pub mod sheets;
pub mod table_schema;
pub mod template;
pub mod words;

pub use import::{Imported, Refused};
pub use problem::{ImportProblem, Issue, Place, Warning};

use chrono::NaiveDate;

/// Imports an `.xlsx` or `.ods` workbook from its bytes.
pub fn import_workbook(bytes: &[u8], today: NaiveDate) -> Result<Imported, Refused> {
    let book = read::read_workbook(bytes).map_err(|p| Refused::single(*p))?;
    import::import_book(&book, today)
}

/// Imports a folder of CSV files, given as (file name, bytes).
pub fn import_csv(files: &[(String, Vec<u8>)], today: NaiveDate) -> Result<Imported, Refused> {
    let book = read::read_csv_files(files).map_err(|p| Refused::single(*p))?;
    import::import_book(&book, today)
}
