//! An evidence sheet: its header found by name among the first rows, then
//! every row below it typed column by column, each unusable cell a finding.

use super::grid::Cell;
use super::{CellRef, EvidenceSheet, Finding, Limits, Row, SheetLabels, Value, all_names, cells};
use crate::criteria::SheetSpec;
use calamine::Data;

/// Rows searched for the header; a sheet with a title above the table works.
const HEADER_SEARCH_ROWS: usize = 20;

pub(super) fn evidence_sheet(
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
                .arg("rows", HEADER_SEARCH_ROWS)
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
                        .arg("limit", limits.max_chars),
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
