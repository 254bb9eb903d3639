//! The pure core: the snapshot format and its validation, statistics, the ranking rules, the load
//! state, the query, and every phrase shown. Nothing here touches the browser, so every function
//! runs under `cargo test`. See ARCHITECTURE.md for the path of the data.
pub mod generate;
pub mod lang;
pub mod link;
pub mod load;
pub mod problem;
pub mod query;
pub mod rank;
pub mod snapshot;
pub mod stats;
pub mod text;
pub mod validate;

pub use lang::Lang;
pub use problem::{Problem, ProblemKind};
pub use rank::{rank, Age, Query, Ranking};
pub use snapshot::Snapshot;
pub use validate::{parse_snapshot, Invalid};
