//! The evidence sheets and their typed columns, and the one way indicators
//! and gates name them: by key, checked against the column's type, so a
//! rule never reads a column it cannot understand.

use super::checker::{Checker, hint_known, text};
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::{RawColumn, RawColumnType, RawSheet, S};
use crate::criteria::{Choice, ColumnSpec, ColumnType, SheetSpec};

pub(super) fn sheets(c: &mut Checker, raw: &[RawSheet]) -> Vec<SheetSpec> {
    c.unique_ids("sheet", raw.iter().map(|s| &s.key));
    raw.iter().map(|s| sheet(c, s)).collect()
}

fn sheet(c: &mut Checker, s: &RawSheet) -> SheetSpec {
    c.unique_ids("column", s.columns.value.iter().map(|col| &col.key));
    SheetSpec {
        key: s.key.value.clone(),
        name: text(&s.name),
        aliases: s.aliases.clone(),
        optional: s.optional,
        columns: s.columns.value.iter().map(|col| column(c, col)).collect(),
    }
}

fn column(c: &mut Checker, col: &RawColumn) -> ColumnSpec {
    let ty = match col.kind.value {
        RawColumnType::Text => ColumnType::Text,
        RawColumnType::YesNo => ColumnType::YesNo,
        RawColumnType::DateTime => ColumnType::DateTime,
        RawColumnType::Number => {
            if let (Some(min), Some(max)) = (&col.min, &col.max)
                && min.value.0 > max.value.0
            {
                c.error(
                    Code::InvalidValue,
                    Pos::of(max),
                    format!("column `{}`: max is below min", col.key.value),
                    "swap min and max",
                );
            }
            ColumnType::Number {
                min: col.min.as_ref().map(|m| m.value.0),
                max: col.max.as_ref().map(|m| m.value.0),
            }
        }
        RawColumnType::Choice => {
            let choices = col.choices.as_ref().map_or(&[][..], |c| &c.value[..]);
            if choices.is_empty() {
                c.error(
                    Code::InvalidValue,
                    Pos::of(&col.kind),
                    format!("choice column `{}` lists no choices", col.key.value),
                    "add `choices:` with a key and name for each allowed value",
                );
            }
            c.unique_ids("choice", choices.iter().map(|ch| &ch.key));
            ColumnType::Choice {
                choices: choices
                    .iter()
                    .map(|ch| Choice {
                        key: ch.key.value.clone(),
                        name: text(&ch.name),
                    })
                    .collect(),
            }
        }
    };
    if let Some(l) = &col.language {
        c.language_codes.push((l.value.clone(), Pos::of(l)));
    }
    ColumnSpec {
        key: col.key.value.clone(),
        name: text(&col.name),
        aliases: col.aliases.clone(),
        ty,
        required: col.required,
        optional: col.optional,
        language: col.language.as_ref().map(|l| l.value.clone()),
    }
}

/// Resolves column keys for one indicator or gate, checking their types.
pub(super) struct ColumnResolver<'a> {
    /// The indicator or gate, as messages name it.
    pub(super) owner: String,
    pub(super) sheet: &'a SheetSpec,
}

/// The type of column a rule can read.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Want {
    YesNo,
    DateTime,
    Text,
    /// Text (its length is measured) or a number.
    Measurable,
    Number,
    /// A choice column: its cells hold one of the declared choices' keys.
    Choice,
    Any,
}

