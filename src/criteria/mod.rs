//! The award's rules for one edition: parsed with positions, then validated
//! into a model the rest of the pipeline can trust without re-checking.

mod band;
mod diagnostic;
pub mod languages;
mod lint;
mod nominations;
mod overrides;
mod provenance;
mod raw;
mod robustness;
mod validate;

pub use band::{Band, Bound};
pub use diagnostic::{Code, Diagnostic, Located, Pos, Severity};
pub use nominations::{Nominations, Nominee, NomineeKind};
pub use overrides::{Applied, Override, OverrideError, OverridePath, Segment};
pub use provenance::{Counts, Provenance, ProvenanceColumn, ProvenanceField, Source};
pub use robustness::Robustness;

use chrono::NaiveDate;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Largest criteria file accepted; a real one is a few kilobytes.
pub const MAX_CRITERIA_BYTES: u64 = 1024 * 1024;

/// A text in each language of the award.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    pub sq: String,
    pub sr: String,
    pub en: String,
}

impl Text {
    /// All spellings, for matching a sheet or column header in any language.
    pub fn all(&self) -> [&str; 3] {
        [&self.sq, &self.sr, &self.en]
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Debug, Clone, Serialize)]
pub struct Kind {
    pub id: String,
    pub name: Text,
    /// Applicants of this kind are municipalities: they must name their
    /// municipality, whose languages they owe.
    pub municipal: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Category {
    pub id: String,
    pub name: Text,
    /// Institution kinds whose workbooks the category admits; may be empty
    /// when the jury alone judges it.
    pub kinds: Vec<String>,
    pub open_from: i64,
    /// The category's own shares of evidence and jury in the total, when it
    /// departs from the jury's.
    pub weights: Option<Weights>,
    /// Its nominees, when the jury alone judges it: no workbooks.
    pub nominations: Option<Nominations>,
}

impl Category {
    /// The jury's mark is the whole total: no evidence is scored, and the
    /// applicants are nominees, not workbooks.
    pub fn jury_only(&self) -> bool {
        self.weights.is_some_and(|w| w.evidence == 0.0)
    }
}

/// How the final total splits between the evidence score and the jury's
/// mark; the two sum to 100.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Weights {
    pub evidence: f64,
    pub jury: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub key: String,
    pub name: Text,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ColumnType {
    Text,
    YesNo,
    DateTime,
    Number { min: Option<f64>, max: Option<f64> },
    Choice { choices: Vec<Choice> },
}

#[derive(Debug, Clone, Serialize)]
pub struct ColumnSpec {
    pub key: String,
    pub name: Text,
    pub aliases: Vec<String>,
    #[serde(flatten)]
    pub ty: ColumnType,
    pub required: bool,
    /// The header may be absent without a warning.
    pub optional: bool,
    /// Only applicants owing this language are expected to have the column.
    pub language: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SheetSpec {
    pub key: String,
    pub name: Text,
    pub aliases: Vec<String>,
    /// A workbook may leave the sheet out without a warning: the
    /// Commissioner's monitoring sheets are filled only for the
    /// institutions monitored.
    pub optional: bool,
    pub columns: Vec<ColumnSpec>,
}

/// What happens to an indicator with fewer rows than its minimum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Insufficient {
    /// The indicator scores 0: missing evidence is not rewarded.
    Zero,
    /// The indicator is left out and its siblings' weights grow to fill its place.
    Exclude,
}

/// Under `order: true`, what a sign whose "language written first" cell is
/// empty counts as: a policy the criteria state, since an unstated order
/// is neither proof of the right order nor of the wrong one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unstated {
    /// The sign fails: "the language written first is not stated".
    Fails,
    /// The order is not checked on that sign.
    Passes,
}

/// How an indicator turns rows into a share of rows that meet it. Column
/// references are indices into the indicator's sheet's columns.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Rule {
    Share {
        all_yes: Vec<usize>,
    },
    Simultaneity {
        versions: Vec<usize>,
        tolerance_hours: f64,
    },
    Equivalence {
        first: usize,
        second: usize,
        ratio: Option<(f64, f64)>,
        rating: Option<(usize, f64)>,
    },
    Signage {
        texts: Vec<usize>,
        distinct: bool,
        /// Which Serbian alphabet a sign must show, if checked.
        script: Option<crate::script::ScriptRule>,
        /// A second Serbian column, for signs that must show both alphabets.
        cyrillic: Option<usize>,
        /// The column naming the language written first on the sign.
        first_language: Option<usize>,
        /// Whether that language must be the local majority language.
        order: bool,
        /// What a sign that does not state its first language counts as.
        unstated: Unstated,
    },
    /// The reply times are the indicator's `by_language` columns; these are
    /// the sending times, one per language of `by_language`.
    ReplyParity {
        sent: Vec<(String, usize)>,
        tolerance_hours: f64,
    },
    /// Each row earns the part of a point its status (a choice in `column`)
    /// counts for; every choice of the column has its count, from 0 to 1.
    StatusShare {
        column: usize,
        counts: Vec<StatusCount>,
    },
}

