//! The service worker: registration, and telling the app when a new version is waiting.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Registers `sw.js` and calls `on_waiting` whenever a new app version has installed and waits.
pub async fn register(on_waiting: impl Fn() + 'static) -> Result<(), String> {
    let window = super::secure_window().ok_or("service workers need a secure context (HTTPS or localhost)")?;
    let container = window.navigator().service_worker();
    let options = web_sys::RegistrationOptions::new();
    // Always ask the server for sw.js itself, so a new version is noticed at once.
    options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
    let registration: web_sys::ServiceWorkerRegistration =
        JsFuture::from(container.register_with_options("./sw.js", &options))
            .await
            .map_err(|e| format!("{e:?}"))?
            .unchecked_into();
    let on_waiting = std::rc::Rc::new(on_waiting);
    let has_controller = container.controller().is_some();
    if registration.waiting().is_some() && has_controller {
        on_waiting();
    }
    let reg = registration.clone();
    let notify = on_waiting.clone();
    let on_update = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = reg.installing() else {
            return;
        };
        let watched = installing.clone();
        let notify = notify.clone();
        let container_has_controller =
            super::secure_window().is_some_and(|w| w.navigator().service_worker().controller().is_some());
        let on_state = Closure::<dyn Fn()>::new(move || {
            // The first install has nothing to replace; only a second version is an update.
            if watched.state() == web_sys::ServiceWorkerState::Installed && container_has_controller {
                notify();
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
    on_update.forget();
    Ok(())
}

/// Asks the waiting version to take over, then reloads once it controls the page.
pub fn activate_waiting() {
    let Some(window) = super::secure_window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(registration) = JsFuture::from(container.get_registration()).await {
            // getRegistration() resolves to undefined when there is none.
            let Some(registration) = registration.dyn_ref::<web_sys::ServiceWorkerRegistration>() else {
                return;
            };
            if let Some(waiting) = registration.waiting() {
                let _ = waiting.post_message(&"skip-waiting".into());
            }
        }
    });
}

/// Asks the browser to look for a new sw.js now (also done on every navigation).
pub fn check_for_update() {
    wasm_bindgen_futures::spawn_local(async {
        let Some(window) = super::secure_window() else {
            return;
        };
        if let Ok(registration) = JsFuture::from(window.navigator().service_worker().get_registration()).await {
            if let Some(registration) = registration.dyn_ref::<web_sys::ServiceWorkerRegistration>() {
                let _ = registration.update();
            }
        }
    });
}
