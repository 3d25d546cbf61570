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

#[cfg(test)]
mod tests {
    use super::admitted;
    use crate::criteria::RowFilter;
    use crate::scoring::testing::*;
    use crate::scoring::{Status, score};
    use crate::submission::Value;

    /// A news item of `kind`, in time in both languages; "" leaves the
    /// type empty.
    fn typed(kind: &str) -> Vec<Value> {
        let mut row = item("2026-03-01 10:00", Some("2026-03-01 11:00"), (100.0, 100.0));
        row[1] = if kind.is_empty() {
            Value::Empty
        } else {
            Value::Choice(kind.into())
        };
        row
    }

    #[test]
    fn only_the_rows_a_filter_admits_are_rows_of_the_indicator() {
        let mut s = full();
        s.sheets[1].rows[1].values = typed("press_statement");
        s.sheets[1].rows[3].values = typed("media_invitation");
        s.sheets[1].rows[4].values = typed("");
        let card = score(&bundled(), &s);
        let journalists = indicator(&card, "journalists");
        assert_eq!((journalists.rows, journalists.met), (2, 2));
        let rows: Vec<u32> = journalists.evidence.iter().map(|e| e.row).collect();
        assert_eq!(rows, [3, 5], "the rows keep their numbers");
        assert_eq!(
            indicator(&card, "simultaneous").rows,
            5,
            "an indicator without `where` reads every row"
        );
        // No admitted row: fewer than min_rows, so left out.
        let none = score(&bundled(), &full());
        assert_eq!(indicator(&none, "journalists").status, Status::Excluded);
    }

    #[test]
    fn a_row_passes_every_filter_or_none() {
        let filters = [
            RowFilter {
                column: 0,
                choices: vec!["a".into(), "b".into()],
            },
            RowFilter {
                column: 2,
                choices: vec!["x".into()],
            },
        ];
        let row = |first: &str, third: Value| {
            vec![Value::Choice(first.into()), Value::Text("t".into()), third]
        };
        assert!(admitted(&filters, &row("b", Value::Choice("x".into()))));
        assert!(!admitted(&filters, &row("c", Value::Choice("x".into()))));
        assert!(!admitted(&filters, &row("a", Value::Choice("y".into()))));
        assert!(
            !admitted(&filters, &row("a", Value::Text("x".into()))),
            "text is no choice"
        );
        assert!(!admitted(&filters, &row("a", Value::Empty)));
        assert!(
            !admitted(&filters, &row("a", Value::Choice("x".into()))[..2]),
            "a short row"
        );
        assert!(admitted(&[], &[]), "no filter admits every row");
    }
}