/// What one status of a `status_share` column earns a row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatusCount {
    /// The choice's key.
    pub status: String,
    /// The part of a point, 0 to 1, as written in the criteria file.
    pub credit: f64,
}

/// Only the rows whose choice `column` holds one of `choices` count for an
/// indicator (the criteria's `where`): one communication type, for one,
/// scored on its own.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowFilter {
    pub column: usize,
    /// Choice keys of the column.
    pub choices: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Indicator {
    pub id: String,
    pub name: Text,
    pub description: Option<Text>,
    pub weight: f64,
    pub sheet: usize,
    /// Columns per language: only the languages an applicant owes are
    /// checked. Empty when the rule lists its columns itself.
    pub by_language: Vec<(String, usize)>,
    /// Rows outside these filters do not count at all; empty: every row.
    pub filter: Vec<RowFilter>,
    /// The text column naming each row across editions, carried into
    /// results.json so `diff` can follow a row from one edition to the next.
    pub row_id: Option<usize>,
    pub min_rows: u32,
    pub insufficient: Insufficient,
    pub rule: Rule,
}

#[derive(Debug, Clone, Serialize)]
pub struct Criterion {
    pub id: String,
    pub name: Text,
    pub weight: f64,
    /// Whether languages in official use are owed too, not only official ones.
    pub in_official_use: bool,
    pub indicators: Vec<Indicator>,
    /// The criterion's own band table, when a monitoring scheme rates an
    /// area on other bounds than the total; without it, the edition's.
    pub bands: Option<Vec<Band>>,
}

/// A condition that excludes an applicant from the ranking whatever its score.
#[derive(Debug, Clone, Serialize)]
pub struct Gate {
    pub id: String,
    pub name: Text,
    pub sheet: usize,
    pub nonempty: Option<usize>,
    pub min: u32,
}

/// One step of the tie-break cascade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TieBreak {
    /// A criterion's own score.
    Criterion(crate::ix::CriterionIx),
    /// The aggregated jury mark.
    Jury,
    /// The number of indicators at full score.
    FullIndicators,
}

/// How equal applicants are numbered: 1-2-2-4 or 1-2-2-3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RankStyle {
    #[default]
    Competition,
    Dense,
}

/// An award tier: who may receive it and how many.
#[derive(Debug, Clone, Serialize)]
pub struct Tier {
    pub id: String,
    pub name: Text,
    pub min_total: Option<f64>,
    /// Index into `bands`: this band or a better one.
    pub min_band: Option<usize>,
    pub max_recipients: u32,
}

/// The jury: who marks which categories, on which scale, and how the marks
/// become one jury mark and join the evidence score.
#[derive(Debug, Clone, Serialize)]
pub struct Jury {
    pub min: f64,
    pub max: f64,
    pub step: Option<f64>,
    pub jurors: Vec<Juror>,
    /// The separate jurors file the criteria name, and where; read by [`load`].
    #[serde(skip)]
    pub jurors_file: Option<(String, Pos)>,
    /// The file the jurors were read from (the criteria file or the jurors
    /// file), which the jurors' positions point into; set by [`load`].
    #[serde(skip)]
    pub jurors_source: PathBuf,
    pub aggregate: Aggregate,
    /// A trimmed mean drops the highest and lowest mark only when at least
    /// this many marks remain.
    pub trim_from: usize,
    /// Fewer marks for a criterion flag the applicant "insufficient jury marks".
    pub min_marks: usize,
    /// Per-juror z-scores rescaled to the scale, to cancel harsh or lenient
    /// jurors.
    pub standardise: bool,
    /// Highest minus lowest mark above this flags the applicant for the
    /// consensus meeting.
    pub consensus_spread: Option<f64>,
    /// Shares of the final total, summing to 100.
    pub evidence_weight: f64,
    pub jury_weight: f64,
}

/// How one applicant's marks for one criterion become its jury mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Aggregate {
    Mean,
    Median,
    TrimmedMean,
}

#[derive(Debug, Clone, Serialize)]
pub struct Juror {
    pub id: String,
    pub name: String,
    /// The juror's own institution, by an applicant's id (an earlier id
    /// under `aliases` is replaced by the current one when loaded).
    pub institution: Option<String>,
    /// Where `institution` is written in [`Jury::jurors_source`].
    #[serde(skip)]
    pub institution_at: Pos,
    /// Indices into `categories`: the ones this juror marks.
    pub categories: Vec<usize>,
}

