//! A small JSON reader for snapshot files: strict RFC 8259, borrowing from the input (a string
//! without escapes is not copied) and from an arena (`bumpalo::Bump`) that holds every array, object
//! and unescaped string, so a tree of a national snapshot's hundreds of thousands of values is freed
//! at once, not value by value (issue 9); numbers kept as their text so `1e400` can be reported with its
//! path instead of failing the whole file, objects as written (a repeated key: the last one counts,
//! as in serde_json). Nesting deeper than `MAX_NESTING` is refused before the stack could run out.
//! It replaces serde_json's `Value` (with `arbitrary_precision`) in the app: smaller and faster, and
//! checked against serde_json by the differential fuzzer.

use bumpalo::Bump;

/// serde_json's own recursion limit, kept so the two agree on what is too deep to read at all.
pub const MAX_NESTING: usize = 128;

/// A JSON value borrowing from the input and the arena.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    /// The number as written, already checked against JSON's number grammar.
    Number(&'a str),
    String(&'a str),
    Array(&'a [Json<'a>]),
    Object(Object<'a>),
}

/// An object's members in the order written; a repeated key is kept, and `get` answers with the last.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Object<'a>(&'a [(&'a str, Json<'a>)]);

impl<'a> Object<'a> {
    /// The value of `key` (the last one when the key is repeated).
    #[inline(always)]
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.0.iter().rev().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Each key once, with its last value, in key order (as serde_json's map iterates). n·log n, so
    /// an object with millions of keys cannot stall the walk.
    pub fn sorted(&self) -> Vec<(&str, &Json<'a>)> {
        let mut members: Vec<(usize, &str, &Json<'a>)> =
            self.0.iter().enumerate().map(|(i, (k, v))| (i, *k, v)).collect();
        // By key, and within a key the last written first, so `dedup` keeps the last value.
        members.sort_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)));
        members.dedup_by(|later, kept| later.1 == kept.1);
        members.into_iter().map(|(_, k, v)| (k, v)).collect()
    }
}

impl<'a> Json<'a> {
    #[inline(always)]
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(o) => o.get(key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Why the bytes are not JSON, where (1-based line and column), in serde_json's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub detail: &'static str,
    /// Nesting went past `MAX_NESTING`.
    pub too_deep: bool,
}

/// A parsed document and the deepest nesting of containers in it (the root container is depth 1).
pub struct Document<'a> {
    pub root: Json<'a>,
    pub depth: usize,
}

/// Parses a whole document; its arrays, objects and unescaped strings go in `arena`.
pub fn parse<'a>(bytes: &'a [u8], arena: &'a Bump) -> Result<Document<'a>, SyntaxError> {
    // Valid UTF-8 as a whole (the usual case) is checked once, fast; strings are then sliced from it.
    let text = std::str::from_utf8(bytes).ok();
    let mut p = Parser { bytes, text, arena, pos: 0, depth: 0, max_depth: 0, items: Vec::new(), members: Vec::new() };
    p.skip_space();
    let root = p.value()?;
    p.skip_space();
    if p.pos < bytes.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(Document { root, depth: p.max_depth })
}

struct Parser<'a> {
    bytes: &'a [u8],
    /// The input as text, when it is all valid UTF-8.
    text: Option<&'a str>,
    arena: &'a Bump,
    pos: usize,
    depth: usize,
    max_depth: usize,
    /// The elements of the arrays being read, innermost last: each array copies its own off the end
    /// into the arena when it closes (no growing a vector per array).
    items: Vec<Json<'a>>,
    /// The same for objects' members.
    members: Vec<(&'a str, Json<'a>)>,
}

impl<'a> Parser<'a> {
    fn error(&self, detail: &'static str) -> SyntaxError {
        self.error_at(self.pos, detail)
    }

