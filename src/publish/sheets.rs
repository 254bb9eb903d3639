//! The spreadsheet template (shared/spreadsheet-template.md) as data: its sheets, their columns, what each
//! column holds and where it goes in the snapshot. Import, export, the template workbook and the Table
//! Schema all read this one table, so a column is added in one place.

use crate::domain::snapshot::{Category, MissingReason, ProviderKind, Smiley};
use crate::domain::Lang;
use std::sync::OnceLock;

/// The template's sheets, in the order a workbook shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SheetId {
    Om,
    Perioder,
    Aldersgrupper,
    Maalgrupper,
    Leverandoerer,
    Tilbud,
    Resultater,
    Byen,
}

/// One sheet of the template (or one CSV file of the folder form).
#[derive(Debug)]
pub struct SheetSpec {
    pub id: SheetId,
    /// The sheet's name in a workbook: `Målgrupper`.
    pub name: &'static str,
    /// The file's name in the CSV form: `maalgrupper.csv`.
    pub file: &'static str,
    /// The snapshot list its rows become (`target_groups`); empty for `Om`, whose rows are fields.
    pub list: &'static str,
    /// A missing required sheet is a problem; `Byen` may be left out.
    pub required: bool,
    pub columns: &'static [Column],
}

/// One column: its header, what a cell holds and where it goes in a row's JSON object.
#[derive(Debug)]
pub struct Column {
    /// The header as the template writes it: `målgruppe`.
    pub header: &'static str,
    /// Dotted path inside the row's object (`supervision.note.da`); empty when the column is not a member
    /// (`Resultater.tilbud` says which offer the row belongs to).
    pub json: &'static str,
    pub kind: Kind,
    /// A sheet without a required column is a problem (the column, not each cell).
    pub required: bool,
}

/// What a cell holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The row's own id.
    Id,
    /// The id of a row on another sheet.
    Ref(SheetId),
    /// Ids of rows on another sheet, separated by `,`, `;` or line breaks.
    Refs(SheetId),
    /// An age band's id, or `alle` / `all`.
    BandRef,
    /// Free text.
    Text,
    /// A date cell, a serial number, or `YYYY-MM-DD`, `DD-MM-YYYY`, `DD.MM.YYYY` text.
    Date,
    /// A whole number of years, 15–99.
    Age,
    /// A whole number ≥ 0.
    Count,
    /// A number > 0.
    Positive,
    /// A number ≥ 0.
    NonNegative,
    /// A share 0–1, or a percentage.
    Share,
    /// A measure's share, or the reason it is missing.
    MeasureShare,
    /// A measure's number of people, a whole number ≥ 1.
    MeasureN,
    /// One of the format's codes, or its Danish name.
    Code(Codes),
    /// ISO 639-1 language codes separated like a list (format 1.1 `languages`).
    Languages,
}

/// The code tables a cell can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codes {
    ProviderKind,
    Category,
    Smiley,
}

const fn col(header: &'static str, json: &'static str, kind: Kind, required: bool) -> Column {
    Column { header, json, kind, required }
}

/// `Om`: two columns, one row per field.
const OM: &[Column] = &[col("felt", "", Kind::Text, true), col("værdi", "", Kind::Text, true)];

/// The fields of `Om`, read as the rows of a two-column sheet; the importer adds `format` and `format_version`.
pub const OM_FIELDS: &[Column] =
    &[col("udgivet", "published", Kind::Date, true), col("udgiver", "publisher", Kind::Text, true)];

const PERIODER: &[Column] = &[
    col("id", "id", Kind::Id, true),
    col("fra", "from", Kind::Date, true),
    col("til", "to", Kind::Date, true),
    col("navn_da", "label.da", Kind::Text, true),
    col("navn_en", "label.en", Kind::Text, false),
];

const ALDERSGRUPPER: &[Column] =
    &[col("id", "id", Kind::Id, true), col("min", "min", Kind::Age, true), col("max", "max", Kind::Age, true)];

const MAALGRUPPER: &[Column] = &[
    col("id", "id", Kind::Id, true),
    col("navn_da", "name.da", Kind::Text, true),
    col("navn_en", "name.en", Kind::Text, false),
    col("beskrivelse_da", "description.da", Kind::Text, false),
    col("beskrivelse_en", "description.en", Kind::Text, false),
];

const LEVERANDOERER: &[Column] = &[
    col("id", "id", Kind::Id, true),
    col("navn", "name", Kind::Text, true),
    col("type", "kind", Kind::Code(Codes::ProviderKind), true),
];

