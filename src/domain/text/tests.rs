//! One test per phrase family: numbers, names, figures, basis, why, flags, problems, the list, the
//! citizen view, status and the journal; and that every language has every label.

use super::explain::*;
use super::num::*;
use super::{Label, OfTen};
use crate::domain::load::LoadError;
use crate::domain::problem::ProblemKind;
use crate::domain::rank::*;
use crate::domain::snapshot::MissingReason;
use crate::domain::Lang;
use chrono::NaiveDate;

const LANGS: [Lang; 2] = [Lang::Da, Lang::En];

fn share(share: f64, n: u32) -> Estimate {
    Estimate::Share { share, n, low: share - 0.05, high: share + 0.05 }
}

#[test]
fn numbers_use_each_languages_marks() {
    assert_eq!(percent(0.755, Lang::Da), "75,5 %");
    assert_eq!(percent(0.755, Lang::En), "75.5%");
    assert_eq!(percent(0.21, Lang::Da), "21 %");
    assert_eq!(percent(1.0, Lang::Da), "100 %");
    assert_eq!(percent(0.0, Lang::En), "0%");
    assert_eq!(percent(0.1074, Lang::Da), "10,7 %");
    assert_eq!(count(14449, Lang::Da), "14.449");
    assert_eq!(count(14449, Lang::En), "14,449");
    assert_eq!(count(999, Lang::Da), "999");
    assert_eq!(count(1_000_000, Lang::Da), "1.000.000");
    assert_eq!(count(0, Lang::Da), "0");
    assert_eq!(decimal(1.126, 2, Lang::Da), "1,13");
    assert_eq!(decimal(0.5, 1, Lang::En), "0.5");
    assert_eq!(amount(13.0, Lang::Da), "13");
    assert_eq!(amount(6.5, Lang::Da), "6,5");
    assert_eq!(amount(7.5, Lang::En), "7.5");
    assert_eq!(amount(37.04, Lang::Da), "37");
    assert_eq!(interval(0.122, 0.16, Lang::Da), "12,2–16 %");
    assert_eq!(interval(-0.01, 1.2, Lang::En), "0–100%");
    assert_eq!(per_100(0.107, Lang::Da), "10,7");
}

#[test]
fn fixed_decimals_need_no_float_formatter() {
    assert_eq!(fixed(0.0, 1, '.'), "0.0");
    assert_eq!(fixed(-0.04, 1, ','), "0,0");
    assert_eq!(fixed(-1.26, 1, ','), "-1,3");
    assert_eq!(fixed(96.0, 1, '.'), "96.0");
    assert_eq!(fixed(2.71249, 3, '.'), "2.712");
    assert_eq!(fixed(7.6, 0, '.'), "8");
    assert_eq!(fixed(f64::NAN, 1, '.'), "0.0");
    assert_eq!(fixed(1e300, 0, '.'), "1000000000000");
    // Within half a unit of the last place of what the float formatter writes, for many values.
    for i in 0..20_000 {
        let v = f64::from(i) * 0.0137 - 40.0;
        for places in 0..4 {
            let mine: f64 = fixed(v, places, '.').parse().unwrap();
            let std: f64 = format!("{v:.places$}").parse().unwrap();
            let unit = 10f64.powi(-(places as i32));
            assert!((mine - std).abs() <= unit * 1.0001, "{v} to {places}: {mine} vs {std}");
            assert!((mine - v).abs() <= unit * 0.5001, "{v} to {places}: {mine}");
        }
    }
}

#[test]
fn dates_are_written_out() {
    let d = NaiveDate::from_ymd_opt(2011, 11, 15).unwrap();
    assert_eq!(date_long(d, Lang::Da), "15. november 2011");
    assert_eq!(date_long(d, Lang::En), "15 November 2011");
}

#[test]
fn every_label_is_written_in_every_language() {
    // A label missing in a language would not compile; this checks none is left empty or untranslated
    // by accident (a few, like "Mentor", are the same word in both).
    let all = [
        Label::ShowToCitizen,
        Label::Print,
        Label::CopyLink,
        Label::ShowDetails,
        Label::HideDetails,
        Label::Compare,
        Label::NoResultsYet,
        Label::CitizenNote,
        Label::WithinTierCaveat,
        Label::NewFiguresRefused,
    ];
    for label in all {
        let (da, en) = (Lang::Da.label(label), Lang::En.label(label));
        assert!(!da.trim().is_empty() && !en.trim().is_empty(), "{label:?}");
        assert_ne!(da, en, "{label:?} reads the same in both languages");
    }
}

