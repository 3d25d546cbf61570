//! The criteria file exactly as written, with the position of every value, so
//! validation can point at the line and column a secretariat has to edit.

use serde::Deserialize;
use serde_saphyr::Spanned;

pub type S<T> = Spanned<T>;

/// A number written as a number: a quoted "35" is text, not a weight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num(pub f64);

/// A whole number written as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Int(pub i64);

struct NumVisitor<const WHOLE: bool>;

impl<const WHOLE: bool> serde::de::Visitor<'_> for NumVisitor<WHOLE> {
    type Value = f64;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(if WHOLE { "a whole number" } else { "a number" })
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<f64, E> {
        Ok(v as f64)
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<f64, E> {
        Ok(v as f64)
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<f64, E> {
        if WHOLE && v.fract() != 0.0 {
            return Err(E::invalid_type(serde::de::Unexpected::Float(v), &self));
        }
        Ok(v)
    }
}

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NumVisitor::<false>).map(Num)
    }
}

impl<'de> Deserialize<'de> for Int {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = d.deserialize_any(NumVisitor::<true>)?;
        if v.abs() > 1e15 {
            return Err(serde::de::Error::custom("number too large"));
        }
        Ok(Int(v as i64))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCriteria {
    pub edition: S<Int>,
    pub award: RawText,
    pub period: RawPeriod,
    #[serde(default)]
    pub deadline: Option<S<String>>,
    #[serde(default)]
    pub languages: Option<S<String>>,
    #[serde(default)]
    pub proper_names: Vec<String>,
    #[serde(default)]
    pub aliases: std::collections::BTreeMap<String, Vec<String>>,
    pub kinds: Vec<RawKind>,
    pub categories: Vec<RawCategory>,
    pub sheets: Vec<RawSheet>,
    #[serde(default)]
    pub provenance: Option<S<RawProvenance>>,
    pub criteria: S<Vec<RawCriterion>>,
    #[serde(default)]
    pub gates: Vec<RawGate>,
    pub bands: S<Vec<RawBand>>,
    pub rounding: RawRounding,
    #[serde(default)]
    pub ranking: Option<RawRanking>,
    #[serde(default)]
    pub tiers: Vec<RawTier>,
    #[serde(default)]
    pub close_margin: Option<S<Num>>,
    #[serde(default)]
    pub jury: Option<S<RawJury>>,
    #[serde(default)]
    pub robustness: Option<RawRobustness>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRobustness {
    #[serde(default)]
    pub draws: Option<S<Int>>,
    #[serde(default)]
    pub seed: Option<S<Int>>,
    pub weights: S<Num>,
    #[serde(default)]
    pub jury_split: Option<S<Num>>,
    #[serde(default)]
    pub band_bounds: Option<S<Num>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawJury {
    pub marks: RawMarks,
    /// The jurors here, or in the file `jurors_file` names.
    #[serde(default)]
    pub jurors: Option<Vec<RawJuror>>,
    #[serde(default)]
    pub jurors_file: Option<S<String>>,
    #[serde(default)]
    pub aggregate: Option<S<String>>,
    #[serde(default)]
    pub trim_from: Option<S<Int>>,
    #[serde(default)]
    pub min_marks: Option<S<Int>>,
    #[serde(default)]
    pub standardise: Option<bool>,
    #[serde(default)]
    pub consensus_spread: Option<S<Num>>,
    pub weights: RawJuryWeights,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawJuryWeights {
    pub evidence: S<Num>,
    pub jury: S<Num>,
}

/// A separate jurors file: the list alone, so it can change without the
/// criteria.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawJurorsFile {
    pub jurors: Vec<RawJuror>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMarks {
    pub min: S<Num>,
    pub max: S<Num>,
    #[serde(default)]
    pub step: Option<S<Num>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawJuror {
    pub id: S<String>,
    pub name: S<String>,
    /// The juror's own institution, which the juror never marks.
    #[serde(default)]
    pub institution: Option<S<String>>,
    /// Categories the juror marks; all when absent.
    #[serde(default)]
    pub categories: Option<Vec<S<String>>>,
}

/// A text in the award's languages; Serbian Cyrillic is derived when absent.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    pub sq: String,
    pub sr: String,
    pub en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPeriod {
    pub from: S<String>,
    pub to: S<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKind {
    pub id: S<String>,
    pub name: RawText,
    pub municipal: Option<S<bool>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    pub id: S<String>,
    pub name: RawText,
    /// Required unless the jury alone judges the category.
    #[serde(default)]
    pub kinds: Option<S<Vec<S<String>>>>,
    pub open_from: S<Int>,
    /// The category's own shares of evidence and jury, instead of the jury's.
    #[serde(default)]
    pub weights: Option<S<RawJuryWeights>>,
    /// The file listing the category's nominees, relative to the criteria.
    #[serde(default)]
    pub nominations: Option<S<String>>,
}

/// A nominations file: who is nominated for a category the jury alone
/// judges, kept apart so the list can change without the criteria.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNominations {
    /// The nominees are invented, for a sample: every page says so.
    #[serde(default)]
    pub fictional: bool,
    pub nominees: S<Vec<RawNominee>>,
}

/// A name as written in Albanian and in Serbian (Latin script).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNames {
    pub sq: String,
    pub sr: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RawNomineeKind {
    Journalist,
    Academic,
    Activist,
    Organisation,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNominee {
    pub id: S<String>,
    pub name: RawNames,
    pub kind: S<RawNomineeKind>,
    /// What they did, in a sentence or two.
    pub description: RawText,
    pub nominated_by: S<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSheet {
    pub key: S<String>,
    pub name: RawText,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The sheet may be absent from a workbook without a warning.
    #[serde(default)]
    pub optional: bool,
    pub columns: S<Vec<RawColumn>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RawColumnType {
    Text,
    YesNo,
    DateTime,
    Number,
    Choice,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawColumn {
    pub key: S<String>,
    pub name: RawText,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(rename = "type")]
    pub kind: S<RawColumnType>,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub language: Option<S<String>>,
    #[serde(default)]
    pub choices: Option<S<Vec<RawChoice>>>,
    #[serde(default)]
    pub min: Option<S<Num>>,
    #[serde(default)]
    pub max: Option<S<Num>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    pub key: S<String>,
    pub name: RawText,
}

/// How evidence rows were obtained and what each way counts for. A flat
/// record per source (`weight`, `counts`) rather than a tagged form, since
/// serde-saphyr loses positions inside tagged enums.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProvenance {
    pub sources: S<Vec<RawSource>>,
    pub default: S<String>,
    pub columns: RawProvenanceColumns,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub key: S<String>,
    pub name: RawText,
    /// Observed by the Commissioner's monitors, not declared by the applicant.
    #[serde(default)]
    pub observed: bool,
    /// The row's weight in an indicator's share, 0–1; 1 when absent.
    #[serde(default)]
    pub weight: Option<S<Num>>,
    #[serde(default)]
    pub counts: Option<S<RawCounts>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RawCounts {
    Always,
    VerifiedOnly,
}

/// The columns any evidence sheet may carry; only `source` is needed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProvenanceColumns {
    pub source: RawProvenanceColumn,
    #[serde(default)]
    pub reference: Option<RawProvenanceColumn>,
    #[serde(default)]
    pub observer: Option<RawProvenanceColumn>,
    #[serde(default)]
    pub observed_on: Option<RawProvenanceColumn>,
    #[serde(default)]
    pub verified: Option<RawProvenanceColumn>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProvenanceColumn {
    pub name: S<RawText>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCriterion {
    pub id: S<String>,
    pub name: RawText,
    pub weight: S<Num>,
    #[serde(default)]
    pub in_official_use: bool,
    pub indicators: S<Vec<RawIndicator>>,
    /// The criterion's own band table; without it, the edition's.
    #[serde(default)]
    pub bands: Option<S<Vec<RawBand>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RawIndicatorKind {
    Share,
    Simultaneity,
    Equivalence,
    Signage,
    ReplyParity,
    StatusShare,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RawInsufficient {
    Zero,
    Exclude,
}

/// One flat record for every indicator kind: serde-saphyr loses positions
/// inside internally tagged enums, so the kind-specific fields are checked in
/// validation instead.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    pub id: S<String>,
    pub name: RawText,
    #[serde(default)]
    pub description: Option<RawText>,
    pub weight: S<Num>,
    pub kind: S<RawIndicatorKind>,
    pub sheet: S<String>,
    #[serde(default)]
    pub min_rows: Option<S<Int>>,
    #[serde(default)]
    pub insufficient: Option<S<RawInsufficient>>,
    /// Only rows whose choice column holds one of the listed choices count,
    /// by column key.
    #[serde(default, rename = "where")]
    pub filter: Option<S<RawFilter>>,
    /// A text column naming each row across editions.
    #[serde(default)]
    pub row_id: Option<S<String>>,
    #[serde(default)]
    pub all_yes: Option<S<Vec<S<String>>>>,
    #[serde(default)]
    pub versions: Option<S<Vec<S<String>>>>,
    #[serde(default)]
    pub tolerance_hours: Option<S<Num>>,
    #[serde(default)]
    pub first: Option<S<String>>,
    #[serde(default)]
    pub second: Option<S<String>>,
    #[serde(default)]
    pub ratio: Option<RawRatio>,
    #[serde(default)]
    pub rating: Option<RawRating>,
    #[serde(default)]
    pub texts: Option<S<Vec<S<String>>>>,
    #[serde(default)]
    pub distinct: Option<S<bool>>,
    #[serde(default)]
    pub by_language: Option<S<std::collections::BTreeMap<String, S<String>>>>,
    #[serde(default)]
    pub serbian_script: Option<S<String>>,
    #[serde(default)]
    pub serbian_cyrillic: Option<S<String>>,
    #[serde(default)]
    pub first_language: Option<S<String>>,
    #[serde(default)]
    pub order: Option<S<bool>>,
    /// What an empty "language written first" means under `order`.
    #[serde(default)]
    pub order_unstated: Option<S<String>>,
    /// The sending time's column per language, beside `by_language`'s
    /// reply times (`reply_parity`).
    #[serde(default)]
    pub sent: Option<S<std::collections::BTreeMap<String, S<String>>>>,
    /// The choice column whose value is the row's status (`status_share`).
    #[serde(default)]
    pub column: Option<S<String>>,
    /// The part of a point each status earns, by choice key (`status_share`).
    #[serde(default)]
    pub counts: Option<S<std::collections::BTreeMap<String, S<Num>>>>,
}

/// An indicator's `where`: by choice column, the choices a row must hold.
pub type RawFilter = std::collections::BTreeMap<String, S<Vec<S<String>>>>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRatio {
    pub min: S<Num>,
    pub max: S<Num>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRating {
    pub column: S<String>,
    pub min: S<Num>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RawGateKind {
    MinRows,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGate {
    pub id: S<String>,
    pub name: RawText,
    pub kind: S<RawGateKind>,
    pub sheet: S<String>,
    #[serde(default)]
    pub nonempty: Option<S<String>>,
    pub min: S<Int>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBand {
    pub id: S<String>,
    pub name: RawText,
    #[serde(default)]
    pub above: Option<S<Num>>,
    #[serde(default)]
    pub from: Option<S<Num>>,
    #[serde(default)]
    pub to: Option<S<Num>>,
    #[serde(default)]
    pub below: Option<S<Num>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRounding {
    pub decimals: S<Int>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRanking {
    #[serde(default)]
    pub tie_breaks: Vec<S<String>>,
    #[serde(default)]
    pub style: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTier {
    pub id: S<String>,
    pub name: RawText,
    #[serde(default)]
    pub min_total: Option<S<Num>>,
    #[serde(default)]
    pub min_band: Option<S<String>>,
    pub max_recipients: S<Int>,
}
