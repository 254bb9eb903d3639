//! Turns untrusted bytes into a `Snapshot`, or into every problem found (up to a cap), each with its
//! JSON path. The JSON is read into a `json::Json` tree and walked by hand rather than derived with
//! serde: a derived parse stops at the first error, and publishers need the whole list at once.
//! `reader` reads JSON values generically (types, ranges, lists, ids); `format` holds the format's rules.

// Natively only: the checker's fast path. The app's bundle keeps the smaller walker (see `fast.rs`).
#[cfg(not(target_arch = "wasm32"))]
mod fast;
mod first_seen;
mod format;
pub mod json;
mod practical;
mod reader;

use super::problem::{JsonPath, Problem, ProblemKind};
use super::snapshot::Snapshot;
use chrono::NaiveDate;
use json::Json;
use reader::Checker;

/// Where the walker is, as a chain of borrowed steps: free to make at every value, rendered into a
/// `JsonPath` only when a problem is reported there.
#[derive(Clone, Copy, Debug)]
pub(crate) enum At<'p> {
    Root,
    Key(&'p At<'p>, &'p str),
    Index(&'p At<'p>, usize),
}

impl At<'_> {
    /// The member `key` of the object here.
    #[inline(always)]
    pub(crate) fn key<'q>(&'q self, key: &'q str) -> At<'q> {
        At::Key(self, key)
    }

    /// The element `index` of the array here.
    #[inline(always)]
    pub(crate) fn index(&self, index: usize) -> At<'_> {
        At::Index(self, index)
    }

    pub(crate) fn path(&self) -> JsonPath {
        match self {
            At::Root => JsonPath::root(),
            At::Key(parent, key) => parent.path().key(key),
            At::Index(parent, index) => parent.path().index(*index),
        }
    }
}

impl std::fmt::Display for At<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.path().fmt(f)
    }
}

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
    refuse_whole_file(bytes)?;
    // Natively, valid files take the fast path; anything it is unsure of gets the full walk.
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(snapshot) = fast::parse(bytes, today) {
        return Ok(snapshot);
    }
    walk(bytes, today)
}

/// The full walker: every problem, each with its JSON path. Also the reference the fast path is
/// checked against (`parse_fast` and `parse_full` below).
fn walk(bytes: &[u8], today: NaiveDate) -> Result<Snapshot, Invalid> {
    // The tree's arrays, objects and unescaped strings, freed at once when the walk is done.
    let arena = bumpalo::Bump::with_capacity(bytes.len());
    let document = json::parse(bytes, &arena).map_err(|e| Invalid::single(syntax_problem(&e)))?;
    let value = document.root;
    let mut checker = Checker::new(today);
    // The root container is depth 1 to the reader, 0 here; look for the path only when there is one.
    if document.depth > MAX_DEPTH {
        if let Some(path) = too_deep(&value, JsonPath::root(), 0) {
            checker.report_path(path, ProblemKind::TooDeep { limit: MAX_DEPTH });
        }
    }
    let built = checker.snapshot(&value);
    checker.finish(built)
}

fn syntax_problem(e: &json::SyntaxError) -> ProblemKind {
    // Nesting past what can be read at all is our depth rule too.
    if e.too_deep {
        return ProblemKind::TooDeep { limit: MAX_DEPTH };
    }
    ProblemKind::NotJson { line: e.line, column: e.column, detail: e.detail.to_owned() }
}

/// The path of the first value nested deeper than `MAX_DEPTH` containers.
fn too_deep(value: &Json<'_>, path: JsonPath, depth: usize) -> Option<JsonPath> {
    let is_container = matches!(value, Json::Object(_) | Json::Array(_));
    if is_container && depth >= MAX_DEPTH {
        return Some(path);
    }
    match value {
        Json::Object(map) => map.sorted().into_iter().find_map(|(k, v)| too_deep(v, path.key(k), depth + 1)),
        Json::Array(items) => items.iter().enumerate().find_map(|(i, v)| too_deep(v, path.index(i), depth + 1)),
        _ => None,
    }
}

/// The fast path alone, without the size limit: `None` when it is unsure. For the differential
/// fuzzer and the benchmarks, which compare it with `parse_full`.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_fast(bytes: &[u8], today: NaiveDate) -> Option<Snapshot> {
    fast::parse(bytes, today).ok()
}

/// The full walker alone, without the size limit but with the other checks `parse_snapshot` makes
/// first. For the differential fuzzer and the benchmarks.
#[doc(hidden)]
pub fn parse_full(bytes: &[u8], today: NaiveDate) -> Result<Snapshot, Invalid> {
    refuse_whole_file(bytes)?;
    walk(bytes, today)
}

/// What is wrong with the file as a whole, before any JSON is read: a byte order mark, or nothing in it.
fn refuse_whole_file(bytes: &[u8]) -> Result<(), Invalid> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(Invalid::single(ProblemKind::ByteOrderMark));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Invalid::single(ProblemKind::Empty));
    }
    Ok(())
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
