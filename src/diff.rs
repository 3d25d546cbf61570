//! Edition over edition: two `results.json` files compared per institution.
//! Pure: takes the documents as read into [`crate::results`], returns
//! the comparison.

use crate::results::{Applicant, Band, IndicatorSummary, Note, Override, Results, Text};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum DiffError {
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
    /// The band's name in each language, from the edition's own criteria,
    /// so a page names the band in its reader's language.
    pub band_name: Option<Text<'static>>,
    /// Position of the band in the band list: 0 is the best.
    pub band_rank: usize,
    pub rank: Option<u64>,
    /// The status of every row an indicator follows by its `row_id` (the
    /// Commissioner's recommendations), by indicator and id.
    pub statuses: Vec<RowStatus>,
}

/// One row's status in one edition: a recommendation and how far it was
/// implemented.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RowStatus {
    /// The indicator's id.
    pub indicator: String,
    /// The row's id (a recommendation's number).
    pub id: String,
    /// The status's choice key.
    pub status: String,
    /// The status's name in each language, from the edition's own criteria.
    pub name: Option<Text<'static>>,
}

/// A followed row whose status differs from the earlier edition's, or
/// which the earlier edition did not have.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Moved {
    /// Its status in the earlier edition; `None` for a new row.
    pub old: Option<RowStatus>,
    pub new: RowStatus,
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
    /// Followed rows whose status moved, and new ones, by indicator and id.
    pub moved: Vec<Moved>,
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
    /// The changes a what-if run made to the criteria file, of each side
    /// that is one; empty for an edition's own results.
    pub old_overrides: Vec<Override<'static>>,
    pub new_overrides: Vec<Override<'static>>,
}

impl Comparison {
    /// Earlier recipients whose band then fell.
    pub fn fallen_recipients(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|c| c.fell && c.was_recipient)
    }
}

/// Every applicant of one edition with its total, band and rank; the band's
/// position makes "fell" a comparison of numbers.
fn standings(doc: &Results) -> Vec<Standing> {
    let bands = &doc.criteria.bands;
    let indicators: Vec<&IndicatorSummary> = doc
        .criteria
        .criteria
        .iter()
        .flat_map(|k| &k.indicators)
        .collect();
    let ranks: BTreeMap<&str, u64> = doc
        .categories
        .iter()
        .flat_map(|cat| &cat.ranking)
        .map(|p| (p.id.as_ref(), u64::from(p.rank)))
        .collect();
    doc.applicants
        .iter()
        .map(|a| {
            let inst = &a.institution;
            let band = a.band.as_deref().unwrap_or_default();
            Standing {
                id: inst.id.to_string(),
                name: inst
                    .name_sq
                    .as_deref()
                    .or(inst.name_sr.as_deref())
                    .unwrap_or(&inst.id)
                    .to_string(),
                category: a.category.as_deref().map(str::to_string),
                total: a.scorecard.total,
                band_rank: bands
                    .iter()
                    .position(|b| b.id == band)
                    .unwrap_or(bands.len()),
                band_name: bands.iter().find(|b| b.id == band).map(|b| owned(&b.name)),
                band: band.to_string(),
                rank: ranks.get(inst.id.as_ref()).copied(),
                statuses: row_statuses(&a, &indicators),
            }
        })
        .collect()
}

fn owned(t: &Text) -> Text<'static> {
    Text {
        sq: Cow::Owned(t.sq.to_string()),
        sr: Cow::Owned(t.sr.to_string()),
        en: Cow::Owned(t.en.to_string()),
    }
}

/// Every row of an applicant that carries an id and a status, sorted by
/// indicator and id; a second row with the same id keeps the first's.
fn row_statuses(a: &Applicant, indicators: &[&IndicatorSummary]) -> Vec<RowStatus> {
    let mut found: BTreeMap<(&str, &str), RowStatus> = BTreeMap::new();
    for ind in a.scorecard.criteria.iter().flat_map(|k| &k.indicators) {
        let summary = indicators.iter().find(|i| i.id == ind.id);
        for e in &ind.evidence {
            let (Some(id), Note::Status { status, .. }) = (&e.id, &e.note) else {
                continue;
            };
            let name = summary
                .and_then(|i| i.statuses.iter().find(|s| s.key == *status))
                .map(|s| owned(&s.name));
            found
                .entry((ind.id.as_ref(), id.as_ref()))
                .or_insert_with(|| RowStatus {
                    indicator: ind.id.to_string(),
                    id: id.to_string(),
                    status: status.to_string(),
                    name,
                });
        }
    }
    found.into_values().collect()
}

