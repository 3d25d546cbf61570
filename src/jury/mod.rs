//! The jury's own marks: sheets written for each juror ([`sheets`]), read
//! back with the care given to submissions ([`marks`]), and aggregated here
//! per applicant and criterion. Aggregation is pure: marks in, jury cards
//! out, every mark kept with the file and cell it came from.

mod institutions;
pub mod layout;
pub mod marks;

pub use institutions::{UnknownInstitution, unchecked_institutions, unknown_institutions};

use crate::criteria::{Aggregate, Jury};
use crate::exact::{self, Exact};
use crate::ix::{ApplicantIx, CriterionIx, PerApplicant, PerCriterion};
use crate::submission::CellRef;
use serde::Serialize;

/// Why a juror does not mark an applicant: a reason offered in the sheet's
/// dropdown, or the juror's own institution, given automatically when it
/// applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Conflict {
    #[serde(rename = "professional conflict")]
    Professional,
    #[serde(rename = "personal relationship")]
    Personal,
    #[serde(rename = "own institution")]
    OwnInstitution,
    /// Any other reason, in the juror's own words.
    #[serde(rename = "other")]
    Other,
}

impl Conflict {
    /// The reason's message in the catalogues: the juror sheet's dropdown
    /// offers it and the report names it with the same words.
    pub fn message_key(self) -> &'static str {
        match self {
            Conflict::Professional => "conflict_professional",
            Conflict::Personal => "conflict_personal",
            Conflict::OwnInstitution => "conflict_own",
            Conflict::Other => "conflict_other",
        }
    }

    /// Every reason, in the dropdown's order.
    pub const ALL: [Conflict; 4] = [
        Conflict::Professional,
        Conflict::Personal,
        Conflict::OwnInstitution,
        Conflict::Other,
    ];

    /// The reason as the dropdown offers it and results.json writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Conflict::Professional => "professional conflict",
            Conflict::Personal => "personal relationship",
            Conflict::OwnInstitution => "own institution",
            Conflict::Other => "other",
        }
    }
}

/// What a mark is given for: one criterion of an applicant whose evidence
/// is scored, or a nominee as a whole, since a nominee of a category the
/// jury alone judges has no evidence to mark criterion by criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Aspect {
    Criterion(CriterionIx),
    Whole,
}

/// One juror's mark for one applicant and criterion, where it was written.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mark {
    pub juror: usize,
    pub applicant: ApplicantIx,
    pub aspect: Aspect,
    pub value: f64,
    pub file: String,
    pub at: CellRef,
}

/// A juror who does not mark an applicant, and why: declared in the sheet,
/// or the juror's own institution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recusal {
    pub juror: usize,
    pub applicant: ApplicantIx,
    pub reason: Conflict,
    /// The juror's own words, if the reason was not one of the list.
    pub note: Option<String>,
    /// Where it was declared; `None` when the criteria imply it.
    pub file: Option<String>,
    pub at: Option<CellRef>,
}

/// What the jury's sheets hold once read.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Marks {
    pub marks: Vec<Mark>,
    pub recusals: Vec<Recusal>,
    /// Jurors (indices) whose sheet was read.
    pub returned: Vec<usize>,
}

/// What the jury needs to know of one applicant.
pub struct Candidate<'a> {
    pub id: &'a str,
    pub category: Option<usize>,
    /// Passed the gates in an open category: only these are marked.
    pub ranked: bool,
    /// A nominee, marked once as a whole rather than per criterion.
    pub nominee: bool,
}

/// One mark as it counts: the juror's own value, the value used after
/// standardisation, and whether trimming dropped it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Counted {
    pub juror: String,
    pub value: f64,
    pub used: f64,
    pub trimmed: bool,
    pub file: String,
    pub at: CellRef,
}

/// The jury's view of one criterion of one applicant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JuryCriterion {
    pub marks: Vec<Counted>,
    /// The aggregated mark on the jury's scale, exact (a mean of decimal
    /// marks is a fraction); `None` without marks.
    #[serde(serialize_with = "exact::serialize_option")]
    pub mark: Option<Exact>,
    /// Highest minus lowest of the jurors' own marks.
    pub spread: f64,
    pub consensus: bool,
    pub insufficient: bool,
}

