//! Which figures are in use: publisher, period, publication date and the load state.

use super::state::{AppState, Load, Source};
use crate::data::today;
use crate::domain::numfmt::date_long;
use crate::domain::Lang;
use leptos::prelude::*;

/// Figures older than this get a warning (ranking rules: published twice a year).
const STALE_DAYS: i64 = 183;

/// The status line in the footer of the guide, and any load error.
#[component]
pub fn SnapshotStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        state.load.with(|load| match load {
            Load::Loading => view! {
                <div data-testid="snapshot-status" data-state="loading" class="status loading" aria-busy="true">
                    <p>{lang.pick("Henter tallene …", "Loading the figures …")}</p>
                    <div class="skeleton" aria-hidden="true"></div>
                    <div class="skeleton" aria-hidden="true"></div>
                </div>
            }
            .into_any(),
            Load::Ready(loaded) => ready_line(loaded, lang, "ready").into_any(),
            Load::Failed { error, failed_source, last_good } => {
                let what = match failed_source {
                    Source::Published(path) => path.clone(),
                    Source::LocalFile(name) => name.clone(),
                };
                let kept = last_good.as_ref().map(|loaded| ready_line(loaded, lang, "failed"));
                let heading = match (lang, kept.is_some()) {
                    (Lang::Da, true) => format!("{what} kunne ikke bruges. De tidligere tal er stadig i brug."),
                    (Lang::Da, false) => format!("{what} kunne ikke bruges."),
                    (Lang::En, true) => format!("{what} could not be used. The previous figures are still in use."),
                    (Lang::En, false) => format!("{what} could not be used."),
                };
                let lines = error.lines(lang);
                view! {
                    <section data-testid="load-error" class="load-error" role="alert">
                        <h2>{heading}</h2>
                        <ul>{lines.into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}</ul>
                    </section>
                    {kept}
                }
                .into_any()
            }
        })
    }
}

fn ready_line(loaded: &super::state::Loaded, lang: Lang, state: &'static str) -> impl IntoView {
    let s = &loaded.snapshot;
    let published = s.published();
    let age_days = (today() - published).num_days();
    let stale = (age_days > STALE_DAYS).then(|| {
        view! {
            <p class="stale" data-testid="stale-warning">
                <span aria-hidden="true">"⚠ "</span>
                {match lang {
                    Lang::Da => format!("Tallene er {age_days} dage gamle (offentliggjort {}). Der kan være nyere tal.", date_long(published, lang)),
                    Lang::En => format!("The figures are {age_days} days old (published {}). Newer figures may exist.", date_long(published, lang)),
                }}
            </p>
        }
    });
    let preview = matches!(loaded.source, Source::LocalFile(_)).then(|| {
        let Source::LocalFile(name) = &loaded.source else { unreachable!() };
        view! {
            <p class="preview">
                {lang.pick("Forhåndsvisning af filen ", "Previewing the file ")}<strong>{name.clone()}</strong>
            </p>
        }
    });
    view! {
        <div data-testid="snapshot-status" data-state=state class="status">
            {preview}
            <p>
                <span class="publisher">{s.publisher().to_owned()}</span>
                " · " {s.current_period().label.get(lang).to_owned()} " · "
                {lang.pick("offentliggjort ", "published ")}
                <time datetime=published.to_string()>{date_long(published, lang)}</time>
            </p>
            {stale}
        </div>
    }
}
