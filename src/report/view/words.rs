//! The words of a page that come from the criteria and the scoring rather
//! than from the catalogue alone: what each indicator measures, why a row
//! earned or lost its point, and an indicator's status.

use super::Page;
use crate::criteria::Rule;
use crate::i18n::{Messages, Number};
use crate::scoring::{IndicatorScore, Note, Status};
use crate::script::ScriptRule;
use std::borrow::Cow;

impl Page<'_> {
    /// What an indicator measures, in plain words.
    pub(super) fn method(&self, ind: &crate::criteria::Indicator) -> String {
        let m = self.m;
        let Some(sheet) = self.c().sheets.get(ind.sheet) else {
            return String::new();
        };
        let sheet_name = m.text(&sheet.name);
        let owed_columns: Vec<usize> = ind.by_language.iter().map(|(_, c)| *c).collect();
        let pick = |listed: &[usize]| -> Vec<usize> {
            if ind.by_language.is_empty() {
                listed.to_vec()
            } else {
                owed_columns.clone()
            }
        };
        let cols = |idx: &[usize]| -> String {
            let names: Vec<String> = idx
                .iter()
                .map(|&i| m.fill("quote", &[("x", &self.column(sheet, i))]))
                .collect();
            m.list(&names)
        };
        let main = match &ind.rule {
            Rule::Share { all_yes } => {
                let columns = pick(all_yes);
                m.fill(
                    "method_share",
                    &[
                        ("sheet", &sheet_name),
                        ("columns", &cols(&columns)),
                        ("count", &columns.len()),
                    ],
                )
            }
            Rule::Simultaneity {
                versions,
                tolerance_hours,
            } => m.fill(
                "method_simultaneity",
                &[
                    ("sheet", &sheet_name),
                    ("columns", &cols(&pick(versions))),
                    ("hours", &Number::decimal(*tolerance_hours)),
                ],
            ),
            Rule::ReplyParity {
                tolerance_hours, ..
            } => m.fill(
                "method_reply_parity",
                &[
                    ("sheet", &sheet_name),
                    ("columns", &cols(&owed_columns)),
                    ("hours", &Number::decimal(*tolerance_hours)),
                ],
            ),
            Rule::Equivalence {
                first,
                second,
                ratio,
                rating,
            } => {
                let (f, s) = (self.column(sheet, *first), self.column(sheet, *second));
                match (ratio, rating) {
                    (Some((lo, hi)), Some((col, min))) => m.fill(
                        "method_equivalence_both",
                        &[
                            ("sheet", &sheet_name),
                            ("first", &f),
                            ("second", &s),
                            ("min", &Number::decimal(*lo)),
                            ("max", &Number::decimal(*hi)),
                            ("column", &self.column(sheet, *col)),
                            ("min_rating", &Number::decimal(*min)),
                        ],
                    ),
                    (Some((lo, hi)), None) => m.fill(
                        "method_equivalence_ratio",
                        &[
                            ("sheet", &sheet_name),
                            ("first", &f),
                            ("second", &s),
                            ("min", &Number::decimal(*lo)),
                            ("max", &Number::decimal(*hi)),
                        ],
                    ),
                    (None, Some((col, min))) => m.fill(
                        "method_equivalence_rating",
                        &[
                            ("sheet", &sheet_name),
                            ("column", &self.column(sheet, *col)),
                            ("min", &Number::decimal(*min)),
                        ],
                    ),
                    (None, None) => String::new(),
                }
            }
            Rule::Signage {
                texts,
                distinct,
                script,
                order,
                ..
            } => {
                let kind = if *distinct {
                    "method_signage_distinct"
                } else {
                    "method_signage"
                };
                let mut parts = vec![
                    m.fill(
                        kind,
                        &[("sheet", &sheet_name), ("columns", &cols(&pick(texts)))],
                    ),
                    m.get("method_mixed").to_string(),
                ];
                if let Some(rule) = script {
                    let name = match rule {
                        ScriptRule::Cyrillic => "method_script_cyrillic",
                        ScriptRule::Latin => "method_script_latin",
                        ScriptRule::Either => "method_script_either",
                        ScriptRule::Both => "method_script_both",
                    };
                    parts.push(m.get(name).to_string());
                }
                if *order {
                    parts.push(m.get("method_order").to_string());
                }
                parts.join(" ")
            }
        };
        let policy = match ind.insufficient {
            crate::criteria::Insufficient::Zero => m.get("policy_zero"),
            crate::criteria::Insufficient::Exclude => m.get("policy_exclude"),
        };
        let rows = m.fill(
            "method_min_rows",
            &[("n", &ind.min_rows), ("policy", &policy)],
        );
        let described = ind
            .description
            .as_ref()
            .map(|d| format!("{} ", m.text(d)))
            .unwrap_or_default();
        let owed = if ind.by_language.is_empty() {
            String::new()
        } else {
            format!(" {}", m.get("method_owed"))
        };
        format!("{described}{main}{owed} {rows}")
    }
}

