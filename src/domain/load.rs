//! The one load state: which snapshot is in use, where it came from, and what went wrong, as a pure
//! state machine. The browser side (`data/`) fetches and reads; `LoadState::after` decides; the
//! views render. A failure never replaces good figures: the last good snapshot stays in use.

use super::snapshot::Snapshot;
use super::text::Label;
use super::validate::Invalid;
use super::Lang;
use chrono::NaiveDate;
use std::sync::Arc;

/// Where a snapshot came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// Fetched from this server, at this path.
    Published(String),
    /// A file the user opened to preview it.
    LocalFile(String),
    /// The last good published snapshot, from Cache Storage.
    LastGood,
}

impl Source {
    /// How the source is named in a message: the path, the file name, or "the saved figures".
    pub fn name(&self, lang: Lang) -> String {
        match self {
            Source::Published(path) => path.clone(),
            Source::LocalFile(name) => name.clone(),
            Source::LastGood => lang.label(Label::SavedFigures).to_owned(),
        }
    }
}

/// A validated snapshot with its origin.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub snapshot: Arc<Snapshot>,
    pub source: Source,
    /// Fingerprint of the file's bytes, to notice a changed snapshot on the server.
    pub fingerprint: u64,
}

/// Why a snapshot could not be used.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadError {
    /// The request failed: offline, or the server did not answer.
    #[error("network error: {0}")]
    Fetch(String),
    #[error("the server answered {0}")]
    Status(u16),
    /// A local file could not be read.
    #[error("the file could not be read: {0}")]
    FileRead(String),
    #[error(transparent)]
    Invalid(#[from] Invalid),
}

impl LoadError {
    /// The network or the server failed, rather than the file itself.
    pub fn is_transport(&self) -> bool {
        matches!(self, LoadError::Fetch(_) | LoadError::Status(_))
    }

    /// What to show, one line per problem, in the user's language.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        match self {
            LoadError::Invalid(invalid) => invalid.lines(lang),
            other => vec![lang.words().load_failure(other)],
        }
    }
}

/// The guide's load state.
#[derive(Clone, Debug)]
pub enum LoadState {
    /// Nothing yet: the published snapshot is on its way.
    Loading,
    /// The published snapshot is in use.
    Ready(Loaded),
    /// A local file the user opened is in use, to preview it.
    Preview(Loaded),
    /// A file could not be used (invalid or unreadable); the figures in use before stay.
    Kept { error: LoadError, failed: Source, kept: Loaded },
    /// The published snapshot could not be fetched; the figures in use, or the last good ones, stay.
    Offline { error: LoadError, failed: Source, kept: Loaded },
    /// Nothing to show. `cache` says why the saved figures could not be used, when they were there.
    Failed { error: LoadError, failed: Source, cache: Option<Invalid> },
}

/// Something that happened to a load.
#[derive(Clone, Debug)]
pub enum LoadEvent {
    /// The published snapshot was fetched and validated, or not. `cached` is the last good snapshot
    /// from Cache Storage, read only when nothing was in use (`LoadState::needs_last_good`).
    Published { path: String, outcome: Result<Loaded, LoadError>, cached: Option<Result<Loaded, Invalid>> },
    /// A local file the user opened was read and validated, or not.
    File { name: String, outcome: Result<Loaded, LoadError> },
}

impl LoadState {
    /// The snapshot the guide shows, if any.
    pub fn in_use(&self) -> Option<&Loaded> {
        match self {
            LoadState::Loading | LoadState::Failed { .. } => None,
            LoadState::Ready(loaded) | LoadState::Preview(loaded) => Some(loaded),
            LoadState::Kept { kept, .. } | LoadState::Offline { kept, .. } => Some(kept),
        }
    }

    /// A failed published load should fall back on the last good snapshot from the cache.
    pub fn needs_last_good(&self) -> bool {
        self.in_use().is_none()
    }

    /// The figures in use are the published ones (fresh or saved), so a newer file on the server matters.
    pub fn follows_server(&self) -> bool {
        matches!(self.in_use(), Some(Loaded { source: Source::Published(_) | Source::LastGood, .. }))
    }

    /// The state as one word, for `data-state` and tests.
    pub fn code(&self) -> &'static str {
        match self {
            LoadState::Loading => "loading",
            LoadState::Ready(_) | LoadState::Preview(_) => "ready",
            LoadState::Kept { .. } => "kept",
            LoadState::Offline { .. } => "offline",
            LoadState::Failed { .. } => "failed",
        }
    }

    /// The state after `event`: success replaces, failure keeps what was good.
    pub fn after(&self, event: LoadEvent) -> LoadState {
        let in_use = self.in_use().cloned();
        match event {
            // A file the user opened while the published one was on its way stays in preview.
            LoadEvent::Published { outcome: Ok(_), .. } if matches!(self, LoadState::Preview(_)) => self.clone(),
            LoadEvent::Published { outcome: Ok(loaded), .. } => LoadState::Ready(loaded),
            LoadEvent::File { outcome: Ok(loaded), .. } => LoadState::Preview(loaded),
            LoadEvent::Published { path, outcome: Err(error), cached } => {
                let failed = Source::Published(path);
                let (from_cache, cache) = match cached {
                    Some(Ok(loaded)) => (Some(loaded), None),
                    Some(Err(invalid)) => (None, Some(invalid)),
                    None => (None, None),
                };
                match in_use.or(from_cache) {
                    Some(kept) if error.is_transport() => LoadState::Offline { error, failed, kept },
                    Some(kept) => LoadState::Kept { error, failed, kept },
                    None => LoadState::Failed { error, failed, cache },
                }
            }
            LoadEvent::File { name, outcome: Err(error) } => {
                let failed = Source::LocalFile(name);
                match in_use {
                    Some(kept) => LoadState::Kept { error, failed, kept },
                    None => LoadState::Failed { error, failed, cache: None },
                }
            }
        }
    }
}

