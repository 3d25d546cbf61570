//! `results.json`: everything, for tools and for next year's comparison.

use super::RenderError;
use crate::evaluate::Evaluation;
use serde_json::json;

pub fn results(eval: &Evaluation) -> Result<Vec<u8>, RenderError> {
    let c = &eval.criteria.criteria;
    let categories: Vec<_> = eval
        .ranking
        .categories
        .iter()
        .map(|cat| {
            let id_of = |i: &usize| {
                eval.applicants
                    .get(*i)
                    .map(|a| a.submission.institution.id.clone())
            };
            json!({
                "category": cat.category,
                "ranking": cat.placed.iter().map(|p| json!({
                    "rank": p.rank,
                    "tied": p.tied,
                    "decided_by": p.decided_by,
                    "id": id_of(&p.entry),
                })).collect::<Vec<_>>(),
                "excluded_by_gate": cat.excluded.iter().filter_map(id_of).collect::<Vec<_>>(),
            })
        })
        .collect();
    let applicants: Vec<_> = eval
        .applicants
        .iter()
        .map(|a| {
            json!({
                "file": a.file,
                "institution": a.submission.institution,
                "category": a.category.and_then(|i| c.categories.get(i)).map(|k| &k.id),
                "band": c.bands.get(a.card.band).map(|b| &b.id),
                "scorecard": a.card,
                "warnings": a.warnings,
            })
        })
        .collect();
    let doc = json!({
        "tool": { "name": "langaward", "version": env!("CARGO_PKG_VERSION") },
        "notice": eval.has_sample_evidence().then_some(super::SAMPLE_NOTICE),
        "criteria": {
            "file": eval.criteria_file,
            "sha256": eval.criteria.sha256,
            "edition": c.edition,
            "award": c.award,
            "period": c.period,
            "bands": c.bands,
            "criteria": c.criteria.iter().map(|k| json!({
                "id": k.id, "name": k.name, "weight": k.weight,
                "indicators": k.indicators.iter().map(|i| json!({"id": i.id, "name": i.name, "weight": i.weight})).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        },
        "inputs": eval.inputs,
        "categories": categories,
        "ineligible": eval.ranking.ineligible.iter().filter_map(|i| eval.applicants.get(*i)).map(|a| &a.submission.institution.id).collect::<Vec<_>>(),
        "applicants": applicants,
    });
    let mut bytes = serde_json::to_vec_pretty(&doc)?;
    bytes.push(b'\n');
    Ok(bytes)
}
