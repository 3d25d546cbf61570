//! `results.json`: everything, for tools and for next year's comparison.
//! Serialised straight from borrowed data, without an intermediate tree.

use crate::criteria::{Band, Period, Text};
use crate::evaluate::{Evaluation, InputRecord};
use crate::scoring::Scorecard;
use crate::submission::Institution;
use serde::Serialize;

#[derive(Serialize)]
struct Doc<'a> {
    tool: Tool,
    notice: Option<&'static str>,
    criteria: CriteriaSummary<'a>,
    inputs: &'a [InputRecord],
    categories: Vec<Category<'a>>,
    ineligible: Vec<&'a str>,
    applicants: Vec<Applicant<'a>>,
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
    band: Option<&'a str>,
    scorecard: &'a Scorecard,
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
        applicants: eval
            .applicants
            .iter()
            .map(|a| Applicant {
                file: &a.file,
                institution: &a.institution,
                category: a
                    .category
                    .and_then(|i| c.categories.get(i))
                    .map(|k| k.id.as_str()),
                band: c.bands.get(a.card.band).map(|b| b.id.as_str()),
                scorecard: &a.card,
                warnings: a.warnings,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")
}