    fn error_at(&self, pos: usize, detail: &'static str) -> SyntaxError {
        let upto = &self.bytes[..pos.min(self.bytes.len())];
        let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = upto.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = upto.len() - line_start + usize::from(pos < self.bytes.len());
        SyntaxError { line, column: column.max(1), detail, too_deep: false }
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    #[inline(always)]
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn eat(&mut self, literal: &[u8], value: Json<'a>) -> Result<Json<'a>, SyntaxError> {
        if self.bytes[self.pos..].starts_with(literal) {
            self.pos += literal.len();
            Ok(value)
        } else if literal.starts_with(&self.bytes[self.pos..]) {
            self.pos = self.bytes.len();
            Err(self.error("EOF while parsing a value"))
        } else {
            Err(self.error("expected ident"))
        }
    }

    fn value(&mut self) -> Result<Json<'a>, SyntaxError> {
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'n') => self.eat(b"null", Json::Null),
            Some(b't') => self.eat(b"true", Json::Bool(true)),
            Some(b'f') => self.eat(b"false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => self.nested(Self::array),
            Some(b'{') => self.nested(Self::object),
            Some(_) => Err(self.error("expected value")),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Result<Json<'a>, SyntaxError>) -> Result<Json<'a>, SyntaxError> {
        self.depth += 1;
        // serde_json refuses the 128th level already; so do we.
        if self.depth >= MAX_NESTING {
            return Err(SyntaxError { too_deep: true, ..self.error("recursion limit exceeded") });
        }
        self.max_depth = self.max_depth.max(self.depth);
        self.pos += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn array(&mut self) -> Result<Json<'a>, SyntaxError> {
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(&[]));
        }
        let base = self.items.len();
        loop {
            self.skip_space();
            let item = self.value()?;
            self.items.push(item);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    let items = self.arena.alloc_slice_copy(&self.items[base..]);
                    self.items.truncate(base);
                    return Ok(Json::Array(items));
                }
                None => return Err(self.error("EOF while parsing a list")),
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self) -> Result<Json<'a>, SyntaxError> {
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(Object(&[])));
        }
        let base = self.members.len();
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("key must be a string")),
            }
            let key = self.string()?;
            self.skip_space();
            match self.peek() {
                Some(b':') => self.pos += 1,
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `:`")),
            }
            self.skip_space();
            let value = self.value()?;
            self.members.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    let members = self.arena.alloc_slice_copy(&self.members[base..]);
                    self.members.truncate(base);
                    return Ok(Json::Object(Object(members)));
                }
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    #[inline(always)]
    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    /// At least one digit, as after `.` or `e` in a number.
    fn required_digits(&mut self) -> Result<(), SyntaxError> {
        if self.digits() > 0 {
            Ok(())
        } else if self.peek().is_none() {
            Err(self.error("EOF while parsing a value"))
        } else {
            Err(self.error("invalid number"))
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as text.
    fn number(&mut self) -> Result<Json<'a>, SyntaxError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            None => return Err(self.error("EOF while parsing a value")),
            Some(_) => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.required_digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            self.required_digits()?;
        }
        // Only ASCII bytes were consumed, so this slice is valid UTF-8.
        Ok(Json::Number(std::str::from_utf8(&self.bytes[start..self.pos]).unwrap_or("0")))
    }

    fn hex4(&mut self) -> Result<u16, SyntaxError> {
        let mut value: u16 = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                Some(_) => return Err(self.error("invalid escape")),
            };
            value = (value << 4) | u16::from(digit);
            self.pos += 1;
        }
        Ok(value)
    }

    /// A string: borrowed from the input when it has no escapes, else unescaped into the arena.
    fn string(&mut self) -> Result<&'a str, SyntaxError> {
        self.pos += 1;
        let start = self.pos;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    let tail = self.utf8(run, self.pos)?;
                    self.pos += 1;
                    return Ok(match owned {
                        None => tail,
                        Some(mut s) => {
                            s.push_str(tail);
                            self.arena.alloc_str(&s)
                        }
                    });
                }
                Some(b'\\') => {
                    let before = self.utf8(run, self.pos)?;
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(before);
                    self.pos += 1;
                    let c = match self.peek() {
                        None => return Err(self.error("EOF while parsing a string")),
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let c = self.unicode_escape()?;
                            owned.get_or_insert_with(String::new).push(c);
                            run = self.pos;
                            continue;
                        }
                        Some(_) => return Err(self.error("invalid escape")),
                    };
                    s.push(c);
                    self.pos += 1;
                    run = self.pos;
                }
                Some(0x00..=0x1F) => {
                    return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                Some(_) => self.pos += 1 + plain_run(&self.bytes[self.pos + 1..]),
            }
        }
    }

    /// After `\u`: one code point, from a surrogate pair where needed.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.bytes[self.pos..].starts_with(b"\\u") {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                0x10000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(second) - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("lone trailing surrogate in hex escape")),
            other => u32::from(other),
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))
    }

    #[inline(always)]
    fn utf8(&self, from: usize, to: usize) -> Result<&'a str, SyntaxError> {
        // Both ends are next to an ASCII quote or backslash, so they are character boundaries.
        if let Some(text) = self.text.and_then(|t| t.get(from..to)) {
            return Ok(text);
        }
        std::str::from_utf8(&self.bytes[from..to])
            .map_err(|e| self.error_at(from + e.valid_up_to(), "invalid unicode code point"))
    }
}

