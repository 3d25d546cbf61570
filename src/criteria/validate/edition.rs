//! The edition and who may apply: the year, the assessment period, the
//! institution kinds and the categories that admit them.

use super::checker::{Checker, hint_known, text};
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::{RawCategory, RawCriteria, RawKind};
use crate::criteria::{Category, Kind, Period};

/// Checks the edition's year and its assessment period; the period when
/// both its dates can be read.
pub(super) fn period(c: &mut Checker, raw: &RawCriteria) -> Option<Period> {
    if !(1990..=2200).contains(&raw.edition.value.0) {
        c.error(
            Code::InvalidValue,
            Pos::of(&raw.edition),
            format!("edition {} is not a plausible year", raw.edition.value.0),
            "write the edition's year, e.g. 2026",
        );
    }
    let from = c.date(&raw.period.from);
    let to = c.date(&raw.period.to);
    let (from, to) = (from?, to?);
    if from > to {
        c.error(
            Code::InvalidValue,
            Pos::of(&raw.period.to),
            format!("the assessment period ends ({to}) before it starts ({from})"),
            "swap `from` and `to`",
        );
    }
    Some(Period { from, to })
}

pub(super) fn kinds(c: &mut Checker, raw: &[RawKind]) -> Vec<Kind> {
    c.unique_ids("kind", raw.iter().map(|k| &k.id));
    raw.iter()
        .map(|k| Kind {
            id: k.id.value.clone(),
            name: text(&k.name),
            municipal: k.municipal.as_ref().is_some_and(|m| m.value),
        })
        .collect()
}

/// The categories, each admitting at least one declared kind.
pub(super) fn categories(c: &mut Checker, raw: &[RawCategory], kinds: &[Kind]) -> Vec<Category> {
    c.unique_ids("category", raw.iter().map(|k| &k.id));
    raw.iter()
        .map(|cat| {
            if cat.kinds.value.is_empty() {
                c.error(
                    Code::CategoryNoKind,
                    Pos::of(&cat.kinds),
                    format!("category `{}` admits no institution kind", cat.id.value),
                    "list at least one kind from `kinds`, e.g. [ministry]",
                );
            }
            for k in &cat.kinds.value {
                if !kinds.iter().any(|kind| kind.id == k.value) {
                    c.error(
                        Code::UnknownKind,
                        Pos::of(k),
                        format!(
                            "category `{}` admits unknown kind `{}`",
                            cat.id.value, k.value
                        ),
                        hint_known("kinds", &k.value, kinds.iter().map(|k| k.id.as_str())),
                    );
                }
            }
            Category {
                id: cat.id.value.clone(),
                name: text(&cat.name),
                kinds: cat.kinds.value.iter().map(|k| k.value.clone()).collect(),
                open_from: cat.open_from.value.0,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::cases;

    #[test]
    fn the_edition_and_its_period() {
        insta::assert_snapshot!(cases(&[
            ("an implausible year", &[("edition: 2026", "edition: 26")]),
            (
                "a date that is no date",
                &[("from: 2025-10-01", "from: 2025-13-01")]
            ),
            (
                "a period ending before it starts",
                &[("to: 2026-09-30", "to: 2025-09-30")]
            ),
            (
                "an unreadable deadline",
                &[("deadline: 2026-10-31", "deadline: end of October")]
            ),
        ]));
    }

    #[test]
    fn kinds_and_categories() {
        insta::assert_snapshot!(cases(&[
            (
                "a kind declared twice",
                &[("id: agency\n", "id: ministry\n")]
            ),
            (
                "a category admitting no kind",
                &[("kinds: [agency]", "kinds: []")]
            ),
            (
                "a category admitting an unknown kind",
                &[("kinds: [agency]", "kinds: [agencies]")]
            ),
            (
                "a category declared twice",
                &[("id: agencies\n", "id: ministries\n")]
            ),
            (
                "a category opening later",
                &[("open_from: 2020", "open_from: 2027")]
            ),
        ]));
    }
}
