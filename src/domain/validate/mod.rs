//! Turns untrusted bytes into a `Snapshot`, or into every problem found (up to a cap), each with its
//! JSON path. The JSON is read into a `serde_json::Value` and walked by hand rather than derived with
//! serde: a derived parse stops at the first error, and publishers need the whole list at once.
//! `reader` reads JSON values generically (types, ranges, lists, ids); `format` holds the format's rules.

mod fast;
mod format;
mod reader;

use super::problem::{JsonPath, Problem, ProblemKind};
use super::snapshot::Snapshot;
use chrono::NaiveDate;
use reader::Checker;
use serde_json::Value;

/// Larger files are refused before parsing (format rule).
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;
/// The format itself needs 5 levels (`offers[].results[].satisfaction`); unknown keys get some slack.
pub const MAX_DEPTH: usize = 16;
/// Problems listed individually; the rest are counted.
pub const MAX_PROBLEMS: usize = 100;

/// A snapshot that was refused, with what is wrong with it.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("the snapshot has {total} problem(s)", total = self.total())]
pub struct Invalid {
    /// The first `MAX_PROBLEMS` problems, in document order.
    pub problems: Vec<Problem>,
    /// How many more were found but not listed.
    pub more: usize,
}

impl Invalid {
    pub fn total(&self) -> usize {
        self.problems.len() + self.more
    }

    /// One line per problem, then "and N more" when capped.
    pub fn lines(&self, lang: crate::domain::Lang) -> Vec<String> {
        let mut lines: Vec<String> = self.problems.iter().map(|p| p.message(lang)).collect();
        if self.more > 0 {
            lines.push(lang.words().more_problems(self.more));
        }
        lines
    }

    /// One problem at the top of the file.
    fn single(kind: ProblemKind) -> Self {
        Invalid { problems: vec![Problem { path: JsonPath::root(), kind }], more: 0 }
    }

    /// A file of `bytes` over `MAX_BYTES`, refused before it is read.
    pub fn too_large(bytes: u64) -> Self {
        Self::single(ProblemKind::TooLarge { bytes, limit: MAX_BYTES })
    }
}

/// Parses and validates a snapshot file. `today` bounds the publication date.
pub fn parse_snapshot(bytes: &[u8], today: NaiveDate) -> Result<Snapshot, Invalid> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Invalid::too_large(bytes.len() as u64));
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(Invalid::single(ProblemKind::ByteOrderMark));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Invalid::single(ProblemKind::Empty));
    }
    // Valid files take the fast path; anything it is unsure of gets the full walk and every problem.
    match fast::parse(bytes, today) {
        Ok(snapshot) => Ok(snapshot),
        Err(fast::Unsure) => walk(bytes, today),
    }
}

/// The full walker: every problem, each with its JSON path. Also the reference the fast path is
/// checked against (`parse_fast` and `parse_full` below).
fn walk(bytes: &[u8], today: NaiveDate) -> Result<Snapshot, Invalid> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| Invalid::single(json_error(&e)))?;
    let mut checker = Checker::new(today);
    if let Some(path) = too_deep(&value, JsonPath::root(), 0) {
        checker.report(&path, ProblemKind::TooDeep { limit: MAX_DEPTH });
    }
    let built = checker.snapshot(&value);
    checker.finish(built)
}

fn json_error(e: &serde_json::Error) -> ProblemKind {
    let text = e.to_string();
    // serde_json refuses nesting past 128 levels itself; that is our depth rule too.
    if text.contains("recursion limit") {
        return ProblemKind::TooDeep { limit: MAX_DEPTH };
    }
    let detail = match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    };
    ProblemKind::NotJson { line: e.line(), column: e.column(), detail }
}

/// The path of the first value nested deeper than `MAX_DEPTH` containers.
fn too_deep(value: &Value, path: JsonPath, depth: usize) -> Option<JsonPath> {
    let is_container = matches!(value, Value::Object(_) | Value::Array(_));
    if is_container && depth >= MAX_DEPTH {
        return Some(path);
    }
    match value {
        Value::Object(map) => map.iter().find_map(|(k, v)| too_deep(v, path.key(k), depth + 1)),
        Value::Array(items) => items.iter().enumerate().find_map(|(i, v)| too_deep(v, path.index(i), depth + 1)),
        _ => None,
    }
}

/// The fast path alone, without the size limit: `None` when it is unsure. For the differential
/// fuzzer and the benchmarks, which compare it with `parse_full`.
#[doc(hidden)]
pub fn parse_fast(bytes: &[u8], today: NaiveDate) -> Option<Snapshot> {
    fast::parse(bytes, today).ok()
}

/// The full walker alone, without the size limit but with the other checks `parse_snapshot` makes
/// first. For the differential fuzzer and the benchmarks.
#[doc(hidden)]
pub fn parse_full(bytes: &[u8], today: NaiveDate) -> Result<Snapshot, Invalid> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(Invalid::single(ProblemKind::ByteOrderMark));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Invalid::single(ProblemKind::Empty));
    }
    walk(bytes, today)
}

/// A strict `YYYY-MM-DD` calendar date.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    let year = text[0..4].parse().ok()?;
    let month = text[5..7].parse().ok()?;
    let day = text[8..10].parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}
