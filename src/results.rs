//! The structure of `results.json`: the one definition of every field's name
//! and meaning, used by the writer (`report::json`) and by every reader
//! (`langaward diff`, and tools built on the crate).
//!
//! Each type derives both `Serialize` and `Deserialize`, so writer and reader
//! cannot drift apart. Text is `Cow<'a, str>`: the writer borrows it from the
//! evaluation, the reader owns what it parsed (a read document is
//! `Results<'static>` and outlives the file's bytes). The two long lists,
//! [`Results::inputs`] and [`Results::applicants`], are a [`Seq`]: written one
//! element at a time straight from the evaluation, so writing builds no copy
//! of the whole document; read back, a plain list.
//!
//! Reading ignores fields it does not know, so a tool reading an older
//! langaward's output keeps working when later versions add fields; a missing
//! field or one of another type is an error that names it.
//!
//! The types mirror the scoring model instead of serialising it directly, so
//! renaming a field inside langaward cannot change the public format unseen:
//! the writer's conversion stops compiling first.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// The value of `tool.name` in every results.json langaward writes.
pub const TOOL_NAME: &str = "langaward";

/// The whole of `results.json`.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Results<'a> {
    /// The program that wrote the file.
    pub tool: Tool<'a>,
    /// Present, with a sentence in English, when any workbook says its
    /// evidence is a fictional sample.
    pub notice: Option<Cow<'a, str>>,
    /// The criteria the applicants were scored with.
    pub criteria: CriteriaSummary<'a>,
    /// Every input file (submissions and jury sheets) and what became of it.
    pub inputs: Seq<'a, Input<'a>>,
    /// The ranking and the awards per category, in the criteria's order.
    pub categories: Vec<Category<'a>>,
    /// Ids of applicants scored but never ranked (see [`Applicant::ineligible`]).
    pub ineligible: Vec<Cow<'a, str>>,
    /// Present when the criteria have a jury, whether or not marks were read.
    pub jury: Option<Jury<'a>>,
    /// Every scored applicant with its full scorecard, in reading order.
    pub applicants: Seq<'a, Applicant<'a>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tool<'a> {
    /// Always [`TOOL_NAME`].
    pub name: Cow<'a, str>,
    /// langaward's version (`Cargo.toml`).
    pub version: Cow<'a, str>,
}

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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorSummary<'a> {
    pub id: Cow<'a, str>,
    pub name: Text<'a>,
    /// The weight within its criterion, as written in the criteria file.
    pub weight: f64,
}

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
    /// Index into [`Results::applicants`] when scored.
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

/// One category's ranking and awards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Category<'a> {
    /// The category's id.
    pub category: Cow<'a, str>,
    /// Ranked applicants, best first.
    pub ranking: Vec<Placed<'a>>,
    /// Ids of applicants that failed a gate.
    pub excluded_by_gate: Vec<Cow<'a, str>>,
    /// Ids of applicants ranked once enough jury marks are in.
    pub awaiting_jury: Vec<Cow<'a, str>>,
    /// The awards may still change.
    pub provisional: bool,
    /// One per award tier, highest first.
    pub awards: Vec<Award<'a>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placed<'a> {
    /// 1 is the best; equal applicants share a rank.
    pub rank: u32,
    /// Shares its rank with another applicant.
    pub tied: bool,
    /// Equal total with a neighbour, separated by this tie-break.
    pub decided_by: Option<Cow<'a, str>>,
    /// The applicant's id.
    pub id: Cow<'a, str>,
}

/// Who receives one tier of the award in one category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Award<'a> {
    /// The tier's id.
    pub tier: Cow<'a, str>,
    /// Ids of the recipients; empty means "no award".
    pub recipients: Vec<Cow<'a, str>>,
    /// Ids of equal applicants competing for the last place: the jury decides.
    pub tied_for_last: Vec<Cow<'a, str>>,
    /// The gap to the next qualifying applicant is below the close margin.
    pub close: bool,
}

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
}

/// The applicant as its Institution sheet describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Institution<'a> {
    /// Stable across editions; `langaward diff` matches applicants by it.
    pub id: Cow<'a, str>,
    pub name_sq: Option<Cow<'a, str>>,
    pub name_sr: Option<Cow<'a, str>>,
    pub name_sr_cyrl: Option<Cow<'a, str>>,
    /// A kind id from the criteria.
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
    /// Index into [`CriteriaSummary::bands`].
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionScore<'a> {
    pub id: Cow<'a, str>,
    /// The criterion's own score, 0–100.
    pub score: f64,
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
    /// Rows counted.
    pub rows: u32,
    /// Rows meeting the indicator.
    pub met: u32,
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
    pub met: bool,
    /// Why it earned or lost the point.
    pub note: Note<'a>,
    /// Observations that cost no points, such as lost diacritics.
    pub remarks: Vec<Note<'a>>,
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

