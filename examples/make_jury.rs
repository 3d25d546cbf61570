//! Fills the bundled sample's juror sheets in `jury/`.
//!
//! ```text
//! cargo run --example make_jury [DIR] [SUBMISSIONS]   # defaults: jury/ and submissions/
//! ```
//!
//! With other submissions (the benchmark's corpus), the same rules fill the sheets.
//!
//! The sheets are the ones `langaward jury-sheets` writes for the bundled criteria and
//! submissions, filled the way a juror fills them: a mark per row and, for two applicants,
//! a declared conflict of interest. The jurors are placeholders and every mark is
//! FICTIONAL, like the evidence they judge. What the marks demonstrate:
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
//!   Gjilan to the consensus meeting.
//!
//! Tests include this file with `#[path = "../../examples/make_jury.rs"] mod make_jury;`
//! and use [`fill`] to fill sheets of their own.

#![allow(dead_code)]

use calamine::{Data, DataType, Reader};
use std::error::Error;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

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

/// Rewrites the zip at `path` entry by entry; `edit` returns an entry's new
/// content, or `None` to leave the entry out.
pub fn rezip(
    path: &Path,
    mut edit: impl FnMut(&str, Vec<u8>) -> Result<Option<Vec<u8>>>,
) -> Result<()> {
    let bytes = std::fs::read(path)?;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let name = entry.name()?.to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content)?;
        if let Some(content) = edit(&name, content)? {
            out.start_file(name, zip::write::SimpleFileOptions::default())?;
            out.write_all(&content)?;
        }
    }
    std::fs::write(path, out.finish()?.into_inner())?;
    Ok(())
}

/// Where the element of `cell` (e.g. "F7") lies in a worksheet's XML: its
/// start, the end of its opening tag, and its end — for `<c …/>` as well as
/// `<c …>…</c>`.
pub fn cell_span(xml: &str, cell: &str) -> Result<(usize, usize, usize)> {
    let start = xml
        .find(&format!("<c r=\"{cell}\""))
        .ok_or_else(|| format!("no cell {cell}"))?;
    let open_end = start + xml[start..].find('>').ok_or("unclosed cell")?;
    let end = if xml[..open_end].ends_with('/') {
        open_end + 1
    } else {
        open_end + xml[open_end..].find("</c>").ok_or("unclosed cell")? + 4
    };
    Ok((start, open_end, end))
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
    let range = book.worksheet_range("Marks")?;
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

/// Writes the blank sheets `langaward jury-sheets` makes for the bundled criteria and
/// `submissions` into `dir`; returns their paths.
pub fn write_blank(root: &Path, submissions: &Path, dir: &Path) -> Result<Vec<PathBuf>> {
    let options = langaward::evaluate::Options {
        criteria: root.join("criteria").join("2026.yaml"),
        submissions: vec![submissions.to_path_buf()],
        jury: None,
        jury_by_default: false,
        limits: langaward::submission::Limits::default(),
    };
    let eval = langaward::evaluate::evaluate(&options)?;
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for (name, bytes) in langaward::forms::juror::sheets(&eval)? {
        let path = dir.join(name);
        std::fs::write(&path, bytes)?;
        written.push(path);
    }
    Ok(written)
}

/// The bundled sample's filled juror sheets, written into `dir`.
pub fn write_jury(root: &Path, dir: &Path) -> Result<Vec<PathBuf>> {
    write_jury_for(root, &root.join("submissions"), dir)
}

/// Filled juror sheets for `submissions`, written into `dir`.
pub fn write_jury_for(root: &Path, submissions: &Path, dir: &Path) -> Result<Vec<PathBuf>> {
    let written = write_blank(root, submissions, dir)?;
    for path in &written {
        let juror = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let entries: Vec<(String, Entry)> = rows(path)?
            .iter()
            .flat_map(|r| sample_entry(&juror, r))
            .collect();
        fill(path, &entries)?;
    }
    Ok(written)
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
        (_, "mlga" | "mrd" | "ais" | "kas", _) => 8.0,
        ("juror-e", "gjilan", "Public communication") => 1.0,
        (_, "gjilan", "Public communication") => 8.0 + wobble.max(0.0),
        _ => ((r.evidence / 10.0).round() + bias + wobble).clamp(0.0, 10.0),
    };
    vec![(format!("F{}", r.row), Entry::Number(mark))]
}

fn main() -> Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let dir = args.next().unwrap_or_else(|| root.join("jury"));
    let submissions = args.next().unwrap_or_else(|| root.join("submissions"));
    for path in write_jury_for(root, &submissions, &dir)? {
        println!("wrote {}", path.display());
    }
    Ok(())
}
