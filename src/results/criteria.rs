//! The criteria a results.json was scored with: what makes totals comparable.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
/// What makes totals comparable across editions, and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriteriaSummary<'a> {
    /// The criteria file as named on the command line.
    pub file: Cow<'a, str>,
    /// The criteria file's sha256, hex.
    pub sha256: Cow<'a, str>,
    /// The edition's year.
    pub edition: i64,
    /// The award's name.
    pub award: Text<'a>,
    /// The assessment period.
    pub period: Period,
    /// The rating bands, best first.
    pub bands: Vec<Band<'a>>,
    /// The criteria and their indicators, in the criteria file's order.
    pub criteria: Vec<CriterionSummary<'a>>,
    /// How rows were obtained and what each way counts for; absent when
    /// the criteria declare no provenance (every row then counts 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<ProvenanceSummary<'a>>,
    /// A what-if run's changes to the criteria file (`--set PATH=VALUE`),
    /// in the order given; absent when the file was used as written. The
    /// `sha256` above stays the file's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<Override<'a>>,
}

/// One change a what-if run made to the criteria file before scoring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Override<'a> {
    /// Where, as given: the file's keys and list items' ids joined by dots,
    /// e.g. `criteria.communication.weight`.
    pub path: Cow<'a, str>,
    /// The value, as given and as the criteria file would write it, e.g. `45`.
    pub value: Cow<'a, str>,
    /// The file's text the value replaced, e.g. `40`; absent when the
    /// change added a key the file lacks.
    #[serde(default)]
    pub previous: Option<Cow<'a, str>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProvenanceSummary<'a> {
    /// The sources, in the criteria's order.
    pub sources: Vec<SourceSummary<'a>>,
    /// The key of the source of a row that names none.
    pub default: Cow<'a, str>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceSummary<'a> {
    pub key: Cow<'a, str>,
    pub name: Text<'a>,
    /// Observed by the Commissioner's monitors rather than declared.
    pub observed: bool,
    /// A row's weight in an indicator's share, 0–1.
    pub weight: f64,
    /// A row counts only when its verified column says yes.
    pub verified_only: bool,
}

/// A text in each language of the award.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Text<'a> {
    /// Albanian.
    pub sq: Cow<'a, str>,
    /// Serbian, Latin script.
    pub sr: Cow<'a, str>,
    /// English.
    pub en: Cow<'a, str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Period {
    /// First day, `YYYY-MM-DD`.
    pub from: NaiveDate,
    /// Last day, `YYYY-MM-DD`.
    pub to: NaiveDate,
}

/// A rating band: the totals between its bounds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Band<'a> {
    pub id: Cow<'a, str>,
    pub name: Text<'a>,
    pub lower: Bound,
    pub upper: Bound,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bound {
    /// A total on the 0–100 scale.
    pub value: f64,
    /// The bound itself belongs to the band.
    pub inclusive: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionSummary<'a> {
    pub id: Cow<'a, str>,
    pub name: Text<'a>,
    /// Points of the 100-point evidence score.
    pub weight: f64,
    pub indicators: Vec<IndicatorSummary<'a>>,
    /// The criterion's own band table, best first; absent when its score
    /// is rated on the edition's `bands`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<Band<'a>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorSummary<'a> {
    pub id: Cow<'a, str>,
    pub name: Text<'a>,
    /// The weight within its criterion, as written in the criteria file.
    pub weight: f64,
    /// The statuses a `status_share` indicator's rows may have, in the
    /// criteria's order, so `diff` names a moved status in any language;
    /// absent for other kinds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statuses: Vec<StatusSummary<'a>>,
}

/// One status of a `status_share` indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusSummary<'a> {
    /// The choice's key, as a row's `note.status` gives it.
    pub key: Cow<'a, str>,
    pub name: Text<'a>,
    /// The part of a point a row with this status earns, 0 to 1.
    pub credit: f64,
}
