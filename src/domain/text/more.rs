//! The phrases of change over time (rule 10), the funnel plot (rule 11), filters (rule 9), the format 1.1
//! practical details, language names and the age mix: a second trait beside `Words`, so each language's
//! file stays readable (`da_more.rs`, `en_more.rs`). The functions here put a language's words together
//! with figures the domain computed, formatted by `num`.

use super::num::{count, percent};
use super::OfTen;
use crate::domain::rank::AGE_MIX_SPLIT;
use crate::domain::rank::{AgeMix, Criterion, Direction, Estimate, FunnelPoint, Trend, TrendPoint, Zone};
use crate::domain::snapshot::{LanguageCode, Offer, Snapshot, Text};
use crate::domain::Lang;

/// Fixed phrases of the details, filters and funnel plot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InfoLabel {
    // format 1.1 practical details
    Where,
    Contact,
    HowToRefer,
    Intake,
    Languages,
    Accessibility,
    GettingStarted,
    // change over time
    ChangeOverTime,
    NoEarlierPeriod,
    NoResult,
    // filters
    Filters,
    FilterCategory,
    FilterProviderKind,
    FilterMaxHours,
    FilterText,
    FilterLanguage,
    AnyChoice,
    ClearFilters,
    // funnel plot
    FunnelTitle,
    FunnelAxisN,
    FunnelAxisShare,
    FunnelLimit95,
    FunnelLimit998,
    FunnelCityLevel,
    FunnelAllAges,
}

impl InfoLabel {
    pub const ALL: [InfoLabel; 25] = [
        InfoLabel::Where,
        InfoLabel::Contact,
        InfoLabel::HowToRefer,
        InfoLabel::Intake,
        InfoLabel::Languages,
        InfoLabel::Accessibility,
        InfoLabel::GettingStarted,
        InfoLabel::ChangeOverTime,
        InfoLabel::NoEarlierPeriod,
        InfoLabel::NoResult,
        InfoLabel::Filters,
        InfoLabel::FilterCategory,
        InfoLabel::FilterProviderKind,
        InfoLabel::FilterMaxHours,
        InfoLabel::FilterText,
        InfoLabel::FilterLanguage,
        InfoLabel::AnyChoice,
        InfoLabel::ClearFilters,
        InfoLabel::FunnelTitle,
        InfoLabel::FunnelAxisN,
        InfoLabel::FunnelAxisShare,
        InfoLabel::FunnelLimit95,
        InfoLabel::FunnelLimit998,
        InfoLabel::FunnelCityLevel,
        InfoLabel::FunnelAllAges,
    ];
}

/// A language's words for issue 11's phrases. Numbers and names arrive formatted.
pub trait MoreWords: Sync {
    fn info_label(&self, label: InfoLabel) -> &'static str;

    // ---- change over time ----
    /// "op fra 18 % til 24 %".
    fn trend_up(&self, from: &str, to: &str) -> String;
    /// "ned fra 30 % til 12 %".
    fn trend_down(&self, from: &str, to: &str) -> String;
    /// "ingen sikker ændring (23 % før, 24 % nu)".
    fn trend_same(&self, from: &str, to: &str) -> String;
    /// "ikke sammenlignet: for få i 2. halvår 2025".
    fn trend_not_compared(&self, why: &str) -> String;
    /// "for få i 2. halvår 2025" (`n` is below `MIN_N`).
    fn too_few_in(&self, n: &str, period: &str) -> String;
    /// "ingen resultat for aldersgruppen i 1. halvår 2025".
    fn no_result_in(&self, period: &str) -> String;
    /// "ikke indberettet i 1. halvår 2025": a measure's missing reason in a period.
    fn missing_in(&self, reason: &str, period: &str) -> String;
    /// A trend point's accessible name: "2. halvår 2025: 20 %".
    fn trend_point(&self, period: &str, value: &str) -> String;
    /// For the citizen, only for a certain change: "Flere end før kom i job eller uddannelse (nu 4 af 10,
    /// før 2 af 10)".
    fn citizen_change(&self, criterion: Criterion, up: bool, now: &str, before: &str) -> String;

    // ---- the practical details (format 1.1) ----
    /// A language's name, for the common ISO 639-1 codes; `None` for others (the code is shown).
    fn language_name(&self, code: &str) -> Option<&'static str>;
    /// "dansk, arabisk og somali".
    fn and_list(&self, items: &[String]) -> String;

    // ---- filters ----
    /// "Filtrene skjuler 3 egnede tilbud".
    fn filters_hide(&self, n: usize) -> String;
    /// "Højst 15 timer om ugen".
    fn max_hours(&self, hours: &str) -> String;

    // ---- funnel plot ----
    fn zone(&self, zone: Zone) -> &'static str;
    /// "Dansk og jobsøgning: 24 % i job eller uddannelse af 120 deltagere, inden for grænserne".
    fn funnel_mark(&self, offer: &str, share: &str, n: &str, zone: &str, all_ages: bool) -> String;
    /// "Byens niveau 22 %".
    fn funnel_city(&self, share: &str, all_ages: bool) -> String;

    // ---- age mix ----
    /// "De fleste deltagere var under 30".
    fn age_mix(&self, mix: AgeMix, split: u8) -> String;
}

impl Lang {
    /// This language's words for issue 11's phrases.
    pub fn more(self) -> &'static dyn MoreWords {
        match self {
            Lang::Da => &super::da_more::Danish,
            Lang::En => &super::en_more::English,
        }
    }

    /// A fixed phrase of the details, filters or funnel plot.
    pub fn info_label(self, label: InfoLabel) -> &'static str {
        self.more().info_label(label)
    }
}

