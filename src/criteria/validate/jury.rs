//! The jury: the scale of its marks, who marks which categories (listed
//! here or in a jurors file of their own), how several marks become one,
//! and the jury's share of the total.

use super::checker::{Checker, hint_known};
use super::yaml::parse_yaml;
use crate::criteria::diagnostic::{Code, Diagnostic, Pos};
use crate::criteria::raw::{Int, RawCategory, RawJuror, RawJurorsFile, RawJury, RawMarks, S};
use crate::criteria::{Aggregate, Juror, Jury};
use std::path::PathBuf;

pub(super) fn jury(c: &mut Checker, raw: &S<RawJury>, categories: &[RawCategory]) -> Jury {
    let j = &raw.value;
    let (min, max, step) = marks(c, &j.marks);
    let ids: Vec<&str> = categories.iter().map(|k| k.id.value.as_str()).collect();
    let jurors = roster(c, raw, &ids);
    let aggregate = match j.aggregate.as_ref() {
        None => Aggregate::Mean,
        Some(a) if a.value == "mean" => Aggregate::Mean,
        Some(a) if a.value == "median" => Aggregate::Median,
        Some(a) if a.value == "trimmed_mean" => Aggregate::TrimmedMean,
        Some(a) => {
            c.error(
                Code::InvalidValue,
                Pos::of(a),
                format!("aggregate `{}` is unknown", a.value),
                "use mean, median or trimmed_mean",
            );
            Aggregate::Mean
        }
    };
    let mut at_least = |value: &Option<S<Int>>, least: i64, default: usize, what: &str| {
        value.as_ref().map_or(default, |v| {
            if v.value.0 < least {
                c.error(
                    Code::InvalidValue,
                    Pos::of(v),
                    format!("{what} must be at least {least}"),
                    format!("e.g. {what}: {}", least.max(default as i64)),
                );
            }
            usize::try_from(v.value.0).unwrap_or(default)
        })
    };
    let trim_from = at_least(&j.trim_from, 3, 3, "trim_from");
    let min_marks = at_least(&j.min_marks, 1, 1, "min_marks");
    let consensus_spread = j.consensus_spread.as_ref().map(|s| {
        if !(s.value.0 >= 0.0 && s.value.0 <= max - min) {
            c.error(
                Code::InvalidValue,
                Pos::of(s),
                "consensus_spread must lie within the mark scale",
                "e.g. consensus_spread: 4 on a 0–10 scale",
            );
        }
        s.value.0
    });
    let weights = [&j.weights.evidence, &j.weights.jury];
    let [evidence_weight, jury_weight] = weights.map(|w| c.weight(w));
    c.weights_sum("the evidence and the jury", &weights, Pos::of(raw));
    Jury {
        min,
        max,
        step,
        jurors,
        jurors_file: j
            .jurors_file
            .as_ref()
            .map(|f| (f.value.clone(), Pos::of(f))),
        jurors_source: PathBuf::new(),
        aggregate,
        trim_from,
        min_marks,
        standardise: j.standardise.unwrap_or(false),
        consensus_spread,
        evidence_weight,
        jury_weight,
    }
}

/// The mark scale: lowest, highest and step.
fn marks(c: &mut Checker, marks: &RawMarks) -> (f64, f64, Option<f64>) {
    let (min, max) = (marks.min.value.0, marks.max.value.0);
    if !(min.is_finite() && max.is_finite() && min < max) {
        c.error(
            Code::InvalidValue,
            Pos::of(&marks.max),
            "jury marks need min < max",
            "e.g. marks: { min: 0, max: 10, step: 1 }",
        );
    }
    let step = marks.step.as_ref().map(|s| {
        if !(s.value.0 > 0.0 && s.value.0 <= max - min) {
            c.error(
                Code::InvalidValue,
                Pos::of(s),
                "the mark step must be above 0 and within the scale",
                "e.g. step: 0.5",
            );
        }
        s.value.0
    });
    (min, max, step)
}

/// The jurors listed here; none yet when they are in a file of their own,
/// which [`crate::criteria::load`] reads with [`jurors_file`].
fn roster(c: &mut Checker, raw: &S<RawJury>, categories: &[&str]) -> Vec<Juror> {
    match (&raw.value.jurors, &raw.value.jurors_file) {
        (Some(list), None) => jurors(c, list, categories),
        (None, Some(_)) => Vec::new(),
        (Some(_), Some(file)) => {
            c.error(
                Code::InvalidValue,
                Pos::of(file),
                "the jury has both `jurors` and `jurors_file`",
                "keep one: the list here, or the file that holds it",
            );
            Vec::new()
        }
        (None, None) => {
            c.error(
                Code::MissingKey,
                Pos::of(raw),
                "the jury lists no jurors",
                "add `jurors:` (a list) or `jurors_file: jurors.yaml`",
            );
            Vec::new()
        }
    }
}

