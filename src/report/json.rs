//! `results.json`: everything, for tools and for next year's comparison.
//! Serialised straight from borrowed data, without an intermediate tree.

use super::jury;
use crate::criteria::{Aggregate, Band, Diagnostic, Period, Text};
use crate::evaluate::{Evaluation, Ineligible, InputRecord};
use crate::jury::JuryCard;
use crate::scoring::Scorecard;
use crate::submission::{CellRef, Institution};
use serde::Serialize;

#[derive(Serialize)]
struct Doc<'a> {
    tool: Tool,
    notice: Option<&'static str>,
    criteria: CriteriaSummary<'a>,
    inputs: &'a [InputRecord],
    categories: Vec<Category<'a>>,
    ineligible: Vec<&'a str>,
    /// Present when the criteria have a jury, whether or not marks were read.
    jury: Option<Jury<'a>>,
    applicants: Vec<Applicant<'a>>,
}

#[derive(Serialize)]
struct Jury<'a> {
    /// Marks were read; without them every total is the evidence score.
    read: bool,
    /// Some category's outcome may still change (no marks, or too few).
    provisional: bool,
    method: Method,
    jurors: Vec<Juror<'a>>,
    /// Jurors whose institution is no applicant's id (W006), in the form
    /// `langaward check --format json` gives.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<Warning>,
    /// Ids of jurors who returned no sheet.
    missing: Vec<&'a str>,
    recusals: Vec<Recusal<'a>>,
    /// Every applicant the jury marks, with its flags.
    applicants: Vec<Flags<'a>>,
}

#[derive(Serialize)]
struct Warning {
    file: String,
    #[serde(flatten)]
    diagnostic: Diagnostic,
}

#[derive(Serialize)]
struct Method {
    min: f64,
    max: f64,
    step: Option<f64>,
    aggregate: Aggregate,
    trim_from: usize,
    min_marks: usize,
    standardise: bool,
    consensus_spread: Option<f64>,
    evidence_weight: f64,
    jury_weight: f64,
}

#[derive(Serialize)]
struct Juror<'a> {
    id: &'a str,
    name: &'a str,
    institution: Option<&'a str>,
    categories: Vec<&'a str>,
    /// The juror's sheet was read.
    returned: bool,
    /// The file the juror's marks were read from, when any mark was.
    sheet: Option<&'a str>,
}

#[derive(Serialize)]
struct Recusal<'a> {
    juror: &'a str,
    applicant: &'a str,
    reason: &'static str,
    /// The juror's own words, when the reason was not one of the list.
    note: Option<&'a str>,
    /// Where it was declared; `null` when the criteria imply it (own institution).
    file: Option<&'a str>,
    at: Option<&'a CellRef>,
}

#[derive(Serialize)]
struct Flags<'a> {
    id: &'a str,
    /// Too few marks for a final total: not ranked yet.
    awaiting: bool,
    /// Marks spread wider than the criteria allow: for the consensus meeting.
    consensus: bool,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct CriteriaSummary<'a> {
    file: &'a str,
    sha256: &'a str,
    edition: i64,
    award: &'a Text,
    period: &'a Period,
    bands: &'a [Band],
    criteria: Vec<CriterionSummary<'a>>,
}

#[derive(Serialize)]
struct CriterionSummary<'a> {
    id: &'a str,
    name: &'a Text,
    weight: f64,
    indicators: Vec<IndicatorSummary<'a>>,
}

#[derive(Serialize)]
struct IndicatorSummary<'a> {
    id: &'a str,
    name: &'a Text,
    weight: f64,
}

#[derive(Serialize)]
struct Category<'a> {
    category: &'a str,
    ranking: Vec<Placed<'a>>,
    excluded_by_gate: Vec<&'a str>,
    /// Ranked once enough jury marks are in.
    awaiting_jury: Vec<&'a str>,
    /// The awards may still change.
    provisional: bool,
    awards: Vec<Award<'a>>,
}

#[derive(Serialize)]
struct Award<'a> {
    tier: &'a str,
    recipients: Vec<&'a str>,
    tied_for_last: Vec<&'a str>,
    close: bool,
}

#[derive(Serialize)]
struct Placed<'a> {
    rank: u32,
    tied: bool,
    decided_by: Option<&'a str>,
    id: &'a str,
}

#[derive(Serialize)]
struct Applicant<'a> {
    file: &'a str,
    institution: &'a Institution,
    category: Option<&'a str>,
    /// Why the applicant is not ranked, when it is not eligible.
    ineligible: Option<&'a Ineligible>,
    band: Option<&'a str>,
    scorecard: &'a Scorecard,
    /// Every jury mark with its juror, value used, trimming and place.
    jury: Option<&'a JuryCard>,
    warnings: usize,
}

