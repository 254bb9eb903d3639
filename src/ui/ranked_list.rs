//! The ranked offers, grouped by job tier so the order inside a group reads as "not a sure
//! difference". Keyed by offer id: a re-rank moves rows instead of rebuilding them, and each tier
//! shows a first page with "Vis flere" so a national snapshot stays light. What changes in the list
//! is announced through two regions that stay in the page: the summary (with the note that the list
//! still answers the last complete query) and one region for "Vis flere".

use super::filters::{FilterButton, FilterPanel, FilterStatus};
use super::funnel::{FunnelButton, FunnelSection};
use super::offer_row::OfferRow;
use super::state::{AppState, Shown};
use crate::data::page;
use crate::domain::rank::{Criterion, Tier};
use crate::domain::snapshot::Id;
use crate::domain::text::Label;
use leptos::prelude::*;

/// Offers shown per tier before "Vis flere", and how many more each press shows.
pub const PAGE: usize = 10;

const TIERS: [Tier; 4] = [Tier::Above, Tier::InLine, Tier::Below, Tier::Unknown];

/// The ranked offers the filters leave, by their position in the ranking, one list per tier in the
/// order of `TIERS`: one pass over a national ranking per answer or filter change, shared by the groups
/// (no allocation per offer; ids are made only for the rows on screen).
type Members = [Vec<usize>; TIERS.len()];

/// A tier's place in `TIERS` (every tier has one).
fn slot(tier: Tier) -> usize {
    TIERS.iter().position(|&t| t == tier).unwrap_or_default()
}

fn members_by_tier(state: AppState) -> Members {
    let mut members = Members::default();
    state.shown.with(|s| {
        let hidden = state.hidden.read();
        for (position, ranked) in s.iter().flat_map(|s| s.ranking.ranked.iter().enumerate()) {
            if !hidden.contains(&ranked.offer) {
                members[slot(ranked.figure(Criterion::Job).tier)].push(position);
            }
        }
    });
    members
}

/// The one live region that says what "Vis flere" showed; a new ranking empties it.
#[derive(Clone, Copy)]
struct Announcer(RwSignal<Option<String>>);

/// "Vis 10 flere (10 af 43 vist)": shows the next page, keeps the keyboard's place, and says what
/// changed. When the last page is shown, the button goes and focus moves to the first new item.
#[component]
fn ShowMore(
    /// How many there are.
    total: Signal<usize>,
    /// How many are shown.
    limit: RwSignal<usize>,
    /// The element id of the item at an index, to focus the first newly shown one.
    focus_id: Callback<usize, Option<String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Announcer(announced) = expect_context::<Announcer>();
    let shown = move || limit.get().min(total.get());
    let more = move || total.get().saturating_sub(limit.get()).min(PAGE);
    let press = move |_| {
        let first_new = limit.get_untracked();
        limit.update(|l| *l += PAGE);
        let words = state.lang.get_untracked().words();
        announced.set(Some(words.showing(shown(), total.get_untracked())));
        if limit.get_untracked() >= total.get_untracked() {
            if let Some(id) = focus_id.run(first_new) {
                // The button is gone after this handler; the new item is there once the view has updated.
                page::focus_after_update(id);
            }
        }
    };
    view! {
        <Show when=move || { more() > 0 }>
            <button type="button" class="show-more" on:click=press>
                {move || state.lang.get().words().show_more(more(), shown(), total.get())}
            </button>
        </Show>
    }
}

/// One job tier's offers, a page at a time.
#[component]
fn TierGroup(
    /// The tier.
    tier: Tier,
    /// Every tier's offers, by position in the ranking.
    all: Memo<Members>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let limit = RwSignal::new(PAGE);
    // This tier's offers; unchanged lists leave the group as it is.
    let members = Memo::new(move |_| all.with(|m| m[slot(tier)].clone()));
    let id_at = move |s: &Shown, position: usize| s.snapshot.offer(s.ranking.ranked[position].offer).id.clone();
    let visible = move || {
        members.with(|m| {
            state.shown.with(|s| {
                s.as_ref().map_or_else(Vec::new, |s| m.iter().take(limit.get()).map(|&i| id_at(s, i)).collect())
            })
        })
    };
    let start = move || members.with(|m| m.first().map_or(1, |i| i + 1));
    let total = Signal::derive(move || members.with(Vec::len));
    let heading = move || state.lang.get().words().tier_heading(tier);
    let focus_id = Callback::new(move |index: usize| {
        let position = members.with_untracked(|m| m.get(index).copied())?;
        state.shown.with_untracked(|s| s.as_ref().map(|s| format!("offer-{}", id_at(s, position))))
    });
    view! {
        <section class="tier-group" data-tier=tier.code()>
            <div class="tier-head">
                <h2>{move || heading().0}</h2>
                <p class="tier-explain">{move || heading().1}</p>
            </div>
            <ol class="offers" start=start>
                <For each=visible key=Id::clone let:id>
                    <OfferRow id=id />
                </For>
            </ol>
            <ShowMore total=total limit=limit focus_id=focus_id />
        </section>
    }
}

