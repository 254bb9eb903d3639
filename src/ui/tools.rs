//! Actions around the ranking: copy a link, copy a journal note; and open a snapshot file to preview.

use super::state::AppState;
use crate::data::file::{copy_text, first_file, read_snapshot_file};
use crate::data::url::share_link;
use crate::domain::load::LoadEvent;
use crate::domain::text::journal::journal_note;
use crate::domain::text::Label;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Loads a user's file into the state; a bad file keeps the figures in use.
pub fn open_file(state: AppState, file: web_sys::File) {
    spawn_local(async move {
        let outcome = read_snapshot_file(&file).await;
        state.apply(LoadEvent::File { name: file.name(), outcome });
    });
}

/// Opens a snapshot file to preview its figures (beside the status of the figures in use).
#[component]
pub fn FileOpen() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="tools file-tools">
            <label class="file-open">
                <span>{move || state.lang.get().label(Label::PreviewFile)}</span>
                <input
                    type="file"
                    accept=".json,application/json"
                    data-testid="open-file"
                    on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        if let Some(file) = first_file(input.files()) {
                            open_file(state, file);
                        }
                        input.set_value("");
                    }
                />
            </label>
        </div>
    }
}

/// Copy link, copy journal note.
#[component]
pub fn Tools() -> impl IntoView {
    let state = expect_context::<AppState>();
    let copied = RwSignal::new(None::<Label>);
    let copy = move |text: Option<String>, done: Label| {
        spawn_local(async move {
            let ok = match text {
                Some(text) => copy_text(&text).await,
                None => false,
            };
            copied.set(Some(if ok { done } else { Label::CouldNotCopy }));
        });
    };
    let copy_link = move |_| {
        let lang = state.lang.get_untracked();
        // The query the list on screen answers, as the journal note does (a half-typed age is not it).
        let link = state.shown.with_untracked(|s| {
            let s = s.as_ref()?;
            let group = s.snapshot.target_group(s.ranking.target_group).id.to_string();
            share_link(&group, Some(s.ranking.age.get()), lang)
        });
        copy(link, Label::LinkCopied);
    };
    let copy_note = move |_| {
        let lang = state.lang.get_untracked();
        let note = state.shown.with_untracked(|s| s.as_ref().map(|s| journal_note(&s.snapshot, &s.ranking, lang)));
        copy(note, Label::NoteCopied);
    };
    let has_ranking = move || state.shown.with(Option::is_some);
    let label = move |l: Label| move || state.lang.get().label(l);
    view! {
        <div class="tools">
            <button type="button" on:click=copy_link disabled=move || !has_ranking()>
                {label(Label::CopyLink)}
            </button>
            <button type="button" on:click=copy_note disabled=move || !has_ranking()>
                {label(Label::CopyJournalNote)}
            </button>
            <span class="copied" role="status">
                {move || copied.get().map(|l| state.lang.get().label(l))}
            </span>
        </div>
    }
}
