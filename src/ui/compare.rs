//! Up to three offers side by side, criterion by criterion.

use super::details::measure_text;
use super::offer_card::{SupervisionLine, TierBadge};
use super::state::{AppState, MAX_COMPARE};
use crate::domain::explain::{basis_sentence, criterion_name, estimate_short, interval};
use crate::domain::numfmt::count;
use crate::domain::rank::{Criterion, Estimate};
use crate::domain::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The comparison table for the picked offers that are in the current ranking.
#[component]
pub fn Compare() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        let picked = state.compare.get();
        let (Some(snapshot), Some(ranking)) = (state.snapshot(), state.ranking.get()) else {
            return None;
        };
        // Columns in rank order, whatever order they were picked in.
        let columns: Vec<_> = ranking
            .ranked
            .iter()
            .enumerate()
            .filter(|(_, r)| picked.iter().any(|id| id == snapshot.offers()[r.offer].id.as_str()))
            .collect();
        if columns.is_empty() {
            return None;
        }
        let last = columns.len() == 1;
        let head = columns
            .iter()
            .map(|(i, r)| {
                let offer = &snapshot.offers()[r.offer];
                let id = offer.id.to_string();
                view! {
                    <th scope="col">
                        {format!("{}. ", i + 1)}{offer.name.get(lang).to_owned()}
                        <span class="provider">{snapshot.providers()[offer.provider].name.clone()}</span>
                        <button type="button" class="remove" on:click=move |_| {
                            state.toggle_compare(&id);
                            // The button goes with its column (the page is redrawn after this handler);
                            // keep the keyboard user's place: the table's heading, or the list's summary
                            // when the table goes too.
                            focus_after_remove(last);
                        }>
                            {lang.pick("Fjern", "Remove")}
                            <span class="visually-hidden">{format!(" {}", offer.name.get(lang))}</span>
                        </button>
                    </th>
                }
            })
            .collect_view();
        let criteria = Criterion::ALL.map(|c| {
            let cells = columns
                .iter()
                .map(|(_, r)| {
                    let f = *r.figure(c);
                    let detail = match f.estimate {
                        Estimate::Share { n, low, high, .. } => format!("{} · n = {}", interval(low, high, lang), count(u64::from(n), lang)),
                        _ => String::new(),
                    };
                    let caution = f.caution.then(|| view! { <span class="caution">{lang.pick("brug med forsigtighed (under 100 svar)", "use with caution (under 100 answers)")}</span> });
                    view! { <td><strong>{estimate_short(&f.estimate, lang)}</strong>" "<span class="detail">{detail}</span><br/><TierBadge tier=f.tier lang=lang/>{caution}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{criterion_name(c, lang)}</th>{cells}</tr> }
        });
        let effect = columns
            .iter()
            .map(|(_, r)| view! { <td>{measure_text(snapshot.offers()[r.offer].results[r.result].off_benefit_3m.as_ref(), lang)}</td> })
            .collect_view();
        let basis =
            columns.iter().map(|(_, r)| view! { <td>{basis_sentence(&snapshot, &r.basis, lang)}</td> }).collect_view();
        let supervision = columns
            .iter()
            .map(|(_, r)| {
                let s = snapshot.offers()[r.offer].supervision.clone();
                match s {
                    Some(s) => view! { <td><SupervisionLine supervision=s lang=lang/></td> }.into_any(),
                    None => view! { <td class="detail">{lang.pick("Ingen tilsynsrapport i tallene", "No supervision report in the figures")}</td> }.into_any(),
                }
            })
            .collect_view();
        Some(view! {
            <section class="compare" data-testid="compare" aria-labelledby="compare-heading">
                <h2 id="compare-heading" tabindex="-1">{lang.pick("Sammenligning", "Comparison")}</h2>
                <div class="table-scroll">
                    <table>
                        <thead><tr><td></td>{head}</tr></thead>
                        <tbody>
                            {criteria}
                            <tr><th scope="row">{lang.pick("Ude af forsørgelse efter 3 mdr.", "Off support after 3 months")}</th>{effect}</tr>
                            <tr><th scope="row">{lang.pick("Grundlag", "Based on")}</th>{basis}</tr>
                            <tr><th scope="row">{lang.pick("Tilsyn", "Supervision")}</th>{supervision}</tr>
                        </tbody>
                    </table>
                </div>
            </section>
        })
    }
}

/// Moves focus to the comparison's heading, or to the list's summary when the table goes.
fn focus_after_remove(table_goes: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target = if table_goes {
        document.get_element_by_id("ranking-summary")
    } else {
        document.get_element_by_id("compare-heading")
    };
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// "2 af 3 valgt til sammenligning" — how many are picked.
pub fn compare_count_label(picked: usize, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{picked} af {MAX_COMPARE} valgt til sammenligning"),
        Lang::En => format!("{picked} of {MAX_COMPARE} picked for comparison"),
    }
}
