//! What the address bar may say on load: `?snapshot=PATH&group=ID&age=N&lang=en`. Read once; the app
//! never writes the citizen's age or group back into the URL or history (only "Copy link" builds one).

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

/// Reads `location.search`.
pub fn start_params() -> StartParams {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    parse_search(&search)
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

/// The app's own address with the query's parameters, for "Copy link".
pub fn share_link(group: &str, age: Option<u8>, lang: Lang) -> Option<String> {
    let location = web_sys::window()?.location();
    let base = format!("{}{}", location.origin().ok()?, location.pathname().ok()?);
    let params = web_sys::UrlSearchParams::new().ok()?;
    params.append("group", group);
    if let Some(age) = age {
        params.append("age", &age.to_string());
    }
    if lang == Lang::En {
        params.append("lang", "en");
    }
    Some(format!("{base}?{}", String::from(params.to_string())))
}
