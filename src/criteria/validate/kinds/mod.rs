//! One file per kind of indicator, each holding how the kind's fields in
//! the criteria file become its [`Rule`]: the fields it owns, the type of
//! the columns it reads, the diagnostics it gives, and which columns the
//! validated rule reads. This file only dispatches: [`spec`] finds a
//! kind's file from the kind written in the file, [`Rule::columns`] from
//! the validated rule.
//!
//! How a kind *judges* a row lives beside the scoring, in
//! `src/scoring/rules/<kind>.rs`, and how the report words its method in
//! `src/report/view/words.rs`. The criteria come before scoring in the
//! pipeline and may not import it (no module imports one that imports it
//! back), so a kind's home is a pair of files of the same name, joined by
//! the [`Rule`] variant: this side turns text into a rule every later stage
//! can trust without re-checking, the scoring side applies it.

mod equivalence;
mod reply_parity;
mod share;
mod signage;
mod simultaneity;
mod status_share;

use super::checker::Checker;
use super::sheets::{ColumnResolver, Want};
use crate::criteria::Rule;
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::{RawIndicator, RawIndicatorKind, S};

/// What validation needs to know about one kind of indicator.
pub(super) struct KindSpec {
    /// The kind as the criteria file writes it (`kind: share`).
    pub(super) name: &'static str,
    /// The fields this kind reads besides those every kind has, each with
    /// whether `indicator` has it: an indicator of a kind that does not
    /// list a field is told to remove it. Two kinds may share a field
    /// (`tolerance_hours`).
    pub(super) own_fields: fn(indicator: &RawIndicator) -> Vec<(&'static str, bool)>,
    /// How the kind names its columns.
    pub(super) columns: Columns,
    /// Reads the kind's fields into its rule, reporting what is wrong.
    pub(super) rule: fn(&mut Checker, &Input) -> Option<Rule>,
}

/// How a kind names the columns it reads.
pub(super) enum Columns {
    /// A list of columns of this type under the kind's own field, or one
    /// column per language under `by_language`, checked only in the
    /// languages an applicant owes.
    Listed(Want),
    /// Columns named one by one in fields of their own; `by_language` does
    /// not apply, and the diagnostic names the indicator as `what` and says
    /// `hint`.
    Named {
        what: &'static str,
        hint: &'static str,
    },
}

/// Every kind, in the order their stray fields are reported; a test checks
/// that none is missing.
static KINDS: [&KindSpec; 6] = [
    &share::KIND,
    &simultaneity::KIND,
    &equivalence::KIND,
    &signage::KIND,
    &reply_parity::KIND,
    &status_share::KIND,
];

/// The file that validates `kind`.
pub(super) fn spec(kind: RawIndicatorKind) -> &'static KindSpec {
    match kind {
        RawIndicatorKind::Share => &share::KIND,
        RawIndicatorKind::Simultaneity => &simultaneity::KIND,
        RawIndicatorKind::Equivalence => &equivalence::KIND,
        RawIndicatorKind::Signage => &signage::KIND,
        RawIndicatorKind::ReplyParity => &reply_parity::KIND,
        RawIndicatorKind::StatusShare => &status_share::KIND,
    }
}

impl Rule {
    /// Every column the rule reads, for the warning about columns that
    /// nothing reads.
    pub fn columns(&self) -> Vec<usize> {
        match self {
            Rule::Share { all_yes } => share::columns(all_yes),
            Rule::Simultaneity { versions, .. } => simultaneity::columns(versions),
            Rule::Equivalence {
                first,
                second,
                rating,
                ..
            } => equivalence::columns(*first, *second, *rating),
            Rule::Signage {
                texts,
                cyrillic,
                first_language,
                ..
            } => signage::columns(texts, *cyrillic, *first_language),
            Rule::ReplyParity { sent, .. } => reply_parity::columns(sent),
            Rule::StatusShare { column, .. } => status_share::columns(*column),
        }
    }
}

/// One indicator as its kind's validation reads it.
pub(super) struct Input<'a> {
    pub(super) raw: &'a RawIndicator,
    /// Resolves the column keys against the indicator's sheet.
    pub(super) columns: ColumnResolver<'a>,
    pub(super) spec: &'static KindSpec,
}

