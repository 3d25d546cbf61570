//! The criteria and their weighted indicators, and the gates: what is
//! scored and from which sheet's columns. Weights sum to 100 at every
//! level; each indicator's kind says which fields it needs.

use super::checker::{Checker, text};
use super::sheets::{ColumnResolver, Want, find_sheet};
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::{
    Num, RawCriterion, RawGate, RawGateKind, RawIndicator, RawIndicatorKind, RawInsufficient, S,
};
use crate::criteria::{Criterion, Gate, Indicator, Insufficient, Rule, SheetSpec};

/// The criteria, their weights summing to 100.
pub(super) fn criteria(
    c: &mut Checker,
    raw: &S<Vec<RawCriterion>>,
    sheets: &[SheetSpec],
) -> Vec<Criterion> {
    c.unique_ids("criterion", raw.value.iter().map(|k| &k.id));
    let weights: Vec<&S<Num>> = raw.value.iter().map(|k| &k.weight).collect();
    c.weights_sum("the criteria", &weights, Pos::of(raw));
    raw.value.iter().map(|k| criterion(c, k, sheets)).collect()
}

/// The gates, each counting the rows of one sheet.
pub(super) fn gates(c: &mut Checker, raw: &[RawGate], sheets: &[SheetSpec]) -> Vec<Gate> {
    c.unique_ids("gate", raw.iter().map(|g| &g.id));
    raw.iter().filter_map(|g| gate(c, g, sheets)).collect()
}

fn criterion(c: &mut Checker, k: &RawCriterion, sheets: &[SheetSpec]) -> Criterion {
    let weight = c.weight(&k.weight);
    c.unique_ids("indicator", k.indicators.value.iter().map(|i| &i.id));
    if k.indicators.value.is_empty() {
        c.error(
            Code::InvalidValue,
            Pos::of(&k.indicators),
            format!("criterion `{}` has no indicators", k.id.value),
            "add at least one indicator",
        );
    } else {
        let weights: Vec<&S<Num>> = k.indicators.value.iter().map(|i| &i.weight).collect();
        c.weights_sum(
            &format!("criterion `{}`'s indicators", k.id.value),
            &weights,
            Pos::of(&k.indicators),
        );
    }
    Criterion {
        id: k.id.value.clone(),
        name: text(&k.name),
        weight,
        in_official_use: k.in_official_use,
        indicators: k
            .indicators
            .value
            .iter()
            .filter_map(|i| indicator(c, i, sheets))
            .collect(),
    }
}