/// The rows of `new` whose status differs from `old`'s, or that `old`
/// lacks; a row `new` no longer has is not listed.
fn moved(old: &[RowStatus], new: &[RowStatus]) -> Vec<Moved> {
    new.iter()
        .filter_map(|n| {
            let earlier = old
                .iter()
                .find(|o| o.indicator == n.indicator && o.id == n.id);
            match earlier {
                Some(o) if o.status == n.status => None,
                _ => Some(Moved {
                    old: earlier.cloned(),
                    new: n.clone(),
                }),
            }
        })
        .collect()
}

/// A criterion or indicator by id, with its weight.
type Weighted<'d> = (&'d str, f64);

/// What makes totals comparable: criteria and indicators (by id) with their
/// weights, and the bands.
#[derive(PartialEq)]
struct Structure<'d> {
    criteria: Vec<(Weighted<'d>, Vec<Weighted<'d>>)>,
    bands: &'d [Band<'d>],
}

fn structure<'d>(doc: &'d Results) -> Structure<'d> {
    Structure {
        criteria: doc
            .criteria
            .criteria
            .iter()
            .map(|k| {
                let indicators = k
                    .indicators
                    .iter()
                    .map(|i| (i.id.as_ref(), i.weight))
                    .collect();
                ((k.id.as_ref(), k.weight), indicators)
            })
            .collect(),
        bands: &doc.criteria.bands,
    }
}

/// Whether the two results were scored with the same criteria file of the
/// same edition, one or both with what-if changes (`--set`): their
/// criteria then differ only by the changes each records, which the
/// comparison states instead of refusing it.
fn what_if_of_one_file(old: &Results, new: &Results) -> bool {
    let (a, b) = (&old.criteria, &new.criteria);
    a.sha256 == b.sha256
        && a.edition == b.edition
        && !(a.overrides.is_empty() && b.overrides.is_empty())
}

/// A side's what-if changes, owned for the comparison.
fn overrides(doc: &Results) -> Vec<Override<'static>> {
    let owned = |s: &Cow<str>| Cow::Owned(s.to_string());
    doc.criteria
        .overrides
        .iter()
        .map(|o| Override {
            path: owned(&o.path),
            value: owned(&o.value),
            previous: o.previous.as_ref().map(owned),
        })
        .collect()
}

/// Ids that received a tier; `None` when the results have no tiers.
fn recipients<'d>(doc: &'d Results) -> Option<Vec<&'d str>> {
    let mut awards = doc.categories.iter().flat_map(|c| &c.awards).peekable();
    awards.peek()?;
    Some(
        awards
            .flat_map(|a| &a.recipients)
            .map(AsRef::as_ref)
            .collect(),
    )
}