/// The jury's view of one applicant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JuryCard {
    /// One per criterion, in the criteria's order; none for a nominee.
    pub criteria: Vec<JuryCriterion>,
    /// A nominee's marks, given to the nominee as a whole.
    pub whole: Option<JuryCriterion>,
    /// 0–100, the criteria's weights applied to the aggregated marks,
    /// exact so the final total is rounded once; `None` while any criterion
    /// has too few marks.
    #[serde(serialize_with = "exact::serialize_option")]
    pub score: Option<Exact>,
    pub insufficient: bool,
    /// Some criterion's marks spread wider than the criteria allow.
    pub consensus: bool,
}

impl JuryCard {
    /// Every part the jury marked, with what it was marked for: the
    /// criteria in order, or the nominee as a whole.
    pub fn parts(&self) -> impl Iterator<Item = (Aspect, &JuryCriterion)> {
        self.criteria
            .by_criterion()
            .map(|(k, c)| (Aspect::Criterion(k), c))
            .chain(self.whole.iter().map(|c| (Aspect::Whole, c)))
    }
}

/// Every applicant's jury card (`None` for those the jury does not mark),
/// the recusals that removed marks, and the jurors who returned no sheet.
#[derive(Debug, Clone, Serialize)]
pub struct JuryResults {
    /// One per applicant, in the evaluation's order.
    pub cards: Vec<Option<JuryCard>>,
    pub recusals: Vec<Recusal>,
    pub missing: Vec<usize>,
}

/// Aggregates the marks. `weights` are the criteria's weights, summing to 100.
pub fn aggregate(
    jury: &Jury,
    weights: &[f64],
    candidates: &[Candidate],
    read: &Marks,
) -> JuryResults {
    let mut recusals = read.recusals.clone();
    for (j, juror) in jury.jurors.iter().enumerate() {
        let Some(own) = juror.institution.as_deref().map(crate::text::fold) else {
            continue;
        };
        for (a, c) in candidates.indexed() {
            let marks_it = c.ranked && c.category.is_some_and(|k| juror.categories.contains(&k));
            if marks_it
                && crate::text::fold(c.id) == own
                && !recusals.iter().any(|r| r.juror == j && r.applicant == a)
            {
                recusals.push(Recusal {
                    juror: j,
                    applicant: a,
                    reason: Conflict::OwnInstitution,
                    note: None,
                    file: None,
                    at: None,
                });
            }
        }
    }
    recusals.sort_by(|a, b| {
        (a.applicant, a.juror, &a.file, &a.at).cmp(&(b.applicant, b.juror, &b.file, &b.at))
    });
    recusals.dedup_by(|a, b| a.applicant == b.applicant && a.juror == b.juror);
    let recused: std::collections::HashSet<(usize, ApplicantIx)> =
        recusals.iter().map(|r| (r.juror, r.applicant)).collect();
    let kept: Vec<&Mark> = read
        .marks
        .iter()
        .filter(|m| !recused.contains(&(m.juror, m.applicant)))
        .collect();
    let used = standardised(jury, &kept);
    // Marks by applicant and what they mark, in reading order.
    let mut by_row: std::collections::HashMap<(ApplicantIx, Aspect), Vec<(&Mark, f64)>> =
        std::collections::HashMap::new();
    for (m, u) in kept.iter().zip(&used) {
        by_row
            .entry((m.applicant, m.aspect))
            .or_default()
            .push((*m, *u));
    }
    let marked = |a: ApplicantIx, aspect: Aspect| {
        criterion(jury, by_row.get(&(a, aspect)).map_or(&[][..], |v| &v[..]))
    };
    let cards = candidates
        .indexed()
        .map(|(a, c)| {
            c.ranked.then(|| {
                if c.nominee {
                    return card(jury, &[], Vec::new(), Some(marked(a, Aspect::Whole)));
                }
                let criteria: Vec<JuryCriterion> = weights
                    .by_criterion()
                    .map(|(k, _)| marked(a, Aspect::Criterion(k)))
                    .collect();
                card(jury, weights, criteria, None)
            })
        })
        .collect();
    let missing = (0..jury.jurors.len())
        .filter(|j| !read.returned.contains(j))
        .collect();
    JuryResults {
        cards,
        recusals,
        missing,
    }
}

