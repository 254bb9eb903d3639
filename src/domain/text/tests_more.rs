//! One test per phrase family of `more`: change over time, the citizen's plain sentence, the practical
//! details and language names, filters, the funnel plot, the age mix, the journal's details; and that
//! every language has every label.

use super::journal::journal_note;
use super::more::*;
use crate::domain::generate::trend_example;
use crate::domain::rank::funnel::FunnelPoint;
use crate::domain::rank::*;
use crate::domain::snapshot::{BandIx, BandRef, LanguageCode, MissingReason, PeriodIx, Snapshot};
use crate::domain::{parse_snapshot, Lang};
use chrono::NaiveDate;

const LANGS: [Lang; 2] = [Lang::Da, Lang::En];

fn trend_snapshot() -> Snapshot {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    parse_snapshot(trend_example().to_string().as_bytes(), today).unwrap()
}

fn ranking(s: &Snapshot) -> Ranking {
    rank(s, &Query { target_group: "kh-match2".into(), age: Age::new(34).unwrap() }).unwrap()
}

fn job_trend(s: &Snapshot, r: &Ranking, id: &str) -> Trend {
    let x = r.ranked.iter().find(|x| s.offer(x.offer).id.as_str() == id).unwrap();
    x.trend(Criterion::Job).clone()
}

#[test]
fn every_info_label_is_written_in_every_language() {
    for label in InfoLabel::ALL {
        let (da, en) = (Lang::Da.info_label(label), Lang::En.info_label(label));
        assert!(!da.is_empty() && !en.is_empty(), "{label:?}");
    }
    assert_eq!(Lang::Da.info_label(InfoLabel::HowToRefer), "Sådan visiterer du");
    assert_eq!(Lang::Da.info_label(InfoLabel::GettingStarted), "Sådan kommer du i gang");
    assert_eq!(Lang::Da.info_label(InfoLabel::ClearFilters), "Ryd filtre");
    assert_eq!(Lang::Da.info_label(InfoLabel::FunnelLimit998), "99,8 %-grænse");
    assert_eq!(Lang::En.info_label(InfoLabel::FunnelLimit95), "95% limit");
}

#[test]
fn changes_read_up_down_same_or_why_not_compared() {
    let s = trend_snapshot();
    let r = ranking(&s);
    let text = |id, lang| change_text(&s, &job_trend(&s, &r, id), lang);
    assert_eq!(text("trend-op", Lang::Da), "op fra 20 % til 40 %");
    assert_eq!(text("trend-op", Lang::En), "up from 20% to 40%");
    assert_eq!(text("trend-ned", Lang::Da), "ned fra 30 % til 12 %");
    assert_eq!(text("trend-ned", Lang::En), "down from 30% to 12%");
    assert_eq!(text("trend-samme", Lang::Da), "ingen sikker ændring (23 % før, 24 % nu)");
    assert_eq!(text("trend-samme", Lang::En), "no certain change (23% before, 24% now)");
    assert_eq!(text("trend-faa", Lang::Da), "ikke sammenlignet: for få i 2. halvår 2025 (20)");
    assert_eq!(text("trend-faa", Lang::En), "not compared: too few in H2 2025 (20)");
    assert_eq!(text("trend-ny", Lang::Da), "ikke sammenlignet: ingen resultat for aldersgruppen i 2. halvår 2025");
    assert_eq!(text("trend-ny", Lang::En), "not compared: no result for the age group in H2 2025");
}

#[test]
fn each_point_says_its_value_or_reason_with_its_period() {
    let s = trend_snapshot();
    let r = ranking(&s);
    let faa = job_trend(&s, &r, "trend-faa");
    let labels: Vec<String> = faa.points.iter().map(|p| point_label(&s, p, Lang::Da)).collect();
    assert_eq!(labels, ["1. halvår 2026: 26 %", "2. halvår 2025: for få (20)", "1. halvår 2025: ingen resultat"]);
    assert_eq!(point_reason(&s, &faa.points[0], Lang::Da), None);
    let missing =
        TrendPoint { period: PeriodIx::CURRENT, estimate: Some(Estimate::Missing(MissingReason::NotReported)) };
    let da = point_reason(&s, &missing, Lang::Da).unwrap();
    assert!(da.ends_with(" i 1. halvår 2026"), "{da}");
    let en = point_reason(&s, &missing, Lang::En).unwrap();
    assert!(en.ends_with(" in H1 2026"), "{en}");
    // Only one period: nothing earlier to compare with.
    let lone = Trend {
        criterion: Criterion::Job,
        band: BandRef::All,
        points: vec![faa.points[0]],
        change: Change { direction: Direction::NotCompared, shares: None, interval: None },
    };
    assert_eq!(change_text(&s, &lone, Lang::En), "not compared: no earlier period");
}

#[test]
fn the_citizen_hears_only_of_certain_changes() {
    let s = trend_snapshot();
    let r = ranking(&s);
    let up = citizen_change(&job_trend(&s, &r, "trend-op"), Lang::Da).unwrap();
    assert_eq!(up, "Flere end før kom i job eller uddannelse (nu 4 af 10, før 2 af 10)");
    let down = citizen_change(&job_trend(&s, &r, "trend-ned"), Lang::En).unwrap();
    assert_eq!(down, "Fewer people than before got a job or started education (now 1 of 10, before 3 of 10)");
    for id in ["trend-samme", "trend-faa", "trend-ny"] {
        for lang in LANGS {
            assert_eq!(citizen_change(&job_trend(&s, &r, id), lang), None, "{id}");
        }
    }
}

