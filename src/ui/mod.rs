//! The Leptos components of the app. `App` owns the state; each component reads it from context.

pub mod citizen;
pub mod compare;
pub mod details;
pub mod loading;
pub mod offer_card;
pub mod plot;
pub mod query_form;
pub mod ranked_list;
pub mod state;
pub mod status;
pub mod tools;

use crate::data::url::start_params;
use crate::data::DEFAULT_SNAPSHOT;
use crate::domain::Lang;
use citizen::CitizenView;
use compare::{compare_count_label, Compare};
use leptos::prelude::*;
use loading::{load_published, watch_for_updates};
use query_form::QueryForm;
use ranked_list::RankedList;
use state::AppState;
use status::{Notices, SnapshotStatus};
use tools::{first_file, open_file, Tools};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let params = start_params();
    let state = AppState::new(
        params.lang.unwrap_or_default(),
        params.group.unwrap_or_default(),
        params.age.unwrap_or_default(),
    );
    provide_context(state);
    let refused = params.snapshot_refused.clone();
    let path = params.snapshot.unwrap_or_else(|| DEFAULT_SNAPSHOT.to_owned());
    load_published(state, path.clone());
    watch_for_updates(state, path);

    // Picks for comparison follow the list: an offer that is not ranked for the new query is dropped,
    // so no hidden pick blocks the boxes or empties the citizen view. While the age is being typed
    // (no ranking yet), the picks wait.
    Effect::new(move |_| {
        let ranked: Option<Vec<String>> = state.ranking.with(|r| {
            let snapshot = state.snapshot()?;
            r.as_ref().map(|r| r.ranked.iter().map(|x| snapshot.offers()[x.offer].id.as_str().to_owned()).collect())
        });
        if let Some(ranked) = ranked {
            if state.compare.with_untracked(|picked| picked.iter().any(|id| !ranked.contains(id))) {
                state.compare.update(|picked| picked.retain(|id| ranked.contains(id)));
            }
        }
    });

    Effect::new(move |_| {
        let code = state.lang.get().code();
        if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            // Screen readers and spell-checkers follow the page's language.
            let _ = root.set_attribute("lang", code);
        }
    });

    let lang_button = move |target: Lang, label: &'static str| {
        view! {
            <button type="button" lang=target.code() aria-pressed=move || (state.lang.get() == target).to_string()
                on:click=move |_| state.lang.set(target)>{label}</button>
        }
    };
    view! {
        <header class="top">
            <h1>"Visitationsguide"</h1>
            <div class="modes">
                <button type="button" class="citizen-toggle" class:on=move || state.citizen_view.get()
                    on:click=move |_| state.citizen_view.update(|c| *c = !*c)>
                    {move || if state.citizen_view.get() {
                        state.lang.get().pick("Tilbage til sagsbehandlervisning", "Back to the caseworker view")
                    } else {
                        state.lang.get().pick("Vis for borgeren", "Show to the citizen")
                    }}
                </button>
                <button type="button" class="print" on:click=move |_| { let _ = web_sys::window().map(|w| w.print()); }>
                    {move || state.lang.get().pick("Udskriv", "Print")}
                </button>
            </div>
            <nav class="lang" aria-label="Sprog / Language">
                {lang_button(Lang::Da, "Dansk")}
                {lang_button(Lang::En, "English")}
            </nav>
        </header>
        <main class="app"
            on:dragover=|ev: web_sys::DragEvent| ev.prevent_default()
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                if let Some(file) = first_file(ev.data_transfer().and_then(|d| d.files())) {
                    open_file(state, file);
                }
            }>
            {refused.map(|path| view! {
                <p class="load-error" role="alert" data-testid="snapshot-refused">
                    {move || match state.lang.get() {
                        Lang::Da => format!("?snapshot={path} blev afvist: kun en sti på denne server er tilladt. Standardtallene bruges."),
                        Lang::En => format!("?snapshot={path} was refused: only a path on this server is allowed. The default figures are used."),
                    }}
                </p>
            })}
            <Notices/>
            <Show when=move || !state.citizen_view.get() fallback=|| view! { <CitizenView/> }>
                <QueryForm/>
                <Tools/>
                <p class="compare-count" aria-live="polite">
                    {move || { let n = state.compare.with(Vec::len); (n > 0).then(|| compare_count_label(n, state.lang.get())) }}
                </p>
                <Compare/>
                <RankedList/>
            </Show>
        </main>
        <footer class="bottom">
            <SnapshotStatus/>
        </footer>
    }
}
