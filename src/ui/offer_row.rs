//! One ranked offer as a row of the overview: rank, offer and provider, and for each criterion the
//! share, a small interval bar against the city line, n and the tier in words. The row is built once
//! per offer id and stays while the offer stays in its tier: a new ranking updates its rank and name
//! in place, and sets the lines under the name and its figure cells again (each one piece of escaped
//! markup, `notes_markup` and `figures_markup`) only when their text changed, so that creating forty rows for a
//! national snapshot stays cheap. It opens the full card in place.

use super::offer_card::{card_body, tier_look};
use super::state::{AppState, MAX_COMPARE};
use crate::domain::rank::{Criterion, Estimate, Figure, Ranked};
use crate::domain::snapshot::{Id, OfferIx};
use crate::domain::text::explain::{estimate_short, plot_label};
use crate::domain::text::more::age_mix_text;
use crate::domain::text::{coord, count, Label};
use crate::domain::{Lang, Snapshot};
use crate::markup::Markup;
use leptos::prelude::*;
use std::sync::Arc;

/// What one row shows: its ranked figures, rank, and the offer above it (for the card's "why").
#[derive(Clone, Debug)]
struct RowData {
    snapshot: Arc<Snapshot>,
    ranked: Ranked,
    position: usize,
    above: Option<OfferIx>,
}

impl PartialEq for RowData {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.snapshot, &other.snapshot)
            && self.ranked == other.ranked
            && self.position == other.position
            && self.above == other.above
    }
}

/// The bar's width in SVG units: 0–100 % of a share.
const BAR: f64 = 96.0;

fn bar_x(share: f64) -> String {
    coord(share.clamp(0.0, 1.0) * BAR)
}

/// One criterion in a row as markup: the share, the tier in words (beside its icon), a caution for
/// few answers, the interval bar against the city line and n. Built as one piece of escaped HTML
/// (see `markup`): a row's three cells are most of its elements, and an age change creates dozens of rows.
fn figure_markup(m: &mut Markup, figure: &Figure, lang: Lang) {
    let (icon, class) = tier_look(figure.tier);
    let words = lang.words();
    m.element("span", &[("class", "share")], &estimate_short(&figure.estimate, lang)).text(" ");
    m.open("span", &[("class", class)])
        .element("span", &[("aria-hidden", "true")], &format!("{icon} "))
        .text(words.tier_short(figure.tier))
        .close("span");
    if figure.caution {
        m.element("span", &[("class", "caution")], &format!(" {}", lang.label(Label::FewAnswers)));
    }
    m.open("span", &[("class", "bar-line")]);
    if let Estimate::Share { share, low, high, n } = figure.estimate {
        let label = plot_label(figure, lang).unwrap_or_default();
        m.open(
            "svg",
            &[
                ("class", "bar"),
                ("viewBox", "-4 0 104 16"),
                ("width", "104"),
                ("height", "16"),
                ("role", "img"),
                ("aria-label", &label),
            ],
        );
        m.empty("line", &[("class", "axis"), ("x1", "0"), ("x2", "96"), ("y1", "8"), ("y2", "8")]);
        if let Some(city) = figure.city {
            let x = bar_x(city.share);
            m.empty("line", &[("class", "city"), ("x1", &x), ("x2", &x), ("y1", "1"), ("y2", "15")]);
        }
        m.empty("line", &[("class", "whisker"), ("x1", &bar_x(low)), ("x2", &bar_x(high)), ("y1", "8"), ("y2", "8")]);
        m.empty("circle", &[("class", "dot"), ("cx", &bar_x(share)), ("cy", "8"), ("r", "3.5")]);
        m.close("svg");
        m.element("span", &[("class", "n")], &words.n_short(&count(u64::from(n), lang)));
    } else {
        m.element("span", &[("class", "n")], "");
    }
    m.close("span");
}

/// The row's criteria as markup: for each, a cell with its name (a heading for screen readers and
/// narrow screens) and its figure.
fn figures_markup(figures: &[Figure], lang: Lang) -> String {
    let words = lang.words();
    let mut m = Markup::new();
    for (criterion, figure) in Criterion::ALL.into_iter().zip(figures) {
        m.open("div", &[("class", "cell"), ("data-criterion", criterion.code())]);
        m.element("dt", &[], words.criterion(criterion));
        m.open("dd", &[]);
        figure_markup(&mut m, figure, lang);
        m.close("dd").close("div");
    }
    m.finish()
}

