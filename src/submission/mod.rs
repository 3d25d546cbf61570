//! Reads one applicant's workbook into a compact, typed submission. Sheets
//! and columns are found by name in any of the award's languages; every cell
//! that cannot be used becomes a finding with its exact place.

pub(crate) mod cells;
mod finding;
pub(crate) mod grid;
mod ods;
mod sniff;

pub use cells::parse_date_time;
pub use finding::{Finding, Level};
pub use sniff::Format;

use crate::criteria::languages::MunicipalityIndex;
use crate::criteria::{ColumnType, Criteria, SheetSpec};
use crate::text::{FoldedSet, fold};
use calamine::Data;
use chrono::{NaiveDate, NaiveDateTime};
use grid::{Book, Cell};
use serde::Serialize;
use sniff::Sniffed;
use std::fmt;
use std::path::Path;
use std::sync::LazyLock;

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

/// The applicant as it describes itself on the Institution sheet.
#[derive(Debug, Clone, Serialize)]
pub struct Institution {
    pub id: String,
    pub name_sq: Option<String>,
    pub name_sr: Option<String>,
    pub name_sr_cyrl: Option<String>,
    pub kind: String,
    pub municipality: Option<String>,
    pub contact: Option<String>,
    pub submitted: Option<NaiveDate>,
    pub edition: Option<i64>,
    /// The workbook says its evidence is a fictional sample.
    pub sample: bool,
}

/// One evidence row: its spreadsheet row number and one value per declared column.
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
    /// One per declared column, in the sheet's order.
    columns: Vec<ColumnLabels>,
}

struct ColumnLabels {
    /// The header names the column is found by.
    names: FoldedSet,
    /// See [`cells::choice_labels`].
    choices: Vec<FoldedSet>,
}

/// Names in every language, then the key, then the aliases: everything a
/// sheet or column is found by.
fn names_of<'a>(
    name: &'a crate::criteria::Text,
    key: &'a str,
    aliases: &'a [String],
) -> impl Iterator<Item = &'a str> {
    name.all()
        .into_iter()
        .chain([key])
        .chain(aliases.iter().map(String::as_str))
}

