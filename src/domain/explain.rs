//! Words for the ranking: tier names, what a figure is based on, and "why A before B".
//! Shared by the app and the command-line checker so both say the same thing.

use super::numfmt::{count, date_long, decimal, percent};
use super::rank::{Basis, BasisKind, Criterion, Estimate, Flag, Tier, Why};
use super::snapshot::{BandRef, MissingReason, Snapshot};
use super::Lang;

pub fn criterion_name(c: Criterion, lang: Lang) -> &'static str {
    match c {
        Criterion::Job => lang.pick("job eller uddannelse", "job or education"),
        Criterion::Placements => lang.pick("virksomhedsplacering", "company placement"),
        Criterion::Satisfaction => lang.pick("tilfredshed", "satisfaction"),
    }
}

/// The tier as a phrase that completes "job or education …".
pub fn tier_phrase(tier: Tier, lang: Lang) -> &'static str {
    match tier {
        Tier::Above => lang.pick("over byens niveau", "above the city average"),
        Tier::InLine => lang.pick("på niveau med byen", "in line with the city"),
        Tier::Below => lang.pick("under byens niveau", "below the city average"),
        Tier::Unknown => lang.pick("ukendt (for få eller ingen tal)", "unknown (too few or no figures)"),
    }
}

/// A tier as a clause with its verb, for sentences read aloud: "ligger over byens niveau".
pub fn tier_clause(tier: Tier, lang: Lang) -> &'static str {
    match tier {
        Tier::Above => lang.pick("ligger over byens niveau", "is above the city average"),
        Tier::InLine => lang.pick("ligger på niveau med byen", "is in line with the city"),
        Tier::Below => lang.pick("ligger under byens niveau", "is below the city average"),
        Tier::Unknown => lang.pick("har for få eller ingen tal", "has too few or no figures"),
    }
}

pub fn missing_reason(reason: MissingReason, lang: Lang) -> &'static str {
    match reason {
        MissingReason::TooFew => lang.pick("for få til at blive offentliggjort", "too few to publish"),
        MissingReason::NotReported => lang.pick("ikke indberettet", "not reported"),
        MissingReason::NewOffer => lang.pick("nyt tilbud", "new offer"),
        MissingReason::NotApplicable => lang.pick("ikke relevant", "not applicable"),
    }
}

/// What a share rests on: `95 %-interval 12,2–16 %, n = 1.300 personer` (answers for satisfaction);
/// `None` for a missing or too-small figure, whose short form already says why.
pub fn share_basis(criterion: Criterion, estimate: &Estimate, lang: Lang) -> Option<String> {
    let Estimate::Share { n, low, high, .. } = *estimate else { return None };
    let unit = match criterion {
        Criterion::Satisfaction => lang.pick("svar", "answers"),
        _ => lang.pick("personer", "people"),
    };
    Some(format!(
        "{} {}, n = {} {unit}",
        lang.pick("95 %-interval", "95% interval"),
        interval(low, high, lang),
        count(u64::from(n), lang)
    ))
}

/// A figure in a few words: `31 %`, `for få (12)`, `ikke indberettet`.
pub fn estimate_short(estimate: &Estimate, lang: Lang) -> String {
    match *estimate {
        Estimate::Share { share, .. } => percent(share, lang),
        Estimate::TooFew { n } => format!("{} ({n})", lang.pick("for få", "too few")),
        Estimate::Missing(reason) => missing_reason(reason, lang).to_owned(),
    }
}

/// An age band as people say it: "15–29 år", "30 år og derover", "alle aldre".
pub fn band_label(snapshot: &Snapshot, band: BandRef, lang: Lang) -> String {
    match band {
        BandRef::All => lang.pick("alle aldre", "all ages").to_owned(),
        BandRef::Band(i) => {
            let b = &snapshot.age_bands()[i];
            if b.max >= 99 {
                lang.pick(format!("{} år og derover", b.min), format!("aged {} and over", b.min))
            } else {
                lang.pick(format!("{}–{} år", b.min, b.max), format!("aged {}–{}", b.min, b.max))
            }
        }
    }
}

