//! Numbers as people read them: Danish `75,5 %` and `14.449`, English `75.5%` and `14,449`.

use super::Lang;

/// A proportion (0–1) as a percentage with at most one decimal: `75,5 %` / `75.5%`.
/// A whole number drops its decimal (`21 %`), so a list does not read `21,0 %`.
pub fn percent(share: f64, lang: Lang) -> String {
    let tenths = (share * 1000.0).round() as i64;
    let whole = tenths / 10;
    let frac = tenths % 10;
    let number = if frac == 0 { whole.to_string() } else { format!("{whole}{}{frac}", lang.pick(',', '.')) };
    lang.pick(format!("{number} %"), format!("{number}%"))
}

/// A whole count with thousands separators: `14.449` / `14,449`.
pub fn count(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = lang.pick('.', ',');
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A decimal with a fixed number of places and the language's decimal mark: `1,12` / `1.12`.
pub fn decimal(value: f64, places: usize, lang: Lang) -> String {
    let text = format!("{value:.places$}");
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A length or amount as people write it: at most one decimal, none when whole (`13`, `6,5` / `6.5`).
pub fn amount(value: f64, lang: Lang) -> String {
    let text = decimal(value, 1, lang);
    match text.strip_suffix(",0").or_else(|| text.strip_suffix(".0")) {
        Some(whole) => whole.to_owned(),
        None => text,
    }
}

const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as people write it: `15. november 2011` / `15 November 2011`.
pub fn date_long(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    let month = date.month0() as usize;
    match lang {
        Lang::Da => format!("{}. {} {}", date.day(), MONTHS_DA[month], date.year()),
        Lang::En => format!("{} {} {}", date.day(), MONTHS_EN[month], date.year()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_written_out() {
        let d = chrono::NaiveDate::from_ymd_opt(2011, 11, 15).unwrap();
        assert_eq!(date_long(d, Lang::Da), "15. november 2011");
        assert_eq!(date_long(d, Lang::En), "15 November 2011");
    }

    use super::*;

    #[test]
    fn danish_percent_uses_comma_and_space() {
        assert_eq!(percent(0.755, Lang::Da), "75,5 %");
        assert_eq!(percent(0.755, Lang::En), "75.5%");
        assert_eq!(percent(0.21, Lang::Da), "21 %");
        assert_eq!(percent(1.0, Lang::Da), "100 %");
        assert_eq!(percent(0.0, Lang::En), "0%");
        assert_eq!(percent(0.1074, Lang::Da), "10,7 %");
    }

    #[test]
    fn counts_group_thousands_per_language() {
        assert_eq!(count(14449, Lang::Da), "14.449");
        assert_eq!(count(14449, Lang::En), "14,449");
        assert_eq!(count(999, Lang::Da), "999");
        assert_eq!(count(1_000_000, Lang::Da), "1.000.000");
        assert_eq!(count(0, Lang::Da), "0");
    }

    #[test]
    fn decimals_use_the_language_mark() {
        assert_eq!(decimal(1.126, 2, Lang::Da), "1,13");
        assert_eq!(decimal(0.5, 1, Lang::En), "0.5");
    }

    #[test]
    fn amounts_show_a_decimal_only_when_there_is_one() {
        assert_eq!(amount(13.0, Lang::Da), "13");
        assert_eq!(amount(6.5, Lang::Da), "6,5");
        assert_eq!(amount(7.5, Lang::En), "7.5");
        assert_eq!(amount(37.04, Lang::Da), "37");
    }
}
