//! Validation rules one by one: each test breaks one rule of snapshot-format.md and checks the path.

mod common;
use common::*;
use serde_json::json;
use visitationsguide::domain::problem::ProblemKind;
use visitationsguide::domain::validate::MAX_PROBLEMS;
use visitationsguide::domain::{parse_snapshot, Lang};

fn one_offer() -> serde_json::Value {
    with_offers(vec![offer("a", "A", vec![res("all", 100, m(0.2, 90), m(0.3, 90), m(0.8, 40))])])
}

#[test]
fn a_valid_snapshot_parses_into_domain_types() {
    let s = valid(&one_offer());
    assert_eq!(s.offers().len(), 1);
    assert_eq!(s.current_period().id.as_str(), "p0");
    assert_eq!(s.offers()[0].results[0].participants, 100);
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let mut v = one_offer();
    v["publisher"] = json!(7);
    v["periods"][0]["from"] = json!("2026-13-01");
    v["offers"][0]["results"][0]["satisfaction"]["share"] = json!(1.4);
    let paths = problem_paths(&v);
    assert_eq!(paths, ["publisher", "periods[0].from", "offers[0].results[0].satisfaction.share"]);
}

#[test]
fn messages_name_the_path_in_danish_and_english() {
    let mut v = one_offer();
    v["offers"][0]["results"][0]["satisfaction"]["share"] = json!(1.4);
    let e = parse(&v).unwrap_err();
    assert_eq!(e.problems[0].message(Lang::En), "offers[0].results[0].satisfaction.share: 1.4 is above 1");
    assert_eq!(e.problems[0].message(Lang::Da), "offers[0].results[0].satisfaction.share: 1,4 er over 1");
}

#[test]
fn problems_are_capped_at_100_with_a_count_of_the_rest() {
    let offers = (0..150).map(|i| offer(&format!("o{i}"), "X", vec![json!({"bad": true})])).collect();
    let e = parse(&with_offers(offers)).unwrap_err();
    assert_eq!(e.problems.len(), MAX_PROBLEMS);
    assert!(e.more > 0);
    let lines = e.lines(Lang::En);
    assert_eq!(lines.len(), MAX_PROBLEMS + 1);
    assert!(lines.last().unwrap().contains(&format!("and {} more", e.more)));
}

#[test]
fn a_newer_format_version_asks_for_a_newer_app_and_nothing_else() {
    let mut v = one_offer();
    v["format_version"] = json!(2);
    v["periods"] = json!("broken");
    let e = parse(&v).unwrap_err();
    assert_eq!(e.problems.len(), 1);
    assert!(e.problems[0].message(Lang::En).contains("a newer app is needed"));
    assert!(e.problems[0].message(Lang::Da).contains("nyere version af appen"));
}

#[test]
fn unknown_keys_are_ignored_everywhere() {
    let mut v = one_offer();
    v["future_key"] = json!({"anything": [1, 2, 3]});
    v["offers"][0]["colour"] = json!("blue");
    v["offers"][0]["results"][0]["job_or_education"]["note"] = json!("x");
    valid(&v);
}

#[test]
fn ids_are_checked_and_unique_per_list() {
    let mut v = one_offer();
    v["providers"] = json!([
        {"id": "prov", "name": "P", "kind": "internal"},
        {"id": "prov", "name": "Q", "kind": "internal"},
        {"id": "CAB!", "name": "R", "kind": "internal"},
    ]);
    assert_eq!(problem_paths(&v), ["providers[1].id", "providers[2].id"]);
}

#[test]
fn all_is_reserved_for_age_bands() {
    let mut v = one_offer();
    v["age_bands"][1]["id"] = json!("all");
    assert_eq!(problem_paths(&v), ["age_bands[1].id"]);
}

#[test]
fn age_bands_must_be_sorted_and_must_not_overlap() {
    let mut v = one_offer();
    v["age_bands"] = json!([{"id": "a", "min": 15, "max": 40}, {"id": "b", "min": 30, "max": 99}]);
    assert_eq!(problem_paths(&v), ["age_bands[1].min"]);
    v["age_bands"] = json!([{"id": "a", "min": 30, "max": 99}, {"id": "b", "min": 15, "max": 29}]);
    let e = parse(&v).unwrap_err();
    assert!(matches!(e.problems[0].kind, ProblemKind::BandsUnsorted { .. }));
}

#[test]
fn periods_are_newest_first_and_from_not_after_to() {
    let mut v = one_offer();
    v["periods"][1]["from"] = json!("2026-02-01");
    v["periods"][1]["to"] = json!("2026-03-01");
    assert_eq!(problem_paths(&v), ["periods[1].from"]);
    let mut v = one_offer();
    v["periods"][0]["to"] = json!("2025-01-01");
    assert_eq!(problem_paths(&v), ["periods[0].to"]);
}

#[test]
fn dates_must_be_real_calendar_dates_in_strict_form() {
    for bad in ["2011-02-30", "2011-2-3", "20110203", "2011-02-03T00:00", ""] {
        let mut v = one_offer();
        v["published"] = json!(bad);
        assert_eq!(problem_paths(&v), ["published"], "{bad:?}");
    }
    let mut v = one_offer();
    v["published"] = json!("2024-02-29");
    valid(&v);
}

#[test]
fn published_may_be_tomorrow_but_not_later() {
    let mut v = one_offer();
    v["published"] = json!("2026-11-24");
    valid(&v);
    v["published"] = json!("2026-11-25");
    assert_eq!(problem_paths(&v), ["published"]);
}

