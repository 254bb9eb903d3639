//! The checker's fast path for valid files: one serde pass into typed, borrowing structs, then the
//! format's rules checked without building a JSON path. Native only: in the browser its serde code
//! would cost ~100 KB of wasm for a few tens of milliseconds, so the app uses the walker, which is
//! itself lean (its own JSON reader, paths rendered only for problems). It answers only "valid, here is the snapshot" or "not
//! sure": anything unusual — an unknown key, a duplicate key, a number that is not plainly in range,
//! any broken rule — sends the file to the full walker (`format.rs`), which finds and words every
//! problem. So the fast path may refuse a valid file (it is then only slower), but must never accept
//! an invalid one; the differential fuzzer (`tests/fuzz_validate.rs`, `examples/fuzz/`) checks that
//! it agrees with the walker on every file it accepts.

use super::parse_date;
use crate::domain::snapshot::*;
use chrono::{Days, NaiveDate};
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::marker::PhantomData;

/// Not sure: let the full walker decide and say why.
pub(super) struct Unsure;

type Fast<T> = Result<T, Unsure>;

fn check(ok: bool) -> Fast<()> {
    if ok {
        Ok(())
    } else {
        Err(Unsure)
    }
}

/// A JSON object read as `T`. Serde would also read a struct from an array, by position; the format
/// wants objects, so anything else is refused here.
struct Obj<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ObjVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjVisitor<T> {
            type Value = T;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            }
        }
        d.deserialize_map(ObjVisitor(PhantomData)).map(Obj)
    }
}

/// An optional member that, when present, must hold a value of its type (`null` is not "absent").
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