impl<'a> Reader<'a> {
    pub fn new(criteria: &'a Criteria) -> Reader<'a> {
        let sheets = criteria
            .sheets
            .iter()
            .map(|spec| SheetLabels {
                names: FoldedSet::new(names_of(&spec.name, &spec.key, &spec.aliases)),
                columns: spec
                    .columns
                    .iter()
                    .map(|c| ColumnLabels {
                        names: FoldedSet::new(names_of(&c.name, &c.key, &c.aliases)),
                        choices: cells::choice_labels(&c.ty),
                    })
                    .collect(),
            })
            .collect();
        let kinds = criteria
            .kinds
            .iter()
            .map(|k| FoldedSet::new(std::iter::once(k.id.as_str()).chain(k.name.all())))
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
        open_with(path, limits, |book, findings| {
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
    let rejected = |f: Finding| Read::Rejected { findings: vec![f] };
    if let Ok(meta) = std::fs::metadata(path)
        && meta.is_file()
        && meta.len() > limits.max_file_bytes
    {
        let mb = |b: u64| b.div_ceil(1024 * 1024);
        return rejected(
            Finding::error("S010")
                .arg("size", mb(meta.len()))
                .arg("limit", mb(limits.max_file_bytes)),
        );
    }
    let (format, renamed_from) = match sniff::sniff(path, limits) {
        Sniffed::Workbook {
            format,
            renamed_from,
        } => (format, renamed_from),
        Sniffed::Skip(reason) => return Read::Skipped { reason },
        Sniffed::Reject(finding) => return rejected(finding),
    };
    let mut findings = Vec::new();
    if let Some(claimed) = renamed_from {
        findings.push(
            Finding::warning("S007")
                .arg("actual", format.extension())
                .arg("claimed", claimed.extension()),
        );
    }
    // A panic inside the spreadsheet parser on a damaged or hostile file
    // must cost only this file: it becomes a rejection (fuzzing found such
    // inputs, e.g. a truncated .xls).
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut found = Vec::new();
        let result = Book::open(path, format, limits)
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
            findings.push(Finding::error("S099"));
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
        return Err(Finding::error("S012")
            .count("count", sheets.len())
            .arg("limit", limits.max_sheets));
    }
    let folded: Vec<String> = sheets.iter().map(|s| fold(&s.name)).collect();
    let mut budget = limits.max_cells;
    let Some(info) = find_sheet(&sheets, &folded, &INSTITUTION_SHEET_NAMES) else {
        let found: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
        return Err(Finding::error("S020")
            .arg("looked_for", INSTITUTION_SHEET.join(", "))
            .arg("found", found.join(", ")));
    };
    let institution_sheet = info.name.clone();
    let cells = book
        .cells(&institution_sheet, limits, &mut budget)
        .map_err(|e| e.finding())?;
    uncached_formulas(&institution_sheet, &cells, findings);
    let institution = institution(reader, &institution_sheet, &cells.cells, findings)?;
    // Columns for languages the applicant does not owe may be left out.
    let in_use = criteria.criteria.iter().any(|k| k.in_official_use);
    let owed = reader
        .municipalities
        .owed(institution.municipality.as_deref(), in_use)
        .languages;

    let mut evidence = Vec::with_capacity(criteria.sheets.len());
    for (spec, labels) in criteria.sheets.iter().zip(&reader.sheets) {
        match find_sheet(&sheets, &folded, &labels.names) {
            None => {
                findings.push(
                    Finding::warning("S030").arg("sheet", all_names(&spec.name, &spec.aliases)),
                );
                evidence.push(EvidenceSheet {
                    name: spec.name.en.clone(),
                    columns: vec![None; spec.columns.len()],
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
                    findings.push(Finding::warning("S031").at(whole.clone()));
                }
                let name = info.name.clone();
                let cells = book
                    .cells(&name, limits, &mut budget)
                    .map_err(|e| e.finding().at(whole))?;
                uncached_formulas(&name, &cells, findings);
                evidence.push(evidence_sheet(
                    &name,
                    spec,
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

fn uncached_formulas(sheet: &str, cells: &grid::SheetCells, findings: &mut Vec<Finding>) {
    for (r, c, formula) in &cells.uncached {
        let (formula, _) = crate::text::truncate(formula, 60);
        findings.push(
            Finding::warning("S048")
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

const INSTITUTION_SHEET: [&str; 4] = ["Institution", "Institucioni", "Institucija", "Институција"];

/// [`INSTITUTION_SHEET`] folded, once.
static INSTITUTION_SHEET_NAMES: LazyLock<FoldedSet> =
    LazyLock::new(|| FoldedSet::new(INSTITUTION_SHEET));

/// The Institution sheet's keys and the labels accepted for each.
pub const INSTITUTION_FIELDS: [(&str, [&str; 3]); 10] = [
    ("id", ["ID", "ID", "ID"]),
    (
        "name_sq",
        ["Emri në shqip", "Naziv na albanskom", "Name in Albanian"],
    ),
    (
        "name_sr",
        ["Emri në serbisht", "Naziv na srpskom", "Name in Serbian"],
    ),
    (
        "name_sr_cyrl",
        [
            "Emri në serbisht (cirilik)",
            "Naziv na srpskom (ćirilica)",
            "Name in Serbian (Cyrillic)",
        ],
    ),
    ("kind", ["Lloji", "Vrsta", "Kind"]),
    ("municipality", ["Komuna", "Opština", "Municipality"]),
    ("contact", ["Kontakti", "Kontakt", "Contact"]),
    (
        "submitted",
        ["Data e dorëzimit", "Datum podnošenja", "Date of submission"],
    ),
    ("edition", ["Edicioni", "Izdanje", "Edition"]),
    (
        "sample",
        ["Mostër fiktive", "Fiktivni uzorak", "Fictional sample"],
    ),
];

/// Each Institution field's key and labels, folded once.
static INSTITUTION_LABELS: LazyLock<Vec<(&'static str, FoldedSet)>> = LazyLock::new(|| {
    INSTITUTION_FIELDS
        .iter()
        .map(|(key, labels)| (*key, FoldedSet::new(std::iter::once(*key).chain(*labels))))
        .collect()
});

/// The Institution field a label names, in any language.
fn field_key(label: &str) -> Option<&'static str> {
    let label = fold(label);
    INSTITUTION_LABELS
        .iter()
        .find(|(_, labels)| labels.contains(&label))
        .map(|(key, _)| *key)
}

fn institution(
    reader: &Reader,
    sheet: &str,
    cells: &[Cell],
    findings: &mut Vec<Finding>,
) -> Result<Institution, Finding> {
    let criteria = reader.criteria;
    let mut fields: Vec<(&'static str, u32, u32, &Data)> = Vec::new();
    for row in cells.chunk_by(|a, b| a.0 == b.0) {
        let mut it = row.iter();
        let Some((_, _, label)) = it.next() else {
            continue;
        };
        let Some(key) = field_key(&cells::as_text(label)) else {
            continue;
        };
        if let Some((r, c, value)) = it.next()
            && !fields.iter().any(|f| f.0 == key)
        {
            fields.push((key, *r, *c, value));
        }
    }
    let text = |key: &str| -> Option<String> {
        fields
            .iter()
            .find(|f| f.0 == key)
            .map(|f| crate::text::truncate(&cells::as_text(f.3), 500).0)
            .filter(|s| !s.is_empty())
    };
    let at = |key: &str| {
        fields
            .iter()
            .find(|f| f.0 == key)
            .map(|f| CellRef::cell(sheet, f.1, f.2))
    };
    let whole = CellRef {
        sheet: sheet.to_string(),
        row: 0,
        column: None,
    };
    let missing = |key: &str| {
        Finding::error("S021")
            .at(whole.clone())
            .arg("labels", labels_of(key))
    };
    let found = |d: &Data| format!("\"{}\"", crate::text::truncate(&cells::as_text(d), 40).0);
    let id = text("id")
        .map(|id| crate::text::id(&id))
        .filter(|id| !id.is_empty())
        .ok_or_else(|| missing("id"))?;
    let kind_text = text("kind").ok_or_else(|| missing("kind"))?;
    let kind_folded = fold(&kind_text);
    let kind = criteria
        .kinds
        .iter()
        .zip(&reader.kinds)
        .find(|(_, names)| names.contains(&kind_folded))
        .map(|(k, _)| k.id.clone())
        .unwrap_or_else(|| {
            let known: Vec<&str> = criteria.kinds.iter().map(|k| k.id.as_str()).collect();
            findings.push(
                Finding::warning("S022")
                    .at(at("kind"))
                    .arg("kind", &kind_text)
                    .arg("known", known.join(", ")),
            );
            kind_text.clone()
        });
    let (name_sq, name_sr) = (text("name_sq"), text("name_sr"));
    if name_sq.is_none() && name_sr.is_none() {
        return Err(missing("name_sq"));
    }
    for (key, name) in [("name_sq", &name_sq), ("name_sr", &name_sr)] {
        if name.is_none() {
            findings.push(
                Finding::warning("S023")
                    .at(whole.clone())
                    .arg("labels", labels_of(key)),
            );
        }
    }
    let submitted = fields.iter().find(|f| f.0 == "submitted").and_then(|f| {
        match cells::convert(f.3, &ColumnType::DateTime, 100) {
            Ok(Value::DateTime(d)) => Some(d.date()),
            _ => {
                findings.push(
                    Finding::warning("S024")
                        .at(at("submitted"))
                        .arg("found", found(f.3)),
                );
                None
            }
        }
    });
    let any_number = ColumnType::Number {
        min: None,
        max: None,
    };
    let edition = match fields.iter().find(|f| f.0 == "edition") {
        None => None,
        Some(f) => match cells::convert(f.3, &any_number, 100) {
            Ok(Value::Number(n)) if n.fract() == 0.0 && n.abs() < 1e6 => Some(n as i64),
            _ => {
                return Err(Finding::error("S025")
                    .at(at("edition"))
                    .arg("found", found(f.3)));
            }
        },
    };
    if let Some(e) = edition
        && e != criteria.edition
    {
        return Err(Finding::error("S026")
            .at(at("edition"))
            .arg("edition", e)
            .arg("expected", criteria.edition));
    }
    let municipality = municipality(
        reader,
        text("municipality"),
        at("municipality").unwrap_or_else(|| whole.clone()),
        &kind,
        findings,
    );
    let sample = fields
        .iter()
        .find(|f| f.0 == "sample")
        .is_some_and(|f| cells::convert(f.3, &ColumnType::YesNo, 10) == Ok(Value::Bool(true)));
    Ok(Institution {
        id,
        name_sq,
        name_sr,
        name_sr_cyrl: text("name_sr_cyrl"),
        kind,
        municipality,
        contact: text("contact"),
        submitted,
        edition,
        sample,
    })
}

/// The municipality an applicant names decides the languages it owes, so it
/// is checked against its kind: a municipality that leaves it empty or
/// misspells it is told so (with the nearest known name) and is not ranked
/// — never scored on the easier reading of Albanian and Serbian alone; a
/// central institution that fills it in is held to Albanian and Serbian,
/// and the field is ignored with a warning.
fn municipality(
    reader: &Reader,
    written: Option<String>,
    at: CellRef,
    kind: &str,
    findings: &mut Vec<Finding>,
) -> Option<String> {
    let criteria = reader.criteria;
    let municipal = criteria.kinds.iter().any(|k| k.id == kind && k.municipal);
    match (municipal, written) {
        (true, None) => {
            findings.push(
                Finding::warning("S027")
                    .at(at)
                    .arg("labels", labels_of("municipality")),
            );
            None
        }
        (true, Some(name)) => {
            if reader.municipalities.find(&name).is_none() {
                let nearest = criteria.languages.nearest_municipality(&name);
                findings.push(
                    Finding::warning("S028")
                        .at(at)
                        .arg("municipality", &name)
                        .arg("nearest", nearest.unwrap_or("—")),
                );
            }
            Some(name)
        }
        (false, Some(name)) => {
            findings.push(
                Finding::warning("S029")
                    .at(at)
                    .arg("municipality", name)
                    .arg("kind", kind),
            );
            None
        }
        (false, None) => None,
    }
}

fn labels_of(key: &str) -> String {
    INSTITUTION_FIELDS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, l)| {
            let mut l = l.to_vec();
            l.dedup();
            l.join(" / ")
        })
        .unwrap_or_default()
}

/// Rows searched for the header; a sheet with a title above the table works.
const HEADER_SEARCH_ROWS: usize = 20;

fn evidence_sheet(
    sheet: &str,
    spec: &SheetSpec,
    labels: &SheetLabels,
    cells: &[Cell],
    limits: &Limits,
    owed: &[String],
    findings: &mut Vec<Finding>,
) -> EvidenceSheet {
    let rows: Vec<&[Cell]> = cells.chunk_by(|a, b| a.0 == b.0).collect();
    // Each cell of a row searched is folded once and compared with every
    // column's names: per column, the first cell naming it.
    let header_of = |row: &[Cell]| -> Vec<Option<u32>> {
        let folded: Vec<String> = row.iter().map(|(_, _, v)| cells::folded_text(v)).collect();
        labels
            .columns
            .iter()
            .map(|l| {
                row.iter()
                    .zip(&folded)
                    .find(|(_, f)| l.names.contains(f))
                    .map(|((_, c, _), _)| *c)
            })
            .collect()
    };
    let best = rows
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .enumerate()
        .map(|(i, row)| (i, header_of(row)))
        .max_by_key(|(i, cols)| {
            (
                cols.iter().filter(|c| c.is_some()).count(),
                std::cmp::Reverse(*i),
            )
        });
    let Some((header_index, columns)) = best.filter(|(_, cols)| cols.iter().any(Option::is_some))
    else {
        let example = spec
            .columns
            .first()
            .map_or_else(String::new, |c| all_names(&c.name, &c.aliases));
        findings.push(
            Finding::warning("S032")
                .at(CellRef {
                    sheet: sheet.to_string(),
                    row: 0,
                    column: None,
                })
                .count("rows", HEADER_SEARCH_ROWS)
                .arg("example", example),
        );
        return EvidenceSheet {
            name: sheet.to_string(),
            columns: vec![None; spec.columns.len()],
            rows: Vec::new(),
        };
    };
    let header_row = rows
        .get(header_index)
        .and_then(|r| r.first())
        .map_or(0, |c| c.0);
    for (spec_col, found) in spec.columns.iter().zip(&columns) {
        let expected =
            !spec_col.optional && spec_col.language.as_ref().is_none_or(|l| owed.contains(l));
        if found.is_none() && expected {
            findings.push(
                Finding::warning("S033")
                    .at(CellRef {
                        sheet: sheet.to_string(),
                        row: header_row + 1,
                        column: None,
                    })
                    .arg("column", all_names(&spec_col.name, &spec_col.aliases)),
            );
        }
    }
    let mut out = Vec::new();
    for row in rows.iter().skip(header_index + 1) {
        let Some(&(r, _, _)) = row.first() else {
            continue;
        };
        let mut values = Vec::with_capacity(spec.columns.len());
        let mut any = false;
        let mut row_findings = Vec::new();
        for ((spec_col, col_labels), col) in spec.columns.iter().zip(&labels.columns).zip(&columns)
        {
            let data = col
                .and_then(|c| row.iter().find(|cell| cell.1 == c))
                .map(|cell| &cell.2);
            let data = data.unwrap_or(&Data::Empty);
            any |= !matches!(data, Data::Empty)
                && !matches!(data, Data::String(s) if s.trim().is_empty());
            if let Data::String(text) = data
                && text.len() > limits.max_chars
                && text.chars().count() > limits.max_chars
            {
                row_findings.push(
                    Finding::warning("S016")
                        .at(col.map(|c| CellRef::cell(sheet, r, c)))
                        .count("limit", limits.max_chars),
                );
            }
            let converted =
                cells::convert_with(data, &spec_col.ty, &col_labels.choices, limits.max_chars);
            let (value, readable) = match converted {
                Ok(v) => (v, true),
                Err(finding) => {
                    row_findings.push(finding.at(col.map(|c| CellRef::cell(sheet, r, c))));
                    (Value::Empty, false)
                }
            };
            if spec_col.required && readable && value.is_empty() && col.is_some() {
                row_findings.push(
                    Finding::warning("S041")
                        .at(col.map(|c| CellRef::cell(sheet, r, c)))
                        .arg("column", &spec_col.name.en),
                );
            }
            values.push(value);
        }
        if any {
            findings.append(&mut row_findings);
            out.push(Row {
                number: r + 1,
                values,
            });
        }
    }
    EvidenceSheet {
        name: sheet.to_string(),
        columns,
        rows: out,
    }
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

    #[test]
    fn institution_labels_in_any_language() {
        assert_eq!(field_key("Emri në shqip"), Some("name_sq"));
        assert_eq!(field_key("naziv na srpskom"), Some("name_sr"));
        assert_eq!(field_key(" KIND "), Some("kind"));
        assert_eq!(field_key("Datum podnosenja"), Some("submitted"));
        assert_eq!(field_key("Something else"), None);
    }
}
