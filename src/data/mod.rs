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

/// A request for a snapshot file that is already on its way: made by `start_fetch`, read by `bytes`.
pub struct Pending(Result<js_sys::Promise, LoadError>);

/// Sends the request for a snapshot file now, revalidating with the server (never a stale HTTP cache
/// copy). `fetch_bytes` would send it only when its future is first polled, after the page is built;
/// the guide asks for its figures before that, so a national snapshot's download overlaps the first
/// render (issue 9). On the guide's page the download began even earlier, in `prefetch.js` before the
/// wasm had loaded; that response is taken when it is for this very path.
pub fn start_fetch(path: &str) -> Pending {
    if let Some(early) = take_early_fetch(path) {
        return Pending(Ok(early));
    }
    let sent = gloo_net::http::Request::get(path)
        .cache(web_sys::RequestCache::NoCache)
        .build()
        .map_err(|e| LoadError::Fetch(e.to_string()))
        .and_then(|request| {
            let window = web_sys::window().ok_or_else(|| LoadError::Fetch("no window".to_owned()))?;
            Ok(window.fetch_with_request(&web_sys::Request::from(request)))
        });
    Pending(sent)
}

/// The download `prefetch.js` started for `path` while the app was loading, if it asked for this very
/// path; taken once, so a later look for new figures fetches again.
fn take_early_fetch(path: &str) -> Option<js_sys::Promise> {
    use wasm_bindgen::{JsCast, JsValue};
    let window = web_sys::window()?;
    let key = JsValue::from_str("__vgSnapshotFetch");
    let early = js_sys::Reflect::get(&window, &key).ok().filter(|e| e.is_object())?;
    js_sys::Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &key).ok()?;
    let asked = js_sys::Reflect::get(&early, &JsValue::from_str("path")).ok()?.as_string()?;
    if asked != path {
        return None;
    }
    js_sys::Reflect::get(&early, &JsValue::from_str("response")).ok()?.dyn_into::<js_sys::Promise>().ok()
}

impl Pending {
    /// The file's bytes once they have all arrived.
    pub async fn bytes(self) -> Result<Vec<u8>, LoadError> {
        let response = wasm_bindgen_futures::JsFuture::from(self.0?).await.map_err(js_error)?;
        let response = gloo_net::http::Response::from(web_sys::Response::from(response));
        if !response.ok() {
            return Err(LoadError::Status(response.status()));
        }
        response.binary().await.map_err(|e| LoadError::Fetch(e.to_string()))
    }
}

/// Fetches a snapshot file's bytes (see `start_fetch`).
pub async fn fetch_bytes(path: &str) -> Result<Vec<u8>, LoadError> {
    start_fetch(path).bytes().await
}

/// A failed fetch in the words the browser gave it ("TypeError: Failed to fetch").
fn js_error(value: wasm_bindgen::JsValue) -> LoadError {
    use wasm_bindgen::JsCast;
    let detail = match value.dyn_into::<js_sys::Error>() {
        Ok(e) => format!("{}: {}", String::from(e.name()), String::from(e.message())),
        Err(value) => value.as_string().unwrap_or_else(|| "unknown error".to_owned()),
    };
    LoadError::Fetch(detail)
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
