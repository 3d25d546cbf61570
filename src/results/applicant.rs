//! One scored applicant in a results.json: its institution, its scorecard
//! and every row behind it.

use super::JuryCard;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
/// One scored applicant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Applicant<'a> {
    /// The workbook it was read from, as displayed.
    pub file: Cow<'a, str>,
    pub institution: Institution<'a>,
    /// The id of the category that admits its kind, if any.
    pub category: Option<Cow<'a, str>>,
    /// Why it is not ranked, when it is not eligible.
    pub ineligible: Option<Ineligible<'a>>,
    /// The id of its band.
    pub band: Option<Cow<'a, str>>,
    pub scorecard: Scorecard<'a>,
    /// Every jury mark with its juror, value used, trimming and place;
    /// `null` when the jury does not mark it or no marks were read.
    pub jury: Option<JuryCard<'a>>,
    /// Warnings about its workbook.
    pub warnings: usize,
    /// Present for a nominee of a category the jury alone judges: listed
    /// in a nominations file (`file`), with no workbook and no evidence;
    /// its total is the jury's mark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nominee: Option<Nominee<'a>>,
}

/// A nominee as the nominations file lists them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Nominee<'a> {
    /// `journalist`, `academic`, `activist` or `organisation`.
    pub kind: Cow<'a, str>,
    /// What they did.
    pub description: super::Text<'a>,
    /// Who nominated them.
    pub nominated_by: Cow<'a, str>,
    /// The nominations file says its nominees are invented (a sample).
    pub fictional: bool,
}

/// The applicant as its Institution sheet describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Institution<'a> {
    /// Stable across editions; `langaward diff` matches applicants by it.
    pub id: Cow<'a, str>,
    pub name_sq: Option<Cow<'a, str>>,
    pub name_sr: Option<Cow<'a, str>>,
    pub name_sr_cyrl: Option<Cow<'a, str>>,
    /// A kind id from the criteria (a nominee's kind for a nominee).
    pub kind: Cow<'a, str>,
    /// The municipality as written.
    pub municipality: Option<Cow<'a, str>>,
    pub contact: Option<Cow<'a, str>>,
    /// Date of submission, `YYYY-MM-DD`.
    pub submitted: Option<NaiveDate>,
    /// The edition the workbook says it is for.
    pub edition: Option<i64>,
    /// The workbook says its evidence is a fictional sample.
    pub sample: bool,
}

/// Why an applicant is scored and listed but never ranked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Ineligible<'a> {
    /// No category admits its kind in this edition.
    Kind,
    /// A municipality that does not say which one it is.
    NoMunicipality,
    /// A municipality whose name the language-status file does not know.
    UnknownMunicipality { written: Cow<'a, str> },
}

/// Every number behind an applicant's total. Scores are rounded to the
/// criteria's decimals; the contributions add up exactly to `evidence`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scorecard<'a> {
    /// The total that ranks: the evidence score, or evidence and jury
    /// combined once the jury's marks are in.
    pub total: f64,
    /// The evidence score, 0–100.
    pub evidence: f64,
    /// The jury's part of the total, once its marks are in.
    pub jury: Option<JuryShare>,
    /// How much of the evidence score rests on observed and on declared
    /// evidence; absent when the criteria declare no provenance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed: Option<ObservedShare>,
    /// Index into [`CriteriaSummary::bands`](super::CriteriaSummary::bands).
    pub band: usize,
    pub criteria: Vec<CriterionScore<'a>>,
    pub gates: Vec<GateResult<'a>>,
}

/// How the final total splits between evidence and jury; the parts add up
/// exactly to the total.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct JuryShare {
    /// The jury's mark, 0–100.
    pub score: f64,
    pub evidence_part: f64,
    pub jury_part: f64,
}

/// The evidence score split by what it rests on: for each indicator, its
/// points times the share of its met weight from observed sources, summed;
/// the parts add up exactly to the evidence score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ObservedShare {
    /// Points resting on rows from observed sources (website, site visit…).
    pub observed: f64,
    /// Points resting on declared rows (self-reported…).
    pub declared: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionScore<'a> {
    pub id: Cow<'a, str>,
    /// The criterion's own score, 0–100.
    pub score: f64,
    /// The id of the score's band, in the criterion's own band table
    /// (`criteria.criteria[].bands`) or else the edition's; absent in
    /// results written before criteria had bands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<Cow<'a, str>>,
    /// Points of the 100-point evidence score.
    pub weight: f64,
    /// Points it gave.
    pub contribution: f64,
    pub indicators: Vec<IndicatorScore<'a>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorScore<'a> {
    pub id: Cow<'a, str>,
    pub status: Status,
    /// The evidence sheet's name as the applicant wrote it.
    pub sheet: Cow<'a, str>,
    /// Rows counted (with provenance, those of a weight above 0).
    pub rows: u32,
    /// Rows meeting the indicator.
    pub met: u32,
    /// The points the rows earned, present only where a row may earn part
    /// of one (`status_share`: a recommendation partly implemented earns
    /// half a point); `score` is then these over `rows`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earned: Option<f64>,
    /// The rows weighed by their sources, whose ratio is the share; absent
    /// when the criteria declare no provenance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weighted: Option<Weighted>,
    /// Share of rows meeting the indicator, 0–100.
    pub score: f64,
    /// The weight within its criterion as written in the criteria file.
    pub weight: f64,
    /// Points of the 100-point total it can give after renormalisation.
    pub effective_weight: f64,
    /// Points it gave; all contributions sum exactly to the evidence score.
    pub contribution: f64,
    /// Every row behind the score.
    pub evidence: Vec<Evidence<'a>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Scored,
    /// Fewer rows than the minimum; scored 0.
    Insufficient,
    /// Fewer rows than the minimum; left out, siblings renormalised.
    Excluded,
}

