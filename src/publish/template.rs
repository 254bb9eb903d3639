//! The template workbook (`snapshot template`) and the workbook form of an export: a guide sheet
//! ("Vejledning") that explains each column, the sheets with their header rows, and drop-down lists for
//! the code columns, the missing-value reasons and the ids that refer to other sheets.

use super::export::{Out, OutSheet};
use super::sheets::{Column, Kind, SheetId, SheetSpec, GUIDE_SHEET, OM_FIELDS, SHEETS};
use super::words::words;
use crate::domain::snapshot::MissingReason;
use crate::domain::Lang;
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format, FormatAlign, Formula,
    Workbook, Worksheet, XlsxError,
};

/// Rows below the data that keep their drop-downs, so new rows can be added.
const SPARE_ROWS: usize = 1000;
/// Excel's last row (0-based).
const LAST_ROW: u32 = 1_048_575;

struct Formats {
    header: Format,
    title: Format,
    wrap: Format,
    date: Format,
    share: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new().set_bold().set_background_color(Color::RGB(0xDD_EB_F7)),
            title: Format::new().set_bold().set_font_size(14),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            share: Format::new().set_num_format("0.0##%"),
        }
    }
}

fn err(e: XlsxError) -> String {
    e.to_string()
}

/// The date a workbook says it was made: fixed, so the same snapshot gives the same bytes.
fn properties(created: NaiveDate) -> Result<DocProperties, String> {
    let (y, m, d) = (created.year(), created.month(), created.day());
    let date = ExcelDateTime::from_ymd(
        u16::try_from(y).unwrap_or(2000),
        u8::try_from(m).unwrap_or(1),
        u8::try_from(d).unwrap_or(1),
    )
    .or_else(|_| ExcelDateTime::from_ymd(2000, 1, 1))
    .map_err(err)?;
    Ok(DocProperties::new().set_creation_datetime(&date).set_author("Visitationsguide"))
}

fn excel_date(d: NaiveDate) -> Option<ExcelDateTime> {
    let (y, m, day) = (u16::try_from(d.year()).ok()?, u8::try_from(d.month()).ok()?, u8::try_from(d.day()).ok()?);
    ExcelDateTime::from_ymd(y, m, day).ok()
}

fn explanation(lang: Lang, sheet: SheetId, column: &Column) -> String {
    let w = words(lang);
    let meaning = w.meaning(sheet, column.header);
    let help = if sheet == SheetId::Om && matches!(column.header, "felt" | "værdi") {
        String::new()
    } else {
        w.kind_help(column.kind)
    };
    [meaning, help.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ")
}

/// The guide sheet: what the template is, then one row per column in Danish and English.
fn guide(sheet: &mut Worksheet, f: &Formats) -> Result<(), String> {
    sheet.set_name(GUIDE_SHEET).map_err(err)?;
    let (da, en) = (words(Lang::Da), words(Lang::En));
    let mut row: u32 = 0;
    for (i, line) in da.guide_intro().iter().enumerate() {
        let format = if i == 0 { &f.title } else { &Format::new() };
        sheet.write_string_with_format(row, 0, *line, format).map_err(err)?;
        row += 1;
    }
    row += 1;
    for line in en.guide_intro() {
        sheet.write_string(row, 0, *line).map_err(err)?;
        row += 1;
    }
    row += 1;
    let [sheet_h, column_h, required_h, explanation_h] = da.guide_headings();
    let headings = [sheet_h, column_h, required_h, explanation_h, en.guide_headings()[3]];
    for (col, heading) in headings.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, *heading, &f.header).map_err(err)?;
    }
    sheet.set_freeze_panes(row + 1, 0).map_err(err)?;
    row += 1;
    for spec in SHEETS {
        let columns: Vec<&Column> =
            spec.written_columns().chain(if spec.id == SheetId::Om { OM_FIELDS.iter() } else { [].iter() }).collect();
        for column in columns {
            let name = if spec.id == SheetId::Om && OM_FIELDS.iter().any(|c| std::ptr::eq(c, column)) {
                format!("{} (felt)", column.header)
            } else {
                column.header.to_owned()
            };
            sheet.write_string(row, 0, spec.name).map_err(err)?;
            sheet.write_string(row, 1, name).map_err(err)?;
            sheet.write_string(row, 2, da.required(column.required)).map_err(err)?;
            sheet.write_string_with_format(row, 3, explanation(Lang::Da, spec.id, column), &f.wrap).map_err(err)?;
            sheet.write_string_with_format(row, 4, explanation(Lang::En, spec.id, column), &f.wrap).map_err(err)?;
            row += 1;
        }
    }
    for (col, width) in [(0, 16), (1, 28), (2, 14), (3, 70), (4, 70)] {
        sheet.set_column_width(col, width).map_err(err)?;
    }
    Ok(())
}

