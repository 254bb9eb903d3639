//! ranking-rules.md, one rule per test, on small hand-built snapshots.

mod common;
use common::*;
use serde_json::json;
use visitationsguide::domain::rank::{BasisKind, CitySource, Criterion, Estimate, Flag, Tier, UnrankedReason, Why};
use visitationsguide::domain::snapshot::BandRef;
use visitationsguide::domain::text::explain::why_sentence;
use visitationsguide::domain::Lang;

/// Job 0.2 of 200, placements 0.3 of 200, satisfaction 0.8 of 150 — a middling, well-measured offer.
fn plain(id: &str, name: &str) -> serde_json::Value {
    offer(id, name, vec![res("all", 200, m(0.2, 200), m(0.3, 200), m(0.8, 150))])
}

#[test]
fn rule2_only_offers_for_the_group_and_age_are_suitable() {
    let mut young = plain("young", "Ung");
    young["age"] = json!({"min": 18, "max": 29});
    let mut other = plain("other", "Anden");
    other["target_groups"] = json!(["h"]);
    other["results"][0]["target_group"] = json!("h");
    let s = valid(&with_offers(vec![plain("a", "A"), young, other]));
    assert_eq!(ranked_ids(&s, "g", 29), ["a", "young"]);
    assert_eq!(ranked_ids(&s, "g", 30), ["a"]);
    assert_eq!(ranked_ids(&s, "g", 18).len(), 2);
    assert_eq!(ranked_ids(&s, "h", 40), ["other"]);
}

#[test]
fn each_offer_knows_its_place_in_the_ranking() {
    let mut other = plain("other", "Anden");
    other["target_groups"] = json!(["h"]);
    other["results"][0]["target_group"] = json!("h");
    let mut better = plain("better", "Bedre");
    better["results"][0]["job_or_education"] = m(0.6, 200);
    let s = valid(&with_offers(vec![plain("a", "A"), other, offer("new", "Nyt", vec![]), better]));
    let r = ranking(&s, "g", 40);
    for (ix, o) in s.offers_indexed() {
        let by_search = r.ranked.iter().position(|x| x.offer == ix);
        assert_eq!(r.position_of(ix), by_search, "{}", o.id);
    }
    let place = |id: &str| s.offers_indexed().find(|(_, o)| o.id.as_str() == id).and_then(|(ix, _)| r.position_of(ix));
    assert_eq!((place("better"), place("a"), place("other"), place("new")), (Some(0), Some(1), None, None));
}

#[test]
fn rule2_offers_without_current_results_are_listed_after_by_name() {
    let mut old = plain("old", "Ældre tal");
    old["results"][0]["period"] = json!("p1");
    let s = valid(&with_offers(vec![plain("a", "A"), offer("new", "Nyt", vec![]), old]));
    assert_eq!(ranked_ids(&s, "g", 40), ["a"]);
    assert_eq!(unranked_ids(&s, "g", 40), ["new", "old"], "N before Æ by code point");
    let r = ranking(&s, "g", 40);
    assert!(r.unranked.iter().all(|u| u.reason == UnrankedReason::NoResults));
}

#[test]
fn rule3_band_result_with_25_participants_is_used() {
    let results = vec![
        res("30plus", 25, m(0.4, 25), m(0.3, 25), m(0.8, 25)),
        res("all", 300, m(0.2, 300), m(0.3, 300), m(0.8, 300)),
    ];
    let s = valid(&with_offers(vec![offer("a", "A", results)]));
    let r = ranking(&s, "g", 34);
    assert_eq!(s.band_id(r.ranked[0].basis.band), "30plus");
    assert_eq!(r.ranked[0].basis.kind, BasisKind::CitizenBand);
    assert_eq!(r.ranked[0].figure(Criterion::Job).estimate.share(), Some(0.4));
}

