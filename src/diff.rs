//! Edition over edition: two `results.json` files compared per institution.
//! Pure: takes the parsed documents, returns the comparison.

use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum DiffError {
    #[error("{0} is not a langaward results.json (no `{1}`)")]
    NotResults(String, &'static str),
    #[error(
        "the two editions were scored with criteria of a different structure ({0}), so their totals do not compare; use --allow-different-criteria to compare them anyway"
    )]
    DifferentCriteria(String),
}

/// One institution in one edition.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Standing {
    pub id: String,
    pub name: String,
    pub category: Option<String>,
    pub total: f64,
    pub band: String,
    /// Position of the band in the band list: 0 is the best.
    pub band_rank: usize,
    pub rank: Option<u64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Change {
    pub old: Standing,
    pub new: Standing,
    pub total_change: f64,
    /// The band is worse than in the earlier edition.
    pub fell: bool,
    /// It received an award tier in the earlier edition (or, for results
    /// without tiers, was in the best band).
    pub was_recipient: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Comparison {
    pub old_edition: i64,
    pub new_edition: i64,
    pub changes: Vec<Change>,
    pub new_applicants: Vec<Standing>,
    pub missing: Vec<Standing>,
    /// Set when the criteria differ but the comparison was asked for anyway.
    pub criteria_differ: Option<String>,
}

impl Comparison {
    /// Earlier recipients whose band then fell.
    pub fn fallen_recipients(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|c| c.fell && c.was_recipient)
    }
}

fn standings(doc: &Value, which: &str) -> Result<Vec<Standing>, DiffError> {
    let missing = |field| DiffError::NotResults(which.to_string(), field);
    let bands: Vec<&str> = doc
        .pointer("/criteria/bands")
        .and_then(Value::as_array)
        .ok_or_else(|| missing("criteria.bands"))?
        .iter()
        .filter_map(|b| b.get("id").and_then(Value::as_str))
        .collect();
    let mut ranks: BTreeMap<&str, u64> = BTreeMap::new();
    for cat in doc
        .get("categories")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for p in cat
            .get("ranking")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let (Some(id), Some(rank)) = (
                p.get("id").and_then(Value::as_str),
                p.get("rank").and_then(Value::as_u64),
            ) {
                ranks.insert(id, rank);
            }
        }
    }
    let applicants = doc
        .get("applicants")
        .and_then(Value::as_array)
        .ok_or_else(|| missing("applicants"))?;
    Ok(applicants
        .iter()
        .filter_map(|a| {
            let inst = a.get("institution")?;
            let id = inst.get("id")?.as_str()?.to_string();
            let name = inst
                .get("name_sq")
                .and_then(Value::as_str)
                .or_else(|| inst.get("name_sr").and_then(Value::as_str))
                .unwrap_or(&id)
                .to_string();
            let band = a
                .get("band")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            Some(Standing {
                rank: ranks.get(id.as_str()).copied(),
                category: a
                    .get("category")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                total: a
                    .pointer("/scorecard/total")
                    .and_then(Value::as_f64)
                    .unwrap_or(0.0),
                band_rank: bands.iter().position(|b| *b == band).unwrap_or(bands.len()),
                band,
                name,
                id,
            })
        })
        .collect())
}

/// What makes totals comparable: criteria and indicators with their
/// weights, and the bands.
fn structure(doc: &Value) -> String {
    let criteria: Vec<String> = doc
        .pointer("/criteria/criteria")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|k| {
            let indicators: Vec<String> = k
                .get("indicators")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|i| {
                    format!(
                        "{}:{}",
                        i.get("id").unwrap_or(&Value::Null),
                        i.get("weight").unwrap_or(&Value::Null)
                    )
                })
                .collect();
            format!(
                "{}:{}[{}]",
                k.get("id").unwrap_or(&Value::Null),
                k.get("weight").unwrap_or(&Value::Null),
                indicators.join(",")
            )
        })
        .collect();
    let bands = doc
        .pointer("/criteria/bands")
        .map(Value::to_string)
        .unwrap_or_default();
    format!("{} / {bands}", criteria.join(" "))
}

/// Ids that received a tier; `None` when the results have no tiers.
fn recipients(doc: &Value) -> Option<Vec<String>> {
    let awards: Vec<&Value> = doc
        .get("categories")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|c| c.get("awards").and_then(Value::as_array))
        .flatten()
        .collect();
    if awards.is_empty() {
        return None;
    }
    Some(
        awards
            .iter()
            .filter_map(|a| a.get("recipients").and_then(Value::as_array))
            .flatten()
            .filter_map(|r| r.as_str().map(str::to_string))
            .collect(),
    )
}

fn edition(doc: &Value) -> i64 {
    doc.pointer("/criteria/edition")
        .and_then(Value::as_i64)
        .unwrap_or_default()
}

