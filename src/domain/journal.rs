//! The plain-text note a caseworker pastes into the case journal: what was shown, from which figures.

use super::explain::{basis_sentence, criterion_name, estimate_short, flag_sentence, share_basis, tier_phrase};
use super::numfmt::date_long;
use super::rank::{Criterion, Ranking};
use super::{Lang, Snapshot};

/// How many ranked offers the note lists.
pub const NOTE_OFFERS: usize = 5;

/// A plain-text summary of the ranking for the case journal. It names the age only because the
/// caseworker copies it on purpose into the citizen's own case.
pub fn journal_note(snapshot: &Snapshot, ranking: &Ranking, lang: Lang) -> String {
    let group = &snapshot.target_groups()[ranking.target_group];
    let mut out = String::new();
    let (age, figures_for, from, published) =
        lang.pick(("alder", "Tal for", "fra", "offentliggjort"), ("age", "Figures for", "from", "published"));
    let heading = format!(
        "Visitationsguide: {} ({}), {age} {}. {figures_for} {} {from} {}, {published} {}.",
        group.name.get(lang),
        group.id,
        ranking.age.get(),
        snapshot.current_period().label.get(lang),
        snapshot.publisher(),
        date_long(snapshot.published(), lang)
    );
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
            let caution = if f.caution { lang.pick(", brug med forsigtighed", ", use with caution") } else { "" };
            let basis = share_basis(c, &f.estimate, lang).map(|b| format!(" ({b}{caution})")).unwrap_or_default();
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
