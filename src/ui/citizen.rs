//! The screen turned towards the citizen: large type, plain words, "7 af 10 var tilfredse", printable.

use super::state::AppState;
use crate::domain::explain::band_label;
use crate::domain::numfmt::{amount, count};
use crate::domain::rank::{Criterion, Estimate, Figure, Ranked};
use crate::domain::snapshot::BandRef;
use crate::domain::{Lang, Snapshot};
use leptos::prelude::*;

/// "7 of 10" from a share: rounded to whole people, but never none or all unless it was so.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OfTen {
    /// More than 0 %, but rounds to 0 of 10.
    UnderOne,
    Exactly(u8),
    /// Less than 100 %, but rounds to 10 of 10.
    OverNine,
}

impl OfTen {
    pub fn of(share: f64) -> OfTen {
        match (share * 10.0).round().clamp(0.0, 10.0) as u8 {
            0 if share > 0.0 => OfTen::UnderOne,
            10 if share < 1.0 => OfTen::OverNine,
            k => OfTen::Exactly(k),
        }
    }

    /// How many of the ten figures to fill, in agreement with the words.
    pub fn filled(self) -> u8 {
        match self {
            OfTen::UnderOne => 1,
            OfTen::OverNine => 9,
            OfTen::Exactly(k) => k,
        }
    }

    /// "7 af 10", "Under 1 af 10", "Over 9 af 10".
    fn words(self, lang: Lang) -> String {
        match self {
            OfTen::UnderOne => lang.pick("Under 1 af 10", "Fewer than 1 of 10").to_owned(),
            OfTen::OverNine => lang.pick("Over 9 af 10", "More than 9 of 10").to_owned(),
            OfTen::Exactly(k) => lang.pick(format!("{k} af 10"), format!("{k} of 10")),
        }
    }
}

/// One plain sentence per criterion, with what it is based on.
fn sentence(criterion: Criterion, figure: &Figure, lang: Lang) -> String {
    let Estimate::Share { share, n, .. } = figure.estimate else {
        return match criterion {
            Criterion::Job => lang.pick(
                "Vi ved ikke nok om, hvor mange der kom i job eller uddannelse.",
                "We do not know enough about how many got a job or education.",
            ),
            Criterion::Placements => lang.pick(
                "Vi ved ikke nok om, hvor mange der kom ud i en virksomhed.",
                "We do not know enough about how many got a place in a company.",
            ),
            Criterion::Satisfaction => lang.pick(
                "Vi ved ikke nok om, hvor tilfredse deltagerne var.",
                "We do not know enough about how satisfied people were.",
            ),
        }
        .to_owned();
    };
    let k = OfTen::of(share).words(lang);
    let n = count(u64::from(n), lang);
    match (criterion, lang) {
        (Criterion::Job, Lang::Da) => format!("{k} kom i job eller uddannelse (ud af {n})"),
        (Criterion::Job, Lang::En) => format!("{k} got a job or education (out of {n})"),
        (Criterion::Placements, Lang::Da) => {
            format!("{k} kom ud i en virksomhed, fx i praktik, løntilskud eller job med få timer (ud af {n})")
        }
        (Criterion::Placements, Lang::En) => format!(
            "{k} got a place in a company, such as a work placement, wage subsidy or a job with few hours (out of {n})"
        ),
        (Criterion::Satisfaction, Lang::Da) if figure.caution => {
            format!("{k} var tilfredse (kun {n} har svaret, så tallet er usikkert)")
        }
        (Criterion::Satisfaction, Lang::En) if figure.caution => {
            format!("{k} were satisfied (only {n} answered, so this is uncertain)")
        }
        (Criterion::Satisfaction, Lang::Da) => format!("{k} var tilfredse ({n} har svaret)"),
        (Criterion::Satisfaction, Lang::En) => format!("{k} were satisfied ({n} answered)"),
    }
}

