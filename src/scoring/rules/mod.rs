//! Judging one row of evidence by an indicator's rule, one file per kind of
//! indicator: whether the row meets it, and if not, why ([`Note`]) and
//! which cell decided. This file only dispatches, in [`Applied::judge`],
//! from the [`Rule`] variant to the kind's file of the same name.
//!
//! A kind's other half is `src/criteria/validate/kinds/<kind>.rs`, which
//! turns the criteria file's fields into the [`Rule`] judged here. The two
//! halves cannot be one file: the criteria come before scoring in the
//! pipeline and may not import it, while scoring reads the validated
//! criteria, so a kind's home is a pair of files found by the same name.

mod equivalence;
mod reply_parity;
mod share;
mod signage;
mod simultaneity;
mod status_share;

use super::card::Note;
use crate::criteria::languages::Owed;
use crate::criteria::{Indicator, Rule, SheetSpec};
use crate::script;
use crate::submission::Value;
use std::sync::Arc;

/// What one applicant owes, for the language-aware checks.
pub(super) struct Context<'a> {
    pub(super) owed: Owed,
    /// The language expected first on signs, folded.
    pub(super) sign_first: String,
    /// Names a second language may repeat unchanged, prepared once.
    pub(super) same_everywhere: &'a script::ProperNames,
    /// Names whose lost diacritics are worth pointing out, prepared once.
    pub(super) known: &'a script::KnownNames,
}

/// One row of an evidence sheet as a rule reads it.
pub(super) struct Row<'a> {
    values: &'a [Value],
    spec: Option<&'a SheetSpec>,
}

impl<'a> Row<'a> {
    pub(super) fn new(values: &'a [Value], spec: Option<&'a SheetSpec>) -> Row<'a> {
        Row { values, spec }
    }

    /// The cell in declared column `c`; empty when the row has none.
    fn get(&self, c: usize) -> &'a Value {
        self.values.get(c).unwrap_or(&Value::Empty)
    }

    /// The text in declared column `c`; empty for any other cell.
    fn text(&self, c: usize) -> &'a str {
        match self.get(c) {
            Value::Text(t) => t,
            _ => "",
        }
    }

    /// The key of declared column `c`, as notes name it.
    fn key(&self, c: usize) -> String {
        self.spec
            .and_then(|s| s.columns.get(c))
            .map_or_else(String::new, |c| c.key.clone())
    }
}

/// What a rule decided about one row.
pub(super) struct Verdict {
    pub(super) note: Note,
    /// The declared column whose cell decided, if one did.
    pub(super) decided_by: Option<usize>,
    /// Observations that cost no points, such as lost diacritics.
    pub(super) remarks: Vec<Note>,
    /// A name for the row of the rule's own making, when the row's first
    /// text does not say enough.
    pub(super) label: Option<Arc<str>>,
    /// The part of a point the row earns, for a kind that gives parts of
    /// one (`status_share`); otherwise a met row earns a point, any other
    /// none.
    pub(super) credit: Option<crate::exact::Exact>,
}

impl Verdict {
    fn met() -> Verdict {
        Verdict {
            note: Note::Met,
            decided_by: None,
            remarks: Vec::new(),
            label: None,
            credit: None,
        }
    }

    /// A row that failed for `note`, decided by declared column `column`.
    fn at(note: Note, column: usize) -> Verdict {
        Verdict {
            note,
            decided_by: Some(column),
            ..Verdict::met()
        }
    }
}

/// An indicator's rule as it applies to one applicant: a rule written with
/// `by_language` checks the columns of the languages the applicant owes,
/// and only those.
pub(super) struct Applied<'a> {
    rule: &'a Rule,
    /// Each owed language's column, in the order the applicant owes them;
    /// empty when the indicator lists its columns itself.
    languages: Vec<(String, usize)>,
    /// The same columns without their languages, when `by_language` is used.
    owed: Option<Vec<usize>>,
}

impl<'a> Applied<'a> {
    pub(super) fn new(ind: &'a Indicator, owed: &Owed) -> Applied<'a> {
        if ind.by_language.is_empty() {
            return Applied {
                rule: &ind.rule,
                languages: Vec::new(),
                owed: None,
            };
        }
        let languages: Vec<(String, usize)> = owed
            .languages
            .iter()
            .filter_map(|l| ind.by_language.iter().find(|(lang, _)| lang == l).cloned())
            .collect();
        Applied {
            rule: &ind.rule,
            owed: Some(languages.iter().map(|(_, c)| *c).collect()),
            languages,
        }
    }

    /// The columns a rule lists: the owed languages' when it lists them by
    /// language, else its own.
    fn listed<'s>(&'s self, own: &'s [usize]) -> &'s [usize] {
        self.owed.as_deref().unwrap_or(own)
    }

    /// Judges one row by the rule's kind.
    pub(super) fn judge(&self, row: &Row, context: &Context) -> Verdict {
        match self.rule {
            Rule::Share { all_yes } => share::judge(self.listed(all_yes), row),
            Rule::Simultaneity {
                versions,
                tolerance_hours,
            } => simultaneity::judge(self.listed(versions), *tolerance_hours, row),
            Rule::Equivalence {
                first,
                second,
                ratio,
                rating,
            } => equivalence::judge(*first, *second, *ratio, *rating, row),
            Rule::Signage {
                texts,
                distinct,
                script,
                cyrillic,
                first_language,
                order,
                unstated,
            } => {
                let sign = signage::Sign {
                    texts: self.listed(texts),
                    distinct: *distinct,
                    script: *script,
                    cyrillic: *cyrillic,
                    first_language: *first_language,
                    order: *order,
                    unstated: *unstated,
                };
                signage::judge(&sign, &self.languages, row, context)
            }
            Rule::ReplyParity {
                sent,
                tolerance_hours,
            } => reply_parity::judge(&self.languages, sent, *tolerance_hours, row),
            Rule::StatusShare { column, counts } => status_share::judge(*column, counts, row),
        }
    }
}

/// A text cell as a label shows it: at most 120 characters.
fn label_text(v: &Value) -> Option<String> {
    match v {
        Value::Text(t) if !t.is_empty() => Some(crate::text::truncate(t, 120).0),
        _ => None,
    }
}

/// The row's first text, to name it in a scorecard ("news release 'X' …").
pub(super) fn first_text(values: &[Value]) -> String {
    values.iter().find_map(label_text).unwrap_or_default()
}
