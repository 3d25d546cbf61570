//! `kind: reply_parity`: test letters and e-mails sent in each language; a
//! row meets the indicator when every owed language's question was sent and
//! answered and the reply delays differ by at most `tolerance_hours`.
//!
//! The reply times are the indicator's `by_language` columns, read like any
//! kind's; the sending times are `sent`, one column per language of
//! `by_language` and no other, so that every reply has its sending time.

use super::{Columns, Input, KindSpec};
use crate::criteria::Rule;
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::{RawIndicator, S};
use crate::criteria::validate::checker::Checker;
use crate::criteria::validate::sheets::Want;
use std::collections::BTreeMap;

pub(super) static KIND: KindSpec = KindSpec {
    name: "reply_parity",
    own_fields,
    columns: Columns::Listed(Want::DateTime),
    rule,
};

fn own_fields(i: &RawIndicator) -> Vec<(&'static str, bool)> {
    vec![
        ("sent", i.sent.is_some()),
        ("tolerance_hours", i.tolerance_hours.is_some()),
    ]
}

fn rule(c: &mut Checker, i: &Input) -> Option<Rule> {
    let replies = i.raw.by_language.as_ref();
    if replies.is_none() {
        i.needs(c, "by_language");
    }
    if i.raw.sent.is_none() {
        i.needs(c, "sent");
    }
    let tolerance_hours = i.tolerance_hours(c);
    let (replies, sent) = (replies?, i.raw.sent.as_ref()?);
    if replies.value.len() < 2 {
        c.error(
            Code::IndicatorField,
            Pos::of(replies),
            format!("{} compares fewer than two languages", i.columns.owner),
            "give `by_language` a reply-time column per language",
        );
    }
    let sent = sent_columns(c, i, sent, &replies.value);
    Some(Rule::ReplyParity {
        sent,
        tolerance_hours: tolerance_hours?,
    })
}

/// The sending-time column of each language, every language of `sent` and
/// of `replies` (the reply times) paired with one of the other; an unpaired
/// language is reported where it is written.
fn sent_columns(
    c: &mut Checker,
    i: &Input,
    sent: &S<BTreeMap<String, S<String>>>,
    replies: &BTreeMap<String, S<String>>,
) -> Vec<(String, usize)> {
    let owner = &i.columns.owner;
    for (lang, key) in replies.iter().filter(|(l, _)| !sent.value.contains_key(*l)) {
        c.error(
            Code::IndicatorField,
            Pos::of(key),
            format!("{owner}: `by_language` names `{lang}`, for which `sent` has no column"),
            format!("add `{lang}:` and its sending-time column to `sent`"),
        );
    }
    let mut columns = Vec::with_capacity(sent.value.len());
    for (lang, key) in &sent.value {
        if !replies.contains_key(lang) {
            c.error(
                Code::IndicatorField,
                Pos::of(key),
                format!("{owner}: `sent` names `{lang}`, for which `by_language` has no column"),
                format!(
                    "add `{lang}:` and its reply-time column to `by_language`, or remove it here"
                ),
            );
        } else if let Some(col) = i.columns.column(c, key, Want::DateTime) {
            columns.push((lang.clone(), col));
        }
    }
    columns
}

pub(super) fn columns(sent: &[(String, usize)]) -> Vec<usize> {
    sent.iter().map(|(_, c)| *c).collect()
}

#[cfg(test)]
mod tests {
    use crate::criteria::validate::snapshot::cases;

    const SENT: &str = "sent: { sq: sent_sq, sr: sent_sr, tr: sent_tr, bs: sent_bs }";
    const REPLIES: &str =
        "by_language: { sq: replied_sq, sr: replied_sr, tr: replied_tr, bs: replied_bs }";

    #[test]
    fn reply_parity_pairs_sent_and_reply_times_per_language() {
        let cases_of: [(&str, &[(&str, &str)]); 9] = [
            ("the test letters", &[]),
            ("no tolerance", &[("tolerance_hours: 48", "")]),
            (
                "a negative tolerance",
                &[("tolerance_hours: 48", "tolerance_hours: -1")],
            ),
            ("no sending times", &[(SENT, "")]),
            ("no reply times", &[(REPLIES, "")]),
            (
                "a sending time in a language without a reply time",
                &[(", bs: replied_bs }", " }")],
            ),
            (
                "a reply time in a language without a sending time",
                &[(", tr: sent_tr", "")],
            ),
            (
                "one language",
                &[
                    (SENT, "sent: { sq: sent_sq }"),
                    (REPLIES, "by_language: { sq: replied_sq }"),
                ],
            ),
            (
                "text columns",
                &[
                    ("sq: sent_sq", "sq: question"),
                    ("sr: replied_sr", "sr: question"),
                ],
            ),
        ];
        insta::assert_snapshot!(cases(&cases_of));
    }
}