/// `'Leverandører'!$A$2:$A$1001`: the id column of a sheet, with room for new rows.
fn id_range(target: &SheetSpec, rows: usize) -> String {
    let last = (rows + SPARE_ROWS + 1).min(LAST_ROW as usize + 1);
    let col = target.written_columns().position(|c| c.kind == Kind::Id).unwrap_or(0);
    let letter = super::problem::column_letters(col as u32);
    format!("='{}'!${letter}$2:${letter}${last}", target.name)
}

/// The drop-down for a column, if it has one.
fn validation(column: &Column, rows_of: &dyn Fn(SheetId) -> usize) -> Result<Option<DataValidation>, String> {
    let (title, message) = words(Lang::Da).not_in_list();
    let dv = match column.kind {
        Kind::Code(codes) => {
            let list: Vec<&str> = codes.spellings().iter().filter_map(|s| s.danish.first().copied()).collect();
            DataValidation::new()
                .allow_list_strings(&list)
                .map_err(err)?
                .set_error_style(DataValidationErrorStyle::Warning)
                .set_error_title(title)
                .map_err(err)?
                .set_error_message(message)
                .map_err(err)?
        }
        // Numbers are typed too, so the list only offers the reasons and refuses nothing.
        Kind::MeasureShare => {
            let list: Vec<&str> = MissingReason::ALL.iter().map(|&r| super::sheets::reason_words(r)[0]).collect();
            DataValidation::new().allow_list_strings(&list).map_err(err)?.show_error_message(false)
        }
        Kind::Ref(target) => {
            let formula = Formula::new(id_range(target.spec(), rows_of(target)));
            DataValidation::new()
                .allow_list_formula(formula)
                .set_error_style(DataValidationErrorStyle::Warning)
                .set_error_title(title)
                .map_err(err)?
                .set_error_message(message)
                .map_err(err)?
        }
        // `alle` is not on the sheet Aldersgrupper, so the list refuses nothing.
        Kind::BandRef => {
            let target = SheetId::Aldersgrupper;
            let formula = Formula::new(id_range(target.spec(), rows_of(target)));
            DataValidation::new().allow_list_formula(formula).show_error_message(false)
        }
        _ => return Ok(None),
    };
    Ok(Some(dv))
}

