//! The jury's sheets as inputs of the evaluation: read beside the
//! submissions, their marks aggregated and joined to the evidence scores.

use super::supersede::replaced_by;
use super::{Applicant, EvaluateError, InputRecord, Outcome, Role, collect_inputs, digest};
use crate::criteria::{Jury, LoadedCriteria};
use crate::jury::{self, Candidate, JuryResults};
use crate::scoring;
use crate::submission::{Finding, FindingCode, Level, Limits, Read};
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
            nominee: a.nominee.is_some(),
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
    let keys: Vec<Option<(usize, ())>> = read
        .iter()
        .map(|(_, _, r)| match r {
            Read::Usable { value, .. } => Some((value.juror, ())),
            _ => None,
        })
        .collect();
    let winners: Vec<Option<String>> = replaced_by(&keys)
        .into_iter()
        .map(|w| w.and_then(|w| read.get(w)).map(|r| r.0.clone()))
        .collect();
    let mut all = jury::Marks::default();
    for ((file, sha256, result), winner) in read.into_iter().zip(winners) {
        let (outcome, findings) = counted(result, winner, spec, &mut all);
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
            scoring::combine(c, a.category, &mut a.card, score);
        }
    }
    Ok(results)
}

/// What became of one juror sheet: one replaced by the same juror's later
/// sheet (`winner`) is rejected; the marks and recusals of one that counts
/// join `all`.
fn counted(
    result: Read<jury::marks::Sheet>,
    winner: Option<String>,
    spec: &Jury,
    all: &mut jury::Marks,
) -> (Outcome, Vec<Finding>) {
    match result {
        Read::Skipped { reason } => (Outcome::Skipped, vec![reason]),
        Read::Rejected { findings } => (Outcome::Rejected, findings),
        Read::Usable {
            value,
            mut findings,
        } => match winner {
            Some(winner) => {
                let juror = spec.jurors.get(value.juror).map_or("", |j| j.id.as_str());
                findings.push(
                    Finding::new(FindingCode::J004)
                        .arg("juror", juror)
                        .arg("file", winner),
                );
                (Outcome::Rejected, findings)
            }
            None => {
                all.returned.push(value.juror);
                all.marks.extend(value.marks);
                all.recusals.extend(value.recusals);
                let outcome = if findings.iter().any(|f| f.level() != Level::Note) {
                    Outcome::ScoredWithWarnings
                } else {
                    Outcome::Scored
                };
                (outcome, findings)
            }
        },
    }
}