/// Why a row earned or lost its point, in the page's language. A met row,
/// the common case, borrows the catalogue's word.
pub(super) fn note<'p>(page: &'p Page, sheet: usize, note: &Note) -> Cow<'p, str> {
    let m = page.m;
    if *note == Note::Met {
        return Cow::Borrowed(m.get("note_met"));
    }
    let col = |key: &str| page.column_name(sheet, key).to_string();
    let first_of = |key: &str| col(key);
    Cow::Owned(match note {
        Note::Met => String::new(),
        Note::NotYes { column } => m.fill("note_not_yes", &[("column", &first_of(column))]),
        Note::Missing { column } => m.fill("note_missing", &[("column", &col(column))]),
        Note::Late { hours, tolerance } => m.fill(
            "note_late",
            &[
                ("hours", &to_tenths(*hours)),
                ("tolerance", &Number::decimal(*tolerance)),
            ],
        ),
        Note::NoReply { language, .. } => m.fill(
            "note_no_reply",
            &[("language", &page.language_name(language))],
        ),
        Note::ReplyBeforeSent { column } => {
            m.fill("note_reply_before_sent", &[("column", &col(column))])
        }
        Note::ReplyLate { hours, tolerance } => m.fill(
            "note_reply_late",
            &[
                ("hours", &to_tenths(*hours)),
                ("tolerance", &Number::decimal(*tolerance)),
            ],
        ),
        Note::Ratio {
            column,
            ratio,
            min,
            max,
        } => m.fill(
            "note_ratio",
            &[
                ("column", &col(column)),
                ("ratio", &Number::decimal((ratio * 100.0).round() / 100.0)),
                ("min", &Number::decimal(*min)),
                ("max", &Number::decimal(*max)),
            ],
        ),
        Note::Rating {
            column,
            rating,
            min,
        } => m.fill(
            "note_rating",
            &[
                ("column", &col(column)),
                ("rating", &Number::decimal(*rating)),
                ("min", &Number::decimal(*min)),
            ],
        ),
        Note::Copy { column } => m.fill("note_copy", &[("column", &col(column))]),
        Note::Script {
            column,
            expected,
            found,
        } => m.fill(
            "note_script",
            &[
                ("column", &col(column)),
                ("expected", &m.get(&format!("script_{expected}"))),
                ("found", &m.get(&format!("script_{found}"))),
            ],
        ),
        Note::ScriptMissing { script } => m.fill(
            "note_script_missing",
            &[("script", &m.get(&format!("script_{script}")))],
        ),
        Note::MixedScript {
            column,
            word,
            position,
            intruders,
        } => m.fill(
            "note_mixed",
            &[
                ("column", &col(column)),
                ("word", word),
                ("position", position),
                ("letters", intruders),
            ],
        ),
        Note::Order { expected, found } if found.is_empty() => m.fill(
            "note_order_missing",
            &[("expected", &page.language_name(expected))],
        ),
        Note::Order { expected, found } => m.fill(
            "note_order",
            &[
                ("expected", &page.language_name(expected)),
                ("found", &page.language_name(found)),
            ],
        ),
        Note::LostDiacritics {
            column,
            found,
            intended,
        } => m.fill(
            "note_lost_diacritics",
            &[
                ("column", &col(column)),
                ("found", found),
                ("intended", intended),
            ],
        ),
    })
}

/// Hours apart as a note shows them: to the tenth.
fn to_tenths(hours: f64) -> Number {
    Number::decimal((hours * 10.0).round() / 10.0)
}

/// "Insufficient evidence: …" when an indicator had too few rows.
pub(super) fn indicator_status(
    m: &Messages,
    ind: &IndicatorScore,
    min_rows: u32,
) -> Option<String> {
    let args: [(&str, &dyn crate::i18n::Arg); 2] = [("rows", &ind.rows), ("min", &min_rows)];
    match ind.status {
        Status::Scored => None,
        Status::Insufficient => Some(m.fill("status_insufficient", &args)),
        Status::Excluded => Some(m.fill("status_excluded", &args)),
    }
}
