//! One ranked offer: who runs it, the three criteria with their uncertainty, warnings, and why it is here.

use super::details::OfferDetails;
use super::plot::Plot;
use super::ranked_list::Positions;
use super::state::{AppState, MAX_COMPARE};
use crate::domain::rank::{Criterion, Figure, Ranked, Tier};
use crate::domain::snapshot::{Id, OfferIx, Smiley, Supervision};
use crate::domain::text::explain::{
    basis_sentence, city_figure, estimate_short, flag_sentence, share_basis, why_sentence,
};
use crate::domain::text::{date_long, Label};
use crate::domain::{Lang, Snapshot};
use leptos::prelude::*;
use std::sync::Arc;

/// A tier as an icon with its words beside it (never colour or icon alone).
#[component]
pub fn TierBadge(
    /// The tier to show.
    tier: Tier,
    /// Interface language.
    lang: Lang,
) -> impl IntoView {
    let (icon, class) = match tier {
        Tier::Above => ("▲", "tier above"),
        Tier::InLine => ("●", "tier in-line"),
        Tier::Below => ("▼", "tier below"),
        Tier::Unknown => ("?", "tier unknown"),
    };
    view! {
        <span class=class>
            <span aria-hidden="true">{icon}" "</span>
            {lang.words().tier(tier)}
        </span>
    }
}

/// The caution note for satisfaction from few answers.
#[component]
pub fn Caution(
    /// Whether the figure needs it.
    caution: bool,
    /// Interface language.
    lang: Lang,
) -> impl IntoView {
    caution.then(|| view! { <span class="caution">{lang.words().caution()}</span> })
}

/// A drawn face beside the smiley's name and the supervision's date and note.
#[component]
pub fn SupervisionLine(
    /// The latest supervision.
    supervision: Supervision,
    /// Interface language.
    lang: Lang,
) -> impl IntoView {
    let mouth = match supervision.smiley {
        Smiley::Happy => "M7 14 Q12 19 17 14",
        Smiley::Neutral => "M7 15 L17 15",
        Smiley::Sad => "M7 17 Q12 12 17 17",
    };
    let class = format!("smiley {}", supervision.smiley.code());
    let note = supervision.note.as_ref().map(|n| format!(": {}", n.get(lang)));
    view! {
        <p class="supervision">
            <svg class=class viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                <circle cx="12" cy="12" r="10" />
                <circle cx="8.5" cy="9.5" r="1.3" class="eye" />
                <circle cx="15.5" cy="9.5" r="1.3" class="eye" />
                <path d=mouth />
            </svg>
            <span>
                {lang.label(Label::Supervision)}" "{date_long(supervision.date, lang)}": "
                <strong>{lang.words().smiley(supervision.smiley)}</strong>{note}
            </span>
        </p>
    }
}

/// One criterion: share, interval, n, tier, plot and caution.
#[component]
pub fn FigureRow(
    /// Which criterion.
    criterion: Criterion,
    /// Its figure.
    figure: Figure,
    /// Interface language.
    lang: Lang,
) -> impl IntoView {
    view! {
        <div class="figure" data-criterion=criterion.code()>
            <dt>{lang.words().criterion(criterion)}</dt>
            <dd>
                <span class="share">{estimate_short(&figure.estimate, lang)}</span>
                " "
                <span class="detail">{share_basis(criterion, &figure.estimate, lang)}</span>
                " "
                <TierBadge tier=figure.tier lang=lang />
                // Where the comparison figure comes from: published, or the suitable offers' average (rule 5).
                " "
                <span class="city-figure">{city_figure(&figure, lang)}</span>
                <Plot figure=figure lang=lang />
                <Caution caution=figure.caution lang=lang />
            </dd>
        </div>
    }
}

/// What one card shows: its ranked figures, rank, and the name above it for the "why".
#[derive(Clone, Debug)]
struct CardData {
    snapshot: Arc<Snapshot>,
    ranked: Ranked,
    position: usize,
    above: Option<OfferIx>,
}

impl PartialEq for CardData {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.snapshot, &other.snapshot)
            && self.ranked == other.ranked
            && self.position == other.position
            && self.above == other.above
    }
}

