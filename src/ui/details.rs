//! Everything the snapshot holds about an offer, below its card. The figures come from the ranking
//! (`Ranked::extras`) or from `Estimate::of`, so the rules are applied in one place.

use crate::domain::rank::{Estimate, Ranked};
use crate::domain::text::explain::{age_adjusted_text, band_label, complaints_text, estimate_with_n};
use crate::domain::text::{amount, count, decimal, percent, Label};
use crate::domain::{Lang, Snapshot};
use leptos::prelude::*;
use std::sync::Arc;

/// The details of a ranked offer.
#[component]
pub fn OfferDetails(
    /// The snapshot the ranking came from.
    snapshot: Arc<Snapshot>,
    /// The ranked offer.
    ranked: Ranked,
    /// Interface language.
    lang: Lang,
) -> impl IntoView {
    let words = lang.words();
    let offer = snapshot.offer(ranked.offer);
    let used = offer.result(ranked.result);
    let extras = &ranked.extras;
    let row = |label: Label, value: String| {
        view! {
            <div>
                <dt>{lang.label(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let mut facts = vec![
        row(Label::OffBenefit1m, estimate_with_n(extras.off_benefit_1m.as_ref(), lang)),
        row(Label::OffBenefit3m, estimate_with_n(extras.off_benefit_3m.as_ref(), lang)),
        row(Label::CloserToJob, estimate_with_n(extras.closer_to_job.as_ref(), lang)),
        row(Label::ComplaintsInPeriod, complaints_text(&extras.complaints, lang)),
        row(Label::Participants, count(u64::from(used.participants), lang)),
    ];
    if let Some(young) = used.share_under_30 {
        facts.push(row(Label::ShareUnder30, percent(young.get(), lang)));
    }
    if let Some(weeks) = used.median_unemployment_weeks {
        facts.push(row(Label::MedianUnemployment, words.weeks(&decimal(weeks, 0, lang))));
    }
    if let Some(weeks) = offer.weeks {
        facts.push(row(Label::TypicalLength, words.weeks(&amount(weeks, lang))));
    }
    if let Some(hours) = offer.hours_per_week {
        facts.push(row(Label::HoursPerWeek, amount(hours, lang)));
    }
    if let Some(limit) = offer.age {
        facts.push(row(Label::Age, words.age_limit(limit.min, limit.max)));
    }
    let adjusted = ranked.age_adjusted.map(|a| view! { <p class="age-adjusted">{age_adjusted_text(&a, lang)}</p> });
    let description = offer.description.as_ref().map(|d| {
        view! {
            <p class="description" lang=d.lang_of(lang).code()>
                {d.get(lang).to_owned()}
            </p>
        }
    });
    let figure = |m| estimate_with_n(Some(&Estimate::of(m)), lang);
    let all_results = offer
        .results
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{snapshot.period(r.period).label.get(lang).to_owned()}</td>
                    <td>{snapshot.target_group(r.target_group).name.get(lang).to_owned()}</td>
                    <td>{band_label(&snapshot, r.age_band, lang)}</td>
                    <td>{count(u64::from(r.participants), lang)}</td>
                    <td>{figure(&r.job_or_education)}</td>
                    <td>{figure(&r.placements)}</td>
                    <td>{figure(&r.satisfaction)}</td>
                </tr>
            }
        })
        .collect_view();
    let head = [
        Label::Period,
        Label::TargetGroup,
        Label::Age,
        Label::Participants,
        Label::JobOrEducationShort,
        Label::CompanyPlacement,
        Label::Satisfaction,
    ]
    .map(|l| view! { <th scope="col">{lang.label(l)}</th> });
    view! {
        <section class="details" aria-label=lang.label(Label::Details)>
            {description}
            <dl class="facts">{facts}</dl>
            {adjusted}
            <details>
                <summary>{lang.label(Label::AllFigures)}</summary>
                <div class="table-scroll">
                    <table>
                        <thead>
                            <tr>{head}</tr>
                        </thead>
                        <tbody>{all_results}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
