//! The app's state, provided as context by named type. Citizen inputs live only here, in memory;
//! what they mean (the age, the answer, the load state) is decided in `domain`.

use crate::domain::load::{LoadEvent, LoadState, SnapshotNotice};
use crate::domain::query::{AgeInput, Answer};
use crate::domain::rank::Filters;
use crate::domain::snapshot::{Id, OfferIx};
use crate::domain::{Lang, Ranking, Snapshot};
use leptos::prelude::*;
use std::collections::HashSet;
use std::sync::Arc;

/// How many offers can be compared side by side.
pub const MAX_COMPARE: usize = 3;

/// The ranking on screen, with the snapshot it indexes into. While a new age is being typed it is the
/// last complete answer (`AppState::current` is false), so the list never empties under the
/// caseworker's hands, and nothing in the list is rebuilt for a keystroke that completes no query.
#[derive(Clone, Debug)]
pub struct Shown {
    pub snapshot: Arc<Snapshot>,
    pub ranking: Arc<Ranking>,
}

impl PartialEq for Shown {
    /// The same answer is the same shared values; comparing two snapshots field by field would cost
    /// as much as the ranking itself.
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.snapshot, &other.snapshot)
            && (Arc::ptr_eq(&self.ranking, &other.ranking) || self.ranking == other.ranking)
    }
}

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
    /// What the list, the comparison and the citizen view show.
    pub shown: Memo<Option<Shown>>,
    /// What is shown answers what the form says now (false while an age is being typed).
    pub current: Memo<bool>,
    /// Offers whose details are open; kept by id, so a re-rank or a language change keeps them open.
    pub open_details: RwSignal<HashSet<Id>>,
    /// What the caseworker narrowed the list to (rule 9); in memory only, like the age.
    pub filters: RwSignal<Filters>,
    /// The suitable offers on screen that the filters hide: decided once per answer and filter change,
    /// so the tiers, the unranked list, the funnel and the citizen view only look it up.
    pub hidden: Memo<HashSet<OfferIx>>,
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
        let shown = Memo::new(move |previous: Option<&Option<Shown>>| {
            let snapshot = load.with(|l| l.in_use().map(|x| x.snapshot.clone()))?;
            match answer.get() {
                Answer::Ranked(ranking) => Some(Shown { snapshot, ranking }),
                // The age is being typed (or is not one yet): keep the last answer on these figures.
                // Only for the same figures and the same group: a new group is a new question.
                Answer::Incomplete => previous.cloned().flatten().filter(|p| {
                    Arc::ptr_eq(&p.snapshot, &snapshot)
                        && group
                            .with(|g| g.as_deref() == Some(p.snapshot.target_group(p.ranking.target_group).id.as_str()))
                }),
                _ => None,
            }
        });
        let filters = RwSignal::new(Filters::default());
        let hidden = Memo::new(move |_| {
            filters.with(|f| {
                if f.is_empty() {
                    return HashSet::new();
                }
                shown.with(|s| {
                    s.as_ref().map_or_else(HashSet::new, |s| {
                        let ranking = &s.ranking;
                        let offers =
                            ranking.ranked.iter().map(|r| r.offer).chain(ranking.unranked.iter().map(|u| u.offer));
                        offers.filter(|&ix| f.hides(&s.snapshot, s.snapshot.offer(ix))).collect()
                    })
                })
            })
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
            shown,
            current: Memo::new(move |_| answer.with(|a| matches!(a, Answer::Ranked(_)))),
            open_details: RwSignal::new(HashSet::new()),
            filters,
            hidden,
        }
    }

    /// The snapshot in use, if any (read reactively).
    pub fn snapshot(&self) -> Option<Arc<Snapshot>> {
        self.load.with(|l| l.in_use().map(|loaded| loaded.snapshot.clone()))
    }

    /// The ranking on screen and its snapshot, if any (read reactively).
    pub fn shown(&self) -> Option<(Arc<Snapshot>, Arc<Ranking>)> {
        self.shown.with(|s| s.as_ref().map(|s| (s.snapshot.clone(), s.ranking.clone())))
    }

    /// Applies a load event: the one place the load state changes.
    pub fn apply(&self, event: LoadEvent) {
        self.load.update(|load| *load = load.after(event));
    }

    /// The filters hide the offer (read reactively).
    pub fn is_hidden(&self, offer: OfferIx) -> bool {
        self.hidden.with(|h| h.contains(&offer))
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
