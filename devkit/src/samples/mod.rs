//! The bundled sample submissions in `submissions/`.
//!
//! ```text
//! cargo run --example make_samples [DIR]    # DIR defaults to submissions/
//! python3 tools/make_xls.py                 # the one applicant that ships as .xls
//! ```
//!
//! The institutions are real (names from public sources); every row of evidence is
//! FICTIONAL, and every workbook says so on its Institution sheet ("Fictional sample: yes").
//! Sheet and column names come from [`crate::layout`], which mirrors `criteria/2026.yaml`.
//! Columns for languages only some institutions owe (Turkish, Bosnian, Romani) and the
//! columns the criteria let an applicant leave out are optional: an applicant's sheets have
//! them only if it lists them. Services, simultaneity and signage are checked in every
//! official language the applicant owes (`criteria/languages.yaml`, by the Institution
//! sheet's Municipality), services in its languages in official use too, so a municipality
//! owing Turkish needs those columns. The reader expects a column for every language owed
//! under any criterion, so such a municipality's sheets carry the language's column in
//! Communication and Signage as well, counted or not.
//!
//! Most applicants also carry rows the Language Commissioner's monitors added
//! ([`applicants::Monitored`]): their sheet gets the provenance columns, the applicant's own
//! rows leave them empty (self-reported, weight 0.5) and the monitors' rows name an observed
//! source (weight 1). They meet each indicator in the same proportion as the applicant's own
//! rows, so every share, and every expected score below, is as without them.
//!
//! Each applicant (in [`applicants`]) carries its expected scores as a comment, computed by
//! hand with the 2026 weights: services 35 (verbal 32 + written 32 + recommendations 16 +
//! reply parity 20), communication 40 (simultaneous 30 + equivalent 20 + journalists 20 + web
//! in every language 15 + web simultaneous 15), signage 25; total = Σ weight × score / 100,
//! rounded to 2 decimals. The Commissioner's monitoring indicators (recommendations, reply
//! parity, journalists, web) are left out where an applicant has no rows for them, their
//! siblings keeping their proportions (verbal 50 : written 50, with recommendations
//! 40 : 40 : 20; simultaneous 60 : equivalent 40); the applicants that have such rows score on
//! them exactly what their criterion scores without them, so the sample's totals, ties and
//! bounds are the same with the monitoring as without it.
//!
//! The Web, Recommendations and Test letters sheets are written only for the applicants that
//! have rows; test letters are the monitors' own, so all their rows are in `monitoring`.
//!
//! xlsx files are byte-identical from run to run (fixed creation date). The ODS file is not
//! (its zip entries carry the current time): compare it by cell content.

mod applicants;
mod write;

use crate::Result;
use crate::layout::{
    COMMUNICATION, ColumnType, INSTITUTION_SHEET, LABELS, LAYOUTS, PROVENANCE, RECOMMENDATIONS,
    SERVICES, SIGNAGE, SOURCES, SheetLayout, TEST_LETTERS, WEB,
};
use applicants::{A1, APPLICANTS, Applicant, FileType, Monitored, On, Origin, XLS_APPLICANT};
use chrono::{NaiveDate, NaiveDateTime};
use std::path::{Path, PathBuf};

/// Format of dates and times in the applicant table (and of ISO text cells).
const DATE_TIME: &str = "%Y-%m-%d %H:%M";
/// Format of the submission dates in the applicant table.
const DATE: &str = "%Y-%m-%d";
const EDITION: f64 = 2026.0;

// ---------------------------------------------------------------------------------------------
// Tables: what goes into each sheet, whatever the file format
// ---------------------------------------------------------------------------------------------

/// One cell of a [`Table`], typed so that each format writes it natively.
enum Cell {
    Empty,
    Header(String),
    Text(String),
    Number(f64),
    Date(NaiveDate),
    DateTime(NaiveDateTime),
}

impl Cell {
    fn text(s: &str) -> Cell {
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s.to_string())
        }
    }
}

