//! `results.xlsx`: the ranking for people who live in spreadsheets, in the
//! report's first language: a secretariat that works in Albanian or Serbian
//! reads its sheets, columns, bands, statuses and awards in that language.
//! Fixed document properties keep the file byte-identical across runs.

use super::RenderError;
use super::jury::{self, Standing};
use super::view::Page;
use crate::evaluate::{Applicant, Evaluation};
use crate::i18n::{Lang, Messages};
use crate::ix::{ApplicantIx, PerApplicant};
use crate::ranking::CategoryRanking;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet,
};
use std::collections::BTreeMap;

const BAND_COLOURS: [u32; 5] = [0xC6EFCE, 0xFFEB9C, 0xFFC7CE, 0xE4DFEC, 0xDDEBF7];

/// Excel's sheet-name rules: at most 31 characters, none of []:*?/\.
fn sheet_name(name: &str, used: &mut Vec<String>) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .collect();
    let base = crate::text::truncate(clean.trim(), 28).0.trim().to_string();
    let mut out = base.clone();
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&out)) {
        out = format!("{base} {n}");
        n += 1;
    }
    used.push(out.clone());
    out
}

/// The cell formats every sheet shares.
struct Formats {
    header: Format,
    number: Format,
    bands: Vec<Format>,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xF2F2F2))
                .set_border_bottom(FormatBorder::Thin),
            number: Format::new().set_num_format("0.00"),
            bands: BAND_COLOURS
                .iter()
                .map(|&rgb| Format::new().set_background_color(Color::RGB(rgb)))
                .collect(),
        }
    }
}

impl Formats {
    /// A band's name in its colour, or plain past the colours there are.
    fn band_cell(
        &self,
        ws: &mut Worksheet,
        r: u32,
        c: u16,
        (band, index): (String, usize),
    ) -> Result<(), RenderError> {
        match self.bands.get(index) {
            Some(format) => ws.write_string_with_format(r, c, &band, format)?,
            None => ws.write_string(r, c, &band)?,
        };
        Ok(())
    }
}

/// The workbook being written: its formats, the sheet names taken, and the
/// words of one language. Its sheets are "low memory" sheets, which keep
/// each finished row in a temporary file instead of in memory: every sheet
/// is written row by row, and a workbook of 2,000 applicants otherwise held
/// about 10 MiB of cells at the run's peak. The file differs from a
/// standard sheet's only in the optional `spans` hint on each row.
struct Book<'p, 'a> {
    wb: Workbook,
    page: &'p Page<'a>,
    formats: Formats,
    used: Vec<String>,
    /// The category sheets' header row.
    columns: Vec<String>,
}

pub fn results(eval: &Evaluation, lang: Lang) -> Result<Vec<u8>, RenderError> {
    let m = Messages::cached(lang)?;
    let (langs, slugs) = ([lang], BTreeMap::new());
    let page = Page::new(eval, m, &langs, &slugs);
    let mut wb = Workbook::new();
    let fixed = ExcelDateTime::from_ymd(2000, 1, 1)?;
    wb.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&fixed)
            .set_title(m.text(&page.c().award)),
    );
    let mut book = Book {
        wb,
        page: &page,
        formats: Formats::new(),
        used: Vec::new(),
        columns: applicant_columns(&page),
    };
    book.what_if_sheet()?;
    for cat in &eval.ranking.categories {
        book.category_sheet(cat)?;
    }
    book.matrix_sheet()?;
    if !eval.ranking.ineligible.is_empty() {
        book.ineligible_sheet()?;
    }
    book.inputs_sheet()?;
    Ok(book.wb.save_to_buffer()?)
}

