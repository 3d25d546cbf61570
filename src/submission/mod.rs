//! Reads one applicant's workbook into a compact, typed submission. Sheets
//! and columns are found by name in any of the award's languages; every cell
//! that cannot be used becomes a finding with its exact place.

pub(crate) mod cells;
mod code;
mod evidence;
mod finding;
pub(crate) mod grid;
pub mod institution;
mod load;
mod ods;
mod sniff;

pub use cells::parse_date_time;
pub use code::FindingCode;
pub use finding::{Finding, Level};
pub use institution::Institution;
pub use load::Loaded;
pub use sniff::Format;

use crate::criteria::Criteria;
use crate::criteria::languages::MunicipalityIndex;
use crate::text::{FoldedSet, fold};
use chrono::NaiveDateTime;
use grid::Book;
use institution::{INSTITUTION_SHEET, INSTITUTION_SHEET_NAMES};
use serde::Serialize;
use sniff::Sniffed;
use std::fmt;
use std::path::Path;

/// Resource budgets that keep one hostile workbook from exhausting memory.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_file_bytes: u64,
    pub max_cells: usize,
    pub max_sheets: usize,
    pub max_chars: usize,
    /// What a zipped workbook (xlsx, ods) may declare it unpacks to.
    pub max_unzipped_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 50 * 1024 * 1024,
            max_cells: 1_000_000,
            max_sheets: 200,
            max_chars: 32_767,
            max_unzipped_bytes: 512 * 1024 * 1024,
        }
    }
}

/// A typed cell value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Empty,
    Text(String),
    Bool(bool),
    DateTime(NaiveDateTime),
    Number(f64),
    Choice(String),
}

impl Value {
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(s) => s.is_empty(),
            _ => false,
        }
    }
}

/// A place in a workbook, shown as `Signage!C7`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CellRef {
    pub sheet: String,
    /// 1-based row number as the spreadsheet shows it.
    pub row: u32,
    /// 0-based column index; `None` for a whole row or sheet.
    pub column: Option<u32>,
}

impl CellRef {
    pub fn cell(sheet: &str, row0: u32, col0: u32) -> Self {
        CellRef {
            sheet: sheet.to_string(),
            row: row0.saturating_add(1),
            column: Some(col0),
        }
    }
}

/// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(mut col: u32) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'A' + (col % 26) as u8));
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    letters.iter().rev().collect()
}

impl Serialize for CellRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(c) => write!(f, "{}!{}{}", self.sheet, column_letters(c), self.row),
            None if self.row == 0 => write!(f, "{}", self.sheet),
            None => write!(f, "{}!row {}", self.sheet, self.row),
        }
    }
}

/// One evidence row: its spreadsheet row number and one value per declared
/// column, then one per provenance column the criteria declare.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub number: u32,
    pub values: Vec<Value>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceSheet {
    /// The sheet's name as the applicant wrote it, for `Sheet!C7` references.
    pub name: String,
    /// The spreadsheet column (0-based) of each declared column, if found.
    pub columns: Vec<Option<u32>>,
    pub rows: Vec<Row>,
}

/// Everything langaward keeps of a workbook: small, typed, no raw cells.
#[derive(Debug, Clone, Serialize)]
pub struct Submission {
    pub institution: Institution,
    /// One per sheet declared in the criteria, in the same order.
    pub sheets: Vec<EvidenceSheet>,
}

/// What reading one input file produced.
#[derive(Debug, Clone)]
pub enum Read<T = Submission> {
    Usable {
        value: Box<T>,
        findings: Vec<Finding>,
    },
    Rejected {
        findings: Vec<Finding>,
    },
    Skipped {
        reason: Finding,
    },
}

/// Reads one applicant's workbook. Never panics on its content: anything
/// unusable is a rejection with a reason. To read many workbooks with the
/// same criteria, prepare a [`Reader`] once instead.
pub fn read(path: &Path, criteria: &Criteria, limits: &Limits) -> Read {
    Reader::new(criteria).read(path, limits)
}

/// What reading workbooks needs from the criteria, prepared once for all of
/// them: every name a sheet, column, choice or kind is accepted by, folded,
/// and the municipalities by name. Every cell compared with a label then
/// costs one fold of its own text, where folding the labels again for each
/// comparison used to cost more than reading the workbook.
pub struct Reader<'a> {
    criteria: &'a Criteria,
    /// One per declared sheet, in the criteria's order.
    sheets: Vec<SheetLabels>,
    /// Each kind's id and names, in the criteria's order.
    kinds: Vec<FoldedSet>,
    municipalities: MunicipalityIndex<'a>,
}