/// What the row says under the offer's name, as markup: its provider, how many warnings it has, and
/// the participants' ages when they differ clearly from the citizen's (rule-free context beside the
/// figures).
fn notes_markup(r: &RowData, lang: Lang) -> String {
    let offer = r.snapshot.offer(r.ranked.offer);
    let provider = r.snapshot.provider_of(offer);
    let words = lang.words();
    let mut m = Markup::new();
    let provider_line = format!("{} · {}", provider.name, words.provider_kind(provider.kind));
    m.element("p", &[("class", "provider")], &provider_line);
    let warnings = r.ranked.flags.len();
    if warnings > 0 {
        m.open("p", &[("class", "row-warnings")]).element("span", &[("aria-hidden", "true")], "⚠ ");
        m.text(&words.warnings_count(warnings)).close("p");
    }
    if let Some(mix) = r.ranked.age_mix {
        m.element("p", &[("class", "row-note")], &age_mix_text(mix, lang));
    }
    m.finish()
}

/// A ranked offer's row, keyed by the offer's id: it stays in the page while the ranking changes.
#[component]
pub fn OfferRow(
    /// The offer.
    id: Id,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let row_id = id.clone();
    let row = Memo::new(move |_| {
        state.shown.with(|s| {
            let s = s.as_ref()?;
            let position = s.ranking.position_of(s.snapshot.offer_by_id(&row_id)?)?;
            Some(RowData {
                snapshot: s.snapshot.clone(),
                ranked: s.ranking.ranked.get(position)?.clone(),
                position: position + 1,
                above: position.checked_sub(1).and_then(|j| s.ranking.ranked.get(j)).map(|r| r.offer),
            })
        })
    });
    // One piece of markup for the three cells, set again only when a figure (or the language) changes.
    let figures = Memo::new(move |_| row.with(|r| r.as_ref().map(|r| Criterion::ALL.map(|c| *r.ranked.figure(c)))));
    let figures = move || figures.get().map_or_else(String::new, |f| figures_markup(&f, lang.get()));
    let position = move || row.with(|r| r.as_ref().map(|r| r.position));
    let offer_text = move |f: fn(&RowData, Lang) -> String| move || row.with(|r| r.as_ref().map(|r| f(r, lang.get())));
    let name = offer_text(|r, lang| r.snapshot.offer(r.ranked.offer).name.get(lang).to_owned());
    let name_lang = offer_text(|r, lang| r.snapshot.offer(r.ranked.offer).name.lang_of(lang).code().to_owned());
    // The lines under the name as one piece of markup, set again only when their text changes.
    let notes = Memo::new(move |_| row.with(|r| r.as_ref().map(|r| notes_markup(r, lang.get())).unwrap_or_default()));
    let heading_id = format!("offer-{id}");
    let body_id = format!("card-{id}");
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
    let body = move || open.get().then(|| row.get().map(|r| card_body(r.snapshot, r.ranked, r.above, lang.get())));
    let (labelled_by, details_for, compare_for) = (heading_id.clone(), heading_id.clone(), heading_id.clone());
    view! {
        <li class="offer-card offer-row" class:open=open data-testid="ranked-offer" data-offer-id=id.to_string()>
            <article aria-labelledby=labelled_by>
                <div class="row">
                    <span class="rank" aria-label=move || lang.get().label(Label::Number)>
                        {position}
                        "."
                    </span>
                    <div class="who">
                        <h3 id=heading_id tabindex="-1" lang=name_lang>
                            {name}
                        </h3>
                        <div inner_html=notes></div>
                    </div>
                    <dl class="row-figures" inner_html=figures></dl>
                    // The buttons repeat on every row; the offer's name tells a screen-reader user which one.
                    <div class="actions">
                        <button
                            type="button"
                            aria-describedby=details_for
                            aria-expanded=move || open.get().to_string()
                            aria-controls=body_id.clone()
                            on:click=toggle_open
                        >
                            {move || lang.get().label(if open.get() { Label::HideDetails } else { Label::ShowDetails })}
                        </button>
                        <label class="compare-pick">
                            <input
                                type="checkbox"
                                aria-describedby=compare_for
                                prop:checked=in_compare
                                disabled=compare_full
                                on:change=move |_| state.toggle_compare(&toggle_id)
                            />
                            {move || lang.get().label(Label::Compare)}
                        </label>
                    </div>
                </div>
                <div id=body_id>{body}</div>
            </article>
        </li>
    }
}
