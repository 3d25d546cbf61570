//! `kind: simultaneity`: a row meets the indicator when every language
//! version is published, the first and the last at most `tolerance_hours`
//! apart.

use super::{Columns, Input, KindSpec};
use crate::criteria::Rule;
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::RawIndicator;
use crate::criteria::validate::checker::Checker;
use crate::criteria::validate::sheets::Want;

pub(super) static KIND: KindSpec = KindSpec {
    name: "simultaneity",
    own_fields,
    columns: Columns::Listed(Want::DateTime),
    rule,
};

fn own_fields(i: &RawIndicator) -> Vec<(&'static str, bool)> {
    vec![
        ("versions", i.versions.is_some()),
        ("tolerance_hours", i.tolerance_hours.is_some()),
    ]
}

fn rule(c: &mut Checker, i: &Input) -> Option<Rule> {
    let versions = i.listed(c, &i.raw.versions, "versions")?;
    let tolerance_hours = i.tolerance_hours(c)?;
    if let Some(cols) = &i.raw.versions
        && cols.value.len() < 2
    {
        c.error(
            Code::IndicatorField,
            Pos::of(cols),
            format!("{} compares fewer than two versions", i.columns.owner),
            "list one publication-time column per language",
        );
    }
    Some(Rule::Simultaneity {
        versions,
        tolerance_hours,
    })
}

pub(super) fn columns(versions: &[usize]) -> Vec<usize> {
    versions.to_vec()
}

#[cfg(test)]
mod tests {
    use crate::criteria::validate::snapshot::cases;

    const PUBLISHED: &str = "        by_language: { sq: published_sq, sr: published_sr, tr: published_tr, bs: published_bs }\n";

    #[test]
    fn simultaneity_compares_versions_within_a_tolerance() {
        insta::assert_snapshot!(cases(&[
            ("no tolerance", &[("        tolerance_hours: 24\n", "")]),
            (
                "a negative tolerance",
                &[("tolerance_hours: 24", "tolerance_hours: -1")]
            ),
            ("neither versions nor by_language", &[(PUBLISHED, "")]),
            (
                "one version",
                &[(PUBLISHED, "        versions: [published_sq]\n")]
            ),
            (
                "a text column",
                &[(PUBLISHED, "        versions: [published_sq, item]\n")]
            ),
        ]));
    }
}