#[test]
fn rule_numbers_come_from_the_rule_constants() {
    for lang in LANGS {
        let (_, unknown) = lang.words().tier_heading(Tier::Unknown);
        assert!(unknown.contains(&MIN_N.to_string()), "{unknown}");
        assert!(lang.words().caution().contains(&CAUTION_ANSWERS.to_string()));
        assert!(lang.words().age_error(AgeError::TooYoung).contains(&Age::MIN.to_string()));
        assert!(lang.words().age_error(AgeError::TooOld).contains(&Age::MAX.to_string()));
    }
    assert_eq!(Lang::Da.words().caution(), "brug med forsigtighed (under 100 svar)");
    assert_eq!(Lang::En.words().age_error(AgeError::TooYoung), "The age must be at least 15.");
}

#[test]
fn figures_in_a_few_words_and_what_they_rest_on() {
    let e = Estimate::Share { share: 0.14, n: 1300, low: 0.122, high: 0.16 };
    assert_eq!(estimate_short(&e, Lang::Da), "14 %");
    assert_eq!(share_basis(Criterion::Job, &e, Lang::Da).unwrap(), "95 %-interval 12,2–16 %, n = 1.300 personer");
    assert_eq!(share_basis(Criterion::Satisfaction, &e, Lang::En).unwrap(), "95% interval 12.2–16%, n = 1,300 answers");
    assert_eq!(estimate_short(&Estimate::TooFew { n: 12 }, Lang::Da), "for få (12)");
    assert_eq!(share_basis(Criterion::Job, &Estimate::TooFew { n: 12 }, Lang::Da), None);
    assert_eq!(estimate_short(&Estimate::Missing(MissingReason::NotReported), Lang::En), "not reported");
    assert_eq!(estimate_with_n(None, Lang::Da), "ikke oplyst");
    assert_eq!(estimate_with_n(Some(&Estimate::of_share(0.2, 1150)), Lang::Da), "20 % (n = 1.150)");
    assert_eq!(estimate_with_n(Some(&Estimate::TooFew { n: 3 }), Lang::En), "too few (3)");
}

#[test]
fn the_city_figure_says_where_it_comes_from() {
    let published = Figure {
        estimate: share(0.3, 100),
        city: Some(City { share: 0.25, source: CitySource::Published }),
        tier: Tier::InLine,
        caution: false,
    };
    assert_eq!(city_figure(&published, Lang::Da).unwrap(), "byen (offentliggjort): 25 %");
    let pooled = Figure { city: Some(City { share: 0.25, source: CitySource::Pooled { n: 4321 } }), ..published };
    assert_eq!(city_figure(&pooled, Lang::En).unwrap(), "city (all offers here): 25%, n = 4,321");
    assert_eq!(plot_label(&published, Lang::Da).unwrap(), "30 %, interval 25–35 %, byen 25 %");
    let none = Figure { estimate: Estimate::TooFew { n: 3 }, city: None, ..published };
    assert_eq!(plot_label(&none, Lang::Da), None);
}

#[test]
fn complaints_read_as_a_rate_per_100() {
    let c = Complaints::of(Some(3), 140);
    let text = complaints_text(&c, Lang::Da);
    assert!(text.starts_with("3 (2,1 pr. 100 deltagere, 95 %-interval "), "{text}");
    assert_eq!(complaints_text(&Complaints::of(Some(2), 0), Lang::Da), "2");
    assert_eq!(complaints_text(&Complaints::of(None, 10), Lang::En), "not given");
}

#[test]
fn why_sentences_name_the_deciding_criterion() {
    let tier = Why::Tier {
        criterion: Criterion::Placements,
        above: Tier::Above,
        below: Tier::Below,
        above_share: Some(0.38),
        below_share: Some(0.139),
    };
    assert_eq!(
        why_sentence(&tier, "A", "B", Lang::Da),
        "A før B: samme niveau for job eller uddannelse; A ligger over byens niveau for virksomhedsplacering, B ligger under byens niveau (38 % mod 13,9 %)"
    );
    let by_share = Why::Share { criterion: Criterion::Job, above: 0.2, below: None };
    assert_eq!(
        why_sentence(&by_share, "A", "B", Lang::En),
        "A before B: same tiers on all three; more in job or education (20% vs no figure)"
    );
    assert_eq!(
        why_sentence(&Why::Name, "A", "B", Lang::Da),
        "A før B: samme niveau og samme tal på alle tre; ordnet efter navn"
    );
    assert!(why_sentence(&Why::Id, "A", "A", Lang::En).ends_with("ordered by the offer's id"));
}

#[test]
fn flags_say_their_reason_and_figures() {
    let date = NaiveDate::from_ymd_opt(2011, 10, 3).unwrap();
    let sad = Flag::SadSmiley { date, note: None };
    assert_eq!(flag_sentence(&sad, Lang::Da), "Sur smiley ved tilsynet 3. oktober 2011");
    assert_eq!(flag_sentence(&sad, Lang::En), "Sad smiley at the supervision of 3 October 2011");
    let rate = ComplaintRate::of(30, 200).unwrap();
    let many = Flag::Complaints { rate, city_rate: 0.05 };
    let da = flag_sentence(&many, Lang::Da);
    assert!(da.starts_with("Mange klager: 30 klager fra 200 deltagere (15,0 pr. 100, 95 %-interval "), "{da}");
    assert!(da.ends_with("mod 5,0 pr. 100 for alle tilbud her"), "{da}");
    assert!(flag_sentence(&many, Lang::En).contains("30 from 200 participants (15.0 per 100"));
}