/// A declared sheet's names and its columns', folded.
struct SheetLabels {
    names: FoldedSet,
    /// The header names each declared column is found by.
    header: evidence::HeaderNames,
    /// One per declared column, in the sheet's order: the spellings of its
    /// choices (see [`cells::choice_labels`]).
    choices: Vec<Vec<FoldedSet>>,
}

/// Names in every language and script, then the key, then the aliases:
/// everything a sheet or column is found by.
fn names_of(name: &crate::criteria::Text, key: &str, aliases: &[String]) -> FoldedSet {
    let spellings = crate::i18n::spellings(name);
    FoldedSet::new(
        spellings
            .iter()
            .map(AsRef::as_ref)
            .chain([key])
            .chain(aliases.iter().map(String::as_str)),
    )
}

impl<'a> Reader<'a> {
    pub fn new(criteria: &'a Criteria) -> Reader<'a> {
        let sheets = criteria
            .sheets
            .iter()
            .map(|spec| SheetLabels {
                names: names_of(&spec.name, &spec.key, &spec.aliases),
                header: evidence::HeaderNames::new(
                    criteria
                        .columns_of(spec)
                        .map(|c| names_of(&c.name, &c.key, &c.aliases)),
                ),
                choices: criteria
                    .columns_of(spec)
                    .map(|c| cells::choice_labels(&c.ty))
                    .collect(),
            })
            .collect();
        let kinds = criteria
            .kinds
            .iter()
            .map(|k| names_of(&k.name, &k.id, &[]))
            .collect();
        Reader {
            criteria,
            sheets,
            kinds,
            municipalities: MunicipalityIndex::new(&criteria.languages),
        }
    }

    /// See [`read`].
    pub fn read(&self, path: &Path, limits: &Limits) -> Read {
        self.read_loaded(path, Loaded::read(path, limits), limits)
    }

    /// [`Reader::read`] of what was already `loaded` from `path` (and
    /// hashed, say), so the file is read from disk once.
    pub fn read_loaded(&self, path: &Path, loaded: Loaded, limits: &Limits) -> Read {
        open_loaded(path, loaded, limits, |book, findings| {
            read_book(self, book, limits, findings)
        })
    }
}

/// Opens any workbook the way submissions are opened (size limit, format by
/// content, parser panics isolated) and hands it to `read`; the jury's
/// sheets get the same care as the applicants' workbooks.
pub(crate) fn open_with<T>(
    path: &Path,
    limits: &Limits,
    read: impl FnOnce(&mut Book, &mut Vec<Finding>) -> Result<T, Finding>,
) -> Read<T> {
    open_loaded(path, Loaded::read(path, limits), limits, read)
}

/// [`open_with`] of what was already `loaded` from `path`.
fn open_loaded<T>(
    path: &Path,
    loaded: Loaded,
    limits: &Limits,
    read: impl FnOnce(&mut Book, &mut Vec<Finding>) -> Result<T, Finding>,
) -> Read<T> {
    let rejected = |f: Finding| Read::Rejected { findings: vec![f] };
    let (format, renamed_from, bytes) = match sniff::sniff(path, loaded, limits) {
        Sniffed::Workbook {
            format,
            renamed_from,
            bytes,
        } => (format, renamed_from, bytes),
        Sniffed::Skip(reason) => return Read::Skipped { reason },
        Sniffed::Reject(finding) => return rejected(finding),
    };
    let mut findings = Vec::new();
    if let Some(claimed) = renamed_from {
        findings.push(
            Finding::new(FindingCode::S007)
                .arg("actual", format.extension())
                .arg("claimed", claimed.extension()),
        );
    }
    // A panic inside the spreadsheet parser on a damaged or hostile file
    // must cost only this file: it becomes a rejection (fuzzing found such
    // inputs, e.g. a truncated .xls).
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut found = Vec::new();
        let result = Book::open(bytes, format, limits)
            .map_err(|e| e.finding())
            .and_then(|mut book| read(&mut book, &mut found));
        (result, found)
    }));
    match parsed {
        Ok((result, found)) => {
            findings.extend(found);
            match result {
                Ok(value) => Read::Usable {
                    value: Box::new(value),
                    findings,
                },
                Err(f) => {
                    findings.push(f);
                    Read::Rejected { findings }
                }
            }
        }
        Err(_) => {
            findings.push(Finding::new(FindingCode::S099));
            Read::Rejected { findings }
        }
    }
}