/// One sheet's cells, from `origin` on.
struct Table {
    name: &'static str,
    origin: Origin,
    rows: Vec<Vec<Cell>>,
}

impl Table {
    /// Every cell with its absolute, zero-based row and column.
    fn cells(&self) -> impl Iterator<Item = (u32, u32, &Cell)> {
        self.rows
            .iter()
            .zip(self.origin.row..)
            .flat_map(move |(cells, row)| {
                cells
                    .iter()
                    .zip(self.origin.col..)
                    .map(move |(cell, col)| (row, col, cell))
            })
    }
}

/// The Institution sheet and the evidence sheets of one applicant: the three every
/// applicant fills in, and the Commissioner's monitoring sheets where it has rows.
fn tables(a: &Applicant) -> Result<Vec<Table>> {
    if let Some(unknown) = a.optional_columns.iter().find(|&&key| {
        !LAYOUTS
            .iter()
            .flat_map(|l| l.columns)
            .any(|c| c.optional && c.key == key)
    }) {
        return Err(format!("{}: {unknown:?} is not an optional column", a.id).into());
    }
    let mut tables = vec![
        institution_table(a)?,
        evidence_table(a, (&SERVICES, On::Services), A1, a.services)?,
        evidence_table(a, (&COMMUNICATION, On::Communication), A1, a.communication)?,
        evidence_table(a, (&SIGNAGE, On::Signage), a.signage_origin, a.signage)?,
    ];
    let monitoring = [
        (&WEB, On::Web, a.web),
        (&RECOMMENDATIONS, On::Recommendations, a.recommendations),
        (&TEST_LETTERS, On::TestLetters, &[]),
    ];
    for (layout, on, rows) in monitoring {
        if !rows.is_empty() || a.monitoring.iter().any(|m| m.on == on) {
            tables.push(evidence_table(a, (layout, on), A1, rows)?);
        }
    }
    Ok(tables)
}

fn institution_table(a: &Applicant) -> Result<Table> {
    let submitted = NaiveDate::parse_from_str(a.submitted, DATE)
        .map_err(|e| format!("{}: submitted {:?}: {e}", a.id, a.submitted))?;
    let contact = format!("languages.{}@example.org", a.id);
    let fields = [
        (LABELS.id, Some(Cell::text(a.id))),
        (LABELS.name_sq, Some(Cell::text(a.name_sq))),
        (LABELS.name_sr, Some(Cell::text(a.name_sr))),
        (LABELS.name_sr_cyrl, a.name_sr_cyrl.map(Cell::text)),
        (LABELS.kind, Some(Cell::text(a.kind))),
        (LABELS.municipality, a.municipality.map(Cell::text)),
        (LABELS.contact, Some(Cell::Text(contact))),
        (LABELS.submitted, Some(Cell::Date(submitted))),
        (LABELS.edition, Some(Cell::Number(EDITION))),
        (LABELS.sample, Some(Cell::text("yes"))),
    ];
    let rows = fields
        .into_iter()
        .filter_map(|(label, value)| Some(vec![Cell::text(label.get(a.lang)), value?]))
        .collect();
    Ok(Table {
        name: INSTITUTION_SHEET,
        origin: A1,
        rows,
    })
}

