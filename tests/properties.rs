//! Invariants of the ranking over many generated snapshots (proptest).

mod common;
use common::*;
use proptest::prelude::*;
use serde_json::Value;
use std::cmp::Ordering;
use std::collections::BTreeSet;
use visitationsguide::domain::generate::{generate, Options, GROUPS};
use visitationsguide::domain::rank::{compare, Criterion, Estimate};

fn snapshot_json(offers: usize, seed: u64, references: bool) -> Value {
    generate(Options { offers, seed, references })
}

/// Offer ids a caseworker would see, with each one's why, then the unranked ids.
fn view(v: &Value, group: &str, age: i64) -> (Vec<(String, String)>, Vec<String>) {
    let s = valid(v);
    let r = ranking(&s, group, age);
    let ranked = r.ranked.iter().map(|x| (s.offer(x.offer).id.to_string(), format!("{:?}", x.why))).collect();
    (ranked, unranked_ids(&s, group, age))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn the_order_is_a_deterministic_strict_total_order(
        offers in 0usize..60, seed in any::<u64>(), g in 0usize..4, age in 15i64..=99, refs in any::<bool>()
    ) {
        let v = snapshot_json(offers, seed, refs);
        let s = valid(&v);
        let r = ranking(&s, GROUPS[g], age);
        for i in 0..r.ranked.len() {
            prop_assert_eq!(compare(&s, &r.ranked[i], &r.ranked[i]), Ordering::Equal);
            for j in (i + 1)..r.ranked.len() {
                prop_assert_eq!(compare(&s, &r.ranked[i], &r.ranked[j]), Ordering::Less, "{} vs {}", i, j);
                prop_assert_eq!(compare(&s, &r.ranked[j], &r.ranked[i]), Ordering::Greater);
            }
        }
        prop_assert_eq!(ranking(&s, GROUPS[g], age), r, "the same query gives the same answer");
    }

    #[test]
    fn suitable_offers_are_never_dropped(offers in 0usize..60, seed in any::<u64>(), g in 0usize..4, age in 15i64..=99) {
        let v = snapshot_json(offers, seed, false);
        // Suitability read straight from the JSON, independently of the domain types.
        let expected: BTreeSet<String> = v["offers"].as_array().unwrap().iter().filter(|o| {
            let in_group = o["target_groups"].as_array().unwrap().iter().any(|t| t == GROUPS[g]);
            let in_age = o.get("age").is_none_or(|a| a["min"].as_i64().unwrap() <= age && age <= a["max"].as_i64().unwrap());
            in_group && in_age
        }).map(|o| o["id"].as_str().unwrap().to_owned()).collect();
        let (ranked, unranked) = view(&v, GROUPS[g], age);
        let mut seen: Vec<String> = ranked.into_iter().map(|(id, _)| id).chain(unranked).collect();
        let count = seen.len();
        seen.sort();
        seen.dedup();
        prop_assert_eq!(seen.len(), count, "an offer appears twice");
        prop_assert_eq!(seen.into_iter().collect::<BTreeSet<_>>(), expected);
    }

    #[test]
    fn shuffling_the_input_offers_changes_nothing(
        offers in 1usize..50, seed in any::<u64>(), g in 0usize..4, age in 15i64..=99, shuffle in any::<u64>()
    ) {
        let v = snapshot_json(offers, seed, false);
        let mut shuffled = v.clone();
        let list = shuffled["offers"].as_array_mut().unwrap();
        let mut rng = visitationsguide::domain::generate::SplitMix::new(shuffle);
        for i in (1..list.len()).rev() {
            list.swap(i, rng.below(i as u64 + 1) as usize);
        }
        prop_assert_eq!(view(&v, GROUPS[g], age), view(&shuffled, GROUPS[g], age));
    }

    /// With published city references the comparison point is fixed, so a better job share can only
    /// help. (With pooled references it need not: raising one offer's share also raises the pooled
    /// city figure it is compared with, which can move its own interval back to "in line".)
    #[test]
    fn raising_an_offers_job_share_never_moves_it_down(
        offers in 2usize..50, seed in any::<u64>(), g in 0usize..4, age in 15i64..=99, pick in any::<prop::sample::Index>(), raise in 0.0f64..0.5
    ) {
        let v = snapshot_json(offers, seed, true);
        let s = valid(&v);
        let r = ranking(&s, GROUPS[g], age);
        prop_assume!(!r.ranked.is_empty());
        let before = pick.index(r.ranked.len());
        let target = &r.ranked[before];
        prop_assume!(matches!(target.figure(Criterion::Job).estimate, Estimate::Share { .. }));
        let id = s.offer(target.offer).id.to_string();
        let mut raised = v.clone();
        let measure = &mut raised["offers"][target.offer.get()]["results"][target.result.get()]["job_or_education"];
        let share = measure["share"].as_f64().unwrap();
        measure["share"] = serde_json::json!((share + raise).min(1.0));
        let (after_ids, _) = view(&raised, GROUPS[g], age);
        let after = after_ids.iter().position(|(x, _)| *x == id).unwrap();
        prop_assert!(after <= before, "{} moved from {} to {}", id, before, after);
    }
}
