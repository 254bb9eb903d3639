//! Loading snapshots into the state: the published one at start, the last good one when that fails,
//! and a later look for a newer file. A file that fails validation is never activated.

use super::state::{AppState, Load, Loaded, SnapshotNotice, Source};
use crate::data::cache::{read_last_good, store_last_good};
use crate::data::{fetch_bytes, fingerprint, validate, worker};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How often an open guide looks for new figures and a new app version.
const CHECK_EVERY_MS: i32 = 5 * 60 * 1000;

async fn last_good() -> Option<Loaded> {
    let bytes = read_last_good().await?;
    let snapshot = validate(&bytes).ok()?;
    Some(Loaded { snapshot: Arc::new(snapshot), source: Source::LastGood, fingerprint: fingerprint(&bytes) })
}

/// Loads a published snapshot; on failure keeps the snapshot in use, or the last good one from Cache Storage.
pub fn load_published(state: AppState, path: String) {
    spawn_local(async move {
        let fetched = fetch_bytes(&path).await.and_then(|bytes| validate(&bytes).map(|s| (s, bytes)));
        match fetched {
            Ok((snapshot, bytes)) => {
                let loaded = Loaded {
                    snapshot: Arc::new(snapshot),
                    source: Source::Published(path),
                    fingerprint: fingerprint(&bytes),
                };
                state.load.set(Load::Ready(loaded));
                if let Ok(text) = std::str::from_utf8(&bytes) {
                    if let Err(e) = store_last_good(text).await {
                        leptos::logging::warn!("the last good snapshot could not be kept: {e}");
                    }
                }
            }
            Err(error) => {
                let in_use = state.load.with_untracked(|l| l.in_use().cloned());
                let fallback = match in_use {
                    Some(loaded) => Some(loaded),
                    None => last_good().await,
                };
                state.load.set(Load::Failed { error, failed_source: Source::Published(path), last_good: fallback });
            }
        }
    });
}

/// Looks at the server for a changed snapshot; says so, or says why the new one cannot be used.
pub fn check_for_new_snapshot(state: AppState, path: String) {
    let current = state.load.with_untracked(|l| l.in_use().map(|loaded| loaded.fingerprint));
    spawn_local(async move {
        let Ok(bytes) = fetch_bytes(&path).await else {
            return;
        };
        if Some(fingerprint(&bytes)) == current {
            return;
        }
        let notice = match validate(&bytes) {
            Ok(snapshot) => SnapshotNotice::Newer { published: snapshot.published() },
            Err(error) => SnapshotNotice::Refused(error),
        };
        state.snapshot_notice.set(Some(notice));
    });
}

/// Registers the service worker and looks for updates on focus, when the tab becomes visible, and
/// every few minutes.
pub fn watch_for_updates(state: AppState, path: String) {
    spawn_local(async move {
        if let Err(e) = worker::register(move || state.app_update.set(true)).await {
            leptos::logging::warn!("service worker not registered: {e}");
        }
    });
    let Some(window) = web_sys::window() else {
        return;
    };
    let check = Closure::<dyn Fn()>::new(move || {
        let visible = web_sys::window()
            .and_then(|w| w.document())
            .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
        let published = state.load.with_untracked(|l| {
            matches!(l.in_use(), Some(Loaded { source: Source::Published(_) | Source::LastGood, .. }))
        });
        if visible && published {
            check_for_new_snapshot(state, path.clone());
            worker::check_for_update();
        }
    });
    let callback = check.as_ref().unchecked_ref();
    let _ = window.add_event_listener_with_callback("focus", callback);
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback("visibilitychange", callback);
    }
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(callback, CHECK_EVERY_MS);
    // The listeners live as long as the page.
    check.forget();
}
