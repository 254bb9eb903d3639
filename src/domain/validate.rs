//! Turns untrusted bytes into a `Snapshot`, or into every problem found (up to a cap), each with its
//! JSON path. The JSON is read into a `serde_json::Value` and walked by hand rather than derived with
//! serde: a derived parse stops at the first error, and publishers need the whole list at once.

use super::problem::{JsonPath, JsonType, Problem, ProblemKind};
use super::snapshot::*;
use chrono::{Days, NaiveDate};
use serde_json::{Map, Value};
use std::collections::HashMap;

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
    pub fn lines(&self, lang: super::Lang) -> Vec<String> {
        let mut lines: Vec<String> = self.problems.iter().map(|p| p.message(lang)).collect();
        if self.more > 0 {
            lines.push(super::problem::more_line(self.more, lang));
        }
        lines
    }

    fn single(path: JsonPath, kind: ProblemKind) -> Self {
        Invalid { problems: vec![Problem { path, kind }], more: 0 }
    }
}

/// Parses and validates a snapshot file. `today` bounds the publication date.
pub fn parse_snapshot(bytes: &[u8], today: NaiveDate) -> Result<Snapshot, Invalid> {
    let root = JsonPath::root();
    if bytes.len() as u64 > MAX_BYTES {
        let kind = ProblemKind::TooLarge { bytes: bytes.len() as u64, limit: MAX_BYTES };
        return Err(Invalid::single(root, kind));
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(Invalid::single(root, ProblemKind::ByteOrderMark));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Invalid::single(root, ProblemKind::Empty));
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| Invalid::single(root.clone(), json_error(&e)))?;
    let mut checker = Checker { problems: Vec::new(), total: 0, today };
    if let Some(path) = too_deep(&value, JsonPath::root(), 0) {
        checker.report(&path, ProblemKind::TooDeep { limit: MAX_DEPTH });
    }
    let built = checker.snapshot(&value);
    match built {
        Some(snapshot) if checker.total == 0 => Ok(snapshot),
        _ => {
            debug_assert!(checker.total > 0, "a snapshot failed to build without a reported problem");
            let more = checker.total - checker.problems.len();
            Err(Invalid { problems: checker.problems, more })
        }
    }
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

fn json_type(value: &Value) -> JsonType {
    match value {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Boolean,
        Value::Number(_) => JsonType::Number,
        Value::String(_) => JsonType::String,
        Value::Array(_) => JsonType::Array,
        Value::Object(_) => JsonType::Object,
    }
}

/// Ids of a list's items as written (valid or not), so references resolve even when an item has
/// another problem, and each id maps to its first occurrence.
struct IdIndex<'v> {
    first: HashMap<&'v str, usize>,
}

impl<'v> IdIndex<'v> {
    fn get(&self, id: &str) -> Option<usize> {
        self.first.get(id).copied()
    }
}

type Cell = (usize, usize, BandRef);

struct Checker {
    problems: Vec<Problem>,
    total: usize,
    today: NaiveDate,
}

