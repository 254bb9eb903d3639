//! The ranked offers, grouped by job tier so the order inside a group reads as "not a sure difference".

use super::offer_card::OfferCard;
use super::state::AppState;
use crate::domain::rank::{Criterion, Tier};
use crate::domain::text::Label;
use leptos::prelude::*;

/// The ranking for the current query, or a prompt for what is missing.
#[component]
pub fn RankedList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let list = move || {
        let lang = state.lang.get();
        let words = lang.words();
        let (Some(snapshot), Some(ranking)) = (state.snapshot(), state.ranking()) else {
            let prompt = state.snapshot().map(|_| lang.label(Label::ChooseGroupAndAge));
            return view! { <p class="prompt">{prompt}</p> }.into_any();
        };
        let names: Vec<String> =
            ranking.ranked.iter().map(|r| snapshot.offer(r.offer).name.get(lang).to_owned()).collect();
        let groups = [Tier::Above, Tier::InLine, Tier::Below, Tier::Unknown]
            .into_iter()
            .filter_map(|tier| {
                let in_tier = |i: &usize| ranking.ranked[*i].figure(Criterion::Job).tier == tier;
                let members: Vec<usize> = (0..ranking.ranked.len()).filter(in_tier).collect();
                let first = *members.first()?;
                let (heading, explain) = words.tier_heading(tier);
                let cards = members
                    .into_iter()
                    .map(|i| {
                        let above = i.checked_sub(1).map(|j| names[j].clone());
                        let (snapshot, ranked) = (snapshot.clone(), ranking.ranked[i].clone());
                        view! { <OfferCard snapshot ranked position=i + 1 above lang /> }
                    })
                    .collect_view();
                Some(view! {
                    <section class="tier-group" data-tier=tier.code()>
                        <h2>{heading}</h2>
                        <p class="tier-explain">{explain}</p>
                        <ol class="offers" start=first + 1>
                            {cards}
                        </ol>
                    </section>
                })
            })
            .collect_view();
        let unranked = (!ranking.unranked.is_empty()).then(|| {
            let items = ranking
                .unranked
                .iter()
                .map(|u| {
                    let offer = snapshot.offer(u.offer);
                    view! {
                        <li data-testid="unranked-offer" data-offer-id=offer.id.to_string()>
                            <strong>{offer.name.get(lang).to_owned()}</strong>
                            " · "
                            {snapshot.provider_of(offer).name.clone()}
                            " — "
                            {words.unranked_reason(u.reason)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="unranked">
                    <h2>{lang.label(Label::NoResultsYet)}</h2>
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
        let words = state.lang.get().words();
        state.ranking().map(|r| words.summary(r.ranked.len(), r.unranked.len()))
    };
    view! {
        <p class="summary" id="ranking-summary" aria-live="polite" tabindex="-1">
            {summary_text}
        </p>
        {list}
    }
}
