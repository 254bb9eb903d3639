//! `snapshot diff`: what changed between two validated snapshots, as a publisher and the committee ask it.
//!
//! Offers and providers are matched by id (same id, other name = renamed). Figures are compared cell by cell
//! (offer, target group, age band) in each file's current period. Tiers and flags are never recomputed here: both
//! snapshots are ranked with the real `domain::rank` for every target group they share and, per age band, one age
//! inside it (the band's `min`), plus one age outside every band when there is one; each offer's
//! `Ranked::figure(c).tier` and `Ranked::flags` are then compared. A suitable offer without a rank counts as tier
//! "unknown"; flags are compared only where the offer is ranked in both.
//!
//! Importance order (`Diff::changes`, the CLI's order and `--json`'s `changes`):
//! 1. offers removed, providers removed, offers added, providers added;
//! 2. tier changes: job or education, then placements, then satisfaction; in each, a move between above, in line
//!    and below before a move to or from unknown, and a longer move (above → below) before a shorter one;
//! 3. flags that appeared, then flags that went away (sad smiley before complaints);
//! 4. offers renamed, providers renamed, offers moved to another provider;
//! 5. figure changes: a figure that appeared or went away first, then by the absolute change in share, then in n
//!    (participants count as an n), then a changed reason for a missing figure.
//!
//! Ties are broken by ids (offer, target group), then the age band (youngest first, `all` last), then criterion, so the order is total and
//! never depends on the files' order.

use crate::domain::rank::{Criterion, Estimate, Flag, Ranked, Tier};
use crate::domain::snapshot::{BandIx, BandRef, Id, Measure, MissingReason, OfferResult, PeriodIx, Text};
use crate::domain::text::explain::{band_label, estimate_with_n, flag_sentence};
use crate::domain::text::{count, date_long, Label};
use crate::domain::{rank, Age, Lang, Query, Snapshot};
use serde_json::{json, Map, Value as Json};
use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::words::words;

/// The id a cell uses for all ages, as the format writes it.
const ALL: &str = "all";

/// A (target group, age band) the change is about; `age_band` is a band id or `"all"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub target_group: Id,
    pub age_band: String,
    /// The band's position in the new file (youngest first, all ages and unknown bands last), for the order.
    pub band_order: usize,
}

impl Place {
    fn new(s: &Snapshot, target_group: Id, age_band: String) -> Place {
        let band_order = s.age_bands().iter().position(|b| b.id == *age_band).unwrap_or(usize::MAX);
        Place { target_group, age_band, band_order }
    }

    /// Target group id, then the band youngest first (all ages last), then band id.
    fn cmp_ids(&self, other: &Place) -> Ordering {
        let key = |p: &Place| (p.target_group.clone(), p.band_order, p.age_band.clone());
        key(self).cmp(&key(other))
    }
}

/// Which figure of a result changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Criterion(Criterion),
    Participants,
}

impl Figure {
    pub fn code(self) -> &'static str {
        match self {
            Figure::Criterion(c) => c.code(),
            Figure::Participants => "participants",
        }
    }

    fn order(self) -> usize {
        match self {
            Figure::Criterion(c) => c as usize,
            Figure::Participants => Criterion::ALL.len(),
        }
    }
}

/// A figure as the file publishes it (not as the ranking reads it: a share from few people keeps its share).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Share {
        share: f64,
        n: u32,
    },
    Count(u32),
    Missing(MissingReason),
    /// The offer has no result for the cell in this file.
    NoResult,
}

impl Value {
    fn of(measure: &Measure) -> Value {
        match *measure {
            Measure::Share { share, n } => Value::Share { share: share.get(), n },
            Measure::Missing(reason) => Value::Missing(reason),
        }
    }

    fn share(self) -> Option<f64> {
        match self {
            Value::Share { share, .. } => Some(share),
            _ => None,
        }
    }

    fn n(self) -> Option<u32> {
        match self {
            Value::Share { n, .. } | Value::Count(n) => Some(n),
            _ => None,
        }
    }

    fn text(self, lang: Lang) -> String {
        let w = words(lang);
        match self {
            // The app's "20 % (n = 1.150)"; the interval is not shown, so it is not computed.
            Value::Share { share, n } => {
                estimate_with_n(Some(&Estimate::Share { share, n, low: share, high: share }), lang)
            }
            Value::Count(n) => count(u64::from(n), lang),
            Value::Missing(reason) => lang.words().missing_reason(reason).to_owned(),
            Value::NoResult => w.no_result().to_owned(),
        }
    }

