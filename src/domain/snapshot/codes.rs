//! The format's code tables (`"kind": "external"`), each declared once with `code_table!`: the
//! variants, their codes, and the conversions both ways.

/// Declares an enum whose variants are written in the format as fixed codes.
macro_rules! code_table {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($code,)+].len()] = [$($name::$variant,)+];
            /// Every code, in declaration order, as the format writes them.
            pub const CODES: &'static [&'static str] = &[$($code,)+];

            /// Reads a code; anything else is `None`.
            pub fn from_code(code: &str) -> Option<Self> {
                match code {
                    $($code => Some(Self::$variant),)+
                    _ => None,
                }
            }

            /// The code as the format writes it.
            pub fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)+
                }
            }
        }
    };
}
pub(crate) use code_table;

code_table! {
    /// Why a measure has no share.
    pub enum MissingReason {
        TooFew = "too_few",
        NotReported = "not_reported",
        NewOffer = "new_offer",
        NotApplicable = "not_applicable",
    }
}

code_table! {
    /// Who runs an offer.
    pub enum ProviderKind {
        Internal = "internal",
        External = "external",
        OtherActor = "other_actor",
    }
}

code_table! {
    /// What kind of offer it is.
    pub enum Category {
        JobSearch = "job_search",
        CompanyPlacement = "company_placement",
        CompanyPreparation = "company_preparation",
        Upskilling = "upskilling",
        Clarification = "clarification",
        Mentor = "mentor",
        HealthAndSocial = "health_and_social",
        Language = "language",
        Other = "other",
    }
}

code_table! {
    /// The external supervision's smiley.
    pub enum Smiley {
        Happy = "happy",
        Neutral = "neutral",
        Sad = "sad",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_as_its_variant() {
        for kind in ProviderKind::ALL {
            assert_eq!(ProviderKind::from_code(kind.code()), Some(kind));
        }
        for c in Category::ALL {
            assert_eq!(Category::from_code(c.code()), Some(c));
        }
        assert_eq!(Category::CODES.len(), Category::ALL.len());
        assert_eq!(Smiley::from_code("sad"), Some(Smiley::Sad));
        assert_eq!(MissingReason::from_code("too_few"), Some(MissingReason::TooFew));
        assert_eq!(MissingReason::from_code("Too_few"), None);
    }
}