/// How many bytes at the start of `bytes` need no attention inside a string: none is a quote, a
/// backslash or a control character. Eight bytes at a time (SWAR), since most of a snapshot's text is
/// plain names and ids.
#[inline(always)]
fn plain_run(bytes: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    // Some byte of `w` is below `n` (n ≤ 128): exact, as bytes with the high bit set never count.
    let any_below = |w: u64, n: u8| w.wrapping_sub(ONES * u64::from(n)) & !w & HIGH != 0;
    let any_zero = |w: u64| any_below(w, 1);
    let mut run = 0;
    for chunk in bytes.chunks_exact(8) {
        let w = u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]);
        if any_zero(w ^ (ONES * u64::from(b'"'))) || any_zero(w ^ (ONES * u64::from(b'\\'))) || any_below(w, 0x20) {
            break;
        }
        run += 8;
    }
    run + bytes[run..].iter().take_while(|&&b| !matches!(b, b'"' | b'\\' | 0x00..=0x1F)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok<'a>(text: &'a str, arena: &'a Bump) -> Json<'a> {
        parse(text.as_bytes(), arena).map(|d| d.root).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    fn err(text: &str) -> SyntaxError {
        match parse(text.as_bytes(), &Bump::new()) {
            Ok(_) => panic!("{text} parsed"),
            Err(e) => e,
        }
    }

    #[test]
    fn reads_values_and_keeps_numbers_as_written() {
        let arena = Bump::new();
        let ok = |text| ok(text, &arena);
        assert_eq!(ok(" null "), Json::Null);
        assert_eq!(ok("[true,false]"), Json::Array(&[Json::Bool(true), Json::Bool(false)]));
        assert_eq!(ok("1e400"), Json::Number("1e400"));
        assert_eq!(ok("-0.25E+3"), Json::Number("-0.25E+3"));
        assert_eq!(ok(r#""a\"b\u00e6\ud83e\uddea""#), Json::String("a\"bæ🧪"));
        let o = ok(r#"{"a":1,"b":{"c":[]},"a":2}"#);
        assert_eq!(o.get("a"), Some(&Json::Number("2")), "the last of a repeated key counts");
        let Json::Object(obj) = &o else { panic!() };
        let keys: Vec<_> = obj.sorted().into_iter().map(|(k, v)| (k.to_owned(), *v)).collect();
        assert_eq!(keys[0], ("a".to_owned(), Json::Number("2")), "sorted keeps the last value, once");
        assert_eq!(keys.len(), 2);
        // A string without escapes is the input's own bytes, not a copy.
        let text = r#"["plain"]"#;
        let Json::Array([Json::String(plain)]) = ok(text) else { panic!() };
        assert_eq!((*plain, plain.as_ptr()), ("plain", text[2..].as_ptr()));
    }

    #[test]
    fn refuses_what_json_does_not_allow() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "{a:1}",
            "01",
            "1.",
            ".5",
            "+1",
            "1e",
            "NaN",
            "Infinity",
            "\"\\x\"",
            "\"\t\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "[1] 2",
            "tru",
            "nul",
        ] {
            let e = err(bad);
            assert!(e.line >= 1 && e.column >= 1 && !e.detail.is_empty(), "{bad:?}: {e:?}");
        }
        assert_eq!(err("{\n  \"a\": x").line, 2);
        assert!(err(&"[".repeat(200)).too_deep);
        let at_limit = format!("{}{}", "[".repeat(MAX_NESTING), "]".repeat(MAX_NESTING));
        assert!(err(&at_limit).too_deep, "refused at 128 levels, as serde_json does");
        let below = format!("{}{}", "[".repeat(MAX_NESTING - 1), "]".repeat(MAX_NESTING - 1));
        assert!(parse(below.as_bytes(), &Bump::new()).is_ok());
        let bad = parse(&[b'"', 0xff, b'"'], &Bump::new()).map(|_| ()).unwrap_err();
        assert_eq!(bad.detail, "invalid unicode code point");
    }

    #[test]
    fn plain_runs_stop_at_the_first_byte_that_needs_attention() {
        let text = "abcdefghijklmnopæøå 🧪 and more";
        assert_eq!(plain_run(text.as_bytes()), text.len());
        for at in 0..20 {
            for special in [b'"', b'\\', 0x00, 0x1f, b'\n'] {
                let mut bytes = b"0123456789abcdefghijklmnop".to_vec();
                bytes[at] = special;
                assert_eq!(plain_run(&bytes), at, "{special:#x} at {at}");
            }
        }
        assert_eq!(plain_run(b""), 0);
        assert_eq!(plain_run(&[0x20, 0x7f, 0x80, 0xff, b'!', b'#', b'[', b']', b'\"']), 8);
    }

    #[test]
    fn measures_nesting() {
        assert_eq!(parse(b"1", &Bump::new()).unwrap().depth, 0);
        assert_eq!(parse(b"[[{}]]", &Bump::new()).unwrap().depth, 3);
    }
}
