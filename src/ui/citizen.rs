//! The screen turned towards the citizen: large type, plain words, "7 af 10 var tilfredse", printable.

use super::offer_card::practical_items;
use super::state::AppState;
use crate::domain::rank::{Criterion, Ranked};
use crate::domain::snapshot::BandRef;
use crate::domain::text::explain::{band_label, citizen_sentence};
use crate::domain::text::more::{citizen_change, practical_details, InfoLabel};
use crate::domain::text::{amount, count, Label, OfTen};
use crate::domain::{Lang, Snapshot};
use leptos::prelude::*;

/// Ten figures, `filled` of them dark, with the sentence beside them carrying the meaning.
#[component]
fn People(
    /// How many of ten to fill.
    filled: u8,
) -> impl IntoView {
    let icons = (0..10u8)
        .map(|i| {
            let class = if i < filled { "person filled" } else { "person" };
            view! {
                <svg class=class viewBox="0 0 12 24" width="18" height="36">
                    <circle cx="6" cy="5" r="4" />
                    <rect x="2" y="10" width="8" height="13" rx="3" />
                </svg>
            }
        })
        .collect_view();
    view! {
        <span class="people" aria-hidden="true">
            {icons}
        </span>
    }
}

fn citizen_card(snapshot: &Snapshot, r: &Ranked, lang: Lang) -> impl IntoView {
    let words = lang.words();
    let offer = snapshot.offer(r.offer);
    let lines = Criterion::ALL.map(|c| {
        let figure = r.figure(c);
        let filled = figure.estimate.share().map(|share| OfTen::of(share).filled());
        let sentence = citizen_sentence(c, figure, lang);
        // Rule 10 for the citizen: a change in plain words, only where it is certain.
        let change = citizen_change(r.trend(c), lang).map(|s| view! { <span class="citizen-change">{s}</span> });
        view! { <li>{filled.map(|k| view! { <People filled=k /> })} <span>{sentence} {change}</span></li> }
    });
    // Format 1.1: where it runs, when one can start, who to contact, languages, access.
    let mut start = practical_details(offer, lang);
    start.retain(|(label, _)| *label != InfoLabel::HowToRefer);
    let start = (!start.is_empty()).then(|| {
        view! {
            <h4>{lang.info_label(InfoLabel::GettingStarted)}</h4>
            <dl class="citizen-start" data-testid="citizen-start">
                {practical_items(start, lang)}
            </dl>
        }
    });
    let band = match r.basis.band {
        BandRef::All => None,
        band => Some(band_label(snapshot, band, lang)),
    };
    let ages = words.citizen_ages(band.as_deref());
    let based =
        (r.basis.participants > 0).then(|| words.citizen_based(&count(u64::from(r.basis.participants), lang), &ages));
    let length = offer
        .weeks
        .map(|w| words.citizen_length(&amount(w, lang), offer.hours_per_week.map(|h| amount(h, lang)).as_deref()));
    view! {
        <article class="citizen-card">
            <h3 lang=offer.name.lang_of(lang).code()>{offer.name.get(lang).to_owned()}</h3>
            <p class="who">{snapshot.provider_of(offer).name.clone()}</p>
            {offer.description.as_ref().map(|d| view! { <p lang=d.lang_of(lang).code()>{d.get(lang).to_owned()}</p> })}
            {length.map(|l| view! { <p>{l}</p> })}
            <h4>{lang.label(Label::CitizenHowItWent)}</h4>
            <ul class="citizen-figures">{lines}</ul>
            {based.map(|b| view! { <p class="based">{b}</p> })}
            {start}
        </article>
    }
}

/// The citizen view: the offers picked for comparison, or else the first three.
#[component]
pub fn CitizenView() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        let Some((snapshot, ranking)) = state.shown() else {
            return view! {
                <section class="citizen" data-testid="citizen-view">
                    <p>{lang.label(Label::CitizenChooseFirst)}</p>
                </section>
            }
            .into_any();
        };
        let picked = state.compare.get();
        let mut chosen: Vec<&Ranked> =
            ranking.ranked.iter().filter(|r| picked.contains(&snapshot.offer(r.offer).id)).collect();
        if chosen.is_empty() {
            chosen = ranking.ranked.iter().filter(|r| !state.is_hidden(r.offer)).take(3).collect();
        }
        let cards = chosen.into_iter().map(|r| citizen_card(&snapshot, r, lang)).collect_view();
        view! {
            <section class="citizen" data-testid="citizen-view">
                <h2 class="intro">{lang.label(Label::CitizenIntro)}</h2>
                {cards}
                <p class="note">{lang.label(Label::CitizenNote)}</p>
            </section>
        }
        .into_any()
    }
}
