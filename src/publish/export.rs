//! A snapshot written into the template, so an analyst can start the next period from the last one:
//! as an `.xlsx` workbook (through `template::workbook`) or as a folder of CSV files in Danish Excel's form
//! (`;`, decimal commas, UTF-8 with a BOM so Excel reads `æ ø å`). Importing an export gives back the same
//! snapshot (tests/import_roundtrip.rs).

use super::cell::number_text;
use super::sheets::{reason_words, Codes, SheetId, SheetSpec, SHEETS};
use super::template;
use crate::domain::snapshot::{Measure, Offer, OfferResult, Text};
use crate::domain::{Lang, Snapshot};
use chrono::NaiveDate;

/// One cell to write.
#[derive(Clone, Debug, PartialEq)]
pub enum Out {
    Empty,
    Text(String),
    Number(f64),
    /// A share, shown as a percentage in a workbook.
    Share(f64),
    Date(NaiveDate),
}

/// A sheet's rows, each aligned with the sheet's written columns.
#[derive(Debug)]
pub struct OutSheet {
    pub spec: &'static SheetSpec,
    pub rows: Vec<Vec<Out>>,
}

fn text(s: &str) -> Out {
    Out::Text(s.to_owned())
}

/// The Danish half of a Text, and the English half only when it has one of its own.
fn text_pair(t: Option<&Text>) -> (Out, Out) {
    match t {
        None => (Out::Empty, Out::Empty),
        Some(t) => {
            let en = if t.lang_of(Lang::En) == Lang::En { text(t.get(Lang::En)) } else { Out::Empty };
            (text(t.da()), en)
        }
    }
}

fn count(n: u32) -> Out {
    Out::Number(f64::from(n))
}

/// A measure as its `_andel` and `_n` cells.
fn measure(m: Option<&Measure>) -> (Out, Out) {
    match m {
        None => (Out::Empty, Out::Empty),
        Some(Measure::Share { share, n }) => (Out::Share(share.get()), count(*n)),
        Some(Measure::Missing(reason)) => (text(reason_words(*reason)[0]), Out::Empty),
    }
}

/// Puts named cells in the order of the sheet's written columns.
fn row(spec: &SheetSpec, cells: Vec<(&str, Out)>) -> Vec<Out> {
    spec.written_columns()
        .map(|c| cells.iter().find(|(h, _)| *h == c.header).map_or(Out::Empty, |(_, v)| v.clone()))
        .collect()
}

/// The format 1.1 columns of an offer's row.
fn info_cells(o: &Offer) -> Vec<(&'static str, Out)> {
    let texts = [
        ("hvor_da", "hvor_en", &o.practical.location),
        ("kontakt_da", "kontakt_en", &o.practical.contact),
        ("visitation_da", "visitation_en", &o.practical.how_to_refer),
        ("optag_da", "optag_en", &o.practical.intake),
        ("tilgængelighed_da", "tilgængelighed_en", &o.practical.accessibility),
    ];
    let mut cells = Vec::new();
    for (da_header, en_header, t) in texts {
        let (da, en) = text_pair(t.as_ref());
        cells.extend([(da_header, da), (en_header, en)]);
    }
    let languages =
        o.practical.languages.as_ref().map(|codes| codes.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", "));
    cells.push(("sprog", languages.map_or(Out::Empty, Out::Text)));
    cells
}

