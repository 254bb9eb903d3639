//! The parts of a ranked offer's full card, which its overview row opens in place: what the figures
//! rest on, the three criteria with their uncertainty, the supervision, warnings, why it is here,
//! and the details.

use super::details::OfferDetails;
use super::trend::trend_strip;
use crate::domain::rank::{Criterion, Figure, Ranked, Tier};
use crate::domain::snapshot::{OfferIx, Smiley, Supervision};
use crate::domain::text::explain::{
    basis_sentence, city_figure, estimate_short, flag_sentence, share_basis, why_sentence,
};
use crate::domain::text::more::{age_mix_text, practical_details, InfoLabel};
use crate::domain::text::{date_long, Label};
use crate::domain::{Lang, Snapshot};
use leptos::prelude::*;
use std::sync::Arc;

/// A tier's icon and CSS class (the words come from `Words::tier`).
pub fn tier_look(tier: Tier) -> (&'static str, &'static str) {
    match tier {
        Tier::Above => ("▲", "tier above"),
        Tier::InLine => ("●", "tier in-line"),
        Tier::Below => ("▼", "tier below"),
        Tier::Unknown => ("?", "tier unknown"),
    }
}

/// A tier as an icon with its words beside it (never colour or icon alone).
#[component]
pub fn TierBadge(
    /// The tier to show.
    tier: Tier,
    /// Interface language.
    lang: Lang,
) -> impl IntoView {
    let (icon, class) = tier_look(tier);
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
    /// Its change over time.
    trend: AnyView,
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
                <Caution caution=figure.caution lang=lang />
                {trend}
            </dd>
        </div>
    }
}

/// Format 1.1's practical details as `dt`/`dd` pairs, for a `dl`.
pub fn practical_items(details: Vec<(InfoLabel, String)>, lang: Lang) -> impl IntoView {
    details
        .into_iter()
        .map(|(label, value)| {
            view! {
                <div>
                    <dt>{lang.info_label(label)}</dt>
                    <dd>{value}</dd>
                </div>
            }
        })
        .collect_view()
}

/// The full card below an opened row: everything the row has no room for.
pub fn card_body(snapshot: Arc<Snapshot>, ranked: Ranked, above: Option<OfferIx>, lang: Lang) -> impl IntoView {
    let offer = snapshot.offer(ranked.offer);
    let name = offer.name.get(lang).to_owned();
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
    let figures = Criterion::ALL.map(|c| {
        let trend = trend_strip(&snapshot, offer.id.as_str(), ranked.trend(c), lang).into_any();
        view! { <FigureRow criterion=c figure=*ranked.figure(c) lang=lang trend=trend /> }
    });
    let practical = practical_details(offer, lang);
    let practical = (!practical.is_empty()).then(|| {
        let items = practical_items(practical, lang);
        view! {
            <section class="practical" data-testid="practical">
                <h4>{lang.info_label(InfoLabel::GettingStarted)}</h4>
                <dl class="facts">{items}</dl>
            </section>
        }
    });
    let age_mix = ranked.age_mix.map(|mix| view! { <p class="age-mix">{age_mix_text(mix, lang)}</p> });
    let category = lang.words().category(offer.category);
    let basis = basis_sentence(&snapshot, &ranked.basis, lang);
    view! {
        <div class="card-body">
            <p class="basis">{category} " · " {basis}</p>
            <dl class="figures">{figures}</dl>
            {age_mix}
            {practical}
            {supervision}
            {flags}
            {why}
            <OfferDetails snapshot=snapshot ranked=ranked lang=lang />
        </div>
    }
}