impl ColumnResolver<'_> {
    pub(super) fn column(&self, c: &mut Checker, key: &S<String>, want: Want) -> Option<usize> {
        let Some(i) = self
            .sheet
            .columns
            .iter()
            .position(|col| col.key == key.value)
        else {
            c.error(
                Code::UnknownColumn,
                Pos::of(key),
                format!(
                    "{} names column `{}`, which sheet `{}` does not declare",
                    self.owner, key.value, self.sheet.key
                ),
                hint_known(
                    "columns",
                    &key.value,
                    self.sheet.columns.iter().map(|col| col.key.as_str()),
                ),
            );
            return None;
        };
        let ty = self.sheet.columns.get(i).map(|col| &col.ty);
        let ok = matches!(
            (want, ty),
            (Want::Any, _)
                | (Want::YesNo, Some(ColumnType::YesNo))
                | (Want::DateTime, Some(ColumnType::DateTime))
                | (Want::Text, Some(ColumnType::Text))
                | (Want::Number, Some(ColumnType::Number { .. }))
                | (Want::Choice, Some(ColumnType::Choice { .. }))
                | (
                    Want::Measurable,
                    Some(ColumnType::Text | ColumnType::Number { .. })
                )
        );
        if !ok {
            let expected = match want {
                Want::YesNo => "yes_no",
                Want::DateTime => "date_time",
                Want::Text => "text",
                Want::Number => "number",
                Want::Choice => "choice",
                Want::Measurable => "text or number",
                Want::Any => "any",
            };
            c.error(
                Code::ColumnType,
                Pos::of(key),
                format!(
                    "{} needs a {expected} column, but `{}` is of another type",
                    self.owner, key.value
                ),
                format!("pick a {expected} column or change the column's type"),
            );
            return None;
        }
        Some(i)
    }

    /// A choice of declared choice column `column`, by its key; an unknown
    /// key is reported at `key` with the nearest declared one.
    pub(super) fn choice(&self, c: &mut Checker, column: usize, key: &S<String>) -> Option<String> {
        let col = self.sheet.columns.get(column)?;
        let ColumnType::Choice { choices } = &col.ty else {
            return None;
        };
        if choices.iter().any(|ch| ch.key == key.value) {
            return Some(key.value.clone());
        }
        c.error(
            Code::UnknownChoice,
            Pos::of(key),
            format!(
                "{} names choice `{}`, which column `{}` does not declare",
                self.owner, key.value, col.key
            ),
            hint_known(
                "choices",
                &key.value,
                choices.iter().map(|ch| ch.key.as_str()),
            ),
        );
        None
    }

    /// The keys of declared choice column `column`'s choices.
    pub(super) fn choice_keys(&self, column: usize) -> Vec<&str> {
        match self.sheet.columns.get(column).map(|col| &col.ty) {
            Some(ColumnType::Choice { choices }) => {
                choices.iter().map(|ch| ch.key.as_str()).collect()
            }
            _ => Vec::new(),
        }
    }

    pub(super) fn columns(
        &self,
        c: &mut Checker,
        keys: &S<Vec<S<String>>>,
        want: Want,
    ) -> Vec<usize> {
        if keys.value.is_empty() {
            c.error(
                Code::IndicatorField,
                Pos::of(keys),
                format!("{} lists no columns", self.owner),
                "list at least one column key",
            );
        }
        keys.value
            .iter()
            .filter_map(|k| self.column(c, k, want))
            .collect()
    }
}

/// The sheet an indicator or gate names, with its index.
pub(super) fn find_sheet<'a>(
    c: &mut Checker,
    sheets: &'a [SheetSpec],
    key: &S<String>,
) -> Option<(usize, &'a SheetSpec)> {
    let found = sheets.iter().enumerate().find(|(_, s)| s.key == key.value);
    if found.is_none() {
        c.error(
            Code::UnknownSheet,
            Pos::of(key),
            format!("unknown sheet `{}`", key.value),
            hint_known("sheets", &key.value, sheets.iter().map(|s| s.key.as_str())),
        );
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::{case, cases, replacing_block};

    #[test]
    fn sheets_and_their_columns() {
        let no_choices = replacing_block(
            "        choices:\n          - key: call_for_proposals",
            "      - key: published_sq",
            "",
        );
        let no_choices = case("a choice column with no choices", no_choices.as_bytes());
        insta::assert_snapshot!(
            no_choices
                + "\n"
                + &cases(&[
                    (
                        "a sheet declared twice",
                        &[("- key: signage\n", "- key: services\n")]
                    ),
                    (
                        "a column declared twice",
                        &[("- key: verbal_sr\n", "- key: verbal_sq\n")]
                    ),
                    (
                        "a number column with max below min",
                        &[("        min: 0\n", "        min: 10\n        max: 5\n")]
                    ),
                    (
                        "a choice declared twice",
                        &[("- key: tender\n", "- key: call_for_proposals\n")]
                    ),
                    (
                        "an unknown column type",
                        &[("type: yes_no", "type: boolean")]
                    ),
                ])
        );
    }

    #[test]
    fn rules_name_declared_columns_of_the_right_type() {
        insta::assert_snapshot!(cases(&[
            (
                "an unknown sheet",
                &[("sheet: signage\n", "sheet: signag\n")]
            ),
            ("an unknown column", &[("sr: verbal_sr,", "sr: verbl_sr,")]),
            (
                "a column of the wrong type",
                &[("sr: verbal_sr,", "sr: service,")]
            ),
            (
                "a text column where a number is measured",
                &[("second: words_sr", "second: published_sr")]
            ),
            (
                "an unknown column for a gate",
                &[("nonempty: published_sr", "nonempty: published")]
            ),
            (
                "an empty column list",
                &[(
                    "by_language: { sq: verbal_sq, sr: verbal_sr, tr: verbal_tr, bs: verbal_bs, rom: verbal_rom }",
                    "all_yes: []"
                )]
            ),
        ]));
    }

    /// `optional` is a yes or no; YAML's `true` and `false`, nothing else.
    #[test]
    fn a_sheet_is_optional_or_not() {
        insta::assert_snapshot!(cases(&[(
            "optional as a word",
            &[(
                "    aliases: [Web]\n    optional: true",
                "    aliases: [Web]\n    optional: sometimes"
            )]
        )]));
    }

    #[test]
    fn a_column_no_rule_reads_is_a_warning() {
        insta::assert_snapshot!(cases(&[(
            "a column nobody reads",
            &[("first: words_sq", "first: item")]
        )]));
    }
}