fn result_row(s: &Snapshot, spec: &SheetSpec, offer: &str, r: &OfferResult) -> Vec<Out> {
    let band = match s.band_id(r.age_band) {
        "all" => "alle",
        id => id,
    };
    let (job, job_n) = measure(Some(&r.job_or_education));
    let (place, place_n) = measure(Some(&r.placements));
    let (m1, m1_n) = measure(r.off_benefit_1m.as_ref());
    let (m3, m3_n) = measure(r.off_benefit_3m.as_ref());
    let (sat, sat_n) = measure(Some(&r.satisfaction));
    let (closer, closer_n) = measure(r.closer_to_job.as_ref());
    row(
        spec,
        vec![
            ("tilbud", text(offer)),
            ("periode", text(s.period(r.period).id.as_str())),
            ("målgruppe", text(s.target_group(r.target_group).id.as_str())),
            ("aldersgruppe", text(band)),
            ("deltagere", count(r.participants)),
            ("job_uddannelse_andel", job),
            ("job_uddannelse_n", job_n),
            ("virksomhedsplacering_andel", place),
            ("virksomhedsplacering_n", place_n),
            ("ude_1md_andel", m1),
            ("ude_1md_n", m1_n),
            ("ude_3md_andel", m3),
            ("ude_3md_n", m3_n),
            ("tilfredshed_andel", sat),
            ("tilfredshed_n", sat_n),
            ("tættere_på_job_andel", closer),
            ("tættere_på_job_n", closer_n),
            ("klager", r.complaints.map_or(Out::Empty, count)),
            ("andel_under_30", r.share_under_30.map_or(Out::Empty, |x| Out::Share(x.get()))),
            ("median_ledighed_uger", r.median_unemployment_weeks.map_or(Out::Empty, Out::Number)),
        ],
    )
}

/// The snapshot as the template's sheets.
pub fn sheets(s: &Snapshot) -> Vec<OutSheet> {
    SHEETS
        .iter()
        .map(|spec| {
            let rows = match spec.id {
                SheetId::Om => {
                    vec![vec![text("udgivet"), Out::Date(s.published())], vec![text("udgiver"), text(s.publisher())]]
                }
                SheetId::Perioder => s
                    .periods()
                    .iter()
                    .map(|p| {
                        let (da, en) = text_pair(Some(&p.label));
                        let cells = vec![
                            ("id", text(p.id.as_str())),
                            ("fra", Out::Date(p.from)),
                            ("til", Out::Date(p.to)),
                            ("navn_da", da),
                            ("navn_en", en),
                        ];
                        row(spec, cells)
                    })
                    .collect(),
                SheetId::Aldersgrupper => s
                    .age_bands()
                    .iter()
                    .map(|b| {
                        let cells = vec![
                            ("id", text(b.id.as_str())),
                            ("min", count(u32::from(b.min))),
                            ("max", count(u32::from(b.max))),
                        ];
                        row(spec, cells)
                    })
                    .collect(),
                SheetId::Maalgrupper => s
                    .target_groups()
                    .iter()
                    .map(|g| {
                        let (name_da, name_en) = text_pair(Some(&g.name));
                        let (desc_da, desc_en) = text_pair(g.description.as_ref());
                        let cells = vec![
                            ("id", text(g.id.as_str())),
                            ("navn_da", name_da),
                            ("navn_en", name_en),
                            ("beskrivelse_da", desc_da),
                            ("beskrivelse_en", desc_en),
                        ];
                        row(spec, cells)
                    })
                    .collect(),
                SheetId::Leverandoerer => s
                    .providers()
                    .iter()
                    .map(|p| {
                        let kind = Codes::ProviderKind.danish(p.kind.code()).unwrap_or(p.kind.code());
                        row(spec, vec![("id", text(p.id.as_str())), ("navn", text(&p.name)), ("type", text(kind))])
                    })
                    .collect(),
                SheetId::Tilbud => s
                    .offers()
                    .iter()
                    .map(|o| {
                        let (name_da, name_en) = text_pair(Some(&o.name));
                        let (desc_da, desc_en) = text_pair(o.description.as_ref());
                        let (note_da, note_en) = text_pair(o.supervision.as_ref().and_then(|v| v.note.as_ref()));
                        let groups: Vec<&str> =
                            o.target_groups.iter().map(|&g| s.target_group(g).id.as_str()).collect();
                        let category = Codes::Category.danish(o.category.code()).unwrap_or(o.category.code());
                        let smiley = o.supervision.as_ref().map_or(Out::Empty, |v| {
                            text(Codes::Smiley.danish(v.smiley.code()).unwrap_or(v.smiley.code()))
                        });
                        let cells = vec![
                            ("id", text(o.id.as_str())),
                            ("leverandør", text(s.provider_of(o).id.as_str())),
                            ("navn_da", name_da),
                            ("navn_en", name_en),
                            ("beskrivelse_da", desc_da),
                            ("beskrivelse_en", desc_en),
                            ("kategori", text(category)),
                            ("målgrupper", text(&groups.join(", "))),
                            ("alder_min", o.age.map_or(Out::Empty, |a| count(u32::from(a.min)))),
                            ("alder_max", o.age.map_or(Out::Empty, |a| count(u32::from(a.max)))),
                            ("uger", o.weeks.map_or(Out::Empty, Out::Number)),
                            ("timer_pr_uge", o.hours_per_week.map_or(Out::Empty, Out::Number)),
                            ("tilsyn_smiley", smiley),
                            ("tilsyn_dato", o.supervision.as_ref().map_or(Out::Empty, |v| Out::Date(v.date))),
                            ("tilsyn_note_da", note_da),
                            ("tilsyn_note_en", note_en),
                        ];
                        row(spec, [cells, info_cells(o)].concat())
                    })
                    .collect(),
                SheetId::Resultater => s
                    .offers()
                    .iter()
                    .flat_map(|o| o.results.iter().map(move |r| result_row(s, spec, o.id.as_str(), r)))
                    .collect(),
                SheetId::Byen => s
                    .references()
                    .iter()
                    .map(|r| {
                        let band = match s.band_id(r.age_band) {
                            "all" => "alle",
                            id => id,
                        };
                        let (job, job_n) = measure(Some(&r.job_or_education));
                        let (place, place_n) = measure(Some(&r.placements));
                        let (sat, sat_n) = measure(Some(&r.satisfaction));
                        let cells = vec![
                            ("periode", text(s.period(r.period).id.as_str())),
                            ("målgruppe", text(s.target_group(r.target_group).id.as_str())),
                            ("aldersgruppe", text(band)),
                            ("job_uddannelse_andel", job),
                            ("job_uddannelse_n", job_n),
                            ("virksomhedsplacering_andel", place),
                            ("virksomhedsplacering_n", place_n),
                            ("tilfredshed_andel", sat),
                            ("tilfredshed_n", sat_n),
                        ];
                        row(spec, cells)
                    })
                    .collect(),
            };
            OutSheet { spec, rows }
        })
        .collect()
}

