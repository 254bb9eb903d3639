//! The screen turned towards the citizen: large type, plain words, "7 af 10 var tilfredse", printable.

use super::state::AppState;
use crate::domain::rank::{Criterion, Estimate, Ranked};
use crate::domain::{Lang, Snapshot};
use leptos::prelude::*;

/// "7 of 10" from a share, rounded to whole people.
pub fn of_ten(share: f64) -> u8 {
    (share * 10.0).round().clamp(0.0, 10.0) as u8
}

fn sentence(criterion: Criterion, estimate: &Estimate, lang: Lang) -> String {
    let Estimate::Share { share, .. } = *estimate else {
        return match criterion {
            Criterion::Job => lang.pick("Vi ved ikke nok om, hvor mange der kom i job eller uddannelse.", "We do not know enough about how many got a job or education."),
            Criterion::Placements => lang.pick("Vi ved ikke nok om, hvor mange der kom ud i en virksomhed.", "We do not know enough about how many got a place in a company."),
            Criterion::Satisfaction => lang.pick("Vi ved ikke nok om, hvor tilfredse deltagerne var.", "We do not know enough about how satisfied people were."),
        }
        .to_owned();
    };
    let k = of_ten(share);
    match (criterion, lang) {
        (Criterion::Job, Lang::Da) => format!("{k} af 10 kom i job eller uddannelse"),
        (Criterion::Job, Lang::En) => format!("{k} of 10 got a job or education"),
        (Criterion::Placements, Lang::Da) => format!("{k} af 10 kom ud i en virksomhed (praktik, løntilskud eller job med få timer)"),
        (Criterion::Placements, Lang::En) => format!("{k} of 10 got a place in a company (work placement, wage subsidy or a job with few hours)"),
        (Criterion::Satisfaction, Lang::Da) => format!("{k} af 10 var tilfredse"),
        (Criterion::Satisfaction, Lang::En) => format!("{k} of 10 were satisfied"),
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
        let estimate = r.figure(c).estimate;
        let filled = estimate.share().map(of_ten);
        view! { <li>{filled.map(|k| view! { <People filled=k/> })}<span>{sentence(c, &estimate, lang)}</span></li> }
    });
    let people = crate::domain::numfmt::count(u64::from(r.basis.participants), lang);
    let based = match lang {
        Lang::Da => format!("Tallene bygger på {people} personer, der har været på tilbuddet."),
        Lang::En => format!("The figures come from {people} people who took part."),
    };
    let length = match (offer.weeks, offer.hours_per_week) {
        (Some(w), Some(h)) => Some(match lang {
            Lang::Da => format!("Varer typisk {w} uger, {h} timer om ugen."),
            Lang::En => format!("Usually lasts {w} weeks, {h} hours a week."),
        }),
        (Some(w), None) => Some(lang.pick(format!("Varer typisk {w} uger."), format!("Usually lasts {w} weeks."))),
        _ => None,
    };
    view! {
        <article class="citizen-card">
            <h2>{offer.name.get(lang).to_owned()}</h2>
            <p class="who">{snapshot.providers()[offer.provider].name.clone()}</p>
            {offer.description.as_ref().map(|d| view! { <p>{d.get(lang).to_owned()}</p> })}
            {length.map(|l| view! { <p>{l}</p> })}
            <h3>{lang.pick("Sådan gik det for andre", "How it went for others")}</h3>
            <ul class="citizen-figures">{lines}</ul>
            <p class="based">{based}</p>
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
        let chosen: Vec<&Ranked> = if picked.is_empty() {
            ranking.ranked.iter().take(3).collect()
        } else {
            ranking.ranked.iter().filter(|r| picked.iter().any(|id| id == snapshot.offers()[r.offer].id.as_str())).collect()
        };
        let cards = chosen.into_iter().map(|r| citizen_card(&snapshot, r, lang)).collect_view();
        view! {
            <section class="citizen" data-testid="citizen-view">
                <p class="intro">{lang.pick("Tilbud, der kan passe til dig", "Offers that may suit you")}</p>
                {cards}
                <p class="note">{lang.pick(
                    "Tallene viser, hvordan det er gået for andre. De siger ikke præcist, hvordan det vil gå for dig.",
                    "The figures show how it went for others. They cannot say exactly how it will go for you.",
                )}</p>
            </section>
        }
        .into_any()
    }
}
