//! The browser app's entry point: a panic hook, then mount the App. Natively it only points to Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(visitationsguide::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Visitationsguide runs in the browser: see README.md (scripts/serve.sh). The checker is `snapshot`.");
}
