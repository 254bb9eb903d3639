//! The format 1.1 offer keys (snapshot-format.md, "Version 1.1 additions"): optional, checked when
//! present, every problem at its path in both languages, and the fast path agreeing with the walker.

mod common;
use common::*;
use serde_json::{json, Value};
use visitationsguide::domain::problem::ProblemKind;
use visitationsguide::domain::validate::{parse_fast, parse_full};
use visitationsguide::domain::Lang;

fn one_offer() -> Value {
    with_offers(vec![offer("a", "A", vec![res("all", 100, m(0.2, 90), m(0.3, 90), m(0.8, 40))])])
}

fn with_key(key: &str, value: Value) -> Value {
    let mut v = one_offer();
    v["offers"][0][key] = value;
    v
}

/// The fast path never accepts what the walker refuses, and both build the same snapshot.
fn paths_agree(v: &Value) {
    let bytes = v.to_string();
    let full = parse_full(bytes.as_bytes(), today());
    let fast = parse_fast(bytes.as_bytes(), today());
    match (&full, &fast) {
        (Ok(a), Some(b)) => assert_eq!(a, b),
        (Err(_), Some(_)) => panic!("the fast path accepted an invalid file: {v}"),
        _ => {}
    }
}

#[test]
fn every_key_is_read_into_the_offer() {
    let mut v = one_offer();
    let o = &mut v["offers"][0];
    o["where"] = json!({"da": "Eksempelvej 1, 2300 København S", "en": "Example Road 1"});
    o["contact"] = json!({"da": "Ring 33 66 00 00"});
    o["how_to_refer"] = json!({"da": "Send en henvisning i fagsystemet"});
    o["intake"] = json!({"da": "Løbende optag", "en": "Rolling intake"});
    o["languages"] = json!(["da", "ar", "so"]);
    o["accessibility"] = json!({"da": "Trinfri adgang"});
    paths_agree(&v);
    assert!(parse_fast(v.to_string().as_bytes(), today()).is_some(), "a valid 1.1 file takes the fast path");
    let s = valid(&v);
    let offer = &s.offers()[0];
    assert_eq!(offer.practical.location.as_ref().unwrap().get(Lang::En), "Example Road 1");
    assert_eq!(offer.practical.contact.as_ref().unwrap().get(Lang::En), "Ring 33 66 00 00");
    assert_eq!(offer.practical.intake.as_ref().unwrap().da(), "Løbende optag");
    let codes: Vec<&str> = offer.practical.languages.as_ref().unwrap().iter().map(|c| c.as_str()).collect();
    assert_eq!(codes, ["da", "ar", "so"]);
    assert!(offer.practical.how_to_refer.is_some() && offer.practical.accessibility.is_some());
    // Absent keys stay absent: a 1.0 file reads as before.
    let plain = valid(&one_offer());
    assert_eq!(plain.offers()[0].practical.languages, None);
    assert_eq!(plain.offers()[0].practical.location, None);
}

#[test]
fn lengths_count_characters_not_bytes() {
    // 200 × "ø" is 400 bytes but 200 characters: allowed; one more is not.
    let v = with_key("where", json!({"da": "ø".repeat(200)}));
    valid(&v);
    paths_agree(&v);
    let v = with_key("where", json!({"da": "ø".repeat(201)}));
    assert_eq!(problem_paths(&v), ["offers[0].where.da"]);
    paths_agree(&v);
    let cases = [("contact", 300), ("how_to_refer", 1000), ("intake", 200), ("accessibility", 300)];
    for (key, max) in cases {
        let v = with_key(key, json!({"da": "x".repeat(max), "en": "y".repeat(max + 1)}));
        assert_eq!(problem_paths(&v), [format!("offers[0].{key}.en")], "{key}");
        let e = parse(&v).unwrap_err();
        assert_eq!(e.problems[0].kind, ProblemKind::TextTooLong { chars: max + 1, max });
        paths_agree(&v);
    }
}

