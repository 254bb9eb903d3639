//! The pure core: the snapshot format, its validation, statistics and the ranking rules.
//! Nothing here touches the browser, so every function runs under `cargo test`.
pub mod explain;
pub mod generate;
pub mod journal;
pub mod lang;
pub mod numfmt;
pub mod problem;
pub mod rank;
pub mod snapshot;
pub mod stats;
pub mod validate;

pub use lang::Lang;
pub use problem::{Problem, ProblemKind};
pub use rank::{rank, Age, Query, Ranking};
pub use snapshot::Snapshot;
pub use validate::{parse_snapshot, Invalid};