/// The snapshot as an `.xlsx` workbook in the template's form.
pub fn to_xlsx(s: &Snapshot) -> Result<Vec<u8>, String> {
    template::workbook(&sheets(s), Some(s.published()))
}

/// One CSV file's text: `;`-separated, decimal commas, UTF-8 with a BOM.
fn csv_file(sheet: &OutSheet) -> Result<Vec<u8>, String> {
    let mut out = vec![0xEF, 0xBB, 0xBF];
    {
        let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(&mut out);
        let headers: Vec<&str> = sheet.spec.written_columns().map(|c| c.header).collect();
        writer.write_record(&headers).map_err(|e| e.to_string())?;
        for cells in &sheet.rows {
            let fields: Vec<String> = cells
                .iter()
                .map(|cell| match cell {
                    Out::Empty => String::new(),
                    Out::Text(t) => t.clone(),
                    Out::Number(x) | Out::Share(x) => number_text(*x, true),
                    Out::Date(d) => d.to_string(),
                })
                .collect();
            writer.write_record(&fields).map_err(|e| e.to_string())?;
        }
        writer.flush().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// The snapshot as the template's CSV files: (file name, bytes), one per sheet.
pub fn to_csv(s: &Snapshot) -> Result<Vec<(String, Vec<u8>)>, String> {
    sheets(s).iter().map(|sheet| Ok((sheet.spec.file.to_owned(), csv_file(sheet)?))).collect()
}