fn read_book(
    reader: &Reader,
    book: &mut Book,
    limits: &Limits,
    findings: &mut Vec<Finding>,
) -> Result<Submission, Finding> {
    let criteria = reader.criteria;
    let sheets = book.sheets();
    if sheets.len() > limits.max_sheets {
        return Err(Finding::new(FindingCode::S012)
            .count("count", sheets.len())
            .arg("limit", limits.max_sheets));
    }
    let folded: Vec<String> = sheets.iter().map(|s| fold(&s.name)).collect();
    let mut budget = limits.max_cells;
    let Some(info) = find_sheet(&sheets, &folded, &INSTITUTION_SHEET_NAMES) else {
        let found: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
        return Err(Finding::new(FindingCode::S020)
            .arg("looked_for", INSTITUTION_SHEET.join(", "))
            .arg("found", found.join(", ")));
    };
    let institution_sheet = info.name.clone();
    let cells = book
        .cells(&institution_sheet, limits, &mut budget)
        .map_err(|e| e.finding())?;
    uncached_formulas(&institution_sheet, &cells, findings);
    let institution = institution::institution(reader, &institution_sheet, &cells.cells, findings)?;
    let mut evidence = Vec::with_capacity(criteria.sheets.len());
    for (index, (spec, labels)) in criteria.sheets.iter().zip(&reader.sheets).enumerate() {
        // Columns for languages the applicant does not owe on this sheet
        // may be left out.
        let owed = owed_on(reader, institution.municipality.as_deref(), index);
        let declared = evidence::Declared {
            spec,
            read: criteria.columns_of(spec).collect(),
        };
        match find_sheet(&sheets, &folded, &labels.names) {
            None => {
                if !spec.optional {
                    findings.push(
                        Finding::new(FindingCode::S030)
                            .arg("sheet", all_names(&spec.name, &spec.aliases)),
                    );
                }
                evidence.push(EvidenceSheet {
                    name: spec.name.en.clone(),
                    columns: vec![None; declared.read.len()],
                    rows: Vec::new(),
                });
            }
            Some(info) => {
                let whole = CellRef {
                    sheet: info.name.clone(),
                    row: 0,
                    column: None,
                };
                if info.hidden {
                    findings.push(Finding::new(FindingCode::S031).at(whole.clone()));
                }
                let name = info.name.clone();
                let cells = book
                    .cells(&name, limits, &mut budget)
                    .map_err(|e| e.finding().at(whole))?;
                uncached_formulas(&name, &cells, findings);
                evidence.push(evidence::evidence_sheet(
                    &name,
                    &declared,
                    labels,
                    &cells.cells,
                    limits,
                    &owed,
                    findings,
                ));
            }
        }
    }
    Ok(Submission {
        institution,
        sheets: evidence,
    })
}

/// The languages whose columns sheet `index` must have: those owed by the
/// criteria whose indicators read it. A municipality owing Turkish only as
/// a language in official use owes it on the services sheet, not on signs.
fn owed_on(reader: &Reader, municipality: Option<&str>, index: usize) -> Vec<String> {
    let mut owed: Vec<String> = Vec::new();
    let reading = reader
        .criteria
        .criteria
        .iter()
        .filter(|k| k.indicators.iter().any(|i| i.sheet == index));
    for k in reading {
        let languages = reader.municipalities.owed(municipality, k.in_official_use);
        for language in languages.languages {
            if !owed.contains(&language) {
                owed.push(language);
            }
        }
    }
    owed
}

fn uncached_formulas(sheet: &str, cells: &grid::SheetCells, findings: &mut Vec<Finding>) {
    for (r, c, formula) in &cells.uncached {
        let (formula, _) = crate::text::truncate(formula, 60);
        findings.push(
            Finding::new(FindingCode::S048)
                .at(CellRef::cell(sheet, *r, *c))
                .arg("formula", formula),
        );
    }
}

/// "Signage / Mbishkrimet / Natpisi": every name a sheet or column is found by.
fn all_names(name: &crate::criteria::Text, aliases: &[String]) -> String {
    let mut names: Vec<&str> = vec![&name.en, &name.sq, &name.sr];
    names.extend(aliases.iter().map(String::as_str));
    names.dedup();
    names.join(" / ")
}

/// The first visible sheet with one of the `wanted` names, else the first
/// hidden one; `folded` holds each sheet's name folded, in the same order.
fn find_sheet<'a>(
    sheets: &'a [grid::SheetInfo],
    folded: &[String],
    wanted: &FoldedSet,
) -> Option<&'a grid::SheetInfo> {
    let named = || {
        sheets
            .iter()
            .zip(folded)
            .filter(|(_, f)| wanted.contains(f))
            .map(|(s, _)| s)
    };
    named().find(|s| !s.hidden).or_else(|| named().next())
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_refs_read_like_a_spreadsheet() {
        assert_eq!(CellRef::cell("Signage", 6, 2).to_string(), "Signage!C7");
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(16_383), "XFD");
        let row = CellRef {
            sheet: "Communication".into(),
            row: 14,
            column: None,
        };
        assert_eq!(row.to_string(), "Communication!row 14");
    }
}
