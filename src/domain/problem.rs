//! What can be wrong with a snapshot and where (as a JSON path). The words are in `text`.

use super::Lang;
use std::fmt;

/// A JSON path in the format's notation: `offers[12].results[3].satisfaction.share`; `$` is the whole file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath(String);

impl JsonPath {
    /// The whole document.
    pub fn root() -> Self {
        Self::default()
    }

    /// The member `key` of the object at this path.
    pub fn key(&self, key: &str) -> Self {
        if self.0.is_empty() {
            Self(key.to_owned())
        } else {
            Self(format!("{}.{key}", self.0))
        }
    }

    /// The element `index` of the array at this path.
    pub fn index(&self, index: usize) -> Self {
        Self(format!("{}[{index}]", self.0))
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("$")
        } else {
            f.write_str(&self.0)
        }
    }
}

/// The JSON types a value can have, for "expected X, found Y".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    Object,
    Array,
    String,
    Number,
    Integer,
    Boolean,
    Null,
}

/// One thing wrong with a snapshot. Values are kept as the file wrote them.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    Empty,
    ByteOrderMark,
    TooLarge { bytes: u64, limit: u64 },
    NotJson { line: usize, column: usize, detail: String },
    TooDeep { limit: usize },
    Missing,
    WrongType { expected: JsonType, found: JsonType },
    NotFinite { raw: String },
    NotInteger { raw: String },
    Below { raw: String, min: String },
    Above { raw: String, max: String },
    NotPositive { raw: String },
    WrongFormat { found: String },
    NewerVersion { found: String },
    UnknownVersion { found: String },
    BadId { found: String },
    ReservedId,
    BadDate { found: String },
    FutureDate { date: String, limit: String },
    EmptyText,
    NotOneOf { found: String, allowed: &'static [&'static str] },
    TooFewItems { found: usize, min: usize },
    TooManyItems { found: usize, max: usize },
    Duplicate { id: String, first: String },
    DuplicateCell { first: String },
    UnknownRef { id: String, list: &'static str },
    NotOfferGroup { id: String },
    MinAboveMax { min: String, max: String },
    FromAfterTo { from: String, to: String },
    BandsUnsorted { previous: String },
    BandsOverlap { previous: String },
    PeriodsNotNewestFirst { previous: String },
    CountAboveParticipants { n: String, participants: String },
    MeasureBothForms,
    // The format 1.1 offer texts and languages: a text over its limit in characters (not bytes), a text
    // that looks like HTML (`snapshot::looks_like_html`), a code that is not ISO 639-1, a code listed twice.
    TextTooLong { chars: usize, max: usize },
    LooksLikeHtml,
    BadLanguageCode { found: String },
    DuplicateLanguage { code: String, first: String },
}

/// A problem with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub path: JsonPath,
    pub kind: ProblemKind,
}

impl Problem {
    /// `path: what is wrong`, in the given language.
    pub fn message(&self, lang: Lang) -> String {
        format!("{}: {}", self.path, self.kind.describe(lang))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl ProblemKind {
    /// The sentence after the path.
    pub fn describe(&self, lang: Lang) -> String {
        lang.words().problem(self)
    }
}
