//! Rule 6: the committee's order as one total, deterministic comparison, and the first key on which
//! two neighbours differ ("why A before B").

use super::model::{Criterion, Ranked, Why};
use crate::domain::snapshot::{Offer, Snapshot};
use std::cmp::Ordering;

/// Higher shares first; missing, suppressed and too-few last.
pub(super) fn by_share(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.total_cmp(&a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Danish name by Unicode code points (Rust compares `str` by UTF-8 bytes, which is the same), then id.
pub(super) fn by_name(a: &Offer, b: &Offer) -> Ordering {
    a.name.da().cmp(b.name.da()).then_with(|| a.id.cmp(&b.id))
}

/// Tiers, then shares, criterion by criterion, then name and id.
pub fn compare(snapshot: &Snapshot, a: &Ranked, b: &Ranked) -> Ordering {
    let tiers = Criterion::ALL.iter().map(|&c| a.figure(c).tier.cmp(&b.figure(c).tier));
    let shares = Criterion::ALL.iter().map(|&c| by_share(a.figure(c).estimate.share(), b.figure(c).estimate.share()));
    tiers.chain(shares).find(|o| o.is_ne()).unwrap_or_else(|| by_name(snapshot.offer(a.offer), snapshot.offer(b.offer)))
}

/// The first key on which `above` and `below` differ, for "why A before B".
pub(super) fn why(snapshot: &Snapshot, above: &Ranked, below: &Ranked) -> Why {
    for c in Criterion::ALL {
        let (fa, fb) = (above.figure(c), below.figure(c));
        if fa.tier != fb.tier {
            let (above_share, below_share) = (fa.estimate.share(), fb.estimate.share());
            return Why::Tier { criterion: c, above: fa.tier, below: fb.tier, above_share, below_share };
        }
    }
    for c in Criterion::ALL {
        let (sa, sb) = (above.figure(c).estimate.share(), below.figure(c).estimate.share());
        if let (Some(a), true) = (sa, by_share(sa, sb).is_ne()) {
            return Why::Share { criterion: c, above: a, below: sb };
        }
    }
    if snapshot.offer(above.offer).name.da() != snapshot.offer(below.offer).name.da() {
        Why::Name
    } else {
        Why::Id
    }
}