#[test]
fn rule3_small_band_falls_back_to_all_ages_then_to_the_small_band() {
    let small = res("30plus", 24, m(0.4, 24), m(0.3, 24), m(0.8, 24));
    let all = res("all", 300, m(0.2, 300), m(0.3, 300), m(0.8, 300));
    let s = valid(&with_offers(vec![offer("a", "A", vec![small.clone(), all]), offer("b", "B", vec![small])]));
    let r = ranking(&s, "g", 34);
    let basis = |id: &str| r.ranked.iter().find(|x| s.offer(x.offer).id == *id).unwrap().basis;
    assert_eq!(basis("a").band, BandRef::All);
    assert_eq!(basis("a").kind, BasisKind::AllAgesFallback);
    assert_eq!(s.band_id(basis("b").band), "30plus");
    assert_eq!(basis("b").kind, BasisKind::SmallBand);
}

#[test]
fn rule3_an_age_outside_every_band_uses_all_ages() {
    let mut v = with_offers(vec![offer("a", "A", vec![res("all", 100, m(0.2, 90), m(0.3, 90), m(0.8, 90))])]);
    v["age_bands"] = json!([{"id": "u30", "min": 15, "max": 29}, {"id": "30-64", "min": 30, "max": 64}]);
    let s = valid(&v);
    let r = ranking(&s, "g", 70);
    assert_eq!(r.citizen_band, None);
    assert_eq!(r.ranked[0].basis.kind, BasisKind::AllAgesNoBand);
}

#[test]
fn rule3_results_for_other_ages_only_leave_the_offer_unranked_for_this_age() {
    let s = valid(&with_offers(vec![offer("a", "A", vec![res("u30", 100, m(0.2, 90), m(0.3, 90), m(0.8, 90))])]));
    assert_eq!(ranked_ids(&s, "g", 20), ["a"]);
    let r = ranking(&s, "g", 40);
    assert!(r.ranked.is_empty());
    assert_eq!(r.unranked[0].reason, UnrankedReason::NoResultForAge);
}

#[test]
fn rule4_intervals_too_few_and_caution() {
    let s = valid(&with_offers(vec![offer("a", "A", vec![res("all", 200, m(0.2, 200), m(0.3, 24), m(0.8, 99))])]));
    let r = ranking(&s, "g", 40);
    let x = &r.ranked[0];
    let Estimate::Share { low, high, n, .. } = x.figure(Criterion::Job).estimate else { panic!("job has a share") };
    assert_eq!(n, 200);
    assert!(low < 0.2 && 0.2 < high);
    assert_eq!(x.figure(Criterion::Placements).estimate, Estimate::TooFew { n: 24 });
    assert_eq!(x.figure(Criterion::Placements).tier, Tier::Unknown);
    assert!(x.figure(Criterion::Satisfaction).caution, "99 answers need caution");
    let s = valid(&with_offers(vec![offer("a", "A", vec![res("all", 200, m(0.2, 200), m(0.3, 200), m(0.8, 100))])]));
    assert!(!ranking(&s, "g", 40).ranked[0].figure(Criterion::Satisfaction).caution, "100 answers need none");
}

#[test]
fn rule5_tiers_against_the_published_reference() {
    let mut v = with_offers(vec![
        offer("hi", "Høj", vec![res("all", 400, m(0.40, 400), m(0.3, 400), m(0.8, 400))]),
        offer("mid", "Mellem", vec![res("all", 400, m(0.25, 400), m(0.3, 400), m(0.8, 400))]),
        offer("lo", "Lav", vec![res("all", 400, m(0.10, 400), m(0.3, 400), m(0.8, 400))]),
    ]);
    v["references"] = json!([{"period": "p0", "target_group": "g", "age_band": "all",
        "job_or_education": m(0.25, 10000), "placements": {"missing": "not_reported"}, "satisfaction": m(0.8, 5000)}]);
    let s = valid(&v);
    let r = ranking(&s, "g", 40);
    let tiers: Vec<Tier> = r.ranked.iter().map(|x| x.figure(Criterion::Job).tier).collect();
    assert_eq!(tiers, [Tier::Above, Tier::InLine, Tier::Below]);
    assert_eq!(r.ranked[0].figure(Criterion::Job).city.unwrap().source, CitySource::Published);
    // The reference's placements are missing, so the pooled share is used instead.
    let city = r.ranked[0].figure(Criterion::Placements).city.unwrap();
    assert_eq!(city.source, CitySource::Pooled { n: 1200 });
    assert!((city.share - 0.3).abs() < 1e-12);
}