/// The jury's view of one applicant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JuryCard<'a> {
    /// One per criterion, in the criteria's order.
    pub criteria: Vec<JuryCriterion<'a>>,
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

/// Why a file could not be read back as langaward's results.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("not JSON: {0}")]
    NotJson(serde_json::Error),
    #[error("not a langaward results.json ({0})")]
    NotResults(String),
}

impl Results<'static> {
    /// Reads a results.json. JSON of another structure, or written by
    /// another program, is refused with the first field that differs.
    pub fn parse(bytes: &[u8]) -> Result<Results<'static>, ReadError> {
        let results: Results<'static> = serde_json::from_slice(bytes).map_err(|e| {
            if e.is_data() {
                ReadError::NotResults(e.to_string())
            } else {
                ReadError::NotJson(e)
            }
        })?;
        if results.tool.name != TOOL_NAME {
            return Err(ReadError::NotResults(format!(
                "written by `{}`",
                results.tool.name
            )));
        }
        Ok(results)
    }
}

/// A list in results.json: read back, the elements themselves; written, a
/// length and a function that makes each element as it is reached, so a
/// large edition is serialised without a second copy of its scorecards.
pub struct Seq<'a, T> {
    source: Source<'a, T>,
}

enum Source<'a, T> {
    Items(Vec<T>),
    Made {
        len: usize,
        make: Box<dyn Fn(usize) -> Option<T> + 'a>,
    },
}

impl<'a, T> Seq<'a, T> {
    /// `len` elements, the `i`-th made by `make(i)` each time it is visited.
    pub(crate) fn made(len: usize, make: impl Fn(usize) -> Option<T> + 'a) -> Self {
        Seq {
            source: Source::Made {
                len,
                make: Box::new(make),
            },
        }
    }

    pub fn len(&self) -> usize {
        match &self.source {
            Source::Items(items) => items.len(),
            Source::Made { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The elements in order: borrowed when read, made one by one when written.
    pub fn iter(&self) -> Iter<'_, 'a, T>
    where
        T: Clone,
    {
        Iter { seq: self, next: 0 }
    }
}

impl<T> From<Vec<T>> for Seq<'_, T> {
    fn from(items: Vec<T>) -> Self {
        Seq {
            source: Source::Items(items),
        }
    }
}

/// The elements of a [`Seq`], in order.
pub struct Iter<'s, 'a, T> {
    seq: &'s Seq<'a, T>,
    next: usize,
}

impl<'s, T: Clone> Iterator for Iter<'s, '_, T> {
    type Item = Cow<'s, T>;

    fn next(&mut self) -> Option<Cow<'s, T>> {
        let item = match &self.seq.source {
            Source::Items(items) => Cow::Borrowed(items.get(self.next)?),
            Source::Made { len, make } if self.next < *len => Cow::Owned(make(self.next)?),
            Source::Made { .. } => return None,
        };
        self.next += 1;
        Some(item)
    }
}

impl<T: Clone + Serialize> Serialize for Seq<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Seq<'_, T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::deserialize(d).map(Seq::from)
    }
}

impl<T: Clone + fmt::Debug> fmt::Debug for Seq<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Equal when the elements are, however each side holds them: a written
/// document equals the same document read back.
impl<T: Clone + PartialEq> PartialEq for Seq<'_, T> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_of_another_structure_is_refused_naming_the_first_difference() {
        let e = Results::parse(br#"{"version": 2, "rows": []}"#).unwrap_err();
        assert_eq!(
            e.to_string(),
            "not a langaward results.json (missing field `tool` at line 1 column 26)"
        );
        let e = Results::parse(br#"[{"id": "mof"}]"#).unwrap_err();
        assert!(matches!(e, ReadError::NotResults(_)), "{e}");
    }

    #[test]
    fn text_that_is_not_json_is_said_so() {
        for bytes in [&b"<html></html>"[..], b"{\"tool\":", b""] {
            let e = Results::parse(bytes).unwrap_err();
            assert!(matches!(e, ReadError::NotJson(_)), "{e}");
        }
    }
}
