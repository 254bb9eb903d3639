//! Browser I/O: fetching the snapshot, local files, Cache Storage, the service worker, the address,
//! and the page itself (language attribute, focus, print, reload, wake-up listeners). The only
//! module that touches browser APIs; what to do with the results is decided in `domain`.

pub mod bench;
pub mod cache;
pub mod file;
pub mod page;
pub mod url;
pub mod worker;

use crate::domain::load::{fingerprint, LoadError, Loaded, Source};
use crate::domain::parse_snapshot;
use chrono::NaiveDate;
use std::sync::Arc;

/// The bundled snapshot, relative to the app's address.
pub const DEFAULT_SNAPSHOT: &str = crate::domain::load::PUBLISHED_SNAPSHOT;

/// Today's date in the browser's time zone.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date()).unwrap_or_default()
}

/// Fetches a snapshot file's bytes, revalidating with the server (never a stale HTTP cache copy).
pub async fn fetch_bytes(path: &str) -> Result<Vec<u8>, LoadError> {
    let response = gloo_net::http::Request::get(path)
        .cache(web_sys::RequestCache::NoCache)
        .send()
        .await
        .map_err(|e| LoadError::Fetch(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    response.binary().await.map_err(|e| LoadError::Fetch(e.to_string()))
}

/// Validates bytes into a snapshot in use from `source`.
pub fn validate(bytes: &[u8], source: Source) -> Result<Loaded, crate::domain::Invalid> {
    let snapshot = parse_snapshot(bytes, today())?;
    Ok(Loaded { snapshot: Arc::new(snapshot), source, fingerprint: fingerprint(bytes) })
}

/// The window, if the page is a secure context (HTTPS or localhost). Outside one, the browser leaves
/// out service workers, Cache Storage and the clipboard: calling them would throw a JS exception
/// instead of returning an error, so callers skip them and the guide works without.
pub fn secure_window() -> Option<web_sys::Window> {
    web_sys::window().filter(web_sys::Window::is_secure_context)
}

// The publisher page's browser calls, in the publisher's bundle only. Declared last because the guide's wasm
// records source lines of the code above: so it stays byte for byte what it was without the page.
#[cfg(feature = "publisher")]
pub mod publish;
