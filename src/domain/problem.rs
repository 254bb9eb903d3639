//! What can be wrong with a snapshot, where (as a JSON path), and how to say it in Danish or English.

use super::Lang;
use std::fmt;

/// A JSON path in the format's notation: `offers[12].results[3].satisfaction.share`; `$` is the whole file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath(String);

impl JsonPath {
    /// The whole document.
    pub fn root() -> Self {
        Self::default()
    }

    /// The member `key` of the object at this path.
    pub fn key(&self, key: &str) -> Self {
        if self.0.is_empty() {
            Self(key.to_owned())
        } else {
            Self(format!("{}.{key}", self.0))
        }
    }

    /// The element `index` of the array at this path.
    pub fn index(&self, index: usize) -> Self {
        Self(format!("{}[{index}]", self.0))
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("$")
        } else {
            f.write_str(&self.0)
        }
    }
}

/// The JSON types a value can have, for "expected X, found Y".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    Object,
    Array,
    String,
    Number,
    Integer,
    Boolean,
    Null,
}

impl JsonType {
    fn name(self, lang: Lang) -> &'static str {
        use JsonType::*;
        match (self, lang) {
            (Object, Lang::Da) => "et objekt",
            (Object, Lang::En) => "an object",
            (Array, Lang::Da) => "en liste",
            (Array, Lang::En) => "an array",
            (String, Lang::Da) => "en tekst",
            (String, Lang::En) => "a string",
            (Number, Lang::Da) => "et tal",
            (Number, Lang::En) => "a number",
            (Integer, Lang::Da) => "et heltal",
            (Integer, Lang::En) => "an integer",
            (Boolean, Lang::Da) => "en sandhedsværdi",
            (Boolean, Lang::En) => "a boolean",
            (Null, Lang::Da) => "null",
            (Null, Lang::En) => "null",
        }
    }
}

/// One thing wrong with a snapshot. Values are kept as the file wrote them.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    Empty,
    ByteOrderMark,
    TooLarge { bytes: u64, limit: u64 },
    NotJson { line: usize, column: usize, detail: String },
    TooDeep { limit: usize },
    Missing,
    WrongType { expected: JsonType, found: JsonType },
    NotFinite { raw: String },
    NotInteger { raw: String },
    Below { raw: String, min: String },
    Above { raw: String, max: String },
    NotPositive { raw: String },
    WrongFormat { found: String },
    NewerVersion { found: String },
    UnknownVersion { found: String },
    BadId { found: String },
    ReservedId,
    BadDate { found: String },
    FutureDate { date: String, limit: String },
    EmptyText,
    NotOneOf { found: String, allowed: &'static [&'static str] },
    TooFewItems { found: usize, min: usize },
    TooManyItems { found: usize, max: usize },
    Duplicate { id: String, first: String },
    DuplicateCell { first: String },
    UnknownRef { id: String, list: &'static str },
    NotOfferGroup { id: String },
    MinAboveMax { min: String, max: String },
    FromAfterTo { from: String, to: String },
    BandsUnsorted { previous: String },
    BandsOverlap { previous: String },
    PeriodsNotNewestFirst { previous: String },
    CountAboveParticipants { n: String, participants: String },
    MeasureBothForms,
}

/// A problem with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub path: JsonPath,
    pub kind: ProblemKind,
}