#[test]
fn rule5_a_published_reference_from_fewer_than_25_counts_as_missing() {
    let mut v = with_offers(vec![
        offer("hi", "Høj", vec![res("all", 400, m(0.40, 400), m(0.3, 400), m(0.8, 400))]),
        offer("lo", "Lav", vec![res("all", 400, m(0.20, 400), m(0.3, 400), m(0.8, 400))]),
    ]);
    // A city job share of 0.9 from 24 people would put both offers below it; rule 4 says it is missing.
    v["references"] = json!([{"period": "p0", "target_group": "g", "age_band": "all",
        "job_or_education": m(0.9, 24), "placements": m(0.3, 25), "satisfaction": m(0.8, 5000)}]);
    let r = ranking(&valid(&v), "g", 40);
    let job = r.ranked[0].figure(Criterion::Job).city.unwrap();
    assert_eq!(job.source, CitySource::Pooled { n: 800 });
    assert!((job.share - 0.3).abs() < 1e-12);
    assert_eq!(r.ranked[0].figure(Criterion::Job).tier, Tier::Above);
    // n = 25 is enough.
    assert_eq!(r.ranked[0].figure(Criterion::Placements).city.unwrap().source, CitySource::Published);
}

#[test]
fn rule5_pooled_share_counts_small_n_but_not_missing_and_nothing_to_pool_is_unknown() {
    let s = valid(&with_offers(vec![
        offer("a", "A", vec![res("all", 100, m(0.5, 100), json!({"missing": "too_few"}), m(0.8, 100))]),
        offer("b", "B", vec![res("all", 100, m(0.0, 10), json!({"missing": "not_reported"}), m(0.8, 100))]),
    ]));
    let r = ranking(&s, "g", 40);
    let city = r.ranked[0].figure(Criterion::Job).city.unwrap();
    assert!((city.share - 50.0 / 110.0).abs() < 1e-12, "pooled over n=100 and n=10: {}", city.share);
    assert!(r.ranked.iter().all(|x| x.figure(Criterion::Placements).tier == Tier::Unknown));
    assert!(r.ranked.iter().all(|x| x.figure(Criterion::Placements).city.is_none()));
}

#[test]
fn rule6_tier_beats_share_and_placements_decide_a_job_tie() {
    let mut v = with_offers(vec![
        // Highest job share but few people: in line. The others are clearly above 0.15.
        offer("small", "Lille", vec![res("all", 30, m(0.38, 30), m(0.6, 30), m(0.9, 30))]),
        offer("place", "Placering", vec![res("all", 900, m(0.30, 900), m(0.50, 900), m(0.7, 300))]),
        offer("job", "Job", vec![res("all", 900, m(0.35, 900), m(0.20, 900), m(0.9, 300))]),
    ]);
    v["references"] = json!([{"period": "p0", "target_group": "g", "age_band": "all",
        "job_or_education": m(0.25, 10000), "placements": m(0.3, 10000), "satisfaction": m(0.8, 5000)}]);
    let s = valid(&v);
    assert_eq!(ranked_ids(&s, "g", 40), ["place", "job", "small"]);
    let r = ranking(&s, "g", 40);
    assert_eq!(r.ranked[0].figure(Criterion::Job).tier, Tier::Above);
    assert_eq!(r.ranked[1].figure(Criterion::Job).tier, Tier::Above);
    assert!(matches!(
        r.ranked[1].why,
        Some(Why::Tier { criterion: Criterion::Placements, above: Tier::Above, below: Tier::Below, .. })
    ));
    assert!(matches!(
        r.ranked[2].why,
        Some(Why::Tier { criterion: Criterion::Job, above: Tier::Above, below: Tier::InLine, .. })
    ));
}

