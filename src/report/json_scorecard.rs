//! One applicant's scorecard as results.json writes it: every criterion,
//! indicator and row, and why each row earned or lost its point. Kept
//! apart from the rest of `results.json` because it mirrors the scoring
//! model variant by variant.

use crate::criteria;
use crate::exact;
use crate::ix::{PerBand, PerSource};
use crate::results as schema;
use crate::scoring::{self, Scorecard};
use std::borrow::Cow;

/// The card's scores, borrowed, and its evidence `rows` (one list per
/// indicator, as kept aside after scoring), moved in.
pub(super) fn scorecard<'a>(
    c: &'a criteria::Criteria,
    card: &'a Scorecard,
    rows: Vec<Vec<scoring::Evidence>>,
) -> schema::Scorecard<'a> {
    let mut rows = rows.into_iter();
    schema::Scorecard {
        total: card.total.value(),
        evidence: card.evidence.value(),
        jury: card.jury.map(|j| schema::JuryShare {
            score: j.score.value(),
            evidence_part: j.evidence_part.value(),
            jury_part: j.jury_part.value(),
        }),
        observed: card.observed.map(|o| schema::ObservedShare {
            observed: o.observed.value(),
            declared: o.declared.value(),
        }),
        band: card.band,
        criteria: card
            .criteria
            .iter()
            .zip(&c.criteria)
            .map(|(k, spec)| schema::CriterionScore {
                id: k.id.as_str().into(),
                score: k.score.value(),
                band: c
                    .bands_of(spec)
                    .at_band(k.band)
                    .map(|b| b.id.as_str().into()),
                weight: k.weight,
                contribution: k.contribution.value(),
                indicators: k
                    .indicators
                    .iter()
                    .map(|i| indicator(c, i, rows.next().unwrap_or_default()))
                    .collect(),
            })
            .collect(),
        gates: card
            .gates
            .iter()
            .map(|g| schema::GateResult {
                id: g.id.as_str().into(),
                passed: g.passed,
                found: g.found,
                min: g.min,
            })
            .collect(),
    }
}

fn indicator<'a>(
    c: &'a criteria::Criteria,
    i: &'a scoring::IndicatorScore,
    rows: Vec<scoring::Evidence>,
) -> schema::IndicatorScore<'a> {
    schema::IndicatorScore {
        id: i.id.as_str().into(),
        status: match i.status {
            scoring::Status::Scored => schema::Status::Scored,
            scoring::Status::Insufficient => schema::Status::Insufficient,
            scoring::Status::Excluded => schema::Status::Excluded,
        },
        sheet: i.sheet.as_str().into(),
        rows: i.rows,
        met: i.met,
        earned: i.earned,
        weighted: i.weighted.as_ref().map(|w| schema::Weighted {
            rows: exact::to_f64(&w.rows),
            met: exact::to_f64(&w.met),
            observed_met: exact::to_f64(&w.observed_met),
        }),
        score: i.score.value(),
        weight: i.weight,
        effective_weight: i.effective_weight,
        contribution: i.contribution.value(),
        evidence: rows
            .into_iter()
            .map(|e| schema::Evidence {
                row: e.row,
                column: e.column,
                label: e.label.to_string().into(),
                id: e.id.as_deref().map(|id| id.to_string().into()),
                met: e.met,
                note: note(e.note),
                remarks: e.remarks.into_iter().map(note).collect(),
                origin: e.origin.and_then(|o| origin(c, &o)),
            })
            .collect(),
    }
}

/// A row's origin, its source named by key.
fn origin<'a>(c: &'a criteria::Criteria, o: &scoring::Origin) -> Option<schema::Origin<'a>> {
    let source = c.provenance.as_ref()?.sources.at_source(o.source)?;
    Some(schema::Origin {
        source: source.key.as_str().into(),
        observed: source.observed,
        weight: o.weight,
        verified: o.verified,
        reference: o.reference.as_deref().map(|r| Cow::Owned(r.to_string())),
        observer: o.observer.as_deref().map(|r| Cow::Owned(r.to_string())),
        observed_on: o.observed_on,
    })
}

fn note(n: scoring::Note) -> schema::Note<'static> {
    use schema::Note as S;
    use scoring::Note as N;
    fn s(s: impl Into<Cow<'static, str>>) -> Cow<'static, str> {
        s.into()
    }
    match n {
        N::Met => S::Met,
        N::NotYes { column } => S::NotYes { column: s(column) },
        N::Missing { column } => S::Missing { column: s(column) },
        N::Late { hours, tolerance } => S::Late { hours, tolerance },
        N::NoReply { language, column } => S::NoReply {
            language: s(language),
            column: s(column),
        },
        N::ReplyBeforeSent { column } => S::ReplyBeforeSent { column: s(column) },
        N::ReplyLate { hours, tolerance } => S::ReplyLate { hours, tolerance },
        N::Ratio {
            column,
            ratio,
            min,
            max,
        } => S::Ratio {
            column: s(column),
            ratio,
            min,
            max,
        },
        N::Rating {
            column,
            rating,
            min,
        } => S::Rating {
            column: s(column),
            rating,
            min,
        },
        N::Copy { column } => S::Copy { column: s(column) },
        N::Script {
            column,
            expected,
            found,
        } => S::Script {
            column: s(column),
            expected: s(expected.name()),
            found: s(found.name()),
        },
        N::ScriptMissing { script } => S::ScriptMissing {
            script: s(script.name()),
        },
        N::MixedScript {
            column,
            word,
            position,
            intruders,
        } => S::MixedScript {
            column: s(column),
            word: s(word),
            position,
            intruders: s(intruders),
        },
        N::Order { expected, found } => S::Order {
            expected: s(expected),
            found: s(found),
        },
        N::LostDiacritics {
            column,
            found,
            intended,
        } => S::LostDiacritics {
            column: s(column),
            found: s(found),
            intended: s(intended),
        },
        N::Status {
            column,
            status,
            credit,
        } => S::Status {
            column: s(column),
            status: s(status),
            credit,
        },
    }
}
