//! Actions around the ranking: copy a link, copy a journal note, and open a snapshot file to preview.

use super::state::{AgeInput, AppState, Loaded, Source};
use crate::data::file::{copy_text, read_snapshot_file};
use crate::data::fingerprint;
use crate::data::url::share_link;
use crate::domain::journal::journal_note;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Loads a user's file into the state; a bad file keeps the last good snapshot in use.
pub fn open_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    spawn_local(async move {
        let attempt = read_snapshot_file(file)
            .await
            .map(|(s, bytes)| Loaded {
                snapshot: Arc::new(s),
                source: Source::LocalFile(name.clone()),
                fingerprint: fingerprint(&bytes),
            })
            .map_err(|e| (e, Source::LocalFile(name)));
        state.load.update(|load| *load = load.after(attempt));
    });
}

/// The first file of a drop or a file input.
pub fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|list| list.get(0))
}

/// Copy link, copy journal note, open a file.
#[component]
pub fn Tools() -> impl IntoView {
    let state = expect_context::<AppState>();
    let copied = RwSignal::new(None::<&'static str>);
    let copy = move |text: Option<String>, done: &'static str, failed: &'static str| {
        spawn_local(async move {
            let ok = match text {
                Some(text) => copy_text(&text).await,
                None => false,
            };
            copied.set(Some(if ok { done } else { failed }));
        });
    };
    let copy_link = move |_| {
        let lang = state.lang.get_untracked();
        let age = match state.age.get_untracked() {
            AgeInput::Valid(age) => Some(age.get()),
            _ => None,
        };
        let link = share_link(&state.group.get_untracked(), age, lang);
        copy(link, lang.pick("Link kopieret.", "Link copied."), lang.pick("Kunne ikke kopiere.", "Could not copy."));
    };
    let copy_note = move |_| {
        let lang = state.lang.get_untracked();
        let note = state.snapshot().zip(state.ranking.get_untracked()).map(|(s, r)| journal_note(&s, &r, lang));
        copy(
            note,
            lang.pick("Journalnotat kopieret.", "Journal note copied."),
            lang.pick("Kunne ikke kopiere.", "Could not copy."),
        );
    };
    let has_ranking = move || state.ranking.with(Option::is_some);
    view! {
        <div class="tools">
            <button type="button" on:click=copy_link disabled=move || !has_ranking()>
                {move || state.lang.get().pick("Kopiér link", "Copy link")}
            </button>
            <button type="button" on:click=copy_note disabled=move || !has_ranking()>
                {move || state.lang.get().pick("Kopiér journalnotat", "Copy journal note")}
            </button>
            <label class="file-open">
                <span>{move || state.lang.get().pick("Forhåndsvis en snapshot-fil …", "Preview a snapshot file …")}</span>
                <input type="file" accept=".json,application/json" data-testid="open-file"
                    on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        if let Some(file) = first_file(input.files()) {
                            open_file(state, file);
                        }
                        input.set_value("");
                    }/>
            </label>
            <span class="copied" role="status">{move || copied.get()}</span>
        </div>
    }
}
