//! Visitationsguide: ranks activation offers from a published quality snapshot.
//!
//! `domain` is plain Rust (validation, statistics, ranking) shared by the browser app
//! and the native `snapshot` checker; `data` and `ui` exist only in the browser build.
pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod data;
#[cfg(feature = "publisher")]
pub mod publish;
#[cfg(target_arch = "wasm32")]
pub mod ui;