/// A validated criteria file: every reference resolved, every weight summing
/// to 100, bands covering 0–100 exactly once.
#[derive(Debug, Clone, Serialize)]
pub struct Criteria {
    pub edition: i64,
    pub award: Text,
    pub period: Period,
    /// The last day applications are accepted, for the applicants' template.
    pub deadline: Option<NaiveDate>,
    pub kinds: Vec<Kind>,
    pub categories: Vec<Category>,
    pub sheets: Vec<SheetSpec>,
    /// How rows were obtained and what each way counts for; without it
    /// every row counts 1.
    pub provenance: Option<Provenance>,
    pub criteria: Vec<Criterion>,
    pub gates: Vec<Gate>,
    pub bands: Vec<Band>,
    pub decimals: u32,
    pub tie_breaks: Vec<TieBreak>,
    pub rank_style: RankStyle,
    /// Award tiers, highest first; an institution receives only its highest.
    pub tiers: Vec<Tier>,
    /// A gap in points below which a tier's last place is flagged as close.
    pub close_margin: Option<f64>,
    /// The jurors and the scale of their marks, if the award has a jury.
    pub jury: Option<Jury>,
    /// How the outcome's robustness to the weights is tested, if it is.
    pub robustness: Option<Robustness>,
    /// Who owes which languages; Albanian and Serbian only until
    /// [`load`] reads the language-status file the criteria name.
    #[serde(skip)]
    pub languages: crate::criteria::languages::LanguageStatus,
    /// The language-status file named in the criteria, and where.
    #[serde(skip)]
    pub languages_file: Option<(String, Pos)>,
    /// Language codes the indicators use, with where, to check against the
    /// language-status file.
    #[serde(skip)]
    pub language_codes: Vec<(String, Pos)>,
    /// Names that may stand unchanged in every language.
    pub proper_names: Vec<String>,
    /// Earlier ids of renamed institutions, by current id, for comparing
    /// editions.
    pub aliases: std::collections::BTreeMap<String, Vec<String>>,
}

impl Criteria {
    /// The category that admits `kind` in this edition, if any.
    pub fn category_for(&self, kind: &str) -> Option<usize> {
        self.categories
            .iter()
            .position(|c| c.open_from <= self.edition && c.kinds.iter().any(|k| k == kind))
    }

    /// The shares of evidence and jury in a category's totals: its own, else
    /// the jury's, else the evidence alone.
    pub fn weights(&self, category: Option<usize>) -> Weights {
        let own = category
            .and_then(|k| self.categories.get(k))
            .and_then(|k| k.weights);
        let jury = self.jury.as_ref().map(|j| Weights {
            evidence: j.evidence_weight,
            jury: j.jury_weight,
        });
        own.or(jury).unwrap_or(Weights {
            evidence: 100.0,
            jury: 0.0,
        })
    }

    pub fn band_for(&self, value: f64) -> Option<usize> {
        self.bands.iter().position(|b| b.contains(value))
    }

    /// Every column a sheet's rows are read with: its own, then the
    /// provenance columns every sheet may carry.
    pub fn columns_of<'s>(&'s self, sheet: &'s SheetSpec) -> impl Iterator<Item = &'s ColumnSpec> {
        let provenance = self.provenance.iter().flat_map(|p| &p.columns);
        sheet.columns.iter().chain(provenance.map(|c| &c.spec))
    }
}

/// Why a criteria file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum CriteriaError {
    #[error("{path}: cannot read the criteria file: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: the criteria file is {size} bytes; the limit is {MAX_CRITERIA_BYTES} bytes")]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{path}: {} problem(s) in the criteria file", diagnostics.len())]
    Invalid {
        path: PathBuf,
        diagnostics: Vec<Diagnostic>,
    },
}

/// A criteria file read from disk, with the bytes' digest for provenance.
#[derive(Debug, Clone)]
pub struct LoadedCriteria {
    pub criteria: Criteria,
    pub sha256: String,
    /// Notes worth reading that do not stop the evaluation, with the file
    /// each comes from (the criteria file or the language-status file).
    pub notes: Vec<(PathBuf, Diagnostic)>,
    /// The `--set` changes of a what-if run, in the order given; empty
    /// when the file was used as written.
    pub overrides: Vec<Applied>,
}

/// Reads, parses and validates a criteria file.
pub fn load(path: &Path) -> Result<LoadedCriteria, CriteriaError> {
    load_with(path, &[])
}