/// What a later look at the server found.
#[derive(Clone, Debug, PartialEq)]
pub enum SnapshotNotice {
    /// A new valid snapshot is published; reloading shows it.
    Newer { published: NaiveDate },
    /// A new snapshot is published but fails validation; it was not activated.
    Refused(LoadError),
}

impl SnapshotNotice {
    /// The notice for a file fetched again from the server: none when it is the one in use.
    /// `validate` runs only when the file changed.
    pub fn for_fetched(
        in_use: Option<u64>,
        fetched: u64,
        validate: impl FnOnce() -> Result<NaiveDate, LoadError>,
    ) -> Option<SnapshotNotice> {
        if in_use == Some(fetched) {
            return None;
        }
        Some(match validate() {
            Ok(published) => SnapshotNotice::Newer { published },
            Err(error) => SnapshotNotice::Refused(error),
        })
    }
}

/// The published snapshot, relative to the app's address.
pub const PUBLISHED_SNAPSHOT: &str = "data/snapshot.json";

/// Whether a snapshot loaded from `path` becomes the last good one an offline guide falls back on:
/// only the published file, never a linked one (`?snapshot=`: a fixture, a publisher's preview).
pub fn kept_as_last_good(path: &str) -> bool {
    path == PUBLISHED_SNAPSHOT
}

