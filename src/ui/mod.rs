//! The Leptos components of the app. `App` owns the state; each component reads it from context and
//! renders what `domain` computed and worded. Browser calls go through `data`.

pub mod citizen;
pub mod compare;
pub mod details;
pub mod filters;
pub mod funnel;
pub mod loading;
pub mod offer_card;
pub mod offer_row;
#[cfg(feature = "publisher")]
pub mod publish;
pub mod query_form;
pub mod ranked_list;
pub mod state;
pub mod status;
pub mod tools;
pub mod trend;

use crate::data::file::first_file;
use crate::data::url::start_params;
use crate::data::{page, DEFAULT_SNAPSHOT};
use crate::domain::link::SnapshotParam;
use crate::domain::text::Label;
use crate::domain::Lang;
use citizen::CitizenView;
use compare::Compare;
use leptos::prelude::*;
use loading::{load_published, watch_for_updates};
use query_form::QueryForm;
use ranked_list::RankedList;
use state::AppState;
use status::{Notices, SnapshotStatus};
use tools::{open_file, FileOpen, Tools};

/// "Dansk" / "English": each language's name in itself, so either reader finds theirs; the pressed
/// one is the page's language. Shared by the guide and the publisher page.
#[component]
pub fn LangButtons(
    /// The language signal the buttons set.
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let button = move |target: Lang, name: &'static str| {
        view! {
            <button
                type="button"
                lang=target.code()
                aria-pressed=move || (lang.get() == target).to_string()
                on:click=move |_| lang.set(target)
            >
                {name}
            </button>
        }
    };
    view! {
        {button(Lang::Da, "Dansk")}
        {button(Lang::En, "English")}
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let params = start_params();
    let state = AppState::new(params.lang.unwrap_or_default(), params.group, params.age.unwrap_or_default());
    provide_context(state);
    let path = params.snapshot.path(DEFAULT_SNAPSHOT).to_owned();
    let refused = match params.snapshot {
        SnapshotParam::Refused(path) => Some(path),
        SnapshotParam::Default | SnapshotParam::Path(_) => None,
    };
    // The service worker and the look for updates start after the first answer, not beside it.
    let watched = path.clone();
    load_published(state, path, move || watch_for_updates(state, watched));
    crate::data::bench::install();

    // Picks for comparison follow the list: an offer that is not ranked for the new query is dropped,
    // so no hidden pick blocks the boxes or empties the citizen view. While the age is being typed
    // (no ranking yet), the picks wait.
    Effect::new(move |_| {
        let Some((snapshot, ranking)) = state.shown() else { return };
        let ranked = |id: &crate::domain::snapshot::Id| {
            snapshot.offer_by_id(id).is_some_and(|ix| ranking.position_of(ix).is_some())
        };
        if state.compare.with_untracked(|picked| picked.iter().any(|id| !ranked(id))) {
            state.compare.update(|picked| picked.retain(ranked));
        }
    });
    Effect::new(move |_| page::set_language(state.lang.get().code()));

    let label = move |l: Label| move || state.lang.get().label(l);
    view! {
        <header class="top">
            <h1>"Visitationsguide"</h1>
            <div class="modes">
                <button
                    type="button"
                    class="citizen-toggle"
                    class:on=move || state.citizen_view.get()
                    on:click=move |_| state.citizen_view.update(|c| *c = !*c)
                >
                    {move || {
                        state
                            .lang
                            .get()
                            .label(
                                if state.citizen_view.get() { Label::BackToCaseworker } else { Label::ShowToCitizen },
                            )
                    }}
                </button>
                <button type="button" class="print" on:click=|_| page::print()>
                    {label(Label::Print)}
                </button>
            </div>
            // Each language's name in itself, so either reader finds theirs.
            <nav class="lang" aria-label="Sprog / Language">
                <LangButtons lang=state.lang />
            </nav>
        </header>
        <main
            class="app"
            on:dragover=|ev: web_sys::DragEvent| ev.prevent_default()
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                if let Some(file) = first_file(ev.data_transfer().and_then(|d| d.files())) {
                    open_file(state, file);
                }
            }
        >
            {refused
                .map(|path| {
                    view! {
                        <p class="load-error" role="alert" data-testid="snapshot-refused">
                            {move || state.lang.get().words().snapshot_param_refused(&path)}
                        </p>
                    }
                })}
            <Notices />
            <Show when=move || !state.citizen_view.get() fallback=|| view! { <CitizenView /> }>
                <div class="controls">
                    <QueryForm />
                    <Tools />
                </div>
                <p class="compare-count" aria-live="polite">
                    {move || {
                        let n = state.compare.with(Vec::len);
                        (n > 0).then(|| state.lang.get().words().compare_count(n, state::MAX_COMPARE))
                    }}
                </p>
                <Compare />
                <RankedList />
            </Show>
        </main>
        <footer class="bottom">
            <SnapshotStatus />
            <Show when=move || !state.citizen_view.get()>
                <FileOpen />
            </Show>
            <p class="statement-link">
                <a href=label(Label::AccessibilityStatementPage)>{label(Label::AccessibilityStatement)}</a>
            </p>
        </footer>
    }
}