#[test]
fn the_list_and_the_query_form_count_in_words() {
    assert_eq!(Lang::Da.words().summary(7, 1), "7 tilbud med resultater, 1 uden endnu.");
    assert_eq!(Lang::En.words().summary(1, 0), "1 offer with results, 0 without yet.");
    assert_eq!(Lang::En.words().summary(2, 3), "2 offers with results, 3 without yet.");
    assert_eq!(Lang::Da.words().compare_count(2, 3), "2 af 3 valgt til sammenligning");
    assert_eq!(Lang::Da.words().unknown_group("x"), "Målgruppen «x» findes ikke i disse tal. Vælg en målgruppe.");
    assert_eq!(Lang::En.words().more_offers(1), "… and 1 more offer.");
    assert_eq!(Lang::En.words().without_results(2), "2 offers have no results yet.");
    assert_eq!(Lang::Da.words().without_results(1), "1 tilbud har ingen resultater endnu.");
}

#[test]
fn the_citizen_reads_of_ten_never_none_or_all_by_rounding() {
    assert_eq!(OfTen::of(0.03), OfTen::UnderOne);
    assert_eq!(OfTen::of(0.0), OfTen::Exactly(0));
    assert_eq!(OfTen::of(0.97), OfTen::OverNine);
    assert_eq!(OfTen::of(1.0), OfTen::Exactly(10));
    assert_eq!(OfTen::of(0.71), OfTen::Exactly(7));
    assert_eq!(OfTen::UnderOne.filled(), 1, "the icons show one, as the words say 'under 1'");
    assert_eq!(OfTen::OverNine.filled(), 9);
    assert_eq!(Lang::Da.words().of_ten(OfTen::UnderOne), "Under 1 af 10");
    assert_eq!(Lang::En.words().of_ten(OfTen::Exactly(7)), "7 of 10");
    let f = Figure { estimate: share(0.71, 90), city: None, tier: Tier::Unknown, caution: true };
    assert_eq!(
        citizen_sentence(Criterion::Satisfaction, &f, Lang::Da),
        "7 af 10 var tilfredse (kun 90 har svaret, så tallet er usikkert)"
    );
    let unknown = Figure { estimate: Estimate::TooFew { n: 3 }, ..f };
    assert_eq!(
        citizen_sentence(Criterion::Job, &unknown, Lang::En),
        "We do not know enough about how many got a job or education."
    );
}

#[test]
fn status_and_load_errors_say_what_happened() {
    let d = Lang::Da.words();
    assert_eq!(d.kept_banner("1. december 2011", true), "Offline — tal fra 1. december 2011");
    assert_eq!(
        Lang::En.words().kept_banner("1 December 2011", false),
        "New figures could not be fetched — data from 1 December 2011"
    );
    assert_eq!(LoadError::Status(404).lines(Lang::Da), ["Tallene kunne ikke hentes: serveren svarede 404."]);
    let read = LoadError::FileRead("NotReadableError".into()).lines(Lang::En);
    assert_eq!(read, ["The file could not be read (NotReadableError)."]);
    assert!(!read[0].contains("network"), "a local file that cannot be read is not a network error");
    assert_eq!(
        d.stale("5.487", "1. december 2011"),
        "Tallene er 5.487 dage gamle (offentliggjort 1. december 2011). Der kan være nyere tal."
    );
}

#[test]
fn problems_use_the_languages_decimal_mark() {
    let kind = ProblemKind::Above { raw: "1.4".into(), max: "1".into() };
    assert_eq!(kind.describe(Lang::Da), "1,4 er over 1");
    assert_eq!(kind.describe(Lang::En), "1.4 is above 1");
    let kind = ProblemKind::NotFinite { raw: "1e400".into() };
    assert_eq!(kind.describe(Lang::Da), "1e400 er ikke et endeligt tal");
    let kind = ProblemKind::Below { raw: "-0.25".into(), min: "0".into() };
    assert_eq!(kind.describe(Lang::Da), "-0,25 er under 0");
    let kind = ProblemKind::TooLarge { bytes: 50 * 1024 * 1024, limit: 32 * 1024 * 1024 };
    assert_eq!(kind.describe(Lang::Da), "filen fylder 50,0 MiB; grænsen er 32 MiB");
    assert_eq!(kind.describe(Lang::En), "the file is 50.0 MiB; the limit is 32 MiB");
    assert_eq!(Lang::Da.words().more_problems(12), "… og 12 problemer mere");
}
