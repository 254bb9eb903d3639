//! Export and import are inverse: `import(export(s))` is `s` (compared as validated `Snapshot` values) for
//! the sample and for generated snapshots, as a workbook and as CSV; the shipped sample workbook and the
//! published Table Schema are current; the empty template has every sheet and header the importer needs.

mod common;

use proptest::prelude::*;
use visitationsguide::domain::generate::{generate, Options};
use visitationsguide::domain::{parse_snapshot, Lang, Snapshot};
use visitationsguide::publish::{export, import_csv, import_workbook, table_schema, template, Refused};

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn parse(text: &str) -> Snapshot {
    parse_snapshot(text.as_bytes(), common::today()).expect("a valid snapshot")
}

fn sample() -> Snapshot {
    parse(&std::fs::read_to_string(root().join("public/data/snapshot.json")).unwrap())
}

fn lines(r: &Refused) -> String {
    r.lines(Lang::En).join("\n")
}

fn via_xlsx(s: &Snapshot) -> Snapshot {
    let bytes = export::to_xlsx(s).expect("export");
    import_workbook(&bytes, common::today()).map_err(|r| lines(&r)).expect("the export imports").snapshot
}

fn via_csv(s: &Snapshot) -> Snapshot {
    let files = export::to_csv(s).expect("export");
    import_csv(&files, common::today()).map_err(|r| lines(&r)).expect("the export imports").snapshot
}

#[test]
fn the_sample_round_trips_through_a_workbook_and_csv() {
    let s = sample();
    assert_eq!(via_xlsx(&s), s);
    assert_eq!(via_csv(&s), s);
}

#[test]
fn the_shipped_sample_workbook_holds_the_sample_snapshot() {
    let bytes = std::fs::read(root().join("public/data/snapshot.xlsx")).expect("public/data/snapshot.xlsx");
    let imported =
        import_workbook(&bytes, common::today()).map_err(|r| lines(&r)).expect("the sample workbook imports");
    assert_eq!(
        imported.snapshot,
        sample(),
        "public/data/snapshot.xlsx is stale: run `cargo run --example make_import_fixtures`"
    );
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
}

#[test]
fn the_published_table_schema_is_current() {
    let committed = std::fs::read_to_string(root().join("public/snapshot-template.schema.json")).unwrap();
    assert!(
        committed == table_schema::package_text(),
        "public/snapshot-template.schema.json is stale: run `cargo run --example make_import_fixtures`"
    );
}

#[test]
fn generated_snapshots_round_trip_at_fixed_seeds() {
    for seed in [1, 2, 3, 42] {
        let s = parse(&generate(Options { offers: 150, seed, references: seed % 2 == 0 }).to_string());
        assert_eq!(via_xlsx(&s), s, "xlsx, seed {seed}");
        assert_eq!(via_csv(&s), s, "csv, seed {seed}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn import_of_export_is_the_same_snapshot(seed in any::<u64>(), offers in 0usize..60, references in any::<bool>()) {
        let s = parse(&generate(Options { offers, seed, references }).to_string());
        prop_assert_eq!(via_xlsx(&s), s.clone());
        prop_assert_eq!(via_csv(&s), s);
    }
}

#[test]
fn the_empty_template_has_every_sheet_and_header_and_only_lacks_data() {
    let bytes = template::empty().expect("the template");
    let refused = import_workbook(&bytes, common::today()).expect_err("an empty template is not a snapshot");
    let codes: Vec<&str> = refused.problems.iter().map(|p| p.code()).collect();
    assert!(!codes.is_empty());
    for code in &codes {
        assert!(["missing-field", "too-few-rows"].contains(code), "unexpected {code}: {}", lines(&refused));
    }
    assert!(refused.warnings.is_empty(), "the guide sheet is skipped silently: {:?}", refused.warnings);
}

#[test]
fn an_export_is_reproducible() {
    let s = sample();
    assert_eq!(export::to_xlsx(&s).unwrap(), export::to_xlsx(&s).unwrap());
    assert_eq!(export::to_csv(&s).unwrap(), export::to_csv(&s).unwrap());
}
