//! The snapshot file as `snapshot import` writes it: indented like the published sample, with each object's
//! keys in the order snapshot-format.md lists them (not alphabetically), so a new period's file reads and
//! diffs like the last one.

use serde_json::Value;
use std::fmt::Write;

/// The top level's keys in the format's order; any other key follows, alphabetically.
const TOP: &[&str] = &[
    "format",
    "format_version",
    "published",
    "publisher",
    "periods",
    "age_bands",
    "target_groups",
    "providers",
    "offers",
    "references",
];

/// Every item's keys in the format's order (each item uses its own few).
const ITEM: &[&str] = &[
    "id",
    "from",
    "to",
    "label",
    "min",
    "max",
    "provider",
    "name",
    "kind",
    "description",
    "category",
    "target_groups",
    "age",
    "weeks",
    "hours_per_week",
    "supervision",
    "smiley",
    "date",
    "note",
    "results",
    "period",
    "target_group",
    "age_band",
    "participants",
    "job_or_education",
    "placements",
    "off_benefit_1m",
    "off_benefit_3m",
    "satisfaction",
    "closer_to_job",
    "complaints",
    "share_under_30",
    "median_unemployment_weeks",
    "share",
    "n",
    "missing",
    "da",
    "en",
];

fn rank(key: &str, top: bool) -> usize {
    let order = if top { TOP } else { ITEM };
    order.iter().position(|k| *k == key).unwrap_or(order.len())
}

fn write(out: &mut String, value: &Value, indent: usize) {
    let pad = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(' ', n));
    match value {
        Value::Object(map) if !map.is_empty() => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| rank(a.0, indent == 0).cmp(&rank(b.0, indent == 0)).then_with(|| a.0.cmp(b.0)));
            out.push_str("{\n");
            for (i, (key, item)) in entries.iter().enumerate() {
                pad(out, indent + 2);
                let _ = write!(out, "{}: ", Value::String((*key).clone()));
                write(out, item, indent + 2);
                out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                pad(out, indent + 2);
                write(out, item, indent + 2);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push(']');
        }
        // Scalars, `{}` and `[]` as serde_json writes them (strings escaped, numbers shortest).
        other => {
            let _ = write!(out, "{other}");
        }
    }
}

/// The value as the file's text, with a final newline.
pub fn pretty(value: &Value) -> String {
    let mut out = String::new();
    write(&mut out, value, 0);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_follow_the_format_and_the_text_reads_back_the_same() {
        let value = json!({
            "periods": [{"label": {"en": "H1", "da": "1. halvår"}, "id": "p0"}],
            "format_version": 1,
            "format": "visitationsguide-snapshot",
            "zz_extra": "\"quoted\"\n",
            "offers": [],
            "references": [{"satisfaction": {"n": 3, "share": 0.755}}],
        });
        let text = pretty(&value);
        assert!(text.starts_with("{\n  \"format\": \"visitationsguide-snapshot\",\n  \"format_version\": 1,\n  \"periods\": [\n    {\n      \"id\": \"p0\",\n      \"label\": {\n        \"da\": \"1. halvår\",\n        \"en\": \"H1\"\n      }\n"), "{text}");
        assert!(text.contains("\"offers\": [],"));
        assert!(text.contains("\"share\": 0.755,\n"));
        assert!(text.ends_with("\"zz_extra\": \"\\\"quoted\\\"\\n\"\n}\n"));
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
    }
}