/// The category sheets' columns: rank to band, the scores, then the jury's
/// flags, the status and the award.
fn applicant_columns(page: &Page) -> Vec<String> {
    let m = page.m;
    let mut columns: Vec<String> = [
        "rank",
        "xlsx_tied",
        "xlsx_id",
        "xlsx_name_sq",
        "xlsx_name_sr",
        "total",
        "band",
        "evidence_score",
        "jury_score",
    ]
    .iter()
    .map(|k| m.get(k).to_string())
    .collect();
    columns.extend(page.c().criteria.iter().map(|k| m.text(&k.name)));
    columns.extend(
        ["xlsx_jury_flags", "xlsx_status", "xlsx_award"]
            .iter()
            .map(|k| m.get(k).to_string()),
    );
    // With provenance, the part of the evidence score resting on observed
    // evidence, as in the report's ranked tables; last, so the columns
    // before it stay where a secretariat's formulas expect them.
    if page.c().provenance.is_some() {
        columns.push(m.get("observed_short").to_string());
    }
    columns
}

impl Book<'_, '_> {
    fn category_sheet(&mut self, cat: &CategoryRanking) -> Result<(), RenderError> {
        let (page, m) = (self.page, self.page.m);
        let Some(spec) = page.c().categories.iter().find(|k| k.id == cat.category) else {
            return Ok(());
        };
        let name = sheet_name(&m.text(&spec.name), &mut self.used);
        let ws = self.wb.add_worksheet_with_low_memory()?;
        ws.set_name(name)?;
        write_header(ws, &self.columns, &self.formats.header)?;
        let mut r = 1u32;
        for (entry, standing) in jury::members(cat) {
            let Some(a) = page.eval.applicants.at(entry) else {
                continue;
            };
            let (rank, tied, status) = match standing {
                Standing::Ranked { rank, tied } => (Some(rank), tied, "xlsx_status_ranked"),
                Standing::Awaiting => (None, false, "xlsx_status_awaiting"),
                Standing::Excluded => (None, false, "xlsx_status_excluded"),
            };
            let row = Row {
                a,
                rank,
                tied,
                flags: flags(page, entry),
                status: m.get(status),
                award: award(page, entry),
            };
            write_applicant(ws, r, &row, page, &self.formats)?;
            r += 1;
        }
        finish(ws, r, self.columns.len())
    }

    /// The factsheet matrix: each ranked applicant's band per criterion,
    /// coloured, then its total and band, category by category.
    fn matrix_sheet(&mut self) -> Result<(), RenderError> {
        let (page, m) = (self.page, self.page.m);
        let c = page.c();
        let name = sheet_name(m.get("xlsx_sheet_matrix"), &mut self.used);
        let ws = self.wb.add_worksheet_with_low_memory()?;
        ws.set_name(name)?;
        let columns: Vec<String> = ["category", "rank", "xlsx_id", "institution"]
            .iter()
            .map(|k| m.get(k).to_string())
            .chain(c.criteria.iter().map(|k| m.text(&k.name)))
            .chain(["total", "band"].iter().map(|k| m.get(k).to_string()))
            .collect();
        write_header(ws, &columns, &self.formats.header)?;
        let after = 4 + c.criteria.len();
        let mut r = 1u32;
        for cat in &page.eval.ranking.categories {
            let Some(spec) = c.categories.iter().find(|k| k.id == cat.category) else {
                continue;
            };
            if spec.jury_only() {
                continue;
            }
            for p in &cat.placed {
                let Some(a) = page.eval.applicants.at(p.entry) else {
                    continue;
                };
                ws.write_string(r, 0, m.text(&spec.name))?;
                ws.write_number(r, 1, f64::from(p.rank))?;
                ws.write_string(r, 2, &a.institution.id)?;
                ws.write_string(r, 3, super::view::name(a, m.lang()).text)?;
                for (k, (score, kspec)) in a.card.criteria.iter().zip(&c.criteria).enumerate() {
                    let band = page.criterion_band(kspec, score);
                    self.formats.band_cell(ws, r, col(4 + k), band)?;
                }
                ws.write_number_with_format(
                    r,
                    col(after),
                    a.card.total.value(),
                    &self.formats.number,
                )?;
                self.formats
                    .band_cell(ws, r, col(after + 1), page.band(a))?;
                r += 1;
            }
        }
        finish(ws, r, columns.len())
    }

