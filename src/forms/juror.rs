//! The jury's marking sheets: one workbook per juror, every eligible
//! applicant of the juror's categories with its evidence score shown
//! read-only, and cells for the mark, a comment and a declared conflict.

use crate::criteria::{Juror, Jury};
use crate::evaluate::Evaluation;
use crate::i18n::{CatalogueError, Lang, Messages, Number};
use crate::ix::PerApplicant;
use crate::jury::Conflict;
use crate::jury::layout::{ABOUT_LABELS, ABOUT_SHEET, HEADERS, MARKS_SHEET, WHOLE, conflict_key};
use crate::jury::marks::{Filled, filled};
use crate::submission::Limits;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, DocProperties, ExcelDateTime, Format, Workbook,
    Worksheet, XlsxError,
};
use std::path::{Path, PathBuf};

/// Where blank sheets go unless told otherwise: a folder of their own, named
/// after the edition, so they never land among the sheets jurors returned
/// (`jury/`, which evaluation reads).
pub fn default_folder(edition: i64) -> PathBuf {
    PathBuf::from(format!("jury-sheets-{edition}"))
}

/// A sheet in the output folder that holds a juror's work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilledSheet {
    pub file: String,
    pub filled: Filled,
}

/// Blank sheets would replace sheets holding jurors' marks. No `--force`
/// lifts this: a juror's marks exist nowhere else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldsMarks {
    pub dir: PathBuf,
    pub sheets: Vec<FilledSheet>,
    /// A folder that does not exist yet, for the blank sheets.
    pub instead: PathBuf,
}

impl std::fmt::Display for HoldsMarks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = |n: usize, one: &str, many: &str| match n {
            1 => format!("1 {one}"),
            n => format!("{n} {many}"),
        };
        let sheets: Vec<String> = self
            .sheets
            .iter()
            .map(|s| {
                let mut held = Vec::new();
                if s.filled.marks > 0 {
                    held.push(plural(s.filled.marks, "mark", "marks"));
                }
                if s.filled.conflicts > 0 {
                    held.push(plural(
                        s.filled.conflicts,
                        "declared conflict",
                        "declared conflicts",
                    ));
                }
                format!("{} ({})", s.file, held.join(", "))
            })
            .collect();
        write!(
            f,
            "{} holds filled juror sheets that blank ones would replace: {}; langaward never overwrites jurors' marks, not even with --force\n    help: write the blank sheets into a new folder, e.g. --out {}/",
            self.dir.display(),
            sheets.join(", "),
            self.instead.display()
        )
    }
}

impl std::error::Error for HoldsMarks {}

/// Refuses, before anything is written, to replace any of `names` in `dir`
/// that langaward's own juror-sheet reader finds marks or declared
/// conflicts in. Files that are no juror sheet are left to the ordinary
/// overwrite protection.
pub fn protect_filled(
    dir: &Path,
    names: &[String],
    edition: i64,
    limits: &Limits,
) -> Result<(), HoldsMarks> {
    let sheets: Vec<FilledSheet> = names
        .iter()
        .filter(|name| dir.join(name).is_file())
        .filter_map(|name| {
            let filled = filled(&dir.join(name), limits).filter(Filled::any)?;
            Some(FilledSheet {
                file: name.clone(),
                filled,
            })
        })
        .collect();
    if sheets.is_empty() {
        return Ok(());
    }
    Err(HoldsMarks {
        dir: dir.to_path_buf(),
        sheets,
        instead: fresh_folder(dir, edition),
    })
}

/// The edition's folder beside `dir`, numbered on (`-2`, `-3` …) while the
/// name is taken.
fn fresh_folder(dir: &Path, edition: i64) -> PathBuf {
    let parent = dir.parent().unwrap_or(Path::new(""));
    let base = parent.join(default_folder(edition));
    let numbered = |n: u32| PathBuf::from(format!("{}-{n}", base.display()));
    std::iter::once(base.clone())
        .chain((2..).map(numbered))
        .find(|p| !p.exists())
        .unwrap_or(base.clone())
}

#[derive(Debug, thiserror::Error)]
pub enum SheetsError {
    #[error("cannot build a juror workbook: {0}")]
    Xlsx(#[from] XlsxError),
    #[error(transparent)]
    Catalogue(#[from] CatalogueError),
}

/// One sheet per juror, in `lang`: the file name (from the juror's id) and
/// its bytes. The reader takes sheets in any language back.
pub fn sheets(eval: &Evaluation, lang: Lang) -> Result<Vec<(String, Vec<u8>)>, SheetsError> {
    let c = &eval.criteria.criteria;
    let Some(jury) = &c.jury else {
        return Ok(Vec::new());
    };
    let m = Messages::cached(lang)?;
    jury.jurors
        .iter()
        .map(|juror| {
            Ok((
                format!("{}.xlsx", crate::report::slug::sanitize(&juror.id)),
                sheet(eval, juror, m)?,
            ))
        })
        .collect()
}

fn sheet(eval: &Evaluation, juror: &Juror, m: &Messages) -> Result<Vec<u8>, XlsxError> {
    let c = &eval.criteria.criteria;
    let Some(jury) = &c.jury else {
        return Ok(Vec::new());
    };
    let mut wb = Workbook::new();
    let fixed = ExcelDateTime::from_ymd(2000, 1, 1)?;
    wb.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&fixed)
            .set_author(&juror.name),
    );
    let ws = wb.add_worksheet();
    ws.set_name(m.get(MARKS_SHEET.id()))?;
    let bold = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xF2F2F2));
    let input = Format::new()
        .set_unlocked()
        .set_border(rust_xlsxwriter::FormatBorder::Hair);
    for (col, h) in HEADERS.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, m.get(h.id()), &bold)?;
    }
    let last = rows(ws, eval, juror, m, &input)?.max(1);
    ws.add_data_validation(1, 5, last, 5, &mark_validation(jury)?)?;
    ws.add_data_validation(
        1,
        7,
        last,
        7,
        &DataValidation::new()
            .allow_list_strings(&Conflict::ALL.map(|c| m.get(conflict_key(c).id())))?,
    )?;
    for (col, width) in [
        (0u16, 28.0),
        (1, 14.0),
        (2, 44.0),
        (3, 26.0),
        (4, 14.0),
        (5, 8.0),
        (6, 40.0),
        (7, 24.0),
    ] {
        ws.set_column_width(col, width)?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.protect();
    about_sheet(wb.add_worksheet(), juror, jury, c.edition, m, &bold)?;
    wb.save_to_buffer()
}