/// "baseret på 212 personer, 30 år og derover" / "based on 212 people, all ages".
pub fn basis_sentence(snapshot: &Snapshot, basis: &Basis, lang: Lang) -> String {
    let people = count(u64::from(basis.participants), lang);
    let ages = band_label(snapshot, basis.band, lang);
    let base = lang.pick(format!("baseret på {people} personer, {ages}"), format!("based on {people} people, {ages}"));
    let note = match basis.kind {
        BasisKind::CitizenBand | BasisKind::AllAgesNoBand => "",
        BasisKind::AllAgesFallback => lang.pick(
            " (for få i borgerens aldersgruppe, så tallene gælder alle aldre)",
            " (too few in the citizen's age band, so the figures are for all ages)",
        ),
        BasisKind::SmallBand => lang.pick(
            " (få personer og intet tal for alle aldre: stor usikkerhed)",
            " (few people and no all-ages figure: large uncertainty)",
        ),
    };
    format!("{base}{note}")
}

fn share_or_none(share: Option<f64>, lang: Lang) -> String {
    share.map_or_else(|| lang.pick("intet tal", "no figure").to_owned(), |s| percent(s, lang))
}

/// "A before B: …", one sentence a caseworker can read aloud.
pub fn why_sentence(why: &Why, above: &str, below: &str, lang: Lang) -> String {
    let vs = lang.pick("mod", "vs");
    let reason = match *why {
        Why::Tier { criterion, above: ta, below: tb, above_share, below_share } => {
            let same = same_prefix(criterion, true, lang);
            let name = criterion_name(criterion, lang);
            let (sa, sb) = (share_or_none(above_share, lang), share_or_none(below_share, lang));
            lang.pick(
                format!(
                    "{same}{above} {} for {name}, {below} {} ({sa} {vs} {sb})",
                    tier_clause(ta, lang),
                    tier_clause(tb, lang)
                ),
                format!(
                    "{same}{above} {} for {name}, {below} {} ({sa} {vs} {sb})",
                    tier_clause(ta, lang),
                    tier_clause(tb, lang)
                ),
            )
        }
        Why::Share { criterion, above: sa, below: sb } => {
            let same = same_prefix(criterion, false, lang);
            let more = match criterion {
                Criterion::Job => lang.pick("flere i job eller uddannelse", "more in job or education"),
                Criterion::Placements => lang.pick("flere virksomhedsplaceringer", "more company placements"),
                Criterion::Satisfaction => lang.pick("flere tilfredse", "more satisfied"),
            };
            format!("{same}{more} ({} {vs} {})", percent(sa, lang), share_or_none(sb, lang))
        }
        Why::Name => lang
            .pick(
                "samme niveau og samme tal på alle tre; ordnet efter navn",
                "same tiers and figures on all three; ordered by name",
            )
            .to_owned(),
        Why::Id => lang
            .pick(
                "samme niveau, tal og navn; ordnet efter tilbuddets id",
                "same tiers, figures and name; ordered by the offer's id",
            )
            .to_owned(),
    };
    lang.pick(format!("{above} før {below}: {reason}"), format!("{above} before {below}: {reason}"))
}

/// What was equal before the deciding key.
fn same_prefix(criterion: Criterion, tier: bool, lang: Lang) -> &'static str {
    match (tier, criterion) {
        (true, Criterion::Job) => "",
        (true, Criterion::Placements) => {
            lang.pick("samme niveau for job eller uddannelse; ", "same tier for job or education; ")
        }
        (true, Criterion::Satisfaction) => lang.pick(
            "samme niveau for job eller uddannelse og for virksomhedsplacering; ",
            "same tiers for job or education and for company placement; ",
        ),
        (false, Criterion::Job) => lang.pick("samme niveau på alle tre; ", "same tiers on all three; "),
        (false, Criterion::Placements) => lang
            .pick("samme niveau på alle tre og samme jobandel; ", "same tiers on all three and the same job share; "),
        (false, Criterion::Satisfaction) => lang.pick(
            "samme niveau på alle tre og samme andel i job og i virksomhed; ",
            "same tiers on all three and the same job and placement shares; ",
        ),
    }
}