/// Ten figures, `filled` of them dark, with the sentence beside them carrying the meaning.
#[component]
fn People(
    /// How many of ten to fill.
    filled: u8,
) -> impl IntoView {
    let icons = (0..10u8)
        .map(|i| {
            let class = if i < filled { "person filled" } else { "person" };
            view! { <svg class=class viewBox="0 0 12 24" width="18" height="36"><circle cx="6" cy="5" r="4"/><rect x="2" y="10" width="8" height="13" rx="3"/></svg> }
        })
        .collect_view();
    view! { <span class="people" aria-hidden="true">{icons}</span> }
}

fn citizen_card(snapshot: &Snapshot, r: &Ranked, lang: Lang) -> impl IntoView {
    let offer = &snapshot.offers()[r.offer];
    let lines = Criterion::ALL.map(|c| {
        let figure = r.figure(c);
        let filled = figure.estimate.share().map(|share| OfTen::of(share).filled());
        view! { <li>{filled.map(|k| view! { <People filled=k/> })}<span>{sentence(c, figure, lang)}</span></li> }
    });
    let ages = match r.basis.band {
        BandRef::All => lang.pick("i alle aldre", "of all ages").to_owned(),
        band => {
            let label = band_label(snapshot, band, lang);
            lang.pick(format!("på {label}"), label)
        }
    };
    let based = (r.basis.participants > 0).then(|| {
        let people = count(u64::from(r.basis.participants), lang);
        match lang {
            Lang::Da => {
                format!("Tallene kommer fra {people} personer {ages}, der har været på tilbuddet.")
            }
            Lang::En => format!("The figures come from {people} people {ages} who took part."),
        }
    });
    let length = match (offer.weeks, offer.hours_per_week) {
        (Some(w), Some(h)) => Some(match lang {
            Lang::Da => format!("Varer typisk {} uger, {} timer om ugen.", amount(w, lang), amount(h, lang)),
            Lang::En => format!("Usually lasts {} weeks, {} hours a week.", amount(w, lang), amount(h, lang)),
        }),
        (Some(w), None) => Some(lang.pick(
            format!("Varer typisk {} uger.", amount(w, lang)),
            format!("Usually lasts {} weeks.", amount(w, lang)),
        )),
        _ => None,
    };
    view! {
        <article class="citizen-card">
            <h3 lang=offer.name.lang_of(lang).code()>{offer.name.get(lang).to_owned()}</h3>
            <p class="who">{snapshot.providers()[offer.provider].name.clone()}</p>
            {offer.description.as_ref().map(|d| view! { <p lang=d.lang_of(lang).code()>{d.get(lang).to_owned()}</p> })}
            {length.map(|l| view! { <p>{l}</p> })}
            <h4>{lang.pick("Sådan gik det for andre", "How it went for others")}</h4>
            <ul class="citizen-figures">{lines}</ul>
            {based.map(|b| view! { <p class="based">{b}</p> })}
        </article>
    }
}

/// The citizen view: the offers picked for comparison, or else the first three.
#[component]
pub fn CitizenView() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        let (Some(snapshot), Some(ranking)) = (state.snapshot(), state.ranking.get()) else {
            return view! {
                <section class="citizen" data-testid="citizen-view">
                    <p>{lang.pick("Vælg målgruppe og alder først.", "Choose a target group and age first.")}</p>
                </section>
            }
            .into_any();
        };
        let picked = state.compare.get();
        let mut chosen: Vec<&Ranked> = ranking
            .ranked
            .iter()
            .filter(|r| picked.iter().any(|id| id == snapshot.offers()[r.offer].id.as_str()))
            .collect();
        if chosen.is_empty() {
            chosen = ranking.ranked.iter().take(3).collect();
        }
        let cards = chosen.into_iter().map(|r| citizen_card(&snapshot, r, lang)).collect_view();
        view! {
            <section class="citizen" data-testid="citizen-view">
                <h2 class="intro">{lang.pick("Tilbud, der kan passe til dig", "Offers that may suit you")}</h2>
                {cards}
                <p class="note">{lang.pick(
                    "Tallene viser, hvordan det er gået for andre. De siger ikke præcist, hvordan det vil gå for dig, og små forskelle mellem tilbuddene kan være tilfældige.",
                    "The figures show how it went for others. They cannot say exactly how it will go for you, and small differences between the offers may be chance.",
                )}</p>
            </section>
        }
        .into_any()
    }
}
