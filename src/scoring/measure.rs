//! One indicator measured for one applicant: each row of its sheet judged
//! by the indicator's rule, the rows met counted into a share, and too few
//! rows handled as the criteria say.

use super::card::{Evidence, IndicatorScore, Note, Status};
use super::points::Score;
use super::rules::{Applied, Context, Row};
use crate::criteria::{Indicator, Insufficient, SheetSpec};
use crate::exact::{self, Exact};
use crate::submission::EvidenceSheet;
use num_traits::Zero;
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
    let evidence: Vec<Evidence> = sheet
        .map(|sheet| {
            sheet
                .rows
                .iter()
                .enumerate()
                .map(|(r, row)| {
                    let verdict = applied.judge(&Row::new(&row.values, spec), context);
                    let decided_by = verdict.decided_by;
                    Evidence {
                        row: row.number,
                        column: decided_by.and_then(|c| sheet.columns.get(c).copied().flatten()),
                        label: verdict.label.unwrap_or_else(|| {
                            labels.get(r).cloned().unwrap_or_else(|| Arc::from(""))
                        }),
                        met: verdict.note == Note::Met,
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
        (Status::Scored, exact::ratio(met.into(), rows.into()))
    };
    (
        IndicatorScore {
            id: ind.id.clone(),
            status,
            sheet: sheet.map(|s| s.name.clone()).unwrap_or_default(),
            rows,
            met,
            score: Score::exact(&(&share * exact::ratio(100, 1)), d),
            weight: ind.weight,
            effective_weight: 0.0,
            contribution: Score::zero(d),
            evidence,
        },
        share,
    )
}