/// One row's part in an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence<'a> {
    /// The row number as the spreadsheet shows it.
    pub row: u32,
    /// The spreadsheet column (0-based) of the cell that decided, if one did.
    pub column: Option<u32>,
    /// What the row is about, as the applicant wrote it.
    pub label: Cow<'a, str>,
    /// The row's id from the indicator's `row_id` column (a
    /// recommendation's number), stable across editions: `langaward diff`
    /// follows a row's status by it. Absent when the indicator names no
    /// `row_id` or the row leaves it empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Cow<'a, str>>,
    pub met: bool,
    /// Why it earned or lost the point.
    pub note: Note<'a>,
    /// Observations that cost no points, such as lost diacritics.
    pub remarks: Vec<Note<'a>>,
    /// Where the row came from; absent when the criteria declare no
    /// provenance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin<'a>>,
}

/// An indicator's rows weighed by their sources.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Weighted {
    /// The weights of the rows that count, summed.
    pub rows: f64,
    /// The weights of those meeting the indicator.
    pub met: f64,
    /// Of `met`, the weights of rows from observed sources.
    pub observed_met: f64,
}

/// How a row was obtained, as its provenance columns say.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Origin<'a> {
    /// A source key from [`CriteriaSummary::provenance`](super::CriteriaSummary::provenance):
    /// the one written in the row, or the default.
    pub source: Cow<'a, str>,
    /// Whether that source is observed by the Commissioner's monitors.
    pub observed: bool,
    /// What the row counts for in a share: its source's weight, or 0 when
    /// the source counts only verified rows and the row is not verified.
    pub weight: f64,
    pub verified: bool,
    /// A link or reference, as written.
    pub reference: Option<Cow<'a, str>>,
    pub observer: Option<Cow<'a, str>>,
    /// `YYYY-MM-DD`.
    pub observed_on: Option<NaiveDate>,
}

/// Why a row earned or lost an indicator's point. `column` is a column id
/// from the criteria.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Note<'a> {
    Met,
    /// A yes/no column is not "yes".
    NotYes {
        column: Cow<'a, str>,
    },
    /// A language version was never published.
    Missing {
        column: Cow<'a, str>,
    },
    /// Versions published `hours` apart, more than `tolerance` allows.
    Late {
        hours: f64,
        tolerance: f64,
    },
    /// A test letter was not answered in `language` (a language code);
    /// `column` holds the reply times.
    NoReply {
        language: Cow<'a, str>,
        column: Cow<'a, str>,
    },
    /// The reply in `column` is dated before its question was sent.
    ReplyBeforeSent {
        column: Cow<'a, str>,
    },
    /// The slowest reply took `hours` longer than the fastest, more than
    /// `tolerance` allows.
    ReplyLate {
        hours: f64,
        tolerance: f64,
    },
    /// The length ratio of `column` to the first version is outside `min`–`max`.
    Ratio {
        column: Cow<'a, str>,
        ratio: f64,
        min: f64,
        max: f64,
    },
    /// The quality rating in `column` is below `min`.
    Rating {
        column: Cow<'a, str>,
        rating: f64,
        min: f64,
    },
    /// The second-language text repeats the first.
    Copy {
        column: Cow<'a, str>,
    },
    /// The Serbian text is in the wrong alphabet for the rule.
    Script {
        column: Cow<'a, str>,
        expected: Cow<'a, str>,
        found: Cow<'a, str>,
    },
    /// The sign lacks Serbian in an alphabet the rule requires.
    ScriptMissing {
        script: Cow<'a, str>,
    },
    /// A word mixes Latin and Cyrillic letters; `position` is the word's
    /// 1-based place in the text (numbers count as words).
    MixedScript {
        column: Cow<'a, str>,
        word: Cow<'a, str>,
        position: usize,
        intruders: Cow<'a, str>,
    },
    /// The language written first is not the local majority language.
    Order {
        expected: Cow<'a, str>,
        found: Cow<'a, str>,
    },
    /// A known name written without its diacritics (costs no points).
    LostDiacritics {
        column: Cow<'a, str>,
        found: Cow<'a, str>,
        intended: Cow<'a, str>,
    },
    /// The row's status, a choice key of `column` (`implemented`), earning
    /// `credit` of a point, 0 to 1; a whole point meets the indicator.
    Status {
        column: Cow<'a, str>,
        status: Cow<'a, str>,
        credit: f64,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GateResult<'a> {
    pub id: Cow<'a, str>,
    pub passed: bool,
    /// Rows found that count for the gate.
    pub found: u32,
    /// Rows needed to pass.
    pub min: u32,
}
