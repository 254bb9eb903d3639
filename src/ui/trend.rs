//! Change over time (rule 10): a criterion's last three periods as a small dot-and-interval strip,
//! oldest on the left, with the change in words beside it. The drawing is named by the periods' figures.

use crate::domain::rank::{Estimate, Trend};
use crate::domain::snapshot::Snapshot;
use crate::domain::text::coord;
use crate::domain::text::more::{change_text, point_label};
use crate::domain::Lang;
use leptos::prelude::*;

const SLOT: f64 = 30.0;
const HEIGHT: f64 = 40.0;
const PAD: f64 = 5.0;

/// One criterion's trend for one offer, as `data-testid="trend"` with the change's code.
pub fn trend_strip(snapshot: &Snapshot, offer_id: &str, trend: &Trend, lang: Lang) -> impl IntoView {
    // Oldest first, so time runs left to right.
    let points: Vec<_> = trend.points.iter().rev().collect();
    let shares: Vec<(f64, f64, f64)> = points
        .iter()
        .filter_map(|p| match p.estimate {
            Some(Estimate::Share { share, low, high, .. }) => Some((share, low, high)),
            _ => None,
        })
        .collect();
    // A local scale at least ten percentage points tall, so a change shows without exaggerating noise.
    let (mut lo, mut hi) = shares.iter().fold((1.0f64, 0.0f64), |(lo, hi), &(_, l, h)| (lo.min(l), hi.max(h)));
    if hi - lo < 0.1 {
        let mid = (hi + lo) / 2.0;
        (lo, hi) = (mid - 0.05, mid + 0.05);
    }
    let y = move |share: f64| HEIGHT - PAD - (share - lo) / (hi - lo).max(1e-9) * (HEIGHT - 2.0 * PAD);
    let marks = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let x = coord(SLOT * (i as f64) + SLOT / 2.0);
            match p.estimate {
                Some(Estimate::Share { share, low, high, .. }) => view! {
                    <g class="point">
                        <line class="whisker" x1=x.clone() x2=x.clone() y1=coord(y(low)) y2=coord(y(high)) />
                        <circle class="dot" cx=x cy=coord(y(share)) r="3.5" />
                    </g>
                }
                .into_any(),
                // No usable figure in that period: a small cross, named in the label and the words.
                _ => view! {
                    <text class="none" x=x y=coord(HEIGHT / 2.0 + 4.0) text-anchor="middle">
                        "×"
                    </text>
                }
                .into_any(),
            }
        })
        .collect_view();
    let label = points.iter().map(|p| point_label(snapshot, p, lang)).collect::<Vec<_>>().join("; ");
    let width = SLOT * points.len().max(1) as f64;
    view! {
        <span
            class="trend"
            data-testid="trend"
            data-offer-id=offer_id.to_owned()
            data-criterion=trend.criterion.code()
            data-change=trend.change.direction.code()
        >
            <svg
                class="trend-strip"
                viewBox=format!("0 0 {} {}", coord(width), coord(HEIGHT))
                width=coord(width)
                height=coord(HEIGHT)
                role="img"
                aria-label=label
            >
                <line class="axis" x1="0" x2=coord(width) y1=coord(HEIGHT - 1.0) y2=coord(HEIGHT - 1.0) />
                {marks}
            </svg>
            <span class="trend-text">{change_text(snapshot, trend, lang)}</span>
        </span>
    }
}
