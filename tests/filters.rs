//! Rule 9, filters narrow and never re-rank: whatever is filtered, every offer still shown keeps its tier,
//! flags, figures and order, and the hidden count is the number of suitable offers the filters hide.

mod common;

use common::*;
use visitationsguide::domain::generate::{generate, trend_example, Options};
use visitationsguide::domain::rank::{Filters, Ranking};
use visitationsguide::domain::snapshot::{Category, LanguageCode, ProviderKind};
use visitationsguide::domain::{parse_snapshot, Snapshot};

fn sample() -> Snapshot {
    parse_snapshot(&std::fs::read("public/data/snapshot.json").unwrap(), today()).unwrap()
}

fn every_filter() -> Vec<Filters> {
    let mut all = vec![Filters::default()];
    all.extend(Category::ALL.map(|c| Filters { category: Some(c), ..Filters::default() }));
    all.extend(ProviderKind::ALL.map(|k| Filters { provider_kind: Some(k), ..Filters::default() }));
    all.extend([5.0, 15.0, 30.0, 37.0].map(|h| Filters { max_hours: Some(h), ..Filters::default() }));
    all.extend(
        ["job", "LEVERANDØR a", "sprog job", "  ", "offer 1", "zzz"]
            .map(|t| Filters { text: t.to_owned(), ..Filters::default() }),
    );
    all.extend(
        ["da", "ar", "so", "en", "xx"].map(|l| Filters { language: LanguageCode::parse(l), ..Filters::default() }),
    );
    all.push(Filters {
        category: Some(Category::JobSearch),
        max_hours: Some(30.0),
        text: "a".into(),
        language: LanguageCode::parse("da"),
        ..Filters::default()
    });
    all
}

/// Rule 9 for one ranking and one filter setting.
fn check(s: &Snapshot, r: &Ranking, filters: &Filters) {
    let f = filters.apply(s, r);
    let hides = |offer| filters.hides(s, s.offer(offer));
    let hidden =
        r.ranked.iter().filter(|x| hides(x.offer)).count() + r.unranked.iter().filter(|u| hides(u.offer)).count();
    assert_eq!(f.hidden, hidden, "{filters:?}");
    assert_eq!(f.ranked.len() + f.unranked.len() + f.hidden, r.ranked.len() + r.unranked.len());
    assert_eq!(f.hidden_ranked(r), r.ranked.iter().filter(|x| hides(x.offer)).count());
    // Shown offers are the ranking's own, in its order, untouched: tiers, flags, figures, why.
    let mut position = 0;
    for shown in &f.ranked {
        let at = r.ranked[position..].iter().position(|x| std::ptr::eq(x, *shown)).expect("in order") + position;
        assert!(!hides(shown.offer));
        let full = &r.ranked[at];
        assert_eq!((&full.figures, &full.flags, &full.basis), (&shown.figures, &shown.flags, &shown.basis));
        position = at + 1;
    }
    let ids: Vec<_> = f.unranked.iter().map(|u| u.offer).collect();
    let expected: Vec<_> = r.unranked.iter().map(|u| u.offer).filter(|&o| !hides(o)).collect();
    assert_eq!(ids, expected);
}

#[test]
fn no_filter_hides_nothing() {
    let s = sample();
    let r = ranking(&s, "kh-match2", 34);
    assert!(Filters::default().is_empty());
    let f = Filters::default().apply(&s, &r);
    assert_eq!((f.ranked.len(), f.unranked.len(), f.hidden), (r.ranked.len(), r.unranked.len(), 0));
    assert!(Filters { text: "  ".into(), ..Filters::default() }.is_empty());
}

#[test]
fn filters_never_change_a_shown_offers_tier_flags_or_order() {
    let s = sample();
    let queries = [("kh-match2", 34), ("dp-match1", 34), ("kh-match1", 24), ("sdp", 45), ("udsatte-g2", 24)];
    for (group, age) in queries {
        let r = ranking(&s, group, age);
        for filters in every_filter() {
            check(&s, &r, &filters);
        }
    }
    for seed in [1, 2, 3] {
        let s = valid(&generate(Options { offers: 80, seed, references: seed == 2 }));
        for group in ["dp-match1", "kh-match2"] {
            let r = ranking(&s, group, 34);
            for filters in every_filter() {
                check(&s, &r, &filters);
            }
        }
    }
}

#[test]
fn each_filter_hides_what_it_says() {
    let s = sample();
    let r = ranking(&s, "kh-match2", 34);
    let id = |x: &visitationsguide::domain::snapshot::Offer| x.id.to_string();
    let shown = |f: &Filters| -> Vec<String> {
        let f = f.apply(&s, &r);
        f.ranked.iter().map(|x| id(s.offer(x.offer))).chain(f.unranked.iter().map(|u| id(s.offer(u.offer)))).collect()
    };
    // A language filter keeps only offers that list the language (format 1.1).
    let arabic = shown(&Filters { language: LanguageCode::parse("ar"), ..Filters::default() });
    let mut sorted = arabic.clone();
    sorted.sort();
    assert_eq!(sorted, ["lev-d-mentor", "lev-f-sprogjob"]);
    for offer_id in &arabic {
        let o = s.offer(s.offer_by_id(&visitationsguide::domain::snapshot::Id::parse(offer_id).unwrap()).unwrap());
        assert!(o.practical.languages.as_ref().unwrap().iter().any(|c| c.as_str() == "ar"));
    }
    // Words match the Danish or English name or the provider, in any case, all of them.
    let by_provider = shown(&Filters { text: "HELHED leverandør".into(), ..Filters::default() });
    assert_eq!(by_provider, ["lev-d-mentor"], "'helhed' is only in Leverandør D – Mentor og helhed");
    let english = shown(&Filters { text: "holistic".into(), ..Filters::default() });
    assert_eq!(english, ["lev-d-mentor"]);
    let danish_letters = shown(&Filters { text: "STØTTE".into(), ..Filters::default() });
    assert_eq!(danish_letters, ["lev-b-praktik"]);
    assert!(shown(&Filters { text: "mentor zzz".into(), ..Filters::default() }).is_empty());
    // Hours: an offer that does not give its hours cannot be shown to meet a limit.
    let limited = Filters { max_hours: Some(15.0), ..Filters::default() };
    for x in limited.apply(&s, &r).ranked {
        assert!(s.offer(x.offer).hours_per_week.is_some_and(|h| h <= 15.0));
    }
}

#[test]
fn the_hidden_count_counts_unranked_offers_too() {
    let s = valid(&trend_example());
    let r = ranking(&s, "kh-match2", 34);
    let f = Filters { language: LanguageCode::parse("da"), ..Filters::default() }.apply(&s, &r);
    assert_eq!(f.ranked.len(), 2);
    assert_eq!(f.hidden, r.ranked.len() + r.unranked.len() - 2);
    let f = Filters { provider_kind: Some(ProviderKind::Internal), ..Filters::default() }.apply(&s, &r);
    assert_eq!(f.ranked.len(), 2, "trend-alle and trend-ny are run by Jobcenter C");
}
