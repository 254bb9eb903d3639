//! Rule 9, filters narrow and never re-rank: a filter only hides offers from a ranking already computed over
//! every suitable offer, so tiers, city figures, pooled rates, flags and the order of the offers still shown
//! are exactly the ranking's. The view says how many suitable offers the filters hide.

use super::model::{Ranked, Ranking, Unranked};
use crate::domain::snapshot::{Category, LanguageCode, Offer, ProviderKind, Snapshot};

/// What the caseworker narrowed the list to. The default hides nothing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    pub category: Option<Category>,
    pub provider_kind: Option<ProviderKind>,
    /// At most this many hours a week. An offer that does not say its hours is hidden: it cannot be
    /// shown to meet the limit (as an offer without `languages` is hidden by a language filter).
    pub max_hours: Option<f64>,
    /// Words, each of which must occur (ignoring case) in the offer's Danish or English name or its
    /// provider's name. Blank text filters nothing.
    pub text: String,
    /// Run in this language (format 1.1 `languages`); offers that do not list their languages are hidden.
    pub language: Option<LanguageCode>,
}

impl Filters {
    /// No filter is set.
    pub fn is_empty(&self) -> bool {
        self.category.is_none()
            && self.provider_kind.is_none()
            && self.max_hours.is_none()
            && self.text.trim().is_empty()
            && self.language.is_none()
    }

    /// The filters hide this offer.
    pub fn hides(&self, snapshot: &Snapshot, offer: &Offer) -> bool {
        if self.category.is_some_and(|c| c != offer.category) {
            return true;
        }
        if self.provider_kind.is_some_and(|k| k != snapshot.provider_of(offer).kind) {
            return true;
        }
        if let Some(max) = self.max_hours {
            if offer.hours_per_week.is_none_or(|h| h > max) {
                return true;
            }
        }
        if let Some(language) = self.language {
            if !offer.practical.languages.as_ref().is_some_and(|codes| codes.contains(&language)) {
                return true;
            }
        }
        let words: Vec<String> = self.text.split_whitespace().map(str::to_lowercase).collect();
        if !words.is_empty() {
            let names = [offer.name.da(), offer.name.get(crate::domain::Lang::En), &snapshot.provider_of(offer).name];
            let haystack = names.join("\n").to_lowercase();
            if !words.iter().all(|w| haystack.contains(w.as_str())) {
                return true;
            }
        }
        false
    }

    /// The ranking's offers the filters leave shown, in the ranking's order, and how many they hide.
    pub fn apply<'r>(&self, snapshot: &Snapshot, ranking: &'r Ranking) -> Filtered<'r> {
        let shown = |offer| !self.hides(snapshot, snapshot.offer(offer));
        let ranked: Vec<&Ranked> = ranking.ranked.iter().filter(|r| shown(r.offer)).collect();
        let unranked: Vec<&Unranked> = ranking.unranked.iter().filter(|u| shown(u.offer)).collect();
        let hidden = ranking.ranked.len() + ranking.unranked.len() - ranked.len() - unranked.len();
        Filtered { ranked, unranked, hidden }
    }
}

/// A ranking seen through filters. Every `Ranked` is the ranking's own, untouched (rule 9).
#[derive(Clone, Debug, PartialEq)]
pub struct Filtered<'r> {
    pub ranked: Vec<&'r Ranked>,
    pub unranked: Vec<&'r Unranked>,
    /// Suitable offers hidden, ranked and unranked together.
    pub hidden: usize,
}

impl Filtered<'_> {
    /// Hidden among the ranked offers only.
    pub fn hidden_ranked(&self, ranking: &Ranking) -> usize {
        ranking.ranked.len() - self.ranked.len()
    }
}