impl Input<'_> {
    /// Reports a field the kind needs and the indicator lacks.
    pub(super) fn needs(&self, c: &mut Checker, field: &str) {
        c.error(
            Code::IndicatorField,
            Pos::of(&self.raw.kind),
            format!(
                "{} of kind {} needs `{field}`",
                self.columns.owner, self.spec.name
            ),
            format!("add `{field}:`; criteria/README.md shows an example"),
        );
    }

    /// The columns listed under `field`; none when `by_language` lists them
    /// per language instead, and nothing when neither does.
    pub(super) fn listed(
        &self,
        c: &mut Checker,
        list: &Option<S<Vec<S<String>>>>,
        field: &str,
    ) -> Option<Vec<usize>> {
        match list {
            Some(cols) => Some(self.columns.columns(c, cols, self.want())),
            None if self.raw.by_language.is_some() => Some(Vec::new()),
            None => {
                self.needs(c, &format!("{field}` or `by_language"));
                None
            }
        }
    }

    /// `tolerance_hours`, 0 or more; nothing when it is missing or invalid.
    pub(super) fn tolerance_hours(&self, c: &mut Checker) -> Option<f64> {
        let Some(tol) = &self.raw.tolerance_hours else {
            self.needs(c, "tolerance_hours");
            return None;
        };
        if !tol.value.0.is_finite() || tol.value.0 < 0.0 {
            c.error(
                Code::InvalidValue,
                Pos::of(tol),
                format!("tolerance_hours must be 0 or more, found {}", tol.value.0),
                "use a number of hours such as 24",
            );
        }
        Some(tol.value.0)
    }

    /// The type of the kind's listed columns; a kind that names its columns
    /// one by one lists none.
    fn want(&self) -> Want {
        match self.spec.columns {
            Columns::Listed(want) => want,
            Columns::Named { .. } => Want::Any,
        }
    }

    /// Reports the fields of other kinds, not of its own, that the
    /// indicator carries; each once, though two other kinds share it.
    pub(super) fn stray_fields(&self, c: &mut Checker) {
        let mut reported: Vec<&str> = (self.spec.own_fields)(self.raw)
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        let others = KINDS.iter().filter(|k| k.name != self.spec.name);
        for (field, present) in others.flat_map(|k| (k.own_fields)(self.raw)) {
            if present && !reported.contains(&field) {
                reported.push(field);
                c.error(
                    Code::IndicatorField,
                    Pos::of(&self.raw.kind),
                    format!(
                        "{}: `{field}` does not apply to this kind of indicator",
                        self.columns.owner
                    ),
                    format!("remove `{field}` or change `kind`"),
                );
            }
        }
    }

    /// The columns per language, the official languages first in the Law's
    /// order, then the rest; every language code is kept to be checked
    /// against the language-status file.
    pub(super) fn by_language(&self, c: &mut Checker) -> Vec<(String, usize)> {
        let Some(map) = &self.raw.by_language else {
            return Vec::new();
        };
        let want = match self.spec.columns {
            Columns::Listed(want) => want,
            Columns::Named { what, hint } => {
                c.error(
                    Code::IndicatorField,
                    Pos::of(map),
                    format!(
                        "{}: `by_language` does not apply to {what}",
                        self.columns.owner
                    ),
                    hint,
                );
                return Vec::new();
            }
        };
        let mut columns: Vec<(String, usize)> = map
            .value
            .iter()
            .filter_map(|(lang, key)| {
                c.language_codes.push((lang.clone(), Pos::of(key)));
                self.columns
                    .column(c, key, want)
                    .map(|col| (lang.clone(), col))
            })
            .collect();
        columns.sort_by_key(|(lang, _)| {
            (
                ["sq", "sr"].iter().position(|l| l == lang).unwrap_or(2),
                lang.clone(),
            )
        });
        columns
    }
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::cases;
    use super::{KINDS, spec};
    use crate::criteria::raw::RawIndicatorKind;

    /// `spec` is checked by the compiler; `KINDS` by this test: every kind
    /// the criteria file may write is listed once, and is the kind `spec`
    /// finds for its name.
    #[test]
    fn every_kind_is_listed_once() {
        let unknown = serde_saphyr::from_str::<RawIndicatorKind>("no_such_kind").unwrap_err();
        let message = unknown.to_string();
        let first_line = message.lines().next().unwrap();
        let list = first_line.split("expected one of ").nth(1).unwrap();
        let written: Vec<&str> = list.split(" at line").next().unwrap().split(", ").collect();
        let listed: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
        assert_eq!(listed, written);
        for listed in KINDS {
            let kind: RawIndicatorKind = serde_saphyr::from_str(listed.name).unwrap();
            assert!(std::ptr::eq(spec(kind), listed), "{}", listed.name);
        }
    }

    #[test]
    fn a_kind_keeps_to_its_own_fields() {
        insta::assert_snapshot!(cases(&[
            (
                "a field of another kind",
                &[(
                    "        distinct: true\n",
                    "        distinct: true\n        all_yes: [text_sq]\n"
                )]
            ),
            (
                "fields of two other kinds",
                &[(
                    "        tolerance_hours: 24\n",
                    "        tolerance_hours: 24\n        first: item\n        texts: [item]\n"
                )]
            ),
        ]));
    }
}
