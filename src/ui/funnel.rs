//! The funnel plot (rule 11) behind a "Vis som figur" toggle: each ranked offer's job share against
//! its n, the city line and the 95 % / 99.8 % limits, drawn by the app as SVG; every mark reachable
//! by keyboard and named, and a table with the same figures beside it.

use super::state::AppState;
use crate::data::page;
use crate::domain::rank::{funnel, Funnel, FunnelLimits, MIN_N};
use crate::domain::snapshot::BandRef;
use crate::domain::text::more::{funnel_mark, InfoLabel};
use crate::domain::text::num::interval;
use crate::domain::text::{coord, count, percent, Label};
use crate::domain::{Lang, Snapshot};
use leptos::prelude::*;

/// The viewBox is 0 0 640 300 (W × H).
const W: f64 = 640.0;
const H: f64 = 300.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = W - 28.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = H - 42.0;

/// The smallest of 1, 2, 2.5, 5 × 10^k that is at least `v`.
fn nice(v: f64) -> f64 {
    let mut step = 10f64.powi(v.max(1e-9).log10().floor() as i32);
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * step >= v {
            step *= m;
            return step;
        }
    }
    step * 10.0
}

/// The plot's scales: n on x from 0, share on y from 0.
struct Scale {
    n_max: f64,
    share_max: f64,
    n_low: f64,
}

