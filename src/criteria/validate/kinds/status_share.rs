//! `kind: status_share`: each row has a status, a choice in `column`, and
//! earns the part of a point `counts` gives that status (the Commissioner's
//! recommendations: implemented 1, partly 0.5, not implemented 0); the
//! indicator is the points earned over the rows.
//!
//! Every choice of the column has its count, so no status a monitor may
//! pick scores by default; a count is a part of a point, from 0 to 1.

use super::{Columns, Input, KindSpec};
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::{Num, RawIndicator, S};
use crate::criteria::validate::checker::Checker;
use crate::criteria::validate::sheets::Want;
use crate::criteria::{Rule, StatusCount};
use std::collections::BTreeMap;

pub(super) static KIND: KindSpec = KindSpec {
    name: "status_share",
    own_fields,
    columns: Columns::Named {
        what: "a status share",
        hint: "name the status column under `column`",
    },
    rule,
};

fn own_fields(i: &RawIndicator) -> Vec<(&'static str, bool)> {
    vec![
        ("column", i.column.is_some()),
        ("counts", i.counts.is_some()),
    ]
}

fn rule(c: &mut Checker, i: &Input) -> Option<Rule> {
    if i.raw.column.is_none() {
        i.needs(c, "column");
    }
    if i.raw.counts.is_none() {
        i.needs(c, "counts");
    }
    let column = i.columns.column(c, i.raw.column.as_ref()?, Want::Choice)?;
    let counts = counts(c, i, column, i.raw.counts.as_ref()?);
    Some(Rule::StatusShare { column, counts })
}

/// Each choice of the status column with its count, in the column's order:
/// a key the column does not declare, a choice left without a count and a
/// count outside 0–1 are reported.
fn counts(
    c: &mut Checker,
    i: &Input,
    column: usize,
    counts: &S<BTreeMap<String, S<Num>>>,
) -> Vec<StatusCount> {
    let r = &i.columns;
    for (key, credit) in &counts.value {
        let at_count = S {
            value: key.clone(),
            referenced: credit.referenced,
            defined: credit.defined,
        };
        r.choice(c, column, &at_count);
        let x = credit.value.0;
        if !(x.is_finite() && (0.0..=1.0).contains(&x)) {
            c.error(
                Code::InvalidValue,
                Pos::of(credit),
                format!(
                    "{}: the count of `{key}` is {x}, not a part of a point",
                    r.owner
                ),
                "count each status from 0 (nothing) to 1 (a whole point), e.g. 0.5",
            );
        }
    }
    let keys = r.choice_keys(column);
    for key in keys.iter().filter(|k| !counts.value.contains_key(**k)) {
        c.error(
            Code::UnknownChoice,
            Pos::of(counts),
            format!("{}: `counts` gives choice `{key}` no count", r.owner),
            format!("add `{key}:` with its part of a point, 0 if it earns nothing"),
        );
    }
    keys.into_iter()
        .filter_map(|key| {
            let credit = counts.value.get(key)?;
            Some(StatusCount {
                status: key.to_string(),
                credit: credit.value.0,
            })
        })
        .collect()
}

pub(super) fn columns(column: usize) -> Vec<usize> {
    vec![column]
}

#[cfg(test)]
mod tests {
    use crate::criteria::validate::snapshot::cases;

    const COUNTS: &str = "counts: { implemented: 1, partly: 0.5, not_implemented: 0 }";

    #[test]
    fn a_status_share_counts_every_choice_of_its_column() {
        insta::assert_snapshot!(cases(&[
            ("no status column", &[("        column: status\n", "")]),
            ("no counts", &[(COUNTS, "")]),
            (
                "a status column that is not a choice",
                &[(
                    "        column: status\n",
                    "        column: recommendation\n"
                )]
            ),
            (
                "an unknown status column",
                &[("        column: status\n", "        column: state\n")]
            ),
            (
                "a count for a choice the column lacks",
                &[(
                    COUNTS,
                    "counts: { implemented: 1, partly: 0.5, not_implemented: 0, rejected: 0 }"
                )]
            ),
            (
                "a choice without a count",
                &[(COUNTS, "counts: { implemented: 1, not_implemented: 0 }")]
            ),
            (
                "a count above a whole point",
                &[(
                    COUNTS,
                    "counts: { implemented: 2, partly: 0.5, not_implemented: 0 }"
                )]
            ),
            (
                "per-language columns",
                &[(
                    "        column: status\n",
                    "        column: status\n        by_language: { sq: recommendation }\n"
                )]
            ),
        ]));
    }
}
