//! The blank workbook applicants fill in, generated from the criteria file so
//! that it always matches what the reader expects: sheets and headers in the
//! chosen languages, dropdowns and validation, input cells unlocked and the
//! rest protected.

use crate::criteria::{ColumnSpec, ColumnType, Criteria, SheetSpec};
use crate::i18n::{Lang, Messages};
use crate::submission::institution::Field;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, DocProperties, ExcelDateTime, Format, Workbook,
    Worksheet, XlsxError,
};

/// Rows of evidence the template prepares with validation and unlocked cells.
pub const ROWS: u32 = 500;

#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("cannot build the template workbook: {0}")]
    Xlsx(#[from] XlsxError),
    #[error(transparent)]
    Catalogue(#[from] crate::i18n::CatalogueError),
}

/// Index of `lang` in the Institution labels (Albanian, Serbian, English).
fn label_index(lang: Lang) -> usize {
    match lang {
        Lang::Sq => 0,
        Lang::Sr | Lang::SrCyrl => 1,
        Lang::En => 2,
    }
}

fn yes_no(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::Sq => ["po", "jo"],
        Lang::Sr => ["da", "ne"],
        Lang::SrCyrl => ["да", "не"],
        Lang::En => ["yes", "no"],
    }
}

/// An Institution label in the template's language: Serbian Cyrillic
/// templates write the Serbian label in Cyrillic (the reader accepts both).
fn institution_label(lang: Lang, field: Field) -> String {
    let label = field
        .labels()
        .get(label_index(lang))
        .copied()
        .unwrap_or(field.key());
    match lang {
        Lang::SrCyrl => crate::i18n::to_cyrillic(label),
        _ => label.to_string(),
    }
}

/// The template's cell formats.
struct Formats {
    /// Labels and headers.
    bold: Format,
    /// A cell the applicant fills in.
    input: Format,
    /// A date the applicant fills in.
    date: Format,
}

/// The template as a workbook object, so a caller (or a test) can fill it
/// before saving. Headers use the first of `langs`; the instructions give
/// every chosen language.
pub fn workbook(c: &Criteria, langs: &[Lang]) -> Result<Workbook, TemplateError> {
    let first = langs.first().copied().unwrap_or(Lang::Sq);
    let catalogues: Vec<Messages> = langs
        .iter()
        .map(|&l| Messages::load(l))
        .collect::<Result<_, _>>()?;
    let m = Messages::load(first)?;
    let mut wb = Workbook::new();
    let fixed = ExcelDateTime::from_ymd(2000, 1, 1)?;
    wb.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&fixed)
            .set_title(m.text(&c.award)),
    );
    let formats = Formats {
        bold: Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xF2F2F2))
            .set_text_wrap(),
        input: Format::new()
            .set_unlocked()
            .set_border(rust_xlsxwriter::FormatBorder::Hair),
        date: Format::new()
            .set_unlocked()
            .set_num_format("yyyy-mm-dd hh:mm"),
    };
    instructions(wb.add_worksheet(), c, &catalogues, &formats.bold)?;
    institution_sheet(wb.add_worksheet(), c, &m, first, &formats)?;
    for sheet in &c.sheets {
        let columns: Vec<&ColumnSpec> = evidence_columns(c, sheet).collect();
        evidence_sheet(wb.add_worksheet(), sheet, &columns, &m, first, &formats)?;
    }
    Ok(wb)
}