/// The rows to mark, from row 1: in each of the juror's categories every
/// ranked applicant, one row per criterion with its evidence score, then
/// those awaiting marks — the nominees, one row each for the nominee as a
/// whole, since only these marks can rank them; never the juror's own
/// institution. Returns the last row written.
fn rows(
    ws: &mut Worksheet,
    eval: &Evaluation,
    juror: &Juror,
    m: &Messages,
    input: &Format,
) -> Result<u32, XlsxError> {
    let c = &eval.criteria.criteria;
    let own = juror.institution.as_deref().map(crate::text::fold);
    let mut r = 1u32;
    for &ci in &juror.categories {
        let (Some(spec), Some(ranking)) = (c.categories.get(ci), eval.ranking.categories.get(ci))
        else {
            continue;
        };
        let entries = ranking.placed.iter().map(|p| p.entry);
        let nominees = ranking.awaiting.iter().copied();
        for a in entries
            .chain(nominees)
            .filter_map(|e| eval.applicants.at(e))
        {
            if own.as_deref() == Some(crate::text::fold(&a.institution.id).as_str()) {
                continue;
            }
            let marked: Vec<(String, Option<f64>)> = match a.nominee {
                Some(_) => vec![(m.get(WHOLE.id()).to_string(), None)],
                None => c
                    .criteria
                    .iter()
                    .zip(&a.card.criteria)
                    .map(|(k, score)| (m.text(&k.name), Some(score.score.value())))
                    .collect(),
            };
            for (aspect, score) in marked {
                ws.write_string(r, 0, m.text(&spec.name))?;
                ws.write_string(r, 1, &a.institution.id)?;
                ws.write_string(r, 2, crate::report::display_name(a))?;
                ws.write_string(r, 3, aspect)?;
                if let Some(score) = score {
                    ws.write_number(r, 4, score)?;
                }
                ws.write_blank(r, 5, input)?;
                ws.write_blank(r, 6, input)?;
                ws.write_blank(r, 7, input)?;
                r += 1;
            }
        }
    }
    Ok(r.saturating_sub(1))
}

/// The Mark column's dropdown: every value on the scale's step when they fit
/// in a list, else any number on the scale.
fn mark_validation(jury: &Jury) -> Result<DataValidation, XlsxError> {
    let any = || {
        DataValidation::new().allow_decimal_number(DataValidationRule::Between(jury.min, jury.max))
    };
    let Some(step) = jury.step else {
        return Ok(any());
    };
    let n = ((jury.max - jury.min) / step).round() as usize;
    let values: Vec<String> = (0..=n)
        .map(|i| format!("{}", jury.min + step * i as f64))
        .collect();
    if values.join(",").len() <= 255 {
        DataValidation::new().allow_list_strings(&values)
    } else {
        Ok(any())
    }
}

/// The About sheet: who the sheet is for, the edition, the scale and how
/// to fill it in, in the sheet's language.
fn about_sheet(
    about: &mut Worksheet,
    juror: &Juror,
    jury: &Jury,
    edition: i64,
    m: &Messages,
    bold: &Format,
) -> Result<(), XlsxError> {
    about.set_name(m.get(ABOUT_SHEET.id()))?;
    let (min, max) = (Number::decimal(jury.min), Number::decimal(jury.max));
    let scale = match jury.step {
        Some(step) => m.fill(
            "jury_sheet_scale_step",
            &[
                ("min", &min),
                ("max", &max),
                ("step", &Number::decimal(step)),
            ],
        ),
        None => m.fill("jury_sheet_scale", &[("min", &min), ("max", &max)]),
    };
    let [id, name, edition_label] = ABOUT_LABELS.map(|k| m.get(k.id()));
    let rows = [
        (id, juror.id.as_str()),
        (name, juror.name.as_str()),
        (edition_label, &edition.to_string()),
        (m.get("jury_about_scale"), &scale),
        (m.get("jury_about_how"), m.get("jury_how_to_fill")),
    ];
    for (r, (label, value)) in rows.iter().enumerate() {
        about.write_string_with_format(r as u32, 0, *label, bold)?;
        about.write_string(r as u32, 1, *value)?;
    }
    about.set_column_width(0, 16.0)?;
    about.set_column_width(1, 90.0)?;
    about.protect();
    Ok(())
}