    fn to_json(self) -> Json {
        match self {
            Value::Share { share, n } => json!({"share": share, "n": n}),
            Value::Count(n) => json!(n),
            Value::Missing(reason) => json!({"missing": reason.code()}),
            Value::NoResult => Json::Null,
        }
    }
}

/// The kind of a flag, as `snapshot rank --json` names it.
fn flag_code(flag: &Flag) -> &'static str {
    match flag {
        Flag::SadSmiley { .. } => "sad_smiley",
        Flag::Complaints { .. } => "complaints",
    }
}

/// One change between the two files.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    OfferRemoved {
        offer: Id,
    },
    ProviderRemoved {
        provider: Id,
    },
    OfferAdded {
        offer: Id,
    },
    ProviderAdded {
        provider: Id,
    },
    TierChanged {
        offer: Id,
        place: Place,
        criterion: Criterion,
        old: Tier,
        new: Tier,
    },
    /// The flag as the new file's ranking raises it.
    FlagAppeared {
        offer: Id,
        place: Place,
        flag: Flag,
    },
    /// The flag as the old file's ranking raised it.
    FlagGone {
        offer: Id,
        place: Place,
        flag: Flag,
    },
    OfferRenamed {
        offer: Id,
        old: Text,
        new: Text,
    },
    ProviderRenamed {
        provider: Id,
        old: String,
        new: String,
    },
    /// The offer belongs to another provider (ids).
    OfferMoved {
        offer: Id,
        old: Id,
        new: Id,
    },
    FigureChanged {
        offer: Id,
        place: Place,
        figure: Figure,
        old: Value,
        new: Value,
    },
}

/// The parts of the text output, in importance order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    AddedRemoved,
    Tiers,
    Flags,
    Names,
    Figures,
}

impl Change {
    /// Every kind code, in importance order: `--json` has one array under each.
    pub const KINDS: [&'static str; 11] = [
        "offer-removed",
        "provider-removed",
        "offer-added",
        "provider-added",
        "tier-changed",
        "flag-appeared",
        "flag-gone",
        "offer-renamed",
        "provider-renamed",
        "offer-moved",
        "figure-changed",
    ];

    fn rank(&self) -> usize {
        match self {
            Change::OfferRemoved { .. } => 0,
            Change::ProviderRemoved { .. } => 1,
            Change::OfferAdded { .. } => 2,
            Change::ProviderAdded { .. } => 3,
            Change::TierChanged { .. } => 4,
            Change::FlagAppeared { .. } => 5,
            Change::FlagGone { .. } => 6,
            Change::OfferRenamed { .. } => 7,
            Change::ProviderRenamed { .. } => 8,
            Change::OfferMoved { .. } => 9,
            Change::FigureChanged { .. } => 10,
        }
    }