#[test]
fn too_long_reads_in_danish_and_english() {
    let v = with_key("how_to_refer", json!({"da": "x".repeat(1234)}));
    let e = parse(&v).unwrap_err();
    assert_eq!(
        e.problems[0].message(Lang::Da),
        "offers[0].how_to_refer.da: teksten har 1.234 tegn; der må højst være 1.000"
    );
    assert_eq!(
        e.problems[0].message(Lang::En),
        "offers[0].how_to_refer.da: the text has 1,234 characters; at most 1,000 are allowed"
    );
}

#[test]
fn html_is_refused_but_a_lone_less_than_is_plain_text() {
    for bad in ["<b>Ring</b>", "Ring</p>", "Se <a href=x>her</a>", "<br>"] {
        let v = with_key("contact", json!({"da": "Ring", "en": bad}));
        assert_eq!(problem_paths(&v), ["offers[0].contact.en"], "{bad:?}");
        paths_agree(&v);
    }
    let e = parse(&with_key("contact", json!({"da": "<i>x</i>"}))).unwrap_err();
    assert_eq!(e.problems[0].kind, ProblemKind::LooksLikeHtml);
    assert!(e.problems[0].message(Lang::Da).contains("ligner HTML"));
    assert!(e.problems[0].message(Lang::En).contains("looks like HTML"));
    for fine in ["< 30 år", "3 <4", "a<1", "<>", "<ø"] {
        let v = with_key("contact", json!({"da": fine}));
        valid(&v);
        paths_agree(&v);
    }
}

#[test]
fn a_text_must_be_a_text_object_with_danish() {
    assert_eq!(problem_paths(&with_key("intake", json!("løbende"))), ["offers[0].intake"]);
    assert_eq!(problem_paths(&with_key("intake", json!({"da": ""}))), ["offers[0].intake.da"]);
    assert_eq!(problem_paths(&with_key("intake", json!({"en": "x"}))), ["offers[0].intake.da"]);
    assert_eq!(problem_paths(&with_key("intake", json!(null))), ["offers[0].intake"]);
    // An empty English text falls back to Danish, as everywhere else.
    let s = valid(&with_key("intake", json!({"da": "Hver mandag", "en": ""})));
    assert_eq!(s.offers()[0].practical.intake.as_ref().unwrap().get(Lang::En), "Hver mandag");
}

#[test]
fn languages_are_unique_iso_639_1_codes_at_least_one() {
    assert_eq!(problem_paths(&with_key("languages", json!([]))), ["offers[0].languages"]);
    assert_eq!(problem_paths(&with_key("languages", json!("da"))), ["offers[0].languages"]);
    assert_eq!(
        problem_paths(&with_key("languages", json!(["da", "EN", "dan", "d", 7]))),
        ["offers[0].languages[1]", "offers[0].languages[2]", "offers[0].languages[3]", "offers[0].languages[4]"]
    );
    let v = with_key("languages", json!(["da", "en", "da"]));
    let e = parse(&v).unwrap_err();
    assert_eq!(e.problems[0].path.to_string(), "offers[0].languages[2]");
    assert_eq!(
        e.problems[0].message(Lang::En),
        "offers[0].languages[2]: the language \"da\" is listed already (offers[0].languages[0])"
    );
    assert_eq!(
        e.problems[0].message(Lang::Da),
        "offers[0].languages[2]: sproget \"da\" står der allerede (offers[0].languages[0])"
    );
    let e = parse(&with_key("languages", json!(["dansk"]))).unwrap_err();
    assert!(e.problems[0].message(Lang::Da).contains("\"dansk\" er ikke en sprogkode"));
    for bad in [json!([]), json!(["da", "da"]), json!(["DA"]), json!([null])] {
        paths_agree(&with_key("languages", bad));
    }
}

#[test]
fn every_problem_in_the_11_keys_is_reported_at_once() {
    let mut v = one_offer();
    let o = &mut v["offers"][0];
    o["where"] = json!({"da": "x".repeat(201)});
    o["contact"] = json!({"da": "<b>x</b>"});
    o["languages"] = json!(["xx", "XX"]);
    o["accessibility"] = json!(3);
    assert_eq!(
        problem_paths(&v),
        ["offers[0].where.da", "offers[0].contact.da", "offers[0].languages[1]", "offers[0].accessibility"]
    );
}
