//! Juror sheets filled by code: the bundled sample jury's marks, and the marks
//! tests write into the blank sheets `langaward jury-sheets` makes.
//!
//! The sample's sheets are filled the way a juror fills them: a mark per row and,
//! for two applicants, a declared conflict of interest. The jurors are placeholders
//! and every mark is FICTIONAL, like the evidence they judge. What the marks
//! demonstrate:
//!
//! - most marks follow the evidence score (a tenth of it, rounded), with juror B one point
//!   more lenient and juror C one point harsher, and a small spread between jurors;
//! - `mlga` and `mrd` (equal evidence totals) and `ais` and `kas` (fully equal evidence)
//!   get 8 from every juror, so the jury leaves their ties as they were;
//! - juror D declares a personal relationship with `mrd`, juror C a professional conflict
//!   with `cbk`: those marks are removed and listed with the reason;
//! - juror B's institution is `kjc`: the sheet has no row for it, and the report lists the
//!   recusal;
//! - juror E marks Gjilan's communication 1 where the others give 8 or 9: the spread sends
//!   Gjilan to the consensus meeting;
//! - the FICTIONAL nominees of "Individuals and civil society", which the jury alone judges,
//!   get one mark each from jurors A, B and C (the jurors of that category): Drita Berisha
//!   9 (juror B 10, juror C 8), Romani Glasi 9 (juror C 8) and Milan Petrović 7 (juror B 8,
//!   juror C 6), so the category is decided: 90.00, 86.67 and 70.00.
//!
//! With other submissions (the benchmark's corpus), the same rules fill the sheets.

use crate::Result;
use crate::xlsx::{cell_span, rezip};
use calamine::{Data, DataType, Reader};
use std::path::{Path, PathBuf};

/// What a juror writes into a cell.
#[derive(Debug, Clone)]
pub enum Entry {
    Number(f64),
    Text(String),
}

/// Writes `entries` (cell, e.g. "F7", and value) into the Marks sheet of the juror
/// workbook at `path`, as a spreadsheet program would save them.
pub fn fill(path: &Path, entries: &[(String, Entry)]) -> Result<()> {
    fill_sheet(path, 1, entries)
}

/// Like [`fill`], in the workbook's `sheet`-th sheet (1: Marks, 2: Juror).
pub fn fill_sheet(path: &Path, sheet: usize, entries: &[(String, Entry)]) -> Result<()> {
    let target = format!("xl/worksheets/sheet{sheet}.xml");
    rezip(path, |name, content| {
        if name != target {
            return Ok(Some(content));
        }
        let mut xml = String::from_utf8(content)?;
        for (cell, value) in entries {
            xml = set_cell(&xml, cell, value)?;
        }
        Ok(Some(xml.into_bytes()))
    })
}

/// Replaces the cell element `<c r="F7" …/>` (written blank) with one holding `value`,
/// keeping its style.
fn set_cell(xml: &str, cell: &str, value: &Entry) -> Result<String> {
    let (start, open_end, end) = cell_span(xml, cell)?;
    let head = &xml[start..open_end];
    let style = head
        .split_once(" s=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(s, _)| format!(" s=\"{s}\""))
        .unwrap_or_default();
    let element = match value {
        Entry::Number(n) => format!("<c r=\"{cell}\"{style}><v>{n}</v></c>"),
        Entry::Text(t) => {
            let t = t
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            format!("<c r=\"{cell}\"{style} t=\"inlineStr\"><is><t>{t}</t></is></c>")
        }
    };
    Ok(format!("{}{element}{}", &xml[..start], &xml[end..]))
}

/// One row of a blank Marks sheet: its 1-based row number, institution id,
/// criterion and evidence score.
pub struct Row {
    pub row: u32,
    pub id: String,
    pub criterion: String,
    pub evidence: f64,
}

/// The rows of the Marks sheet of the juror workbook at `path`.
pub fn rows(path: &Path) -> Result<Vec<Row>> {
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(path)?;
    // The Marks sheet comes first, whatever language names it.
    let range = book
        .worksheet_range_at(0)
        .ok_or("a juror workbook without sheets")??;
    let text = |d: Option<&Data>| d.map(|d| d.to_string()).unwrap_or_default();
    Ok(range
        .rows()
        .enumerate()
        .skip(1)
        .map(|(i, r)| Row {
            row: i as u32 + 1,
            id: text(r.get(1)),
            criterion: text(r.get(3)),
            evidence: r.get(4).and_then(|d| d.as_f64()).unwrap_or(0.0),
        })
        .collect())
}

/// Writes the blank juror sheets langaward made (file name and bytes) into `dir` and
/// fills each the way the sample's juror of that name does; returns their paths.
pub fn write_sample_jury(blank: Vec<(String, Vec<u8>)>, dir: &Path) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for (name, bytes) in blank {
        let path = dir.join(name);
        std::fs::write(&path, bytes)?;
        fill_as_sample(&path)?;
        written.push(path);
    }
    Ok(written)
}

/// Fills the sheet at `path` with what its juror (named by the file) writes in the sample.
fn fill_as_sample(path: &Path) -> Result<()> {
    let juror = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let entries: Vec<(String, Entry)> = rows(path)?
        .iter()
        .flat_map(|r| sample_entry(juror, r))
        .collect();
    fill(path, &entries)
}

/// What each sample juror writes in one row (see the module comment).
fn sample_entry(juror: &str, r: &Row) -> Vec<(String, Entry)> {
    let conflict = match (juror, r.id.as_str()) {
        ("juror-d", "mrd") => Some("personal relationship"),
        ("juror-c", "cbk") => Some("professional conflict"),
        _ => None,
    };
    if let Some(reason) = conflict {
        return vec![(format!("H{}", r.row), Entry::Text(reason.to_string()))];
    }
    let bias = match juror {
        "juror-b" => 1.0,
        "juror-c" => -1.0,
        _ => 0.0,
    };
    // A spread between jurors that depends on nothing but the row.
    let wobble: f64 = match (r.id.len() + r.criterion.len() + juror.len()) % 3 {
        0 => -1.0,
        1 => 0.0,
        _ => 1.0,
    };
    let mark = match (juror, r.id.as_str(), r.criterion.as_str()) {
        (_, "drita-berisha", _) => 9.0 + bias,
        (_, "milan-petrovic", _) => 7.0 + bias,
        ("juror-c", "romani-glasi", _) => 8.0,
        (_, "romani-glasi", _) => 9.0,
        (_, "mlga" | "mrd" | "ais" | "kas", _) => 8.0,
        ("juror-e", "gjilan", "Public communication") => 1.0,
        (_, "gjilan", "Public communication") => 8.0 + wobble.max(0.0),
        _ => ((r.evidence / 10.0).round() + bias + wobble).clamp(0.0, 10.0),
    };
    vec![(format!("F{}", r.row), Entry::Number(mark))]
}