    /// The stable kebab-case code (`tier-changed`).
    pub fn kind(&self) -> &'static str {
        Self::KINDS[self.rank()]
    }

    pub fn section(&self) -> Section {
        match self.rank() {
            0..=3 => Section::AddedRemoved,
            4 => Section::Tiers,
            5 | 6 => Section::Flags,
            7..=9 => Section::Names,
            _ => Section::Figures,
        }
    }

    /// The importance order (see the module's doc): a total order.
    pub fn importance(&self, other: &Change) -> Ordering {
        use Change::*;
        let by_rank = self.rank().cmp(&other.rank());
        if by_rank != Ordering::Equal {
            return by_rank;
        }
        match (self, other) {
            (
                TierChanged { offer: a, place: pa, criterion: ca, old: oa, new: na },
                TierChanged { offer: b, place: pb, criterion: cb, old: ob, new: nb },
            ) => {
                let key = |c: &Criterion, o: &Tier, n: &Tier| {
                    let unknown = *o == Tier::Unknown || *n == Tier::Unknown;
                    let distance = if unknown { 0 } else { (*o as usize).abs_diff(*n as usize) };
                    (*c as usize, unknown, Reverse(distance))
                };
                key(ca, oa, na).cmp(&key(cb, ob, nb)).then_with(|| a.cmp(b)).then_with(|| pa.cmp_ids(pb))
            }
            (FlagAppeared { offer: a, place: pa, flag: fa }, FlagAppeared { offer: b, place: pb, flag: fb })
            | (FlagGone { offer: a, place: pa, flag: fa }, FlagGone { offer: b, place: pb, flag: fb }) => {
                let kind = |f: &Flag| matches!(f, Flag::Complaints { .. });
                kind(fa).cmp(&kind(fb)).then_with(|| a.cmp(b)).then_with(|| pa.cmp_ids(pb))
            }
            (
                FigureChanged { offer: a, place: pa, figure: fa, old: oa, new: na },
                FigureChanged { offer: b, place: pb, figure: fb, old: ob, new: nb },
            ) => figure_weight(oa, na)
                .cmp(&figure_weight(ob, nb))
                .then_with(|| a.cmp(b))
                .then_with(|| pa.cmp_ids(pb))
                .then_with(|| fa.order().cmp(&fb.order())),
            _ => self.id().cmp(other.id()),
        }
    }

    /// The offer or provider the change is about.
    fn id(&self) -> &Id {
        match self {
            Change::OfferRemoved { offer }
            | Change::OfferAdded { offer }
            | Change::OfferRenamed { offer, .. }
            | Change::OfferMoved { offer, .. }
            | Change::TierChanged { offer, .. }
            | Change::FlagAppeared { offer, .. }
            | Change::FlagGone { offer, .. }
            | Change::FigureChanged { offer, .. } => offer,
            Change::ProviderRemoved { provider }
            | Change::ProviderAdded { provider }
            | Change::ProviderRenamed { provider, .. } => provider,
        }
    }
}

/// A figure change's weight, smallest first: appeared or went away, then the larger change in share, then in n.
fn figure_weight(old: &Value, new: &Value) -> (u8, Reverse<u64>, Reverse<u64>) {
    // Shares as whole millionths, so the key is an integer order (a file's shares need no finer grain).
    let millionths = |x: f64| (x.abs() * 1e6).round() as u64;
    let n_change = match (old.n(), new.n()) {
        (Some(a), Some(b)) => u64::from(a.abs_diff(b)),
        _ => 0,
    };
    match (old.share(), new.share()) {
        (Some(a), Some(b)) => (1, Reverse(millionths(a - b)), Reverse(n_change)),
        (Some(_), None) | (None, Some(_)) => (0, Reverse(0), Reverse(0)),
        (None, None) if n_change > 0 || old.n().is_some() != new.n().is_some() => (1, Reverse(0), Reverse(n_change)),
        (None, None) => (2, Reverse(0), Reverse(0)),
    }
}

/// Everything that changed from `old` to `new`, in importance order.
pub struct Diff<'s> {
    pub old: &'s Snapshot,
    pub new: &'s Snapshot,
    pub changes: Vec<Change>,
}

/// Compares two validated snapshots.
pub fn diff<'s>(old: &'s Snapshot, new: &'s Snapshot) -> Diff<'s> {
    let mut changes = Vec::new();
    providers(old, new, &mut changes);
    offers(old, new, &mut changes);
    rankings(old, new, &mut changes);
    changes.sort_by(Change::importance);
    Diff { old, new, changes }
}

fn providers(old: &Snapshot, new: &Snapshot, out: &mut Vec<Change>) {
    let before: BTreeMap<&Id, &str> = old.providers().iter().map(|p| (&p.id, p.name.as_str())).collect();
    let after: BTreeMap<&Id, &str> = new.providers().iter().map(|p| (&p.id, p.name.as_str())).collect();
    for (id, name) in &before {
        match after.get(id) {
            None => out.push(Change::ProviderRemoved { provider: (*id).clone() }),
            Some(now) if now != name => out.push(Change::ProviderRenamed {
                provider: (*id).clone(),
                old: (*name).to_owned(),
                new: (*now).to_owned(),
            }),
            Some(_) => {}
        }
    }
    for id in after.keys().filter(|id| !before.contains_key(*id)) {
        out.push(Change::ProviderAdded { provider: (*id).clone() });
    }
}

/// The current period's results of one offer by (target group id, band id).
fn current_results<'a>(
    s: &'a Snapshot,
    offer: &'a crate::domain::snapshot::Offer,
) -> BTreeMap<(Id, String), &'a OfferResult> {
    offer
        .results
        .iter()
        .filter(|r| r.period == PeriodIx::CURRENT)
        .map(|r| ((s.target_group(r.target_group).id.clone(), s.band_id(r.age_band).to_owned()), r))
        .collect()
}