    fn ineligible_sheet(&mut self) -> Result<(), RenderError> {
        let (page, m) = (self.page, self.page.m);
        let name = sheet_name(m.get("xlsx_sheet_ineligible"), &mut self.used);
        let ws = self.wb.add_worksheet_with_low_memory()?;
        ws.set_name(name)?;
        write_header(ws, &self.columns, &self.formats.header)?;
        let mut r = 1u32;
        for &e in &page.eval.ranking.ineligible {
            let Some(a) = page.eval.applicants.at(e) else {
                continue;
            };
            let row = Row {
                a,
                rank: None,
                tied: false,
                flags: String::new(),
                status: m.get("xlsx_status_ineligible"),
                award: String::new(),
            };
            write_applicant(ws, r, &row, page, &self.formats)?;
            r += 1;
        }
        finish(ws, r, self.columns.len())
    }

    /// Every input file with its role, what became of it and each finding,
    /// the finding in the sheet's language.
    /// With a what-if run, a first sheet saying so: each change to the
    /// criteria file, and that the workbook is not the edition's result.
    fn what_if_sheet(&mut self) -> Result<(), RenderError> {
        let (page, m) = (self.page, self.page.m);
        let Some(what_if) = page.what_if() else {
            return Ok(());
        };
        let name = sheet_name(m.get("what_if_sheet"), &mut self.used);
        let ws = self.wb.add_worksheet_with_low_memory()?;
        ws.set_name(name)?;
        let bold = Format::new().set_bold();
        ws.write_string_with_format(0, 0, &what_if.intro, &bold)?;
        let columns = ["what_if_path", "what_if_value", "what_if_previous"];
        for (i, key) in columns.iter().enumerate() {
            ws.write_string_with_format(2, col(i), m.get(key), &self.formats.header)?;
        }
        let mut r = 3u32;
        for change in &what_if.changes {
            ws.write_string(r, 0, &change.path)?;
            ws.write_string(r, 1, &change.value)?;
            ws.write_string(r, 2, change.previous.as_deref().unwrap_or(&change.was))?;
            r += 1;
        }
        ws.write_string_with_format(r + 1, 0, m.get("what_if_note"), &bold)?;
        for (c, width) in [(0u16, 44.0), (1, 24.0), (2, 24.0)] {
            ws.set_column_width(c, width)?;
        }
        Ok(())
    }

    fn inputs_sheet(&mut self) -> Result<(), RenderError> {
        let (page, m) = (self.page, self.page.m);
        let name = sheet_name(m.get("xlsx_sheet_inputs"), &mut self.used);
        let ws = self.wb.add_worksheet_with_low_memory()?;
        ws.set_name(name)?;
        let columns: Vec<String> = [
            "file",
            "role",
            "outcome",
            "xlsx_code",
            "place",
            "xlsx_message",
        ]
        .iter()
        .map(|k| m.get(k).to_string())
        .chain(["SHA-256".to_string()])
        .collect();
        write_header(ws, &columns, &self.formats.header)?;
        let mut r = 1u32;
        for input in &page.eval.inputs {
            let lines: Vec<(String, String, String)> = if input.findings.is_empty() {
                vec![(String::new(), String::new(), String::new())]
            } else {
                input
                    .findings
                    .iter()
                    .map(|f| {
                        (
                            f.code.to_string(),
                            f.at.as_ref().map(ToString::to_string).unwrap_or_default(),
                            f.message(m),
                        )
                    })
                    .collect()
            };
            for (code, place, message) in lines {
                ws.write_string(r, 0, &input.file)?;
                ws.write_string(r, 1, page.role(input.role))?;
                ws.write_string(r, 2, page.input_outcome(input.role, input.outcome))?;
                ws.write_string(r, 3, &code)?;
                ws.write_string(r, 4, &place)?;
                ws.write_string(r, 5, &message)?;
                ws.write_string(r, 6, input.sha256.as_deref().unwrap_or_default())?;
                r += 1;
            }
        }
        finish(ws, r, columns.len())?;
        for (col, width) in [
            (0u16, 34.0),
            (1, 12.0),
            (2, 20.0),
            (3, 8.0),
            (4, 18.0),
            (5, 80.0),
            (6, 20.0),
        ] {
            ws.set_column_width(col, width)?;
        }
        Ok(())
    }
}

