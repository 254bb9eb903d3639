//! What the address may say on load: `?snapshot=PATH&lang=en`, and the query as `#group=ID&age=N`
//! (what "Copy link" makes: a fragment never reaches the server) or as `?group=ID&age=N`. Read once,
//! then the group and age are taken out of the address bar and the history entry, so they do not
//! stay in the history or go out in a later reload. The app never writes them back.

use crate::domain::Lang;

/// The parameters read on load. Invalid values are kept as problems to show, never guessed at.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartParams {
    pub snapshot: Option<String>,
    pub snapshot_refused: Option<String>,
    pub group: Option<String>,
    pub age: Option<String>,
    pub lang: Option<Lang>,
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
    let mut params = parse_search(&search);
    let fragment = parse_search(hash.trim_start_matches('#'));
    params.group = fragment.group.or(params.group);
    params.age = fragment.age.or(params.age);
    if params.group.is_some() || params.age.is_some() {
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

fn parse_search(search: &str) -> StartParams {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(search) else {
        return StartParams::default();
    };
    let mut out = StartParams {
        group: params.get("group"),
        age: params.get("age"),
        lang: params.get("lang").as_deref().and_then(Lang::from_code),
        ..StartParams::default()
    };
    if let Some(path) = params.get("snapshot") {
        if is_same_origin_path(&path) {
            out.snapshot = Some(path);
        } else {
            out.snapshot_refused = Some(path);
        }
    }
    out
}

/// Only a plain path on this server: no scheme, no `//host`, no backslashes or control characters.
pub fn is_same_origin_path(path: &str) -> bool {
    !path.is_empty()
        && path.len() <= 512
        && !path.contains("://")
        && !path.starts_with("//")
        && !path.contains('\\')
        && !path.contains(':')
        && !path.chars().any(char::is_control)
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