/// The card of the marks given per criterion (weighted as the evidence
/// is) or, for a nominee, to the whole (which is then the whole score).
fn card(
    jury: &Jury,
    weights: &[f64],
    criteria: Vec<JuryCriterion>,
    whole: Option<JuryCriterion>,
) -> JuryCard {
    let insufficient = criteria.iter().chain(&whole).any(|c| c.insufficient);
    let score = if insufficient {
        None
    } else {
        let (min, span) = (
            exact::decimal(jury.min),
            exact::decimal(jury.max - jury.min),
        );
        let weighted = |c: &JuryCriterion, w: f64| {
            c.mark
                .as_ref()
                .map(|m| exact::decimal(w) * (m - &min) / &span)
        };
        match &whole {
            Some(w) => weighted(w, 100.0),
            None => criteria
                .iter()
                .zip(weights)
                .map(|(c, w)| weighted(c, *w))
                .sum::<Option<Exact>>(),
        }
    };
    JuryCard {
        consensus: criteria.iter().chain(&whole).any(|c| c.consensus),
        insufficient,
        score,
        criteria,
        whole,
    }
}

/// One criterion's marks (each with the value to use) become one mark.
fn criterion(jury: &Jury, marks: &[(&Mark, f64)]) -> JuryCriterion {
    let names = |j: usize| {
        jury.jurors
            .get(j)
            .map_or_else(String::new, |x| x.id.clone())
    };
    let mut counted: Vec<Counted> = marks
        .iter()
        .map(|(m, used)| Counted {
            juror: names(m.juror),
            value: m.value,
            used: *used,
            trimmed: false,
            file: m.file.clone(),
            at: m.at.clone(),
        })
        .collect();
    counted.sort_by(|a, b| a.juror.cmp(&b.juror));
    let n = counted.len();
    if jury.aggregate == Aggregate::TrimmedMean && n >= jury.trim_from {
        // The lowest and the highest value; among equal values the juror
        // listed first, so the choice never depends on reading order.
        let used = |i: usize| counted.get(i).map_or(0.0, |c| c.used);
        let order = |pick_max: bool| {
            (0..n).reduce(|best, i| {
                let (b, x) = (used(best), used(i));
                if (pick_max && x > b) || (!pick_max && x < b) {
                    i
                } else {
                    best
                }
            })
        };
        if let (Some(lo), Some(hi)) = (order(false), order(true)) {
            let hi = if hi == lo {
                (0..n).find(|&i| i != lo).unwrap_or(hi)
            } else {
                hi
            };
            for i in [lo, hi] {
                if let Some(c) = counted.get_mut(i) {
                    c.trimmed = true;
                }
            }
        }
    }
    let values: Vec<Exact> = counted
        .iter()
        .filter(|c| !c.trimmed)
        .map(|c| exact::decimal(c.used))
        .collect();
    let mark = match jury.aggregate {
        _ if values.is_empty() => None,
        Aggregate::Median => Some(median(values)),
        Aggregate::Mean | Aggregate::TrimmedMean => {
            let n = exact::ratio(values.len() as u64, 1);
            Some(values.into_iter().sum::<Exact>() / n)
        }
    };
    let own = counted.iter().map(|c| c.value);
    let spread = own.clone().fold(f64::NEG_INFINITY, f64::max) - own.fold(f64::INFINITY, f64::min);
    let spread = if n == 0 { 0.0 } else { spread };
    JuryCriterion {
        consensus: jury.consensus_spread.is_some_and(|limit| spread > limit),
        insufficient: n < jury.min_marks.max(1),
        mark,
        spread,
        marks: counted,
    }
}

fn median(mut v: Vec<Exact>) -> Exact {
    v.sort();
    let mid = v.len() / 2;
    match (
        v.len() % 2,
        v.get(mid),
        mid.checked_sub(1).and_then(|i| v.get(i)),
    ) {
        (1, Some(m), _) => m.clone(),
        (_, Some(a), Some(b)) => (a + b) / exact::ratio(2, 1),
        _ => exact::ratio(0, 1),
    }
}

/// The value each mark counts with: its own, or, when the criteria ask for
/// standardisation, the juror's z-score rescaled to the mean and spread of
/// all marks, kept within the scale. A juror who gave one value to everyone
/// says nothing about order and counts at the mean.
fn standardised(jury: &Jury, marks: &[&Mark]) -> Vec<f64> {
    if !jury.standardise || marks.is_empty() {
        return marks.iter().map(|m| m.value).collect();
    }
    let all: Vec<f64> = marks.iter().map(|m| m.value).collect();
    let (mean, sd) = mean_sd(&all);
    let per_juror: Vec<(f64, f64)> = (0..jury.jurors.len())
        .map(|j| {
            let own: Vec<f64> = marks
                .iter()
                .filter(|m| m.juror == j)
                .map(|m| m.value)
                .collect();
            mean_sd(&own)
        })
        .collect();
    marks
        .iter()
        .map(|m| {
            let (jm, jsd) = per_juror.get(m.juror).copied().unwrap_or((mean, 0.0));
            let z = if jsd > 1e-9 {
                (m.value - jm) / jsd
            } else {
                0.0
            };
            (mean + z * sd).clamp(jury.min, jury.max)
        })
        .collect()
}

