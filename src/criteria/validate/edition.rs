//! The edition and who may apply: the year, the assessment period, the
//! institution kinds and the categories that admit them.

use super::checker::{Checker, hint_known, text};
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::{RawCategory, RawCriteria, RawJuryWeights, RawKind, S};
use crate::criteria::{Category, Kind, Nominations, Period, Weights};

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

/// The categories, each admitting at least one declared kind, or judged by
/// the jury alone from a nominations file; `has_jury` says whether the
/// criteria have a jury to give a category its own weights.
pub(super) fn categories(
    c: &mut Checker,
    raw: &[RawCategory],
    kinds: &[Kind],
    has_jury: bool,
) -> Vec<Category> {
    c.unique_ids("category", raw.iter().map(|k| &k.id));
    raw.iter()
        .map(|cat| {
            let weights = cat.weights.as_ref().map(|w| weights(c, cat, w, has_jury));
            let jury_only = weights.is_some_and(|w| w.evidence == 0.0);
            let listed = cat.kinds.as_ref().map_or(&[][..], |k| &k.value[..]);
            if listed.is_empty() && !jury_only {
                c.error(
                    Code::CategoryNoKind,
                    cat.kinds.as_ref().map_or(Pos::of(&cat.id), Pos::of),
                    format!("category `{}` admits no institution kind", cat.id.value),
                    "list at least one kind from `kinds`, e.g. [ministry]",
                );
            }
            for k in listed {
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
                kinds: listed.iter().map(|k| k.value.clone()).collect(),
                open_from: cat.open_from.value.0,
                weights,
                nominations: nominations(c, cat, jury_only),
            }
        })
        .collect()
}

/// A category's own shares of evidence and jury: each a weight, summing to
/// 100, and only where a jury gives marks.
fn weights(c: &mut Checker, cat: &RawCategory, raw: &S<RawJuryWeights>, has_jury: bool) -> Weights {
    if !has_jury {
        c.error(
            Code::InvalidValue,
            Pos::of(raw),
            format!(
                "category `{}` has its own weights, but the criteria have no `jury`",
                cat.id.value
            ),
            "add the jury, or remove the category's `weights`",
        );
    }
    let w = &raw.value;
    let what = format!("category `{}`'s evidence and jury", cat.id.value);
    c.weights_sum(&what, &[&w.evidence, &w.jury], Pos::of(raw));
    Weights {
        evidence: c.weight(&w.evidence),
        jury: c.weight(&w.jury),
    }
}

/// The nominations file a category the jury alone judges needs, and only
/// such a category may name; its nominees are read by
/// [`crate::criteria::load`].
fn nominations(c: &mut Checker, cat: &RawCategory, jury_only: bool) -> Option<Nominations> {
    match (&cat.nominations, &cat.weights) {
        (None, Some(w)) if jury_only => {
            c.error(
                Code::JuryOnlyWithoutNominees,
                Pos::of(&w.value.evidence),
                format!(
                    "category `{}` gives the evidence weight 0 but names no nominations file",
                    cat.id.value
                ),
                "add `nominations: nominations.yaml`, the file that lists its nominees",
            );
            None
        }
        (Some(file), _) if !jury_only => {
            c.error(
                Code::NominationsWithEvidence,
                Pos::of(file),
                format!(
                    "category `{}` names nominations, but its total counts evidence from workbooks",
                    cat.id.value
                ),
                "give it `weights: { evidence: 0, jury: 100 }`, or remove `nominations`",
            );
            None
        }
        (Some(file), _) => Some(Nominations {
            file: (file.value.clone(), Pos::of(file)),
            source: std::path::PathBuf::new(),
            fictional: false,
            nominees: Vec::new(),
        }),
        (None, _) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::{case, cases, replacing_block};

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

    /// A category whose total is the jury's mark alone: its weights, its
    /// nominations file, and no kinds needed.
    #[test]
    fn a_category_the_jury_alone_judges() {
        const WEIGHTS: &str = "    weights: { evidence: 0, jury: 100 }\n";
        const NOMINATIONS: &str = "    nominations: nominations.yaml\n";
        insta::assert_snapshot!(cases(&[
            (
                "its own weights summing to 90",
                &[(WEIGHTS, "    weights: { evidence: 0, jury: 90 }\n")]
            ),
            (
                "a negative weight",
                &[(WEIGHTS, "    weights: { evidence: -10, jury: 110 }\n")]
            ),
            (
                "evidence weight 0 without nominations",
                &[(NOMINATIONS, "")]
            ),
            (
                "nominations for a category the evidence scores",
                &[(WEIGHTS, "    weights: { evidence: 50, jury: 50 }\n")]
            ),
            ("nominations with the jury's weights", &[(WEIGHTS, "")]),
            (
                "a kind admitted beside the nominees",
                &[(
                    WEIGHTS,
                    "    kinds: [public_enterprise]\n    weights: { evidence: 0, jury: 100 }\n"
                )]
            ),
        ]));
    }

    #[test]
    fn a_category_s_own_weights_need_a_jury() {
        let without = replacing_block("\njury:\n", "\nranking:\n", "\n").replace(
            "tie_breaks: [communication, services, jury, full_indicators]",
            "tie_breaks: []",
        );
        insta::assert_snapshot!(case("no jury", without.as_bytes()));
    }
}