/// [`load`] for a what-if run: the criteria file with `overrides` spliced
/// into its text, then parsed and validated as the file would be, every
/// problem located in the file (see [`overrides`]). The digest stays the
/// file's own; the overrides are recorded beside it.
pub fn load_with(path: &Path, overrides: &[Override]) -> Result<LoadedCriteria, CriteriaError> {
    let io = |source| CriteriaError::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_CRITERIA_BYTES {
        return Err(CriteriaError::TooLarge {
            path: path.to_path_buf(),
            size,
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let sha256 = crate::digest::sha256_hex(&bytes);
    let edited = overrides::Edited::new(&bytes, overrides).map_err(|diagnostics| {
        CriteriaError::Invalid {
            path: path.to_path_buf(),
            diagnostics,
        }
    })?;
    let loaded = parsed(path, edited.bytes(), sha256);
    edited.relocate(path, loaded)
}

/// The criteria file at `path`, read as `bytes`, parsed and validated, and
/// the files it names read beside it.
fn parsed(path: &Path, bytes: &[u8], sha256: String) -> Result<LoadedCriteria, CriteriaError> {
    let invalid = |path: &Path, diagnostics| CriteriaError::Invalid {
        path: path.to_path_buf(),
        diagnostics,
    };
    let (mut criteria, warnings) = parse(bytes).map_err(|d| invalid(path, d))?;
    let mut notes: Vec<(PathBuf, Diagnostic)> = warnings
        .into_iter()
        .map(|d| (path.to_path_buf(), d))
        .collect();
    if let Some((file, at)) = criteria.languages_file.clone() {
        let lang_path = path.parent().unwrap_or(Path::new(".")).join(&file);
        let lang_bytes = std::fs::read(&lang_path)
            .map_err(|_| unreadable(path, at, "language-status", &lang_path))?;
        let (status, lang_notes) =
            crate::criteria::languages::parse(&lang_bytes).map_err(|d| invalid(&lang_path, d))?;
        let unknown: Vec<Diagnostic> = criteria
            .language_codes
            .iter()
            .filter(|(code, _)| !status.languages.contains(code))
            .map(|(code, at)| {
                Diagnostic::error(
                    Code::UnknownLanguage,
                    *at,
                    format!("unknown language `{code}`"),
                    format!("use one of: {}", status.languages.join(", ")),
                )
            })
            .collect();
        if !unknown.is_empty() {
            return Err(invalid(path, unknown));
        }
        criteria.languages = status;
        notes.extend(lang_notes.into_iter().map(|d| (lang_path.clone(), d)));
    }
    let jurors_file = criteria.jury.as_ref().and_then(|j| j.jurors_file.clone());
    if let Some(jury) = criteria.jury.as_mut() {
        jury.jurors_source = path.to_path_buf();
    }
    if let Some((file, at)) = jurors_file {
        let jurors_path = path.parent().unwrap_or(Path::new(".")).join(&file);
        let bytes = std::fs::read(&jurors_path)
            .map_err(|_| unreadable(path, at, "jurors", &jurors_path))?;
        let categories: Vec<&str> = criteria.categories.iter().map(|c| c.id.as_str()).collect();
        let jurors =
            validate::jurors_file(&bytes, &categories).map_err(|d| invalid(&jurors_path, d))?;
        if let Some(jury) = criteria.jury.as_mut() {
            jury.jurors = jurors;
            jury.jurors_source = jurors_path;
        }
    }
    if let Some(jury) = criteria.jury.as_mut() {
        current_institutions(&mut jury.jurors, &criteria.aliases);
    }
    nominations::read_all(path, &mut criteria)?;
    Ok(LoadedCriteria {
        criteria,
        sha256,
        notes,
        overrides: Vec::new(),
    })
}

/// A file the criteria at `path` name (at `at`) that cannot be read: an
/// error of the criteria, where the name is written.
fn unreadable(path: &Path, at: Pos, what: &str, file: &Path) -> CriteriaError {
    CriteriaError::Invalid {
        path: path.to_path_buf(),
        diagnostics: vec![Diagnostic::error(
            Code::InvalidValue,
            at,
            format!("the {what} file `{}` cannot be read", file.display()),
            "give its path relative to this criteria file",
        )],
    }
}

/// A juror who names their institution by an id it had before a renaming
/// (listed under `aliases`) is still kept off it under its current id.
fn current_institutions(
    jurors: &mut [Juror],
    aliases: &std::collections::BTreeMap<String, Vec<String>>,
) {
    for juror in jurors {
        let Some(own) = juror.institution.as_deref().map(crate::text::fold) else {
            continue;
        };
        let current = aliases
            .iter()
            .find(|(_, earlier)| earlier.iter().any(|e| crate::text::fold(e) == own));
        if let Some((current, _)) = current {
            juror.institution = Some(current.clone());
        }
    }
}

/// Parses and validates criteria from bytes; every problem is returned at once.
pub fn parse(bytes: &[u8]) -> Result<(Criteria, Vec<Diagnostic>), Vec<Diagnostic>> {
    let raw = validate::parse_raw(bytes).map_err(|d| vec![d])?;
    validate::validate(raw)
}
