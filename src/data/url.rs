//! The address: reading its parameters once on load (`domain::link` decides what they mean), taking
//! the citizen's group and age out of the address bar and the history entry straight after, so they
//! do not stay in the history or go out in a later reload, and making "Copy link" links. The app
//! never writes the query back while it is being typed.

use crate::domain::link::StartParams;
use crate::domain::Lang;

/// The decoded name–value pairs of a `?search` or `#fragment`.
fn pairs(text: &str) -> Vec<(String, String)> {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(text) else {
        return Vec::new();
    };
    let names = ["snapshot", "group", "age", "lang"];
    names.iter().filter_map(|name| params.get(name).map(|value| (name.to_string(), value))).collect()
}

/// Reads `location.search` and `location.hash`, then removes the citizen's group and age from the
/// address (keeping `snapshot` and `lang`).
pub fn start_params() -> StartParams {
    let Some(window) = web_sys::window() else {
        return StartParams::default();
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let params = StartParams::read(&pairs(&search), &pairs(hash.trim_start_matches('#')));
    if params.has_query() {
        forget_query(&window, &search);
    }
    params
}

/// Replaces the current history entry with the same address minus `group`, `age` and the fragment.
fn forget_query(window: &web_sys::Window, search: &str) {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(search) else {
        return;
    };
    params.delete("group");
    params.delete("age");
    let rest = String::from(params.to_string());
    let Ok(path) = window.location().pathname() else {
        return;
    };
    let clean = if rest.is_empty() { path } else { format!("{path}?{rest}") };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean));
    }
}

/// The app's own address with the query in the fragment, for "Copy link": `…/?lang=en#group=ID&age=N`.
/// A fragment is not sent to the server when the link is opened.
pub fn share_link(group: &str, age: Option<u8>, lang: Lang) -> Option<String> {
    let location = web_sys::window()?.location();
    let base = format!("{}{}", location.origin().ok()?, location.pathname().ok()?);
    let params = web_sys::UrlSearchParams::new().ok()?;
    params.append("group", group);
    if let Some(age) = age {
        params.append("age", &age.to_string());
    }
    let lang = if lang == Lang::En { "?lang=en" } else { "" };
    Some(format!("{base}{lang}#{}", String::from(params.to_string())))
}
