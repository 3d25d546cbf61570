//! An evidence sheet: its header found by name among the first rows, then
//! every row below it typed column by column, each unusable cell a finding.

use super::grid::Cell;
use super::{
    CellRef, EvidenceSheet, Finding, FindingCode, Limits, Row, SheetLabels, Value, all_names, cells,
};
use crate::criteria::{ColumnSpec, SheetSpec};
use crate::text::FoldedSet;
use calamine::Data;
use std::collections::HashMap;

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
    let Some((header_index, columns)) = header(&rows, &labels.header) else {
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
/// column of each; `None` when no row names any. A row with too few cells
/// to name more columns than the best row before it is not read at all:
/// below a header naming every column it has, that is every row.
fn header(rows: &[&[Cell]], names: &HeaderNames) -> Option<(usize, Vec<Option<u32>>)> {
    let mut best: Option<(usize, usize, Vec<Option<u32>>)> = None;
    for (i, row) in rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
        let best_count = best.as_ref().map_or(0, |(count, _, _)| *count);
        if names.most_named_by(row.len()) <= best_count {
            continue;
        }
        let columns = names.in_row(row);
        let count = columns.iter().filter(|c| c.is_some()).count();
        if count > best_count {
            best = Some((count, i, columns));
        }
    }
    best.map(|(_, i, columns)| (i, columns))
}

/// Every declared column's header names, folded, each with the columns it
/// names: a cell of a row searched for the header is folded once and looked
/// up once, instead of being compared with every name of every column.
pub(super) struct HeaderNames {
    /// Each name, and the declared columns it names (their places in the
    /// criteria's order, ascending).
    columns_by_name: HashMap<String, Vec<usize>>,
    /// How many columns are declared.
    columns: usize,
    /// The most columns any one name names.
    widest: usize,
}

impl HeaderNames {
    /// From each declared column's names, in the criteria's order.
    pub(super) fn new(columns: impl IntoIterator<Item = FoldedSet>) -> HeaderNames {
        let mut columns_by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut count = 0;
        for (column, names) in columns.into_iter().enumerate() {
            for name in names.iter() {
                let named = columns_by_name.entry(name.to_string()).or_default();
                if !named.contains(&column) {
                    named.push(column);
                }
            }
            count = column + 1;
        }
        let widest = columns_by_name.values().map(Vec::len).max().unwrap_or(0);
        HeaderNames {
            columns_by_name,
            columns: count,
            widest,
        }
    }

    /// The most columns a row of `cells` cells can name.
    fn most_named_by(&self, cells: usize) -> usize {
        cells.saturating_mul(self.widest).min(self.columns)
    }

    /// Per declared column, the spreadsheet column of the first cell in
    /// `row` naming it.
    fn in_row(&self, row: &[Cell]) -> Vec<Option<u32>> {
        let mut found = vec![None; self.columns];
        for (_, column, value) in row {
            let Some(named) = self.columns_by_name.get(&cells::folded_text(value)) else {
                continue;
            };
            for &i in named {
                if let Some(slot) = found.get_mut(i) {
                    slot.get_or_insert(*column);
                }
            }
        }
        found
    }
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
        for (i, ((spec_col, choices), col)) in self
            .specs
            .iter()
            .zip(&self.labels.choices)
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
            let converted = cells::convert_with(data, &spec_col.ty, choices, limits.max_chars);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn names(columns: &[&[&str]]) -> HeaderNames {
        HeaderNames::new(columns.iter().map(|n| FoldedSet::new(n.iter().copied())))
    }

    fn row(r: u32, texts: &[&str]) -> Vec<Cell> {
        (0u32..)
            .zip(texts)
            .map(|(c, t)| (r, c, Data::String(t.to_string())))
            .collect()
    }

    #[test]
    fn the_header_is_the_first_row_naming_the_most_columns() {
        let names = names(&[&["Date", "Data"], &["Language", "Gjuha"], &["Note"]]);
        let rows = [
            row(0, &["Signs of the year"]),
            row(1, &["", "  DATA ", "Gjuha"]),
            row(2, &["Date", "Language"]),
            row(3, &["Note", "Gjuha", "Data", "Date"]),
            row(4, &["Note", "Language", "Date"]),
        ];
        let rows: Vec<&[Cell]> = rows.iter().map(Vec::as_slice).collect();
        assert_eq!(
            header(&rows, &names),
            Some((3, vec![Some(2), Some(1), Some(0)]))
        );
        assert_eq!(
            header(&rows[..3], &names),
            Some((1, vec![Some(1), Some(2), None]))
        );
        assert_eq!(header(&rows[..1], &names), None);
    }

    #[test]
    fn a_name_shared_by_two_columns_names_both() {
        let names = names(&[&["Text"], &["Text", "Tekst"]]);
        let rows = [row(0, &["Tekst"]), row(1, &["Text"])];
        let rows: Vec<&[Cell]> = rows.iter().map(Vec::as_slice).collect();
        assert_eq!(header(&rows, &names), Some((1, vec![Some(0), Some(0)])));
    }
}
