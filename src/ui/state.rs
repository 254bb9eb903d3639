//! The app's state, provided as context by named type. Citizen inputs live only here, in memory;
//! what they mean (the age, the answer, the load state) is decided in `domain`.

use crate::domain::load::{LoadEvent, LoadState, SnapshotNotice};
use crate::domain::query::{AgeInput, Answer};
use crate::domain::snapshot::Id;
use crate::domain::{Lang, Ranking, Snapshot};
use leptos::prelude::*;
use std::sync::Arc;

/// How many offers can be compared side by side.
pub const MAX_COMPARE: usize = 3;

/// Everything the components share.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub load: RwSignal<LoadState>,
    /// The target group id asked for (chosen, or from a link); `None` until one is.
    pub group: RwSignal<Option<String>>,
    pub age_text: RwSignal<String>,
    /// Offers picked for comparison, at most `MAX_COMPARE`, by id so they survive a new ranking.
    pub compare: RwSignal<Vec<Id>>,
    /// The screen is turned towards the citizen.
    pub citizen_view: RwSignal<bool>,
    /// A new app version is installed and waits for a reload.
    pub app_update: RwSignal<bool>,
    pub snapshot_notice: RwSignal<Option<SnapshotNotice>>,
    pub age: Memo<AgeInput>,
    /// The guide's answer to the query with the figures in use.
    pub answer: Memo<Answer>,
}

impl AppState {
    pub fn new(lang: Lang, group: Option<String>, age_text: String) -> Self {
        let load = RwSignal::new(LoadState::Loading);
        let group = RwSignal::new(group);
        let age_text = RwSignal::new(age_text);
        let age = Memo::new(move |_| AgeInput::parse(&age_text.get()));
        let answer = Memo::new(move |_| {
            let age = age.get();
            group.with(|group| load.with(|l| Answer::of(l.in_use().map(|x| &*x.snapshot), group.as_deref(), age)))
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
            answer,
        }
    }

    /// The snapshot in use, if any (read reactively).
    pub fn snapshot(&self) -> Option<Arc<Snapshot>> {
        self.load.with(|l| l.in_use().map(|loaded| loaded.snapshot.clone()))
    }

    /// The ranking for the query, if there is one (read reactively).
    pub fn ranking(&self) -> Option<Arc<Ranking>> {
        self.answer.with(|a| a.ranking().cloned())
    }

    /// Applies a load event: the one place the load state changes.
    pub fn apply(&self, event: LoadEvent) {
        self.load.update(|load| *load = load.after(event));
    }

    /// Adds or removes an offer from the comparison; refuses one more than `MAX_COMPARE`.
    pub fn toggle_compare(&self, offer: &Id) {
        self.compare.update(|list| {
            if let Some(pos) = list.iter().position(|id| id == offer) {
                list.remove(pos);
            } else if list.len() < MAX_COMPARE {
                list.push(offer.clone());
            }
        });
    }
}
