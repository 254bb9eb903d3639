//! The publisher tools' phrases in English.

use super::{code_names, codes_list, mib, place, required_headers, sheet_list, PageLabel, PublishWords};
use crate::domain::Lang;
use crate::publish::diff::Section;
use crate::publish::problem::{FileLooks, Issue, Warning};
use crate::publish::sheets::{Kind, SheetId};

pub(super) struct English;

impl PublishWords for English {
    fn row_place(&self, sheet: &str, row: u32, column: Option<&str>) -> String {
        match column {
            Some(column) => format!("{sheet} row {row}, column {column}"),
            None => format!("{sheet} row {row}"),
        }
    }

    fn issue(&self, issue: &Issue, lang: Lang) -> String {
        use Issue::*;
        match issue {
            NotAWorkbook { looks } => {
                let start = "the file is not an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods)";
                let rest = match looks {
                    FileLooks::Pdf => "; it is a PDF file with another name. Open the spreadsheet and save it as .xlsx.",
                    FileLooks::OldExcel => "; it is in the old .xls format. Save it as an Excel workbook (.xlsx).",
                    FileLooks::Zip => "; it is a zip file without a spreadsheet. Save the spreadsheet as .xlsx or .ods.",
                    FileLooks::Text => "; it is a text file. If it is a CSV file, put it in a folder with the other CSV files and import the folder.",
                    FileLooks::Unknown => ". Save the spreadsheet as .xlsx or .ods.",
                };
                format!("{start}{rest}")
            }
            FileTooLarge { bytes, limit } => format!(
                "the file is {} MiB; the limit is {} MiB. The template's sheets take far less: are there pictures or other large sheets in it?",
                mib(*bytes, lang),
                mib(*limit, lang)
            ),
            TooManyCells { limit } => format!(
                "there are more than {limit} filled cells; the template needs far fewer. Delete sheets and columns that are not part of the template."
            ),
            NotUtf8 => "the file is not saved as UTF-8 (a character here cannot be read). Save it from Excel as \"CSV UTF-8 (Comma delimited)\".".into(),
            EmptyWorkbook { csv: false } => format!(
                "none of the template's sheets is there ({}). Start from the template: snapshot template -o template.xlsx.",
                sheet_list(false)
            ),
            EmptyWorkbook { csv: true } => {
                format!("the folder has none of the template's CSV files ({}).", sheet_list(true))
            }
            UnreadableSheet { sheet } => {
                format!("the sheet {sheet} cannot be read (the file is damaged). Open the workbook and save it again.")
            }
            MissingSheet { sheet, csv: false } => {
                format!("the sheet {} is missing. Add it with the template's headers.", sheet.spec().name)
            }
            MissingSheet { sheet, csv: true } => format!("the file {} is missing from the folder.", sheet.spec().file),
            DuplicateSheet { sheet, first } => {
                format!("the sheet {} is there twice (also as {first}); delete one.", sheet.spec().name)
            }
            EmptySheet { sheet } => {
                format!("the sheet is empty; row 1 must hold the headers {}.", required_headers(*sheet))
            }
            MissingColumn { header } => {
                format!("the column {header} is missing from the header row. Add it (headers may be in any order).")
            }
            DuplicateColumn { header, first } => {
                format!("the column {header} is there twice (also at {}); delete one.", first.describe(lang))
            }
            FormulaError { error } => {
                format!("the cell shows the formula error {error}. Fix the formula or type the value in.")
            }
            MissingField { field } => format!(
                "the field {field} is missing: add a row with {field} in the column felt and its value in the column værdi."
            ),
            DuplicateField { field, first } => {
                format!("the field {field} is there twice (also at {}); delete one row.", first.describe(lang))
            }
            UnknownOffer { id } => {
                format!("the offer \"{id}\" is not on the sheet Tilbud. Correct the id or add the offer.")
            }
            MissingValue { column } => format!("the cell is empty ({column}); it must be filled in."),
            MissingFigure { column } => format!(
                "the cell is empty ({column}). Write a share (e.g. 0.21 or 21 %) or why the figure is missing: for få (too few), ikke oplyst (not reported), nyt tilbud (new offer) or ikke relevant (not applicable)."
            ),
            MissingN { column, share_column } => {
                format!("the count is missing ({column}): write how many people the share in {share_column} is based on.")
            }
            ReasonAndNumber { column, share_column } => format!(
                "{share_column} gives the reason the figure is missing, but {column} has a count. Delete the count or write the share."
            ),
            ShareAboveOne { raw, column, percent } => match percent {
                Some(p) => format!(
                    "{} is above 1 ({column}). Write a share between 0 and 1, or did you mean {p} %?",
                    raw.show(lang)
                ),
                None => format!(
                    "{} is above 1 ({column}). Write a share between 0 and 1, or a percentage (e.g. 75.5 %).",
                    raw.show(lang)
                ),
            },
            ShareBelowZero { raw, column } => {
                format!("{} is below 0 ({column}). A share lies between 0 and 1 (or 0 % and 100 %).", raw.show(lang))
            }
            NotAShare { raw, column, reasons: true } => format!(
                "\"{}\" is neither a share nor a reason ({column}). Write e.g. 0.755 or 75.5 %, or a reason: for få, ikke oplyst, nyt tilbud, ikke relevant.",
                raw.show(lang)
            ),
            NotAShare { raw, column, reasons: false } => {
                format!("\"{}\" is not a share ({column}). Write e.g. 0.755 or 75.5 %.", raw.show(lang))
            }
            NotANumber { raw, column } => {
                format!("\"{}\" is not a number ({column}). Write e.g. 1234 or 12.5.", raw.show(lang))
            }
            NotWholeNumber { raw, column } => {
                format!("{} is not a whole number ({column}). Write a whole count.", raw.show(lang))
            }
            Below { raw, min, column } => {
                format!("{} is below {min} ({column}). Write a number of at least {min}.", raw.show(lang))
            }
            Above { raw, max, column } => {
                format!("{} is above {max} ({column}). Write a number of at most {max}.", raw.show(lang))
            }
            NotPositive { raw, column } => format!(
                "{} must be greater than 0 ({column}). Leave the cell empty if the figure is not known.",
                raw.show(lang)
            ),
            BadDate { raw, column } => format!(
                "\"{}\" is not a date ({column}). Write e.g. 2011-11-15, 15-11-2011 or 15.11.2011, or use a date cell.",
                raw.show(lang)
            ),
            FutureDate { date, limit } => format!(
                "the publication date {date} is in the future (after {limit}). Write the day the figures are published."
            ),
            BadId { raw, suggestion } => {
                let hint = suggestion.as_ref().map(|s| format!(" Did you mean \"{s}\"?")).unwrap_or_default();
                format!(
                    "\"{}\" is not a valid id: use 1–64 characters from lower-case a-z, digits, - and _.{hint}",
                    raw.show(lang)
                )
            }
            ReservedId => "\"all\" and \"alle\" mean all ages and cannot be used as an age band's id.".into(),
            UnknownCode { raw, column, allowed } => {
                format!("\"{}\" is not one of the possible values ({column}): {}.", raw.show(lang), allowed.join(", "))
            }
            UnknownRef { id, sheet } => match sheet {
                SheetId::Leverandoerer => format!("the provider \"{id}\" is not on the sheet Leverandører."),
                SheetId::Perioder => format!("the period \"{id}\" is not on the sheet Perioder."),
                SheetId::Maalgrupper => format!("the target group \"{id}\" is not on the sheet Målgrupper."),
                SheetId::Aldersgrupper => {
                    format!("the age band \"{id}\" is not on the sheet Aldersgrupper (write alle for all ages).")
                }
                other => format!("\"{id}\" is not on the sheet {}.", other.spec().name),
            },
            NotOfferGroup { id, offer_groups } => format!(
                "the target group \"{id}\" is not one of the offer's target groups{}. Add it there or correct the target group.",
                place(offer_groups, lang, " (", ")")
            ),
            NoTargetGroups => "the offer needs at least one target group (ids separated by commas).".into(),
            TooFewRows { sheet, min } => {
                format!("the sheet {} needs at least {min} row(s) below the headers.", sheet.spec().name)
            }
            TooManyRows { sheet: SheetId::Perioder, max } => format!(
                "the sheet Perioder has too many rows: at most {max} (the current period and up to two earlier ones)."
            ),
            TooManyRows { sheet, max } => format!("the sheet {} has too many rows: at most {max}.", sheet.spec().name),
            DuplicateId { id, first } => format!(
                "the id \"{id}\" is already used{}. Each id may be used only once on the sheet.",
                place(first, lang, " at ", "")
            ),
            DuplicateResult { first } => format!(
                "there is already a row for the same offer, period, target group and age band{}.",
                place(first, lang, " (", ")")
            ),
            DuplicateReference { first } => format!(
                "there is already a row for the same period, target group and age band{}.",
                place(first, lang, " (", ")")
            ),
            MinAboveMax { min, max } => format!("max {max} is less than min {min}. Swap them."),
            FromAfterTo { from, to } => format!("the end date {to} is before the start date {from}."),
            BandsUnsorted { previous } => format!(
                "age bands must be sorted by min, youngest first; this one comes after{}.",
                place(previous, lang, " ", "")
            ),
            BandsOverlap { previous } => format!(
                "the age band overlaps{}; an age may belong to one band only.",
                place(previous, lang, " ", "")
            ),
            PeriodsNotNewestFirst { previous } => format!(
                "periods must be listed newest first; this one does not start before{}.",
                place(previous, lang, " ", "")
            ),
            NAboveParticipants { n, participants } => {
                format!("n = {n} is greater than the number of participants ({participants}). Correct n or deltagere.")
            }
            SnapshotTooLarge { bytes, limit } => format!(
                "the snapshot file would be {} MiB; the limit is {} MiB.",
                mib(*bytes, lang),
                mib(*limit, lang)
            ),
            Rule(kind) => kind.describe(lang),
        }
    }