/// The Institution sheet: one row per [`Field`], its label in the template's
/// language and a cell to fill, with a dropdown where the values are known.
fn institution_sheet(
    ws: &mut Worksheet,
    c: &Criteria,
    m: &Messages,
    first: Lang,
    f: &Formats,
) -> Result<(), TemplateError> {
    let (bold, input, date) = (&f.bold, &f.input, &f.date);
    ws.set_name(match first {
        Lang::Sq => "Institucioni",
        Lang::Sr => "Institucija",
        Lang::SrCyrl => "Институција",
        Lang::En => "Institution",
    })?;
    for (r, field) in Field::ALL.into_iter().enumerate() {
        let r = r as u32;
        let label = institution_label(first, field);
        ws.write_string_with_format(r, 0, &label, bold)?;
        match field {
            Field::Kind => {
                let kinds: Vec<String> = c.kinds.iter().map(|k| m.text(&k.name)).collect();
                ws.add_data_validation(
                    r,
                    1,
                    r,
                    1,
                    &DataValidation::new().allow_list_strings(&kinds)?,
                )?;
                ws.write_blank(r, 1, input)?;
            }
            Field::Municipality => {
                let ids: Vec<&str> = c
                    .languages
                    .municipalities
                    .iter()
                    .map(|m| m.id.as_str())
                    .collect();
                if !ids.is_empty() && ids.join(",").len() < 255 {
                    ws.add_data_validation(
                        r,
                        1,
                        r,
                        1,
                        &DataValidation::new().allow_list_strings(&ids)?,
                    )?;
                }
                ws.write_blank(r, 1, input)?;
            }
            Field::Submitted => {
                ws.write_blank(r, 1, date)?;
            }
            Field::Edition => {
                ws.write_number_with_format(r, 1, c.edition as f64, input)?;
            }
            Field::Sample => {
                ws.add_data_validation(
                    r,
                    1,
                    r,
                    1,
                    &DataValidation::new().allow_list_strings(&yes_no(first))?,
                )?;
                ws.write_string_with_format(r, 1, yes_no(first)[1], input)?;
            }
            Field::Id | Field::NameSq | Field::NameSr | Field::NameSrCyrl | Field::Contact => {
                ws.write_blank(r, 1, input)?;
            }
        }
    }
    ws.set_column_width(0, 34)?;
    ws.set_column_width(1, 48)?;
    ws.protect();
    Ok(())
}

/// A sheet of evidence: the header in the template's language, and
/// [`ROWS`] rows of input cells checked by each column's type.
fn evidence_sheet(
    ws: &mut Worksheet,
    sheet: &SheetSpec,
    columns: &[&ColumnSpec],
    m: &Messages,
    first: Lang,
    f: &Formats,
) -> Result<(), TemplateError> {
    let (bold, input, date) = (&f.bold, &f.input, &f.date);
    ws.set_name(m.text(&sheet.name))?;
    for (col, spec) in columns.iter().enumerate() {
        let col = col as u16;
        ws.write_string_with_format(0, col, m.text(&spec.name), bold)?;
        ws.set_column_width(col, 22)?;
        let validation = match &spec.ty {
            ColumnType::Text => None,
            ColumnType::YesNo => Some(DataValidation::new().allow_list_strings(&yes_no(first))?),
            ColumnType::Choice { choices } => {
                let names: Vec<String> = choices.iter().map(|ch| m.text(&ch.name)).collect();
                Some(DataValidation::new().allow_list_strings(&names)?)
            }
            ColumnType::DateTime => Some(DataValidation::new().allow_date(
                DataValidationRule::Between(
                    ExcelDateTime::from_ymd(2000, 1, 1)?,
                    ExcelDateTime::from_ymd(2100, 12, 31)?,
                ),
            )),
            ColumnType::Number { min, max } => Some(DataValidation::new().allow_decimal_number(
                match (min, max) {
                    (Some(a), Some(b)) => DataValidationRule::Between(*a, *b),
                    (Some(a), None) => DataValidationRule::GreaterThanOrEqualTo(*a),
                    (None, Some(b)) => DataValidationRule::LessThanOrEqualTo(*b),
                    (None, None) => DataValidationRule::Between(-1e12, 1e12),
                },
            )),
        };
        if let Some(v) = validation {
            ws.add_data_validation(1, col, ROWS, col, &v)?;
        }
        let format = if matches!(spec.ty, ColumnType::DateTime) {
            &date
        } else {
            &input
        };
        for r in 1..=ROWS {
            ws.write_blank(r, col, format)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.protect();
    Ok(())
}

/// A sheet's own columns, then the provenance columns the criteria let every
/// evidence sheet carry (source, reference, observer, date, verified), so a
/// monitor records in the same template where and how each row was observed;
/// an applicant leaves them empty and its rows count as the default source.
fn evidence_columns<'c>(
    c: &'c Criteria,
    sheet: &'c SheetSpec,
) -> impl Iterator<Item = &'c ColumnSpec> {
    let provenance = c.provenance.iter().flat_map(|p| &p.columns);
    sheet.columns.iter().chain(provenance.map(|p| &p.spec))
}

