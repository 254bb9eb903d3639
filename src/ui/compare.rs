//! Up to three offers side by side, criterion by criterion.

use super::details::measure_text;
use super::offer_card::{SupervisionLine, TierBadge};
use super::state::AppState;
use crate::domain::explain::{basis_sentence, criterion_name, estimate_short, interval};
use crate::domain::numfmt::count;
use crate::domain::rank::{Criterion, Estimate};
use crate::domain::Lang;
use leptos::prelude::*;

/// The comparison table for the picked offers that are in the current ranking.
#[component]
pub fn Compare() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        let picked = state.compare.get();
        let (Some(snapshot), Some(ranking)) = (state.snapshot(), state.ranking.get()) else { return None };
        let columns: Vec<_> = picked
            .iter()
            .filter_map(|id| ranking.ranked.iter().position(|r| snapshot.offers()[r.offer].id.as_str() == id).map(|i| (i, &ranking.ranked[i])))
            .collect();
        if columns.is_empty() {
            return None;
        }
        let head = columns
            .iter()
            .map(|(i, r)| {
                let offer = &snapshot.offers()[r.offer];
                let id = offer.id.to_string();
                view! {
                    <th scope="col">
                        {format!("{}. ", i + 1)}{offer.name.get(lang).to_owned()}
                        <span class="provider">{snapshot.providers()[offer.provider].name.clone()}</span>
                        <button type="button" class="remove" on:click=move |_| state.toggle_compare(&id)>
                            {lang.pick("Fjern", "Remove")}
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
                    view! { <td><strong>{estimate_short(&f.estimate, lang)}</strong>" "<span class="detail">{detail}</span><br/><TierBadge tier=f.tier lang=lang/></td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{criterion_name(c, lang)}</th>{cells}</tr> }
        });
        let effect = columns
            .iter()
            .map(|(_, r)| view! { <td>{measure_text(snapshot.offers()[r.offer].results[r.result].off_benefit_3m.as_ref(), lang)}</td> })
            .collect_view();
        let basis = columns.iter().map(|(_, r)| view! { <td>{basis_sentence(&snapshot, &r.basis, lang)}</td> }).collect_view();
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
                <h2 id="compare-heading">{lang.pick("Sammenligning", "Comparison")}</h2>
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

/// "Compare (2 of 3)" — how many are picked.
pub fn compare_count_label(picked: usize, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{picked} af 3 valgt til sammenligning"),
        Lang::En => format!("{picked} of 3 picked for comparison"),
    }
}