pub fn category_name(category: super::snapshot::Category, lang: Lang) -> &'static str {
    use super::snapshot::Category::*;
    match category {
        JobSearch => lang.pick("Jobsøgning", "Job search"),
        CompanyPlacement => lang.pick("Virksomhedsplacering", "Company placement"),
        CompanyPreparation => lang.pick("Virksomhedsforberedende", "Preparing for a company"),
        Upskilling => lang.pick("Opkvalificering", "Upskilling"),
        Clarification => lang.pick("Afklaring", "Clarification"),
        Mentor => lang.pick("Mentor", "Mentor"),
        HealthAndSocial => lang.pick("Sundhed og socialt", "Health and social"),
        Language => lang.pick("Sprog", "Language"),
        Other => lang.pick("Andet", "Other"),
    }
}

pub fn provider_kind_name(kind: super::snapshot::ProviderKind, lang: Lang) -> &'static str {
    use super::snapshot::ProviderKind::*;
    match kind {
        Internal => lang.pick("kommunens eget center", "the municipality's own centre"),
        External => lang.pick("ekstern leverandør", "external supplier"),
        OtherActor => lang.pick("anden aktør", "other actor"),
    }
}

pub fn smiley_name(smiley: super::snapshot::Smiley, lang: Lang) -> &'static str {
    use super::snapshot::Smiley::*;
    match smiley {
        Happy => lang.pick("glad smiley", "happy smiley"),
        Neutral => lang.pick("neutral smiley", "neutral smiley"),
        Sad => lang.pick("sur smiley", "sad smiley"),
    }
}

/// "25–37 %" / "25–37%": an interval in percent.
pub fn interval(low: f64, high: f64, lang: Lang) -> String {
    let (l, h) = (percent(low.max(0.0), lang), percent(high.min(1.0), lang));
    let l = l.trim_end_matches(['%', ' ']).to_owned();
    format!("{l}–{h}")
}

/// A flag's warning with its reason and figures, for the card and the journal note.
pub fn flag_sentence(flag: &Flag, lang: Lang) -> String {
    match flag {
        Flag::SadSmiley { date, note } => {
            let note = note.as_ref().map(|n| format!(": {}", n.get(lang))).unwrap_or_default();
            match lang {
                Lang::Da => format!("Sur smiley ved tilsynet {}{note}", date_long(*date, lang)),
                Lang::En => format!("Sad smiley at the supervision of {}{note}", date_long(*date, lang)),
            }
        }
        Flag::Complaints { complaints, participants, low, high, city_rate } => {
            let per100 = |x: f64| decimal(x * 100.0, 1, lang);
            let rate = f64::from(*complaints.min(participants)) / f64::from(*participants);
            match lang {
                Lang::Da => format!(
                    "Mange klager: {} klager fra {} deltagere ({} pr. 100, 95 %-interval {}–{}) mod {} pr. 100 for alle tilbud her",
                    count(u64::from(*complaints), lang), count(u64::from(*participants), lang), per100(rate), per100(*low), per100(*high), per100(*city_rate)
                ),
                Lang::En => format!(
                    "Many complaints: {} from {} participants ({} per 100, 95% interval {}–{}) against {} per 100 for all offers here",
                    count(u64::from(*complaints), lang), count(u64::from(*participants), lang), per100(rate), per100(*low), per100(*high), per100(*city_rate)
                ),
            }
        }
    }
}
