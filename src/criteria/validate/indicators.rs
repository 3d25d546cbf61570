//! The criteria and their weighted indicators, and the gates: what is
//! scored and from which sheet's columns. Weights sum to 100 at every
//! level; each indicator's kind says which fields it needs.

use super::checker::{Checker, text};
use super::kinds::{self, Input};
use super::sheets::{ColumnResolver, Want, find_sheet};
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::{
    Num, RawCriterion, RawGate, RawGateKind, RawIndicator, RawInsufficient, S,
};
use crate::criteria::{Criterion, Gate, Indicator, Insufficient, RowFilter, SheetSpec};

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
        bands: k.bands.as_ref().map(|b| super::bands::bands(c, b)),
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
    let input = Input {
        raw: i,
        columns: ColumnResolver {
            owner: format!("indicator `{}`", i.id.value),
            sheet,
        },
        spec: kinds::spec(i.kind.value),
    };
    input.stray_fields(c);
    let by_language = input.by_language(c);
    let filter = row_filter(c, &input);
    let row_id = i
        .row_id
        .as_ref()
        .and_then(|key| input.columns.column(c, key, Want::Text));
    let rule = (input.spec.rule)(c, &input)?;
    Some(Indicator {
        id: i.id.value.clone(),
        name: text(&i.name),
        description: i.description.as_ref().map(text),
        weight,
        sheet: sheet_index,
        by_language,
        filter,
        row_id,
        min_rows,
        insufficient,
        rule,
    })
}

/// The indicator's `where`: for each choice column it names, the choices
/// a row must hold to count. Every kind reads it alike, so it is checked
/// here once: the column declared and a choice column, each choice one of
/// its choices. A problem with a column is reported at its list of choices.
fn row_filter(c: &mut Checker, input: &Input) -> Vec<RowFilter> {
    let Some(filter) = &input.raw.filter else {
        return Vec::new();
    };
    let r = &input.columns;
    if filter.value.is_empty() {
        c.error(
            Code::InvalidValue,
            Pos::of(filter),
            format!("{}: `where` names no column", r.owner),
            "name a choice column and the choices that count, e.g. `where: { type: [press_statement] }`",
        );
    }
    let mut filters = Vec::with_capacity(filter.value.len());
    for (key, choices) in &filter.value {
        let at_list = S {
            value: key.clone(),
            referenced: choices.referenced,
            defined: choices.defined,
        };
        let Some(column) = r.column(c, &at_list, Want::Choice) else {
            continue;
        };
        if choices.value.is_empty() {
            c.error(
                Code::InvalidValue,
                Pos::of(choices),
                format!("{}: `where` lists no choice of `{key}`", r.owner),
                format!(
                    "list the choices that count: {}",
                    r.choice_keys(column).join(", ")
                ),
            );
        }
        let choices = choices
            .value
            .iter()
            .filter_map(|ch| r.choice(c, column, ch))
            .collect();
        filters.push(RowFilter { column, choices });
    }
    filters
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
                    (
                        "indicators summing to 90",
                        &[(
                            "weight: 30\n        kind: simultaneity",
                            "weight: 20\n        kind: simultaneity"
                        )]
                    ),
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
    fn an_indicator_needs_rows() {
        insta::assert_snapshot!(cases(&[(
            "a negative minimum of rows",
            &[("min_rows: 3", "min_rows: -3")]
        )]));
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

    const JOURNALISTS: &str =
        "where: { type: [media_invitation, press_statement, journalist_notice] }";

    #[test]
    fn a_row_filter_lists_choices_of_a_choice_column() {
        insta::assert_snapshot!(cases(&[
            (
                "an unknown column",
                &[(JOURNALISTS, "where: { kind: [media_invitation] }")]
            ),
            (
                "a column that is not a choice",
                &[(JOURNALISTS, "where: { item: [media_invitation] }")]
            ),
            (
                "an unknown choice",
                &[(
                    JOURNALISTS,
                    "where: { type: [media_invitation, press_statment] }"
                )]
            ),
            ("no choices", &[(JOURNALISTS, "where: { type: [] }")]),
            ("no column", &[(JOURNALISTS, "where: {}")]),
        ]));
    }

    #[test]
    fn a_row_id_is_a_declared_text_column() {
        insta::assert_snapshot!(cases(&[
            ("an unknown column", &[("row_id: id", "row_id: number")]),
            (
                "a column that is not text",
                &[("row_id: id", "row_id: issued")]
            ),
        ]));
    }

    #[test]
    fn an_indicator_of_weight_0_is_a_warning() {
        insta::assert_snapshot!(cases(&[(
            "an indicator of weight 0",
            &[
                (
                    "weight: 30\n        kind: simultaneity",
                    "weight: 50\n        kind: simultaneity"
                ),
                (
                    "weight: 20\n        kind: equivalence",
                    "weight: 0\n        kind: equivalence"
                )
            ]
        )]));
    }
}
