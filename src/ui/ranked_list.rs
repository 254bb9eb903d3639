//! The ranked offers, grouped by job tier so the order inside a group reads as "not a sure difference".

use super::offer_card::OfferCard;
use super::state::AppState;
use crate::domain::rank::{Criterion, Tier, UnrankedReason};
use crate::domain::Lang;
use leptos::prelude::*;

fn tier_heading(tier: Tier, lang: Lang) -> (&'static str, &'static str) {
    match tier {
        Tier::Above => (
            lang.pick("Over byens niveau for job eller uddannelse", "Above the city for job or education"),
            lang.pick(
                "Hele usikkerhedsintervallet ligger over byens andel. Inden for gruppen er rækkefølgen ikke en sikker forskel.",
                "The whole uncertainty interval lies above the city's share. Within the group the order is not a sure difference.",
            ),
        ),
        Tier::InLine => (
            lang.pick("På niveau med byen for job eller uddannelse", "In line with the city for job or education"),
            lang.pick(
                "Intervallet rummer byens andel: forskellene her kan være tilfældige.",
                "The interval contains the city's share: differences here may be chance.",
            ),
        ),
        Tier::Below => (
            lang.pick("Under byens niveau for job eller uddannelse", "Below the city for job or education"),
            lang.pick(
                "Hele usikkerhedsintervallet ligger under byens andel. Inden for gruppen er rækkefølgen ikke en sikker forskel.",
                "The whole uncertainty interval lies below the city's share. Within the group the order is not a sure difference.",
            ),
        ),
        Tier::Unknown => (
            lang.pick("Ukendt: for få eller ingen tal om job eller uddannelse", "Unknown: too few or no figures on job or education"),
            lang.pick(
                "Færre end 25 personer eller ikke offentliggjort. Ordnet efter de andre kriterier; rækkefølgen er ikke en sikker forskel.",
                "Fewer than 25 people or not published. Ordered by the other criteria; the order is not a sure difference.",
            ),
        ),
    }
}

/// "7 tilbud med resultater, 1 uden endnu." — announced politely when it changes.
fn summary(ranked: usize, unranked: usize, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{ranked} tilbud med resultater, {unranked} uden endnu."),
        Lang::En => {
            format!("{ranked} {} with results, {unranked} without yet.", if ranked == 1 { "offer" } else { "offers" })
        }
    }
}

/// The ranking for the current query, or a prompt for what is missing.
#[component]
pub fn RankedList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let list = move || {
        let lang = state.lang.get();
        let (Some(snapshot), Some(ranking)) = (state.snapshot(), state.ranking.get()) else {
            let prompt = if state.snapshot().is_some() {
                lang.pick(
                    "Vælg målgruppe og skriv borgerens alder for at se de egnede tilbud.",
                    "Choose a target group and type the citizen's age to see the suitable offers.",
                )
            } else {
                ""
            };
            return view! { <p class="prompt">{prompt}</p> }.into_any();
        };
        let names: Vec<String> =
            ranking.ranked.iter().map(|r| snapshot.offers()[r.offer].name.get(lang).to_owned()).collect();
        let count = ranking.ranked.len();
        let groups = [Tier::Above, Tier::InLine, Tier::Below, Tier::Unknown]
            .into_iter()
            .filter_map(|tier| {
                let members: Vec<usize> = (0..count).filter(|&i| ranking.ranked[i].figure(Criterion::Job).tier == tier).collect();
                let first = *members.first()?;
                let (heading, explain) = tier_heading(tier, lang);
                let cards = members
                    .into_iter()
                    .map(|i| {
                        let above = i.checked_sub(1).map(|j| names[j].clone());
                        view! { <OfferCard snapshot=snapshot.clone() ranked=ranking.ranked[i].clone() position=i + 1 above=above lang=lang/> }
                    })
                    .collect_view();
                Some(view! {
                    <section class="tier-group" data-tier=tier.code()>
                        <h2>{heading}</h2>
                        <p class="tier-explain">{explain}</p>
                        <ol class="offers" start=first + 1>{cards}</ol>
                    </section>
                })
            })
            .collect_view();
        let unranked = (!ranking.unranked.is_empty()).then(|| {
            let items = ranking
                .unranked
                .iter()
                .map(|u| {
                    let offer = &snapshot.offers()[u.offer];
                    let provider = &snapshot.providers()[offer.provider];
                    let reason = match u.reason {
                        UnrankedReason::NoResults => lang.pick("ingen resultater endnu", "no results yet"),
                        UnrankedReason::NoResultForAge => lang.pick("ingen resultater for denne alder", "no results for this age"),
                    };
                    view! {
                        <li data-testid="unranked-offer" data-offer-id=offer.id.to_string()>
                            <strong>{offer.name.get(lang).to_owned()}</strong> " · " {provider.name.clone()} " — " {reason}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="unranked">
                    <h2>{lang.pick("Ingen resultater endnu", "No results yet")}</h2>
                    <ul>{items}</ul>
                </section>
            }
        });
        view! {
            {groups}
            {unranked}
        }
        .into_any()
    };
    // The live region stays in the page while its text changes, so screen readers announce it.
    let summary_text = move || {
        let lang = state.lang.get();
        state.ranking.with(|r| r.as_ref().map(|r| summary(r.ranked.len(), r.unranked.len(), lang)))
    };
    view! {
        <p class="summary" id="ranking-summary" aria-live="polite" tabindex="-1">{summary_text}</p>
        {list}
    }
}