impl Checker {
    fn report(&mut self, path: &JsonPath, kind: ProblemKind) {
        self.total += 1;
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem { path: path.clone(), kind });
        }
    }

    // ---- generic readers: each reports its own problem and returns None on failure ----

    fn object<'v>(&mut self, value: &'v Value, at: &JsonPath) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(map) => Some(map),
            other => {
                let found = json_type(other);
                self.report(at, ProblemKind::WrongType { expected: JsonType::Object, found });
                None
            }
        }
    }

    /// A required member, read with `read`.
    fn req<'v, T>(
        &mut self,
        obj: &'v Map<String, Value>,
        key: &str,
        at: &JsonPath,
        read: impl FnOnce(&mut Self, &'v Value, &JsonPath) -> Option<T>,
    ) -> Option<T> {
        let path = at.key(key);
        match obj.get(key) {
            Some(value) => read(self, value, &path),
            None => {
                self.report(&path, ProblemKind::Missing);
                None
            }
        }
    }

    /// An optional member: `Some(None)` when absent, `None` when present but wrong.
    fn opt<'v, T>(
        &mut self,
        obj: &'v Map<String, Value>,
        key: &str,
        at: &JsonPath,
        read: impl FnOnce(&mut Self, &'v Value, &JsonPath) -> Option<T>,
    ) -> Option<Option<T>> {
        match obj.get(key) {
            Some(value) => read(self, value, &at.key(key)).map(Some),
            None => Some(None),
        }
    }

    fn array<'v>(&mut self, value: &'v Value, at: &JsonPath, min: usize, max: Option<usize>) -> Option<&'v [Value]> {
        let Value::Array(items) = value else {
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

    fn string<'v>(&mut self, value: &'v Value, at: &JsonPath) -> Option<&'v str> {
        match value {
            Value::String(s) => Some(s),
            other => {
                let found = json_type(other);
                self.report(at, ProblemKind::WrongType { expected: JsonType::String, found });
                None
            }
        }
    }

    fn non_empty<'v>(&mut self, value: &'v Value, at: &JsonPath) -> Option<&'v str> {
        let text = self.string(value, at)?;
        if text.is_empty() {
            self.report(at, ProblemKind::EmptyText);
            return None;
        }
        Some(text)
    }

    fn id(&mut self, value: &Value, at: &JsonPath) -> Option<Id> {
        let text = self.string(value, at)?;
        let id = Id::parse(text);
        if id.is_none() {
            self.report(at, ProblemKind::BadId { found: text.to_owned() });
        }
        id
    }

    fn text(&mut self, value: &Value, at: &JsonPath) -> Option<Text> {
        let obj = self.object(value, at)?;
        let da = self.req(obj, "da", at, Self::non_empty);
        let en = self.opt(obj, "en", at, Self::string)?;
        Text::new(da?.to_owned(), en.map(str::to_owned))
    }

    fn date(&mut self, value: &Value, at: &JsonPath) -> Option<NaiveDate> {
        let text = self.string(value, at)?;
        let date = parse_date(text);
        if date.is_none() {
            self.report(at, ProblemKind::BadDate { found: text.to_owned() });
        }
        date
    }

    /// Any finite number.
    fn number(&mut self, value: &Value, at: &JsonPath) -> Option<f64> {
        let Value::Number(number) = value else {
            let found = json_type(value);
            self.report(at, ProblemKind::WrongType { expected: JsonType::Number, found });
            return None;
        };
        let parsed = number.as_f64().filter(|f| f.is_finite());
        if parsed.is_none() {
            self.report(at, ProblemKind::NotFinite { raw: number.to_string() });
        }
        parsed
    }

    /// A finite number within `min..=max`.
    fn bounded(&mut self, value: &Value, at: &JsonPath, min: f64, max: f64) -> Option<f64> {
        let x = self.number(value, at)?;
        if x < min {
            self.report(at, ProblemKind::Below { raw: value.to_string(), min: fmt_bound(min) });
            return None;
        }
        if x > max {
            self.report(at, ProblemKind::Above { raw: value.to_string(), max: fmt_bound(max) });
            return None;
        }
        Some(x)
    }

    /// A whole number within `min..=max` (`3.0` counts as whole, as in JSON Schema).
    fn integer(&mut self, value: &Value, at: &JsonPath, min: u32, max: u32) -> Option<u32> {
        if let Value::Number(_) = value {
        } else {
            let found = json_type(value);
            self.report(at, ProblemKind::WrongType { expected: JsonType::Integer, found });
            return None;
        }
        let x = self.number(value, at)?;
        if x.fract() != 0.0 {
            self.report(at, ProblemKind::NotInteger { raw: value.to_string() });
            return None;
        }
        Some(self.bounded(value, at, f64::from(min), f64::from(max))? as u32)
    }

    fn count(&mut self, value: &Value, at: &JsonPath) -> Option<u32> {
        self.integer(value, at, 0, u32::MAX)
    }

    fn share(&mut self, value: &Value, at: &JsonPath) -> Option<Share> {
        self.bounded(value, at, 0.0, 1.0).and_then(Share::new)
    }

    fn positive(&mut self, value: &Value, at: &JsonPath) -> Option<f64> {
        let x = self.number(value, at)?;
        if x <= 0.0 {
            self.report(at, ProblemKind::NotPositive { raw: value.to_string() });
            return None;
        }
        Some(x)
    }

    fn code<T>(
        &mut self,
        value: &Value,
        at: &JsonPath,
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

    fn measure(&mut self, value: &Value, at: &JsonPath) -> Option<Measure> {
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
    fn reference(&mut self, value: &Value, at: &JsonPath, index: &IdIndex<'_>, list: &'static str) -> Option<usize> {
        let id = self.string(value, at)?;
        let found = index.get(id);
        if found.is_none() {
            self.report(at, ProblemKind::UnknownRef { id: id.to_owned(), list });
        }
        found
    }

    fn band_ref(&mut self, value: &Value, at: &JsonPath, bands: &IdIndex<'_>) -> Option<BandRef> {
        if value.as_str() == Some("all") {
            return Some(BandRef::All);
        }
        self.reference(value, at, bands, "age_bands").map(BandRef::Band)
    }

    /// Reads a list of items with `read`, checks id uniqueness, and indexes the ids as written.
    fn list<'v, T>(
        &mut self,
        obj: &'v Map<String, Value>,
        key: &str,
        min: usize,
        max: Option<usize>,
        mut read: impl FnMut(&mut Self, &'v Value, &JsonPath) -> Option<T>,
    ) -> (Option<Vec<T>>, IdIndex<'v>) {
        let at = JsonPath::root().key(key);
        let mut index = IdIndex { first: HashMap::new() };
        let Some(items) = self.req(obj, key, &JsonPath::root(), |c, v, p| c.array(v, p, min, max)) else {
            return (None, index);
        };
        let mut out = Some(Vec::with_capacity(items.len()));
        for (i, item) in items.iter().enumerate() {
            let path = at.index(i);
            if let Some(id) = item.get("id").and_then(Value::as_str) {
                if let Some(&first) = index.first.get(id) {
                    if Id::parse(id).is_some() {
                        let first = at.index(first).key("id").to_string();
                        self.report(&path.key("id"), ProblemKind::Duplicate { id: id.to_owned(), first });
                    }
                } else {
                    index.first.insert(id, i);
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

    // ---- the format ----

    fn snapshot(&mut self, value: &Value) -> Option<Snapshot> {
        let root = JsonPath::root();
        let obj = self.object(value, &root)?;

        // A wrong format or a newer version makes every other message noise: stop there.
        let format = self.req(obj, "format", &root, Self::string)?;
        if format != "visitationsguide-snapshot" {
            self.report(&root.key("format"), ProblemKind::WrongFormat { found: format.to_owned() });
            return None;
        }
        let version = self.req(obj, "format_version", &root, |c, v, p| c.integer(v, p, 0, u32::MAX))?;
        if version > 1 {
            let found = version.to_string();
            self.report(&root.key("format_version"), ProblemKind::NewerVersion { found });
            return None;
        }
        if version < 1 {
            let found = version.to_string();
            self.report(&root.key("format_version"), ProblemKind::UnknownVersion { found });
        }

        let published = self.req(obj, "published", &root, Self::date);
        if let Some(date) = published {
            let limit = self.today.checked_add_days(Days::new(1)).unwrap_or(self.today);
            if date > limit {
                let kind = ProblemKind::FutureDate { date: date.to_string(), limit: limit.to_string() };
                self.report(&root.key("published"), kind);
            }
        }
        let publisher = self.req(obj, "publisher", &root, Self::non_empty);

        let (periods, period_ids) = self.list(obj, "periods", 1, Some(3), Self::period);
        if let Some(periods) = &periods {
            for i in 1..periods.len() {
                if periods[i].from >= periods[i - 1].from {
                    let previous = JsonPath::root().key("periods").index(i - 1).to_string();
                    let at = JsonPath::root().key("periods").index(i).key("from");
                    self.report(&at, ProblemKind::PeriodsNotNewestFirst { previous });
                }
            }
        }
        let (age_bands, band_ids) = self.list(obj, "age_bands", 1, None, Self::age_band);
        if let Some(bands) = &age_bands {
            self.check_band_order(bands);
        }
        let (target_groups, group_ids) = self.list(obj, "target_groups", 1, None, Self::target_group);
        let (providers, provider_ids) = self.list(obj, "providers", 1, None, Self::provider);
        let ids = Lookups { periods: &period_ids, bands: &band_ids, groups: &group_ids, providers: &provider_ids };
        let (offers, _) = self.list(obj, "offers", 0, None, |c, v, p| c.offer(v, p, &ids));
        let references = self.references(obj, &ids);

        Some(Snapshot {
            published: published?,
            publisher: publisher?.to_owned(),
            periods: periods?,
            age_bands: age_bands?,
            target_groups: target_groups?,
            providers: providers?,
            offers: offers?,
            references: references?,
        })
    }

    fn period(&mut self, value: &Value, at: &JsonPath) -> Option<Period> {
        let obj = self.object(value, at)?;
        let id = self.req(obj, "id", at, Self::id);
        let from = self.req(obj, "from", at, Self::date);
        let to = self.req(obj, "to", at, Self::date);
        let label = self.req(obj, "label", at, Self::text);
        if let (Some(from), Some(to)) = (from, to) {
            if from > to {
                let kind = ProblemKind::FromAfterTo { from: from.to_string(), to: to.to_string() };
                self.report(&at.key("to"), kind);
                return None;
            }
        }
        Some(Period { id: id?, from: from?, to: to?, label: label? })
    }

    fn age(&mut self, value: &Value, at: &JsonPath) -> Option<u8> {
        self.integer(value, at, 15, 99).map(|a| a as u8)
    }

    /// `min` and `max` in 15–99 with `min ≤ max`; shared by age bands and offers' age limits.
    fn min_max(&mut self, obj: &Map<String, Value>, at: &JsonPath) -> Option<(u8, u8)> {
        let min = self.req(obj, "min", at, Self::age);
        let max = self.req(obj, "max", at, Self::age);
        let (min, max) = (min?, max?);
        if min > max {
            let kind = ProblemKind::MinAboveMax { min: min.to_string(), max: max.to_string() };
            self.report(&at.key("max"), kind);
            return None;
        }
        Some((min, max))
    }

    fn age_band(&mut self, value: &Value, at: &JsonPath) -> Option<AgeBand> {
        let obj = self.object(value, at)?;
        let id = self.req(obj, "id", at, Self::id);
        if id.as_ref().is_some_and(|id| id.as_str() == "all") {
            self.report(&at.key("id"), ProblemKind::ReservedId);
        }
        let (min, max) = self.min_max(obj, at)?;
        Some(AgeBand { id: id?, min, max })
    }

    fn check_band_order(&mut self, bands: &[AgeBand]) {
        let list = JsonPath::root().key("age_bands");
        for i in 1..bands.len() {
            let (prev, this) = (&bands[i - 1], &bands[i]);
            let previous = list.index(i - 1).to_string();
            let at = list.index(i).key("min");
            if this.min < prev.min {
                self.report(&at, ProblemKind::BandsUnsorted { previous });
            } else if this.min <= prev.max {
                self.report(&at, ProblemKind::BandsOverlap { previous });
            }
        }
    }

    fn target_group(&mut self, value: &Value, at: &JsonPath) -> Option<TargetGroup> {
        let obj = self.object(value, at)?;
        let id = self.req(obj, "id", at, Self::id);
        let name = self.req(obj, "name", at, Self::text);
        let description = self.opt(obj, "description", at, Self::text)?;
        Some(TargetGroup { id: id?, name: name?, description })
    }

    fn provider(&mut self, value: &Value, at: &JsonPath) -> Option<Provider> {
        let obj = self.object(value, at)?;
        let id = self.req(obj, "id", at, Self::id);
        let name = self.req(obj, "name", at, Self::non_empty);
        let kind = self.req(obj, "kind", at, |c, v, p| c.code(v, p, ProviderKind::CODES, ProviderKind::from_code));
        Some(Provider { id: id?, name: name?.to_owned(), kind: kind? })
    }

    fn supervision(&mut self, value: &Value, at: &JsonPath) -> Option<Supervision> {
        let obj = self.object(value, at)?;
        let smiley = self.req(obj, "smiley", at, |c, v, p| c.code(v, p, Smiley::CODES, Smiley::from_code));
        let date = self.req(obj, "date", at, Self::date);
        let note = self.opt(obj, "note", at, Self::text)?;
        Some(Supervision { smiley: smiley?, date: date?, note })
    }

    fn offer(&mut self, value: &Value, at: &JsonPath, ids: &Lookups<'_, '_>) -> Option<Offer> {
        let obj = self.object(value, at)?;
        let id = self.req(obj, "id", at, Self::id);
        let provider = self.req(obj, "provider", at, |c, v, p| c.reference(v, p, ids.providers, "providers"));
        let name = self.req(obj, "name", at, Self::text);
        let description = self.opt(obj, "description", at, Self::text);
        let category = self.req(obj, "category", at, |c, v, p| c.code(v, p, Category::CODES, Category::from_code));
        let groups = self.req(obj, "target_groups", at, |c, v, p| {
            let items = c.array(v, p, 1, None)?;
            let mut out = Some(Vec::with_capacity(items.len()));
            for (i, item) in items.iter().enumerate() {
                match (c.reference(item, &p.index(i), ids.groups, "target_groups"), &mut out) {
                    (Some(g), Some(list)) if !list.contains(&g) => list.push(g),
                    (Some(_), _) => {}
                    (None, _) => out = None,
                }
            }
            out
        });
        let age = self.opt(obj, "age", at, |c, v, p| {
            let limit = c.object(v, p)?;
            c.min_max(limit, p).map(|(min, max)| AgeLimit { min, max })
        });
        let weeks = self.opt(obj, "weeks", at, Self::positive);
        let hours_per_week = self.opt(obj, "hours_per_week", at, Self::positive);
        let supervision = self.opt(obj, "supervision", at, Self::supervision);
        let results = self.req(obj, "results", at, |c, v, p| {
            let items = c.array(v, p, 0, None)?;
            c.results(items, p, groups.as_deref(), ids)
        });
        Some(Offer {
            id: id?,
            provider: provider?,
            name: name?,
            description: description?,
            category: category?,
            target_groups: groups?,
            age: age?,
            weeks: weeks?,
            hours_per_week: hours_per_week?,
            supervision: supervision?,
            results: results?,
        })
    }

    fn results(
        &mut self,
        items: &[Value],
        at: &JsonPath,
        offer_groups: Option<&[usize]>,
        ids: &Lookups<'_, '_>,
    ) -> Option<Vec<OfferResult>> {
        let mut cells: HashMap<Cell, usize> = HashMap::new();
        let mut out = Some(Vec::with_capacity(items.len()));
        for (i, item) in items.iter().enumerate() {
            let path = at.index(i);
            let parsed = self.result(item, &path, offer_groups, ids);
            if let Some(result) = &parsed {
                let cell = (result.period, result.target_group, result.age_band);
                if let Some(&first) = cells.get(&cell) {
                    self.report(&path, ProblemKind::DuplicateCell { first: at.index(first).to_string() });
                } else {
                    cells.insert(cell, i);
                }
            }
            match (&mut out, parsed) {
                (Some(list), Some(parsed)) => list.push(parsed),
                _ => out = None,
            }
        }
        out
    }

    fn result(
        &mut self,
        value: &Value,
        at: &JsonPath,
        offer_groups: Option<&[usize]>,
        ids: &Lookups<'_, '_>,
    ) -> Option<OfferResult> {
        let obj = self.object(value, at)?;
        let period = self.req(obj, "period", at, |c, v, p| c.reference(v, p, ids.periods, "periods"));
        let target_group = self.req(obj, "target_group", at, |c, v, p| {
            let group = c.reference(v, p, ids.groups, "target_groups")?;
            if offer_groups.is_some_and(|groups| !groups.contains(&group)) {
                c.report(p, ProblemKind::NotOfferGroup { id: v.as_str().unwrap_or_default().to_owned() });
                return None;
            }
            Some(group)
        });
        let age_band = self.req(obj, "age_band", at, |c, v, p| c.band_ref(v, p, ids.bands));
        let participants = self.req(obj, "participants", at, Self::count);
        let job = self.req(obj, "job_or_education", at, Self::measure);
        let placements = self.req(obj, "placements", at, Self::measure);
        for (key, measure) in [("job_or_education", job), ("placements", placements)] {
            if let (Some(Measure::Share { n, .. }), Some(participants)) = (measure, participants) {
                if participants > 0 && n > participants {
                    let kind = ProblemKind::CountAboveParticipants {
                        n: n.to_string(),
                        participants: participants.to_string(),
                    };
                    self.report(&at.key(key).key("n"), kind);
                }
            }
        }
        let off_benefit_1m = self.opt(obj, "off_benefit_1m", at, Self::measure);
        let off_benefit_3m = self.opt(obj, "off_benefit_3m", at, Self::measure);
        let satisfaction = self.req(obj, "satisfaction", at, Self::measure);
        let closer_to_job = self.opt(obj, "closer_to_job", at, Self::measure);
        let complaints = self.opt(obj, "complaints", at, Self::count);
        let share_under_30 = self.opt(obj, "share_under_30", at, Self::share);
        let median_weeks = self.opt(obj, "median_unemployment_weeks", at, |c, v, p| c.bounded(v, p, 0.0, f64::MAX));
        Some(OfferResult {
            period: period?,
            target_group: target_group?,
            age_band: age_band?,
            participants: participants?,
            job_or_education: job?,
            placements: placements?,
            off_benefit_1m: off_benefit_1m?,
            off_benefit_3m: off_benefit_3m?,
            satisfaction: satisfaction?,
            closer_to_job: closer_to_job?,
            complaints: complaints?,
            share_under_30: share_under_30?,
            median_unemployment_weeks: median_weeks?,
        })
    }

    fn references(&mut self, obj: &Map<String, Value>, ids: &Lookups<'_, '_>) -> Option<Vec<Reference>> {
        let root = JsonPath::root();
        let Some(value) = obj.get("references") else {
            return Some(Vec::new());
        };
        let at = root.key("references");
        let items = self.array(value, &at, 0, None)?;
        let mut cells: HashMap<Cell, usize> = HashMap::new();
        let mut out = Some(Vec::with_capacity(items.len()));
        for (i, item) in items.iter().enumerate() {
            let path = at.index(i);
            let parsed = self.reference_entry(item, &path, ids);
            if let Some(entry) = &parsed {
                let cell = (entry.period, entry.target_group, entry.age_band);
                if let Some(&first) = cells.get(&cell) {
                    self.report(&path, ProblemKind::DuplicateCell { first: at.index(first).to_string() });
                } else {
                    cells.insert(cell, i);
                }
            }
            match (&mut out, parsed) {
                (Some(list), Some(parsed)) => list.push(parsed),
                _ => out = None,
            }
        }
        out
    }

    fn reference_entry(&mut self, value: &Value, at: &JsonPath, ids: &Lookups<'_, '_>) -> Option<Reference> {
        let obj = self.object(value, at)?;
        let period = self.req(obj, "period", at, |c, v, p| c.reference(v, p, ids.periods, "periods"));
        let target_group = self.req(obj, "target_group", at, |c, v, p| c.reference(v, p, ids.groups, "target_groups"));
        let age_band = self.req(obj, "age_band", at, |c, v, p| c.band_ref(v, p, ids.bands));
        let job = self.req(obj, "job_or_education", at, Self::measure);
        let placements = self.req(obj, "placements", at, Self::measure);
        let satisfaction = self.req(obj, "satisfaction", at, Self::measure);
        Some(Reference {
            period: period?,
            target_group: target_group?,
            age_band: age_band?,
            job_or_education: job?,
            placements: placements?,
            satisfaction: satisfaction?,
        })
    }
}

struct Lookups<'a, 'v> {
    periods: &'a IdIndex<'v>,
    bands: &'a IdIndex<'v>,
    groups: &'a IdIndex<'v>,
    providers: &'a IdIndex<'v>,
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

fn fmt_bound(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        x.to_string()
    }
}
