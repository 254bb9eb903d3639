//! Up to three offers side by side, criterion by criterion.

use super::offer_card::{Caution, SupervisionLine, TierBadge};
use super::state::AppState;
use crate::data::page;
use crate::domain::rank::{Criterion, Estimate};
use crate::domain::text::explain::{basis_sentence, estimate_short, estimate_with_n};
use crate::domain::text::num::interval;
use crate::domain::text::{count, Label};
use leptos::prelude::*;

/// The comparison table for the picked offers that are in the current ranking.
#[component]
pub fn Compare() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        let words = lang.words();
        let picked = state.compare.get();
        let (snapshot, ranking) = state.shown()?;
        // Columns in rank order, whatever order they were picked in.
        let columns: Vec<_> =
            ranking.ranked.iter().enumerate().filter(|(_, r)| picked.contains(&snapshot.offer(r.offer).id)).collect();
        if columns.is_empty() {
            return None;
        }
        let last = columns.len() == 1;
        let head = columns
            .iter()
            .map(|(i, r)| {
                let offer = snapshot.offer(r.offer);
                let id = offer.id.clone();
                view! {
                    <th scope="col">
                        {format!("{}. ", i + 1)}{offer.name.get(lang).to_owned()}
                        <span class="provider">{snapshot.provider_of(offer).name.clone()}</span>
                        <button
                            type="button"
                            class="remove"
                            on:click=move |_| {
                                state.toggle_compare(&id);
                                let target = if last { "ranking-summary" } else { "compare-heading" };
                                page::focus_after_update(target.to_owned());
                            }
                        >
                            {lang.label(Label::Remove)}
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
                        Estimate::Share { n, low, high, .. } => {
                            format!("{} · n = {}", interval(low, high, lang), count(u64::from(n), lang))
                        }
                        _ => String::new(),
                    };
                    view! {
                        <td>
                            <strong>{estimate_short(&f.estimate, lang)}</strong>
                            " "
                            <span class="detail">{detail}</span>
                            <br />
                            <TierBadge tier=f.tier lang=lang />
                            <Caution caution=f.caution lang=lang />
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{words.criterion(c)}</th>
                    {cells}
                </tr>
            }
        });
        let effect = columns
            .iter()
            .map(|(_, r)| view! { <td>{estimate_with_n(r.extras.off_benefit_3m.as_ref(), lang)}</td> })
            .collect_view();
        let basis =
            columns.iter().map(|(_, r)| view! { <td>{basis_sentence(&snapshot, &r.basis, lang)}</td> }).collect_view();
        let supervision = columns
            .iter()
            .map(|(_, r)| match snapshot.offer(r.offer).supervision.clone() {
                Some(s) => view! {
                    <td>
                        <SupervisionLine supervision=s lang=lang />
                    </td>
                }
                .into_any(),
                None => view! { <td class="detail">{lang.label(Label::NoSupervision)}</td> }.into_any(),
            })
            .collect_view();
        Some(view! {
            <section class="compare" data-testid="compare" aria-labelledby="compare-heading">
                <h2 id="compare-heading" tabindex="-1">
                    {lang.label(Label::Comparison)}
                </h2>
                <div class="table-scroll">
                    <table>
                        <thead>
                            <tr>
                                <td></td>
                                {head}
                            </tr>
                        </thead>
                        <tbody>
                            {criteria} <tr>
                                <th scope="row">{lang.label(Label::OffSupport3mShort)}</th>
                                {effect}
                            </tr> <tr>
                                <th scope="row">{lang.label(Label::BasedOn)}</th>
                                {basis}
                            </tr> <tr>
                                <th scope="row">{lang.label(Label::Supervision)}</th>
                                {supervision}
                            </tr>
                        </tbody>
                    </table>
                </div>
            </section>
        })
    }
}
