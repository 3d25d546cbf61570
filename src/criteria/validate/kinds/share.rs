//! `kind: share`: a row meets the indicator when every listed yes/no
//! column is yes (served verbally in Albanian **and** Serbian).

use super::{Columns, Input, KindSpec};
use crate::criteria::Rule;
use crate::criteria::raw::RawIndicator;
use crate::criteria::validate::checker::Checker;
use crate::criteria::validate::sheets::Want;

pub(super) static KIND: KindSpec = KindSpec {
    name: "share",
    own_fields,
    columns: Columns::Listed(Want::YesNo),
    rule,
};

fn own_fields(i: &RawIndicator) -> Vec<(&'static str, bool)> {
    vec![("all_yes", i.all_yes.is_some())]
}

fn rule(c: &mut Checker, i: &Input) -> Option<Rule> {
    Some(Rule::Share {
        all_yes: i.listed(c, &i.raw.all_yes, "all_yes")?,
    })
}

pub(super) fn columns(all_yes: &[usize]) -> Vec<usize> {
    all_yes.to_vec()
}

#[cfg(test)]
mod tests {
    use crate::criteria::validate::snapshot::cases;

    const VERBAL: &str = "        by_language: { sq: verbal_sq, sr: verbal_sr, tr: verbal_tr, bs: verbal_bs, rom: verbal_rom }\n";

    #[test]
    fn a_share_lists_yes_no_columns() {
        insta::assert_snapshot!(cases(&[
            ("neither all_yes nor by_language", &[(VERBAL, "")]),
            (
                "a text column",
                &[(VERBAL, "        all_yes: [verbal_sq, service]\n")]
            ),
        ]));
    }
}
