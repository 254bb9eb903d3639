//! One ranked offer: who runs it, the three criteria with their uncertainty, warnings, and why it is here.

use super::details::OfferDetails;
use super::plot::Plot;
use super::state::{AppState, MAX_COMPARE};
use crate::domain::explain::{
    basis_sentence, category_name, criterion_name, estimate_short, flag_sentence, provider_kind_name, share_basis,
    smiley_name, tier_phrase, why_sentence,
};
use crate::domain::numfmt::{count, date_long, percent};
use crate::domain::rank::{CitySource, Criterion, Figure, Ranked, Tier};
use crate::domain::snapshot::{Smiley, Supervision};
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
    view! { <span class=class><span aria-hidden="true">{icon}" "</span>{tier_phrase(tier, lang)}</span> }
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
                <circle cx="12" cy="12" r="10"/>
                <circle cx="8.5" cy="9.5" r="1.3" class="eye"/>
                <circle cx="15.5" cy="9.5" r="1.3" class="eye"/>
                <path d=mouth/>
            </svg>
            <span>
                {lang.pick("Tilsyn ", "Supervision ")}{date_long(supervision.date, lang)}": "
                <strong>{smiley_name(supervision.smiley, lang)}</strong>{note}
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
    let detail = share_basis(criterion, &figure.estimate, lang);
    // Say where the comparison figure comes from: the administration's published city figure, or
    // the average of the suitable offers' results (rule 5), with what it is based on.
    let city = figure.city.map(|c| match c.source {
        CitySource::Published => {
            format!("{} {}", lang.pick("byen (offentliggjort):", "city (published):"), percent(c.share, lang))
        }
        CitySource::Pooled { n } => match lang {
            Lang::Da => {
                format!("byen (alle tilbud her): {}, n = {}", percent(c.share, lang), count(n, lang))
            }
            Lang::En => {
                format!("city (all offers here): {}, n = {}", percent(c.share, lang), count(n, lang))
            }
        },
    });
    let caution = figure.caution.then(|| {
        view! { <span class="caution">{lang.pick("brug med forsigtighed (under 100 svar)", "use with caution (under 100 answers)")}</span> }
    });
    view! {
        <div class="figure" data-criterion=criterion.code()>
            <dt>{criterion_name(criterion, lang)}</dt>
            <dd>
                <span class="share">{estimate_short(&figure.estimate, lang)}</span>
                " " <span class="detail">{detail}</span>
                " " <TierBadge tier=figure.tier lang=lang/>
                " " <span class="city-figure">{city}</span>
                <Plot figure=figure lang=lang/>
                {caution}
            </dd>
        </div>
    }
}

/// A ranked offer's card.
#[component]
pub fn OfferCard(
    /// The snapshot the ranking came from.
    snapshot: Arc<Snapshot>,
    /// The offer's place in the ranking.
    ranked: Ranked,
    /// Its 1-based rank.
    position: usize,
    /// The name of the offer above it, for the "why" sentence.
    above: Option<String>,
    /// Interface language.
    lang: Lang,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let offer = &snapshot.offers()[ranked.offer];
    let provider = &snapshot.providers()[offer.provider];
    let id = offer.id.to_string();
    let name = offer.name.get(lang).to_owned();
    let heading_id = format!("offer-{id}");
    let labelled_by = heading_id.clone();
    // The buttons repeat on every card; the offer's name tells a screen-reader user which one.
    let (details_for, compare_for) = (heading_id.clone(), heading_id.clone());
    let why = ranked.why.zip(above).map(|(why, above)| {
        view! { <p class="why"><span class="label">{lang.pick("Hvorfor her: ", "Why here: ")}</span>{why_sentence(&why, &above, &name, lang)}</p> }
    });
    let flags = (!ranked.flags.is_empty()).then(|| {
        let items = ranked
            .flags
            .iter()
            .map(|f| view! { <li><span aria-hidden="true">"⚠ "</span>{flag_sentence(f, lang)}</li> })
            .collect_view();
        view! { <ul class="flags" aria-label=lang.pick("Advarsler", "Warnings")>{items}</ul> }
    });
    let supervision = offer.supervision.clone().map(|s| view! { <SupervisionLine supervision=s lang=lang/> });
    let figures = Criterion::ALL.map(|c| view! { <FigureRow criterion=c figure=*ranked.figure(c) lang=lang/> });
    let open = RwSignal::new(false);
    let compare_id = id.clone();
    let in_compare = move || state.compare.with(|list| list.contains(&compare_id));
    let compare_full = {
        let id = id.clone();
        move || state.compare.with(|list| list.len() >= MAX_COMPARE && !list.contains(&id))
    };
    let toggle_id = id.clone();
    let details_snapshot = snapshot.clone();
    let details_ranked = ranked.clone();
    view! {
        <li class="offer-card" data-testid="ranked-offer" data-offer-id=id.clone()>
            <article aria-labelledby=labelled_by>
                <header>
                    <span class="rank" aria-label=lang.pick("Nummer", "Number")>{position}"."</span>
                    <h3 id=heading_id lang=offer.name.lang_of(lang).code()>{name.clone()}</h3>
                    <p class="provider">
                        {provider.name.clone()} " · " {provider_kind_name(provider.kind, lang)} " · "
                        {category_name(offer.category, lang)}
                    </p>
                </header>
                <p class="basis">{basis_sentence(&snapshot, &ranked.basis, lang)}</p>
                <dl class="figures">{figures}</dl>
                {supervision}
                {flags}
                {why}
                <div class="actions">
                    <button type="button" aria-describedby=details_for aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                        {move || if open.get() { lang.pick("Skjul detaljer", "Hide details") } else { lang.pick("Vis detaljer", "Show details") }}
                    </button>
                    <label class="compare-pick">
                        <input type="checkbox" aria-describedby=compare_for prop:checked=in_compare disabled=compare_full
                            on:change=move |_| state.toggle_compare(&toggle_id)/>
                        {lang.pick("Sammenlign", "Compare")}
                    </label>
                </div>
                <Show when=move || open.get()>
                    <OfferDetails snapshot=details_snapshot.clone() ranked=details_ranked.clone() lang=lang/>
                </Show>
            </article>
        </li>
    }
}
