//! The CSV form of the template as a Frictionless Data Package with a Table Schema per file
//! (`public/snapshot-template.schema.json`), made from the same table as the importer, so an independent
//! validator can check a CSV folder. It describes the form `snapshot export` writes: `;`-separated, decimal
//! commas, UTF-8, headers in the template's order. What a Table Schema cannot say (cross-sheet rules, row-level
//! rules, header aliases and order, `,` files) is listed in tests/table_schema_agreement.py.

use super::sheets::{reason_words, text_limit, Column, Kind, SheetId, SheetSpec, OM_FIELDS, SHEETS};
use super::words::words;
use crate::domain::snapshot::MissingReason;
use crate::domain::Lang;
use serde_json::{json, Map, Value};

/// An id: 1–64 of `a-z 0-9 - _` (the format's rule).
const ID: &str = "[a-z0-9_-]{1,64}";
/// An ISO 639-1 language code, in either case.
const LANGUAGE: &str = "[a-zA-Z]{2}";
/// The date forms the template accepts, by shape (the calendar is checked by the importer).
const DATE: &str =
    "([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}|[0-9]{1,2}[.][0-9]{1,2}[.][0-9]{4}|[0-9]{5})";
/// A share: 0–1 as a decimal, or 0–100 as a percentage, with a comma or a point.
const SHARE: &str = "(0([.,][0-9]+)?|[.,][0-9]+|1([.,]0+)?|([0-9]{1,2}([.,][0-9]+)?|100([.,]0+)?) ?%)";

fn reasons_pattern() -> String {
    let mut spellings = Vec::new();
    for reason in MissingReason::ALL {
        let word = reason_words(reason)[0];
        let mut chars = word.chars();
        let first = chars.next().unwrap_or_default();
        spellings.push(format!("[{}{}]{}", first.to_uppercase(), first, chars.as_str()));
        spellings.push(reason.code().to_owned());
    }
    spellings.join("|")
}

fn description(sheet: SheetId, column: &Column) -> String {
    let w = words(Lang::Da);
    [w.meaning(sheet, column.header), w.kind_help(column.kind).as_str()].join(" ").trim().to_owned()
}

fn field(sheet: SheetId, column: &Column) -> Value {
    let mut constraints = Map::new();
    // A measure's count is empty when its share cell gives a reason, so no count column is required by cell.
    if column.required && column.kind != Kind::MeasureN {
        constraints.insert("required".into(), json!(true));
    }
    let (kind, extra) = match column.kind {
        Kind::Id => {
            constraints.insert("pattern".into(), json!(ID));
            ("string", Map::new())
        }
        Kind::Ref(_) => {
            constraints.insert("pattern".into(), json!(ID));
            ("string", Map::new())
        }
        Kind::BandRef => {
            constraints.insert("pattern".into(), json!(format!("({ID}|[Aa]lle|all)")));
            ("string", Map::new())
        }
        Kind::Refs(_) => {
            constraints.insert("pattern".into(), json!(format!("{ID}( *[,;] *{ID})*")));
            ("string", Map::new())
        }
        Kind::Text => {
            if let Some(max) = text_limit(column) {
                constraints.insert("maxLength".into(), json!(max));
            }
            ("string", Map::new())
        }
        Kind::Languages => {
            // The importer lower-cases the codes, so `DA, EN` is accepted too.
            constraints.insert("pattern".into(), json!(format!("{LANGUAGE}( *[,;] *{LANGUAGE})*")));
            ("string", Map::new())
        }
        Kind::Date => {
            constraints.insert("pattern".into(), json!(DATE));
            ("string", Map::new())
        }
        Kind::Age => {
            constraints.insert("minimum".into(), json!(15));
            constraints.insert("maximum".into(), json!(99));
            ("integer", Map::new())
        }
        Kind::Count => {
            constraints.insert("minimum".into(), json!(0));
            ("integer", Map::new())
        }
        Kind::MeasureN => {
            constraints.insert("minimum".into(), json!(1));
            ("integer", Map::new())
        }
        Kind::Positive | Kind::NonNegative => {
            let bound = if column.kind == Kind::Positive { "exclusiveMinimum" } else { "minimum" };
            constraints.insert(bound.into(), json!(0));
            let mut extra = Map::new();
            extra.insert("decimalChar".into(), json!(","));
            ("number", extra)
        }
        Kind::Share => {
            constraints.insert("pattern".into(), json!(SHARE));
            ("string", Map::new())
        }
        Kind::MeasureShare => {
            constraints.insert("pattern".into(), json!(format!("({SHARE}|{})", reasons_pattern())));
            ("string", Map::new())
        }
        Kind::Code(codes) => {
            let mut allowed: Vec<&str> = Vec::new();
            for spelling in codes.spellings() {
                for word in spelling.danish.iter().copied().chain([spelling.code]) {
                    if !allowed.contains(&word) {
                        allowed.push(word);
                    }
                }
            }
            constraints.insert("enum".into(), json!(allowed));
            ("string", Map::new())
        }
    };
    let mut f = Map::new();
    f.insert("name".into(), json!(column.header));
    f.insert("type".into(), json!(kind));
    f.insert("description".into(), json!(description(sheet, column)));
    f.extend(extra);
    if !constraints.is_empty() {
        f.insert("constraints".into(), Value::Object(constraints));
    }
    Value::Object(f)
}

