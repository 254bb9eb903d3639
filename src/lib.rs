//! Visitationsguide: ranks activation offers from a published quality snapshot.
//!
//! `domain` is plain Rust (validation, statistics, ranking) shared by the browser app
//! and the native `snapshot` checker; `data` and `ui` exist only in the browser build.
pub mod domain;
/// HTML text with every value escaped, for the views built as markup in one piece.
pub mod markup;

#[cfg(target_arch = "wasm32")]
pub mod data;
#[cfg(feature = "publisher")]
pub mod publish;
#[cfg(target_arch = "wasm32")]
pub mod ui;
