//! Browser I/O: fetching the snapshot and reading today's date. The only module that touches browser APIs.

pub mod file;
pub mod url;

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
                Lang::En => format!("The figures could not be fetched: the server answered {code}."),
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

/// Fetches and validates a snapshot.
pub async fn fetch_snapshot(path: String) -> Result<Snapshot, LoadError> {
    let response = gloo_net::http::Request::get(&path)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let bytes = response.binary().await.map_err(|e| LoadError::Network(e.to_string()))?;
    Ok(parse_snapshot(&bytes, today())?)
}