fn jurors(c: &mut Checker, raw: &[RawJuror], categories: &[&str]) -> Vec<Juror> {
    c.unique_ids("juror", raw.iter().map(|x| &x.id));
    raw.iter()
        .map(|x| {
            let categories = match &x.categories {
                None => (0..categories.len()).collect(),
                Some(list) => list
                    .iter()
                    .filter_map(|k| {
                        let found = categories.iter().position(|cat| *cat == k.value);
                        if found.is_none() {
                            c.error(
                                Code::InvalidValue,
                                Pos::of(k),
                                format!(
                                    "juror `{}` marks unknown category `{}`",
                                    x.id.value, k.value
                                ),
                                hint_known("categories", &k.value, categories.iter().copied()),
                            );
                        }
                        found
                    })
                    .collect(),
            };
            Juror {
                id: x.id.value.clone(),
                name: x.name.value.clone(),
                institution: x.institution.as_ref().map(|i| i.value.clone()),
                institution_at: x.institution.as_ref().map(Pos::of).unwrap_or_default(),
                categories,
            }
        })
        .collect()
}

/// Reads a separate jurors file against the validated categories.
pub fn jurors_file(bytes: &[u8], categories: &[&str]) -> Result<Vec<Juror>, Vec<Diagnostic>> {
    let raw: RawJurorsFile = parse_yaml(bytes, "jurors").map_err(|d| vec![d])?;
    let mut c = Checker::default();
    let jurors = jurors(&mut c, &raw.jurors, categories);
    if c.problems.is_empty() {
        Ok(jurors)
    } else {
        Err(c.problems)
    }
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::{cases, render};
    use super::jurors_file;
    use crate::criteria::parse;

    #[test]
    fn the_mark_scale_and_aggregation() {
        insta::assert_snapshot!(cases(&[
            (
                "min above max",
                &[(
                    "marks: { min: 0, max: 10, step: 1 }",
                    "marks: { min: 10, max: 0, step: 1 }"
                )]
            ),
            (
                "a step larger than the scale",
                &[("step: 1 }", "step: 20 }")]
            ),
            (
                "an unknown aggregate",
                &[("aggregate: trimmed_mean", "aggregate: trimmed")]
            ),
            (
                "trimming too few marks",
                &[("trim_from: 4", "trim_from: 2")]
            ),
            ("no marks needed", &[("min_marks: 3", "min_marks: 0")]),
            (
                "a spread beyond the scale",
                &[("consensus_spread: 4", "consensus_spread: 12")]
            ),
            (
                "evidence and jury summing to 90",
                &[(
                    "weights: { evidence: 70, jury: 30 }",
                    "weights: { evidence: 70, jury: 20 }"
                )]
            ),
            (
                "a negative jury weight",
                &[(
                    "weights: { evidence: 70, jury: 30 }",
                    "weights: { evidence: 130, jury: -30 }"
                )]
            ),
        ]));
    }

    #[test]
    fn the_jurors_are_listed_once() {
        let inline = "jurors:\n    - { id: a, name: A, categories: [ministries, townships] }\n    - { id: a, name: B }";
        insta::assert_snapshot!(cases(&[
            ("no jurors", &[("  jurors_file: jurors.yaml\n", "")]),
            (
                "both a list and a file",
                &[(
                    "jurors_file: jurors.yaml",
                    "jurors_file: jurors.yaml\n  jurors: []"
                )]
            ),
            (
                "a juror twice, and an unknown category",
                &[("jurors_file: jurors.yaml", inline)]
            ),
        ]));
    }

    #[test]
    fn a_jurors_file_is_checked_against_the_categories() {
        let file = "jurors:\n  - id: x\n    name: X\n    categories: [ministries, townships]\n";
        let found = jurors_file(file.as_bytes(), &["ministries", "agencies"]).unwrap_err();
        insta::assert_snapshot!(render(&found));
        let empty = jurors_file(b"", &["ministries"]).unwrap_err();
        insta::assert_snapshot!(render(&empty));
    }

    /// The jurors' institutions are applicants' ids, which only the
    /// submissions show: checked at evaluation (W006), announced by `check`
    /// (W007).
    #[test]
    fn a_jurors_institution_is_checked_against_the_applicants() {
        let jurors = "jurors:\n    - { id: a, name: A, institution: kjcc }\n    - { id: b, name: B, institution: mf }";
        let text = langaward_devkit::criteria_with(&[("jurors_file: jurors.yaml", jurors)]);
        let (criteria, _) = parse(text.as_bytes()).unwrap();
        let unknown: Vec<_> = crate::jury::unknown_institutions(&criteria, &["kjc", "mof"])
            .iter()
            .map(|u| u.diagnostic())
            .collect();
        let unchecked = crate::jury::unchecked_institutions(&criteria).unwrap().1;
        insta::assert_snapshot!(render(&unknown) + "\n" + &render(&[unchecked]));
    }
}