    fn warning(&self, warning: &Warning, lang: Lang) -> String {
        match warning {
            Warning::UnknownColumn { place, header } => format!(
                "warning: {}: the column \"{header}\" is not part of the template and is not read.",
                place.describe(lang)
            ),
            Warning::UnknownSheet { name } => format!("warning: \"{name}\" is not part of the template and is not read."),
            Warning::UnknownField { place, field } => format!(
                "warning: {}: the field \"{field}\" is not part of the template (only udgivet and udgiver) and is not read.",
                place.describe(lang)
            ),
        }
    }

    fn more_problems(&self, n: usize) -> String {
        format!("… and {n} more problems")
    }

    fn refused(&self, n: usize) -> String {
        format!("{n} problem(s); no file was written.")
    }

    fn imported(&self, out: &str, offers: usize, results: usize) -> String {
        format!("{out}: valid — {offers} offers with {results} results")
    }

    fn exported(&self, out: &str) -> String {
        format!("{out}: written")
    }

    fn template_written(&self, out: &str) -> String {
        format!("{out}: empty template written")
    }

    fn guide_intro(&self) -> &'static [&'static str] {
        &[
            "Template for Visitationsguide's quality figures (template version 1, snapshot format 1)",
            "Fill in the sheets Om, Perioder, Aldersgrupper, Målgrupper, Leverandører, Tilbud and Resultater; Byen is optional.",
            "Row 1 of each sheet holds the headers. They may be in any order; your own working columns may stand beside them (they are not read).",
            "Numbers may use a decimal comma or point. Shares are written 0.755 or 75.5 %. Dates as date cells or 2011-11-15.",
            "When a figure is missing, write the reason in the _andel cell (for få, ikke oplyst, nyt tilbud, ikke relevant) and leave _n empty.",
            "Check it and make the snapshot file: snapshot import template.xlsx -o snapshot.json. Each problem names its sheet and cell (e.g. Resultater!F14).",
        ]
    }

    fn guide_headings(&self) -> [&'static str; 4] {
        ["Sheet", "Column", "Required", "Explanation"]
    }

    fn required(&self, required: bool) -> &'static str {
        if required {
            "yes"
        } else {
            "no"
        }
    }

    fn meaning(&self, sheet: SheetId, header: &str) -> &'static str {
        use SheetId::*;
        match (sheet, header) {
            (Om, "felt") => "The field's name: udgivet (the day the figures are published, not in the future) or udgiver (who publishes them; shown at the foot of the guide).",
            (Om, "værdi") => "The field's value.",
            (Om, "udgivet") => "The day the figures are published (not in the future).",
            (Om, "udgiver") => "Who publishes the figures; shown at the foot of the guide.",
            (Perioder, "id") => "The period's id, e.g. 2011h1. The newest period comes first; at most three periods.",
            (Aldersgrupper, "id") => "The age band's id, e.g. u30 (not alle/all). Bands are listed youngest first and do not overlap.",
            (Maalgrupper, "id") => "The target group's id, e.g. dp-match1.",
            (Leverandoerer, "id") => "The provider's id, e.g. cbsi.",
            (Tilbud, "id") => "The offer's id, e.g. cbsi-intensiv.",
            (_, "fra") => "The period's first day.",
            (_, "til") => "The period's last day.",
            (Perioder, "navn_da") => "The period's name as the guide shows it, e.g. 4. kvt. 2010 – 1. kvt. 2011.",
            (_, "navn_da") => "The name in Danish.",
            (_, "navn_en") => "The name in English; empty = the Danish name is used.",
            (_, "beskrivelse_da") => "Description in Danish (plain text).",
            (_, "beskrivelse_en") => "Description in English; empty = the Danish one is used.",
            (_, "min") => "The youngest age in the band.",
            (_, "max") => "The oldest age in the band.",
            (_, "navn") => "The provider's name.",
            (_, "type") => "Who runs the offer: intern (the municipality's own centre), ekstern (supplier under a framework agreement) or anden aktør (takes over the whole contact course).",
            (_, "leverandør") => "The provider that runs the offer.",
            (_, "kategori") => "The kind of offer.",
            (_, "målgrupper") => "The target groups the offer takes.",
            (_, "alder_min") => "The youngest age that may be referred; alder_min and alder_max empty = no limit.",
            (_, "alder_max") => "The oldest age that may be referred.",
            (_, "uger") => "Typical length in weeks.",
            (_, "timer_pr_uge") => "Hours per week.",
            (_, "tilsyn_smiley") => "The smiley of the latest external supervision; empty = no supervision.",
            (_, "tilsyn_dato") => "The supervision's date.",
            (_, "tilsyn_note_da") => "The supervision's note in Danish.",
            (_, "tilsyn_note_en") => "The supervision's note in English.",
            (_, "hvor_da" | "hvor_en") => "Where the offer runs: address or area; at most 200 characters, plain text (no HTML).",
            (_, "kontakt_da" | "kontakt_en") => "Whom to contact and how; at most 300 characters.",
            (_, "visitation_da" | "visitation_en") => "How a caseworker refers a citizen; at most 1,000 characters.",
            (_, "optag_da" | "optag_en") => "When citizens can start (rolling intake, every other Monday); at most 200 characters.",
            (_, "sprog") => "The languages the offer is run in, as codes: da, en, ar …; empty = not given.",
            (_, "tilgængelighed_da" | "tilgængelighed_en") => "Physical access, e.g. step-free entrance; at most 300 characters.",
            (_, "tilbud") => "The offer's id from the sheet Tilbud. One row per offer, period, target group and age band.",
            (Byen, "periode") => "The period's id. Byen is optional: the city's own figures; without them the guide computes the city's level from the offers' figures.",
            (_, "periode") => "The period's id from the sheet Perioder.",
            (Byen, "målgruppe") => "The target group's id from the sheet Målgrupper.",
            (_, "målgruppe") => "The target group's id; must be one of the offer's target groups.",
            (_, "aldersgruppe") => "The age band's id, or alle for all ages.",
            (_, "deltagere") => "Citizens in the offer in the period.",
            (_, "job_uddannelse_andel") => "Share whose course ended in an ordinary job or education.",
            (_, "virksomhedsplacering_andel") => "Share placed in a company (work placement, wage subsidy, job with few hours).",
            (_, "ude_1md_andel") => "Share off public support 1 month after the course.",
            (_, "ude_3md_andel") => "Share off public support 3 months after the course.",
            (_, "tilfredshed_andel") => "Share very satisfied or satisfied among the answers.",
            (_, "tættere_på_job_andel") => "Share answering that the offer brought them closer to a job.",
            (_, "klager") => "Complaints in the period.",
            (_, "andel_under_30") => "Share of participants under 30.",
            (_, "median_ledighed_uger") => "Median weeks of unemployment at the start.",
            (_, h) if h.ends_with("_n") => "Number of people (for satisfaction: answers) the share is based on; at most deltagere. Empty when the share is a reason.",
            _ => "",
        }
    }

    fn kind_help(&self, kind: Kind) -> String {
        match kind {
            Kind::Id => "1–64 characters from a-z, 0-9, - and _; each id once on the sheet.".into(),
            Kind::Ref(sheet) => format!("An id from the sheet {}.", sheet.spec().name),
            Kind::Refs(sheet) => format!(
                "One or more ids from the sheet {}, separated by commas, semicolons or line breaks.",
                sheet.spec().name
            ),
            Kind::BandRef => "An id from the sheet Aldersgrupper, or alle.".into(),
            Kind::Text => "Text.".into(),
            Kind::Date => "Date: a date cell, or 2011-11-15, 15-11-2011 or 15.11.2011.".into(),
            Kind::Age => "Age in whole years, 15–99.".into(),
            Kind::Count => "Whole number, 0 or more.".into(),
            Kind::Positive => "Number greater than 0 (decimal comma or point).".into(),
            Kind::NonNegative => "Number, 0 or more.".into(),
            Kind::Share => "Share: 0–1 (0.755) or a percentage (75.5 %).".into(),
            Kind::MeasureShare => "Share: 0–1 (0.755) or a percentage (75.5 %); or why the figure is missing: for få, ikke oplyst, nyt tilbud, ikke relevant (then _n is empty).".into(),
            Kind::MeasureN => "Whole number, 1 or more.".into(),
            Kind::Code(codes) => format!("One of: {}; or the format's code ({}).", codes_list(codes), code_names(codes)),
            Kind::Languages => "ISO 639-1 language codes (two letters, e.g. da, en, ar), separated by commas, semicolons or line breaks; each language once.".into(),
        }
    }

    fn not_in_list(&self) -> (&'static str, &'static str) {
        ("Not in the list", "The value is not in the list. The format's code (e.g. job_search) works too; otherwise pick from the list.")
    }

    fn diff_heading(&self, old: &str, old_period: &str, new: &str, new_period: &str, changes: usize) -> String {
        let found = match changes {
            0 => "No changes.".to_owned(),
            1 => "1 change, the most important first.".to_owned(),
            n => format!("{n} changes, the most important first."),
        };
        format!("From the snapshot published {old} ({old_period}) to the one published {new} ({new_period}). {found}")
    }

    fn diff_section(&self, section: Section) -> &'static str {
        match section {
            Section::AddedRemoved => "Offers and providers removed or added",
            Section::Tiers => "Level compared with the city",
            Section::Flags => "Warnings",
            Section::Names => "Names and providers",
            Section::Figures => "Figures in the current period",
        }
    }

    fn offer_removed(&self, offer: &str, id: &str) -> String {
        format!("Offer removed: {offer} [{id}]")
    }

    fn offer_added(&self, offer: &str, id: &str) -> String {
        format!("New offer: {offer} [{id}]")
    }

    fn provider_removed(&self, provider: &str, id: &str) -> String {
        format!("Provider removed: {provider} [{id}]")
    }

    fn provider_added(&self, provider: &str, id: &str) -> String {
        format!("New provider: {provider} [{id}]")
    }

    fn offer_renamed(&self, id: &str, old: &str, new: &str) -> String {
        format!("Offer renamed [{id}]: {old} → {new}")
    }

    fn provider_renamed(&self, id: &str, old: &str, new: &str) -> String {
        format!("Provider renamed [{id}]: {old} → {new}")
    }

    fn offer_moved(&self, offer: &str, id: &str, old: &str, new: &str) -> String {
        format!("{offer} [{id}] has changed provider: {old} → {new}")
    }

    fn flag_appeared(&self, flag: &str) -> String {
        format!("new warning: {flag}")
    }

    fn flag_gone(&self, flag: &str) -> String {
        format!("warning gone: {flag}")
    }

    fn no_result(&self) -> &'static str {
        "no result"
    }

    fn page(&self, label: PageLabel) -> &'static str {
        match label {
            PageLabel::Title => "Check and publish figures",
            PageLabel::Intro => {
                "Choose the workbook with the half-year's figures. The page builds the snapshot \
                file, checks it with the same rules as the guide, and shows what changes from \
                the figures the guide uses now."
            }
            PageLabel::Privacy => "The file stays on your computer: it is not sent anywhere.",
            PageLabel::PickHeading => "1. Choose the file",
            PageLabel::PickLabel => "Choose a workbook, CSV files or a snapshot file",
            PageLabel::PickHint => {
                "A workbook made from the template (.xlsx or .ods), all the template's CSV files \
                at once, or a snapshot file (.json). You can also drag the files onto the page."
            }
            PageLabel::Reading => "Reading and checking the file …",
            PageLabel::Mixed => "Choose either the CSV files or one workbook or one snapshot file, not a mix.",
            PageLabel::OneAtATime => "Choose one workbook or one snapshot file at a time.",
            PageLabel::ProblemsHeading => "Problems in the file",
            PageLabel::Code => "Code",
            PageLabel::Sheet => "Sheet or file",
            PageLabel::Cell => "Cell",
            PageLabel::Row => "Row",
            PageLabel::Column => "Column",
            PageLabel::JsonPath => "JSON path",
            PageLabel::Message => "What is wrong",
            PageLabel::WarningsHeading => "Note",
            PageLabel::ValidHeading => "2. The file is valid",
            PageLabel::Download => "Download snapshot.json",
            PageLabel::DownloadNote => {
                "Publish by replacing data/snapshot.json on the server with the downloaded file."
            }
            PageLabel::Preview => "Open in the guide as a preview",
            PageLabel::PreviewNote => "The preview opens in a new tab and exists only in this browser.",
            PageLabel::PreviewUnavailable => {
                "A preview needs the page to be opened over https or from localhost, \
                so the browser can keep the file locally."
            }
            PageLabel::DiffHeading => "3. Changes from the published figures",
            PageLabel::DiffLoading => "Fetching the published figures …",
            PageLabel::BackToGuide => "To the guide",
            PageLabel::Language => "Sprog / Language",
            PageLabel::Template => "Download an empty template (skabelon.xlsx, in Danish)",
            PageLabel::PreviewMark => "PREVIEW, not published",
        }
    }

    fn page_valid(&self, file: &str, offers: usize, results: usize) -> String {
        format!("{file} is valid: {offers} offers with {results} results.")
    }

    fn page_refused(&self, file: &str, n: usize) -> String {
        let problems = if n == 1 { "1 problem".to_owned() } else { format!("{n} problems") };
        format!("{file}: {problems}. Fix them in the file and choose it again.")
    }

    fn page_no_published(&self, reason: &str) -> String {
        format!("No comparison with the published figures. {reason}")
    }

    fn page_read_failed(&self, reason: &str) -> String {
        format!("The file could not be read: {reason}")
    }

    fn page_csv_files(&self, n: usize) -> String {
        format!("{n} CSV files")
    }
}
