//! The validated snapshot. Values of these types only come out of `validate::parse_snapshot`,
//! so the rest of the code never re-checks an id, a share or a cross-reference. Items are reached
//! through typed indices (`OfferIx`, `GroupIx`, …) and the accessors here.

mod codes;
mod ids;
mod items;

pub(crate) use codes::code_table;
pub use codes::{Category, MissingReason, ProviderKind, Smiley};
pub use ids::{BandIx, GroupIx, Id, OfferIx, PeriodIx, ProviderIx, ResultIx};
pub use items::*;

use chrono::NaiveDate;
use std::collections::HashMap;

/// A whole validated snapshot. Only `validate::parse_snapshot` builds one.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    published: NaiveDate,
    publisher: String,
    periods: Vec<Period>,
    age_bands: Vec<AgeBand>,
    target_groups: Vec<TargetGroup>,
    providers: Vec<Provider>,
    offers: Vec<Offer>,
    references: Vec<Reference>,
    /// Each reference's position by its cell, so a look-up does not scan the list.
    reference_at: HashMap<Cell, usize>,
    /// Each offer's position by its id.
    offer_at: HashMap<Id, usize>,
}

/// The parts of a snapshot, as validation has checked them.
pub(crate) struct Parts {
    pub published: NaiveDate,
    pub publisher: String,
    pub periods: Vec<Period>,
    pub age_bands: Vec<AgeBand>,
    pub target_groups: Vec<TargetGroup>,
    pub providers: Vec<Provider>,
    pub offers: Vec<Offer>,
    /// Each cell at most once (validation reports duplicates).
    pub references: Vec<Reference>,
}

impl Snapshot {
    pub(crate) fn from_parts(p: Parts) -> Snapshot {
        let reference_at = p.references.iter().enumerate().map(|(i, r)| (r.cell(), i)).collect();
        let offer_at = p.offers.iter().enumerate().map(|(i, o)| (o.id.clone(), i)).collect();
        Snapshot {
            published: p.published,
            publisher: p.publisher,
            periods: p.periods,
            age_bands: p.age_bands,
            target_groups: p.target_groups,
            providers: p.providers,
            offers: p.offers,
            references: p.references,
            reference_at,
            offer_at,
        }
    }

    pub fn published(&self) -> NaiveDate {
        self.published
    }
    pub fn publisher(&self) -> &str {
        &self.publisher
    }
    /// Newest first; never empty.
    pub fn periods(&self) -> &[Period] {
        &self.periods
    }
    pub fn period(&self, ix: PeriodIx) -> &Period {
        &self.periods[ix.get()]
    }
    /// The current period, the newest.
    pub fn current_period(&self) -> &Period {
        self.period(PeriodIx::CURRENT)
    }
    pub fn age_bands(&self) -> &[AgeBand] {
        &self.age_bands
    }
    pub fn age_band(&self, ix: BandIx) -> &AgeBand {
        &self.age_bands[ix.get()]
    }
    /// Every band's index, youngest first.
    pub fn band_ixs(&self) -> impl Iterator<Item = BandIx> {
        (0..self.age_bands.len()).map(BandIx::new)
    }
    pub fn target_groups(&self) -> &[TargetGroup] {
        &self.target_groups
    }
    pub fn target_group(&self, ix: GroupIx) -> &TargetGroup {
        &self.target_groups[ix.get()]
    }
    pub fn providers(&self) -> &[Provider] {
        &self.providers
    }
    pub fn provider(&self, ix: ProviderIx) -> &Provider {
        &self.providers[ix.get()]
    }
    pub fn offers(&self) -> &[Offer] {
        &self.offers
    }
    pub fn offer(&self, ix: OfferIx) -> &Offer {
        &self.offers[ix.get()]
    }
    /// The provider of an offer.
    pub fn provider_of(&self, offer: &Offer) -> &Provider {
        self.provider(offer.provider)
    }
    /// Every offer with its index, in file order.
    pub fn offers_indexed(&self) -> impl Iterator<Item = (OfferIx, &Offer)> {
        self.offers.iter().enumerate().map(|(i, o)| (OfferIx::new(i), o))
    }
    /// The city reference entries, in file order.
    pub fn references(&self) -> &[Reference] {
        &self.references
    }
    pub fn target_group_by_id(&self, id: &str) -> Option<GroupIx> {
        self.target_groups.iter().position(|g| g.id == *id).map(GroupIx::new)
    }
    pub fn offer_by_id(&self, id: &Id) -> Option<OfferIx> {
        self.offer_at.get(id).map(|&i| OfferIx::new(i))
    }
    /// The band containing `age`, if any.
    pub fn band_for_age(&self, age: u8) -> Option<BandIx> {
        self.age_bands.iter().position(|b| b.contains(age)).map(BandIx::new)
    }
    /// The reference entry for a cell, if published.
    pub fn reference_for(&self, cell: Cell) -> Option<&Reference> {
        self.reference_at.get(&cell).map(|&i| &self.references[i])
    }
    /// The id of a band reference, `"all"` for all ages.
    pub fn band_id(&self, band: BandRef) -> &str {
        match band {
            BandRef::All => "all",
            BandRef::Band(ix) => self.age_band(ix).id.as_str(),
        }
    }
}
