//! Dot-and-whisker plots: a share, its 95 % interval, and the city's figure, on a 0–100 % scale.

use crate::domain::rank::{Estimate, Figure};
use crate::domain::text::explain::plot_label;
use crate::domain::Lang;
use leptos::prelude::*;

const WIDTH: f64 = 200.0;

fn x(share: f64) -> String {
    format!("{:.1}", share.clamp(0.0, 1.0) * WIDTH)
}

/// The plot for one figure; nothing when there is no share to draw.
#[component]
pub fn Plot(
    /// The figure to draw.
    figure: Figure,
    /// Language of the accessible description.
    lang: Lang,
) -> impl IntoView {
    let Estimate::Share { share, low, high, .. } = figure.estimate else {
        return None;
    };
    let label = plot_label(&figure, lang);
    let city_mark = figure.city.map(|c| view! { <line class="city" x1=x(c.share) x2=x(c.share) y1="2" y2="22" /> });
    Some(view! {
        <svg class="plot" viewBox="-4 0 208 24" width="208" height="24" role="img" aria-label=label>
            <line class="axis" x1="0" x2="200" y1="12" y2="12" />
            {city_mark}
            <line class="whisker" x1=x(low) x2=x(high) y1="12" y2="12" />
            <line class="whisker" x1=x(low) x2=x(low) y1="7" y2="17" />
            <line class="whisker" x1=x(high) x2=x(high) y1="7" y2="17" />
            <circle class="dot" cx=x(share) cy="12" r="4.5" />
        </svg>
    })
}
