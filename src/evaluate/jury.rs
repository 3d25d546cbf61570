//! The jury's sheets as inputs of the evaluation: read beside the
//! submissions, their marks aggregated and joined to the evidence scores.

use super::{Applicant, EvaluateError, InputRecord, Outcome, Role, collect_inputs, digest};
use crate::criteria::LoadedCriteria;
use crate::jury::{self, Candidate, JuryResults};
use crate::scoring;
use crate::submission::{Finding, Level, Limits, Read};
use rayon::prelude::*;
use std::path::Path;

/// Reads every juror sheet in `dir` in parallel, aggregates the marks and
/// joins each applicant's jury mark to its evidence score. Each sheet
/// joins the list of inputs, with what became of it.
pub(super) fn read_jury(
    dir: &Path,
    loaded: &LoadedCriteria,
    limits: &Limits,
    applicants: &mut [Applicant],
    inputs: &mut Vec<InputRecord>,
) -> Result<JuryResults, EvaluateError> {
    let c = &loaded.criteria;
    let Some(spec) = &c.jury else {
        return Err(EvaluateError::NoJury(dir.display().to_string()));
    };
    let files = collect_inputs(&[dir.to_path_buf()])?;
    let candidates: Vec<Candidate> = applicants
        .iter()
        .map(|a| Candidate {
            id: &a.institution.id,
            category: a.category,
            ranked: a.category.is_some() && a.card.passed_gates(),
        })
        .collect();
    let cx = jury::marks::Context {
        criteria: c,
        jury: spec,
        candidates: &candidates,
    };
    let mut read: Vec<(String, Option<String>, Read<jury::marks::Sheet>)> = files
        .par_iter()
        .map(|path| {
            let file = crate::text::display_path(path);
            let sha = digest(path, limits);
            let sheet = jury::marks::read(path, &file, &cx, limits);
            (file, sha, sheet)
        })
        .collect();
    read.sort_by(|a, b| a.0.cmp(&b.0));
    // A juror's later file (by name) replaces an earlier one, as with
    // resubmitted workbooks.
    let last: Vec<Option<usize>> = read
        .iter()
        .map(|(_, _, r)| match r {
            Read::Usable { value, .. } => Some(value.juror),
            _ => None,
        })
        .collect();
    let mut all = jury::Marks::default();
    for (i, (file, sha256, result)) in read.into_iter().enumerate() {
        let mine = last.get(i).copied().flatten();
        let newer = last
            .iter()
            .enumerate()
            .skip(i + 1)
            .find(|(_, j)| mine.is_some() && **j == mine)
            .map(|(k, _)| k);
        let (outcome, findings) = match result {
            Read::Skipped { reason } => (Outcome::Skipped, vec![reason]),
            Read::Rejected { findings } => (Outcome::Rejected, findings),
            Read::Usable {
                value,
                mut findings,
            } => match newer {
                Some(k) => {
                    let juror = spec.jurors.get(value.juror).map_or("", |j| j.id.as_str());
                    findings.push(
                        Finding::error("J004").arg("juror", juror).arg(
                            "file",
                            files
                                .get(k)
                                .map_or(String::new(), |p| crate::text::display_path(p)),
                        ),
                    );
                    (Outcome::Rejected, findings)
                }
                None => {
                    all.returned.push(value.juror);
                    all.marks.extend(value.marks);
                    all.recusals.extend(value.recusals);
                    let outcome = if findings.iter().any(|f| f.level != Level::Note) {
                        Outcome::ScoredWithWarnings
                    } else {
                        Outcome::Scored
                    };
                    (outcome, findings)
                }
            },
        };
        inputs.push(InputRecord {
            file,
            role: Role::JurySheet,
            sha256,
            outcome,
            findings,
            applicant: None,
        });
    }
    let weights: Vec<f64> = c.criteria.iter().map(|k| k.weight).collect();
    let results = jury::aggregate(spec, &weights, &candidates, &all);
    for (a, card) in applicants.iter_mut().zip(&results.cards) {
        if let Some(score) = card.as_ref().and_then(|j| j.score.as_ref()) {
            scoring::combine(c, &mut a.card, score);
        }
    }
    Ok(results)
}
