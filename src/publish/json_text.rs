//! The snapshot file as `snapshot import` writes it: indented like the published sample, with each object's
//! keys in the order snapshot-format.md lists them (not alphabetically), so a new period's file reads and
//! diffs like the last one.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::OnceLock;

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
    // Looked up for every key of every object: a map, made once.
    static RANKS: OnceLock<[HashMap<&'static str, usize>; 2]> = OnceLock::new();
    let ranks = RANKS.get_or_init(|| [TOP, ITEM].map(|order| order.iter().enumerate().map(|(i, k)| (*k, i)).collect()));
    let (order, len) = if top { (&ranks[0], TOP.len()) } else { (&ranks[1], ITEM.len()) };
    order.get(key).copied().unwrap_or(len)
}

/// A value whose objects serialise their keys in the format's order; serde_json's pretty printer writes it.
struct Ordered<'a> {
    value: &'a Value,
    top: bool,
}

impl Serialize for Ordered<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.value {
            Value::Object(map) => {
                let mut entries: Vec<(&String, &Value)> = map.iter().collect();
                entries.sort_by_cached_key(|(key, _)| (rank(key, self.top), key.as_str()));
                let mut out = serializer.serialize_map(Some(entries.len()))?;
                for (key, value) in entries {
                    out.serialize_entry(key, &Ordered { value, top: false })?;
                }
                out.end()
            }
            Value::Array(items) => {
                let mut out = serializer.serialize_seq(Some(items.len()))?;
                for value in items {
                    out.serialize_element(&Ordered { value, top: false })?;
                }
                out.end()
            }
            scalar => scalar.serialize(serializer),
        }
    }
}

/// The value as the file's text, with a final newline.
pub fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(&Ordered { value, top: true }).unwrap_or_default();
    text.push('\n');
    text
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
