//! `kind: signage`: a row (a sign) meets the indicator when every owed
//! text is there, none merely copies the first, no word mixes alphabets,
//! Serbian is in the alphabet `serbian_script` asks, and, with `order`, the
//! language written first is the local majority's.

use super::{Columns, Input, KindSpec};
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::RawIndicator;
use crate::criteria::validate::checker::Checker;
use crate::criteria::validate::sheets::Want;
use crate::criteria::{Rule, Unstated};
use crate::script::ScriptRule;

pub(super) static KIND: KindSpec = KindSpec {
    name: "signage",
    own_fields,
    columns: Columns::Listed(Want::Text),
    rule,
};

fn own_fields(i: &RawIndicator) -> Vec<(&'static str, bool)> {
    vec![
        ("texts", i.texts.is_some()),
        ("distinct", i.distinct.is_some()),
        ("order_unstated", i.order_unstated.is_some()),
    ]
}

fn rule(c: &mut Checker, i: &Input) -> Option<Rule> {
    let raw = i.raw;
    let texts = i.listed(c, &raw.texts, "texts")?;
    let script = raw.serbian_script.as_ref().and_then(|s| {
        let rule = ScriptRule::parse(&s.value);
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
    let cyrillic = raw
        .serbian_cyrillic
        .as_ref()
        .and_then(|k| i.columns.column(c, k, Want::Text));
    let first_language = raw
        .first_language
        .as_ref()
        .and_then(|k| i.columns.column(c, k, Want::Any));
    let order = raw.order.as_ref().is_some_and(|o| o.value);
    if order && first_language.is_none() {
        i.needs(c, "first_language");
    }
    let unstated = match raw.order_unstated.as_ref() {
        None => Unstated::Fails,
        Some(u) if u.value == "fail" => Unstated::Fails,
        Some(u) if u.value == "pass" => Unstated::Passes,
        Some(u) => {
            c.error(
                Code::InvalidValue,
                Pos::of(u),
                format!("order_unstated `{}` is neither fail nor pass", u.value),
                "use fail (an empty \"language written first\" fails) or pass",
            );
            Unstated::Fails
        }
    };
    Some(Rule::Signage {
        texts,
        distinct: raw.distinct.as_ref().is_some_and(|d| d.value),
        script,
        cyrillic,
        first_language,
        order,
        unstated,
    })
}

pub(super) fn columns(
    texts: &[usize],
    cyrillic: Option<usize>,
    first_language: Option<usize>,
) -> Vec<usize> {
    let mut columns = texts.to_vec();
    columns.extend(cyrillic.iter().chain(first_language.iter()));
    columns
}

#[cfg(test)]
mod tests {
    use crate::criteria::validate::snapshot::cases;

    #[test]
    fn signage_checks_texts_alphabets_and_order() {
        insta::assert_snapshot!(cases(&[
            (
                "neither texts nor by_language",
                &[(
                    "        by_language: { sq: text_sq, sr: text_sr, tr: text_tr, bs: text_bs }\n",
                    ""
                )]
            ),
            (
                "an unknown script rule",
                &[("serbian_script: cyrillic", "serbian_script: greek")]
            ),
            (
                "an unknown policy for an unstated first language",
                &[("order_unstated: fail", "order_unstated: maybe")]
            ),
            (
                "a Cyrillic column that is no text",
                &[(
                    "serbian_cyrillic: text_sr_cyrl",
                    "serbian_cyrillic: first_language"
                )]
            ),
            (
                "an order without the language written first",
                &[
                    ("order: false", "order: true"),
                    ("        first_language: first_language\n", "")
                ]
            ),
        ]));
    }
}
