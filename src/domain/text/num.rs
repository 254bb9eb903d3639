//! The one number formatter: Danish `75,5 %` and `14.449`, English `75.5%` and `14,449`. The
//! arithmetic is here; the marks and layouts come from the language's `Words`.

use super::Words;
use crate::domain::Lang;

/// A proportion (0–1) as a percentage with at most one decimal: `75,5 %` / `75.5%`.
/// A whole number drops its decimal (`21 %`), so a list does not read `21,0 %`.
pub fn percent(share: f64, lang: Lang) -> String {
    let words = lang.words();
    words.percent(&percent_number(share, words))
}

/// The number part of `percent`: `75,5`.
fn percent_number(share: f64, words: &dyn Words) -> String {
    let tenths = (share * 1000.0).round() as i64;
    let (whole, frac) = (tenths / 10, tenths % 10);
    if frac == 0 {
        whole.to_string()
    } else {
        format!("{whole}{}{}", words.decimal_mark(), frac.abs())
    }
}

/// A whole count with thousands separators: `14.449` / `14,449`.
pub fn count(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = lang.words().group_mark();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A decimal with a fixed number of places and the language's decimal mark: `1,12` / `1.12`.
pub fn decimal(value: f64, places: usize, lang: Lang) -> String {
    decimal_in(value, places, lang.words())
}

fn decimal_in(value: f64, places: usize, words: &dyn Words) -> String {
    fixed(value, places, words.decimal_mark())
}

/// A coordinate in a drawing (SVG), to a tenth: `12.5`.
pub fn coord(value: f64) -> String {
    fixed(value, 1, '.')
}

/// `value` rounded to `places` decimals (at most 6), written with `mark`: `12,5`. Integer arithmetic
/// only, so the app carries no float formatter (about 2 KB of the shell, brotli). Values beyond
/// 10^12 saturate; a non-number reads as 0.
pub fn fixed(value: f64, places: usize, mark: char) -> String {
    let places = places.min(6);
    let value = if value.is_nan() { 0.0 } else { value };
    let scale = 10u64.pow(places as u32);
    // `as` saturates and maps NaN to 0; the figures shown are far below the cap.
    let scaled = (value.abs() * scale as f64).round().min(1e12 * scale as f64) as u64;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    let whole = scaled / scale;
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}{mark}{:0places$}", scaled % scale)
    }
}

/// A length or amount as people write it: at most one decimal, none when whole (`13`, `6,5` / `6.5`).
pub fn amount(value: f64, lang: Lang) -> String {
    let text = decimal(value, 1, lang);
    let whole = format!("{}0", lang.words().decimal_mark());
    match text.strip_suffix(&whole) {
        Some(whole) => whole.to_owned(),
        None => text,
    }
}

/// Bytes in MiB with `places` decimals: `50,0`.
pub fn mib(bytes: u64, places: usize, words: &dyn Words) -> String {
    decimal_in(bytes as f64 / (1024.0 * 1024.0), places, words)
}

/// A date as people write it: `15. november 2011` / `15 November 2011`.
pub fn date_long(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    lang.words().date(date.day(), date.month0() as usize, date.year())
}

/// An interval in percent: `25–37 %` / `25–37%`.
pub fn interval(low: f64, high: f64, lang: Lang) -> String {
    let words = lang.words();
    let low = percent_number(low.max(0.0), words);
    format!("{low}–{}", percent(high.min(1.0), lang))
}

/// A rate per participant as a rate per 100 with one decimal: `10,7`.
pub fn per_100(rate: f64, lang: Lang) -> String {
    decimal(rate * 100.0, 1, lang)
}
