//! The last good snapshot, kept in Cache Storage (never localStorage): the bytes of the last file that
//! passed validation, so the guide still ranks when the network or the newest file fails.
//! Only published figures are stored here; nothing about a citizen ever is.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

const CACHE: &str = "vg-last-good-snapshot";
/// A same-origin key, relative to the app, that no server path uses.
const KEY: &str = "./__last-good-snapshot.json";

fn caches() -> Option<web_sys::CacheStorage> {
    super::secure_window()?.caches().ok()
}

/// Stores validated snapshot bytes (valid JSON, so valid UTF-8). Errors are reported, not fatal.
pub async fn store_last_good(text: &str) -> Result<(), String> {
    let caches = caches().ok_or("Cache Storage is not available")?;
    let cache: web_sys::Cache =
        JsFuture::from(caches.open(CACHE)).await.map_err(|e| format!("{e:?}"))?.unchecked_into();
    let init = web_sys::ResponseInit::new();
    init.set_status(200);
    let headers = web_sys::Headers::new().map_err(|e| format!("{e:?}"))?;
    headers.set("content-type", "application/json").map_err(|e| format!("{e:?}"))?;
    init.set_headers(&headers);
    let response = web_sys::Response::new_with_opt_str_and_init(Some(text), &init).map_err(|e| format!("{e:?}"))?;
    JsFuture::from(cache.put_with_str(KEY, &response)).await.map_err(|e| format!("{e:?}"))?;
    Ok(())
}

/// The stored bytes, if any.
pub async fn read_last_good() -> Option<Vec<u8>> {
    let caches = caches()?;
    let cache: web_sys::Cache = JsFuture::from(caches.open(CACHE)).await.ok()?.unchecked_into();
    let hit = JsFuture::from(cache.match_with_str(KEY)).await.ok()?;
    let response: web_sys::Response = hit.dyn_into().ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
