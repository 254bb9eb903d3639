//! The interface languages. Danish is the default: caseworkers and citizens read it first. Their
//! words are in `text`, one file each.

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    /// The ISO 639-1 code, as used in `?lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// Reads an ISO 639-1 code; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}
