//! The page itself: its language attribute, focus, printing, reloading, and the moments the guide
//! wakes up to look for news (focus, becoming visible, a timer).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Sets `<html lang>`, which screen readers and spell-checkers follow.
pub fn set_language(code: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

/// Moves keyboard focus to the element with this id, if it is there.
pub fn focus(id: &str) {
    let element = document().and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Moves keyboard focus to the element with this id once the view has updated (the next frame):
/// for a handler that also changes what is shown, since re-rendering may replace or move elements,
/// and a moved element loses focus.
pub fn focus_after_update(id: String) {
    leptos::prelude::request_animation_frame(move || focus(&id));
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Reloads the page.
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Calls `wake` when the window gets focus, when the tab becomes visible, and every `every_ms`,
/// but only while the tab is visible. The listeners live as long as the page.
pub fn on_wake(every_ms: i32, wake: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let check = Closure::<dyn Fn()>::new(move || {
        let visible = document().is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
        if visible {
            wake();
        }
    });
    let callback = check.as_ref().unchecked_ref();
    let _ = window.add_event_listener_with_callback("focus", callback);
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback("visibilitychange", callback);
    }
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(callback, every_ms);
    check.forget();
}
