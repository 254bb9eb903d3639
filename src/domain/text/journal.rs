//! The plain-text note a caseworker pastes into the case journal: what was shown, from which figures.

use super::explain::{basis_sentence, estimate_short, flag_sentence, share_basis};
use super::more::practical_details;
use super::num::date_long;
use super::Label;
use crate::domain::rank::{Criterion, Ranking};
use crate::domain::{Lang, Snapshot};

/// How many ranked offers the note lists.
pub const NOTE_OFFERS: usize = 5;

/// A plain-text summary of the ranking for the case journal. It names the age only because the
/// caseworker copies it on purpose into the citizen's own case.
pub fn journal_note(snapshot: &Snapshot, ranking: &Ranking, lang: Lang) -> String {
    let words = lang.words();
    let group = snapshot.target_group(ranking.target_group);
    let mut out = words.journal_heading(
        group.name.get(lang),
        group.id.as_str(),
        ranking.age.get(),
        snapshot.current_period().label.get(lang),
        snapshot.publisher(),
        &date_long(snapshot.published(), lang),
    );
    out.push('\n');
    for (i, r) in ranking.ranked.iter().take(NOTE_OFFERS).enumerate() {
        let offer = snapshot.offer(r.offer);
        let provider = snapshot.provider_of(offer);
        let basis = basis_sentence(snapshot, &r.basis, lang);
        out.push_str(&format!("{}. {} ({}) — {basis}\n", i + 1, offer.name.get(lang), provider.name));
        for c in Criterion::ALL {
            let f = r.figure(c);
            let caution = if f.caution { format!(", {}", lang.label(Label::UseWithCaution)) } else { String::new() };
            let basis = share_basis(c, &f.estimate, lang).map(|b| format!(" ({b}{caution})")).unwrap_or_default();
            out.push_str(&format!(
                "   {}: {}{basis}, {}\n",
                words.criterion(c),
                estimate_short(&f.estimate, lang),
                words.tier(f.tier)
            ));
        }
        for flag in &r.flags {
            out.push_str(&format!("   {}: {}\n", lang.label(Label::Warning), flag_sentence(flag, lang)));
        }
        // The practical details (format 1.1) the offer gives; a line break inside one stays indented.
        for (label, value) in practical_details(offer, lang) {
            let value = value.lines().collect::<Vec<_>>().join("\n     ");
            out.push_str(&format!("   {}: {value}\n", lang.info_label(label)));
        }
    }
    if ranking.ranked.len() > 1 {
        out.push_str(lang.label(Label::WithinTierCaveat));
        out.push('\n');
    }
    let rest = ranking.ranked.len().saturating_sub(NOTE_OFFERS);
    if rest > 0 {
        out.push_str(&words.more_offers(rest));
        out.push('\n');
    }
    if !ranking.unranked.is_empty() {
        out.push_str(&words.without_results(ranking.unranked.len()));
        out.push('\n');
    }
    out
}
