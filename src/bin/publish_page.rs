//! The publisher page's entry point (publish.html): a panic hook, then mount the page. Natively it only
//! points to the CLI, which does the same work.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(visitationsguide::ui::publish::PublishPage);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The publisher page runs in the browser (publish.html): see README.md. Natively, use `snapshot import`.");
}