type Str<'a> = Cow<'a, str>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSnapshot<'a> {
    #[serde(borrow)]
    format: Str<'a>,
    format_version: u32,
    #[serde(borrow)]
    published: Str<'a>,
    #[serde(borrow)]
    publisher: Str<'a>,
    #[serde(borrow)]
    periods: Vec<Obj<RawPeriod<'a>>>,
    #[serde(borrow)]
    age_bands: Vec<Obj<RawBand<'a>>>,
    #[serde(borrow)]
    target_groups: Vec<Obj<RawGroup<'a>>>,
    #[serde(borrow)]
    providers: Vec<Obj<RawProvider<'a>>>,
    #[serde(borrow)]
    offers: Vec<Obj<RawOffer<'a>>>,
    #[serde(borrow, default, deserialize_with = "present")]
    references: Option<Vec<Obj<RawReference<'a>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText<'a> {
    #[serde(borrow)]
    da: Str<'a>,
    #[serde(borrow, default, deserialize_with = "present")]
    en: Option<Str<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod<'a> {
    #[serde(borrow)]
    id: Str<'a>,
    #[serde(borrow)]
    from: Str<'a>,
    #[serde(borrow)]
    to: Str<'a>,
    #[serde(borrow)]
    label: Obj<RawText<'a>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBand<'a> {
    #[serde(borrow)]
    id: Str<'a>,
    min: u32,
    max: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup<'a> {
    #[serde(borrow)]
    id: Str<'a>,
    #[serde(borrow)]
    name: Obj<RawText<'a>>,
    #[serde(borrow, default, deserialize_with = "present")]
    description: Option<Obj<RawText<'a>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProvider<'a> {
    #[serde(borrow)]
    id: Str<'a>,
    #[serde(borrow)]
    name: Str<'a>,
    #[serde(borrow)]
    kind: Str<'a>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAge {
    min: u32,
    max: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSupervision<'a> {
    #[serde(borrow)]
    smiley: Str<'a>,
    #[serde(borrow)]
    date: Str<'a>,
    #[serde(borrow, default, deserialize_with = "present")]
    note: Option<Obj<RawText<'a>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOffer<'a> {
    #[serde(borrow)]
    id: Str<'a>,
    #[serde(borrow)]
    provider: Str<'a>,
    #[serde(borrow)]
    name: Obj<RawText<'a>>,
    #[serde(borrow, default, deserialize_with = "present")]
    description: Option<Obj<RawText<'a>>>,
    #[serde(borrow)]
    category: Str<'a>,
    #[serde(borrow)]
    target_groups: Vec<Str<'a>>,
    #[serde(default, deserialize_with = "present")]
    age: Option<Obj<RawAge>>,
    #[serde(default, deserialize_with = "present")]
    weeks: Option<f64>,
    #[serde(default, deserialize_with = "present")]
    hours_per_week: Option<f64>,
    #[serde(borrow, default, deserialize_with = "present")]
    supervision: Option<Obj<RawSupervision<'a>>>,
    #[serde(borrow)]
    results: Vec<Obj<RawResult<'a>>>,
    #[serde(borrow, default, deserialize_with = "present", rename = "where")]
    location: Option<Obj<RawText<'a>>>,
    #[serde(borrow, default, deserialize_with = "present")]
    contact: Option<Obj<RawText<'a>>>,
    #[serde(borrow, default, deserialize_with = "present")]
    how_to_refer: Option<Obj<RawText<'a>>>,
    #[serde(borrow, default, deserialize_with = "present")]
    intake: Option<Obj<RawText<'a>>>,
    #[serde(borrow, default, deserialize_with = "present")]
    languages: Option<Vec<Str<'a>>>,
    #[serde(borrow, default, deserialize_with = "present")]
    accessibility: Option<Obj<RawText<'a>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeasure<'a> {
    #[serde(borrow, default, deserialize_with = "present")]
    missing: Option<Str<'a>>,
    #[serde(default, deserialize_with = "present")]
    share: Option<f64>,
    #[serde(default, deserialize_with = "present")]
    n: Option<u32>,
}

type M<'a> = Obj<RawMeasure<'a>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResult<'a> {
    #[serde(borrow)]
    period: Str<'a>,
    #[serde(borrow)]
    target_group: Str<'a>,
    #[serde(borrow)]
    age_band: Str<'a>,
    participants: u32,
    #[serde(borrow)]
    job_or_education: M<'a>,
    #[serde(borrow)]
    placements: M<'a>,
    #[serde(borrow, default, deserialize_with = "present")]
    off_benefit_1m: Option<M<'a>>,
    #[serde(borrow, default, deserialize_with = "present")]
    off_benefit_3m: Option<M<'a>>,
    #[serde(borrow)]
    satisfaction: M<'a>,
    #[serde(borrow, default, deserialize_with = "present")]
    closer_to_job: Option<M<'a>>,
    #[serde(default, deserialize_with = "present")]
    complaints: Option<u32>,
    #[serde(default, deserialize_with = "present")]
    share_under_30: Option<f64>,
    #[serde(default, deserialize_with = "present")]
    median_unemployment_weeks: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReference<'a> {
    #[serde(borrow)]
    period: Str<'a>,
    #[serde(borrow)]
    target_group: Str<'a>,
    #[serde(borrow)]
    age_band: Str<'a>,
    #[serde(borrow)]
    job_or_education: M<'a>,
    #[serde(borrow)]
    placements: M<'a>,
    #[serde(borrow)]
    satisfaction: M<'a>,
}

/// Parses and checks a snapshot on the fast path; `Err(Unsure)` sends it to the full walker.
pub(super) fn parse(bytes: &[u8], today: NaiveDate) -> Fast<Snapshot> {
    let Obj(raw): Obj<RawSnapshot> = serde_json::from_slice(bytes).map_err(|_| Unsure)?;
    snapshot(raw, today)
}

/// Ids of one list, each to its position; a second use of an id is refused.
fn index<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> Fast<HashMap<&'a str, usize>> {
    let mut map = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        check(map.insert(id(item), i).is_none())?;
    }
    Ok(map)
}

fn id(text: &str) -> Fast<Id> {
    Id::parse(text).ok_or(Unsure)
}

fn date(text: &str) -> Fast<NaiveDate> {
    parse_date(text).ok_or(Unsure)
}

fn text(raw: &Obj<RawText>) -> Fast<Text> {
    let raw = &raw.0;
    Text::new(raw.da.to_string(), raw.en.as_ref().map(|e| e.to_string())).ok_or(Unsure)
}

fn opt_text(raw: &Option<Obj<RawText>>) -> Fast<Option<Text>> {
    raw.as_ref().map(text).transpose()
}

/// A format 1.1 text: each language at most `max` characters and not HTML.
fn plain_text(raw: &Option<Obj<RawText>>, max: usize) -> Fast<Option<Text>> {
    let Some(Obj(t)) = raw else { return Ok(None) };
    for s in std::iter::once(&t.da).chain(&t.en) {
        check(s.chars().count() <= max && !looks_like_html(s))?;
    }
    opt_text(raw)
}

/// Format 1.1 languages: at least one ISO 639-1 code, none twice.
fn languages(raw: &Option<Vec<Str>>) -> Fast<Option<Vec<LanguageCode>>> {
    let Some(raw) = raw else { return Ok(None) };
    let mut out: Vec<LanguageCode> = Vec::with_capacity(raw.len());
    for code in raw {
        let code = LanguageCode::parse(code).ok_or(Unsure)?;
        check(!out.contains(&code))?;
        out.push(code);
    }
    check(!out.is_empty())?;
    Ok(Some(out))
}

fn share(x: f64) -> Fast<Share> {
    Share::new(x).ok_or(Unsure)
}

fn positive(x: f64) -> Fast<f64> {
    check(x.is_finite() && x > 0.0)?;
    Ok(x)
}

fn age(x: u32) -> Fast<u8> {
    check((15..=99).contains(&x))?;
    Ok(x as u8)
}

fn min_max(min: u32, max: u32) -> Fast<(u8, u8)> {
    let (min, max) = (age(min)?, age(max)?);
    check(min <= max)?;
    Ok((min, max))
}

fn measure(raw: &M) -> Fast<Measure> {
    let raw = &raw.0;
    match (&raw.missing, raw.share, raw.n) {
        (Some(code), None, None) => Ok(Measure::Missing(MissingReason::from_code(code).ok_or(Unsure)?)),
        (None, Some(x), Some(n)) if n >= 1 => Ok(Measure::Share { share: share(x)?, n }),
        _ => Err(Unsure),
    }
}

fn opt_measure(raw: &Option<M>) -> Fast<Option<Measure>> {
    raw.as_ref().map(measure).transpose()
}

/// The id maps of the lists that offers and references point into.
struct Builder<'a> {
    periods: HashMap<&'a str, usize>,
    bands: HashMap<&'a str, usize>,
    groups: HashMap<&'a str, usize>,
    providers: HashMap<&'a str, usize>,
}

