//! Dansk: change over time, the funnel plot, filters, the practical details and the age mix.

use super::more::{InfoLabel, MoreWords};
use crate::domain::rank::{AgeMix, Criterion, Zone};

pub struct Danish;

impl MoreWords for Danish {
    fn info_label(&self, label: InfoLabel) -> &'static str {
        use InfoLabel::*;
        match label {
            Where => "Hvor",
            Contact => "Kontakt",
            HowToRefer => "Sådan visiterer du",
            Intake => "Optag",
            Languages => "Sprog",
            Accessibility => "Tilgængelighed",
            GettingStarted => "Sådan kommer du i gang",
            ChangeOverTime => "Udvikling over tid",
            NoEarlierPeriod => "ingen tidligere periode",
            NoResult => "ingen resultat",
            Filters => "Filtre",
            FilterCategory => "Slags tilbud",
            FilterProviderKind => "Leverandørtype",
            FilterMaxHours => "Højst timer om ugen",
            FilterText => "Søg i navne",
            FilterLanguage => "Sprog",
            AnyChoice => "Alle",
            ClearFilters => "Ryd filtre",
            FunnelTitle => "Tragtdiagram: job eller uddannelse mod antal deltagere",
            FunnelAxisN => "Antal personer (n)",
            FunnelAxisShare => "Andel i job eller uddannelse",
            FunnelLimit95 => "95 %-grænse",
            FunnelLimit998 => "99,8 %-grænse",
            FunnelCityLevel => "byens niveau",
            FunnelAllAges => "målt mod alle aldre",
        }
    }

    fn trend_up(&self, from: &str, to: &str) -> String {
        format!("op fra {from} til {to}")
    }

    fn trend_down(&self, from: &str, to: &str) -> String {
        format!("ned fra {from} til {to}")
    }

    fn trend_same(&self, from: &str, to: &str) -> String {
        format!("ingen sikker ændring ({from} før, {to} nu)")
    }

    fn trend_not_compared(&self, why: &str) -> String {
        format!("ikke sammenlignet: {why}")
    }

    fn too_few_in(&self, n: &str, period: &str) -> String {
        format!("for få i {period} ({n})")
    }

    fn no_result_in(&self, period: &str) -> String {
        format!("ingen resultat for aldersgruppen i {period}")
    }

    fn missing_in(&self, reason: &str, period: &str) -> String {
        format!("{reason} i {period}")
    }

    fn trend_point(&self, period: &str, value: &str) -> String {
        format!("{period}: {value}")
    }

    fn citizen_change(&self, criterion: Criterion, up: bool, now: &str, before: &str) -> String {
        let more = if up { "Flere" } else { "Færre" };
        let what = match criterion {
            Criterion::Job => "kom i job eller uddannelse",
            Criterion::Placements => "kom ud i en virksomhed",
            Criterion::Satisfaction => "var tilfredse",
        };
        format!("{more} end før {what} (nu {now}, før {before})")
    }

    fn language_name(&self, code: &str) -> Option<&'static str> {
        Some(match code {
            "da" => "dansk",
            "en" => "engelsk",
            "ar" => "arabisk",
            "so" => "somali",
            "tr" => "tyrkisk",
            "ur" => "urdu",
            "pl" => "polsk",
            "uk" => "ukrainsk",
            "fa" => "persisk",
            "de" => "tysk",
            "fr" => "fransk",
            "es" => "spansk",
            "ru" => "russisk",
            "ro" => "rumænsk",
            "lt" => "litauisk",
            "bs" => "bosnisk",
            "sr" => "serbisk",
            "hr" => "kroatisk",
            "ti" => "tigrinya",
            "ps" => "pashto",
            "ku" => "kurdisk",
            "vi" => "vietnamesisk",
            "th" => "thai",
            "zh" => "kinesisk",
            "ta" => "tamil",
            "it" => "italiensk",
            "pt" => "portugisisk",
            "sv" => "svensk",
            "no" | "nb" => "norsk",
            "is" => "islandsk",
            "fi" => "finsk",
            "el" => "græsk",
            "hi" => "hindi",
            "pa" => "punjabi",
            "bg" => "bulgarsk",
            "hu" => "ungarsk",
            "lv" => "lettisk",
            "et" => "estisk",
            "kl" => "grønlandsk",
            "fo" => "færøsk",
            _ => return None,
        })
    }

    fn and_list(&self, items: &[String]) -> String {
        and_list(items, "og")
    }

    fn filters_hide(&self, n: usize) -> String {
        if n == 1 {
            "Filtrene skjuler 1 egnet tilbud".into()
        } else {
            format!("Filtrene skjuler {n} egnede tilbud")
        }
    }

    fn max_hours(&self, hours: &str) -> String {
        format!("Højst {hours} timer om ugen")
    }

    fn zone(&self, zone: Zone) -> &'static str {
        match zone {
            Zone::Inside => "inden for grænserne",
            Zone::Above95 => "over 95 %-grænsen",
            Zone::Above998 => "over 99,8 %-grænsen",
            Zone::Below95 => "under 95 %-grænsen",
            Zone::Below998 => "under 99,8 %-grænsen",
        }
    }

    fn funnel_mark(&self, offer: &str, share: &str, n: &str, zone: &str, all_ages: bool) -> String {
        let ages = if all_ages { ", målt mod alle aldre" } else { "" };
        format!("{offer}: {share} i job eller uddannelse af {n} personer, {zone}{ages}")
    }

    fn funnel_city(&self, share: &str, all_ages: bool) -> String {
        let ages = if all_ages { " (alle aldre)" } else { "" };
        format!("Byens niveau {share}{ages}")
    }

    fn age_mix(&self, mix: AgeMix, split: u8) -> String {
        match mix {
            AgeMix::MostlyYounger => format!("De fleste deltagere var under {split}"),
            AgeMix::MostlyOlder => format!("De fleste deltagere var {split} år eller ældre"),
        }
    }
}

/// `a`, `a og b`, `a, b og c`.
pub(super) fn and_list(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}
