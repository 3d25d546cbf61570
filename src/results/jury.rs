//! The jury in a results.json: its method, jurors, recusals and each
//! applicant's marks.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The jury: its method, jurors, recusals and flags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Jury<'a> {
    /// Marks were read; without them every total is the evidence score.
    pub read: bool,
    /// Some category's outcome may still change (no marks, or too few).
    pub provisional: bool,
    pub method: Method,
    pub jurors: Vec<Juror<'a>>,
    /// Jurors whose institution is no applicant's id (W006), in the form
    /// `langaward check --format json` gives; left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<JuryWarning<'a>>,
    /// Ids of jurors who returned no sheet.
    pub missing: Vec<Cow<'a, str>>,
    pub recusals: Vec<Recusal<'a>>,
    /// Every applicant the jury marks, with its flags.
    pub applicants: Vec<JuryFlags<'a>>,
}

/// How marks become one jury mark and join the evidence score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Method {
    /// Lowest mark on the scale.
    pub min: f64,
    /// Highest mark on the scale.
    pub max: f64,
    /// The marks' step, if any.
    pub step: Option<f64>,
    pub aggregate: Aggregate,
    /// A trimmed mean drops the highest and lowest mark only from this many marks.
    pub trim_from: usize,
    /// Fewer marks for a criterion leave the applicant awaiting the jury.
    pub min_marks: usize,
    /// Per-juror z-scores rescaled to the scale, to cancel harsh or lenient jurors.
    pub standardise: bool,
    /// A spread above this flags the applicant for the consensus meeting.
    pub consensus_spread: Option<f64>,
    /// Share of the final total, with `jury_weight` summing to 100.
    pub evidence_weight: f64,
    pub jury_weight: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aggregate {
    Mean,
    Median,
    TrimmedMean,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Juror<'a> {
    pub id: Cow<'a, str>,
    pub name: Cow<'a, str>,
    /// The juror's own institution, by applicant id.
    pub institution: Option<Cow<'a, str>>,
    /// Ids of the categories the juror marks.
    pub categories: Vec<Cow<'a, str>>,
    /// The juror's sheet was read.
    pub returned: bool,
    /// The file the juror's marks were read from, when any mark was.
    pub sheet: Option<Cow<'a, str>>,
}

/// A warning about the jurors file, as `langaward check --format json` gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JuryWarning<'a> {
    /// The file the jurors are listed in.
    pub file: Cow<'a, str>,
    /// A diagnostic code (`W006`).
    pub code: Cow<'a, str>,
    pub severity: Severity,
    /// 1-based line and column in `file`.
    pub line: u64,
    pub column: u64,
    pub message: Cow<'a, str>,
    /// What to do about it.
    pub hint: Cow<'a, str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// A juror who does not mark an applicant, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recusal<'a> {
    /// The juror's id.
    pub juror: Cow<'a, str>,
    /// The applicant's id.
    pub applicant: Cow<'a, str>,
    /// `professional conflict`, `personal relationship`, `own institution` or `other`.
    pub reason: Cow<'a, str>,
    /// The juror's own words, when the reason was not one of the list.
    pub note: Option<Cow<'a, str>>,
    /// The sheet it was declared in; `null` when the criteria imply it (own institution).
    pub file: Option<Cow<'a, str>>,
    /// The cell it was declared in, `Marks!H23`.
    pub at: Option<Cow<'a, str>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JuryFlags<'a> {
    /// The applicant's id.
    pub id: Cow<'a, str>,
    /// Too few marks for a final total: not ranked yet.
    pub awaiting: bool,
    /// Marks spread wider than the criteria allow: for the consensus meeting.
    pub consensus: bool,
}

/// The jury's view of one applicant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JuryCard<'a> {
    /// One per criterion, in the criteria's order; empty for a nominee.
    pub criteria: Vec<JuryCriterion<'a>>,
    /// A nominee's marks, given to the nominee as a whole (criterion
    /// "Overall" on the jury's sheets); absent for an institution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whole: Option<JuryCriterion<'a>>,
    /// The jury's mark, 0–100; `null` while any criterion has too few marks.
    pub score: Option<f64>,
    /// Some criterion has too few marks.
    pub insufficient: bool,
    /// Some criterion's marks spread wider than the criteria allow.
    pub consensus: bool,
}

/// The jury's view of one criterion of one applicant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JuryCriterion<'a> {
    pub marks: Vec<Counted<'a>>,
    /// The aggregated mark on the jury's scale; `null` without marks.
    pub mark: Option<f64>,
    /// Highest minus lowest of the jurors' own marks.
    pub spread: f64,
    pub consensus: bool,
    pub insufficient: bool,
}

/// One mark as it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Counted<'a> {
    /// The juror's id.
    pub juror: Cow<'a, str>,
    /// The juror's own mark.
    pub value: f64,
    /// The mark used, after standardisation when it is on.
    pub used: f64,
    /// Trimming dropped it.
    pub trimmed: bool,
    /// The juror's sheet.
    pub file: Cow<'a, str>,
    /// The cell, `Marks!F29`.
    pub at: Cow<'a, str>,
}
