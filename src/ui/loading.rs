//! Loading snapshots into the state: the published one at start (falling back on the last good one
//! from Cache Storage), and a later look for a newer file. `LoadState::after` decides what is in use.

use super::state::AppState;
use crate::data::cache::{read_last_good, store_last_good};
use crate::data::{fetch_bytes, page, start_fetch, validate, worker};
use crate::domain::load::{fingerprint, kept_as_last_good, LoadEvent, Loaded, SnapshotNotice, Source};
use crate::domain::Invalid;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// How often an open guide looks for new figures and a new app version.
const CHECK_EVERY_MS: i32 = 5 * 60 * 1000;

/// The last good snapshot from Cache Storage, validated again: `None` when nothing is saved.
async fn last_good() -> Option<Result<Loaded, Invalid>> {
    let bytes = read_last_good().await?;
    Some(validate(&bytes, Source::LastGood))
}

/// Loads a published snapshot; on failure keeps the snapshot in use, or the last good one. `then`
/// runs once the outcome is in the state: what must not compete with the first load for the network
/// and the processor (the service worker's install fetches the whole app again).
pub fn load_published(state: AppState, path: String, then: impl FnOnce() + 'static) {
    // Sent now, before the page is built; read when it has arrived.
    let pending = start_fetch(&path);
    spawn_local(async move {
        let fetched = pending.bytes().await;
        let outcome = fetched
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|bytes| validate(bytes, Source::Published(path.clone())).map_err(Into::into));
        let cached = match &outcome {
            Err(_) if state.load.with_untracked(|l| l.needs_last_good()) => last_good().await,
            _ => None,
        };
        // Only the published figures become the last good ones: a linked file (a fixture, a publisher's
        // preview) must never be what an offline guide falls back on.
        let keep = outcome.is_ok() && kept_as_last_good(&path);
        state.apply(LoadEvent::Published { path, outcome, cached });
        then();
        if let (true, Ok(bytes)) = (keep, fetched) {
            if let Ok(text) = std::str::from_utf8(&bytes) {
                if let Err(e) = store_last_good(text).await {
                    leptos::logging::warn!("the last good snapshot could not be kept: {e}");
                }
            }
        }
    });
}

/// Looks at the server for a changed snapshot; says so, or says why the new one cannot be used.
fn check_for_new_snapshot(state: AppState, path: String) {
    let in_use = state.load.with_untracked(|l| l.in_use().map(|loaded| loaded.fingerprint));
    spawn_local(async move {
        let Ok(bytes) = fetch_bytes(&path).await else {
            return;
        };
        let notice = SnapshotNotice::for_fetched(in_use, fingerprint(&bytes), || {
            validate(&bytes, Source::Published(path)).map(|l| l.snapshot.published()).map_err(Into::into)
        });
        if notice.is_some() {
            state.snapshot_notice.set(notice);
        }
    });
}

/// Registers the service worker, and looks for new figures and a new app version whenever the page
/// wakes up, while the figures in use are the published ones.
pub fn watch_for_updates(state: AppState, path: String) {
    spawn_local(async move {
        if let Err(e) = worker::register(move || state.app_update.set(true)).await {
            leptos::logging::warn!("service worker not registered: {e}");
        }
    });
    page::on_wake(CHECK_EVERY_MS, move || {
        if state.load.with_untracked(|l| l.follows_server()) {
            check_for_new_snapshot(state, path.clone());
            worker::check_for_update();
        }
    });
}
