//! One indicator measured for one applicant: the rows of its sheet that its
//! `where` admits, each judged by the indicator's rule, the points they
//! earn counted (and, with provenance, weighed by their sources) into a
//! share, and too few rows handled as the criteria say.

use super::card::{Evidence, IndicatorScore, Note, Origin, Status, Weighted};
use super::points::Score;
use super::rules::{Applied, Context, Row};
use crate::criteria::{Indicator, Insufficient, RowFilter, SheetSpec};
use crate::exact::{self, Exact};
use crate::submission::{EvidenceSheet, Value};
use num_traits::{One, Zero};
use std::sync::Arc;

/// What every indicator judging a row shares, made once per row: its name
/// and, with provenance, where it came from.
pub(super) struct RowFacts {
    pub(super) label: Arc<str>,
    pub(super) origin: Option<Weighed>,
}

/// A row's origin with its exact weight and whether its source is observed.
pub(super) struct Weighed {
    pub(super) origin: Arc<Origin>,
    pub(super) weight: Exact,
    pub(super) observed: bool,
}

/// Measures one indicator; returns its card (without weights) and the exact
/// share. `weighed` says whether the criteria declare provenance, so that
/// an indicator without rows carries its (empty) weighted counts too.
pub(super) fn measure(
    ind: &Indicator,
    (spec, sheet): (Option<&SheetSpec>, Option<&EvidenceSheet>),
    facts: &[RowFacts],
    weighed: bool,
    d: u32,
    context: &Context,
) -> (IndicatorScore, Exact) {
    let applied = Applied::new(ind, &context.owed);
    let mut weighted = weighed.then(|| Weighted {
        rows: Exact::zero(),
        met: Exact::zero(),
        observed_met: Exact::zero(),
    });
    let (mut rows, mut met) = (0u32, 0u32);
    let mut earned = Exact::zero();
    let mut partial = false;
    let mut evidence = Vec::new();
    for (r, row) in sheet.iter().flat_map(|s| s.rows.iter().enumerate()) {
        if !admitted(&ind.filter, &row.values) {
            continue;
        }
        let verdict = applied.judge(&Row::new(&row.values, spec), context);
        let credit = match verdict.credit.clone() {
            Some(credit) => {
                partial = true;
                credit
            }
            None if verdict.note == Note::Met => Exact::one(),
            None => Exact::zero(),
        };
        let is_met = credit.is_one();
        let fact = facts.get(r);
        let origin = fact.and_then(|f| f.origin.as_ref());
        // A row its source counts at 0 is shown but counts nowhere.
        if origin.is_none_or(|o| exact::positive(&o.weight)) {
            rows = rows.saturating_add(1);
            met = met.saturating_add(u32::from(is_met));
            earned += &credit;
        }
        if let (Some(w), Some(o)) = (weighted.as_mut(), origin) {
            let part = &o.weight * &credit;
            w.rows += &o.weight;
            if o.observed {
                w.observed_met += &part;
            }
            w.met += part;
        }
        let sheet_columns = sheet.map(|s| &s.columns);
        evidence.push(Evidence {
            row: row.number,
            column: verdict
                .decided_by
                .and_then(|c| sheet_columns.and_then(|cols| cols.get(c).copied().flatten())),
            label: verdict
                .label
                .unwrap_or_else(|| fact.map_or_else(|| Arc::from(""), |f| Arc::clone(&f.label))),
            id: ind.row_id.and_then(|c| match row.values.get(c) {
                Some(Value::Text(t)) if !t.is_empty() => Some(Arc::from(t.as_str())),
                _ => None,
            }),
            met: is_met,
            note: verdict.note,
            remarks: verdict.remarks,
            origin: origin.map(|o| Arc::clone(&o.origin)),
        });
    }
    let (status, share) = if rows < ind.min_rows || rows == 0 {
        match ind.insufficient {
            Insufficient::Zero => (Status::Insufficient, Exact::zero()),
            Insufficient::Exclude => (Status::Excluded, Exact::zero()),
        }
    } else {
        let share = match &weighted {
            Some(w) => &w.met / &w.rows,
            None => earned.clone() / exact::ratio(rows.into(), 1),
        };
        (Status::Scored, share)
    };
    (
        IndicatorScore {
            id: ind.id.clone(),
            status,
            sheet: sheet.map(|s| s.name.clone()).unwrap_or_default(),
            rows,
            met,
            earned: partial.then(|| exact::to_f64(&earned)),
            weighted,
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

#[cfg(test)]
mod weighing {
    use super::super::testing::*;
    use super::super::{Score, score};
    use crate::criteria::Criteria;
    use crate::exact;
    use crate::ix::SourceIx;
    use crate::submission::Value;
    use proptest::prelude::*;

    /// The services sheet's own columns, before the provenance columns.
    const SERVICES: usize = 11;

    /// A row with its provenance cells: a source key (empty for none) and
    /// whether it is verified.
    fn from(mut row: Vec<Value>, own: usize, source: &str, verified: bool) -> Vec<Value> {
        row.resize(own, Value::Empty);
        row.extend([
            if source.is_empty() {
                Value::Empty
            } else {
                Value::Choice(source.into())
            },
            text("https://example.org/check"),
            text("Monitor A"),
            t("2026-03-01 10:00"),
            Value::Bool(verified),
        ]);
        row
    }

    fn service_from(verbal: bool, source: &str, verified: bool) -> Vec<Value> {
        from(service(verbal, true), SERVICES, source, verified)
    }

    /// The bundled criteria without their provenance section.
    fn without_provenance() -> Criteria {
        let text = langaward_devkit::criteria_with(&[]);
        let (Some(from), Some(to)) = (
            text.find("\n# How each row of evidence was obtained"),
            text.find("\ncriteria:\n"),
        ) else {
            panic!("the bundled criteria no longer hold their provenance section");
        };
        let text = format!("{}{}", &text[..from], &text[to..]);
        crate::criteria::parse(text.as_bytes()).unwrap().0
    }

    #[test]
    fn a_row_counts_at_its_sources_weight() {
        let c = bundled();
        let s = submission(
            vec![
                service_from(true, "", false),
                service_from(false, "self_reported", false),
                service_from(true, "test_call", false),
            ],
            Vec::new(),
            Vec::new(),
        );
        let card = score(&c, &s);
        let verbal = indicator(&card, "verbal");
        // 0.5 + 1 met of 0.5 + 0.5 + 1: 75 %, where counting rows gives 66.67 %.
        assert_eq!((verbal.met, verbal.rows), (2, 3));
        assert_eq!(verbal.score.to_string(), "75.00");
        let w = verbal.weighted.as_ref().unwrap();
        assert_eq!(w.rows, exact::ratio(2, 1));
        assert_eq!(w.met, exact::ratio(3, 2));
        assert_eq!(w.observed_met, exact::ratio(1, 1));
        let origin = verbal.evidence[2].origin.as_deref().unwrap();
        assert_eq!(origin.source, SourceIx::new(4));
        assert_eq!(origin.weight, 1.0);
        assert_eq!(
            origin.reference.as_deref(),
            Some("https://example.org/check")
        );
        assert_eq!(origin.observer.as_deref(), Some("Monitor A"));
        assert_eq!(
            origin.observed_on,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 1)
        );
    }

    #[test]
    fn a_row_without_a_source_has_the_default_one() {
        let c = bundled();
        let card = score(
            &c,
            &submission(vec![service(true, true)], Vec::new(), Vec::new()),
        );
        let origin = indicator(&card, "verbal").evidence[0]
            .origin
            .clone()
            .unwrap();
        let default = c.provenance.as_ref().unwrap().default;
        assert_eq!(origin.source, default);
        assert_eq!(origin.weight, 0.5);
        assert_eq!(origin.reference, None);
        assert_eq!(origin.observed_on, None);
    }

    /// Self-reported rows counted only when verified: an unverified row is
    /// shown with weight 0, in neither the rows nor the rows met, and not
    /// among the rows `min_rows` asks for or a gate counts.
    #[test]
    fn a_verified_only_source_counts_verified_rows_alone() {
        let c = criteria(&[("counts: always", "counts: verified_only")]);
        let s = submission(
            vec![
                service_from(true, "self_reported", true),
                service_from(true, "", false),
                service_from(false, "self_reported", true),
                service_from(false, "website", false),
                service_from(true, "website", false),
            ],
            vec![
                from(
                    item("2026-03-01 10:00", Some("2026-03-01 11:00"), (100.0, 100.0)),
                    8,
                    "",
                    false
                );
                5
            ],
            Vec::new(),
        );
        let card = score(&c, &s);
        let verbal = indicator(&card, "verbal");
        assert_eq!(verbal.evidence.len(), 5);
        assert_eq!((verbal.met, verbal.rows), (2, 4));
        let unverified = &verbal.evidence[1];
        assert!(unverified.met);
        assert_eq!(unverified.origin.as_ref().unwrap().weight, 0.0);
        // 0.5 + 1 met of 0.5 + 0.5 + 1 + 1.
        assert_eq!(verbal.score.to_string(), "50.00");
        // Five unverified items: no rows count, so too few, and the gate
        // finds none in Serbian.
        assert_eq!(indicator(&card, "simultaneous").rows, 0);
        assert_eq!(
            indicator(&card, "simultaneous").status,
            super::Status::Insufficient
        );
        assert!(!card.passed_gates());
    }

    #[test]
    fn without_provenance_every_row_counts_one() {
        let c = without_provenance();
        let s = submission(
            vec![
                service(true, true),
                service(false, true),
                service(true, true),
            ],
            Vec::new(),
            Vec::new(),
        );
        let card = score(&c, &s);
        let verbal = indicator(&card, "verbal");
        assert_eq!(verbal.score.to_string(), "66.67");
        assert!(verbal.weighted.is_none());
        assert!(verbal.evidence.iter().all(|e| e.origin.is_none()));
        assert!(card.observed.is_none());
        // The bundled criteria, whose rows all have the same source, agree.
        let bundled = score(&bundled(), &s);
        assert_eq!(bundled.evidence, card.evidence);
        assert_eq!(bundled.observed.unwrap().observed, Score::zero(2));
    }

    const SOURCES: [&str; 4] = ["", "self_reported", "website", "site_visit"];

    proptest! {
        /// The observed and declared parts add up exactly to the evidence
        /// score, and nothing rests on observed evidence without an
        /// observed row met.
        #[test]
        fn observed_and_declared_add_up_to_the_evidence_score(
            services in proptest::collection::vec((any::<bool>(), any::<bool>(), 0usize..4), 0..12),
            signs in proptest::collection::vec((any::<bool>(), 0usize..4), 0..6),
        ) {
            let c = bundled();
            let services: Vec<Vec<Value>> = services
                .iter()
                .map(|&(v, w, k)| from(service(v, w), SERVICES, SOURCES[k], false))
                .collect();
            let signs: Vec<Vec<Value>> = signs
                .iter()
                .map(|&(ok, k)| from(sign("Hyrja", if ok { "Улаз" } else { "" }), 7, SOURCES[k], false))
                .collect();
            let card = score(&c, &submission(services.clone(), Vec::new(), signs.clone()));
            let split = card.observed.unwrap();
            prop_assert_eq!(split.observed.units() + split.declared.units(), card.evidence.units());
            let observed_met = card
                .criteria
                .iter()
                .flat_map(|k| &k.indicators)
                .any(|i| i.weighted.as_ref().is_some_and(|w| exact::positive(&w.observed_met)));
            if !observed_met {
                prop_assert_eq!(split.observed.units(), 0);
            }
        }
    }
}