impl Problem {
    /// `path: what is wrong`, in the given language.
    pub fn message(&self, lang: Lang) -> String {
        format!("{}: {}", self.path, self.kind.describe(lang))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// A number as the file wrote it, with a decimal comma for Danish readers ("1.4" → "1,4").
/// Exponents and non-numeric text are left as written.
fn da_number(raw: &str) -> String {
    let plain = raw.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
    if plain && raw.bytes().filter(|&b| b == b'.').count() == 1 {
        raw.replace('.', ",")
    } else {
        raw.to_owned()
    }
}

impl ProblemKind {
    /// The sentence after the path.
    pub fn describe(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let da = lang == Lang::Da;
        match self {
            Empty => lang.pick("filen er tom", "the file is empty").into(),
            ByteOrderMark => lang
                .pick(
                    "filen begynder med et byte order mark (BOM); formatet er UTF-8 uden BOM",
                    "the file starts with a byte order mark (BOM); the format is UTF-8 without one",
                )
                .into(),
            TooLarge { bytes, limit } => {
                let mib = |b: u64| b as f64 / (1024.0 * 1024.0);
                if da {
                    format!("filen fylder {:.1} MiB; grænsen er {:.0} MiB", mib(*bytes), mib(*limit)).replace('.', ",")
                } else {
                    format!("the file is {:.1} MiB; the limit is {:.0} MiB", mib(*bytes), mib(*limit))
                }
            }
            NotJson { line, column, detail } => {
                if da {
                    format!("ikke gyldig JSON (linje {line}, kolonne {column}): {detail}")
                } else {
                    format!("not valid JSON (line {line}, column {column}): {detail}")
                }
            }
            TooDeep { limit } => {
                if da {
                    format!("indlejret dybere end {limit} niveauer; formatet behøver langt færre")
                } else {
                    format!("nested deeper than {limit} levels; the format needs far fewer")
                }
            }
            Missing => lang.pick("mangler (skal være der)", "is missing (required)").into(),
            WrongType { expected, found } => {
                if da {
                    format!("skal være {}, men er {}", expected.name(lang), found.name(lang))
                } else {
                    format!("expected {}, found {}", expected.name(lang), found.name(lang))
                }
            }
            NotFinite { raw } => {
                if da {
                    format!("{} er ikke et endeligt tal", da_number(raw))
                } else {
                    format!("{raw} is not a finite number")
                }
            }
            NotInteger { raw } => {
                if da {
                    format!("{} er ikke et heltal", da_number(raw))
                } else {
                    format!("{raw} is not a whole number")
                }
            }
            Below { raw, min } => {
                if da {
                    format!("{} er under {}", da_number(raw), da_number(min))
                } else {
                    format!("{raw} is below {min}")
                }
            }
            Above { raw, max } => {
                if da {
                    format!("{} er over {}", da_number(raw), da_number(max))
                } else {
                    format!("{raw} is above {max}")
                }
            }
            NotPositive { raw } => {
                if da {
                    format!("{} skal være større end 0", da_number(raw))
                } else {
                    format!("{raw} must be greater than 0")
                }
            }
            WrongFormat { found } => {
                if da {
                    format!("{found:?} er ikke \"visitationsguide-snapshot\"; filen er ikke et øjebliksbillede til Visitationsguiden")
                } else {
                    format!("{found:?} is not \"visitationsguide-snapshot\"; this is not a Visitationsguide snapshot")
                }
            }
            NewerVersion { found } => {
                if da {
                    format!("formatversion {found} er nyere end denne app kan læse (1); der skal en nyere version af appen til")
                } else {
                    format!("format version {found} is newer than this app reads (1); a newer app is needed")
                }
            }
            UnknownVersion { found } => {
                if da {
                    format!("formatversion {found} findes ikke; den skal være 1")
                } else {
                    format!("format version {found} does not exist; it must be 1")
                }
            }
            BadId { found } => {
                if da {
                    format!("{found:?} er ikke et gyldigt id: 1–64 tegn blandt a-z 0-9 - _")
                } else {
                    format!("{found:?} is not a valid id: 1–64 characters from a-z 0-9 - _")
                }
            }
            ReservedId => lang
                .pick(
                    "\"all\" er reserveret (betyder alle aldre) og kan ikke bruges som id",
                    "\"all\" is reserved (it means all ages) and cannot be used as an id",
                )
                .into(),
            BadDate { found } => {
                if da {
                    format!("{found:?} er ikke en gyldig dato (ÅÅÅÅ-MM-DD)")
                } else {
                    format!("{found:?} is not a real date (YYYY-MM-DD)")
                }
            }
            FutureDate { date, limit } => {
                if da {
                    format!("{date} ligger efter {limit}; udgivelsesdatoen kan ikke ligge i fremtiden")
                } else {
                    format!("{date} is after {limit}; the publication date cannot be in the future")
                }
            }
            EmptyText => lang.pick("må ikke være tom", "must not be empty").into(),
            NotOneOf { found, allowed } => {
                let list = allowed.join(", ");
                if da {
                    format!("{found:?} er ikke en af: {list}")
                } else {
                    format!("{found:?} is not one of: {list}")
                }
            }
            TooFewItems { found, min } => {
                if da {
                    format!("har {found} elementer; der skal være mindst {min}")
                } else {
                    format!("has {found} items; at least {min} are required")
                }
            }
            TooManyItems { found, max } => {
                if da {
                    format!("har {found} elementer; der må højst være {max}")
                } else {
                    format!("has {found} items; at most {max} are allowed")
                }
            }
            Duplicate { id, first } => {
                if da {
                    format!("id {id:?} findes allerede ({first})")
                } else {
                    format!("id {id:?} is used twice (first at {first})")
                }
            }
            DuplicateCell { first } => {
                if da {
                    format!("der er allerede et resultat for samme periode, målgruppe og aldersgruppe ({first})")
                } else {
                    format!("there is already a result for the same period, target group and age band ({first})")
                }
            }
            UnknownRef { id, list } => {
                if da {
                    format!("{id:?} findes ikke i {list}")
                } else {
                    format!("{id:?} names nothing in {list}")
                }
            }
            NotOfferGroup { id } => {
                if da {
                    format!("{id:?} er ikke en af tilbuddets målgrupper (target_groups)")
                } else {
                    format!("{id:?} is not one of the offer's target_groups")
                }
            }
            MinAboveMax { min, max } => {
                if da {
                    format!("max {max} er mindre end min {min}")
                } else {
                    format!("max {max} is below min {min}")
                }
            }
            FromAfterTo { from, to } => {
                if da {
                    format!("til-datoen {to} ligger før fra-datoen {from}")
                } else {
                    format!("the end date {to} is before the start date {from}")
                }
            }
            BandsUnsorted { previous } => {
                if da {
                    format!("aldersgrupperne skal stå sorteret efter min; denne kommer før {previous}")
                } else {
                    format!("age bands must be sorted by min; this one comes before {previous}")
                }
            }
            BandsOverlap { previous } => {
                if da {
                    format!("aldersgruppen overlapper {previous}")
                } else {
                    format!("the age band overlaps {previous}")
                }
            }
            PeriodsNotNewestFirst { previous } => {
                if da {
                    format!("perioderne skal stå med den nyeste først; denne begynder ikke før {previous}")
                } else {
                    format!("periods must be newest first; this one does not start before {previous}")
                }
            }
            MeasureBothForms => lang
                .pick(
                    "har både \"missing\" og \"share\"/\"n\"; et mål er enten et tal eller en grund til at det mangler",
                    "has both \"missing\" and \"share\"/\"n\"; a measure is either a figure or a reason it is missing",
                )
                .into(),
            CountAboveParticipants { n, participants } => {
                if da {
                    format!("n = {n} er større end antallet af deltagere ({participants})")
                } else {
                    format!("n = {n} is more than the participants ({participants})")
                }
            }
        }
    }
}

/// Summary line for problems beyond the cap: "and 12 more".
pub fn more_line(more: usize, lang: Lang) -> String {
    if lang == Lang::Da {
        format!("… og {more} problemer mere")
    } else {
        format!("… and {more} more problems")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_messages_use_a_decimal_comma_and_english_a_point() {
        let kind = ProblemKind::Above { raw: "1.4".into(), max: "1".into() };
        assert_eq!(kind.describe(Lang::Da), "1,4 er over 1");
        assert_eq!(kind.describe(Lang::En), "1.4 is above 1");
        let kind = ProblemKind::NotFinite { raw: "1e400".into() };
        assert_eq!(kind.describe(Lang::Da), "1e400 er ikke et endeligt tal");
        let kind = ProblemKind::Below { raw: "-0.25".into(), min: "0".into() };
        assert_eq!(kind.describe(Lang::Da), "-0,25 er under 0");
    }
}
