//! The Leptos components of the app.

use crate::data::{fetch_snapshot, LoadError, DEFAULT_SNAPSHOT};
use crate::domain::{Lang, Snapshot};
use leptos::prelude::*;

/// The whole app: loads the snapshot and shows its status.
#[component]
pub fn App() -> impl IntoView {
    let lang = Lang::Da;
    let snapshot = LocalResource::new(|| fetch_snapshot(DEFAULT_SNAPSHOT.to_owned()));
    view! {
        <main class="app">
            <h1>"Visitationsguide"</h1>
            <Suspense fallback=move || view! { <p data-testid="snapshot-status" aria-busy="true">"Henter tallene …"</p> }>
                {move || snapshot.get().map(|loaded| match loaded {
                    Ok(s) => view! { <SnapshotStatus snapshot=s lang=lang/> }.into_any(),
                    Err(e) => view! { <LoadErrorView error=e lang=lang/> }.into_any(),
                })}
            </Suspense>
        </main>
    }
}

/// Who published the figures, for which period and when.
#[component]
fn SnapshotStatus(
    /// The loaded snapshot.
    snapshot: Snapshot,
    /// Interface language.
    lang: Lang,
) -> impl IntoView {
    let published = snapshot.published().format("%d.%m.%Y").to_string();
    let period = snapshot.current_period().label.get(lang).to_owned();
    view! {
        <p data-testid="snapshot-status">
            <span class="publisher">{snapshot.publisher().to_owned()}</span>
            " · " {period} " · "
            {lang.pick("offentliggjort ", "published ")}
            <time datetime=snapshot.published().to_string()>{published}</time>
        </p>
    }
}

/// Every problem with the snapshot, one per line, with its JSON path.
#[component]
fn LoadErrorView(
    /// What went wrong.
    error: LoadError,
    /// Interface language.
    lang: Lang,
) -> impl IntoView {
    view! {
        <section data-testid="load-error" role="alert">
            <h2>{lang.pick("Tallene kunne ikke bruges", "The figures could not be used")}</h2>
            <ul>{error.lines(lang).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
        </section>
    }
}
