//! Sentences about the ranking, put together from a language's words and the figures the ranking
//! computed: what a figure rests on, why one offer comes before the next, warnings.

use super::num::{count, interval, per_100, percent};
use super::{Label, OfTen};
use crate::domain::rank::{AgeAdjusted, Basis, CitySource, Complaints, Criterion, Estimate, Figure, Flag, Why};
use crate::domain::snapshot::{BandRef, Snapshot};
use crate::domain::Lang;

/// A figure in a few words: `31 %`, `for få (12)`, `ikke indberettet`.
pub fn estimate_short(estimate: &Estimate, lang: Lang) -> String {
    match *estimate {
        Estimate::Share { share, .. } => percent(share, lang),
        Estimate::TooFew { n } => lang.words().too_few(&n.to_string()),
        Estimate::Missing(reason) => lang.words().missing_reason(reason).to_owned(),
    }
}

/// An optional figure with its n: `20 % (n = 1.150)`, `for få (12)`, the reason, or "ikke oplyst".
pub fn estimate_with_n(estimate: Option<&Estimate>, lang: Lang) -> String {
    match estimate {
        None => lang.label(Label::NotGiven).to_owned(),
        Some(Estimate::Share { share, n, .. }) => {
            format!("{} (n = {})", percent(*share, lang), count(u64::from(*n), lang))
        }
        Some(other) => estimate_short(other, lang),
    }
}

/// What a share rests on: `95 %-interval 12,2–16 %, n = 1.300 personer` (answers for satisfaction);
/// `None` for a missing or too-small figure, whose short form already says why.
pub fn share_basis(criterion: Criterion, estimate: &Estimate, lang: Lang) -> Option<String> {
    let Estimate::Share { n, low, high, .. } = *estimate else { return None };
    let answers = criterion == Criterion::Satisfaction;
    Some(lang.words().share_basis(&interval(low, high, lang), &count(u64::from(n), lang), answers))
}

/// Where the comparison figure comes from: published, or pooled with its n.
pub fn city_figure(figure: &Figure, lang: Lang) -> Option<String> {
    let city = figure.city?;
    let pooled = match city.source {
        CitySource::Published => None,
        CitySource::Pooled { n } => Some(count(n, lang)),
    };
    Some(lang.words().city_figure(&percent(city.share, lang), pooled.as_deref()))
}

/// The accessible name of a figure's plot; `None` when there is no share to draw.
pub fn plot_label(figure: &Figure, lang: Lang) -> Option<String> {
    let Estimate::Share { share, low, high, .. } = figure.estimate else { return None };
    let city = figure.city.map(|c| percent(c.share, lang));
    Some(lang.words().plot_label(&percent(share, lang), &interval(low, high, lang), city.as_deref()))
}

/// Complaints as the details show them: `3 (2,1 pr. 100 deltagere, 95 %-interval 0,7–6)`.
pub fn complaints_text(complaints: &Complaints, lang: Lang) -> String {
    match *complaints {
        Complaints::NotGiven => lang.label(Label::NotGiven).to_owned(),
        Complaints::Count(c) => c.to_string(),
        Complaints::Rate(r) => lang.words().complaint_rate(
            r.complaints,
            &per_100(r.rate, lang),
            &per_100(r.low, lang),
            &per_100(r.high, lang),
        ),
    }
}

/// The age-adjusted ratio in words.
pub fn age_adjusted_text(a: &AgeAdjusted, lang: Lang) -> String {
    let whole = |x: f64| count(x.round().max(0.0) as u64, lang);
    lang.words().age_adjusted(&super::num::decimal(a.ratio, 2, lang), &whole(a.expected), &whole(a.observed))
}

/// An age band as people say it: "15–29 år", "30 år og derover", "alle aldre".
pub fn band_label(snapshot: &Snapshot, band: BandRef, lang: Lang) -> String {
    match band {
        BandRef::All => lang.words().all_ages().to_owned(),
        BandRef::Band(ix) => {
            let b = snapshot.age_band(ix);
            lang.words().band(b.min, (b.max < crate::domain::rank::Age::MAX).then_some(b.max))
        }
    }
}

/// "baseret på 212 personer, 30 år og derover" / "based on 212 people, all ages".
pub fn basis_sentence(snapshot: &Snapshot, basis: &Basis, lang: Lang) -> String {
    let words = lang.words();
    let people = count(u64::from(basis.participants), lang);
    let ages = band_label(snapshot, basis.band, lang);
    format!("{}{}", words.based_on(&people, &ages), words.basis_note(basis.kind))
}

fn share_or_none(share: Option<f64>, lang: Lang) -> String {
    share.map_or_else(|| lang.label(Label::NoFigure).to_owned(), |s| percent(s, lang))
}

/// "A before B: …", one sentence a caseworker can read aloud.
pub fn why_sentence(why: &Why, above: &str, below: &str, lang: Lang) -> String {
    let words = lang.words();
    let vs = lang.label(Label::Vs);
    let reason = match *why {
        Why::Tier { criterion, above: ta, below: tb, above_share, below_share } => format!(
            "{}{above} {} for {}, {below} {} ({} {vs} {})",
            words.same_prefix(criterion, true),
            words.tier_clause(ta),
            words.criterion(criterion),
            words.tier_clause(tb),
            share_or_none(above_share, lang),
            share_or_none(below_share, lang),
        ),
        Why::Share { criterion, above: sa, below: sb } => format!(
            "{}{} ({} {vs} {})",
            words.same_prefix(criterion, false),
            words.more_of(criterion),
            percent(sa, lang),
            share_or_none(sb, lang)
        ),
        Why::Name => words.same_all_but_name().to_owned(),
        Why::Id => words.same_all_but_id().to_owned(),
    };
    words.why(above, below, &reason)
}

/// A flag's warning with its reason and figures, for the card, the journal note and the checker.
pub fn flag_sentence(flag: &Flag, lang: Lang) -> String {
    let words = lang.words();
    match flag {
        Flag::SadSmiley { date, note } => {
            let note = note.as_ref().map(|n| format!(": {}", n.get(lang))).unwrap_or_default();
            words.sad_smiley_flag(&super::num::date_long(*date, lang), &note)
        }
        Flag::Complaints { rate, city_rate } => words.complaints_flag(
            &count(u64::from(rate.complaints), lang),
            &count(u64::from(rate.participants), lang),
            &per_100(rate.rate, lang),
            &per_100(rate.low, lang),
            &per_100(rate.high, lang),
            &per_100(*city_rate, lang),
        ),
    }
}

/// One plain sentence for the citizen per criterion, with what it is based on.
pub fn citizen_sentence(criterion: Criterion, figure: &Figure, lang: Lang) -> String {
    let words = lang.words();
    let Estimate::Share { share, n, .. } = figure.estimate else {
        return words.citizen_unknown(criterion).to_owned();
    };
    let k = words.of_ten(OfTen::of(share));
    words.citizen_figure(criterion, &k, &count(u64::from(n), lang), figure.caution)
}