#[test]
fn languages_have_names_and_unknown_codes_stay_codes() {
    let codes = ["da", "ar", "so"].map(|c| LanguageCode::parse(c).unwrap());
    assert_eq!(languages_text(&codes, Lang::Da), "dansk, arabisk og somali");
    assert_eq!(languages_text(&codes, Lang::En), "Danish, Arabic and Somali");
    assert_eq!(languages_text(&codes[..1], Lang::Da), "dansk");
    assert_eq!(languages_text(&codes[..2], Lang::En), "Danish and Arabic");
    for code in ["da", "en", "ar", "so", "tr", "ur", "pl", "uk", "fa", "de", "fr", "es"] {
        for lang in LANGS {
            let name = language_name(LanguageCode::parse(code).unwrap(), lang);
            assert_ne!(name, code, "{code} has a name in {lang:?}");
        }
    }
    assert_eq!(language_name(LanguageCode::parse("xh").unwrap(), Lang::Da), "xh");
}

#[test]
fn practical_details_are_listed_with_their_labels() {
    let bytes = std::fs::read("public/data/snapshot.json").unwrap();
    let s = parse_snapshot(&bytes, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()).unwrap();
    let mentor = s.offer(s.offer_by_id(&crate::domain::snapshot::Id::parse("lev-d-mentor").unwrap()).unwrap());
    let details = practical_details(mentor, Lang::Da);
    let labels: Vec<&str> = details.iter().map(|(l, _)| Lang::Da.info_label(*l)).collect();
    assert_eq!(labels, ["Hvor", "Optag", "Kontakt", "Sprog"]);
    assert_eq!(details[3].1, "dansk, arabisk og somali");
    assert!(details[0].1.starts_with("Eksempel"));
    let without = s
        .offers()
        .iter()
        .find(|o| o.practical.languages.is_none() && o.practical.location.is_none() && o.practical.contact.is_none());
    assert!(practical_details(without.unwrap(), Lang::En).is_empty());
}

#[test]
fn the_hidden_count_is_singular_or_plural() {
    assert_eq!(filters_hidden(0, Lang::Da), None);
    assert_eq!(filters_hidden(1, Lang::Da).unwrap(), "Filtrene skjuler 1 egnet tilbud");
    assert_eq!(filters_hidden(3, Lang::Da).unwrap(), "Filtrene skjuler 3 egnede tilbud");
    assert_eq!(filters_hidden(1, Lang::En).unwrap(), "The filters hide 1 suitable offer");
    assert_eq!(filters_hidden(12, Lang::En).unwrap(), "The filters hide 12 suitable offers");
    assert_eq!(Lang::Da.more().max_hours("15"), "Højst 15 timer om ugen");
}

#[test]
fn funnel_marks_say_share_n_and_where_they_lie() {
    let s = trend_snapshot();
    let r = ranking(&s);
    let f = funnel(&r);
    let alle = f.points.iter().find(|p| s.offer(p.offer).id.as_str() == "trend-alle").unwrap();
    let da = funnel_mark(&s, alle, Lang::Da);
    assert!(da.starts_with("Trend alle aldre: 30 % i job eller uddannelse af 400 personer, "), "{da}");
    assert!(da.ends_with(", målt mod alle aldre"), "{da}");
    // The same point judged against the citizen's own band reads without "all ages".
    let point = FunnelPoint { zone: Zone::Inside, band: BandRef::Band(BandIx::new(1)), ..*alle };
    assert_eq!(
        funnel_mark(&s, &point, Lang::En),
        "Trend all ages: 30% in a job or education of 400 people, within the limits"
    );
    for zone in Zone::ALL {
        for lang in LANGS {
            assert!(!lang.more().zone(zone).is_empty());
        }
    }
    assert_eq!(Lang::Da.more().funnel_city("22 %", true), "Byens niveau 22 % (alle aldre)");
}

#[test]
fn the_age_mix_is_said_only_when_clear() {
    assert_eq!(age_mix_text(AgeMix::MostlyYounger, Lang::Da), "De fleste deltagere var under 30");
    assert_eq!(age_mix_text(AgeMix::MostlyYounger, Lang::En), "Most participants were under 30");
    assert_eq!(age_mix_text(AgeMix::MostlyOlder, Lang::Da), "De fleste deltagere var 30 år eller ældre");
    assert_eq!(age_mix_text(AgeMix::MostlyOlder, Lang::En), "Most participants were 30 or older");
    // In the sample, an all-ages result with mostly young participants, for a 34-year-old.
    let bytes = std::fs::read("public/data/snapshot.json").unwrap();
    let s = parse_snapshot(&bytes, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()).unwrap();
    for group in s.target_groups() {
        for age in [20, 34, 50] {
            let r = rank(&s, &Query { target_group: group.id.to_string(), age: Age::new(age).unwrap() }).unwrap();
            for x in &r.ranked {
                let used = s.offer(x.offer).result(x.result);
                assert_eq!(x.age_mix, AgeMix::of(age as u8, used.share_under_30));
            }
        }
    }
}

#[test]
fn the_journal_note_gives_the_practical_details_when_present() {
    let bytes = std::fs::read("public/data/snapshot.json").unwrap();
    let s = parse_snapshot(&bytes, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()).unwrap();
    let r = rank(&s, &Query { target_group: "kh-match2".into(), age: Age::new(34).unwrap() }).unwrap();
    let note = journal_note(&s, &r, Lang::Da);
    assert!(note.contains("   Sprog: dansk"), "{note}");
    assert!(note.contains("   Hvor: Eksempel: "), "{note}");
    let en = journal_note(&s, &r, Lang::En);
    assert!(en.contains("   Languages: Danish"), "{en}");
    // An offer without them adds no lines: the trend snapshot's offers give only languages.
    let t = trend_snapshot();
    let note = journal_note(&t, &ranking(&t), Lang::Da);
    assert!(!note.contains("Hvor:") && note.contains("Sprog: dansk og arabisk"), "{note}");
}
