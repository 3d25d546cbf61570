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

mod applicant;
mod criteria;
mod inputs;
mod jury;
mod ranking;
mod robustness;
mod seq;

pub use applicant::{
    Applicant, CriterionScore, Evidence, GateResult, IndicatorScore, Ineligible, Institution,
    JuryShare, Nominee, Note, ObservedShare, Origin, Scorecard, Status, Weighted,
};
pub use criteria::{
    Band, Bound, CriteriaSummary, CriterionSummary, IndicatorSummary, Override, Period,
    ProvenanceSummary, SourceSummary, StatusSummary, Text,
};
pub use inputs::{Finding, Input, Level, Outcome, Role};
pub use jury::{
    Aggregate, Counted, Juror, Jury, JuryCard, JuryCriterion, JuryFlags, JuryWarning, Method,
    Recusal, Severity,
};
pub use ranking::{Award, Category, Placed};
pub use robustness::{
    CategoryRobustness, Contender, Influence, Robustness, Spread, TierShare, Verdict,
};
pub use seq::{Iter, Seq};

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

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
    /// Present when the criteria ask how robust the outcome is to the weights
    /// (and to the jury's share and the band bounds, when they vary them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub robustness: Option<Robustness<'a>>,
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
