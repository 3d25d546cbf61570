//! What every section of validation shares: the list of problems found so
//! far, and the checks written the same way wherever they occur (ids
//! unique, weights, dates, counts), so one mistake reads the same in every
//! part of the file.

use crate::criteria::Text;
use crate::criteria::diagnostic::{Code, Diagnostic, Pos};
use crate::criteria::raw::{Int, Num, RawText, S};
use chrono::NaiveDate;
use std::collections::BTreeMap;

const WEIGHT_TOLERANCE: f64 = 1e-6;

/// Collects diagnostics while the model is built.
#[derive(Default)]
pub(super) struct Checker {
    pub(super) problems: Vec<Diagnostic>,
    /// Language codes used by indicators and columns, checked once the
    /// language-status file is read.
    pub(super) language_codes: Vec<(String, Pos)>,
}

impl Checker {
    pub(super) fn error(
        &mut self,
        code: Code,
        at: Pos,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) {
        self.problems
            .push(Diagnostic::error(code, at, message, hint));
    }

    pub(super) fn unique_ids<'a>(
        &mut self,
        what: &str,
        ids: impl IntoIterator<Item = &'a S<String>>,
    ) {
        let mut seen: BTreeMap<&str, Pos> = BTreeMap::new();
        for id in ids {
            if let Some(first) = seen.get(id.value.as_str()) {
                self.error(
                    Code::DuplicateId,
                    Pos::of(id),
                    format!(
                        "{what} `{}` is defined twice (first at line {})",
                        id.value, first.line
                    ),
                    format!("give each {what} its own id"),
                );
            } else {
                seen.insert(&id.value, Pos::of(id));
            }
        }
    }

    pub(super) fn weight(&mut self, weight: &S<Num>) -> f64 {
        if !weight.value.0.is_finite() || weight.value.0 < 0.0 {
            self.error(
                Code::WeightInvalid,
                Pos::of(weight),
                format!("weight {} is not a number from 0 to 100", weight.value.0),
                "use a plain number such as 40",
            );
            return 0.0;
        }
        weight.value.0
    }

    pub(super) fn weights_sum(&mut self, what: &str, weights: &[&S<Num>], container: Pos) {
        let sum: f64 = weights.iter().map(|w| w.value.0).sum();
        if weights.iter().all(|w| w.value.0.is_finite()) && (sum - 100.0).abs() > WEIGHT_TOLERANCE {
            let at = weights.last().map_or(container, |w| Pos::of(w));
            self.error(
                Code::WeightSum,
                at,
                format!("the weights of {what} sum to {}, not 100", trim_float(sum)),
                format!("change the weights by {} in total", trim_float(100.0 - sum)),
            );
        }
    }

    pub(super) fn date(&mut self, value: &S<String>) -> Option<NaiveDate> {
        let parsed = NaiveDate::parse_from_str(value.value.trim(), "%Y-%m-%d").ok();
        if parsed.is_none() {
            self.error(
                Code::InvalidValue,
                Pos::of(value),
                format!("`{}` is not a date", value.value),
                "write dates as YYYY-MM-DD, e.g. 2026-09-30",
            );
        }
        parsed
    }

    pub(super) fn count(&mut self, value: &S<Int>, what: &str) -> u32 {
        match u32::try_from(value.value.0) {
            Ok(n) => n,
            Err(_) => {
                self.error(
                    Code::InvalidValue,
                    Pos::of(value),
                    format!(
                        "{what} must be a whole number of 0 or more, found {}",
                        value.value.0
                    ),
                    "use a number such as 3",
                );
                0
            }
        }
    }
}

/// A number as a person would write it: no trailing zeros.
pub(super) fn trim_float(x: f64) -> String {
    let s = format!("{x:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

pub(super) fn text(raw: &RawText) -> Text {
    Text {
        sq: raw.sq.clone(),
        sr: raw.sr.clone(),
        en: raw.en.clone(),
    }
}

/// The help for a name that is not declared: the nearest declared one, or
/// the whole list when none is near.
pub(super) fn hint_known<'a>(
    what: &str,
    word: &str,
    known: impl Iterator<Item = &'a str>,
) -> String {
    let known: Vec<String> = known.map(str::to_string).collect();
    match crate::text::nearest(word, known.iter().map(String::as_str)) {
        Some(near) => format!("did you mean `{near}`?"),
        None if known.is_empty() => format!("declare it under `{what}` first"),
        None => format!("known {what}: {}", known.join(", ")),
    }
}