/// Compares two editions; `aliases` maps a current id to its earlier ids.
pub fn compare(
    old: &Value,
    new: &Value,
    aliases: &BTreeMap<String, Vec<String>>,
    allow_different_criteria: bool,
) -> Result<Comparison, DiffError> {
    let (before, after) = (structure(old), structure(new));
    let criteria_differ =
        (before != after).then(|| "criteria, indicators, weights or bands differ".to_string());
    if let (Some(reason), false) = (&criteria_differ, allow_different_criteria) {
        return Err(DiffError::DifferentCriteria(reason.clone()));
    }
    let old_standings = standings(old, "the earlier results")?;
    let earlier_recipients = recipients(old);
    let new_standings = standings(new, "the newer results")?;
    let earlier = |id: &str| -> Option<&Standing> {
        let names: Vec<&str> = std::iter::once(id)
            .chain(aliases.get(id).into_iter().flatten().map(String::as_str))
            .collect();
        names
            .iter()
            .find_map(|n| old_standings.iter().find(|o| o.id == *n))
    };
    let mut changes = Vec::new();
    let mut new_applicants = Vec::new();
    let mut matched: Vec<&str> = Vec::new();
    for n in &new_standings {
        match earlier(&n.id) {
            Some(o) => {
                matched.push(&o.id);
                changes.push(Change {
                    total_change: ((n.total - o.total) * 100.0).round() / 100.0,
                    fell: n.band_rank > o.band_rank,
                    was_recipient: earlier_recipients
                        .as_ref()
                        .map_or(o.band_rank == 0, |r| r.contains(&o.id)),
                    old: o.clone(),
                    new: n.clone(),
                });
            }
            None => new_applicants.push(n.clone()),
        }
    }
    let missing = old_standings
        .iter()
        .filter(|o| !matched.contains(&o.id.as_str()))
        .cloned()
        .collect();
    changes.sort_by(|a, b| {
        a.total_change
            .total_cmp(&b.total_change)
            .then_with(|| a.new.id.cmp(&b.new.id))
    });
    Ok(Comparison {
        old_edition: edition(old),
        new_edition: edition(new),
        changes,
        new_applicants,
        missing,
        criteria_differ,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn results(edition: i64, weight: f64, applicants: &[(&str, f64, &str, u64)]) -> Value {
        json!({
            "criteria": {
                "edition": edition,
                "bands": [{"id": "high"}, {"id": "moderate"}, {"id": "low"}],
                "criteria": [{"id": "services", "weight": weight, "indicators": [{"id": "verbal", "weight": 100}]}],
            },
            "categories": [{"category": "ministries", "ranking": applicants.iter().map(|(id, _, _, rank)| json!({"id": id, "rank": rank})).collect::<Vec<_>>()}],
            "applicants": applicants.iter().map(|(id, total, band, _)| json!({
                "institution": {"id": id, "name_sq": format!("Institucioni {id}")},
                "category": "ministries",
                "band": band,
                "scorecard": {"total": total},
            })).collect::<Vec<_>>(),
        })
    }

    #[test]
    fn changes_new_missing_and_fallen_front_runners() {
        let old = results(
            2025,
            100.0,
            &[
                ("mf", 80.0, "high", 1),
                ("kjc", 60.0, "moderate", 2),
                ("gone", 20.0, "low", 3),
            ],
        );
        let new = results(
            2026,
            100.0,
            &[
                ("mof", 55.5, "moderate", 2),
                ("kjc", 70.25, "high", 1),
                ("cbk", 40.0, "moderate", 3),
            ],
        );
        let aliases = BTreeMap::from([("mof".to_string(), vec!["mf".to_string()])]);
        let c = compare(&old, &new, &aliases, false).unwrap();
        assert_eq!(c.changes.len(), 2);
        let mof = &c.changes[0];
        assert_eq!(
            (
                mof.old.id.as_str(),
                mof.new.id.as_str(),
                mof.total_change,
                mof.fell,
                mof.was_recipient
            ),
            ("mf", "mof", -24.5, true, true)
        );
        assert_eq!((mof.old.rank, mof.new.rank), (Some(1), Some(2)));
        assert_eq!(
            c.fallen_recipients().count(),
            1,
            "no tiers in these results: the best band counts"
        );
        assert!(!c.changes[1].fell);
        assert_eq!(
            c.new_applicants
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>(),
            ["cbk"]
        );
        assert_eq!(
            c.missing.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            ["gone"]
        );
    }

    #[test]
    fn different_criteria_are_refused_unless_allowed() {
        let old = results(2025, 100.0, &[("kjc", 60.0, "moderate", 1)]);
        let new = results(2026, 90.0, &[("kjc", 70.0, "high", 1)]);
        assert!(matches!(
            compare(&old, &new, &BTreeMap::new(), false),
            Err(DiffError::DifferentCriteria(_))
        ));
        let c = compare(&old, &new, &BTreeMap::new(), true).unwrap();
        assert!(c.criteria_differ.is_some());
    }

    #[test]
    fn a_foreign_json_is_named() {
        let err =
            compare(&json!({"criteria": {}}), &json!({}), &BTreeMap::new(), true).unwrap_err();
        assert_eq!(
            err,
            DiffError::NotResults("the earlier results".into(), "criteria.bands")
        );
    }
}
