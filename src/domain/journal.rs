//! The plain-text note a caseworker pastes into the case journal: what was shown, from which figures.

use super::explain::{basis_sentence, criterion_name, estimate_short, flag_sentence, interval, tier_phrase};
use super::numfmt::{count, date_long};
use super::rank::{Criterion, Estimate, Ranking};
use super::{Lang, Snapshot};

/// How many ranked offers the note lists.
pub const NOTE_OFFERS: usize = 5;

/// A plain-text summary of the ranking for the case journal. It names the age only because the
/// caseworker copies it on purpose into the citizen's own case.
pub fn journal_note(snapshot: &Snapshot, ranking: &Ranking, lang: Lang) -> String {
    let group = &snapshot.target_groups()[ranking.target_group];
    let mut out = String::new();
    let heading = match lang {
        Lang::Da => format!(
            "Visitationsguide: {} ({}), alder {}. Tal for {} fra {}, offentliggjort {}.",
            group.name.get(lang),
            group.id,
            ranking.age.get(),
            snapshot.current_period().label.get(lang),
            snapshot.publisher(),
            date_long(snapshot.published(), lang)
        ),
        Lang::En => format!(
            "Visitationsguide: {} ({}), age {}. Figures for {} from {}, published {}.",
            group.name.get(lang),
            group.id,
            ranking.age.get(),
            snapshot.current_period().label.get(lang),
            snapshot.publisher(),
            date_long(snapshot.published(), lang)
        ),
    };
    out.push_str(&heading);
    out.push('\n');
    for (i, r) in ranking.ranked.iter().take(NOTE_OFFERS).enumerate() {
        let offer = &snapshot.offers()[r.offer];
        let provider = &snapshot.providers()[offer.provider];
        out.push_str(&format!(
            "{}. {} ({}) — {}\n",
            i + 1,
            offer.name.get(lang),
            provider.name,
            basis_sentence(snapshot, &r.basis, lang)
        ));
        for c in Criterion::ALL {
            let f = r.figure(c);
            let basis = match f.estimate {
                Estimate::Share { n, low, high, .. } => {
                    let unit = match (c, lang) {
                        (Criterion::Satisfaction, Lang::Da) => "svar",
                        (Criterion::Satisfaction, Lang::En) => "answers",
                        (_, Lang::Da) => "personer",
                        (_, Lang::En) => "people",
                    };
                    let caution =
                        if f.caution { lang.pick(", brug med forsigtighed", ", use with caution") } else { "" };
                    format!(
                        " ({} {}, n = {} {unit}{caution})",
                        lang.pick("95 %-interval", "95% interval"),
                        interval(low, high, lang),
                        count(u64::from(n), lang)
                    )
                }
                _ => String::new(),
            };
            out.push_str(&format!(
                "   {}: {}{basis}, {}\n",
                criterion_name(c, lang),
                estimate_short(&f.estimate, lang),
                tier_phrase(f.tier, lang)
            ));
        }
        for flag in &r.flags {
            out.push_str(&format!("   {}: {}\n", lang.pick("Advarsel", "Warning"), flag_sentence(flag, lang)));
        }
    }
    if ranking.ranked.len() > 1 {
        out.push_str(lang.pick(
            "Rækkefølgen inden for samme niveau for job eller uddannelse er ikke en sikker forskel.\n",
            "The order within the same level for job or education is not a sure difference.\n",
        ));
    }
    let rest = ranking.ranked.len().saturating_sub(NOTE_OFFERS);
    if rest > 0 {
        let offers = if rest == 1 { "offer" } else { "offers" };
        out.push_str(&lang.pick(format!("… og {rest} tilbud mere.\n"), format!("… and {rest} more {offers}.\n")));
    }
    if !ranking.unranked.is_empty() {
        out.push_str(&lang.pick(
            format!("{} tilbud har ingen resultater endnu.\n", ranking.unranked.len()),
            match ranking.unranked.len() {
                1 => "1 offer has no results yet.\n".to_owned(),
                n => format!("{n} offers have no results yet.\n"),
            },
        ));
    }
    out
}