fn indicator(c: &mut Checker, i: &RawIndicator, sheets: &[SheetSpec]) -> Option<Indicator> {
    let weight = c.weight(&i.weight);
    let min_rows = i.min_rows.as_ref().map_or(1, |m| c.count(m, "min_rows"));
    let insufficient = match i.insufficient.as_ref().map(|s| s.value) {
        None | Some(RawInsufficient::Zero) => Insufficient::Zero,
        Some(RawInsufficient::Exclude) => Insufficient::Exclude,
    };
    let (sheet_index, sheet) = find_sheet(c, sheets, &i.sheet)?;
    let kind = i.kind.value;
    let owner = format!("indicator `{}`", i.id.value);
    let r = ColumnResolver {
        owner: owner.clone(),
        sheet,
    };
    let needs = |c: &mut Checker, field: &str| {
        c.error(
            Code::IndicatorField,
            Pos::of(&i.kind),
            format!("{owner} of kind {kind:?} needs `{field}`")
                .replace("kind Share", "kind share")
                .replace("kind Simultaneity", "kind simultaneity")
                .replace("kind Equivalence", "kind equivalence")
                .replace("kind Signage", "kind signage"),
            format!("add `{field}:`; criteria/README.md shows an example"),
        );
    };
    let stray: [(bool, &str, RawIndicatorKind); 7] = [
        (i.all_yes.is_some(), "all_yes", RawIndicatorKind::Share),
        (
            i.versions.is_some(),
            "versions",
            RawIndicatorKind::Simultaneity,
        ),
        (
            i.tolerance_hours.is_some(),
            "tolerance_hours",
            RawIndicatorKind::Simultaneity,
        ),
        (i.first.is_some(), "first", RawIndicatorKind::Equivalence),
        (i.second.is_some(), "second", RawIndicatorKind::Equivalence),
        (i.texts.is_some(), "texts", RawIndicatorKind::Signage),
        (i.distinct.is_some(), "distinct", RawIndicatorKind::Signage),
    ];
    for (present, field, owner_kind) in stray {
        if present && owner_kind != kind {
            c.error(
                Code::IndicatorField,
                Pos::of(&i.kind),
                format!("{owner}: `{field}` does not apply to this kind of indicator"),
                format!("remove `{field}` or change `kind`"),
            );
        }
    }
    let want = match kind {
        RawIndicatorKind::Share => Want::YesNo,
        RawIndicatorKind::Simultaneity => Want::DateTime,
        RawIndicatorKind::Signage => Want::Text,
        RawIndicatorKind::Equivalence => Want::Any,
    };
    let by_language: Vec<(String, usize)> = match &i.by_language {
        None => Vec::new(),
        Some(map) if kind == RawIndicatorKind::Equivalence => {
            c.error(
                Code::IndicatorField,
                Pos::of(map),
                format!("{owner}: `by_language` does not apply to an equivalence indicator"),
                "compare two columns with `first` and `second`",
            );
            Vec::new()
        }
        Some(map) => {
            let mut columns: Vec<(String, usize)> = map
                .value
                .iter()
                .filter_map(|(lang, key)| {
                    c.language_codes.push((lang.clone(), Pos::of(key)));
                    r.column(c, key, want).map(|col| (lang.clone(), col))
                })
                .collect();
            // The official languages first, in the Law's order, then the rest.
            columns.sort_by_key(|(lang, _)| {
                (
                    ["sq", "sr"].iter().position(|l| l == lang).unwrap_or(2),
                    lang.clone(),
                )
            });
            columns
        }
    };
    let listed =
        |c: &mut Checker, list: &Option<S<Vec<S<String>>>>, field: &str| -> Option<Vec<usize>> {
            match list {
                Some(cols) => Some(r.columns(c, cols, want)),
                None if i.by_language.is_some() => Some(Vec::new()),
                None => {
                    needs(c, &format!("{field}` or `by_language"));
                    None
                }
            }
        };
    let rule = match kind {
        RawIndicatorKind::Share => Rule::Share {
            all_yes: listed(c, &i.all_yes, "all_yes")?,
        },
        RawIndicatorKind::Simultaneity => {
            let versions = listed(c, &i.versions, "versions")?;
            let Some(tol) = &i.tolerance_hours else {
                needs(c, "tolerance_hours");
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
            if let Some(cols) = &i.versions
                && cols.value.len() < 2
            {
                c.error(
                    Code::IndicatorField,
                    Pos::of(cols),
                    format!("{owner} compares fewer than two versions"),
                    "list one publication-time column per language",
                );
            }
            Rule::Simultaneity {
                versions,
                tolerance_hours: tol.value.0,
            }
        }
        RawIndicatorKind::Equivalence => {
            let (Some(first), Some(second)) = (&i.first, &i.second) else {
                needs(c, if i.first.is_none() { "first" } else { "second" });
                return None;
            };
            if i.ratio.is_none() && i.rating.is_none() {
                needs(c, "ratio` or `rating");
            }
            let ratio = i.ratio.as_ref().map(|ra| {
                if !(ra.min.value.0.is_finite() && ra.max.value.0.is_finite())
                    || ra.min.value.0 <= 0.0
                    || ra.min.value.0 > ra.max.value.0
                {
                    c.error(
                        Code::InvalidValue,
                        Pos::of(&ra.max),
                        "ratio needs 0 < min <= max",
                        "e.g. ratio: { min: 0.8, max: 1.25 }",
                    );
                }
                (ra.min.value.0, ra.max.value.0)
            });
            let rating = i.rating.as_ref().and_then(|ra| {
                if !ra.min.value.0.is_finite() {
                    c.error(
                        Code::InvalidValue,
                        Pos::of(&ra.min),
                        "rating min must be a number",
                        "e.g. rating: { column: quality, min: 4 }",
                    );
                }
                r.column(c, &ra.column, Want::Number)
                    .map(|col| (col, ra.min.value.0))
            });
            let first = r.column(c, first, Want::Measurable);
            let second = r.column(c, second, Want::Measurable);
            Rule::Equivalence {
                first: first?,
                second: second?,
                ratio,
                rating,
            }
        }
        RawIndicatorKind::Signage => {
            let texts = listed(c, &i.texts, "texts")?;
            let script = i.serbian_script.as_ref().and_then(|s| {
                let rule = crate::script::ScriptRule::parse(&s.value);
                if rule.is_none() {
                    c.error(
                        Code::InvalidValue,
                        Pos::of(s),
                        format!("serbian_script `{}` is not a script rule", s.value),
                        "use cyrillic, latin, either or both",
                    );
                }
                rule
            });
            let cyrillic = i
                .serbian_cyrillic
                .as_ref()
                .and_then(|k| r.column(c, k, Want::Text));
            let first_language = i
                .first_language
                .as_ref()
                .and_then(|k| r.column(c, k, Want::Any));
            let order = i.order.as_ref().is_some_and(|o| o.value);
            if order && first_language.is_none() {
                needs(c, "first_language");
            }
            Rule::Signage {
                texts,
                distinct: i.distinct.as_ref().is_some_and(|d| d.value),
                script,
                cyrillic,
                first_language,
                order,
            }
        }
    };
    Some(Indicator {
        id: i.id.value.clone(),
        name: text(&i.name),
        description: i.description.as_ref().map(text),
        weight,
        sheet: sheet_index,
        by_language,
        min_rows,
        insufficient,
        rule,
    })
}

fn gate(c: &mut Checker, g: &RawGate, sheets: &[SheetSpec]) -> Option<Gate> {
    let min = c.count(&g.min, "min");
    let (sheet_index, sheet) = find_sheet(c, sheets, &g.sheet)?;
    let r = ColumnResolver {
        owner: format!("gate `{}`", g.id.value),
        sheet,
    };
    let nonempty = match &g.nonempty {
        Some(key) => Some(r.column(c, key, Want::Any)?),
        None => None,
    };
    match g.kind.value {
        RawGateKind::MinRows => Some(Gate {
            id: g.id.value.clone(),
            name: text(&g.name),
            sheet: sheet_index,
            nonempty,
            min,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::{case, cases, replacing_block};

    #[test]
    fn weights_sum_to_100_at_every_level() {
        let empty = replacing_block(
            "    indicators:\n      - id: bilingual_signs",
            "\n\n# Conditions",
            "    indicators: []",
        );
        let empty = case("a criterion without indicators", empty.as_bytes());
        insta::assert_snapshot!(
            empty
                + "\n"
                + &cases(&[
                    ("criteria summing to 95", &[("weight: 35", "weight: 30")]),
                    ("indicators summing to 90", &[("weight: 60", "weight: 50")]),
                    ("a negative weight", &[("weight: 35", "weight: -35")]),
                ])
        );
    }

    #[test]
    fn ids_are_unique() {
        insta::assert_snapshot!(cases(&[
            (
                "a criterion declared twice",
                &[("  - id: signage\n", "  - id: services\n")]
            ),
            (
                "an indicator declared twice",
                &[("- id: written\n", "- id: verbal\n")]
            ),
        ]));
    }

    #[test]
    fn an_indicator_has_the_fields_its_kind_needs() {
        insta::assert_snapshot!(cases(&[
            (
                "a missing tolerance",
                &[("        tolerance_hours: 24\n", "")]
            ),
            (
                "a field of another kind",
                &[(
                    "        distinct: true\n",
                    "        distinct: true\n        all_yes: [text_sq]\n"
                )]
            ),
            (
                "by_language on an equivalence",
                &[(
                    "        second: words_sr\n",
                    "        second: words_sr\n        by_language: { sq: words_sq }\n"
                )]
            ),
            (
                "a negative minimum of rows",
                &[("min_rows: 3", "min_rows: -3")]
            ),
            (
                "a negative tolerance",
                &[("tolerance_hours: 24", "tolerance_hours: -1")]
            ),
            (
                "a ratio with min above max",
                &[(
                    "ratio: { min: 0.8, max: 1.25 }",
                    "ratio: { min: 1.25, max: 0.8 }"
                )]
            ),
        ]));
    }

    #[test]
    fn gates() {
        insta::assert_snapshot!(cases(&[
            (
                "a gate on an unknown sheet",
                &[(
                    "sheet: communication\n    nonempty",
                    "sheet: comms\n    nonempty"
                )]
            ),
            ("a negative minimum", &[("    min: 1\n", "    min: -1\n")]),
            (
                "a gate declared twice",
                &[(
                    "\nbands:\n",
                    "\n  - id: serbian_communication\n    name: { sq: a, sr: b, en: c }\n    kind: min_rows\n    sheet: services\n    min: 1\n\nbands:\n"
                )]
            ),
        ]));
    }

    #[test]
    fn an_indicator_of_weight_0_is_a_warning() {
        insta::assert_snapshot!(cases(&[(
            "an indicator of weight 0",
            &[
                ("weight: 60", "weight: 100"),
                (
                    "weight: 40\n        kind: equivalence",
                    "weight: 0\n        kind: equivalence"
                )
            ]
        )]));
    }
}
