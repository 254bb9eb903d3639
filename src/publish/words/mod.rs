//! Every phrase the publisher tools show, in Danish (`da.rs`) and English (`en.rs`), laid out as the
//! guide's phrases are in `domain/text/`. They are kept apart from those because they speak of the
//! publisher's own things (sheets, cells, import problems, the diff) and so belong with `publish`: the
//! caseworkers' bundle, built without the `publisher` feature, carries none of them.

use super::cell::number_text;
use super::diff::Section;
use super::problem::{Issue, Place, Warning};
use super::sheets::{Codes, Kind, SheetId};
use crate::domain::Lang;

/// A language's words for the publisher tools.
pub trait PublishWords: Sync {
    /// `Resultater række 3`; with `column` (CSV): `resultater.csv række 14, kolonne x`.
    fn row_place(&self, sheet: &str, row: u32, column: Option<&str>) -> String;
    /// What is wrong and what would be right, without the place.
    fn issue(&self, issue: &Issue, lang: Lang) -> String;
    fn warning(&self, warning: &Warning, lang: Lang) -> String;
    fn more_problems(&self, n: usize) -> String;
    /// The closing line when problems were found.
    fn refused(&self, n: usize) -> String;
    fn imported(&self, out: &str, offers: usize, results: usize) -> String;
    fn exported(&self, out: &str) -> String;
    fn template_written(&self, out: &str) -> String;
    // ---- the template's guide sheet ----
    fn guide_intro(&self) -> &'static [&'static str];
    /// Sheet, column, required, explanation.
    fn guide_headings(&self) -> [&'static str; 4];
    fn required(&self, required: bool) -> &'static str;
    /// What a column means.
    fn meaning(&self, sheet: SheetId, header: &str) -> &'static str;
    /// How a cell of this kind is written.
    fn kind_help(&self, kind: Kind) -> String;
    /// A drop-down's note when a value is not in its list: title and message.
    fn not_in_list(&self) -> (&'static str, &'static str);
    // ---- snapshot diff ----
    /// The two files compared and how many changes: publication dates and current periods' labels.
    fn diff_heading(&self, old: &str, old_period: &str, new: &str, new_period: &str, changes: usize) -> String;
    /// A section of the diff's text output.
    fn diff_section(&self, section: Section) -> &'static str;
    // The next three are punctuation only, the same in Danish and English; a language whose punctuation
    // differs overrides them.
    /// `Intensiv aktivering (CBSI)`.
    fn offer_with_provider(&self, offer: &str, provider: &str) -> String {
        format!("{offer} ({provider})")
    }
    /// A change for one offer in one (target group, age band): `{offer}, {group}, {band}: {what}`.
    fn in_place(&self, offer: &str, group: &str, band: &str, what: &str) -> String {
        format!("{offer}, {group}, {band}: {what}")
    }
    /// `job eller uddannelse over byens niveau → på niveau med byen`.
    fn changed(&self, what: &str, old: &str, new: &str) -> String {
        format!("{what} {old} → {new}")
    }
    fn offer_removed(&self, offer: &str, id: &str) -> String;
    fn offer_added(&self, offer: &str, id: &str) -> String;
    fn provider_removed(&self, provider: &str, id: &str) -> String;
    fn provider_added(&self, provider: &str, id: &str) -> String;
    fn offer_renamed(&self, id: &str, old: &str, new: &str) -> String;
    fn provider_renamed(&self, id: &str, old: &str, new: &str) -> String;
    fn offer_moved(&self, offer: &str, id: &str, old: &str, new: &str) -> String;
    /// A warning the new file's ranking raises, in the app's words.
    fn flag_appeared(&self, flag: &str) -> String;
    fn flag_gone(&self, flag: &str) -> String;
    /// A cell where one file has no result.
    fn no_result(&self) -> &'static str;
    // ---- the publisher page ----
    fn page(&self, label: PageLabel) -> &'static str;
    /// `skabelon.xlsx er gyldig: 12 tilbud med 40 resultater.`
    fn page_valid(&self, file: &str, offers: usize, results: usize) -> String;
    /// `skabelon.xlsx: 3 problemer. Ret dem i filen, og vælg den igen.`
    fn page_refused(&self, file: &str, n: usize) -> String;
    /// The published snapshot could not be fetched or read, so there is nothing to compare with; `reason` is
    /// the guide's own sentence for it.
    fn page_no_published(&self, reason: &str) -> String;
    /// The browser could not read a chosen file.
    fn page_read_failed(&self, reason: &str) -> String;
    /// Several CSV files named together: `8 CSV-filer`.
    fn page_csv_files(&self, n: usize) -> String;
}

/// The publisher page's fixed phrases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageLabel {
    Title,
    Intro,
    Privacy,
    PickHeading,
    PickLabel,
    PickHint,
    Reading,
    Mixed,
    OneAtATime,
    ProblemsHeading,
    Code,
    Sheet,
    Cell,
    Row,
    Column,
    JsonPath,
    Message,
    WarningsHeading,
    ValidHeading,
    Download,
    DownloadNote,
    Preview,
    PreviewNote,
    PreviewUnavailable,
    DiffHeading,
    DiffLoading,
    BackToGuide,
    Language,
    Template,
    /// Put before the publisher's name in a preview, so the guide's footer says what it is.
    PreviewMark,
}

/// The preview's mark in both languages: the guide shows it in whichever language it is in.
pub fn preview_mark() -> String {
    format!("{} / {}", words(Lang::Da).page(PageLabel::PreviewMark), words(Lang::En).page(PageLabel::PreviewMark))
}

/// The words for a language.
pub fn words(lang: Lang) -> &'static dyn PublishWords {
    match lang {
        Lang::Da => &Danish,
        Lang::En => &English,
    }
}

mod da;
mod en;

use da::Danish;
use en::English;

fn place(p: &Option<Place>, lang: Lang, before: &str, after: &str) -> String {
    p.as_ref().map(|p| format!("{before}{}{after}", p.describe(lang))).unwrap_or_default()
}

fn mib(bytes: u64, lang: Lang) -> String {
    let x = (bytes as f64 / 1_048_576.0 * 10.0).round() / 10.0;
    number_text(x, lang == Lang::Da)
}

fn codes_list(codes: Codes) -> String {
    codes.spellings().iter().filter_map(|s| s.danish.first().copied()).collect::<Vec<_>>().join(", ")
}

fn code_names(codes: Codes) -> String {
    codes.spellings().iter().map(|s| s.code).collect::<Vec<_>>().join(", ")
}

fn sheet_list(csv: bool) -> String {
    let names: Vec<&str> =
        super::sheets::SHEETS.iter().filter(|s| s.required).map(|s| if csv { s.file } else { s.name }).collect();
    names.join(", ")
}

fn required_headers(sheet: SheetId) -> String {
    sheet.spec().columns.iter().filter(|c| c.required).map(|c| c.header).collect::<Vec<_>>().join(", ")
}
