//! The snapshot format's rules (shared/snapshot-format.md), read with the generic `reader`.

use super::json::{Json, Object};
use super::reader::{Checker, IdIndex};
use super::At;
use crate::domain::problem::ProblemKind;
use crate::domain::snapshot::*;
use chrono::Days;

impl Checker {
    pub(super) fn snapshot(&mut self, value: &Json<'_>) -> Option<Snapshot> {
        let root = At::Root;
        let obj = self.object(value, &root)?;

        // A wrong format or a newer version makes every other message noise: stop there.
        let format = self.req(obj, "format", &root, Self::string)?;
        if format != "visitationsguide-snapshot" {
            self.report(&root.key("format"), ProblemKind::WrongFormat { found: format.to_owned() });
            return None;
        }
        let version = self.req(obj, "format_version", &root, |c, v, p| c.integer(v, p, 0, u32::MAX))?;
        if version > 1 {
            let found = version.to_string();
            self.report(&root.key("format_version"), ProblemKind::NewerVersion { found });
            return None;
        }
        if version < 1 {
            let found = version.to_string();
            self.report(&root.key("format_version"), ProblemKind::UnknownVersion { found });
        }

        let published = self.req(obj, "published", &root, Self::date);
        if let Some(date) = published {
            let limit = self.today.checked_add_days(Days::new(1)).unwrap_or(self.today);
            if date > limit {
                let kind = ProblemKind::FutureDate { date: date.to_string(), limit: limit.to_string() };
                self.report(&root.key("published"), kind);
            }
        }
        let publisher = self.req(obj, "publisher", &root, Self::non_empty);

        let (periods, period_ids) = self.list(obj, "periods", 1, Some(3), Self::period);
        if let Some(periods) = &periods {
            for i in 1..periods.len() {
                if periods[i].from >= periods[i - 1].from {
                    let previous = At::Root.key("periods").index(i - 1).to_string();
                    let (list, root) = ("periods", At::Root);
                    let list = root.key(list);
                    let item = list.index(i);
                    let at = item.key("from");
                    self.report(&at, ProblemKind::PeriodsNotNewestFirst { previous });
                }
            }
        }
        let (age_bands, band_ids) = self.list(obj, "age_bands", 1, None, Self::age_band);
        if let Some(bands) = &age_bands {
            self.check_band_order(bands);
        }
        let (target_groups, group_ids) = self.list(obj, "target_groups", 1, None, Self::target_group);
        let (providers, provider_ids) = self.list(obj, "providers", 1, None, Self::provider);
        let ids = Lookups { periods: &period_ids, bands: &band_ids, groups: &group_ids, providers: &provider_ids };
        let (offers, _) = self.list(obj, "offers", 0, None, |c, v, p| c.offer(v, p, &ids));
        let references = self.references(obj, &ids);

        Some(Snapshot::from_parts(Parts {
            published: published?,
            publisher: publisher?.to_owned(),
            periods: periods?,
            age_bands: age_bands?,
            target_groups: target_groups?,
            providers: providers?,
            offers: offers?,
            references: references?,
        }))
    }

