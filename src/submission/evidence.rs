//! An evidence sheet: its header found by name among the first rows, then
//! every row below it typed column by column, each unusable cell a finding.

use super::grid::Cell;
use super::{
    CellRef, EvidenceSheet, Finding, FindingCode, Limits, Row, SheetLabels, Value, all_names, cells,
};
use crate::criteria::{ColumnSpec, SheetSpec};
use calamine::Data;

/// Rows searched for the header; a sheet with a title above the table works.
const HEADER_SEARCH_ROWS: usize = 20;

/// A declared sheet and every column its rows are read with: its own, then
/// the provenance columns every sheet may carry (see
/// [`crate::criteria::Criteria::columns_of`]).
pub(super) struct Declared<'a> {
    pub(super) spec: &'a SheetSpec,
    pub(super) read: Vec<&'a ColumnSpec>,
}

/// One declared sheet as the applicant filled it in: the header found,
/// every column the applicant owes present, and every row with anything in
/// it typed. A sheet without a recognisable header has no rows.
pub(super) fn evidence_sheet(
    sheet: &str,
    declared: &Declared,
    labels: &SheetLabels,
    cells: &[Cell],
    limits: &Limits,
    owed: &[String],
    findings: &mut Vec<Finding>,
) -> EvidenceSheet {
    let (spec, columns_read) = (declared.spec, declared.read.as_slice());
    let rows: Vec<&[Cell]> = cells.chunk_by(|a, b| a.0 == b.0).collect();
    let Some((header_index, columns)) = header(&rows, labels) else {
        let example = spec
            .columns
            .first()
            .map_or_else(String::new, |c| all_names(&c.name, &c.aliases));
        findings.push(
            Finding::new(FindingCode::S032)
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
            columns: vec![None; columns_read.len()],
            rows: Vec::new(),
        };
    };
    let header_row = rows
        .get(header_index)
        .and_then(|r| r.first())
        .map_or(0, |c| c.0);
    for (spec_col, found) in columns_read.iter().zip(&columns) {
        let expected =
            !spec_col.optional && spec_col.language.as_ref().is_none_or(|l| owed.contains(l));
        if found.is_none() && expected {
            findings.push(
                Finding::new(FindingCode::S033)
                    .at(CellRef {
                        sheet: sheet.to_string(),
                        row: header_row + 1,
                        column: None,
                    })
                    .arg("column", all_names(&spec_col.name, &spec_col.aliases)),
            );
        }
    }
    let table = Table {
        sheet,
        specs: columns_read,
        own: spec.columns.len(),
        labels,
        columns: &columns,
        limits,
    };
    let rows = rows
        .iter()
        .skip(header_index + 1)
        .filter_map(|row| table.row(row, findings))
        .collect();
    EvidenceSheet {
        name: sheet.to_string(),
        columns,
        rows,
    }
}

/// The header among the first [`HEADER_SEARCH_ROWS`] rows: the row naming
/// the most declared columns (the first of equals), with the spreadsheet
/// column of each; `None` when no row names any.
fn header(rows: &[&[Cell]], labels: &SheetLabels) -> Option<(usize, Vec<Option<u32>>)> {
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
    rows.iter()
        .take(HEADER_SEARCH_ROWS)
        .enumerate()
        .map(|(i, row)| (i, header_of(row)))
        .max_by_key(|(i, cols)| {
            (
                cols.iter().filter(|c| c.is_some()).count(),
                std::cmp::Reverse(*i),
            )
        })
        .filter(|(_, cols)| cols.iter().any(Option::is_some))
}

/// What typing a row below the header needs.
struct Table<'a> {
    sheet: &'a str,
    /// Every column read: the sheet's own, then the provenance columns.
    specs: &'a [&'a ColumnSpec],
    /// How many of them are the sheet's own: provenance cells alone do
    /// not make a row (a source with nothing observed is no evidence).
    own: usize,
    labels: &'a SheetLabels,
    /// The spreadsheet column of each declared column, if found.
    columns: &'a [Option<u32>],
    limits: &'a Limits,
}

impl Table<'_> {
    /// One value per declared column; `None` for a row with nothing in any
    /// declared column, whose findings are dropped with it (a stray note
    /// beside the table is no evidence).
    fn row(&self, row: &[Cell], findings: &mut Vec<Finding>) -> Option<Row> {
        let &(r, _, _) = row.first()?;
        let (sheet, limits) = (self.sheet, self.limits);
        let mut values = Vec::with_capacity(self.specs.len());
        let mut any = false;
        let mut row_findings = Vec::new();
        for (i, ((spec_col, col_labels), col)) in self
            .specs
            .iter()
            .zip(&self.labels.columns)
            .zip(self.columns)
            .enumerate()
        {
            let data = col
                .and_then(|c| row.iter().find(|cell| cell.1 == c))
                .map(|cell| &cell.2);
            let data = data.unwrap_or(&Data::Empty);
            any |= i < self.own
                && !matches!(data, Data::Empty)
                && !matches!(data, Data::String(s) if s.trim().is_empty());
            let at = || col.map(|c| CellRef::cell(sheet, r, c));
            if let Data::String(text) = data
                && text.len() > limits.max_chars
                && text.chars().count() > limits.max_chars
            {
                row_findings.push(
                    Finding::new(FindingCode::S016)
                        .at(at())
                        .count("limit", limits.max_chars),
                );
            }
            let converted =
                cells::convert_with(data, &spec_col.ty, &col_labels.choices, limits.max_chars);
            let (value, readable) = match converted {
                Ok(v) => (v, true),
                Err(finding) => {
                    row_findings.push(finding.at(at()));
                    (Value::Empty, false)
                }
            };
            if spec_col.required && readable && value.is_empty() && col.is_some() {
                row_findings.push(
                    Finding::new(FindingCode::S041)
                        .at(at())
                        .arg("column", &spec_col.name.en),
                );
            }
            values.push(value);
        }
        any.then(|| {
            findings.append(&mut row_findings);
            Row {
                number: r + 1,
                values,
            }
        })
    }
}