/// A header row in the applicant's language, then one row per entry, each with one cell
/// per column the applicant has (see [`SheetLayout::columns_with`]), then the monitors'
/// rows for this sheet with their provenance columns.
fn evidence_table<E: AsRef<[&'static str]>>(
    a: &Applicant,
    (layout, on): (&SheetLayout, On),
    origin: Origin,
    entries: &[E],
) -> Result<Table> {
    let columns = layout.columns_with(a.optional_columns);
    let monitored: Vec<&Monitored> = a.monitoring.iter().filter(|m| m.on == on).collect();
    let provenance: &[crate::layout::Column] = if monitored.is_empty() {
        &[]
    } else {
        &PROVENANCE
    };
    let header = columns
        .iter()
        .copied()
        .chain(provenance)
        .map(|c| Cell::Header(c.name.get(a.lang).to_string()));
    let mut rows = vec![header.collect()];
    let own = entries.iter().map(AsRef::as_ref);
    for (i, entry) in own.chain(monitored.iter().map(|m| m.cells)).enumerate() {
        if entry.len() != columns.len() {
            let keys: Vec<&str> = columns.iter().map(|c| c.key).collect();
            return Err(format!(
                "{}: {} row {} has {} cells for the {} columns {keys:?}",
                a.id,
                layout.name.en,
                i + 1,
                entry.len(),
                columns.len()
            )
            .into());
        }
        let row = columns.iter().zip(entry).map(|(c, raw)| cell(a, c.ty, raw));
        let mut row = row.collect::<Result<Vec<Cell>>>()?;
        if !provenance.is_empty() {
            match i.checked_sub(entries.len()).and_then(|m| monitored.get(m)) {
                Some(m) => row.extend(provenance_cells(a, m)?),
                None => row.extend(provenance.iter().map(|_| Cell::Empty)),
            }
        }
        rows.push(row);
    }
    Ok(Table {
        name: layout.name.get(a.lang),
        origin,
        rows,
    })
}

/// A monitor's row's provenance cells: the source's name in the applicant's language,
/// the reference, the observer and the date.
fn provenance_cells(a: &Applicant, m: &Monitored) -> Result<Vec<Cell>> {
    let Some((_, name)) = SOURCES.iter().find(|(key, _)| *key == m.source) else {
        return Err(format!("{}: {:?} is not a source", a.id, m.source).into());
    };
    let [_, reference, observer, observed_on] = &PROVENANCE;
    Ok(vec![
        Cell::text(name.get(a.lang)),
        cell(a, reference.ty, m.reference)?,
        cell(a, observer.ty, m.observer)?,
        cell(a, observed_on.ty, m.observed_on)?,
    ])
}

/// One evidence cell from its notation in the applicant table (see [`Applicant`]).
fn cell(a: &Applicant, ty: ColumnType, raw: &str) -> Result<Cell> {
    if let Some(verbatim) = raw.strip_prefix('!') {
        return Ok(Cell::text(verbatim));
    }
    if raw.is_empty() {
        return Ok(Cell::Empty);
    }
    let invalid = |what: &str| format!("{}: {raw:?} is not {what}", a.id);
    Ok(match ty {
        ColumnType::Text => Cell::text(raw),
        ColumnType::YesNo => match raw {
            "y" => Cell::text(a.answers.yes),
            "n" => Cell::text(a.answers.no),
            _ => return Err(invalid("y or n").into()),
        },
        ColumnType::DateTime => {
            let time =
                NaiveDateTime::parse_from_str(raw, DATE_TIME).map_err(|_| invalid("a date"))?;
            if a.dates_as_text {
                Cell::text(raw)
            } else {
                Cell::DateTime(time)
            }
        }
        ColumnType::Number => Cell::Number(raw.parse().map_err(|_| invalid("a number"))?),
    })
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/// Writes every sample except the `.xls` one into `dir` (created if missing) and returns
/// the paths written, sorted.
pub fn write_samples(dir: &Path) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for applicant in APPLICANTS.into_iter().flatten() {
        let path = dir.join(format!("{}.{}", applicant.id, applicant.file.extension()));
        let tables = tables(applicant)?;
        match applicant.file {
            FileType::Xlsx => write::xlsx(&tables, &path)?,
            FileType::Ods => write::ods(&tables, &path)?,
        }
        written.push(path);
    }
    written.sort();
    Ok(written)
}

/// Id of the applicant that ships as `.xls`: `tools/make_xls.py` turns `<id>.xlsx`, written
/// by [`write_xls_source`], into `submissions/<id>.xls`.
pub fn xls_source_name() -> &'static str {
    XLS_APPLICANT.id
}

/// Writes the `.xls` applicant as xlsx to `path` (parent directories created if missing).
pub fn write_xls_source(path: &Path) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    write::xlsx(&tables(&XLS_APPLICANT)?, path)
}
