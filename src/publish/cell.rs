//! One cell as read from a workbook or a CSV file, and the readings of its text the template allows:
//! numbers in Danish or English form, percentages, dates in ISO or Danish form or as serial numbers.

use chrono::NaiveDate;

/// A cell's value, independent of the file it came from.
#[derive(Clone, Debug, PartialEq)]
pub enum CellValue {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Bool(bool),
    /// A formula's error value, as the spreadsheet shows it: `#DIV/0!`.
    Error(String),
}

impl CellValue {
    /// Text is trimmed, and text that is only spaces is empty (the template's rule for every cell).
    pub fn text(text: &str) -> CellValue {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            CellValue::Empty
        } else {
            CellValue::Text(trimmed.to_owned())
        }
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, CellValue::Empty)
    }
}

/// A number written as text, in Danish or English form (`1.234`, `1234`, `0,755`, `0.755`, `-3`), as a
/// plain decimal `[-]digits[.digits]`, so it can become a JSON number without rounding.
///
/// A single `,` is a decimal comma. A single `.` followed by exactly three digits after a non-zero whole
/// part is a Danish thousands separator (`1.234` = 1234, as the template's example reads it); any other
/// single `.` is a decimal point. Where both appear, the last one is the decimal mark. Spaces (also
/// non-breaking) between digits are ignored.
pub fn decimal(text: &str) -> Option<String> {
    let cleaned: String = text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    let (negative, body) = match cleaned.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let (whole, frac) = match (dots, commas) {
        (0, 0) => (body.to_owned(), String::new()),
        (_, 0) if dots > 1 => (grouped(body, '.')?, String::new()),
        (0, _) if commas > 1 => (grouped(body, ',')?, String::new()),
        (0, 1) => split_once(body, ',')?,
        (1, 0) => {
            let (whole, frac) = split_once(body, '.')?;
            if frac.len() == 3 && !whole.is_empty() && whole.len() <= 3 && !whole.starts_with('0') {
                (format!("{whole}{frac}"), String::new())
            } else {
                (whole, frac)
            }
        }
        _ => {
            let last_dot = body.rfind('.').unwrap_or(0);
            let last_comma = body.rfind(',').unwrap_or(0);
            let (mark, group) = if last_dot > last_comma { ('.', ',') } else { (',', '.') };
            let (whole, frac) = split_once_last(body, mark)?;
            (grouped(&whole, group)?, frac)
        }
    };
    if whole.is_empty() && frac.is_empty() || frac.contains(['.', ',']) || whole.contains(['.', ',']) {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let frac = frac.trim_end_matches('0');
    let sign = if negative { "-" } else { "" };
    Some(if frac.is_empty() { format!("{sign}{whole}") } else { format!("{sign}{whole}.{frac}") })
}

fn split_once(text: &str, mark: char) -> Option<(String, String)> {
    text.split_once(mark).map(|(a, b)| (a.to_owned(), b.to_owned()))
}

fn split_once_last(text: &str, mark: char) -> Option<(String, String)> {
    text.rsplit_once(mark).map(|(a, b)| (a.to_owned(), b.to_owned()))
}

/// `1.234.567` → `1234567`: the first group has 1–3 digits, every later one exactly 3.
fn grouped(text: &str, group: char) -> Option<String> {
    let parts: Vec<&str> = text.split(group).collect();
    let first_ok = parts.first().is_some_and(|p| (1..=3).contains(&p.len()));
    let rest_ok = parts.iter().skip(1).all(|p| p.len() == 3);
    (first_ok && rest_ok).then(|| parts.concat())
}

/// Moves a plain decimal's point two places to the left: `75.5` → `0.755` (a percentage as a share),
/// exactly, without going through a binary fraction.
pub fn percent_to_share(decimal: &str) -> String {
    if !decimal.is_ascii() {
        return decimal.to_owned();
    }
    let (sign, body) = decimal.strip_prefix('-').map_or(("", decimal), |rest| ("-", rest));
    let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
    let padded = format!("{whole:0>3}");
    let cut = padded.len() - 2;
    let (head, tail) = padded.split_at(cut);
    let new_whole = head.trim_start_matches('0');
    let new_frac = format!("{tail}{frac}");
    let new_frac = new_frac.trim_end_matches('0');
    let new_whole = if new_whole.is_empty() { "0" } else { new_whole };
    if new_frac.is_empty() {
        format!("{sign}{new_whole}")
    } else {
        format!("{sign}{new_whole}.{new_frac}")
    }
}

/// The other way: a share's shortest decimal as a percentage, `1.4` → `140`.
pub fn share_to_percent(decimal: &str) -> String {
    if !decimal.is_ascii() {
        return decimal.to_owned();
    }
    let (sign, body) = decimal.strip_prefix('-').map_or(("", decimal), |rest| ("-", rest));
    let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
    let frac = format!("{frac:0<2}");
    let (first_two, rest) = frac.split_at(2);
    let joined = format!("{whole}{first_two}");
    let new_whole = joined.trim_start_matches('0');
    let new_whole = if new_whole.is_empty() { "0" } else { new_whole };
    let rest = rest.trim_end_matches('0');
    if rest.is_empty() {
        format!("{sign}{new_whole}")
    } else {
        format!("{sign}{new_whole}.{rest}")
    }
}

/// A share written as text: a number, or a percentage ending in `%` (`75,5 %`, `75.5%`), as a plain decimal.
pub fn share_text(text: &str) -> Option<String> {
    match text.trim().strip_suffix('%') {
        Some(number) => decimal(number).map(|d| percent_to_share(&d)),
        None => decimal(text),
    }
}

/// The largest serial number Excel has a date for (9999-12-31).
const LAST_SERIAL: f64 = 2_958_465.0;
/// Serial numbers below this (1927-05-19) are read as mistakes, not dates: a year typed into a date cell
/// (`2011`) would otherwise become a day in 1905.
pub const FIRST_SERIAL: f64 = 10_000.0;

/// An Excel serial day number (1900 date system) as a date; `None` outside Excel's range and for the
/// day Excel invents, 1900-02-29 (serial 60). `excel_date` is the whole range; `date_serial` the plausible one.
pub fn excel_date(serial: f64) -> Option<NaiveDate> {
    if !(1.0..=LAST_SERIAL).contains(&serial) {
        return None;
    }
    let day = serial.floor() as i64;
    // Excel counts 1900-02-29, which never was: serials after it are one day late.
    let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    let base = match day {
        60 => return None,
        d if d < 60 => base.checked_add_signed(chrono::Duration::days(1))?,
        _ => base,
    };
    base.checked_add_signed(chrono::Duration::days(day))
}

/// A date written as text: `YYYY-MM-DD` (a time after it is ignored), `DD-MM-YYYY` or `DD.MM.YYYY` (day and
/// month may have one digit), or a serial number.
pub fn date_text(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let date_part = text.split(['T', ' ']).next().unwrap_or(text);
    let numbers = |sep: char| -> Option<Vec<u32>> {
        let parts: Vec<&str> = date_part.split(sep).collect();
        let ok = parts.len() == 3
            && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
        ok.then(|| parts.iter().filter_map(|p| p.parse().ok()).collect())
    };
    let lengths = |sep: char| -> Vec<usize> { date_part.split(sep).map(str::len).collect() };
    if let Some(n) = numbers('-') {
        let (a, b, c) = (*n.first()?, *n.get(1)?, *n.get(2)?);
        return match lengths('-').as_slice() {
            [4, 2, 2] => NaiveDate::from_ymd_opt(i32::try_from(a).ok()?, b, c),
            [1 | 2, 1 | 2, 4] => NaiveDate::from_ymd_opt(i32::try_from(c).ok()?, b, a),
            _ => None,
        };
    }
    if let Some(n) = numbers('.') {
        let (a, b, c) = (*n.first()?, *n.get(1)?, *n.get(2)?);
        return match lengths('.').as_slice() {
            [1 | 2, 1 | 2, 4] => NaiveDate::from_ymd_opt(i32::try_from(c).ok()?, b, a),
            _ => None,
        };
    }
    if (5..=7).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse::<f64>().ok().and_then(serial_date);
    }
    None
}

