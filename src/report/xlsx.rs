//! `results.xlsx`: the ranking for people who live in spreadsheets. Fixed
//! document properties keep the file byte-identical across runs.

use super::RenderError;
use super::jury::{self, Standing};
use crate::evaluate::{Applicant, Evaluation};
use crate::ix::PerApplicant;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet,
};

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

pub fn results(eval: &Evaluation) -> Result<Vec<u8>, RenderError> {
    let c = &eval.criteria.criteria;
    let mut wb = Workbook::new();
    let fixed = ExcelDateTime::from_ymd(2000, 1, 1)?;
    wb.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&fixed)
            .set_title(&c.award.en),
    );
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xF2F2F2))
        .set_border_bottom(FormatBorder::Thin);
    let number = Format::new().set_num_format("0.00");
    let bands: Vec<Format> = BAND_COLOURS
        .iter()
        .map(|&rgb| Format::new().set_background_color(Color::RGB(rgb)))
        .collect();
    let mut used = Vec::new();
    let mut columns = vec![
        "Rank",
        "Tied",
        "ID",
        "Name (sq)",
        "Name (sr)",
        "Total",
        "Band",
        "Evidence",
        "Jury",
    ];
    columns.extend(c.criteria.iter().map(|k| k.name.en.as_str()));
    columns.extend(["Jury flag", "Status", "Award"]);
    for cat in &eval.ranking.categories {
        let Some(spec) = c.categories.iter().find(|k| k.id == cat.category) else {
            continue;
        };
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&spec.name.en, &mut used))?;
        write_header(ws, &columns, &header)?;
        let mut r = 1u32;
        for (entry, standing) in jury::members(cat) {
            let Some(a) = eval.applicants.at(entry) else {
                continue;
            };
            let (rank, tied, status) = match standing {
                Standing::Ranked { rank, tied } => (Some(rank), tied, "ranked"),
                Standing::Awaiting => (None, false, "awaiting jury marks"),
                Standing::Excluded => (None, false, "excluded by a gate"),
            };
            let flags = jury::flags(eval, entry).join(" ");
            let award = tier_name(c, jury::award(eval, entry));
            let row = Row {
                a,
                rank,
                tied,
                flags: &flags,
                status,
                award: &award,
            };
            write_applicant(ws, r, &row, c, &number, &bands)?;
            r += 1;
        }
        finish(ws, r, columns.len())?;
    }
    if !eval.ranking.ineligible.is_empty() {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name("Ineligible", &mut used))?;
        write_header(ws, &columns, &header)?;
        let mut r = 1u32;
        for &e in &eval.ranking.ineligible {
            let Some(a) = eval.applicants.at(e) else {
                continue;
            };
            let row = Row {
                a,
                rank: None,
                tied: false,
                flags: "",
                status: "ineligible",
                award: "",
            };
            write_applicant(ws, r, &row, c, &number, &bands)?;
            r += 1;
        }
        finish(ws, r, columns.len())?;
    }
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name("Inputs", &mut used))?;
    let input_columns = [
        "File", "Role", "Outcome", "Code", "Place", "Message", "SHA-256",
    ];
    write_header(ws, &input_columns, &header)?;
    let mut r = 1u32;
    for input in &eval.inputs {
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
                        f.english(),
                    )
                })
                .collect()
        };
        for (code, place, message) in lines {
            ws.write_string(r, 0, &input.file)?;
            ws.write_string(r, 1, jury::role_word(input.role))?;
            ws.write_string(r, 2, jury::outcome_word(input.role, input.outcome))?;
            ws.write_string(r, 3, &code)?;
            ws.write_string(r, 4, &place)?;
            ws.write_string(r, 5, &message)?;
            ws.write_string(r, 6, input.sha256.as_deref().unwrap_or_default())?;
            r += 1;
        }
    }
    finish(ws, r, input_columns.len())?;
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
    Ok(wb.save_to_buffer()?)
}

fn write_header(ws: &mut Worksheet, columns: &[&str], format: &Format) -> Result<(), RenderError> {
    for (i, name) in columns.iter().enumerate() {
        ws.write_string_with_format(0, col(i), *name, format)?;
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

/// One applicant's line of a category sheet.
/// The award column: the tier's English name, as the rest of the sheet.
fn tier_name(c: &crate::criteria::Criteria, award: Option<jury::Award>) -> String {
    let name = |id: &str| {
        c.tiers
            .iter()
            .find(|t| t.id == id)
            .map_or_else(|| id.to_string(), |t| t.name.en.clone())
    };
    match award {
        Some(jury::Award::Receives(o)) => name(&o.tier),
        Some(jury::Award::TiedFor(o)) => format!("tied for {}: jury decides", name(&o.tier)),
        None => String::new(),
    }
}

struct Row<'a> {
    a: &'a Applicant,
    rank: Option<u32>,
    tied: bool,
    /// The jury's flags: consensus, insufficient.
    flags: &'a str,
    status: &'a str,
    /// The tier received, by its English name, or what the jury decides.
    award: &'a str,
}

fn write_applicant(
    ws: &mut Worksheet,
    r: u32,
    row: &Row,
    c: &crate::criteria::Criteria,
    number: &Format,
    bands: &[Format],
) -> Result<(), RenderError> {
    let Row {
        a,
        rank,
        tied,
        flags,
        status,
        award,
    } = *row;
    let i = &a.institution;
    if let Some(rank) = rank {
        ws.write_number(r, 0, f64::from(rank))?;
    }
    ws.write_string(r, 1, if tied { "yes" } else { "" })?;
    ws.write_string(r, 2, &i.id)?;
    ws.write_string(r, 3, i.name_sq.as_deref().unwrap_or_default())?;
    ws.write_string(r, 4, i.name_sr.as_deref().unwrap_or_default())?;
    ws.write_number_with_format(r, 5, a.card.total.value(), number)?;
    let band = c.bands.get(a.card.band).map_or("", |b| b.name.en.as_str());
    match bands.get(a.card.band) {
        Some(format) => ws.write_string_with_format(r, 6, band, format)?,
        None => ws.write_string(r, 6, band)?,
    };
    ws.write_number_with_format(r, 7, a.card.evidence.value(), number)?;
    if let Some(j) = a.card.jury {
        ws.write_number_with_format(r, 8, j.score.value(), number)?;
    }
    for (k, score) in a.card.criteria.iter().enumerate() {
        ws.write_number_with_format(r, col(9 + k), score.score.value(), number)?;
    }
    let after = 9 + a.card.criteria.len();
    ws.write_string(r, col(after), flags)?;
    ws.write_string(r, col(after + 1), status)?;
    ws.write_string(r, col(after + 2), award)?;
    Ok(())
}
