//! The scorecard: what an applicant got for each criterion, indicator and
//! gate, and why each row of evidence earned or lost its point.

use super::points::Score;
use crate::exact::Exact;
use crate::ix::{BandIx, SourceIx};
use crate::script::Script;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Why a row earned or lost an indicator's point: structured, so every
/// report language can explain it in its own words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Note {
    Met,
    /// A yes/no column is not "yes".
    NotYes {
        column: String,
    },
    /// A language version was never published.
    Missing {
        column: String,
    },
    /// Versions published too far apart.
    Late {
        hours: f64,
        tolerance: f64,
    },
    /// A test letter was not answered in `language`; `column` holds the
    /// reply times.
    NoReply {
        language: String,
        column: String,
    },
    /// A reply is dated before its question was sent.
    ReplyBeforeSent {
        column: String,
    },
    /// The slowest reply took `hours` longer than the fastest.
    ReplyLate {
        hours: f64,
        tolerance: f64,
    },
    /// The length ratio of `column` to the first version is outside the bounds.
    Ratio {
        column: String,
        ratio: f64,
        min: f64,
        max: f64,
    },
    /// The quality rating in `column` is below the threshold.
    Rating {
        column: String,
        rating: f64,
        min: f64,
    },
    /// The second-language text repeats the first.
    Copy {
        column: String,
    },
    /// The Serbian text is in the wrong alphabet for the rule.
    Script {
        column: String,
        expected: Script,
        found: Script,
    },
    /// The sign lacks Serbian in an alphabet the rule requires.
    ScriptMissing {
        script: Script,
    },
    /// A word mixes Latin and Cyrillic letters (look-alikes typed by mistake).
    MixedScript {
        column: String,
        word: String,
        position: usize,
        intruders: String,
    },
    /// The language written first is not the local majority language.
    Order {
        expected: String,
        found: String,
    },
    /// A known name written without its diacritics (costs no points).
    LostDiacritics {
        column: String,
        found: String,
        intended: String,
    },
    /// The row's status, a choice key of `column`, earning `credit` of a
    /// point (0 to 1); the row meets the indicator when it earns a whole one.
    Status {
        column: String,
        status: String,
        credit: f64,
    },
}

/// One row's part in an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub row: u32,
    /// The spreadsheet column (0-based) of the cell that decided, if one did.
    pub column: Option<u32>,
    /// Shared by every indicator judging the same row.
    pub label: Arc<str>,
    /// The row's id from the indicator's `row_id` column, stable across
    /// editions.
    pub id: Option<Arc<str>>,
    pub met: bool,
    pub note: Note,
    /// Observations that cost no points, such as lost diacritics.
    pub remarks: Vec<Note>,
    /// Where the row came from and what it counts for; `None` when the
    /// criteria declare no provenance, every row then counting 1. Shared
    /// by every indicator judging the row, so a row costs one pointer here.
    pub origin: Option<Arc<Origin>>,
}

/// Where one row of evidence came from, as its provenance columns say,
/// and what it counts for in an indicator's share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Origin {
    pub source: SourceIx,
    /// Its source's weight, or 0 when the source counts only verified rows
    /// and this one is not verified: a row of weight 0 is shown but counts
    /// in neither the rows met nor the rows of a share.
    pub weight: f64,
    pub verified: bool,
    /// A link or reference, as written.
    pub reference: Option<Box<str>>,
    pub observer: Option<Box<str>>,
    pub observed_on: Option<NaiveDate>,
}

/// An indicator's rows weighed by their sources: the share is `met /
/// rows`, exactly.
#[derive(Debug, Clone, PartialEq)]
pub struct Weighted {
    /// The weights of the rows that count, summed.
    pub rows: Exact,
    /// The weights of those that meet the indicator.
    pub met: Exact,
    /// Of `met`, the weights of rows from observed sources.
    pub observed_met: Exact,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Scored,
    /// Fewer rows than the minimum; scored 0.
    Insufficient,
    /// Fewer rows than the minimum; left out, siblings renormalised.
    Excluded,
}

#[derive(Debug, Clone)]
pub struct IndicatorScore {
    pub id: String,
    pub status: Status,
    pub sheet: String,
    /// Rows that count (a row of weight 0 does not).
    pub rows: u32,
    /// Of those, the rows that meet the indicator.
    pub met: u32,
    /// The points the rows earned, when a row may earn part of one
    /// (`status_share`); without provenance the share is these over the
    /// rows.
    pub earned: Option<f64>,
    /// The rows weighed by their sources (each row's weight times the part
    /// of a point it earned); `None` without provenance.
    pub weighted: Option<Weighted>,
    /// Share of rows meeting the indicator, 0–100.
    pub score: Score,
    /// The weight within its criterion as written in the criteria file.
    pub weight: f64,
    /// Points of the 100-point total this indicator can give after renormalisation.
    pub effective_weight: f64,
    /// Points it gave; all contributions sum exactly to the total.
    pub contribution: Score,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone)]
pub struct CriterionScore {
    pub id: String,
    /// The criterion's own score, 0–100.
    pub score: Score,
    /// The score's band in the criterion's band table
    /// ([`crate::criteria::Criteria::bands_of`]), so a reader sees where
    /// the applicant is strong and where weak.
    pub band: BandIx,
    pub weight: f64,
    pub contribution: Score,
    pub indicators: Vec<IndicatorScore>,
}

#[derive(Debug, Clone)]
pub struct GateResult {
    pub id: String,
    pub passed: bool,
    pub found: u32,
    pub min: u32,
}

#[derive(Debug, Clone)]
pub struct Scorecard {
    /// The total that ranks: the evidence score, or evidence and jury
    /// combined once the jury's marks are in.
    pub total: Score,
    /// The evidence score; the criteria's contributions add up to it.
    pub evidence: Score,
    /// The jury's part of the total, once its marks are in.
    pub jury: Option<JuryShare>,
    /// How much of the evidence score rests on observed evidence; `None`
    /// without provenance.
    pub observed: Option<ObservedShare>,
    pub band: usize,
    pub criteria: Vec<CriterionScore>,
    pub gates: Vec<GateResult>,
}

/// How the final total splits between evidence and jury; the two parts add
/// up exactly to the total.
#[derive(Debug, Clone, Copy)]
pub struct JuryShare {
    /// The jury's mark, 0–100.
    pub score: Score,
    pub evidence_part: Score,
    pub jury_part: Score,
}

/// The evidence score split by what it rests on: each indicator's exact
/// points shared between observed and declared rows by the weight of the
/// rows met from each, summed over the indicators and apportioned, so the
/// two parts add up exactly to the evidence score.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ObservedShare {
    pub observed: Score,
    pub declared: Score,
}

impl Scorecard {
    pub fn passed_gates(&self) -> bool {
        self.gates.iter().all(|g| g.passed)
    }

    /// Ids of the gates this applicant failed.
    pub fn failed_gates(&self) -> Vec<&str> {
        self.gates
            .iter()
            .filter(|g| !g.passed)
            .map(|g| g.id.as_str())
            .collect()
    }
}