/// A ranked offer's card, keyed by the offer's id: it stays in the page while the ranking changes,
/// and re-renders its contents only when its own figures, rank or neighbour change, or the language.
#[component]
pub fn OfferCard(
    /// The offer.
    id: Id,
    /// Ranked positions by offer id.
    positions: Positions,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let card_id = id.clone();
    let card = Memo::new(move |_| {
        let position = positions.with(|p| p.get(&card_id).copied())?;
        state.shown.with(|s| {
            let s = s.as_ref()?;
            Some(CardData {
                snapshot: s.snapshot.clone(),
                ranked: s.ranking.ranked.get(position)?.clone(),
                position: position + 1,
                above: position.checked_sub(1).and_then(|j| s.ranking.ranked.get(j)).map(|r| r.offer),
            })
        })
    });
    let contents = move || {
        let lang = state.lang.get();
        card.get().map(|c| card_contents(c, lang, state))
    };
    view! {
        <li class="offer-card" data-testid="ranked-offer" data-offer-id=id.to_string()>
            {contents}
        </li>
    }
}

fn card_contents(c: CardData, lang: Lang, state: AppState) -> impl IntoView {
    let words = lang.words();
    let CardData { snapshot, ranked, position, above } = c;
    let offer = snapshot.offer(ranked.offer);
    let provider = snapshot.provider_of(offer);
    let id = offer.id.clone();
    let name = offer.name.get(lang).to_owned();
    let heading_id = format!("offer-{id}");
    let above = above.map(|ix| snapshot.offer(ix).name.get(lang).to_owned());
    let why = ranked.why.zip(above).map(|(why, above)| {
        view! {
            <p class="why">
                <span class="label">{lang.label(Label::WhyHere)}</span>
                {why_sentence(&why, &above, &name, lang)}
            </p>
        }
    });
    let flags = (!ranked.flags.is_empty()).then(|| {
        let items = ranked
            .flags
            .iter()
            .map(|f| {
                view! {
                    <li>
                        <span aria-hidden="true">"⚠ "</span>
                        {flag_sentence(f, lang)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <ul class="flags" aria-label=lang.label(Label::Warnings)>
                {items}
            </ul>
        }
    });
    let supervision = offer.supervision.clone().map(|s| view! { <SupervisionLine supervision=s lang=lang /> });
    let figures = Criterion::ALL.map(|c| view! { <FigureRow criterion=c figure=*ranked.figure(c) lang=lang /> });
    let open = {
        let id = id.clone();
        Memo::new(move |_| state.open_details.with(|o| o.contains(&id)))
    };
    let toggle_open = {
        let id = id.clone();
        move |_| {
            state.open_details.update(|o| {
                if !o.remove(&id) {
                    o.insert(id.clone());
                }
            })
        }
    };
    let in_compare = {
        let id = id.clone();
        move || state.compare.with(|list| list.contains(&id))
    };
    let compare_full = {
        let id = id.clone();
        move || state.compare.with(|list| list.len() >= MAX_COMPARE && !list.contains(&id))
    };
    let toggle_id = id.clone();
    let (details_snapshot, details_ranked) = (snapshot.clone(), ranked.clone());
    let (labelled_by, details_for, compare_for) = (heading_id.clone(), heading_id.clone(), heading_id.clone());
    view! {
        <article aria-labelledby=labelled_by>
            <header>
                <span class="rank" aria-label=lang.label(Label::Number)>
                    {position}
                    "."
                </span>
                <h3 id=heading_id tabindex="-1" lang=offer.name.lang_of(lang).code()>
                    {name.clone()}
                </h3>
                <p class="provider">
                    {provider.name.clone()} " · " {words.provider_kind(provider.kind)} " · "
                    {words.category(offer.category)}
                </p>
            </header>
            <p class="basis">{basis_sentence(&snapshot, &ranked.basis, lang)}</p>
            <dl class="figures">{figures}</dl>
            {supervision}
            {flags}
            {why}
            // The buttons repeat on every card; the offer's name tells a screen-reader user which one.
            <div class="actions">
                <button
                    type="button"
                    aria-describedby=details_for
                    aria-expanded=move || open.get().to_string()
                    on:click=toggle_open
                >
                    {move || lang.label(if open.get() { Label::HideDetails } else { Label::ShowDetails })}
                </button>
                <label class="compare-pick">
                    <input
                        type="checkbox"
                        aria-describedby=compare_for
                        prop:checked=in_compare
                        disabled=compare_full
                        on:change=move |_| state.toggle_compare(&toggle_id)
                    />
                    {lang.label(Label::Compare)}
                </label>
            </div>
            {move || {
                open.get()
                    .then(|| {
                        view! {
                            <OfferDetails snapshot=details_snapshot.clone() ranked=details_ranked.clone() lang=lang />
                        }
                    })
            }}
        </article>
    }
}