fn resource_name(spec: &SheetSpec) -> String {
    spec.file.trim_end_matches(".csv").to_owned()
}

fn foreign_keys(spec: &SheetSpec) -> Vec<Value> {
    spec.written_columns()
        .filter_map(|c| match c.kind {
            Kind::Ref(target) => Some(json!({
                "fields": [c.header],
                "reference": {"resource": resource_name(target.spec()), "fields": ["id"]},
            })),
            _ => None,
        })
        .collect()
}

fn primary_key(spec: &SheetSpec) -> Option<Vec<&'static str>> {
    match spec.id {
        SheetId::Om => Some(vec!["felt"]),
        SheetId::Resultater => Some(vec!["tilbud", "periode", "målgruppe", "aldersgruppe"]),
        SheetId::Byen => Some(vec!["periode", "målgruppe", "aldersgruppe"]),
        _ => spec.written_columns().find(|c| c.kind == Kind::Id).map(|c| vec![c.header]),
    }
}

fn resource(spec: &SheetSpec) -> Value {
    let fields: Vec<Value> = if spec.id == SheetId::Om {
        let names: Vec<&str> = OM_FIELDS.iter().map(|f| f.header).collect();
        vec![
            json!({"name": "felt", "type": "string", "description": description(spec.id, &spec.columns[0]),
                   "constraints": {"required": true, "enum": names}}),
            json!({"name": "værdi", "type": "string", "description": description(spec.id, &spec.columns[1]),
                   "constraints": {"required": true}}),
        ]
    } else {
        spec.written_columns().map(|c| field(spec.id, c)).collect()
    };
    let mut schema = Map::new();
    schema.insert("fields".into(), Value::Array(fields));
    schema.insert("missingValues".into(), json!([""]));
    if let Some(key) = primary_key(spec) {
        schema.insert("primaryKey".into(), json!(key));
    }
    let keys = foreign_keys(spec);
    if !keys.is_empty() {
        schema.insert("foreignKeys".into(), Value::Array(keys));
    }
    json!({
        "name": resource_name(spec),
        "title": spec.name,
        "path": spec.file,
        "type": "table",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": {"delimiter": ";"},
        "schema": Value::Object(schema),
    })
}

/// The Data Package descriptor, as published in `public/snapshot-template.schema.json`.
pub fn package() -> Value {
    json!({
        // Data Package v2: `exclusiveMinimum` (weeks and hours are > 0) is a v2 constraint.
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "visitationsguide-snapshot-template",
        "title": "Visitationsguide: skabelon til kvalitetstal (CSV-form)",
        "version": "1.0.0",
        "description": "The CSV form of the spreadsheet template (shared/spreadsheet-template.md), as `snapshot export` writes it: one file per sheet, `;`-separated, decimal commas, UTF-8. `snapshot import` also accepts `,` files, headers in any order, case or with ae/oe/aa for æ/ø/å, and checks what a Table Schema cannot (cross-sheet rules). The file byen.csv is optional.",
        "resources": SHEETS.iter().map(resource).collect::<Vec<_>>(),
    })
}

/// The descriptor as the committed file holds it (pretty, with a final newline).
pub fn package_text() -> String {
    let mut text = serde_json::to_string_pretty(&package()).unwrap_or_default();
    text.push('\n');
    text
}