fn snapshot(raw: RawSnapshot, today: NaiveDate) -> Fast<Snapshot> {
    check(raw.format == "visitationsguide-snapshot" && raw.format_version == 1)?;
    let published = date(&raw.published)?;
    check(published <= today.checked_add_days(Days::new(1)).unwrap_or(today))?;
    check(!raw.publisher.is_empty() && (1..=3).contains(&raw.periods.len()) && !raw.age_bands.is_empty())?;
    check(!raw.target_groups.is_empty() && !raw.providers.is_empty())?;
    let builder = Builder {
        periods: index(&raw.periods, |Obj(p)| &p.id)?,
        bands: index(&raw.age_bands, |Obj(b)| &b.id)?,
        groups: index(&raw.target_groups, |Obj(g)| &g.id)?,
        providers: index(&raw.providers, |Obj(p)| &p.id)?,
    };
    index(&raw.offers, |Obj(o)| &o.id)?;
    let target_groups = raw
        .target_groups
        .iter()
        .map(|Obj(g)| Ok(TargetGroup { id: id(&g.id)?, name: text(&g.name)?, description: opt_text(&g.description)? }))
        .collect::<Fast<Vec<_>>>()?;
    let providers = raw
        .providers
        .iter()
        .map(|Obj(p)| {
            check(!p.name.is_empty())?;
            let kind = ProviderKind::from_code(&p.kind).ok_or(Unsure)?;
            Ok(Provider { id: id(&p.id)?, name: p.name.to_string(), kind })
        })
        .collect::<Fast<Vec<_>>>()?;
    let offers = raw.offers.iter().map(|Obj(o)| builder.offer(o)).collect::<Fast<Vec<_>>>()?;
    let references = builder.references(raw.references.as_deref().unwrap_or_default())?;
    Ok(Snapshot::from_parts(Parts {
        published,
        publisher: raw.publisher.to_string(),
        periods: periods(&raw.periods)?,
        age_bands: bands(&raw.age_bands)?,
        target_groups,
        providers,
        offers,
        references,
    }))
}

/// Newest first, each `from ≤ to`.
fn periods(raw: &[Obj<RawPeriod>]) -> Fast<Vec<Period>> {
    let mut out: Vec<Period> = Vec::with_capacity(raw.len());
    for Obj(p) in raw {
        let (from, to) = (date(&p.from)?, date(&p.to)?);
        check(from <= to && out.last().is_none_or(|previous| from < previous.from))?;
        out.push(Period { id: id(&p.id)?, from, to, label: text(&p.label)? });
    }
    Ok(out)
}

/// Sorted by `min`, not overlapping, never called `all`.
fn bands(raw: &[Obj<RawBand>]) -> Fast<Vec<AgeBand>> {
    let mut out: Vec<AgeBand> = Vec::with_capacity(raw.len());
    for Obj(b) in raw {
        let (min, max) = min_max(b.min, b.max)?;
        check(b.id != "all" && out.last().is_none_or(|previous| min > previous.max))?;
        out.push(AgeBand { id: id(&b.id)?, min, max });
    }
    Ok(out)
}

