//! A generic reader of JSON values: types, ranges, ids, codes, lists with unique ids and unique
//! cells. Each reader reports its own problem with its path and returns `None` on failure, so the
//! format's rules (`format.rs`) read like the format's description.

use super::first_seen::FirstSeen;
use super::json::{Json, Object};
use super::At;
use super::{parse_date, Invalid, MAX_PROBLEMS};
use crate::domain::problem::{JsonPath, JsonType, Problem, ProblemKind};
use crate::domain::snapshot::{Cell, Id, Measure, MissingReason, Share, Text};
use chrono::NaiveDate;

fn json_type(value: &Json<'_>) -> JsonType {
    match value {
        Json::Null => JsonType::Null,
        Json::Bool(_) => JsonType::Boolean,
        Json::Number(_) => JsonType::Number,
        Json::String(_) => JsonType::String,
        Json::Array(_) => JsonType::Array,
        Json::Object(_) => JsonType::Object,
    }
}

/// Ids of a list's items as written (valid or not), so references resolve even when an item has
/// another problem, and each id maps to its first occurrence.
pub(super) struct IdIndex<'v> {
    first: FirstSeen<&'v str>,
}

impl<'v> IdIndex<'v> {
    pub(super) fn get(&self, id: &str) -> Option<usize> {
        self.first.get(id)
    }
}

pub(super) struct Checker {
    problems: Vec<Problem>,
    total: usize,
    pub(super) today: NaiveDate,
}

impl Checker {
    pub(super) fn new(today: NaiveDate) -> Self {
        Checker { problems: Vec::new(), total: 0, today }
    }

    /// The snapshot when nothing was reported, else every problem (the first `MAX_PROBLEMS` listed).
    pub(super) fn finish<T>(self, built: Option<T>) -> Result<T, Invalid> {
        match built {
            Some(built) if self.total == 0 => Ok(built),
            _ => {
                debug_assert!(self.total > 0, "a snapshot failed to build without a reported problem");
                let more = self.total - self.problems.len();
                Err(Invalid { problems: self.problems, more })
            }
        }
    }