fn offers(old: &Snapshot, new: &Snapshot, out: &mut Vec<Change>) {
    for o in old.offers() {
        let Some(n) = new.offer_by_id(&o.id).map(|i| new.offer(i)) else {
            out.push(Change::OfferRemoved { offer: o.id.clone() });
            continue;
        };
        if o.name != n.name {
            out.push(Change::OfferRenamed { offer: o.id.clone(), old: o.name.clone(), new: n.name.clone() });
        }
        let (po, pn) = (&old.provider_of(o).id, &new.provider_of(n).id);
        if po != pn {
            out.push(Change::OfferMoved { offer: o.id.clone(), old: po.clone(), new: pn.clone() });
        }
        let (before, after) = (current_results(old, o), current_results(new, n));
        let cells: BTreeSet<&(Id, String)> = before.keys().chain(after.keys()).collect();
        for key in cells {
            let place = Place::new(new, key.0.clone(), key.1.clone());
            let (rb, ra) = (before.get(key), after.get(key));
            let participants = |r: Option<&&OfferResult>| r.map_or(Value::NoResult, |r| Value::Count(r.participants));
            let mut figures = vec![(Figure::Participants, participants(rb), participants(ra))];
            for c in Criterion::ALL {
                let value = |r: Option<&&OfferResult>| {
                    r.map_or(Value::NoResult, |r| {
                        Value::of([&r.job_or_education, &r.placements, &r.satisfaction][c as usize])
                    })
                };
                figures.push((Figure::Criterion(c), value(rb), value(ra)));
            }
            for (figure, old_value, new_value) in figures {
                if old_value != new_value {
                    out.push(Change::FigureChanged {
                        offer: o.id.clone(),
                        place: place.clone(),
                        figure,
                        old: old_value,
                        new: new_value,
                    });
                }
            }
        }
    }
    for o in new.offers().iter().filter(|o| old.offer_by_id(&o.id).is_none()) {
        out.push(Change::OfferAdded { offer: o.id.clone() });
    }
}

/// The ages to ask for: each band's youngest age in either file, and one age outside every band of a file.
fn ages(old: &Snapshot, new: &Snapshot) -> BTreeSet<u8> {
    let mut ages = BTreeSet::new();
    for s in [old, new] {
        ages.extend(s.age_bands().iter().map(|b| b.min));
        if let Some(outside) = (Age::MIN..=Age::MAX).find(|&a| s.band_for_age(a).is_none()) {
            ages.insert(outside);
        }
    }
    ages
}

/// How an offer stands in one ranking.
enum Standing<'r> {
    Ranked(&'r Ranked),
    Unranked,
}

fn standings<'r>(s: &Snapshot, ranking: &'r crate::domain::Ranking) -> BTreeMap<Id, Standing<'r>> {
    let mut map = BTreeMap::new();
    for r in &ranking.ranked {
        map.insert(s.offer(r.offer).id.clone(), Standing::Ranked(r));
    }
    for u in &ranking.unranked {
        map.insert(s.offer(u.offer).id.clone(), Standing::Unranked);
    }
    map
}

