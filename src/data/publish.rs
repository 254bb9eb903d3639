//! The publisher page's browser calls: reading the chosen files, the download link, the preview the guide
//! opens, the page's title, and asking the service worker to keep the page for offline use. Nothing here
//! sends a file anywhere: bytes go from the file into memory, and out only as a download or into this
//! browser's Cache Storage.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the guide finds a preview: `index.html?snapshot=publish-preview/snapshot.json`. No server path
/// uses it; the service worker answers it from `PREVIEW_CACHE` (public/sw.js), so it works offline too.
pub const PREVIEW_PATH: &str = "publish-preview/snapshot.json";
const PREVIEW_CACHE: &str = "vg-publish-preview";

/// A chosen file: its name and size, read only when wanted.
pub struct Chosen {
    pub name: String,
    pub size: u64,
    file: web_sys::File,
}

/// The files of a file input or a drop, in name order.
pub fn chosen(files: Option<web_sys::FileList>) -> Vec<Chosen> {
    let Some(list) = files else {
        return Vec::new();
    };
    let mut out: Vec<Chosen> = (0..list.length())
        .filter_map(|i| list.get(i))
        .map(|file| Chosen { name: file.name(), size: file.size() as u64, file })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

impl Chosen {
    /// The file's bytes; the error is the browser's reason, for a person to read.
    pub async fn read(&self) -> Result<Vec<u8>, String> {
        let buffer = JsFuture::from(self.file.array_buffer()).await.map_err(|e| js_error(&e))?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }
}

fn js_error(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Error::from(e.clone()).to_string().as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// Lets the browser paint (the "reading" message) before a long import blocks the page.
pub async fn let_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 16);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// An object URL for the snapshot's text, for a download link; `revoke` it when the link goes.
pub fn download_url(text: &str) -> Option<String> {
    // No MIME type: setting one needs web-sys's BlobPropertyBag, and a new web-sys feature changes the
    // guide's wasm too (its symbols are ordered differently). The link's `download` name says `.json`.
    let parts = js_sys::Array::of1(&text.into());
    let blob = web_sys::Blob::new_with_str_sequence(&parts).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

pub fn revoke(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

/// Keeps the snapshot in this browser's Cache Storage where the guide's service worker serves it, once a
/// service worker is active (a guide tab opened before would otherwise ask the server, which has no preview).
pub async fn store_preview(text: &str) -> Result<(), String> {
    let window = super::secure_window().ok_or("no secure context")?;
    let caches = window.caches().map_err(|e| js_error(&e))?;
    let cache: web_sys::Cache =
        JsFuture::from(caches.open(PREVIEW_CACHE)).await.map_err(|e| js_error(&e))?.unchecked_into();
    let init = web_sys::ResponseInit::new();
    init.set_status(200);
    let headers = web_sys::Headers::new().map_err(|e| js_error(&e))?;
    headers.set("content-type", "application/json").map_err(|e| js_error(&e))?;
    init.set_headers(&headers);
    let response = web_sys::Response::new_with_opt_str_and_init(Some(text), &init).map_err(|e| js_error(&e))?;
    JsFuture::from(cache.put_with_str(PREVIEW_PATH, &response)).await.map_err(|e| js_error(&e))?;
    let ready = window.navigator().service_worker().ready().map_err(|e| js_error(&e))?;
    JsFuture::from(ready).await.map_err(|e| js_error(&e))?;
    Ok(())
}

/// Asks the active service worker to keep this page and its bundle for offline use (public/sw.js keeps
/// them apart from the guide's shell, so the guide's first load does not fetch them).
pub async fn keep_offline() -> Result<(), String> {
    let window = super::secure_window().ok_or("no secure context")?;
    let ready = window.navigator().service_worker().ready().map_err(|e| js_error(&e))?;
    let registration: web_sys::ServiceWorkerRegistration =
        JsFuture::from(ready).await.map_err(|e| js_error(&e))?.unchecked_into();
    let active = registration.active().ok_or("no active service worker")?;
    active.post_message(&"cache-publisher".into()).map_err(|e| js_error(&e))
}

/// Sets the document's title, in the page's language.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}
