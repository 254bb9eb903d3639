//! Reading a snapshot file the user opened or dropped, and writing to the clipboard.

use super::validate;
use crate::domain::load::{LoadError, Loaded, Source};
use crate::domain::validate::MAX_BYTES;
use crate::domain::Invalid;
use wasm_bindgen_futures::JsFuture;

/// Reads and validates a local file; files over the size limit are refused unread.
pub async fn read_snapshot_file(file: &web_sys::File) -> Result<Loaded, LoadError> {
    let size = file.size() as u64;
    if size > MAX_BYTES {
        return Err(Invalid::too_large(size).into());
    }
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|e| LoadError::FileRead(js_error(&e)))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Ok(validate(&bytes, Source::LocalFile(file.name()))?)
}

/// A JS error's name and message, for a person to read.
fn js_error(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Error::from(e.clone()).to_string().as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// The first file of a drop or a file input.
pub fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|list| list.get(0))
}

/// Copies text to the clipboard; `false` when the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = super::secure_window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text)).await.is_ok()
}
