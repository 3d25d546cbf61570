//! The input files: which there are, what each one is, and what became of it.

use super::EvaluateError;
use crate::ix::ApplicantIx;
use crate::submission::{Finding, Limits, Loaded};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What became of one input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Scored,
    ScoredWithWarnings,
    Rejected,
    Skipped,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Scored => "scored",
            Outcome::ScoredWithWarnings => "scored with warnings",
            Outcome::Rejected => "rejected",
            Outcome::Skipped => "skipped",
        }
    }
}

/// Whose file an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Submission,
    JurySheet,
}

#[derive(Debug, Clone, Serialize)]
pub struct InputRecord {
    pub file: String,
    pub role: Role,
    pub sha256: Option<String>,
    pub outcome: Outcome,
    /// Why it was skipped or rejected, and every warning.
    pub findings: Vec<Finding>,
    /// The applicant it became, when scored.
    pub applicant: Option<ApplicantIx>,
}

/// Lists input files: every entry directly in a folder (hidden dot-files
/// aside), sorted by name, so the report can account for each one. A path
/// that does not exist is refused rather than reported as a file that
/// cannot be opened: it is a slip on the command line, not a submission.
/// A file named twice (directly and through its folder, or through a
/// symbolic link) is one input, under the first spelling given.
pub fn collect_inputs(paths: &[PathBuf]) -> Result<Vec<PathBuf>, EvaluateError> {
    require(paths)?;
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() && !is_workbook_name(path) {
            let entries = std::fs::read_dir(path).map_err(|source| EvaluateError::List {
                path: path.clone(),
                source,
            })?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .map(|e| e.path())
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(p.canonicalize().unwrap_or_else(|_| p.clone())));
    Ok(out)
}

/// Every one of `paths` exists, or the error names each that does not.
pub(super) fn require(paths: &[PathBuf]) -> Result<(), EvaluateError> {
    let missing = crate::paths::missing(paths);
    if missing.is_empty() {
        Ok(())
    } else {
        Err(EvaluateError::Missing(missing))
    }
}

fn is_workbook_name(path: &Path) -> bool {
    matches!(
        submission_extension(path).as_str(),
        "xlsx" | "xlsm" | "xls" | "ods"
    )
}

fn submission_extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// An input's sha256 for the report (see [`Loaded::sha256`]), for an input
/// whose bytes are read again to be parsed.
pub(super) fn digest(path: &Path, limits: &Limits) -> Option<String> {
    Loaded::read(path, limits).sha256()
}