/// Suitable offers without results for this query, a page at a time.
#[component]
fn Unranked() -> impl IntoView {
    let state = expect_context::<AppState>();
    let limit = RwSignal::new(PAGE);
    // The unranked offers the filters leave, by their index in the ranking.
    let kept = Memo::new(move |_| {
        state.shown.with(|s| {
            let hidden = state.hidden.read();
            s.as_ref().map_or_else(Vec::new, |s| {
                (0..s.ranking.unranked.len())
                    .filter(|&i| !hidden.contains(&s.ranking.unranked[i].offer))
                    .collect::<Vec<_>>()
            })
        })
    });
    let total = Signal::derive(move || kept.with(Vec::len));
    let focus_id = Callback::new(move |index: usize| {
        let i = kept.with_untracked(|k| k.get(index).copied())?;
        state.shown.with_untracked(|s| {
            let s = s.as_ref()?;
            s.ranking.unranked.get(i).map(|u| format!("unranked-{}", s.snapshot.offer(u.offer).id))
        })
    });
    let items = move || {
        let lang = state.lang.get();
        let words = lang.words();
        state.shown.with(|s| {
            let s = s.as_ref()?;
            let items = kept
                .get()
                .into_iter()
                .take(limit.get())
                .map(|i| &s.ranking.unranked[i])
                .map(|u| {
                    let offer = s.snapshot.offer(u.offer);
                    view! {
                        <li
                            data-testid="unranked-offer"
                            data-offer-id=offer.id.to_string()
                            id=format!("unranked-{}", offer.id)
                            tabindex="-1"
                        >
                            <strong>{offer.name.get(lang).to_owned()}</strong>
                            " · "
                            {s.snapshot.provider_of(offer).name.clone()}
                            " — "
                            {words.unranked_reason(u.reason)}
                        </li>
                    }
                })
                .collect_view();
            Some(items)
        })
    };
    view! {
        <Show when=move || { total.get() > 0 }>
            <section class="unranked">
                <h2>{move || state.lang.get().label(Label::NoResultsYet)}</h2>
                <ul>{items}</ul>
                <ShowMore total=total limit=limit focus_id=focus_id />
            </section>
        </Show>
    }
}

/// The ranking for the current query, or a prompt for what is missing.
#[component]
pub fn RankedList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let members = Memo::new(move |_| members_by_tier(state));
    let tiers = Memo::new(move |_| {
        members.with(|m| TIERS.into_iter().zip(m).filter(|(_, m)| !m.is_empty()).map(|(t, _)| t).collect::<Vec<_>>())
    });
    let prompt = move || {
        let lang = state.lang.get();
        let nothing = state.shown.with(Option::is_none) && state.snapshot().is_some();
        nothing.then(|| view! { <p class="prompt">{lang.label(Label::ChooseGroupAndAge)}</p> })
    };
    // While the age is being typed, say which query the list still answers (inside the summary,
    // whose live region stays in the page, so the note is announced when it appears).
    let still = move || {
        let lang = state.lang.get();
        if state.current.get() {
            return None;
        }
        state.shown.with(|s| {
            let s = s.as_ref()?;
            let group = s.snapshot.target_group(s.ranking.target_group).name.get(lang).to_owned();
            Some(view! {
                " "
                <strong class="still-answering" data-testid="still-answering">
                    {lang.words().still_answering(&group, s.ranking.age.get())}
                </strong>
            })
        })
    };
    let announced = RwSignal::new(None::<String>);
    provide_context(Announcer(announced));
    let funnel_open = RwSignal::new(false);
    let filters_open = RwSignal::new(false);
    // A new answer replaces what the last "Vis flere" said.
    // (Not on the effect's first run, which may come after a first press.)
    Effect::new(move |first_done: Option<()>| {
        state.shown.track();
        if first_done.is_some() {
            announced.set(None);
        }
    });
    // The live region stays in the page while its text changes, so screen readers announce it.
    let summary_text = move || {
        let words = state.lang.get().words();
        state.shown.with(|s| s.as_ref().map(|s| words.summary(s.ranking.ranked.len(), s.ranking.unranked.len())))
    };
    let answers = move |f: fn(&Shown) -> String| move || state.shown.with(|s| s.as_ref().map(f));
    view! {
        <div class="list-head">
            <div class="list-lead">
                <p
                    class="summary"
                    id="ranking-summary"
                    aria-live="polite"
                    tabindex="-1"
                    data-answers-age=answers(|s| s.ranking.age.get().to_string())
                    data-answers-group=answers(|s| s.snapshot.target_group(s.ranking.target_group).id.to_string())
                >
                    {summary_text}
                    {still}
                </p>
                <FilterButton open=filters_open />
                <FunnelButton open=funnel_open />
            </div>
            // Column headings for the rows' figures on wide screens; each row's cells also name their
            // criterion (for screen readers, and on narrow screens where the headings are hidden).
            <Show when=move || !tiers.with(Vec::is_empty)>
                <div class="row-figures column-heads" aria-hidden="true">
                    {Criterion::ALL.map(|c| view! { <span>{move || state.lang.get().words().criterion(c)}</span> })}
                </div>
            </Show>
        </div>
        <p class="visually-hidden" aria-live="polite" data-testid="list-announcer">
            {move || announced.get()}
        </p>
        {prompt}
        <FilterPanel open=filters_open />
        <FilterStatus />
        <FunnelSection open=funnel_open />
        <For each=move || tiers.get() key=|t| *t let:tier>
            <TierGroup tier=tier all=members />
        </For>
        <Unranked />
    }
}