fn data_sheet(
    sheet: &mut Worksheet,
    out: &OutSheet,
    f: &Formats,
    rows_of: &dyn Fn(SheetId) -> usize,
) -> Result<(), String> {
    sheet.set_name(out.spec.name).map_err(err)?;
    let columns: Vec<&Column> = out.spec.written_columns().collect();
    let last = (out.rows.len() + SPARE_ROWS).min(LAST_ROW as usize) as u32;
    for (col, column) in columns.iter().enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, column.header, &f.header).map_err(err)?;
        let width = match column.kind {
            Kind::Text => 30.0,
            Kind::Refs(_) => 22.0,
            _ => (column.header.chars().count() as f64 + 3.0).max(12.0),
        };
        sheet.set_column_width(col, width).map_err(err)?;
        match column.kind {
            Kind::Date => {
                sheet.set_column_format(col, &f.date).map_err(err)?;
            }
            Kind::Share | Kind::MeasureShare => {
                sheet.set_column_format(col, &f.share).map_err(err)?;
            }
            _ => {}
        }
        if out.spec.id != SheetId::Om {
            if let Some(dv) = validation(column, rows_of)? {
                sheet.add_data_validation(1, col, last, col, &dv).map_err(err)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(err)?;
    for (r, cells) in out.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|e| e.to_string())?;
        for (col, cell) in cells.iter().enumerate() {
            let col = col as u16;
            match cell {
                Out::Empty => {}
                Out::Text(t) => {
                    sheet.write_string(r, col, t).map_err(err)?;
                }
                Out::Number(x) => {
                    sheet.write_number(r, col, *x).map_err(err)?;
                }
                Out::Share(x) => {
                    sheet.write_number_with_format(r, col, *x, &f.share).map_err(err)?;
                }
                Out::Date(d) => match excel_date(*d) {
                    Some(date) => {
                        sheet.write_datetime_with_format(r, col, &date, &f.date).map_err(err)?;
                    }
                    // Before 1900 Excel has no date cells; the text form reads back the same.
                    None => {
                        sheet.write_string(r, col, d.to_string()).map_err(err)?;
                    }
                },
            }
        }
    }
    Ok(())
}

/// A workbook with the guide sheet and the template's sheets holding `sheets`' rows.
pub fn workbook(sheets: &[OutSheet], created: Option<NaiveDate>) -> Result<Vec<u8>, String> {
    let mut book = Workbook::new();
    book.set_properties(&properties(created.unwrap_or_default())?);
    let f = Formats::new();
    guide(book.add_worksheet(), &f)?;
    let rows_of = |id: SheetId| sheets.iter().find(|s| s.spec.id == id).map_or(0, |s| s.rows.len());
    for out in sheets {
        data_sheet(book.add_worksheet(), out, &f, &rows_of)?;
    }
    book.save_to_buffer().map_err(err)
}

/// The empty template: header rows, guide and drop-downs, no data.
pub fn empty() -> Result<Vec<u8>, String> {
    let sheets: Vec<OutSheet> = SHEETS.iter().map(|spec| OutSheet { spec, rows: Vec::new() }).collect();
    workbook(&sheets, NaiveDate::from_ymd_opt(2026, 1, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_columns_refer_to_the_other_sheets_id_range_with_room_for_new_rows() {
        assert_eq!(id_range(SheetId::Leverandoerer.spec(), 0), "='Leverandører'!$A$2:$A$1001");
        assert_eq!(id_range(SheetId::Tilbud.spec(), 36), "='Tilbud'!$A$2:$A$1037");
    }

    #[test]
    fn drop_downs_are_on_codes_reasons_and_references_only() {
        let rows_of = |_: SheetId| 0;
        let with_list: Vec<(&str, &str)> = SHEETS
            .iter()
            .flat_map(|s| s.written_columns().map(move |c| (s.name, c)))
            .filter(|(_, c)| validation(c, &rows_of).expect("a valid drop-down").is_some())
            .map(|(s, c)| (s, c.header))
            .collect();
        for expected in [
            ("Leverandører", "type"),
            ("Tilbud", "leverandør"),
            ("Tilbud", "kategori"),
            ("Tilbud", "tilsyn_smiley"),
            ("Resultater", "tilbud"),
            ("Resultater", "periode"),
            ("Resultater", "målgruppe"),
            ("Resultater", "aldersgruppe"),
            ("Resultater", "job_uddannelse_andel"),
            ("Byen", "tilfredshed_andel"),
        ] {
            assert!(with_list.contains(&expected), "no drop-down on {expected:?}");
        }
        assert!(!with_list.iter().any(|(_, h)| h.ends_with("_n") || *h == "id" || *h == "målgrupper"));
    }
}