const TILBUD: &[Column] = &[
    col("id", "id", Kind::Id, true),
    col("leverandør", "provider", Kind::Ref(SheetId::Leverandoerer), true),
    col("navn_da", "name.da", Kind::Text, true),
    col("navn_en", "name.en", Kind::Text, false),
    col("beskrivelse_da", "description.da", Kind::Text, false),
    col("beskrivelse_en", "description.en", Kind::Text, false),
    col("kategori", "category", Kind::Code(Codes::Category), true),
    col("målgrupper", "target_groups", Kind::Refs(SheetId::Maalgrupper), true),
    col("alder_min", "age.min", Kind::Age, false),
    col("alder_max", "age.max", Kind::Age, false),
    col("uger", "weeks", Kind::Positive, false),
    col("timer_pr_uge", "hours_per_week", Kind::Positive, false),
    col("tilsyn_smiley", "supervision.smiley", Kind::Code(Codes::Smiley), false),
    col("tilsyn_dato", "supervision.date", Kind::Date, false),
    col("tilsyn_note_da", "supervision.note.da", Kind::Text, false),
    col("tilsyn_note_en", "supervision.note.en", Kind::Text, false),
    col("hvor_da", "where.da", Kind::Text, false),
    col("hvor_en", "where.en", Kind::Text, false),
    col("kontakt_da", "contact.da", Kind::Text, false),
    col("kontakt_en", "contact.en", Kind::Text, false),
    col("visitation_da", "how_to_refer.da", Kind::Text, false),
    col("visitation_en", "how_to_refer.en", Kind::Text, false),
    col("optag_da", "intake.da", Kind::Text, false),
    col("optag_en", "intake.en", Kind::Text, false),
    col("sprog", "languages", Kind::Languages, false),
    col("tilgængelighed_da", "accessibility.da", Kind::Text, false),
    col("tilgængelighed_en", "accessibility.en", Kind::Text, false),
];

const RESULTATER: &[Column] = &[
    col("tilbud", "", Kind::Ref(SheetId::Tilbud), true),
    col("periode", "period", Kind::Ref(SheetId::Perioder), true),
    col("målgruppe", "target_group", Kind::Ref(SheetId::Maalgrupper), true),
    col("aldersgruppe", "age_band", Kind::BandRef, true),
    col("deltagere", "participants", Kind::Count, true),
    col("job_uddannelse_andel", "job_or_education.share", Kind::MeasureShare, true),
    col("job_uddannelse_n", "job_or_education.n", Kind::MeasureN, true),
    col("virksomhedsplacering_andel", "placements.share", Kind::MeasureShare, true),
    col("virksomhedsplacering_n", "placements.n", Kind::MeasureN, true),
    col("ude_1md_andel", "off_benefit_1m.share", Kind::MeasureShare, false),
    col("ude_1md_n", "off_benefit_1m.n", Kind::MeasureN, false),
    col("ude_3md_andel", "off_benefit_3m.share", Kind::MeasureShare, false),
    col("ude_3md_n", "off_benefit_3m.n", Kind::MeasureN, false),
    col("tilfredshed_andel", "satisfaction.share", Kind::MeasureShare, true),
    col("tilfredshed_n", "satisfaction.n", Kind::MeasureN, true),
    col("tættere_på_job_andel", "closer_to_job.share", Kind::MeasureShare, false),
    col("tættere_på_job_n", "closer_to_job.n", Kind::MeasureN, false),
    col("klager", "complaints", Kind::Count, false),
    col("andel_under_30", "share_under_30", Kind::Share, false),
    col("median_ledighed_uger", "median_unemployment_weeks", Kind::NonNegative, false),
];

const BYEN: &[Column] = &[
    col("periode", "period", Kind::Ref(SheetId::Perioder), true),
    col("målgruppe", "target_group", Kind::Ref(SheetId::Maalgrupper), true),
    col("aldersgruppe", "age_band", Kind::BandRef, true),
    col("job_uddannelse_andel", "job_or_education.share", Kind::MeasureShare, true),
    col("job_uddannelse_n", "job_or_education.n", Kind::MeasureN, true),
    col("virksomhedsplacering_andel", "placements.share", Kind::MeasureShare, true),
    col("virksomhedsplacering_n", "placements.n", Kind::MeasureN, true),
    col("tilfredshed_andel", "satisfaction.share", Kind::MeasureShare, true),
    col("tilfredshed_n", "satisfaction.n", Kind::MeasureN, true),
];