/// Compares two editions; `aliases` maps a current id to its earlier ids.
pub fn compare(
    old: &Results,
    new: &Results,
    aliases: &BTreeMap<String, Vec<String>>,
    allow_different_criteria: bool,
) -> Result<Comparison, DiffError> {
    let criteria_differ = (structure(old) != structure(new) && !what_if_of_one_file(old, new))
        .then(|| "criteria, indicators, weights or bands differ".to_string());
    if let (Some(reason), false) = (&criteria_differ, allow_different_criteria) {
        return Err(DiffError::DifferentCriteria(reason.clone()));
    }
    let old_standings = standings(old);
    let earlier_recipients = recipients(old);
    let new_standings = standings(new);
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
                        .map_or(o.band_rank == 0, |r| r.contains(&o.id.as_str())),
                    moved: moved(&o.statuses, &n.statuses),
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
        old_edition: old.criteria.edition,
        new_edition: new.criteria.edition,
        changes,
        new_applicants,
        missing,
        criteria_differ,
        old_overrides: overrides(old),
        new_overrides: overrides(new),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::*;

    fn text(s: &str) -> Text<'static> {
        Text {
            sq: s.to_string().into(),
            sr: s.to_string().into(),
            en: s.to_string().into(),
        }
    }

    fn band(id: &str) -> Band<'static> {
        let bound = Bound {
            value: 0.0,
            inclusive: true,
        };
        Band {
            id: id.to_string().into(),
            name: text(id),
            lower: bound,
            upper: bound,
        }
    }

    fn applicant(id: &str, total: f64, band: &str) -> Applicant<'static> {
        Applicant {
            file: format!("{id}.xlsx").into(),
            institution: Institution {
                id: id.to_string().into(),
                name_sq: Some(format!("Institucioni {id}").into()),
                name_sr: None,
                name_sr_cyrl: None,
                kind: "ministry".into(),
                municipality: None,
                contact: None,
                submitted: None,
                edition: None,
                sample: false,
            },
            category: Some("ministries".into()),
            ineligible: None,
            band: Some(band.to_string().into()),
            scorecard: Scorecard {
                total,
                evidence: total,
                jury: None,
                observed: None,
                band: 0,
                criteria: Vec::new(),
                gates: Vec::new(),
            },
            jury: None,
            warnings: 0,
            nominee: None,
        }
    }

    fn results(
        edition: i64,
        weight: f64,
        applicants: &[(&str, f64, &str, u32)],
    ) -> Results<'static> {
        Results {
            tool: Tool {
                name: TOOL_NAME.into(),
                version: "0".into(),
            },
            notice: None,
            criteria: CriteriaSummary {
                file: "criteria.yaml".into(),
                sha256: "".into(),
                edition,
                award: text("award"),
                period: Period {
                    from: Default::default(),
                    to: Default::default(),
                },
                bands: vec![band("high"), band("moderate"), band("low")],
                criteria: vec![CriterionSummary {
                    id: "services".into(),
                    name: text("Services"),
                    weight,
                    indicators: vec![IndicatorSummary {
                        id: "verbal".into(),
                        name: text("Verbal"),
                        weight: 100.0,
                        statuses: Vec::new(),
                    }],
                    bands: Vec::new(),
                }],
                provenance: None,
                overrides: Vec::new(),
            },
            inputs: Vec::new().into(),
            categories: vec![Category {
                category: "ministries".into(),
                ranking: applicants
                    .iter()
                    .map(|&(id, _, _, rank)| Placed {
                        rank,
                        tied: false,
                        decided_by: None,
                        id: id.to_string().into(),
                    })
                    .collect(),
                excluded_by_gate: Vec::new(),
                awaiting_jury: Vec::new(),
                provisional: false,
                awards: Vec::new(),
            }],
            ineligible: Vec::new(),
            jury: None,
            robustness: None,
            applicants: applicants
                .iter()
                .map(|&(id, total, band, _)| applicant(id, total, band))
                .collect::<Vec<_>>()
                .into(),
        }
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

    fn row(indicator: &str, id: &str, status: &str) -> RowStatus {
        RowStatus {
            indicator: indicator.into(),
            id: id.into(),
            status: status.into(),
            name: None,
        }
    }

    #[test]
    fn a_row_moves_when_its_status_differs_and_is_new_when_it_was_not_there() {
        let old = [
            row("recommendations", "R-1", "partly"),
            row("recommendations", "R-2", "implemented"),
            row("recommendations", "R-gone", "not_implemented"),
            row("other", "R-3", "partly"),
        ];
        let new = [
            row("recommendations", "R-1", "implemented"),
            row("recommendations", "R-2", "implemented"),
            row("recommendations", "R-3", "partly"),
            row("other", "R-3", "partly"),
        ];
        let moved = moved(&old, &new);
        let seen: Vec<(&str, Option<&str>, &str)> = moved
            .iter()
            .map(|m| {
                let old = m.old.as_ref().map(|o| o.status.as_str());
                (m.new.id.as_str(), old, m.new.status.as_str())
            })
            .collect();
        // R-3 is new to `recommendations`, though another indicator has a
        // row of that id; a row no longer listed is not a move.
        assert_eq!(
            seen,
            [
                ("R-1", Some("partly"), "implemented"),
                ("R-3", None, "partly")
            ]
        );
    }

    /// A what-if run of the edition's own criteria file compares with the
    /// edition's run without `--allow-different-criteria`, and the
    /// comparison carries the changes; another file is refused as before.
    #[test]
    fn a_what_if_run_compares_with_its_edition_and_carries_its_changes() {
        let edition = results(2026, 100.0, &[("kjc", 60.0, "moderate", 1)]);
        let mut what_if = results(2026, 90.0, &[("kjc", 70.0, "high", 1)]);
        what_if.criteria.overrides = vec![Override {
            path: "criteria.services.weight".into(),
            value: "90".into(),
            previous: Some("100".into()),
        }];
        let c = compare(&edition, &what_if, &BTreeMap::new(), false).unwrap();
        assert_eq!(c.criteria_differ, None);
        assert_eq!(c.new_overrides, what_if.criteria.overrides);
        assert!(c.old_overrides.is_empty());
        let c = compare(&what_if, &edition, &BTreeMap::new(), false).unwrap();
        assert_eq!(c.old_overrides, what_if.criteria.overrides);
        what_if.criteria.sha256 = "another file".into();
        assert!(matches!(
            compare(&edition, &what_if, &BTreeMap::new(), false),
            Err(DiffError::DifferentCriteria(_))
        ));
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
}
