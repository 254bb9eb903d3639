//! The age mix of an offer's participants against the citizen's age: a result may publish
//! `share_under_30`, and where most participants are clearly on the other side of 30 from the citizen the
//! card says so ("De fleste deltagere var under 30"). Shown, never ranked on.

use crate::domain::snapshot::Share;

/// The age `share_under_30` splits at (the format's key names it).
pub const AGE_MIX_SPLIT: u8 = 30;
/// "Clearly" different: at least this share of the participants are on the other side of
/// `AGE_MIX_SPLIT` from the citizen (so ≥ 70 % under 30 for a citizen of 30 or over, ≤ 30 % under 30 for
/// a younger citizen). Below it the mix is not remarked on.
pub const AGE_MIX_CLEAR: f64 = 0.7;

/// Most participants were on the other side of `AGE_MIX_SPLIT` from the citizen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeMix {
    /// The citizen is 30 or over; most participants were under 30.
    MostlyYounger,
    /// The citizen is under 30; most participants were 30 or over.
    MostlyOlder,
}

impl AgeMix {
    /// The remark for a citizen of `age` and a result's `share_under_30`, when the mix differs clearly.
    pub fn of(age: u8, share_under_30: Option<Share>) -> Option<AgeMix> {
        let under = share_under_30?.get();
        if age >= AGE_MIX_SPLIT && under >= AGE_MIX_CLEAR {
            Some(AgeMix::MostlyYounger)
        } else if age < AGE_MIX_SPLIT && 1.0 - under >= AGE_MIX_CLEAR {
            Some(AgeMix::MostlyOlder)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_clear_difference_is_remarked_on() {
        let s = |x| Share::new(x);
        assert_eq!(AgeMix::of(34, s(0.7)), Some(AgeMix::MostlyYounger));
        assert_eq!(AgeMix::of(34, s(0.69)), None);
        assert_eq!(AgeMix::of(24, s(0.9)), None, "a young citizen among young participants");
        assert_eq!(AgeMix::of(24, s(0.3)), Some(AgeMix::MostlyOlder));
        assert_eq!(AgeMix::of(29, s(0.31)), None);
        assert_eq!(AgeMix::of(30, s(1.0)), Some(AgeMix::MostlyYounger));
        assert_eq!(AgeMix::of(34, None), None);
    }
}
