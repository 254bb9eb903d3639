//! Browser I/O: fetching the snapshot and reading today's date. The only module that touches browser APIs.

pub mod cache;
pub mod file;
pub mod url;
pub mod worker;

use crate::domain::{parse_snapshot, Invalid, Lang, Snapshot};
use chrono::NaiveDate;

/// The bundled snapshot, relative to the app's address.
pub const DEFAULT_SNAPSHOT: &str = "data/snapshot.json";

/// Why a snapshot could not be loaded.
#[derive(Clone, Debug, thiserror::Error)]
pub enum LoadError {
    #[error("network error: {0}")]
    Network(String),
    #[error("the server answered {0}")]
    Status(u16),
    #[error(transparent)]
    Invalid(#[from] Invalid),
}

impl LoadError {
    /// What to show, one line per problem, in the user's language.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        match self {
            LoadError::Network(detail) => vec![match lang {
                Lang::Da => format!("Tallene kunne ikke hentes (netværksfejl: {detail})."),
                Lang::En => format!("The figures could not be fetched (network error: {detail})."),
            }],
            LoadError::Status(code) => vec![match lang {
                Lang::Da => format!("Tallene kunne ikke hentes: serveren svarede {code}."),
                Lang::En => {
                    format!("The figures could not be fetched: the server answered {code}.")
                }
            }],
            LoadError::Invalid(invalid) => invalid.lines(lang),
        }
    }
}

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
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    response.binary().await.map_err(|e| LoadError::Network(e.to_string()))
}

/// Validates fetched bytes.
pub fn validate(bytes: &[u8]) -> Result<Snapshot, LoadError> {
    Ok(parse_snapshot(bytes, today())?)
}

/// A cheap fingerprint of a file's bytes (FNV-1a), to notice a changed snapshot.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// The window, if the page is a secure context (HTTPS or localhost). Outside one, the browser leaves
/// out service workers, Cache Storage and the clipboard: calling them would throw a JS exception
/// instead of returning an error, so callers skip them and the guide works without.
pub fn secure_window() -> Option<web_sys::Window> {
    web_sys::window().filter(web_sys::Window::is_secure_context)
}
