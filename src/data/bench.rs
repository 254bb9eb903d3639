//! A hook for the browser benchmark (`tests/bench/browser.mjs`): `window.__vgBench.parse(text)`
//! parses and validates a snapshot's text as a load does and says whether it was valid, so the page
//! can time it beside `JSON.parse` of the same text. It reads nothing of the page and keeps nothing.

use wasm_bindgen::closure::Closure;

pub fn install() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let parse = Closure::<dyn Fn(String) -> bool>::new(|text: String| {
        crate::domain::parse_snapshot(text.as_bytes(), super::today()).is_ok()
    });
    let hook = js_sys::Object::new();
    let installed = js_sys::Reflect::set(&hook, &"parse".into(), parse.as_ref())
        .and_then(|_| js_sys::Reflect::set(&window, &"__vgBench".into(), &hook));
    if installed.is_ok() {
        // The hook lives as long as the page.
        parse.forget();
    }
}
