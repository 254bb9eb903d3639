//! English: change over time, the funnel plot, filters, the practical details and the age mix.

use super::da_more::and_list;
use super::more::{InfoLabel, MoreWords};
use crate::domain::rank::{AgeMix, Criterion, Zone};

pub struct English;

impl MoreWords for English {
    fn info_label(&self, label: InfoLabel) -> &'static str {
        use InfoLabel::*;
        match label {
            Where => "Where",
            Contact => "Contact",
            HowToRefer => "How to refer",
            Intake => "Intake",
            Languages => "Languages",
            Accessibility => "Accessibility",
            GettingStarted => "How to get started",
            ChangeOverTime => "Change over time",
            NoEarlierPeriod => "no earlier period",
            NoResult => "no result",
            Filters => "Filters",
            FilterCategory => "Kind of offer",
            FilterProviderKind => "Provider type",
            FilterMaxHours => "At most hours a week",
            FilterText => "Search names",
            FilterLanguage => "Language",
            AnyChoice => "Any",
            ClearFilters => "Clear filters",
            FunnelTitle => "Funnel plot: job or education against the number of people",
            FunnelAxisN => "Number of people (n)",
            FunnelAxisShare => "Share in job or education",
            FunnelLimit95 => "95% limit",
            FunnelLimit998 => "99.8% limit",
            FunnelCityLevel => "city level",
            FunnelAllAges => "against all ages",
        }
    }

    fn trend_up(&self, from: &str, to: &str) -> String {
        format!("up from {from} to {to}")
    }

    fn trend_down(&self, from: &str, to: &str) -> String {
        format!("down from {from} to {to}")
    }

    fn trend_same(&self, from: &str, to: &str) -> String {
        format!("no certain change ({from} before, {to} now)")
    }

    fn trend_not_compared(&self, why: &str) -> String {
        format!("not compared: {why}")
    }

    fn too_few_in(&self, n: &str, period: &str) -> String {
        format!("too few in {period} ({n})")
    }

    fn no_result_in(&self, period: &str) -> String {
        format!("no result for the age group in {period}")
    }

    fn missing_in(&self, reason: &str, period: &str) -> String {
        format!("{reason} in {period}")
    }

    fn trend_point(&self, period: &str, value: &str) -> String {
        format!("{period}: {value}")
    }

    fn citizen_change(&self, criterion: Criterion, up: bool, now: &str, before: &str) -> String {
        let more = if up { "More" } else { "Fewer" };
        let what = match criterion {
            Criterion::Job => "got a job or started education",
            Criterion::Placements => "got out into a company",
            Criterion::Satisfaction => "were satisfied",
        };
        format!("{more} people than before {what} (now {now}, before {before})")
    }

    fn language_name(&self, code: &str) -> Option<&'static str> {
        Some(match code {
            "da" => "Danish",
            "en" => "English",
            "ar" => "Arabic",
            "so" => "Somali",
            "tr" => "Turkish",
            "ur" => "Urdu",
            "pl" => "Polish",
            "uk" => "Ukrainian",
            "fa" => "Persian",
            "de" => "German",
            "fr" => "French",
            "es" => "Spanish",
            "ru" => "Russian",
            "ro" => "Romanian",
            "lt" => "Lithuanian",
            "bs" => "Bosnian",
            "sr" => "Serbian",
            "hr" => "Croatian",
            "ti" => "Tigrinya",
            "ps" => "Pashto",
            "ku" => "Kurdish",
            "vi" => "Vietnamese",
            "th" => "Thai",
            "zh" => "Chinese",
            "ta" => "Tamil",
            "it" => "Italian",
            "pt" => "Portuguese",
            "sv" => "Swedish",
            "no" | "nb" => "Norwegian",
            "is" => "Icelandic",
            "fi" => "Finnish",
            "el" => "Greek",
            "hi" => "Hindi",
            "pa" => "Punjabi",
            "bg" => "Bulgarian",
            "hu" => "Hungarian",
            "lv" => "Latvian",
            "et" => "Estonian",
            "kl" => "Greenlandic",
            "fo" => "Faroese",
            _ => return None,
        })
    }

    fn and_list(&self, items: &[String]) -> String {
        and_list(items, "and")
    }

    fn filters_hide(&self, n: usize) -> String {
        if n == 1 {
            "The filters hide 1 suitable offer".into()
        } else {
            format!("The filters hide {n} suitable offers")
        }
    }

    fn max_hours(&self, hours: &str) -> String {
        format!("At most {hours} hours a week")
    }

    fn zone(&self, zone: Zone) -> &'static str {
        match zone {
            Zone::Inside => "within the limits",
            Zone::Above95 => "above the 95% limit",
            Zone::Above998 => "above the 99.8% limit",
            Zone::Below95 => "below the 95% limit",
            Zone::Below998 => "below the 99.8% limit",
        }
    }

    fn funnel_mark(&self, offer: &str, share: &str, n: &str, zone: &str, all_ages: bool) -> String {
        let ages = if all_ages { ", against all ages" } else { "" };
        format!("{offer}: {share} in a job or education of {n} people, {zone}{ages}")
    }

    fn funnel_city(&self, share: &str, all_ages: bool) -> String {
        let ages = if all_ages { " (all ages)" } else { "" };
        format!("City level {share}{ages}")
    }

    fn age_mix(&self, mix: AgeMix, split: u8) -> String {
        match mix {
            AgeMix::MostlyYounger => format!("Most participants were under {split}"),
            AgeMix::MostlyOlder => format!("Most participants were {split} or older"),
        }
    }
}