/// A cheap fingerprint of a file's bytes, to notice a changed snapshot: FNV-1a over 8-byte words
/// (eight times fewer steps than byte by byte; the guide fingerprints the file on every look at
/// the server), then the tail and the length.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut words = bytes.chunks_exact(8);
    let mut h = words.by_ref().fold(0xcbf2_9ce4_8422_2325_u64, |h, w| {
        let word = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        (h ^ word).wrapping_mul(PRIME)
    });
    for &b in words.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(PRIME);
    }
    (h ^ bytes.len() as u64).wrapping_mul(PRIME)
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_the_published_file_becomes_the_last_good_one() {
        assert!(super::kept_as_last_good("data/snapshot.json"));
        for linked in
            ["/fixtures/trend.json", "publish-preview/snapshot.json", "data/other.json", "/data/snapshot.json"]
        {
            assert!(!super::kept_as_last_good(linked), "{linked}");
        }
    }

    use super::*;
    use crate::domain::problem::ProblemKind;
    use crate::domain::validate::MAX_BYTES;

    fn snapshot(publisher: &str) -> Arc<Snapshot> {
        let text = std::fs::read_to_string("tests/fixtures/good/minimal.json").unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
        value["publisher"] = publisher.into();
        let text = value.to_string();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        Arc::new(crate::domain::parse_snapshot(text.as_bytes(), today).unwrap())
    }

    fn loaded(publisher: &str, source: Source) -> Loaded {
        Loaded { snapshot: snapshot(publisher), source, fingerprint: publisher.len() as u64 }
    }

    fn published(publisher: &str) -> Loaded {
        loaded(publisher, Source::Published("data/snapshot.json".into()))
    }

    fn fetched(outcome: Result<Loaded, LoadError>, cached: Option<Result<Loaded, Invalid>>) -> LoadEvent {
        LoadEvent::Published { path: "data/snapshot.json".into(), outcome, cached }
    }

    fn invalid() -> Invalid {
        Invalid::too_large(MAX_BYTES + 1)
    }

    fn publisher(state: &LoadState) -> Option<String> {
        state.in_use().map(|l| l.snapshot.publisher().to_owned())
    }

    #[test]
    fn loading_then_ready() {
        let state = LoadState::Loading;
        assert_eq!((state.code(), state.needs_last_good(), state.follows_server()), ("loading", true, false));
        let ready = state.after(fetched(Ok(published("A")), None));
        assert_eq!(ready.code(), "ready");
        assert_eq!(publisher(&ready).as_deref(), Some("A"));
        assert!(ready.follows_server() && !ready.needs_last_good());
    }

    #[test]
    fn offline_at_start_uses_the_last_good_snapshot_from_the_cache() {
        let last_good = loaded("Saved", Source::LastGood);
        let state = LoadState::Loading.after(fetched(Err(LoadError::Fetch("offline".into())), Some(Ok(last_good))));
        assert_eq!(state.code(), "offline");
        assert_eq!(publisher(&state).as_deref(), Some("Saved"));
        assert!(state.follows_server(), "saved published figures still look for newer ones");
        let LoadState::Offline { error, failed, .. } = &state else { panic!("{state:?}") };
        assert!(error.is_transport());
        assert_eq!(failed, &Source::Published("data/snapshot.json".into()));
    }

    #[test]
    fn a_server_error_with_figures_in_use_keeps_them_as_offline() {
        let state = LoadState::Ready(published("A")).after(fetched(Err(LoadError::Status(503)), None));
        assert_eq!(state.code(), "offline");
        assert_eq!(publisher(&state).as_deref(), Some("A"));
    }

    #[test]
    fn an_invalid_published_file_is_never_activated() {
        let state = LoadState::Ready(published("A")).after(fetched(Err(invalid().into()), None));
        assert_eq!(state.code(), "kept");
        assert_eq!(publisher(&state).as_deref(), Some("A"));
        let at_start =
            LoadState::Loading.after(fetched(Err(invalid().into()), Some(Ok(loaded("S", Source::LastGood)))));
        assert_eq!((at_start.code(), publisher(&at_start).as_deref()), ("kept", Some("S")));
    }

    /// Regression: a saved snapshot that no longer validates was dropped without a word.
    #[test]
    fn an_unreadable_cache_is_reported_not_dropped() {
        let state = LoadState::Loading.after(fetched(Err(LoadError::Fetch("offline".into())), Some(Err(invalid()))));
        assert_eq!(state.code(), "failed");
        let LoadState::Failed { cache: Some(problem), .. } = &state else { panic!("{state:?}") };
        assert!(matches!(problem.problems[0].kind, ProblemKind::TooLarge { .. }));
        let nothing = LoadState::Loading.after(fetched(Err(LoadError::Status(404)), None));
        assert!(matches!(nothing, LoadState::Failed { cache: None, .. }));
    }

    #[test]
    fn a_local_file_is_previewed_and_a_bad_one_keeps_the_figures() {
        let preview = LoadState::Ready(published("A")).after(LoadEvent::File {
            name: "draft.json".into(),
            outcome: Ok(loaded("Draft", Source::LocalFile("draft.json".into()))),
        });
        assert!(matches!(preview, LoadState::Preview(_)));
        assert_eq!(preview.code(), "ready");
        assert!(!preview.follows_server(), "a preview is not replaced by a newer published file");
        let bad = preview.after(LoadEvent::File { name: "bad.json".into(), outcome: Err(invalid().into()) });
        assert_eq!((bad.code(), publisher(&bad).as_deref()), ("kept", Some("Draft")));
    }

    /// Regression: a slow first fetch replaced the local file the user had opened meanwhile.
    #[test]
    fn a_preview_is_not_replaced_by_a_late_published_load() {
        let preview = LoadState::Loading.after(LoadEvent::File {
            name: "d.json".into(),
            outcome: Ok(loaded("Draft", Source::LocalFile("d.json".into()))),
        });
        let after = preview.after(fetched(Ok(published("A")), None));
        assert!(matches!(after, LoadState::Preview(_)));
        assert_eq!(publisher(&after).as_deref(), Some("Draft"));
    }

    /// Regression: a local file that could not be read was filed as a network error, so the banner said "Offline".
    #[test]
    fn an_unreadable_local_file_is_not_offline() {
        let state = LoadState::Ready(published("A")).after(LoadEvent::File {
            name: "x.json".into(),
            outcome: Err(LoadError::FileRead("NotReadableError".into())),
        });
        assert_eq!(state.code(), "kept");
        let LoadState::Kept { error, failed, .. } = &state else { panic!("{state:?}") };
        assert!(!error.is_transport());
        assert_eq!(failed.name(Lang::Da), "x.json");
        let nothing = LoadState::Loading
            .after(LoadEvent::File { name: "x.json".into(), outcome: Err(LoadError::FileRead("e".into())) });
        assert_eq!(nothing.code(), "failed");
    }

    #[test]
    fn a_new_published_file_is_announced_or_refused() {
        let date = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
        assert_eq!(SnapshotNotice::for_fetched(Some(7), 7, || panic!("unchanged files are not validated")), None);
        assert_eq!(
            SnapshotNotice::for_fetched(Some(7), 8, || Ok(date)),
            Some(SnapshotNotice::Newer { published: date })
        );
        let refused = SnapshotNotice::for_fetched(None, 8, || Err(LoadError::Invalid(invalid())));
        assert!(matches!(refused, Some(SnapshotNotice::Refused(LoadError::Invalid(_)))));
    }

    #[test]
    fn fingerprints_differ_for_different_bytes() {
        assert_eq!(fingerprint(b"abc"), fingerprint(b"abc"));
        assert_ne!(fingerprint(b"abc"), fingerprint(b"abd"));
        let long = b"0123456789abcdef0123".to_vec();
        for i in 0..long.len() {
            let mut changed = long.clone();
            changed[i] ^= 1;
            assert_ne!(fingerprint(&long), fingerprint(&changed), "a change at byte {i} is noticed");
        }
        assert_ne!(fingerprint(b"abcdefgh"), fingerprint(b"abcdefgh\0"), "and a change of length");
    }
}