/// Mean and population standard deviation.
fn mean_sd(values: &[f64]) -> (f64, f64) {
    if values.is_empty() {
        return (0.0, 0.0);
    }
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
    (mean, var.sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A mark or score as the exact decimal it should be.
    fn x(v: f64) -> Option<Exact> {
        Some(exact::decimal(v))
    }
    use crate::criteria::Juror;

    fn jury(aggregate: Aggregate, jurors: usize) -> Jury {
        Jury {
            min: 0.0,
            max: 10.0,
            step: Some(0.5),
            jurors: (0..jurors)
                .map(|j| Juror {
                    id: format!("j{j}"),
                    name: format!("Juror {j}"),
                    institution: None,
                    institution_at: Default::default(),
                    categories: vec![0],
                })
                .collect(),
            jurors_file: None,
            jurors_source: Default::default(),
            aggregate,
            trim_from: 4,
            min_marks: 1,
            standardise: false,
            consensus_spread: None,
            evidence_weight: 70.0,
            jury_weight: 30.0,
        }
    }

    fn mark(juror: usize, applicant: usize, value: f64) -> Mark {
        Mark {
            juror,
            applicant: ApplicantIx::new(applicant),
            aspect: Aspect::Criterion(CriterionIx::new(0)),
            value,
            file: format!("j{juror}.xlsx"),
            at: CellRef::cell("Marks", applicant as u32 + 1, 5),
        }
    }

    fn candidates(n: usize) -> Vec<Candidate<'static>> {
        const IDS: [&str; 4] = ["a", "b", "c", "d"];
        IDS.iter()
            .take(n)
            .map(|id| Candidate {
                id,
                category: Some(0),
                ranked: true,
                nominee: false,
            })
            .collect()
    }

    /// One applicant, one criterion: the aggregated mark of these marks.
    fn aggregated(j: &Jury, values: &[f64]) -> JuryCriterion {
        let marks = Marks {
            marks: values
                .iter()
                .enumerate()
                .map(|(juror, v)| mark(juror, 0, *v))
                .collect(),
            recusals: Vec::new(),
            returned: (0..j.jurors.len()).collect(),
        };
        let r = aggregate(j, &[100.0], &candidates(1), &marks);
        r.cards[0].as_ref().unwrap().criteria[0].clone()
    }

    #[test]
    fn mean_median_and_trimmed_mean_with_two_to_five_marks() {
        let cases: [(&[f64], f64, f64, f64); 4] = [
            (&[4.0, 8.0], 6.0, 6.0, 6.0),
            (&[2.0, 6.0, 7.0], 5.0, 6.0, 5.0),
            // From four marks on, the trimmed mean drops 1 and 10.
            (&[1.0, 6.0, 7.0, 10.0], 6.0, 6.5, 6.5),
            (&[0.0, 5.0, 6.0, 7.0, 10.0], 5.6, 6.0, 6.0),
        ];
        for (values, mean, median, trimmed) in cases {
            let n = values.len();
            let got = |a| aggregated(&jury(a, n), values).mark.unwrap();
            assert_eq!(got(Aggregate::Mean), exact::decimal(mean), "{values:?}");
            assert_eq!(got(Aggregate::Median), exact::decimal(median), "{values:?}");
            assert_eq!(
                got(Aggregate::TrimmedMean),
                exact::decimal(trimmed),
                "{values:?}"
            );
        }
        let c = aggregated(
            &jury(Aggregate::TrimmedMean, 5),
            &[0.0, 5.0, 6.0, 7.0, 10.0],
        );
        let dropped: Vec<f64> = c
            .marks
            .iter()
            .filter(|m| m.trimmed)
            .map(|m| m.value)
            .collect();
        assert_eq!(dropped, [0.0, 10.0], "the dropped marks stay visible");
        assert_eq!(c.marks.len(), 5);
    }

    #[test]
    fn equal_extremes_drop_one_mark_each() {
        let c = aggregated(&jury(Aggregate::TrimmedMean, 4), &[5.0, 5.0, 5.0, 5.0]);
        assert_eq!(c.marks.iter().filter(|m| m.trimmed).count(), 2);
        assert_eq!(c.mark, x(5.0));
        let j = jury(Aggregate::TrimmedMean, 4);
        let first = aggregated(&j, &[3.0, 3.0, 9.0, 9.0]);
        let trimmed: Vec<&str> = first
            .marks
            .iter()
            .filter(|m| m.trimmed)
            .map(|m| m.juror.as_str())
            .collect();
        assert_eq!(
            trimmed,
            ["j0", "j2"],
            "ties resolved by juror order, not by reading order"
        );
    }

    #[test]
    fn too_few_marks_flag_the_applicant_and_leave_no_jury_score() {
        let mut j = jury(Aggregate::Mean, 3);
        j.min_marks = 3;
        let c = aggregated(&j, &[6.0, 8.0]);
        assert!(c.insufficient);
        let marks = Marks {
            marks: vec![mark(0, 0, 6.0), mark(1, 0, 8.0)],
            recusals: Vec::new(),
            returned: vec![0, 1],
        };
        let r = aggregate(&j, &[100.0], &candidates(1), &marks);
        let card = r.cards[0].as_ref().unwrap();
        assert!(card.insufficient);
        assert_eq!(card.score, None);
        assert_eq!(r.missing, [2], "juror 2 returned no sheet");
    }

    #[test]
    fn a_declared_conflict_removes_the_jurors_marks_and_the_mark_is_recomputed() {
        let j = jury(Aggregate::Mean, 3);
        let mut marks = Marks {
            marks: vec![
                mark(0, 0, 2.0),
                mark(1, 0, 8.0),
                mark(2, 0, 8.0),
                mark(0, 1, 5.0),
            ],
            recusals: Vec::new(),
            returned: vec![0, 1, 2],
        };
        let before = aggregate(&j, &[100.0], &candidates(2), &marks);
        assert_eq!(before.cards[0].as_ref().unwrap().criteria[0].mark, x(6.0));
        marks.recusals.push(Recusal {
            juror: 0,
            applicant: ApplicantIx::new(0),
            reason: Conflict::Personal,
            note: None,
            file: Some("j0.xlsx".into()),
            at: Some(CellRef::cell("Marks", 1, 7)),
        });
        let after = aggregate(&j, &[100.0], &candidates(2), &marks);
        let card = after.cards[0].as_ref().unwrap();
        assert_eq!(card.criteria[0].mark, x(8.0));
        assert_eq!(card.criteria[0].marks.len(), 2);
        assert_eq!(card.score, x(80.0));
        assert_eq!(
            after.cards[1].as_ref().unwrap().criteria[0].mark,
            x(5.0),
            "the juror still marks other applicants"
        );
        assert_eq!(after.recusals.len(), 1);
    }

    #[test]
    fn a_juror_never_counts_for_their_own_institution() {
        let mut j = jury(Aggregate::Mean, 2);
        j.jurors[1].institution = Some("B".into());
        let marks = Marks {
            marks: vec![mark(0, 1, 4.0), mark(1, 1, 10.0), mark(1, 0, 6.0)],
            recusals: Vec::new(),
            returned: vec![0, 1],
        };
        let r = aggregate(&j, &[100.0], &candidates(2), &marks);
        assert_eq!(r.cards[1].as_ref().unwrap().criteria[0].mark, x(4.0));
        assert_eq!(r.cards[0].as_ref().unwrap().criteria[0].mark, x(6.0));
        assert_eq!(r.recusals.len(), 1);
        assert_eq!(
            (r.recusals[0].juror, r.recusals[0].applicant),
            (1, ApplicantIx::new(1))
        );
        assert_eq!(r.recusals[0].reason, Conflict::OwnInstitution);
        assert_eq!(
            r.recusals[0].at, None,
            "implied by the criteria, not declared"
        );
    }

    #[test]
    fn standardisation_cancels_a_juror_who_marks_everyone_lower() {
        // Juror 1 gives every applicant one point less than juror 0.
        let marks = Marks {
            marks: vec![
                mark(0, 0, 9.0),
                mark(0, 1, 6.0),
                mark(0, 2, 4.0),
                mark(1, 0, 8.0),
                mark(1, 1, 5.0),
                mark(1, 2, 3.0),
                mark(2, 0, 7.0),
                mark(2, 1, 8.0),
                mark(2, 2, 2.0),
            ],
            recusals: Vec::new(),
            returned: vec![0, 1, 2],
        };
        let order = |j: &Jury| {
            let r = aggregate(j, &[100.0], &candidates(3), &marks);
            let scores: Vec<f64> = r
                .cards
                .iter()
                .map(|c| exact::to_f64(c.as_ref().unwrap().score.as_ref().unwrap()))
                .collect();
            let mut idx: Vec<usize> = (0..3).collect();
            idx.sort_by(|a, b| scores[*b].total_cmp(&scores[*a]));
            (idx, r)
        };
        let plain = jury(Aggregate::Mean, 3);
        let mut standard = plain.clone();
        standard.standardise = true;
        let (plain_order, _) = order(&plain);
        let (standard_order, r) = order(&standard);
        assert_eq!(plain_order, standard_order, "the ranking is unchanged");
        for card in r.cards.iter().flatten() {
            let used = |juror: &str| {
                card.criteria[0]
                    .marks
                    .iter()
                    .find(|m| m.juror == juror)
                    .map(|m| m.used)
                    .unwrap()
            };
            assert!(
                (used("j0") - used("j1")).abs() < 1e-9,
                "after standardisation the lenient and the harsh juror count the same"
            );
        }
        let raw: Vec<f64> = r.cards[0].as_ref().unwrap().criteria[0]
            .marks
            .iter()
            .map(|m| m.value)
            .collect();
        assert_eq!(raw, [9.0, 8.0, 7.0], "the jurors' own marks stay on record");
    }

    #[test]
    fn a_wide_spread_sends_the_applicant_to_the_consensus_meeting() {
        let mut j = jury(Aggregate::Median, 3);
        j.consensus_spread = Some(4.0);
        assert!(
            !aggregated(&j, &[4.0, 6.0, 8.0]).consensus,
            "spread 4 is allowed"
        );
        let c = aggregated(&j, &[2.0, 7.0, 8.0]);
        assert!(c.consensus);
        assert_eq!(c.spread, 6.0);
    }

    /// A nominee is marked once, as a whole: the aggregated mark on the
    /// scale is the jury score, with the criteria's weights playing no part,
    /// and too few marks hold the nominee back like a criterion would.
    #[test]
    fn a_nominee_s_whole_mark_is_its_jury_score() {
        let mut j = jury(Aggregate::Mean, 3);
        j.min_marks = 2;
        let whole = |juror, applicant, value| Mark {
            aspect: Aspect::Whole,
            ..mark(juror, applicant, value)
        };
        let marks = Marks {
            marks: vec![whole(0, 0, 9.0), whole(1, 0, 8.0), whole(2, 1, 7.0)],
            recusals: Vec::new(),
            returned: vec![0, 1, 2],
        };
        let nominees: Vec<Candidate> = candidates(2)
            .into_iter()
            .map(|c| Candidate { nominee: true, ..c })
            .collect();
        let r = aggregate(&j, &[40.0, 60.0], &nominees, &marks);
        let card = r.cards[0].as_ref().unwrap();
        assert!(card.criteria.is_empty());
        assert_eq!(card.whole.as_ref().unwrap().mark, x(8.5));
        assert_eq!(card.score, x(85.0));
        let parts: Vec<Aspect> = card.parts().map(|(a, _)| a).collect();
        assert_eq!(parts, [Aspect::Whole]);
        let short = r.cards[1].as_ref().unwrap();
        assert!(short.insufficient);
        assert_eq!(short.score, None);
    }

    #[test]
    fn the_jury_score_weights_criteria_like_the_evidence() {
        let j = jury(Aggregate::Mean, 1);
        let marks = Marks {
            marks: vec![
                mark(0, 0, 10.0),
                Mark {
                    aspect: Aspect::Criterion(CriterionIx::new(1)),
                    ..mark(0, 0, 5.0)
                },
            ],
            recusals: Vec::new(),
            returned: vec![0],
        };
        let r = aggregate(&j, &[40.0, 60.0], &candidates(1), &marks);
        assert_eq!(r.cards[0].as_ref().unwrap().score, x(70.0));
        let unranked = [Candidate {
            id: "a",
            category: None,
            ranked: false,
            nominee: false,
        }];
        let r = aggregate(&j, &[40.0, 60.0], &unranked, &marks);
        assert!(
            r.cards[0].is_none(),
            "the jury does not mark ineligible applicants"
        );
    }
}
