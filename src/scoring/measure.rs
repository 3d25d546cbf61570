//! One indicator measured for one applicant: each row of its sheet judged
//! by the indicator's rule, the rows met counted into a share, and too few
//! rows handled as the criteria say.

use super::card::{Evidence, IndicatorScore, Note, Status};
use super::points::Score;
use super::rules::{judge, lost_diacritics, sign_checks};
use crate::criteria::languages::Owed;
use crate::criteria::{Indicator, Insufficient, Rule, SheetSpec};
use crate::exact::{self, Exact};
use crate::script;
use crate::submission::{EvidenceSheet, Value};
use num_traits::Zero;
use std::sync::Arc;

/// What one applicant owes, for the language-aware checks.
pub(super) struct Context<'a> {
    pub(super) owed: Owed,
    /// The language expected first on signs, folded.
    pub(super) sign_first: String,
    /// Names a second language may repeat unchanged, prepared once.
    pub(super) same_everywhere: &'a script::ProperNames,
    /// Names whose lost diacritics are worth pointing out, prepared once.
    pub(super) known: &'a script::KnownNames,
}

/// The rule with its columns narrowed to the languages the applicant owes,
/// and which language each checked column is in.
fn for_applicant(ind: &Indicator, owed: &Owed) -> (Rule, Vec<(String, usize)>) {
    if ind.by_language.is_empty() {
        return (ind.rule.clone(), Vec::new());
    }
    let columns: Vec<(String, usize)> = owed
        .languages
        .iter()
        .filter_map(|l| ind.by_language.iter().find(|(lang, _)| lang == l).cloned())
        .collect();
    let list: Vec<usize> = columns.iter().map(|(_, c)| *c).collect();
    let mut rule = ind.rule.clone();
    match &mut rule {
        Rule::Share { all_yes } => *all_yes = list,
        Rule::Simultaneity { versions, .. } => *versions = list,
        Rule::Signage { texts, .. } => *texts = list,
        Rule::Equivalence { .. } => {}
    }
    (rule, columns)
}

/// Measures one indicator; returns its card (without weights) and the exact share.
pub(super) fn measure(
    ind: &Indicator,
    spec: Option<&SheetSpec>,
    sheet: Option<&EvidenceSheet>,
    labels: &[Arc<str>],
    d: u32,
    context: &Context,
) -> (IndicatorScore, Exact) {
    let (rule, languages) = for_applicant(ind, &context.owed);
    let key = |c: usize| {
        spec.and_then(|s| s.columns.get(c))
            .map_or_else(String::new, |c| c.key.clone())
    };
    let evidence: Vec<Evidence> = sheet
        .map(|sheet| {
            sheet
                .rows
                .iter()
                .enumerate()
                .map(|(r, row)| {
                    let (note, decided_by) = judge(&rule, &row.values, &key);
                    let (note, decided_by) = match (&note, &rule) {
                        (Note::Met, Rule::Signage { .. }) => {
                            sign_checks(&rule, &languages, &row.values, &key, context)
                                .map_or((note, decided_by), |(n, c)| (n, Some(c)))
                        }
                        _ => (note, decided_by),
                    };
                    let remarks = match &rule {
                        Rule::Signage { texts, .. } => {
                            lost_diacritics(texts, &row.values, &key, context.known)
                        }
                        _ => Vec::new(),
                    };
                    Evidence {
                        row: row.number,
                        column: decided_by.and_then(|c| sheet.columns.get(c).copied().flatten()),
                        label: match &rule {
                            Rule::Signage { texts, .. } => sign_label(texts, &row.values),
                            _ => labels.get(r).cloned().unwrap_or_else(|| Arc::from("")),
                        },
                        met: note == Note::Met,
                        note,
                        remarks,
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

/// A text cell as a label shows it: at most 120 characters.
fn label_text(v: &Value) -> Option<String> {
    match v {
        Value::Text(t) if !t.is_empty() => Some(crate::text::truncate(t, 120).0),
        _ => None,
    }
}

/// The row's first text, to name it in a scorecard ("news release 'X' …").
pub(super) fn first_text(values: &[Value]) -> String {
    values.iter().find_map(label_text).unwrap_or_default()
}

/// A sign is named by its first text followed by the texts checked, since
/// they are the evidence.
fn sign_label(texts: &[usize], values: &[Value]) -> Arc<str> {
    let shown: Vec<String> = texts
        .iter()
        .map(|&c| {
            values
                .get(c)
                .and_then(label_text)
                .unwrap_or_else(|| "—".into())
        })
        .collect();
    Arc::from(format!("{}: {}", first_text(values), shown.join(" | ")))
}