/// The most characters each language of a format 1.1 offer text may hold, for its `_da` / `_en` column.
pub fn text_limit(column: &Column) -> Option<usize> {
    use crate::domain::snapshot::text_limits as max;
    match column.json.split('.').next()? {
        "where" => Some(max::WHERE),
        "contact" => Some(max::CONTACT),
        "how_to_refer" => Some(max::HOW_TO_REFER),
        "intake" => Some(max::INTAKE),
        "accessibility" => Some(max::ACCESSIBILITY),
        _ => None,
    }
}

/// Every sheet, in workbook order.
pub const SHEETS: &[SheetSpec] = &[
    SheetSpec { id: SheetId::Om, name: "Om", file: "om.csv", list: "", required: true, columns: OM },
    SheetSpec {
        id: SheetId::Perioder,
        name: "Perioder",
        file: "perioder.csv",
        list: "periods",
        required: true,
        columns: PERIODER,
    },
    SheetSpec {
        id: SheetId::Aldersgrupper,
        name: "Aldersgrupper",
        file: "aldersgrupper.csv",
        list: "age_bands",
        required: true,
        columns: ALDERSGRUPPER,
    },
    SheetSpec {
        id: SheetId::Maalgrupper,
        name: "Målgrupper",
        file: "maalgrupper.csv",
        list: "target_groups",
        required: true,
        columns: MAALGRUPPER,
    },
    SheetSpec {
        id: SheetId::Leverandoerer,
        name: "Leverandører",
        file: "leverandoerer.csv",
        list: "providers",
        required: true,
        columns: LEVERANDOERER,
    },
    SheetSpec {
        id: SheetId::Tilbud,
        name: "Tilbud",
        file: "tilbud.csv",
        list: "offers",
        required: true,
        columns: TILBUD,
    },
    SheetSpec {
        id: SheetId::Resultater,
        name: "Resultater",
        file: "resultater.csv",
        list: "results",
        required: true,
        columns: RESULTATER,
    },
    SheetSpec { id: SheetId::Byen, name: "Byen", file: "byen.csv", list: "references", required: false, columns: BYEN },
];

/// The guide sheet of the template workbook; the importer skips it.
pub const GUIDE_SHEET: &str = "Vejledning";

impl SheetId {
    pub fn spec(self) -> &'static SheetSpec {
        // SHEETS lists every SheetId once, in declaration order.
        &SHEETS[self as usize]
    }
}

impl SheetSpec {
    /// The column with this (normalised) header.
    pub fn column(&self, header: &str) -> Option<&'static Column> {
        let key = normalise(header);
        self.columns.iter().find(|c| normalise(c.header) == key)
    }

    /// The columns an export writes and the template shows: all of them.
    pub fn written_columns(&self) -> impl Iterator<Item = &'static Column> {
        self.columns.iter()
    }
}

/// Headers, sheet names, file names and codes match without regard to case, surrounding spaces, `æ ø å`
/// (written `ae oe aa`), or spaces and hyphens inside (read as `_`).
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() || c == '-' || c == '_' {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push('_');
        }
        gap = false;
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            _ => out.push(c),
        }
    }
    out
}

/// A code with the spellings a cell may use for it; the first Danish one is what an export writes.
pub struct CodeSpelling {
    pub code: &'static str,
    pub danish: Vec<&'static str>,
}

impl Codes {
    /// Every code with its accepted spellings: the code, the template's Danish word, and the names the
    /// app shows (in both languages).
    pub fn spellings(self) -> Vec<CodeSpelling> {
        let (da, en) = (Lang::Da.words(), Lang::En.words());
        match self {
            Codes::ProviderKind => ProviderKind::ALL
                .iter()
                .map(|&k| {
                    let word = match k {
                        ProviderKind::Internal => "intern",
                        ProviderKind::External => "ekstern",
                        ProviderKind::OtherActor => "anden aktør",
                    };
                    CodeSpelling { code: k.code(), danish: vec![word, da.provider_kind(k), en.provider_kind(k)] }
                })
                .collect(),
            Codes::Category => Category::ALL
                .iter()
                .map(|&c| CodeSpelling { code: c.code(), danish: vec![da.category(c), en.category(c)] })
                .collect(),
            Codes::Smiley => Smiley::ALL
                .iter()
                .map(|&s| {
                    let word = match s {
                        Smiley::Happy => "glad",
                        Smiley::Neutral => "neutral",
                        Smiley::Sad => "sur",
                    };
                    CodeSpelling { code: s.code(), danish: vec![word, da.smiley(s), en.smiley(s)] }
                })
                .collect(),
        }
    }