/// The Instructions sheet: the award, the period and deadline, and for every
/// column what to write, in each chosen language.
fn instructions(
    ws: &mut Worksheet,
    c: &Criteria,
    catalogues: &[Messages],
    bold: &Format,
) -> Result<(), TemplateError> {
    let Some(m) = catalogues.first() else {
        return Ok(());
    };
    ws.set_name(m.get("template_sheet"))?;
    let mut r = 0u32;
    for m in catalogues {
        ws.write_string_with_format(r, 0, format!("{} {}", m.text(&c.award), c.edition), bold)?;
        r += 1;
        let period = m.fill(
            "period",
            &[
                ("from", &m.date(c.period.from)),
                ("to", &m.date(c.period.to)),
            ],
        );
        ws.write_string(r, 0, format!("{}: {period}", m.get("assessment_period")))?;
        r += 1;
        if let Some(d) = c.deadline {
            ws.write_string(r, 0, m.fill("template_deadline", &[("date", &m.date(d))]))?;
            r += 1;
        }
        ws.write_string(r, 0, m.get("template_intro"))?;
        r += 2;
    }
    // Each language's column names, then what each column accepts in each
    // language, so that every reader finds the help in their own language.
    let headers: Vec<String> = catalogues
        .iter()
        .map(|m| m.get("template_column").to_string())
        .chain(
            catalogues
                .iter()
                .map(|m| m.get("template_what").to_string()),
        )
        .chain([m.get("template_required").to_string()])
        .collect();
    for sheet in &c.sheets {
        ws.write_string_with_format(r, 0, m.text(&sheet.name), bold)?;
        r += 1;
        for (i, h) in headers.iter().enumerate() {
            ws.write_string_with_format(r, i as u16, h, bold)?;
        }
        r += 1;
        for col in evidence_columns(c, sheet) {
            let cells = catalogues
                .iter()
                .map(|m| m.text(&col.name))
                .chain(catalogues.iter().map(|m| accepts(m, &col.ty)));
            let mut i = 0u16;
            for text in cells {
                ws.write_string(r, i, text)?;
                i += 1;
            }
            if col.required {
                ws.write_string(r, i, "✓")?;
            }
            r += 1;
        }
        r += 1;
    }
    let langs = catalogues.len() as u16;
    ws.set_column_width(0, 40)?;
    for i in langs..2 * langs {
        ws.set_column_width(i, 60)?;
    }
    Ok(())
}

/// What a column of type `ty` accepts, in the catalogue's language.
fn accepts(m: &Messages, ty: &ColumnType) -> String {
    match ty {
        ColumnType::Text => m.get("template_text").to_string(),
        ColumnType::YesNo => m.get("template_yes_no").to_string(),
        ColumnType::DateTime => m.get("template_date").to_string(),
        ColumnType::Number { .. } => m.get("template_number").to_string(),
        ColumnType::Choice { choices } => {
            let names: Vec<String> = choices.iter().map(|ch| m.text(&ch.name)).collect();
            m.fill("template_choice", &[("choices", &names.join(", "))])
        }
    }
}

/// The template's bytes; byte-identical for the same criteria and languages.
pub fn bytes(c: &Criteria, langs: &[Lang]) -> Result<Vec<u8>, TemplateError> {
    Ok(workbook(c, langs)?.save_to_buffer()?)
}