#[test]
fn rule6_same_tiers_order_by_share_then_danish_name_by_code_point_then_id() {
    let mut v = with_offers(vec![plain("z", "Å"), plain("y", "Z"), plain("x", "Z"), plain("w", "a")]);
    v["offers"][3]["results"][0]["job_or_education"] = m(0.21, 200);
    v["offers"][0]["name"]["en"] = json!("AAA English name first");
    let s = valid(&v);
    // w has the higher job share; then Z (x, y by id), a, Å by code point: 'Z' < 'a' < 'Å'.
    assert_eq!(ranked_ids(&s, "g", 40), ["w", "x", "y", "z"]);
    let r = ranking(&s, "g", 40);
    assert!(matches!(r.ranked[1].why, Some(Why::Share { criterion: Criterion::Job, .. })));
    assert_eq!(r.ranked[2].why, Some(Why::Id));
    assert_eq!(r.ranked[3].why, Some(Why::Name));
}

#[test]
fn rule6_missing_and_too_few_shares_sort_last_within_a_tier() {
    let s = valid(&with_offers(vec![
        offer("none", "A", vec![res("all", 200, json!({"missing": "not_reported"}), m(0.3, 200), m(0.8, 150))]),
        offer("few", "B", vec![res("all", 200, m(0.9, 20), m(0.3, 200), m(0.8, 150))]),
        plain("some", "C"),
    ]));
    assert_eq!(ranked_ids(&s, "g", 40), ["some", "none", "few"]);
}

#[test]
fn rule6_why_sentences_read_aloud_in_both_languages() {
    let why = Why::Tier {
        criterion: Criterion::Job,
        above: Tier::Above,
        below: Tier::InLine,
        above_share: Some(0.31),
        below_share: Some(0.22),
    };
    assert_eq!(
        why_sentence(&why, "A", "B", Lang::Da),
        "A før B: A ligger over byens niveau for job eller uddannelse, B ligger på niveau med byen (31 % mod 22 %)"
    );
    let why = Why::Share { criterion: Criterion::Placements, above: 0.40, below: Some(0.28) };
    assert_eq!(
        why_sentence(&why, "A", "B", Lang::En),
        "A before B: same tiers on all three and the same job share; more company placements (40% vs 28%)"
    );
}

#[test]
fn rule7_flags_warn_but_never_move_an_offer() {
    let mut sad = plain("sad", "A");
    sad["supervision"] = json!({"smiley": "sad", "date": "2011-09-16", "note": {"da": "Ingen handleplaner"}});
    sad["results"][0]["job_or_education"] = m(0.21, 200);
    let mut complained = plain("complained", "B");
    complained["results"][0]["complaints"] = json!(30);
    let mut calm = plain("calm", "C");
    calm["results"][0]["complaints"] = json!(1);
    let mut calm2 = plain("calm2", "D");
    calm2["results"][0]["complaints"] = json!(1);
    let s = valid(&with_offers(vec![calm, complained, sad, calm2]));
    // Same figures for all but `sad`'s higher job share: flags leave the order to share and name.
    assert_eq!(ranked_ids(&s, "g", 40), ["sad", "complained", "calm", "calm2"]);
    let r = ranking(&s, "g", 40);
    assert!(matches!(&r.ranked[0].flags[..], [Flag::SadSmiley { .. }]));
    assert!(r.ranked[2].flags.is_empty());
    let [Flag::Complaints { rate, city_rate }] = r.ranked[1].flags[..] else {
        panic!("complaints flag expected: {:?}", r.ranked[1].flags)
    };
    assert_eq!((rate.complaints, rate.participants), (30, 200));
    assert!((rate.rate - 0.15).abs() < 1e-12);
    assert!((city_rate - 32.0 / 600.0).abs() < 1e-12);
    assert!(rate.low > city_rate);
}