    /// The code a cell names, if any.
    pub fn read(self, text: &str) -> Option<&'static str> {
        // Every cell of a code column is looked up here, so the normalised spellings are made once.
        static TABLES: OnceLock<[Vec<(String, &'static str)>; 3]> = OnceLock::new();
        let tables = TABLES.get_or_init(|| {
            [Codes::ProviderKind, Codes::Category, Codes::Smiley].map(|codes| {
                let mut table = Vec::new();
                for s in codes.spellings() {
                    table.push((normalise(s.code), s.code));
                    table.extend(s.danish.iter().map(|d| (normalise(d), s.code)));
                }
                table
            })
        });
        let key = normalise(text);
        tables.get(self as usize)?.iter().find(|(spelling, _)| *spelling == key).map(|(_, code)| *code)
    }

    /// The template's Danish word for a code (what an export writes and the drop-down offers).
    pub fn danish(self, code: &str) -> Option<&'static str> {
        self.spellings().into_iter().find(|s| s.code == code).and_then(|s| s.danish.first().copied())
    }
}

/// The template's Danish words for the missing-value reasons, and the app's longer names.
pub fn reason_words(reason: MissingReason) -> [&'static str; 2] {
    let word = match reason {
        MissingReason::TooFew => "for få",
        MissingReason::NotReported => "ikke oplyst",
        MissingReason::NewOffer => "nyt tilbud",
        MissingReason::NotApplicable => "ikke relevant",
    };
    [word, Lang::Da.words().missing_reason(reason)]
}

/// The reason a share cell names, if it names one (in Danish or as the format's code).
pub fn read_reason(text: &str) -> Option<MissingReason> {
    // Most share cells hold numbers: no reason starts with a digit or a sign.
    if text.trim_start().starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | ',')) {
        return None;
    }
    let key = normalise(text);
    MissingReason::ALL
        .into_iter()
        .find(|&r| normalise(r.code()) == key || reason_words(r).iter().any(|w| normalise(w) == key))
}

/// `alle` / `all` in an age band column.
pub fn is_all_ages(text: &str) -> bool {
    matches!(normalise(text).as_str(), "alle" | "all")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_ids_index_their_specs() {
        for (i, spec) in SHEETS.iter().enumerate() {
            assert_eq!(spec.id as usize, i);
            assert_eq!(spec.id.spec().name, spec.name);
        }
    }

    #[test]
    fn headers_match_without_case_spaces_or_danish_letters() {
        assert_eq!(normalise("  Tættere på job_andel "), "taettere_paa_job_andel");
        assert_eq!(normalise("MÅLGRUPPE"), "maalgruppe");
        assert_eq!(normalise("Leverandør"), "leverandoer");
        assert_eq!(normalise("anden  aktør"), "anden_aktoer");
        let results = SheetId::Resultater.spec();
        assert_eq!(results.column("Taettere_paa_job_andel").map(|c| c.header), Some("tættere_på_job_andel"));
        assert!(results.column("job uddannelse andel").is_some());
        assert!(results.column("jobandel").is_none());
    }

    #[test]
    fn codes_read_in_danish_english_or_as_codes() {
        assert_eq!(Codes::ProviderKind.read("Anden aktør"), Some("other_actor"));
        assert_eq!(Codes::ProviderKind.read("internal"), Some("internal"));
        assert_eq!(Codes::Smiley.read("SUR"), Some("sad"));
        assert_eq!(Codes::Category.read("Jobsøgning"), Some("job_search"));
        assert_eq!(Codes::Category.read("job_search"), Some("job_search"));
        assert_eq!(Codes::Category.read("Sundhed og socialt"), Some("health_and_social"));
        assert_eq!(Codes::Category.read("jobsøgningen"), None);
        assert_eq!(Codes::Smiley.danish("sad"), Some("sur"));
        assert_eq!(read_reason("For få"), Some(MissingReason::TooFew));
        assert_eq!(read_reason("not_reported"), Some(MissingReason::NotReported));
        assert_eq!(read_reason("ikke relevant"), Some(MissingReason::NotApplicable));
        assert_eq!(read_reason("0,5"), None);
        assert!(is_all_ages(" Alle ") && is_all_ages("all") && !is_all_ages("u30"));
    }
}
