//! Every input file of a results.json and the findings about it.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One input file and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Input<'a> {
    /// The file as displayed (invisible and control characters escaped).
    pub file: Cow<'a, str>,
    pub role: Role,
    /// The file's sha256, hex; `null` when it could not be read.
    pub sha256: Option<Cow<'a, str>>,
    pub outcome: Outcome,
    /// Why it was skipped or rejected, and every warning.
    pub findings: Vec<Finding<'a>>,
    /// Index into [`Results::applicants`](super::Results::applicants) when scored.
    pub applicant: Option<usize>,
}

/// Whose file an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Submission,
    JurySheet,
}

/// What became of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Scored,
    ScoredWithWarnings,
    Rejected,
    Skipped,
}

/// One finding about an input file (codes in the README's table).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding<'a> {
    /// A stable code: `S042`, `J013`, `K001` ….
    pub code: Cow<'a, str>,
    pub level: Level,
    /// The place in the workbook, `Sheet!C7` (or `Sheet!row 7`, or a sheet).
    pub at: Option<Cow<'a, str>>,
    /// The finding in English.
    pub message: Cow<'a, str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Not a submission at all: said, not held against anyone.
    Note,
    Warning,
    /// The file is rejected.
    Error,
}
