//! Everything the snapshot holds about an offer, below its card.

use crate::domain::explain::{band_label, missing_reason};
use crate::domain::numfmt::{amount, count, decimal, percent};
use crate::domain::rank::{Ranked, MIN_N};
use crate::domain::snapshot::{Measure, OfferResult};
use crate::domain::stats::wilson;
use crate::domain::{Lang, Snapshot};
use leptos::prelude::*;
use std::sync::Arc;

/// A measure in words: `20 % (n = 1.150)`, `for få (12)` or the reason it is missing.
pub fn measure_text(measure: Option<&Measure>, lang: Lang) -> String {
    match measure {
        None => lang.pick("ikke oplyst", "not given").to_owned(),
        Some(Measure::Missing(reason)) => missing_reason(*reason, lang).to_owned(),
        Some(Measure::Share { n, .. }) if *n < MIN_N => {
            format!("{} ({n})", lang.pick("for få", "too few"))
        }
        Some(Measure::Share { share, n }) => {
            format!("{} (n = {})", percent(share.get(), lang), count(u64::from(*n), lang))
        }
    }
}

fn complaints_text(r: &OfferResult, lang: Lang) -> String {
    match (r.complaints, r.participants) {
        (None, _) => lang.pick("ikke oplyst", "not given").to_owned(),
        (Some(c), 0) => format!("{c}"),
        (Some(c), p) => {
            let (low, high) = wilson(f64::from(c.min(p)) / f64::from(p), p);
            let per100 = |x: f64| decimal(x * 100.0, 1, lang);
            let rate = per100(f64::from(c.min(p)) / f64::from(p));
            match lang {
                Lang::Da => format!("{c} ({rate} pr. 100 deltagere, 95 %-interval {}–{})", per100(low), per100(high)),
                Lang::En => format!("{c} ({rate} per 100 participants, 95% interval {}–{})", per100(low), per100(high)),
            }
        }
    }
}

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
    let offer = &snapshot.offers()[ranked.offer];
    let used = &offer.results[ranked.result];
    let row = |label: &'static str, value: String| view! { <div><dt>{label}</dt><dd>{value}</dd></div> };
    let mut facts = vec![
        row(
            lang.pick("Ude af offentlig forsørgelse efter 1 måned", "Off public support after 1 month"),
            measure_text(used.off_benefit_1m.as_ref(), lang),
        ),
        row(
            lang.pick("Ude af offentlig forsørgelse efter 3 måneder", "Off public support after 3 months"),
            measure_text(used.off_benefit_3m.as_ref(), lang),
        ),
        row(
            lang.pick("Svarer at tilbuddet bragte dem tættere på job", "Say the offer brought them closer to a job"),
            measure_text(used.closer_to_job.as_ref(), lang),
        ),
        row(lang.pick("Klager i perioden", "Complaints in the period"), complaints_text(used, lang)),
        row(lang.pick("Deltagere", "Participants"), count(u64::from(used.participants), lang)),
    ];
    if let Some(young) = used.share_under_30 {
        facts.push(row(lang.pick("Andel under 30 år", "Share under 30"), percent(young.get(), lang)));
    }
    if let Some(weeks) = used.median_unemployment_weeks {
        facts.push(row(
            lang.pick("Ledighed ved start (median)", "Unemployment at start (median)"),
            format!("{} {}", decimal(weeks, 0, lang), lang.pick("uger", "weeks")),
        ));
    }
    if let Some(weeks) = offer.weeks {
        facts.push(row(
            lang.pick("Typisk længde", "Typical length"),
            format!("{} {}", amount(weeks, lang), lang.pick("uger", "weeks")),
        ));
    }
    if let Some(hours) = offer.hours_per_week {
        facts.push(row(lang.pick("Timer om ugen", "Hours per week"), amount(hours, lang)));
    }
    if let Some(limit) = offer.age {
        facts.push(row(lang.pick("Alder", "Age"), format!("{}–{} {}", limit.min, limit.max, lang.pick("år", "years"))));
    }
    let adjusted = ranked.age_adjusted.map(|a| {
        let ratio = decimal(a.ratio, 2, lang);
        let whole = |x: f64| count(x.round().max(0.0) as u64, lang);
        let (obs, exp) = (whole(a.observed), whole(a.expected));
        let text = match lang {
            Lang::Da => format!(
                "Aldersjusteret: {ratio}. Med byens jobandel for hver aldersgruppe ville man forvente {exp} i job eller uddannelse ud fra tilbuddets aldersfordeling; der var {obs}. Over 1 betyder bedre end forventet for deltagere på de alderstrin, under 1 dårligere; tæt på 1 er ikke en sikker forskel. Tallet bruges ikke til rækkefølgen."
            ),
            Lang::En => format!(
                "Age-adjusted: {ratio}. With the city's job share for each age band, the offer's age mix would lead us to expect {exp} in job or education; there were {obs}. Above 1 means better than expected for people of those ages, below 1 worse; close to 1 is not a sure difference. It is not used for the order."
            ),
        };
        view! { <p class="age-adjusted">{text}</p> }
    });
    let description = offer
        .description
        .as_ref()
        .map(|d| view! { <p class="description" lang=d.lang_of(lang).code()>{d.get(lang).to_owned()}</p> });
    let all_results = offer
        .results
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{snapshot.periods()[r.period].label.get(lang).to_owned()}</td>
                    <td>{snapshot.target_groups()[r.target_group].name.get(lang).to_owned()}</td>
                    <td>{band_label(&snapshot, r.age_band, lang)}</td>
                    <td>{count(u64::from(r.participants), lang)}</td>
                    <td>{measure_text(Some(&r.job_or_education), lang)}</td>
                    <td>{measure_text(Some(&r.placements), lang)}</td>
                    <td>{measure_text(Some(&r.satisfaction), lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="details" aria-label=lang.pick("Detaljer", "Details")>
            {description}
            <dl class="facts">{facts}</dl>
            {adjusted}
            <details>
                <summary>{lang.pick("Alle tal for tilbuddet (alle perioder, målgrupper og aldre)", "All figures for the offer (every period, target group and age)")}</summary>
                <div class="table-scroll">
                    <table>
                        <thead><tr>
                            <th scope="col">{lang.pick("Periode", "Period")}</th>
                            <th scope="col">{lang.pick("Målgruppe", "Target group")}</th>
                            <th scope="col">{lang.pick("Alder", "Age")}</th>
                            <th scope="col">{lang.pick("Deltagere", "Participants")}</th>
                            <th scope="col">{lang.pick("Job/uddannelse", "Job/education")}</th>
                            <th scope="col">{lang.pick("Virksomhedsplacering", "Company placement")}</th>
                            <th scope="col">{lang.pick("Tilfredshed", "Satisfaction")}</th>
                        </tr></thead>
                        <tbody>{all_results}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