/// Writes `results.json` straight to `out`.
pub fn write(eval: &Evaluation, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let c = &eval.criteria.criteria;
    let id = |i: usize| {
        eval.applicants
            .get(i)
            .map_or("", |a| a.institution.id.as_str())
    };
    let doc = Doc {
        tool: Tool {
            name: "langaward",
            version: env!("CARGO_PKG_VERSION"),
        },
        notice: eval.has_sample_evidence().then_some(super::SAMPLE_NOTICE),
        criteria: CriteriaSummary {
            file: &eval.criteria_file,
            sha256: &eval.criteria.sha256,
            edition: c.edition,
            award: &c.award,
            period: &c.period,
            bands: &c.bands,
            criteria: c
                .criteria
                .iter()
                .map(|k| CriterionSummary {
                    id: &k.id,
                    name: &k.name,
                    weight: k.weight,
                    indicators: k
                        .indicators
                        .iter()
                        .map(|i| IndicatorSummary {
                            id: &i.id,
                            name: &i.name,
                            weight: i.weight,
                        })
                        .collect(),
                })
                .collect(),
        },
        inputs: &eval.inputs,
        categories: eval
            .ranking
            .categories
            .iter()
            .map(|cat| Category {
                category: &cat.category,
                ranking: cat
                    .placed
                    .iter()
                    .map(|p| Placed {
                        rank: p.rank,
                        tied: p.tied,
                        decided_by: p.decided_by.as_deref(),
                        id: id(p.entry),
                    })
                    .collect(),
                excluded_by_gate: cat.excluded.iter().map(|&i| id(i)).collect(),
                awaiting_jury: cat.awaiting.iter().map(|&i| id(i)).collect(),
                provisional: jury::provisional(eval, cat),
                awards: cat
                    .outcomes
                    .iter()
                    .map(|o| Award {
                        tier: &o.tier,
                        recipients: o.recipients.iter().map(|&i| id(i)).collect(),
                        tied_for_last: o.tied_for_last.iter().map(|&i| id(i)).collect(),
                        close: o.close,
                    })
                    .collect(),
            })
            .collect(),
        ineligible: eval.ranking.ineligible.iter().map(|&i| id(i)).collect(),
        jury: jury_block(eval, &id),
        applicants: eval
            .applicants
            .iter()
            .enumerate()
            .map(|(entry, a)| Applicant {
                file: &a.file,
                institution: &a.institution,
                category: a
                    .category
                    .and_then(|i| c.categories.get(i))
                    .map(|k| k.id.as_str()),
                ineligible: a.ineligible.as_ref(),
                band: c.bands.get(a.card.band).map(|b| b.id.as_str()),
                scorecard: &a.card,
                jury: jury::card(eval, entry),
                warnings: a.warnings,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")
}

/// The jury block: its method, jurors by id, recusals and flags.
fn jury_block<'a>(eval: &'a Evaluation, id: &dyn Fn(usize) -> &'a str) -> Option<Jury<'a>> {
    let c = &eval.criteria.criteria;
    let spec = c.jury.as_ref()?;
    let results = eval.jury.as_ref();
    Some(Jury {
        read: jury::read(eval),
        provisional: eval
            .ranking
            .categories
            .iter()
            .any(|cat| jury::provisional(eval, cat)),
        method: Method {
            min: spec.min,
            max: spec.max,
            step: spec.step,
            aggregate: spec.aggregate,
            trim_from: spec.trim_from,
            min_marks: spec.min_marks,
            standardise: spec.standardise,
            consensus_spread: spec.consensus_spread,
            evidence_weight: spec.evidence_weight,
            jury_weight: spec.jury_weight,
        },
        jurors: spec
            .jurors
            .iter()
            .enumerate()
            .map(|(j, juror)| Juror {
                id: &juror.id,
                name: &juror.name,
                institution: juror.institution.as_deref(),
                categories: juror
                    .categories
                    .iter()
                    .filter_map(|&k| c.categories.get(k))
                    .map(|k| k.id.as_str())
                    .collect(),
                returned: results.is_some_and(|r| !r.missing.contains(&j)),
                sheet: jury::sheet_of(eval, j),
            })
            .collect(),
        warnings: eval
            .unknown_institutions
            .iter()
            .map(|u| Warning {
                file: u.file.display().to_string(),
                diagnostic: u.diagnostic(),
            })
            .collect(),
        missing: results.map_or_else(Vec::new, |r| {
            r.missing.iter().map(|&j| jury::juror_id(eval, j)).collect()
        }),
        recusals: results.map_or_else(Vec::new, |r| {
            r.recusals
                .iter()
                .map(|x| Recusal {
                    juror: jury::juror_id(eval, x.juror),
                    applicant: id(x.applicant),
                    reason: crate::jury::CONFLICTS.get(x.reason).copied().unwrap_or(""),
                    note: x.note.as_deref(),
                    file: x.file.as_deref(),
                    at: x.at.as_ref(),
                })
                .collect()
        }),
        applicants: (0..eval.applicants.len())
            .filter_map(|e| {
                jury::card(eval, e).map(|card| Flags {
                    id: id(e),
                    awaiting: card.score.is_none(),
                    consensus: card.consensus,
                })
            })
            .collect(),
    })
}