#[test]
fn references_must_resolve() {
    let mut v = one_offer();
    v["offers"][0]["provider"] = json!("nobody");
    v["offers"][0]["target_groups"] = json!(["g", "zzz"]);
    v["offers"][0]["results"][0]["period"] = json!("p9");
    v["offers"][0]["results"][0]["age_band"] = json!("u99");
    let paths = problem_paths(&v);
    assert_eq!(
        paths,
        [
            "offers[0].provider",
            "offers[0].target_groups[1]",
            "offers[0].results[0].period",
            "offers[0].results[0].age_band"
        ]
    );
}

#[test]
fn a_result_must_be_for_one_of_the_offers_groups_and_once_per_cell() {
    let mut v = one_offer();
    v["offers"][0]["results"][0]["target_group"] = json!("h");
    assert_eq!(problem_paths(&v), ["offers[0].results[0].target_group"]);
    let mut v = one_offer();
    let again = v["offers"][0]["results"][0].clone();
    v["offers"][0]["results"].as_array_mut().unwrap().push(again);
    assert_eq!(problem_paths(&v), ["offers[0].results[1]"]);
}

#[test]
fn counts_shares_and_numbers_are_checked() {
    let cases = [
        ("participants", json!(-1)),
        ("participants", json!(1.5)),
        ("participants", json!("12")),
        ("complaints", json!(-3)),
        ("share_under_30", json!(1.2)),
        ("median_unemployment_weeks", json!(-1)),
    ];
    for (key, bad) in cases {
        let mut v = one_offer();
        v["offers"][0]["results"][0][key] = bad.clone();
        assert_eq!(problem_paths(&v), [format!("offers[0].results[0].{key}")], "{key} = {bad}");
    }
    let mut v = one_offer();
    v["offers"][0]["results"][0]["job_or_education"] = json!({"share": 0.2, "n": 0});
    assert_eq!(problem_paths(&v), ["offers[0].results[0].job_or_education.n"]);
    v["offers"][0]["results"][0]["job_or_education"] = json!({"missing": "lost"});
    assert_eq!(problem_paths(&v), ["offers[0].results[0].job_or_education.missing"]);
    v["offers"][0]["weeks"] = json!(0);
    v["offers"][0]["results"][0]["job_or_education"] = json!({"missing": "too_few"});
    assert_eq!(problem_paths(&v), ["offers[0].weeks"]);
}

#[test]
fn a_job_or_placement_n_cannot_exceed_the_participants() {
    let mut v = one_offer();
    v["offers"][0]["results"][0]["placements"]["n"] = json!(101);
    assert_eq!(problem_paths(&v), ["offers[0].results[0].placements.n"]);
    // With no participants recorded, n is not bounded.
    v["offers"][0]["results"][0]["participants"] = json!(0);
    valid(&v);
}

#[test]
fn a_number_too_large_for_a_float_is_reported_at_its_path() {
    let text = one_offer().to_string().replace("\"share\":0.8", "\"share\":1e400");
    let e = parse_snapshot(text.as_bytes(), today()).unwrap_err();
    assert_eq!(e.problems[0].path.to_string(), "offers[0].results[0].satisfaction.share");
    assert!(matches!(e.problems[0].kind, ProblemKind::NotFinite { .. }));
}

#[test]
fn files_that_are_not_snapshots_get_one_clear_message() {
    let cases: [(&[u8], &str); 5] = [
        (b"", "empty"),
        (b"\xEF\xBB\xBF{}", "byte order mark"),
        (b"\x00\xFF\xFE junk", "not valid JSON"),
        (b"{\"format\": ", "not valid JSON"),
        (b"[1, 2]", "expected an object"),
    ];
    for (bytes, want) in cases {
        let e = parse_snapshot(bytes, today()).unwrap_err();
        assert_eq!(e.problems[0].path.to_string(), "$");
        assert!(e.problems[0].message(Lang::En).contains(want), "{:?}", e.problems[0].message(Lang::En));
    }
}

#[test]
fn nesting_deeper_than_the_format_needs_is_refused() {
    let mut deep = json!(1);
    for _ in 0..20 {
        deep = json!({ "x": deep });
    }
    let mut v = one_offer();
    v["extra"] = deep;
    let e = parse(&v).unwrap_err();
    assert!(e.problems[0].path.to_string().starts_with("extra.x.x"));
    // Deeper than serde_json's own limit: refused before any path exists, without a stack overflow.
    let text = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
    let e = parse_snapshot(text.as_bytes(), today()).unwrap_err();
    assert!(matches!(e.problems[0].kind, ProblemKind::TooDeep { .. }));
}

#[test]
fn a_file_over_32_mib_is_refused_before_parsing() {
    let big = vec![b' '; 32 * 1024 * 1024 + 1];
    let e = parse_snapshot(&big, today()).unwrap_err();
    assert!(matches!(e.problems[0].kind, ProblemKind::TooLarge { .. }));
}

#[test]
fn text_needs_danish_and_english_falls_back_to_it() {
    let mut v = one_offer();
    v["offers"][0]["name"] = json!({"da": ""});
    assert_eq!(problem_paths(&v), ["offers[0].name.da"]);
    let s = valid(&one_offer());
    assert_eq!(s.offers()[0].name.get(Lang::En), "A");
}

#[test]
fn a_text_says_which_language_it_falls_back_to() {
    use visitationsguide::domain::snapshot::Text;
    let only_da = Text::new("Jobsøgning".into(), None).unwrap();
    assert_eq!(only_da.get(Lang::En), "Jobsøgning");
    assert_eq!(only_da.lang_of(Lang::En), Lang::Da, "a Danish fallback is marked Danish");
    let both = Text::new("Jobsøgning".into(), Some("Job search".into())).unwrap();
    assert_eq!(both.lang_of(Lang::En), Lang::En);
    assert_eq!(both.lang_of(Lang::Da), Lang::Da);
}
