//! `kind: equivalence`: a row meets the indicator when both versions exist,
//! the second's length (or number) is within `ratio` of the first's, and
//! the quality `rating` is high enough. It compares two columns named one
//! by one, so `by_language` does not apply.

use super::{Columns, Input, KindSpec};
use crate::criteria::Rule;
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::RawIndicator;
use crate::criteria::validate::checker::Checker;
use crate::criteria::validate::sheets::Want;

pub(super) static KIND: KindSpec = KindSpec {
    name: "equivalence",
    own_fields,
    columns: Columns::Named {
        what: "an equivalence indicator",
        hint: "compare two columns with `first` and `second`",
    },
    rule,
};

fn own_fields(i: &RawIndicator) -> Vec<(&'static str, bool)> {
    vec![("first", i.first.is_some()), ("second", i.second.is_some())]
}

fn rule(c: &mut Checker, i: &Input) -> Option<Rule> {
    let raw = i.raw;
    let (Some(first), Some(second)) = (&raw.first, &raw.second) else {
        i.needs(
            c,
            if raw.first.is_none() {
                "first"
            } else {
                "second"
            },
        );
        return None;
    };
    if raw.ratio.is_none() && raw.rating.is_none() {
        i.needs(c, "ratio` or `rating");
    }
    let ratio = raw.ratio.as_ref().map(|ra| {
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
    let rating = raw.rating.as_ref().and_then(|ra| {
        if !ra.min.value.0.is_finite() {
            c.error(
                Code::InvalidValue,
                Pos::of(&ra.min),
                "rating min must be a number",
                "e.g. rating: { column: quality, min: 4 }",
            );
        }
        i.columns
            .column(c, &ra.column, Want::Number)
            .map(|col| (col, ra.min.value.0))
    });
    let first = i.columns.column(c, first, Want::Measurable);
    let second = i.columns.column(c, second, Want::Measurable);
    Some(Rule::Equivalence {
        first: first?,
        second: second?,
        ratio,
        rating,
    })
}

pub(super) fn columns(first: usize, second: usize, rating: Option<(usize, f64)>) -> Vec<usize> {
    let mut columns = vec![first, second];
    columns.extend(rating.map(|(col, _)| col));
    columns
}

#[cfg(test)]
mod tests {
    use crate::criteria::validate::snapshot::cases;

    #[test]
    fn equivalence_compares_two_columns() {
        insta::assert_snapshot!(cases(&[
            ("no first", &[("        first: words_sq\n", "")]),
            ("no second", &[("        second: words_sr\n", "")]),
            (
                "neither ratio nor rating",
                &[("        ratio: { min: 0.8, max: 1.25 }\n", "")]
            ),
            (
                "a ratio with min above max",
                &[(
                    "ratio: { min: 0.8, max: 1.25 }",
                    "ratio: { min: 1.25, max: 0.8 }"
                )]
            ),
            (
                "a rating in a text column",
                &[(
                    "ratio: { min: 0.8, max: 1.25 }",
                    "rating: { column: item, min: 4 }"
                )]
            ),
            (
                "by_language",
                &[(
                    "        second: words_sr\n",
                    "        second: words_sr\n        by_language: { sq: words_sq }\n"
                )]
            ),
        ]));
    }
}