    fn period(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<Period> {
        let obj = self.object(value, at)?;
        let id = self.req(obj, "id", at, Self::id);
        let from = self.req(obj, "from", at, Self::date);
        let to = self.req(obj, "to", at, Self::date);
        let label = self.req(obj, "label", at, Self::text);
        if let (Some(from), Some(to)) = (from, to) {
            if from > to {
                let kind = ProblemKind::FromAfterTo { from: from.to_string(), to: to.to_string() };
                self.report(&at.key("to"), kind);
                return None;
            }
        }
        Some(Period { id: id?, from: from?, to: to?, label: label? })
    }

    fn age(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<u8> {
        self.integer(value, at, 15, 99).map(|a| a as u8)
    }

    /// `min` and `max` in 15–99 with `min ≤ max`; shared by age bands and offers' age limits.
    fn min_max(&mut self, obj: &Object<'_>, at: &At<'_>) -> Option<(u8, u8)> {
        let min = self.req(obj, "min", at, Self::age);
        let max = self.req(obj, "max", at, Self::age);
        let (min, max) = (min?, max?);
        if min > max {
            let kind = ProblemKind::MinAboveMax { min: min.to_string(), max: max.to_string() };
            self.report(&at.key("max"), kind);
            return None;
        }
        Some((min, max))
    }

    fn age_band(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<AgeBand> {
        let obj = self.object(value, at)?;
        let id = self.req(obj, "id", at, Self::id);
        if id.as_ref().is_some_and(|id| id.as_str() == "all") {
            self.report(&at.key("id"), ProblemKind::ReservedId);
        }
        let (min, max) = self.min_max(obj, at)?;
        Some(AgeBand { id: id?, min, max })
    }

    fn check_band_order(&mut self, bands: &[AgeBand]) {
        let list = At::Root.key("age_bands");
        for i in 1..bands.len() {
            let (prev, this) = (&bands[i - 1], &bands[i]);
            let previous = list.index(i - 1).to_string();
            let item = list.index(i);
            let at = item.key("min");
            if this.min < prev.min {
                self.report(&at, ProblemKind::BandsUnsorted { previous });
            } else if this.min <= prev.max {
                self.report(&at, ProblemKind::BandsOverlap { previous });
            }
        }
    }

    fn target_group(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<TargetGroup> {
        let obj = self.object(value, at)?;
        let id = self.req(obj, "id", at, Self::id);
        let name = self.req(obj, "name", at, Self::text);
        let description = self.opt(obj, "description", at, Self::text)?;
        Some(TargetGroup { id: id?, name: name?, description })
    }

    fn provider(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<Provider> {
        let obj = self.object(value, at)?;
        let id = self.req(obj, "id", at, Self::id);
        let name = self.req(obj, "name", at, Self::non_empty);
        let kind = self.req(obj, "kind", at, |c, v, p| c.code(v, p, ProviderKind::CODES, ProviderKind::from_code));
        Some(Provider { id: id?, name: name?.to_owned(), kind: kind? })
    }

    fn supervision(&mut self, value: &Json<'_>, at: &At<'_>) -> Option<Supervision> {
        let obj = self.object(value, at)?;
        let smiley = self.req(obj, "smiley", at, |c, v, p| c.code(v, p, Smiley::CODES, Smiley::from_code));
        let date = self.req(obj, "date", at, Self::date);
        let note = self.opt(obj, "note", at, Self::text)?;
        Some(Supervision { smiley: smiley?, date: date?, note })
    }

    fn offer(&mut self, value: &Json<'_>, at: &At<'_>, ids: &Lookups<'_, '_>) -> Option<Offer> {
        let obj = self.object(value, at)?;
        let id = self.req(obj, "id", at, Self::id);
        let provider =
            self.req(obj, "provider", at, |c, v, p| c.reference(v, p, ids.providers, "providers").map(ProviderIx::new));
        let name = self.req(obj, "name", at, Self::text);
        let description = self.opt(obj, "description", at, Self::text);
        let category = self.req(obj, "category", at, |c, v, p| c.code(v, p, Category::CODES, Category::from_code));
        let groups = self.req(obj, "target_groups", at, |c, v, p| {
            let items = c.array(v, p, 1, None)?;
            let mut out = Some(Vec::with_capacity(items.len()));
            for (i, item) in items.iter().enumerate() {
                match (c.reference(item, &p.index(i), ids.groups, "target_groups").map(GroupIx::new), &mut out) {
                    (Some(g), Some(list)) if !list.contains(&g) => list.push(g),
                    (Some(_), _) => {}
                    (None, _) => out = None,
                }
            }
            out
        });
        let age = self.opt(obj, "age", at, |c, v, p| {
            let limit = c.object(v, p)?;
            c.min_max(limit, p).map(|(min, max)| AgeLimit { min, max })
        });
        let weeks = self.opt(obj, "weeks", at, Self::positive);
        let hours_per_week = self.opt(obj, "hours_per_week", at, Self::positive);
        let supervision = self.opt(obj, "supervision", at, Self::supervision);
        let practical = self.practical(obj, at);
        let results = self.req(obj, "results", at, |c, v, p| {
            let items = c.array(v, p, 0, None)?;
            c.results(items, p, groups.as_deref(), ids)
        });
        Some(Offer {
            id: id?,
            provider: provider?,
            name: name?,
            description: description?,
            category: category?,
            target_groups: groups?,
            age: age?,
            weeks: weeks?,
            hours_per_week: hours_per_week?,
            supervision: supervision?,
            results: results?,
            practical: practical?,
        })
    }

    fn results(
        &mut self,
        items: &[Json<'_>],
        at: &At<'_>,
        offer_groups: Option<&[GroupIx]>,
        ids: &Lookups<'_, '_>,
    ) -> Option<Vec<OfferResult>> {
        self.unique_cells(items, at, |c, v, p| c.result(v, p, offer_groups, ids), OfferResult::cell)
    }

    fn result(
        &mut self,
        value: &Json<'_>,
        at: &At<'_>,
        offer_groups: Option<&[GroupIx]>,
        ids: &Lookups<'_, '_>,
    ) -> Option<OfferResult> {
        let obj = self.object(value, at)?;
        let period = self.req(obj, "period", at, |c, v, p| c.period_ref(v, p, ids));
        let target_group = self.req(obj, "target_group", at, |c, v, p| {
            let group = c.group_ref(v, p, ids)?;
            if offer_groups.is_some_and(|groups| !groups.contains(&group)) {
                c.report(p, ProblemKind::NotOfferGroup { id: v.as_str().unwrap_or_default().to_owned() });
                return None;
            }
            Some(group)
        });
        let age_band = self.req(obj, "age_band", at, |c, v, p| c.band_ref(v, p, ids));
        let participants = self.req(obj, "participants", at, Self::count);
        let job = self.req(obj, "job_or_education", at, Self::measure);
        let placements = self.req(obj, "placements", at, Self::measure);
        for (key, measure) in [("job_or_education", job), ("placements", placements)] {
            if let (Some(Measure::Share { n, .. }), Some(participants)) = (measure, participants) {
                if participants > 0 && n > participants {
                    let kind = ProblemKind::CountAboveParticipants {
                        n: n.to_string(),
                        participants: participants.to_string(),
                    };
                    self.report(&at.key(key).key("n"), kind);
                }
            }
        }
        let off_benefit_1m = self.opt(obj, "off_benefit_1m", at, Self::measure);
        let off_benefit_3m = self.opt(obj, "off_benefit_3m", at, Self::measure);
        let satisfaction = self.req(obj, "satisfaction", at, Self::measure);
        let closer_to_job = self.opt(obj, "closer_to_job", at, Self::measure);
        let complaints = self.opt(obj, "complaints", at, Self::count);
        let share_under_30 = self.opt(obj, "share_under_30", at, Self::share);
        let median_weeks =
            self.opt(obj, "median_unemployment_weeks", at, |c, v, p| c.bounded(v, p, 0.0, f64::INFINITY));
        Some(OfferResult {
            period: period?,
            target_group: target_group?,
            age_band: age_band?,
            participants: participants?,
            job_or_education: job?,
            placements: placements?,
            off_benefit_1m: off_benefit_1m?,
            off_benefit_3m: off_benefit_3m?,
            satisfaction: satisfaction?,
            closer_to_job: closer_to_job?,
            complaints: complaints?,
            share_under_30: share_under_30?,
            median_unemployment_weeks: median_weeks?,
        })
    }

    fn references(&mut self, obj: &Object<'_>, ids: &Lookups<'_, '_>) -> Option<Vec<Reference>> {
        let Some(value) = obj.get("references") else {
            return Some(Vec::new());
        };
        let at = At::Root.key("references");
        let items = self.array(value, &at, 0, None)?;
        self.unique_cells(items, &at, |c, v, p| c.reference_entry(v, p, ids), Reference::cell)
    }

    fn period_ref(&mut self, value: &Json<'_>, at: &At<'_>, ids: &Lookups<'_, '_>) -> Option<PeriodIx> {
        self.reference(value, at, ids.periods, "periods").map(PeriodIx::new)
    }

    fn group_ref(&mut self, value: &Json<'_>, at: &At<'_>, ids: &Lookups<'_, '_>) -> Option<GroupIx> {
        self.reference(value, at, ids.groups, "target_groups").map(GroupIx::new)
    }

    fn band_ref(&mut self, value: &Json<'_>, at: &At<'_>, ids: &Lookups<'_, '_>) -> Option<BandRef> {
        if value.as_str() == Some("all") {
            return Some(BandRef::All);
        }
        self.reference(value, at, ids.bands, "age_bands").map(|i| BandRef::Band(BandIx::new(i)))
    }

    fn reference_entry(&mut self, value: &Json<'_>, at: &At<'_>, ids: &Lookups<'_, '_>) -> Option<Reference> {
        let obj = self.object(value, at)?;
        let period = self.req(obj, "period", at, |c, v, p| c.period_ref(v, p, ids));
        let target_group = self.req(obj, "target_group", at, |c, v, p| c.group_ref(v, p, ids));
        let age_band = self.req(obj, "age_band", at, |c, v, p| c.band_ref(v, p, ids));
        let job = self.req(obj, "job_or_education", at, Self::measure);
        let placements = self.req(obj, "placements", at, Self::measure);
        let satisfaction = self.req(obj, "satisfaction", at, Self::measure);
        Some(Reference {
            period: period?,
            target_group: target_group?,
            age_band: age_band?,
            job_or_education: job?,
            placements: placements?,
            satisfaction: satisfaction?,
        })
    }
}

struct Lookups<'a, 'v> {
    periods: &'a IdIndex<'v>,
    bands: &'a IdIndex<'v>,
    groups: &'a IdIndex<'v>,
    providers: &'a IdIndex<'v>,
}
