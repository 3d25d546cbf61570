//! One indicator measured for one applicant: the rows of its sheet that its
//! `where` admits, each judged by the indicator's rule, the points they
//! earn counted into a share, and too few rows handled as the criteria say.

use super::card::{Evidence, IndicatorScore, Note, Status};
use super::points::Score;
use super::rules::{Applied, Context, Row};
use crate::criteria::{Indicator, Insufficient, RowFilter, SheetSpec};
use crate::exact::{self, Exact};
use crate::submission::{EvidenceSheet, Value};
use num_traits::{One, Zero};
use std::sync::Arc;

/// Measures one indicator; returns its card (without weights) and the exact share.
pub(super) fn measure(
    ind: &Indicator,
    spec: Option<&SheetSpec>,
    sheet: Option<&EvidenceSheet>,
    labels: &[Arc<str>],
    d: u32,
    context: &Context,
) -> (IndicatorScore, Exact) {
    let applied = Applied::new(ind, &context.owed);
    let mut earned = Exact::zero();
    let mut partial = false;
    let evidence: Vec<Evidence> = sheet
        .map(|sheet| {
            sheet
                .rows
                .iter()
                .enumerate()
                .filter(|(_, row)| admitted(&ind.filter, &row.values))
                .map(|(r, row)| {
                    let verdict = applied.judge(&Row::new(&row.values, spec), context);
                    let credit = match verdict.credit {
                        Some(credit) => {
                            partial = true;
                            credit
                        }
                        None if verdict.note == Note::Met => Exact::one(),
                        None => Exact::zero(),
                    };
                    let met = credit.is_one();
                    earned += credit;
                    Evidence {
                        row: row.number,
                        column: verdict
                            .decided_by
                            .and_then(|c| sheet.columns.get(c).copied().flatten()),
                        label: verdict.label.unwrap_or_else(|| {
                            labels.get(r).cloned().unwrap_or_else(|| Arc::from(""))
                        }),
                        id: ind.row_id.and_then(|c| match row.values.get(c) {
                            Some(Value::Text(t)) if !t.is_empty() => Some(Arc::from(t.as_str())),
                            _ => None,
                        }),
                        met,
                        note: verdict.note,
                        remarks: verdict.remarks,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let rows = u32::try_from(evidence.len()).unwrap_or(u32::MAX);
    let met = u32::try_from(evidence.iter().filter(|e| e.met).count()).unwrap_or(u32::MAX);
    let (status, share) = if rows < ind.min_rows || rows == 0 {
        match ind.insufficient {
            Insufficient::Zero => (Status::Insufficient, Exact::zero()),
            Insufficient::Exclude => (Status::Excluded, Exact::zero()),
        }
    } else {
        (
            Status::Scored,
            earned.clone() / exact::ratio(rows.into(), 1),
        )
    };
    (
        IndicatorScore {
            id: ind.id.clone(),
            status,
            sheet: sheet.map(|s| s.name.clone()).unwrap_or_default(),
            rows,
            met,
            earned: partial.then(|| exact::to_f64(&earned)),
            score: Score::exact(&(&share * exact::ratio(100, 1)), d),
            weight: ind.weight,
            effective_weight: 0.0,
            contribution: Score::zero(d),
            evidence,
        },
        share,
    )
}

/// Whether a row counts for an indicator: its choice cells hold one of the
/// choices each of the indicator's filters lists. Judged here, before any
/// rule, so every kind of indicator reads `where` alike.
fn admitted(filters: &[RowFilter], values: &[Value]) -> bool {
    filters.iter().all(
        |f| matches!(values.get(f.column), Some(Value::Choice(key)) if f.choices.contains(key)),
    )
}