/// A serial number in a date column: Excel's 1900 system, from 1927 on (see `FIRST_SERIAL`).
pub fn serial_date(serial: f64) -> Option<NaiveDate> {
    if serial < FIRST_SERIAL {
        return None;
    }
    excel_date(serial)
}

/// A number as the shortest decimal that reads back as the same `f64`, with the language's mark.
pub fn number_text(x: f64, comma: bool) -> String {
    let text = if x.fract() == 0.0 && x.abs() < 1e15 { format!("{}", x as i64) } else { format!("{x}") };
    if comma {
        text.replace('.', ",")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn numbers_read_in_danish_and_english_form() {
        for (text, want) in [
            ("1.234", Some("1234")),
            ("1234", Some("1234")),
            ("0,755", Some("0.755")),
            ("0.755", Some("0.755")),
            ("1.234,5", Some("1234.5")),
            ("1,234.5", Some("1234.5")),
            ("1.234.567", Some("1234567")),
            ("12 345", Some("12345")),
            ("-3", Some("-3")),
            ("\u{2212}0,5", Some("-0.5")),
            ("1,5", Some("1.5")),
            ("12,345", Some("12.345")),
            ("0.500", Some("0.5")),
            (",5", Some("0.5")),
            ("007", Some("7")),
            ("1.2.3", None),
            ("1,2,3", None),
            ("abc", None),
            ("", None),
            ("-", None),
            ("1e5", None),
            ("1.234.5", None),
            ("1,5,", None),
        ] {
            assert_eq!(decimal(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn percentages_become_shares_exactly() {
        assert_eq!(share_text("75,5 %").as_deref(), Some("0.755"));
        assert_eq!(share_text("75.5%").as_deref(), Some("0.755"));
        assert_eq!(share_text("100 %").as_deref(), Some("1"));
        assert_eq!(share_text("5 %").as_deref(), Some("0.05"));
        assert_eq!(share_text("0,5 %").as_deref(), Some("0.005"));
        assert_eq!(share_text("140%").as_deref(), Some("1.4"));
        assert_eq!(share_text("0,21").as_deref(), Some("0.21"));
        assert_eq!(share_text("for få"), None);
        assert_eq!(share_to_percent("1.4"), "140");
        assert_eq!(share_to_percent("0.755"), "75.5");
        assert_eq!(share_to_percent("2"), "200");
        assert_eq!(share_to_percent("0.00123"), "0.123");
    }

    #[test]
    fn dates_read_as_iso_danish_forms_and_serial_numbers() {
        assert_eq!(date_text("2011-11-15"), d(2011, 11, 15));
        assert_eq!(date_text("2011-11-15T00:00:00"), d(2011, 11, 15));
        assert_eq!(date_text("15-11-2011"), d(2011, 11, 15));
        assert_eq!(date_text("15.11.2011"), d(2011, 11, 15));
        assert_eq!(date_text("5.3.2011"), d(2011, 3, 5));
        assert_eq!(date_text("40862"), d(2011, 11, 15));
        assert_eq!(date_text("2011-02-30"), None);
        assert_eq!(date_text("15/11/2011"), None);
        assert_eq!(date_text("2011-1-5"), None);
        assert_eq!(date_text("november"), None);
        assert_eq!(excel_date(1.0), d(1900, 1, 1));
        assert_eq!(excel_date(59.0), d(1900, 2, 28));
        assert_eq!(excel_date(60.0), None);
        assert_eq!(excel_date(61.0), d(1900, 3, 1));
        assert_eq!(serial_date(2011.0), None);
        assert_eq!(date_text("2011"), None);
        assert_eq!(serial_date(45943.5), d(2025, 10, 13));
        assert_eq!(serial_date(0.0), None);
        assert_eq!(serial_date(f64::NAN), None);
        assert_eq!(serial_date(1e12), None);
    }

    #[test]
    fn numbers_are_written_back_shortest_with_the_languages_mark() {
        assert_eq!(number_text(1.4, true), "1,4");
        assert_eq!(number_text(0.755, false), "0.755");
        assert_eq!(number_text(1234.0, true), "1234");
    }
}
