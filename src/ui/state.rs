//! The app's state, provided as context by named type. Citizen inputs live only here, in memory.

use crate::data::LoadError;
use crate::domain::rank::{AgeError, Ranking};
use crate::domain::{rank, Age, Lang, Query, Snapshot};
use leptos::prelude::*;
use std::sync::Arc;

/// Where the snapshot in use came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// Fetched from this server.
    Published(String),
    /// A file the user opened to preview it.
    LocalFile(String),
    /// The last good snapshot from Cache Storage, used when the published one could not be.
    LastGood,
}

/// A snapshot in use, with its origin.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub snapshot: Arc<Snapshot>,
    pub source: Source,
    /// Fingerprint of the file's bytes, to notice a changed snapshot on the server.
    pub fingerprint: u64,
}

/// The one load state. A failure keeps the last good snapshot in use.
#[derive(Clone, Debug)]
pub enum Load {
    Loading,
    Ready(Loaded),
    Failed { error: LoadError, failed_source: Source, last_good: Option<Loaded> },
}

impl Load {
    /// The snapshot the guide shows, if any.
    pub fn in_use(&self) -> Option<&Loaded> {
        match self {
            Load::Loading => None,
            Load::Ready(loaded) => Some(loaded),
            Load::Failed { last_good, .. } => last_good.as_ref(),
        }
    }

    /// The state after a load attempt: success replaces, failure keeps what was good.
    pub fn after(&self, attempt: Result<Loaded, (LoadError, Source)>) -> Load {
        match attempt {
            Ok(loaded) => Load::Ready(loaded),
            Err((error, failed_source)) => Load::Failed { error, failed_source, last_good: self.in_use().cloned() },
        }
    }
}

/// What was typed in the age box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AgeInput {
    Empty,
    NotANumber,
    Invalid(AgeError),
    Valid(Age),
}

impl AgeInput {
    pub fn parse(text: &str) -> AgeInput {
        let text = text.trim();
        if text.is_empty() {
            return AgeInput::Empty;
        }
        match text.parse::<i64>() {
            Ok(years) => Age::new(years).map_or_else(AgeInput::Invalid, AgeInput::Valid),
            Err(_) => AgeInput::NotANumber,
        }
    }

    pub fn message(self, lang: Lang) -> Option<&'static str> {
        match self {
            AgeInput::Empty | AgeInput::Valid(_) => None,
            AgeInput::NotANumber => {
                Some(lang.pick("Skriv alderen som et helt tal, fx 34.", "Type the age as a whole number, e.g. 34."))
            }
            AgeInput::Invalid(e) => Some(e.message(lang)),
        }
    }
}

/// What a later look at the server found.
#[derive(Clone, Debug)]
pub enum SnapshotNotice {
    /// A new valid snapshot is published; reloading shows it.
    Newer { published: chrono::NaiveDate },
    /// A new snapshot is published but fails validation; it was not activated.
    Refused(LoadError),
}

/// Everything the components share.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub load: RwSignal<Load>,
    /// Target group id; empty until chosen.
    pub group: RwSignal<String>,
    pub age_text: RwSignal<String>,
    /// Offer ids picked for comparison, at most `MAX_COMPARE`.
    pub compare: RwSignal<Vec<String>>,
    /// The screen is turned towards the citizen.
    pub citizen_view: RwSignal<bool>,
    /// A new app version is installed and waits for a reload.
    pub app_update: RwSignal<bool>,
    pub snapshot_notice: RwSignal<Option<SnapshotNotice>>,
    pub age: Memo<AgeInput>,
    pub ranking: Memo<Option<Ranking>>,
}

pub const MAX_COMPARE: usize = 3;

impl AppState {
    pub fn new(lang: Lang, group: String, age_text: String) -> Self {
        let load = RwSignal::new(Load::Loading);
        let group = RwSignal::new(group);
        let age_text = RwSignal::new(age_text);
        let age = Memo::new(move |_| AgeInput::parse(&age_text.get()));
        let ranking = Memo::new(move |_| {
            let AgeInput::Valid(age) = age.get() else {
                return None;
            };
            let target_group = group.get();
            load.with(|l| l.in_use().and_then(|loaded| rank(&loaded.snapshot, &Query { target_group, age }).ok()))
        });
        AppState {
            lang: RwSignal::new(lang),
            load,
            group,
            age_text,
            compare: RwSignal::new(Vec::new()),
            citizen_view: RwSignal::new(false),
            app_update: RwSignal::new(false),
            snapshot_notice: RwSignal::new(None),
            age,
            ranking,
        }
    }

    /// The snapshot in use, if any (read reactively).
    pub fn snapshot(&self) -> Option<Arc<Snapshot>> {
        self.load.with(|l| l.in_use().map(|loaded| loaded.snapshot.clone()))
    }

    /// Adds or removes an offer from the comparison; refuses a fourth.
    pub fn toggle_compare(&self, offer_id: &str) {
        self.compare.update(|list| {
            if let Some(pos) = list.iter().position(|id| id == offer_id) {
                list.remove(pos);
            } else if list.len() < MAX_COMPARE {
                list.push(offer_id.to_owned());
            }
        });
    }
}