#[test]
fn rule8_age_adjusted_ratio_is_observed_over_expected() {
    let mut v = with_offers(vec![offer(
        "a",
        "A",
        vec![
            res("u30", 100, m(0.40, 100), m(0.3, 100), m(0.8, 100)),
            res("30plus", 300, m(0.20, 300), m(0.3, 300), m(0.8, 300)),
            res("all", 400, m(0.25, 400), m(0.3, 400), m(0.8, 400)),
        ],
    )]);
    v["references"] = json!([
        {"period": "p0", "target_group": "g", "age_band": "u30", "job_or_education": m(0.30, 5000), "placements": m(0.3, 5000), "satisfaction": m(0.8, 5000)},
        {"period": "p0", "target_group": "g", "age_band": "30plus", "job_or_education": m(0.15, 5000), "placements": m(0.3, 5000), "satisfaction": m(0.8, 5000)}
    ]);
    let s = valid(&v);
    let a = ranking(&s, "g", 40).ranked[0].age_adjusted.unwrap();
    // observed 100×0.40 + 300×0.20 = 100; expected 100×0.30 + 300×0.15 = 75.
    assert!((a.observed - 100.0).abs() < 1e-9);
    assert!((a.expected - 75.0).abs() < 1e-9);
    assert!((a.ratio - 100.0 / 75.0).abs() < 1e-12);
    let plain_snapshot = valid(&with_offers(vec![plain("b", "B")]));
    assert_eq!(ranking(&plain_snapshot, "g", 40).ranked[0].age_adjusted, None, "no band results, no ratio");
}

#[test]
fn an_unknown_target_group_is_an_error_not_an_empty_list() {
    let s = valid(&with_offers(vec![plain("a", "A")]));
    let q = visitationsguide::domain::Query {
        target_group: "nope".into(),
        age: visitationsguide::domain::Age::new(40).unwrap(),
    };
    assert!(visitationsguide::domain::rank(&s, &q).is_err());
    assert!(visitationsguide::domain::Age::new(14).is_err());
    assert!(visitationsguide::domain::Age::new(100).is_err());
    assert!(visitationsguide::domain::Age::new(15).is_ok() && visitationsguide::domain::Age::new(99).is_ok());
}

#[test]
fn the_journal_note_lists_the_query_the_top_offers_and_the_snapshot_date() {
    let offers = (0..7).map(|i| plain(&format!("o{i}"), &format!("Tilbud {i}"))).collect();
    let s = valid(&with_offers(offers));
    let note = visitationsguide::domain::text::journal::journal_note(&s, &ranking(&s, "g", 40), Lang::Da);
    assert!(
        note.starts_with(
            "Visitationsguide: Gruppe G (g), alder 40. Tal for 1. halvår 2026 fra Test, offentliggjort 30. juni 2026."
        ),
        "{note}"
    );
    assert!(note.contains("1. Tilbud 0 (Udbyder) — baseret på 200 personer, alle aldre"));
    assert!(
        note.contains("   job eller uddannelse: 20 % (95 %-interval 15–26,1 %, n = 200 personer), på niveau med byen"),
        "{note}"
    );
    assert!(
        note.contains("   tilfredshed: 80 % (95 %-interval 72,9–85,6 %, n = 150 svar), på niveau med byen"),
        "{note}"
    );
    assert!(note.contains("… og 2 tilbud mere."), "only the first five are listed: {note}");
    assert!(!note.contains("Tilbud 5 ("));
}

/// Regression: an offer with 0 complaints was flagged "many complaints" when every offer in the cell
/// had 0 (pooled rate 0), and a 0 % share ranked "above" a pooled 0 %.
#[test]
fn zero_complaints_and_zero_shares_are_never_above_a_zero_city() {
    let mut a = offer("a", "A", vec![res("all", 140, m(0.0, 140), m(0.0, 140), m(0.8, 140))]);
    a["results"][0]["complaints"] = json!(0);
    let mut b = offer("b", "B", vec![res("all", 90, m(0.0, 90), m(0.0, 90), m(0.8, 90))]);
    b["results"][0]["complaints"] = json!(0);
    let s = valid(&with_offers(vec![a, b]));
    let r = ranking(&s, "g", 40);
    for x in &r.ranked {
        assert!(x.flags.is_empty(), "{:?}", x.flags);
        assert_eq!(x.figure(Criterion::Job).tier, Tier::InLine);
    }
}