fn rankings(old: &Snapshot, new: &Snapshot, out: &mut Vec<Change>) {
    let ages = ages(old, new);
    for group in new.target_groups().iter().filter(|g| old.target_group_by_id(g.id.as_str()).is_some()) {
        let mut done: HashSet<String> = HashSet::new();
        for &years in &ages {
            // The new file's band names the place; an age outside its bands is ranked on all-ages results.
            let band = new.band_for_age(years).map_or(ALL.to_owned(), |b| new.age_band(b).id.to_string());
            if !done.insert(band.clone()) {
                continue;
            }
            let Ok(age) = Age::new(i64::from(years)) else { continue };
            let query = Query { target_group: group.id.to_string(), age };
            let (Ok(before), Ok(after)) = (rank(old, &query), rank(new, &query)) else { continue };
            let (sb, sa) = (standings(old, &before), standings(new, &after));
            let place = Place::new(new, group.id.clone(), band);
            for (offer, a) in &sa {
                let Some(b) = sb.get(offer) else { continue };
                let tier = |s: &Standing, c| match s {
                    Standing::Ranked(r) => r.figure(c).tier,
                    Standing::Unranked => Tier::Unknown,
                };
                for c in Criterion::ALL {
                    let (old_tier, new_tier) = (tier(b, c), tier(a, c));
                    if old_tier != new_tier {
                        out.push(Change::TierChanged {
                            offer: offer.clone(),
                            place: place.clone(),
                            criterion: c,
                            old: old_tier,
                            new: new_tier,
                        });
                    }
                }
                let (Standing::Ranked(rb), Standing::Ranked(ra)) = (b, a) else { continue };
                let has = |flags: &[Flag], f: &Flag| flags.iter().any(|g| flag_code(g) == flag_code(f));
                for f in ra.flags.iter().filter(|f| !has(&rb.flags, f)) {
                    out.push(Change::FlagAppeared { offer: offer.clone(), place: place.clone(), flag: f.clone() });
                }
                for f in rb.flags.iter().filter(|f| !has(&ra.flags, f)) {
                    out.push(Change::FlagGone { offer: offer.clone(), place: place.clone(), flag: f.clone() });
                }
            }
        }
    }
}