// ---- change over time ----

/// A trend point's value: `24 %`, `for få (12)`, the missing reason, or "ingen resultat" for no result.
pub fn point_value(point: &TrendPoint, lang: Lang) -> String {
    match &point.estimate {
        Some(estimate) => super::explain::estimate_short(estimate, lang),
        None => lang.info_label(InfoLabel::NoResult).to_owned(),
    }
}

/// A trend point's accessible name: `2. halvår 2025: 20 %`.
pub fn point_label(snapshot: &Snapshot, point: &TrendPoint, lang: Lang) -> String {
    lang.more().trend_point(snapshot.period(point.period).label.get(lang), &point_value(point, lang))
}

/// Why a point cannot be compared, naming its period: `for få i 2. halvår 2025`; `None` when it can.
pub fn point_reason(snapshot: &Snapshot, point: &TrendPoint, lang: Lang) -> Option<String> {
    let more = lang.more();
    let period = snapshot.period(point.period).label.get(lang);
    match point.estimate {
        None => Some(more.no_result_in(period)),
        Some(Estimate::TooFew { n }) => Some(more.too_few_in(&count(u64::from(n), lang), period)),
        Some(Estimate::Missing(reason)) => Some(more.missing_in(lang.words().missing_reason(reason), period)),
        Some(Estimate::Share { .. }) => None,
    }
}

/// The change of a trend in one phrase: `op fra 18 % til 24 %`, `ned fra …`, `ingen sikker ændring …`, or
/// `ikke sammenlignet: for få i 2. halvår 2025` (the current period's reason first, then the previous one's).
pub fn change_text(snapshot: &Snapshot, trend: &Trend, lang: Lang) -> String {
    let more = lang.more();
    if let Some((before, now)) = trend.change.shares {
        let (before, now) = (percent(before, lang), percent(now, lang));
        return match trend.change.direction {
            Direction::Up => more.trend_up(&before, &now),
            Direction::Down => more.trend_down(&before, &now),
            Direction::Same | Direction::NotCompared => more.trend_same(&before, &now),
        };
    }
    let why = point_reason(snapshot, trend.current(), lang)
        .or_else(|| trend.previous().and_then(|p| point_reason(snapshot, p, lang)))
        .unwrap_or_else(|| lang.info_label(InfoLabel::NoEarlierPeriod).to_owned());
    more.trend_not_compared(&why)
}

/// For the citizen view: one plain sentence, only when the change is certain (up or down).
pub fn citizen_change(trend: &Trend, lang: Lang) -> Option<String> {
    let up = match trend.change.direction {
        Direction::Up => true,
        Direction::Down => false,
        Direction::Same | Direction::NotCompared => return None,
    };
    let (before, now) = trend.change.shares?;
    let words = lang.words();
    let (now, before) = (words.of_ten(OfTen::of(now)), words.of_ten(OfTen::of(before)));
    Some(lang.more().citizen_change(trend.criterion, up, &lowercase_first(&now), &lowercase_first(&before)))
}

/// "Under 1 af 10" inside a sentence reads "under 1 af 10".
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

// ---- the practical details (format 1.1) ----

/// A language's name in `lang`, or its code when the guide does not know the name.
pub fn language_name(code: LanguageCode, lang: Lang) -> String {
    lang.more().language_name(code.as_str()).map_or_else(|| code.as_str().to_owned(), str::to_owned)
}

/// An offer's languages: `dansk, arabisk og somali`.
pub fn languages_text(codes: &[LanguageCode], lang: Lang) -> String {
    let names: Vec<String> = codes.iter().map(|&c| language_name(c, lang)).collect();
    lang.more().and_list(&names)
}

/// The practical details an offer gives (format 1.1), each with its label, in the order a caseworker
/// needs them; empty when it gives none.
pub fn practical_details(offer: &Offer, lang: Lang) -> Vec<(InfoLabel, String)> {
    let text = |t: &Option<Text>| t.as_ref().map(|t| t.get(lang).to_owned());
    let mut out = Vec::new();
    let texts = [
        (InfoLabel::Where, text(&offer.practical.location)),
        (InfoLabel::Intake, text(&offer.practical.intake)),
        (InfoLabel::HowToRefer, text(&offer.practical.how_to_refer)),
        (InfoLabel::Contact, text(&offer.practical.contact)),
        (InfoLabel::Languages, offer.practical.languages.as_deref().map(|codes| languages_text(codes, lang))),
        (InfoLabel::Accessibility, text(&offer.practical.accessibility)),
    ];
    for (label, value) in texts {
        if let Some(value) = value {
            out.push((label, value));
        }
    }
    out
}

// ---- filters ----

/// "Filtrene skjuler 3 egnede tilbud"; `None` when they hide none.
pub fn filters_hidden(hidden: usize, lang: Lang) -> Option<String> {
    (hidden > 0).then(|| lang.more().filters_hide(hidden))
}

// ---- funnel plot ----

/// A mark's accessible name: `Dansk og jobsøgning: 24 % i job eller uddannelse af 120 deltagere, inden for
/// grænserne`.
pub fn funnel_mark(snapshot: &Snapshot, point: &FunnelPoint, lang: Lang) -> String {
    let more = lang.more();
    let name = snapshot.offer(point.offer).name.get(lang);
    let (share, n) = (percent(point.share, lang), count(u64::from(point.n), lang));
    more.funnel_mark(name, &share, &n, more.zone(point.zone), point.all_ages())
}

// ---- age mix ----

/// "De fleste deltagere var under 30".
pub fn age_mix_text(mix: AgeMix, lang: Lang) -> String {
    lang.more().age_mix(mix, AGE_MIX_SPLIT)
}
