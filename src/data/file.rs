//! Reading a snapshot file the user opened or dropped, and writing to the clipboard.

use super::{today, LoadError};
use crate::domain::problem::{JsonPath, Problem, ProblemKind};
use crate::domain::validate::MAX_BYTES;
use crate::domain::{parse_snapshot, Invalid, Snapshot};
use wasm_bindgen_futures::JsFuture;

/// Reads and validates a local file; files over the size limit are refused unread.
pub async fn read_snapshot_file(file: web_sys::File) -> Result<(Snapshot, Vec<u8>), LoadError> {
    let size = file.size() as u64;
    if size > MAX_BYTES {
        let problem = Problem { path: JsonPath::root(), kind: ProblemKind::TooLarge { bytes: size, limit: MAX_BYTES } };
        return Err(LoadError::Invalid(Invalid { problems: vec![problem], more: 0 }));
    }
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|e| LoadError::Network(format!("{e:?}")))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let snapshot = parse_snapshot(&bytes, today())?;
    Ok((snapshot, bytes))
}

/// Copies text to the clipboard; `false` when the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = super::secure_window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text)).await.is_ok()
}