impl Scale {
    fn of(plot: &Funnel) -> Scale {
        let n_max = nice(plot.points.iter().map(|p| f64::from(p.n)).fold(1.0, f64::max) * 1.05);
        // The curves start a little left of the smallest offer, so the funnel's shape shows.
        let smallest = plot.points.iter().map(|p| f64::from(p.n)).fold(n_max, f64::min);
        let n_low = (smallest / 4.0).max(f64::from(MIN_N)).min(smallest);
        let highest = plot
            .points
            .iter()
            .map(|p| p.share)
            .chain(plot.lines.iter().map(|l| FunnelLimits::at(l.p0, n_low).high998))
            .fold(0.05, f64::max);
        Scale { n_max, share_max: (nice(highest * 1.05)).min(1.0), n_low }
    }
    fn x(&self, n: f64) -> f64 {
        LEFT + (n / self.n_max).clamp(0.0, 1.0) * (RIGHT - LEFT)
    }
    fn y(&self, share: f64) -> f64 {
        BOTTOM - (share / self.share_max).clamp(0.0, 1.0) * (BOTTOM - TOP)
    }
    /// One control-limit curve (lower or upper) around `reference`, sampled on a log scale of n.
    fn curve(&self, reference: f64, pick: fn(&FunnelLimits) -> f64) -> String {
        let steps = 40;
        let ratio = self.n_max / self.n_low;
        (0..=steps)
            .map(|i| {
                let n = self.n_low * ratio.powf(f64::from(i) / f64::from(steps));
                let cmd = if i == 0 { "M" } else { "L" };
                format!("{cmd}{} {}", coord(self.x(n)), coord(self.y(pick(&FunnelLimits::at(reference, n)))))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The figure: axes, one funnel per reference, and the marks.
fn chart(snapshot: &Snapshot, plot: &Funnel, lang: Lang) -> impl IntoView {
    let scale = Scale::of(plot);
    let x_ticks = (0..=4)
        .map(|i| {
            let n = scale.n_max * f64::from(i) / 4.0;
            let x = coord(scale.x(n));
            view! {
                <g class="tick">
                    <line x1=x.clone() x2=x.clone() y1=coord(BOTTOM) y2=coord(BOTTOM + 5.0) />
                    <text x=x y=coord(BOTTOM + 18.0) text-anchor="middle">
                        {count(n.round() as u64, lang)}
                    </text>
                </g>
            }
        })
        .collect_view();
    let y_step = if scale.share_max > 0.4 { 0.1 } else { 0.05 };
    let y_count = (scale.share_max / y_step).round() as u32;
    let y_ticks = (0..=y_count)
        .map(|i| {
            let share = f64::from(i) * y_step;
            let y = coord(scale.y(share));
            view! {
                <g class="tick">
                    <line class="grid" x1=coord(LEFT) x2=coord(RIGHT) y1=y.clone() y2=y.clone() />
                    <text x=coord(LEFT - 6.0) y=y dy="4" text-anchor="end">
                        {percent(share, lang)}
                    </text>
                </g>
            }
        })
        .collect_view();
    let funnels = plot
        .lines
        .iter()
        .map(|line| {
            let reference = line.p0;
            let class = if line.band == BandRef::All { "funnel-set all-ages" } else { "funnel-set" };
            let y = coord(scale.y(reference));
            view! {
                <g class=class>
                    <line class="city" x1=coord(LEFT) x2=coord(RIGHT) y1=y.clone() y2=y />
                    <path class="limit95" d=scale.curve(reference, |l| l.high95) />
                    <path class="limit95" d=scale.curve(reference, |l| l.low95) />
                    <path class="limit998" d=scale.curve(reference, |l| l.high998) />
                    <path class="limit998" d=scale.curve(reference, |l| l.low998) />
                </g>
            }
        })
        .collect_view();
    let marks = plot
        .points
        .iter()
        .map(|p| {
            let offer = snapshot.offer(p.offer);
            let id = offer.id.to_string();
            let rank = p.position + 1;
            let label = format!("{rank}. {}", funnel_mark(snapshot, p, lang));
            let (x, y) = (scale.x(f64::from(p.n)), scale.y(p.share));
            let shape = if p.band == BandRef::All {
                view! { <rect x=coord(x - 5.0) y=coord(y - 5.0) width="10" height="10" /> }.into_any()
            } else {
                view! { <circle cx=coord(x) cy=coord(y) r="5.5" /> }.into_any()
            };
            let target = format!("offer-{id}");
            let go = move || page::focus(&target);
            let go_key = go.clone();
            view! {
                <g
                    class="mark"
                    tabindex="0"
                    role="img"
                    data-offer-id=id
                    aria-label=label
                    on:click=move |_| go()
                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            go_key();
                        }
                    }
                >
                    {shape}
                    <text x=coord(x + 8.0) y=coord(y - 6.0)>
                        {rank}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="funnel-plot"
            data-testid="funnel-plot"
            viewBox="0 0 640 300"
            role="group"
            aria-label=lang.info_label(InfoLabel::FunnelTitle)
        >
            <g aria-hidden="true">
                {y_ticks} {x_ticks}
                <line class="axis" x1=coord(LEFT) x2=coord(RIGHT) y1=coord(BOTTOM) y2=coord(BOTTOM) />
                <line class="axis" x1=coord(LEFT) x2=coord(LEFT) y1=coord(TOP) y2=coord(BOTTOM) />
                <text class="axis-name" x=coord((LEFT + RIGHT) / 2.0) y=coord(H - 4.0) text-anchor="middle">
                    {lang.info_label(InfoLabel::FunnelAxisN)}
                </text> {funnels}
            </g>
            {marks}
        </svg>
    }
}

/// The legend: what each line and mark means, in words beside small swatches.
fn legend(plot: &Funnel, lang: Lang) -> impl IntoView {
    let has = |all: bool| plot.points.iter().any(|p| (p.band == BandRef::All) == all);
    let own = has(false).then(|| {
        view! {
            <li>
                <svg width="14" height="14" aria-hidden="true" class="swatch">
                    <circle cx="7" cy="7" r="5.5" />
                </svg>
                {lang.label(Label::FunnelOwnBand)}
            </li>
        }
    });
    let all = has(true).then(|| {
        view! {
            <li>
                <svg width="14" height="14" aria-hidden="true" class="swatch">
                    <rect x="2" y="2" width="10" height="10" />
                </svg>
                {lang.info_label(InfoLabel::FunnelAllAges)}
            </li>
        }
    });
    let lines = [
        ("city", InfoLabel::FunnelCityLevel),
        ("limit95", InfoLabel::FunnelLimit95),
        ("limit998", InfoLabel::FunnelLimit998),
    ]
    .map(|(class, label)| {
        view! {
            <li>
                <svg width="28" height="10" aria-hidden="true" class="swatch">
                    <line class=class x1="0" x2="28" y1="5" y2="5" />
                </svg>
                {lang.info_label(label)}
            </li>
        }
    });
    view! { <ul class="funnel-legend">{lines} {own} {all}</ul> }
}

/// The same figures as a table.
fn table(snapshot: &Snapshot, plot: &Funnel, lang: Lang) -> impl IntoView {
    let range = |low: f64, high: f64| interval(low, high, lang);
    let rows = plot
        .points
        .iter()
        .map(|p| {
            let offer = snapshot.offer(p.offer);
            let band =
                if p.all_ages() { lang.info_label(InfoLabel::FunnelAllAges) } else { lang.label(Label::FunnelOwnBand) };
            let limits = p.limits();
            view! {
                <tr data-offer-id=offer.id.to_string()>
                    <td>{p.position + 1}"."</td>
                    <th scope="row" lang=offer.name.lang_of(lang).code()>
                        {offer.name.get(lang).to_owned()}
                    </th>
                    <td>{count(u64::from(p.n), lang)}</td>
                    <td>{percent(p.share, lang)}</td>
                    <td>{percent(p.p0, lang)}" ("{band}")"</td>
                    <td>{range(limits.low95, limits.high95)}</td>
                    <td>{range(limits.low998, limits.high998)}</td>
                    <td>{lang.more().zone(p.zone)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        // Scrolls sideways on a phone: reachable by keyboard, and named for screen readers.
        <div class="table-scroll" tabindex="0" role="region" aria-label=lang.label(Label::FunnelTableCaption)>
            <table data-testid="funnel-table">
                <caption>{lang.label(Label::FunnelTableCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{lang.label(Label::Number)}</th>
                        <th scope="col">{lang.label(Label::FunnelOffer)}</th>
                        <th scope="col">"n"</th>
                        <th scope="col">{lang.label(Label::JobOrEducationShort)}</th>
                        <th scope="col">{lang.label(Label::FunnelReference)}</th>
                        <th scope="col">{lang.info_label(InfoLabel::FunnelLimit95)}</th>
                        <th scope="col">{lang.info_label(InfoLabel::FunnelLimit998)}</th>
                        <th scope="col">{lang.label(Label::FunnelWhere)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// "Vis som figur": shows and hides the funnel plot (`FunnelSection`).
#[component]
pub fn FunnelButton(
    /// Whether the plot is shown.
    open: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let label = move || state.lang.get().label(if open.get() { Label::FunnelHide } else { Label::FunnelShow });
    view! {
        <Show when=move || state.shown.with(Option::is_some)>
            <button
                type="button"
                class="funnel-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="funnel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {label}
            </button>
        </Show>
    }
}

/// The funnel plot of the ranking on screen, with its legend and table, while `open`.
#[component]
pub fn FunnelSection(
    /// Whether the plot is shown.
    open: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        if !open.get() {
            return None;
        }
        let lang = state.lang.get();
        state.shown.with(|s| {
            let s = s.as_ref()?;
            // The marks are the offers the list shows: filters hide, never re-rank (rule 9).
            let mut plot = funnel(&s.ranking);
            plot.points.retain(|p| !state.is_hidden(p.offer));
            let left_out = (plot.left_out > 0)
                .then(|| view! { <p class="note">{lang.words().funnel_left_out(plot.left_out)}</p> });
            Some(view! {
                <section id="funnel" class="funnel" aria-labelledby="funnel-heading">
                    <h2 id="funnel-heading">{lang.info_label(InfoLabel::FunnelTitle)}</h2>
                    <p class="funnel-explain">{lang.label(Label::FunnelExplain)}</p>
                    <p class="axis-y" aria-hidden="true">
                        {lang.info_label(InfoLabel::FunnelAxisShare)}
                    </p>
                    <div class="chart-scroll">{chart(&s.snapshot, &plot, lang)}</div>
                    {legend(&plot, lang)}
                    {left_out}
                    {table(&s.snapshot, &plot, lang)}
                </section>
            })
        })
    }
}