    pub(super) fn report(&mut self, at: &At<'_>, kind: ProblemKind) {
        self.total += 1;
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem { path: at.path(), kind });
        }
    }

    /// Reports at a path already rendered.
    pub(super) fn report_path(&mut self, path: JsonPath, kind: ProblemKind) {
        self.total += 1;
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem { path, kind });
        }
    }

    /// Reports that `value` is not of the `expected` type. Out of line and marked cold, so the readers'
    /// happy paths stay small enough to inline where the walk calls them for every value.
    #[cold]
    #[inline(never)]
    fn wrong_type<T>(&mut self, value: &Json<'_>, at: &At<'_>, expected: JsonType) -> Option<T> {
        self.report(at, ProblemKind::WrongType { expected, found: json_type(value) });
        None
    }

    #[cold]
    #[inline(never)]
    fn missing<T>(&mut self, at: &At<'_>) -> Option<T> {
        self.report(at, ProblemKind::Missing);
        None
    }

    // ---- generic readers: each reports its own problem and returns None on failure ----

    #[inline(always)]
    pub(super) fn object<'v>(&mut self, value: &'v Json<'v>, at: &At<'_>) -> Option<&'v Object<'v>> {
        match value {
            Json::Object(map) => Some(map),
            other => self.wrong_type(other, at, JsonType::Object),
        }
    }

    /// A required member, read with `read`.
    pub(super) fn req<'v, T>(
        &mut self,
        obj: &'v Object<'v>,
        key: &str,
        at: &At<'_>,
        read: impl FnOnce(&mut Self, &'v Json<'v>, &At<'_>) -> Option<T>,
    ) -> Option<T> {
        let path = at.key(key);
        match obj.get(key) {
            Some(value) => read(self, value, &path),
            None => self.missing(&path),
        }
    }

    /// An optional member: `Some(None)` when absent, `None` when present but wrong.
    pub(super) fn opt<'v, T>(
        &mut self,
        obj: &'v Object<'v>,
        key: &str,
        at: &At<'_>,
        read: impl FnOnce(&mut Self, &'v Json<'v>, &At<'_>) -> Option<T>,
    ) -> Option<Option<T>> {
        match obj.get(key) {
            Some(value) => read(self, value, &at.key(key)).map(Some),
            None => Some(None),
        }
    }

    pub(super) fn array<'v>(
        &mut self,
        value: &'v Json<'v>,
        at: &At<'_>,
        min: usize,
        max: Option<usize>,
    ) -> Option<&'v [Json<'v>]> {
        let Json::Array(items) = value else {
            let found = json_type(value);
            self.report(at, ProblemKind::WrongType { expected: JsonType::Array, found });
            return None;
        };
        if items.len() < min {
            self.report(at, ProblemKind::TooFewItems { found: items.len(), min });
        }
        if let Some(max) = max.filter(|max| items.len() > *max) {
            self.report(at, ProblemKind::TooManyItems { found: items.len(), max });
        }
        Some(items)
    }

    #[inline(always)]
    pub(super) fn string<'v>(&mut self, value: &'v Json<'v>, at: &At<'_>) -> Option<&'v str> {
        match value {
            Json::String(s) => Some(*s),
            other => self.wrong_type(other, at, JsonType::String),
        }
    }

    pub(super) fn non_empty<'v>(&mut self, value: &'v Json<'v>, at: &At<'_>) -> Option<&'v str> {
        let text = self.string(value, at)?;
        if text.is_empty() {
            self.report(at, ProblemKind::EmptyText);
            return None;
        }
        Some(text)
    }

    pub(super) fn id(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<Id> {
        let text = self.string(value, at)?;
        let id = Id::parse(text);
        if id.is_none() {
            self.report(at, ProblemKind::BadId { found: text.to_owned() });
        }
        id
    }

    pub(super) fn text(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<Text> {
        let obj = self.object(value, at)?;
        let da = self.req(obj, "da", at, Self::non_empty);
        let en = self.opt(obj, "en", at, Self::string)?;
        Text::new(da?.to_owned(), en.map(str::to_owned))
    }

    pub(super) fn date(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<NaiveDate> {
        let text = self.string(value, at)?;
        let date = parse_date(text);
        if date.is_none() {
            self.report(at, ProblemKind::BadDate { found: text.to_owned() });
        }
        date
    }

    /// Any finite number.
    pub(super) fn number(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<f64> {
        let Json::Number(raw) = value else {
            let found = json_type(value);
            self.report(at, ProblemKind::WrongType { expected: JsonType::Number, found });
            return None;
        };
        let parsed = number_value(raw).filter(|f| f.is_finite());
        if parsed.is_none() {
            self.report(at, ProblemKind::NotFinite { raw: raw.to_string() });
        }
        parsed
    }

    /// A finite number within `min..=max`.
    pub(super) fn bounded(&mut self, value: &Json<'_>, at: &At<'_>, min: f64, max: f64) -> Option<f64> {
        let x = self.number(value, at)?;
        if x < min {
            self.report(at, ProblemKind::Below { raw: raw_text(value), min: fmt_bound(min) });
            return None;
        }
        if x > max {
            self.report(at, ProblemKind::Above { raw: raw_text(value), max: fmt_bound(max) });
            return None;
        }
        Some(x)
    }

    /// A whole number within `min..=max` (`3.0` counts as whole, as in JSON Schema).
    pub(super) fn integer(&mut self, value: &Json<'_>, at: &At<'_>, min: u32, max: u32) -> Option<u32> {
        if let Json::Number(_) = value {
        } else {
            let found = json_type(value);
            self.report(at, ProblemKind::WrongType { expected: JsonType::Integer, found });
            return None;
        }
        let x = self.number(value, at)?;
        if x.fract() != 0.0 {
            self.report(at, ProblemKind::NotInteger { raw: raw_text(value) });
            return None;
        }
        Some(self.bounded(value, at, f64::from(min), f64::from(max))? as u32)
    }

    pub(super) fn count(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<u32> {
        self.integer(value, at, 0, u32::MAX)
    }

    pub(super) fn share(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<Share> {
        self.bounded(value, at, 0.0, 1.0).and_then(Share::new)
    }

    pub(super) fn positive(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<f64> {
        let x = self.number(value, at)?;
        if x <= 0.0 {
            self.report(at, ProblemKind::NotPositive { raw: raw_text(value) });
            return None;
        }
        Some(x)
    }

    pub(super) fn code<T>(
        &mut self,
        value: &Json<'_>,
        at: &At<'_>,
        allowed: &'static [&'static str],
        from_code: fn(&str) -> Option<T>,
    ) -> Option<T> {
        let text = self.string(value, at)?;
        let parsed = from_code(text);
        if parsed.is_none() {
            self.report(at, ProblemKind::NotOneOf { found: text.to_owned(), allowed });
        }
        parsed
    }

    pub(super) fn measure(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<Measure> {
        let obj = self.object(value, at)?;
        if let Some(reason) = obj.get("missing") {
            // Either form, never both: a share beside "missing" would be shown or hidden by accident.
            if obj.contains_key("share") || obj.contains_key("n") {
                self.report(at, ProblemKind::MeasureBothForms);
                return None;
            }
            let reason = self.code(reason, &at.key("missing"), MissingReason::CODES, MissingReason::from_code)?;
            return Some(Measure::Missing(reason));
        }
        let share = self.req(obj, "share", at, Self::share);
        let n = self.req(obj, "n", at, |c, v, p| c.integer(v, p, 1, u32::MAX));
        Some(Measure::Share { share: share?, n: n? })
    }

    /// A reference by id to a list: must be a string naming an item of it.
    pub(super) fn reference(
        &mut self,
        value: &Json<'_>,
        at: &At<'_>,
        index: &IdIndex<'_>,
        list: &'static str,
    ) -> Option<usize> {
        let id = self.string(value, at)?;
        let found = index.get(id);
        if found.is_none() {
            self.report(at, ProblemKind::UnknownRef { id: id.to_owned(), list });
        }
        found
    }

    /// Reads a list of items with `read`, checks id uniqueness, and indexes the ids as written.
    pub(super) fn list<'v, T>(
        &mut self,
        obj: &'v Object<'v>,
        key: &str,
        min: usize,
        max: Option<usize>,
        mut read: impl FnMut(&mut Self, &'v Json<'v>, &At<'_>) -> Option<T>,
    ) -> (Option<Vec<T>>, IdIndex<'v>) {
        let at = At::Root.key(key);
        let Some(items) = self.req(obj, key, &At::Root, |c, v, p| c.array(v, p, min, max)) else {
            return (None, IdIndex { first: FirstSeen::for_len(0) });
        };
        let mut index = IdIndex { first: FirstSeen::for_len(items.len()) };
        let mut out = Some(Vec::with_capacity(items.len()));
        for (i, item) in items.iter().enumerate() {
            let path = at.index(i);
            if let Some(id) = item.get("id").and_then(Json::as_str) {
                if let Some(first) = index.first.first_or_note(id, i) {
                    if Id::parse(id).is_some() {
                        let first = at.index(first).key("id").to_string();
                        self.report(&path.key("id"), ProblemKind::Duplicate { id: id.to_owned(), first });
                    }
                }
            }
            let parsed = read(self, item, &path);
            match (&mut out, parsed) {
                (Some(list), Some(parsed)) => list.push(parsed),
                _ => out = None,
            }
        }
        (out, index)
    }

    /// Reads a list whose items each name a cell; a second item for the same cell is reported.
    pub(super) fn unique_cells<'v, T>(
        &mut self,
        items: &'v [Json<'v>],
        at: &At<'_>,
        mut read: impl FnMut(&mut Self, &'v Json<'v>, &At<'_>) -> Option<T>,
        cell_of: impl Fn(&T) -> Cell,
    ) -> Option<Vec<T>> {
        let mut cells: FirstSeen<Cell> = FirstSeen::for_len(items.len());
        let mut out = Some(Vec::with_capacity(items.len()));
        for (i, item) in items.iter().enumerate() {
            let path = at.index(i);
            let parsed = read(self, item, &path);
            if let Some(entry) = &parsed {
                if let Some(first) = cells.first_or_note(cell_of(entry), i) {
                    let first = at.index(first).to_string();
                    self.report(&path, ProblemKind::DuplicateCell { first });
                }
            }
            match (&mut out, parsed) {
                (Some(list), Some(parsed)) => list.push(parsed),
                _ => out = None,
            }
        }
        out
    }
}

/// A number as the file wrote it, for messages.
fn raw_text(value: &Json<'_>) -> String {
    match value {
        Json::Number(raw) => raw.to_string(),
        _ => String::new(),
    }
}

/// A bound as the message writes it. Every bound in the format is a whole number (0, 1, 15, 99,
/// u32::MAX), so no float formatting is needed (it would cost the app's wasm several kilobytes).
fn fmt_bound(x: f64) -> String {
    (x as i64).to_string()
}

/// The value of a JSON number's text (already checked against JSON's grammar), as `str::parse` gives
/// it. A plain decimal of at most 15 digits, the usual share or count, is read directly: its digits
/// make an integer below 2^53 and the decimal point a power of ten up to 10^22, both exact in an
/// f64, so one IEEE division is correctly rounded (Clinger's fast path). Anything else (an exponent,
/// more digits) goes to `str::parse`.
pub(super) fn number_value(raw: &str) -> Option<f64> {
    plain_decimal(raw).or_else(|| raw.parse::<f64>().ok())
}

fn plain_decimal(raw: &str) -> Option<f64> {
    const POW10: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let (negative, text) = match raw.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, raw),
    };
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut decimals: Option<usize> = None;
    for b in text.bytes() {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                digits += 1;
                if digits > 15 {
                    return None;
                }
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                }
            }
            b'.' if decimals.is_none() => decimals = Some(0),
            _ => return None,
        }
    }
    // At most 15 digits, so at most 15 decimals: always one of the powers above.
    let value = mantissa as f64 / POW10.get(decimals.unwrap_or(0))?;
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::number_value;

    /// Every number text the format's files hold reads to the very same f64 as `str::parse` gives.
    #[test]
    fn plain_decimals_read_exactly_as_str_parse_reads_them() {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..200_000 {
            let digits = 1 + next(18) as usize;
            let mut text: String = (0..digits).map(|_| char::from(b'0' + next(10) as u8)).collect();
            if next(2) == 0 {
                text.insert(next(digits as u64) as usize, '.');
            }
            if next(4) == 0 {
                text.insert(0, '-');
            }
            let ours = number_value(&text).map(f64::to_bits);
            assert_eq!(ours, text.parse::<f64>().ok().map(f64::to_bits), "{text}");
        }
        for text in
            ["0", "-0", "0.1", "0.3", "1.15", "0.999999999999999", "123456789012345", "1e400", "2.5E-3", "0.0001"]
        {
            assert_eq!(number_value(text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{text}");
        }
    }
}