impl Builder<'_> {
    fn band_ref(&self, text: &str) -> Fast<BandRef> {
        if text == "all" {
            return Ok(BandRef::All);
        }
        self.bands.get(text).map(|&i| BandRef::Band(BandIx::new(i))).ok_or(Unsure)
    }

    fn cell(&self, period: &str, group: &str, band: &str) -> Fast<Cell> {
        Ok(Cell {
            period: self.periods.get(period).map(|&i| PeriodIx::new(i)).ok_or(Unsure)?,
            target_group: self.groups.get(group).map(|&i| GroupIx::new(i)).ok_or(Unsure)?,
            age_band: self.band_ref(band)?,
        })
    }

    fn references(&self, raw: &[Obj<RawReference>]) -> Fast<Vec<Reference>> {
        let mut cells = HashSet::with_capacity(raw.len());
        let mut out = Vec::with_capacity(raw.len());
        for Obj(r) in raw {
            let cell = self.cell(&r.period, &r.target_group, &r.age_band)?;
            check(cells.insert(cell))?;
            out.push(Reference {
                period: cell.period,
                target_group: cell.target_group,
                age_band: cell.age_band,
                job_or_education: measure(&r.job_or_education)?,
                placements: measure(&r.placements)?,
                satisfaction: measure(&r.satisfaction)?,
            });
        }
        Ok(out)
    }

    fn offer(&self, o: &RawOffer) -> Fast<Offer> {
        let provider = self.providers.get(&*o.provider).map(|&i| ProviderIx::new(i)).ok_or(Unsure)?;
        check(!o.target_groups.is_empty())?;
        let mut groups: Vec<GroupIx> = Vec::with_capacity(o.target_groups.len());
        for g in &o.target_groups {
            let g = self.groups.get(&**g).map(|&i| GroupIx::new(i)).ok_or(Unsure)?;
            if !groups.contains(&g) {
                groups.push(g);
            }
        }
        let age = o.age.as_ref().map(|Obj(a)| min_max(a.min, a.max).map(|(min, max)| AgeLimit { min, max }));
        let supervision = match &o.supervision {
            None => None,
            Some(Obj(s)) => Some(Supervision {
                smiley: Smiley::from_code(&s.smiley).ok_or(Unsure)?,
                date: date(&s.date)?,
                note: opt_text(&s.note)?,
            }),
        };
        let mut cells = HashSet::with_capacity(o.results.len());
        let mut results = Vec::with_capacity(o.results.len());
        for Obj(r) in &o.results {
            let cell = self.cell(&r.period, &r.target_group, &r.age_band)?;
            check(groups.contains(&cell.target_group) && cells.insert(cell))?;
            let (job, placements) = (measure(&r.job_or_education)?, measure(&r.placements)?);
            for m in [job, placements] {
                if let Measure::Share { n, .. } = m {
                    check(r.participants == 0 || n <= r.participants)?;
                }
            }
            let median =
                r.median_unemployment_weeks.map(|w| if w.is_finite() && w >= 0.0 { Ok(w) } else { Err(Unsure) });
            results.push(OfferResult {
                period: cell.period,
                target_group: cell.target_group,
                age_band: cell.age_band,
                participants: r.participants,
                job_or_education: job,
                placements,
                off_benefit_1m: opt_measure(&r.off_benefit_1m)?,
                off_benefit_3m: opt_measure(&r.off_benefit_3m)?,
                satisfaction: measure(&r.satisfaction)?,
                closer_to_job: opt_measure(&r.closer_to_job)?,
                complaints: r.complaints,
                share_under_30: r.share_under_30.map(share).transpose()?,
                median_unemployment_weeks: median.transpose()?,
            });
        }
        Ok(Offer {
            id: id(&o.id)?,
            provider,
            name: text(&o.name)?,
            description: opt_text(&o.description)?,
            category: Category::from_code(&o.category).ok_or(Unsure)?,
            target_groups: groups,
            age: age.transpose()?,
            weeks: o.weeks.map(positive).transpose()?,
            hours_per_week: o.hours_per_week.map(positive).transpose()?,
            supervision,
            results,
            practical: Practical {
                location: plain_text(&o.location, text_limits::WHERE)?,
                contact: plain_text(&o.contact, text_limits::CONTACT)?,
                how_to_refer: plain_text(&o.how_to_refer, text_limits::HOW_TO_REFER)?,
                intake: plain_text(&o.intake, text_limits::INTAKE)?,
                languages: languages(&o.languages)?,
                accessibility: plain_text(&o.accessibility, text_limits::ACCESSIBILITY)?,
            },
        })
    }
}