impl Diff<'_> {
    /// "Intensiv aktivering (CBSI – kommunalt beskæftigelsescenter)", from the file that has the offer.
    fn offer_text(&self, id: &Id, lang: Lang) -> String {
        let (s, ix) = match self.new.offer_by_id(id) {
            Some(ix) => (self.new, ix),
            None => (self.old, self.old.offer_by_id(id).expect("a change names an offer of one of the files")),
        };
        let offer = s.offer(ix);
        words(lang).offer_with_provider(offer.name.get(lang), &s.provider_of(offer).name)
    }

    fn provider_name<'a>(&'a self, id: &'a Id) -> &'a str {
        [self.new, self.old]
            .iter()
            .find_map(|s| s.providers().iter().find(|p| p.id == *id))
            .map_or(id.as_str(), |p| p.name.as_str())
    }

    /// The group's name and the band's label, from the new file (a place is always in it).
    fn place_text(&self, place: &Place, lang: Lang) -> (String, String) {
        let s = self.new;
        let group = s
            .target_group_by_id(place.target_group.as_str())
            .map_or(place.target_group.to_string(), |g| s.target_group(g).name.get(lang).to_owned());
        let band = match s.age_bands().iter().position(|b| b.id == *place.age_band) {
            Some(i) => BandRef::Band(BandIx::new(i)),
            None => BandRef::All,
        };
        (group, band_label(s, band, lang))
    }

    /// The change in one line of the chosen language.
    pub fn message(&self, change: &Change, lang: Lang) -> String {
        let w = words(lang);
        let in_place = |offer: &Id, place: &Place, what: String| {
            let (group, band) = self.place_text(place, lang);
            w.in_place(&self.offer_text(offer, lang), &group, &band, &what)
        };
        match change {
            Change::OfferRemoved { offer } => w.offer_removed(&self.offer_text(offer, lang), offer.as_str()),
            Change::OfferAdded { offer } => w.offer_added(&self.offer_text(offer, lang), offer.as_str()),
            Change::ProviderRemoved { provider } => w.provider_removed(self.provider_name(provider), provider.as_str()),
            Change::ProviderAdded { provider } => w.provider_added(self.provider_name(provider), provider.as_str()),
            Change::TierChanged { offer, place, criterion, old, new } => {
                let t = lang.words();
                let what = w.changed(t.criterion(*criterion), t.tier(*old), t.tier(*new));
                in_place(offer, place, what)
            }
            Change::FlagAppeared { offer, place, flag } => {
                in_place(offer, place, w.flag_appeared(&flag_sentence(flag, lang)))
            }
            Change::FlagGone { offer, place, flag } => in_place(offer, place, w.flag_gone(&flag_sentence(flag, lang))),
            Change::OfferRenamed { offer, old, new } => w.offer_renamed(offer.as_str(), old.get(lang), new.get(lang)),
            Change::ProviderRenamed { provider, old, new } => w.provider_renamed(provider.as_str(), old, new),
            Change::OfferMoved { offer, old, new } => w.offer_moved(
                &self.offer_text(offer, lang),
                offer.as_str(),
                self.provider_name(old),
                self.provider_name(new),
            ),
            Change::FigureChanged { offer, place, figure, old, new } => {
                let name = match figure {
                    Figure::Criterion(c) => lang.words().criterion(*c).to_owned(),
                    Figure::Participants => lang.label(Label::Participants).to_lowercase(),
                };
                in_place(offer, place, w.changed(&name, &old.text(lang), &new.text(lang)))
            }
        }
    }

    /// What the two files are: publication date and current period.
    pub fn heading(&self, lang: Lang) -> String {
        let side = |s: &Snapshot| (date_long(s.published(), lang), s.current_period().label.get(lang).to_owned());
        let ((op, oc), (np, nc)) = (side(self.old), side(self.new));
        words(lang).diff_heading(&op, &oc, &np, &nc, self.changes.len())
    }

    /// The diff as text: the heading, then each section's changes, one a line.
    pub fn text(&self, lang: Lang) -> String {
        let w = words(lang);
        let mut out = self.heading(lang);
        out.push('\n');
        let mut section = None;
        for change in &self.changes {
            if section != Some(change.section()) {
                section = Some(change.section());
                out.push('\n');
                out.push_str(w.diff_section(change.section()));
                out.push_str(":\n");
            }
            out.push_str("  ");
            out.push_str(&self.message(change, lang));
            out.push('\n');
        }
        out
    }

    /// One change as data: its kind, ids, place, criterion, old and new values, and the message.
    pub fn change_json(&self, change: &Change, lang: Lang) -> Json {
        let mut m = Map::new();
        m.insert("kind".into(), json!(change.kind()));
        let place = |m: &mut Map<String, Json>, p: &Place| {
            m.insert("target_group".into(), json!(p.target_group.as_str()));
            m.insert("age_band".into(), json!(p.age_band));
        };
        let offer = |m: &mut Map<String, Json>, id: &Id| {
            m.insert("offer".into(), json!(id.as_str()));
            let provider = [self.new, self.old]
                .iter()
                .find_map(|s| s.offer_by_id(id).map(|i| s.provider_of(s.offer(i)).id.to_string()));
            m.insert("provider".into(), json!(provider));
        };
        match change {
            Change::OfferRemoved { offer: id } | Change::OfferAdded { offer: id } => offer(&mut m, id),
            Change::ProviderRemoved { provider } | Change::ProviderAdded { provider } => {
                m.insert("provider".into(), json!(provider.as_str()));
            }
            Change::TierChanged { offer: id, place: p, criterion, old, new } => {
                offer(&mut m, id);
                place(&mut m, p);
                m.insert("criterion".into(), json!(criterion.code()));
                m.insert("old".into(), json!(old.code()));
                m.insert("new".into(), json!(new.code()));
            }
            Change::FlagAppeared { offer: id, place: p, flag } | Change::FlagGone { offer: id, place: p, flag } => {
                offer(&mut m, id);
                place(&mut m, p);
                m.insert("flag".into(), json!(flag_code(flag)));
            }
            Change::OfferRenamed { offer: id, old, new } => {
                offer(&mut m, id);
                m.insert("old".into(), json!({"da": old.da(), "en": old.get(Lang::En)}));
                m.insert("new".into(), json!({"da": new.da(), "en": new.get(Lang::En)}));
            }
            Change::ProviderRenamed { provider, old, new } => {
                m.insert("provider".into(), json!(provider.as_str()));
                m.insert("old".into(), json!(old));
                m.insert("new".into(), json!(new));
            }
            Change::OfferMoved { offer: id, old, new } => {
                m.insert("offer".into(), json!(id.as_str()));
                m.insert("old".into(), json!(old.as_str()));
                m.insert("new".into(), json!(new.as_str()));
            }
            Change::FigureChanged { offer: id, place: p, figure, old, new } => {
                offer(&mut m, id);
                place(&mut m, p);
                m.insert("criterion".into(), json!(figure.code()));
                m.insert("old".into(), old.to_json());
                m.insert("new".into(), new.to_json());
            }
        }
        m.insert("message".into(), json!(self.message(change, lang)));
        Json::Object(m)
    }

    /// The whole diff as data: both files, one array per kind (`"tier-changed": […]`, each present), and
    /// `changes`, every change in importance order.
    pub fn to_json(&self, lang: Lang) -> Json {
        let side =
            |s: &Snapshot| json!({"published": s.published().to_string(), "period": s.current_period().id.as_str()});
        let mut m = Map::new();
        m.insert("old".into(), side(self.old));
        m.insert("new".into(), side(self.new));
        let all: Vec<(&str, Json)> = self.changes.iter().map(|c| (c.kind(), self.change_json(c, lang))).collect();
        for kind in Change::KINDS {
            let list: Vec<Json> = all.iter().filter(|(k, _)| *k == kind).map(|(_, j)| j.clone()).collect();
            m.insert(kind.into(), Json::Array(list));
        }
        m.insert("changes".into(), Json::Array(all.into_iter().map(|(_, j)| j).collect()));
        Json::Object(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn id(text: &str) -> Id {
        Id::parse(text).expect("a valid id")
    }

    fn place(group: &str, band: &str, band_order: usize) -> Place {
        Place { target_group: id(group), age_band: band.to_owned(), band_order }
    }

    fn tier(offer: &str, criterion: Criterion, old: Tier, new: Tier) -> Change {
        Change::TierChanged { offer: id(offer), place: place("g", "b", 0), criterion, old, new }
    }

    fn figure(offer: &str, old: Value, new: Value) -> Change {
        let figure = Figure::Criterion(Criterion::Job);
        Change::FigureChanged { offer: id(offer), place: place("g", "b", 0), figure, old, new }
    }

    fn share(share: f64, n: u32) -> Value {
        Value::Share { share, n }
    }

    /// The importance order of the module's doc, checked on one change of each sort, given shuffled.
    #[test]
    fn changes_sort_most_important_first() {
        let sad = Flag::SadSmiley { date: NaiveDate::from_ymd_opt(2011, 7, 5).expect("a date"), note: None };
        let name = |t: &str| Text::new(t.to_owned(), None).expect("a name");
        let expected = vec![
            Change::OfferRemoved { offer: id("a") },
            Change::OfferRemoved { offer: id("b") },
            Change::ProviderRemoved { provider: id("p") },
            Change::OfferAdded { offer: id("c") },
            Change::ProviderAdded { provider: id("q") },
            tier("z", Criterion::Job, Tier::Above, Tier::Below),
            tier("a", Criterion::Job, Tier::Above, Tier::InLine),
            tier("a", Criterion::Job, Tier::Unknown, Tier::Above),
            tier("a", Criterion::Placements, Tier::InLine, Tier::Below),
            tier("a", Criterion::Satisfaction, Tier::Below, Tier::InLine),
            Change::FlagAppeared { offer: id("x"), place: place("g", "u30", 0), flag: sad.clone() },
            Change::FlagAppeared { offer: id("x"), place: place("g", "30plus", 1), flag: sad.clone() },
            Change::FlagAppeared { offer: id("x"), place: place("g", "all", usize::MAX), flag: sad.clone() },
            Change::FlagGone { offer: id("a"), place: place("g", "u30", 0), flag: sad },
            Change::OfferRenamed { offer: id("a"), old: name("A"), new: name("B") },
            Change::ProviderRenamed { provider: id("p"), old: "P".into(), new: "Q".into() },
            Change::OfferMoved { offer: id("a"), old: id("p"), new: id("q") },
            figure("z", share(0.3, 100), Value::Missing(MissingReason::TooFew)),
            figure("b", share(0.1, 100), share(0.3, 100)),
            figure("a", share(0.1, 100), share(0.2, 50)),
            figure("a", share(0.1, 100), share(0.2, 90)),
            figure("a", Value::Missing(MissingReason::TooFew), Value::Missing(MissingReason::NotReported)),
        ];
        let mut shuffled = expected.clone();
        shuffled.reverse();
        shuffled.rotate_left(7);
        shuffled.sort_by(Change::importance);
        let kinds = |list: &[Change]| list.iter().map(|c| format!("{c:?}")).collect::<Vec<_>>();
        assert_eq!(kinds(&shuffled), kinds(&expected));
        let sections: Vec<Section> = expected.iter().map(Change::section).collect();
        assert!(sections.windows(2).all(|w| w[0] <= w[1]), "sections in order: {sections:?}");
    }

    #[test]
    fn every_kind_has_its_own_code() {
        let codes: BTreeSet<&str> = Change::KINDS.iter().copied().collect();
        assert_eq!(codes.len(), Change::KINDS.len());
        assert!(Change::KINDS.iter().all(|k| k.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')));
    }
}