fn write_header(
    ws: &mut Worksheet,
    columns: &[String],
    format: &Format,
) -> Result<(), RenderError> {
    for (i, name) in columns.iter().enumerate() {
        ws.write_string_with_format(0, col(i), name, format)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

fn col(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

fn finish(ws: &mut Worksheet, rows: u32, columns: usize) -> Result<(), RenderError> {
    ws.autofilter(
        0,
        0,
        rows.saturating_sub(1).max(1),
        col(columns.saturating_sub(1)),
    )?;
    ws.set_column_width(0, 6.0)?;
    ws.set_column_width(1, 6.0)?;
    ws.set_column_width(2, 14.0)?;
    ws.set_column_width(3, 44.0)?;
    ws.set_column_width(4, 44.0)?;
    for c in 5..columns {
        ws.set_column_width(col(c), 14.0)?;
    }
    Ok(())
}

/// The jury's flags of an applicant, in the sheet's language.
fn flags(page: &Page, entry: ApplicantIx) -> String {
    let words: Vec<&str> = jury::card(page.eval, entry).map_or_else(Vec::new, |c| {
        [
            (c.consensus, "consensus_flag"),
            (c.insufficient, "insufficient_title"),
        ]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, key)| page.m.get(key))
        .collect()
    });
    words.join(", ")
}

/// The award column: the tier's name, or that the jury decides a tie for it.
fn award(page: &Page, entry: ApplicantIx) -> String {
    let (m, c) = (page.m, page.c());
    let name = |id: &str| {
        c.tiers
            .iter()
            .find(|t| t.id == id)
            .map_or_else(|| id.to_string(), |t| m.text(&t.name))
    };
    match jury::award(page.eval, entry) {
        Some(jury::Award::Receives(o)) => name(&o.tier),
        Some(jury::Award::TiedFor(o)) => m.fill("xlsx_tied_for", &[("tier", &name(&o.tier))]),
        None => String::new(),
    }
}

/// One applicant's line of a category sheet.
struct Row<'a> {
    a: &'a Applicant,
    rank: Option<u32>,
    tied: bool,
    /// The jury's flags: consensus meeting, insufficient marks.
    flags: String,
    status: &'a str,
    /// The tier received, or what the jury decides.
    award: String,
}

fn write_applicant(
    ws: &mut Worksheet,
    r: u32,
    row: &Row,
    page: &Page,
    formats: &Formats,
) -> Result<(), RenderError> {
    let (a, number) = (row.a, &formats.number);
    let i = &a.institution;
    if let Some(rank) = row.rank {
        ws.write_number(r, 0, f64::from(rank))?;
    }
    let tied = if row.tied { page.m.get("xlsx_yes") } else { "" };
    ws.write_string(r, 1, tied)?;
    ws.write_string(r, 2, &i.id)?;
    ws.write_string(r, 3, i.name_sq.as_deref().unwrap_or_default())?;
    ws.write_string(r, 4, i.name_sr.as_deref().unwrap_or_default())?;
    // A nominee has no evidence, and no total before the jury's mark.
    if !a.pending() {
        ws.write_number_with_format(r, 5, a.card.total.value(), number)?;
        formats.band_cell(ws, r, 6, page.band(a))?;
    }
    if a.nominee.is_none() {
        ws.write_number_with_format(r, 7, a.card.evidence.value(), number)?;
    }
    if let Some(j) = a.card.jury {
        ws.write_number_with_format(r, 8, j.score.value(), number)?;
    }
    for (k, score) in a.card.criteria.iter().enumerate() {
        ws.write_number_with_format(r, col(9 + k), score.score.value(), number)?;
    }
    let after = 9 + page.c().criteria.len();
    ws.write_string(r, col(after), &row.flags)?;
    ws.write_string(r, col(after + 1), row.status)?;
    ws.write_string(r, col(after + 2), &row.award)?;
    if let Some(o) = a.card.observed {
        ws.write_number_with_format(r, col(after + 3), o.observed.value(), number)?;
    }
    Ok(())
}
