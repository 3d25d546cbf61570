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
    // Each input with the canonical path that tells a file named twice.
    let mut out: Vec<(PathBuf, PathBuf)> = Vec::new();
    for path in paths {
        if path.is_dir() && !is_workbook_name(path) {
            let entries = std::fs::read_dir(path).map_err(|source| EvaluateError::List {
                path: path.clone(),
                source,
            })?;
            let folder = canonical(path);
            let mut found: Vec<(PathBuf, PathBuf)> = entries
                .filter_map(Result::ok)
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .map(|e| {
                    // An entry that is no link is where its folder is: one
                    // resolution for the folder, not one per file (each
                    // costs a system call per component of the path).
                    let key = match e.file_type() {
                        Ok(kind) if !kind.is_symlink() => folder.join(e.file_name()),
                        _ => canonical(&e.path()),
                    };
                    (e.path(), key)
                })
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push((path.clone(), canonical(path)));
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|(_, key)| seen.insert(key.clone()));
    Ok(out.into_iter().map(|(path, _)| path).collect())
}

/// The path with every link resolved, or as given when that fails.
fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn names(paths: &[PathBuf]) -> Vec<String> {
        paths
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect()
    }

    #[cfg(unix)]
    #[test]
    fn a_file_reached_through_a_link_in_its_folder_or_another_is_one_input() {
        let dir = tempfile::tempdir().unwrap();
        let books = dir.path().join("books");
        std::fs::create_dir(&books).unwrap();
        for name in ["a.xlsx", "b.xlsx", ".hidden.xlsx"] {
            std::fs::write(books.join(name), b"x").unwrap();
        }
        // A link beside the file it names, sorting after it.
        std::os::unix::fs::symlink("a.xlsx", books.join("c.xlsx")).unwrap();
        // The same folder again, through a link to it.
        std::os::unix::fs::symlink("books", dir.path().join("again")).unwrap();
        let inputs = collect_inputs(&[books.clone(), dir.path().join("again")]).unwrap();
        assert_eq!(names(&inputs), ["a.xlsx", "b.xlsx"]);
        assert!(inputs.iter().all(|p| p.starts_with(&books)));
        // A file named directly, then its folder: the first spelling stays.
        let inputs = collect_inputs(&[dir.path().join("again/b.xlsx"), books.clone()]).unwrap();
        assert_eq!(names(&inputs), ["b.xlsx", "a.xlsx"]);
        assert!(inputs[0].starts_with(dir.path().join("again")));
    }
}
