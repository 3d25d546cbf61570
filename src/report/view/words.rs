//! The words of a page that come from the criteria and the scoring rather
//! than from the catalogue alone: what each indicator measures, why a row
//! earned or lost its point, and an indicator's status.

use super::Page;
use super::evidence::Said;
use crate::criteria::{ColumnType, Rule, SheetSpec};
use crate::i18n::{Messages, Number};
use crate::scoring::{IndicatorScore, Note, Status};
use crate::script::ScriptRule;

/// The indicator a method sentence describes, with its sheet's name in the
/// page's language and the columns it checks.
struct Measured<'i> {
    ind: &'i crate::criteria::Indicator,
    sheet: &'i SheetSpec,
    sheet_name: String,
}

impl Measured<'_> {
    /// The columns of a list rule that are checked: with `by_language`, the
    /// columns of the languages owed, not the list written in the rule.
    fn checked(&self, listed: &[usize]) -> Vec<usize> {
        if self.ind.by_language.is_empty() {
            listed.to_vec()
        } else {
            self.ind.by_language.iter().map(|(_, c)| *c).collect()
        }
    }
}

impl Page<'_> {
    /// What an indicator measures, in plain words: the kind's own sentence,
    /// then which languages are owed (as its criterion says) and the rows
    /// it needs.
    pub(super) fn method(
        &self,
        criterion: &crate::criteria::Criterion,
        ind: &crate::criteria::Indicator,
    ) -> String {
        let m = self.m;
        let Some(sheet) = self.c().sheets.get(ind.sheet) else {
            return String::new();
        };
        let x = Measured {
            ind,
            sheet,
            sheet_name: m.text(&sheet.name),
        };
        let main = match &ind.rule {
            Rule::Share { all_yes } => self.method_share(&x, all_yes),
            Rule::Simultaneity {
                versions,
                tolerance_hours,
            } => self.method_simultaneity(&x, versions, *tolerance_hours),
            Rule::ReplyParity {
                tolerance_hours, ..
            } => self.method_reply_parity(&x, *tolerance_hours),
            Rule::Equivalence {
                first,
                second,
                ratio,
                rating,
            } => self.method_equivalence(&x, (*first, *second), *ratio, *rating),
            Rule::Signage {
                texts,
                distinct,
                script,
                order,
                ..
            } => self.method_signage(&x, texts, *distinct, *script, *order),
            Rule::StatusShare { column, counts } => self.method_status_share(&x, *column, counts),
        };
        let only = self.method_filter(&x);
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
        let owed = match (ind.by_language.is_empty(), criterion.in_official_use) {
            (true, _) => String::new(),
            (false, false) => format!(" {}", m.get("method_owed")),
            (false, true) => format!(" {}", m.get("method_owed_in_use")),
        };
        format!("{described}{main}{only}{owed} {rows}")
    }

    /// “Only rows whose “Type” is … count.”, with a leading space, for an
    /// indicator with a `where`; nothing otherwise.
    fn method_filter(&self, x: &Measured) -> String {
        let m = self.m;
        let sentences: Vec<String> = x
            .ind
            .filter
            .iter()
            .map(|f| {
                let choices: Vec<String> = f
                    .choices
                    .iter()
                    .map(|key| {
                        let name = choice_name(m, x.sheet, f.column, key);
                        m.fill("quote", &[("x", &name)])
                    })
                    .collect();
                m.fill(
                    "method_filter",
                    &[
                        ("column", &self.column(x.sheet, f.column)),
                        ("choices", &m.list(&choices)),
                    ],
                )
            })
            .collect();
        sentences.iter().map(|s| format!(" {s}")).collect()
    }

    /// Each status with the part of a point it earns, in the column's order.
    fn method_status_share(
        &self,
        x: &Measured,
        column: usize,
        counts: &[crate::criteria::StatusCount],
    ) -> String {
        let m = self.m;
        let listed: Vec<String> = counts
            .iter()
            .map(|c| {
                let name = choice_name(m, x.sheet, column, &c.status);
                m.fill(
                    "method_status_count",
                    &[("status", &name), ("credit", &Number::decimal(c.credit))],
                )
            })
            .collect();
        m.fill(
            "method_status_share",
            &[
                ("sheet", &x.sheet_name),
                ("column", &self.column(x.sheet, column)),
                ("counts", &m.list(&listed)),
            ],
        )
    }

    /// “A”, “B” and “C”: columns of the indicator's sheet, quoted.
    fn quoted(&self, x: &Measured, columns: &[usize]) -> String {
        let names: Vec<String> = columns
            .iter()
            .map(|&i| self.m.fill("quote", &[("x", &self.column(x.sheet, i))]))
            .collect();
        self.m.list(&names)
    }

    fn method_share(&self, x: &Measured, all_yes: &[usize]) -> String {
        let columns = x.checked(all_yes);
        self.m.fill(
            "method_share",
            &[
                ("sheet", &x.sheet_name),
                ("columns", &self.quoted(x, &columns)),
                ("count", &columns.len()),
            ],
        )
    }

    /// The replies are the indicator's `by_language` columns: the owed
    /// languages' reply times.
    fn method_reply_parity(&self, x: &Measured, hours: f64) -> String {
        self.m.fill(
            "method_reply_parity",
            &[
                ("sheet", &x.sheet_name),
                ("columns", &self.quoted(x, &x.checked(&[]))),
                ("hours", &Number::decimal(hours)),
            ],
        )
    }

    fn method_simultaneity(&self, x: &Measured, versions: &[usize], hours: f64) -> String {
        self.m.fill(
            "method_simultaneity",
            &[
                ("sheet", &x.sheet_name),
                ("columns", &self.quoted(x, &x.checked(versions))),
                ("hours", &Number::decimal(hours)),
            ],
        )
    }

    /// The length ratio of two versions, a rating, or both.
    fn method_equivalence(
        &self,
        x: &Measured,
        (first, second): (usize, usize),
        ratio: Option<(f64, f64)>,
        rating: Option<(usize, f64)>,
    ) -> String {
        let m = self.m;
        let (f, s) = (self.column(x.sheet, first), self.column(x.sheet, second));
        let sheet = &x.sheet_name;
        match (ratio, rating) {
            (Some((lo, hi)), Some((col, min))) => m.fill(
                "method_equivalence_both",
                &[
                    ("sheet", sheet),
                    ("first", &f),
                    ("second", &s),
                    ("min", &Number::decimal(lo)),
                    ("max", &Number::decimal(hi)),
                    ("column", &self.column(x.sheet, col)),
                    ("min_rating", &Number::decimal(min)),
                ],
            ),
            (Some((lo, hi)), None) => m.fill(
                "method_equivalence_ratio",
                &[
                    ("sheet", sheet),
                    ("first", &f),
                    ("second", &s),
                    ("min", &Number::decimal(lo)),
                    ("max", &Number::decimal(hi)),
                ],
            ),
            (None, Some((col, min))) => m.fill(
                "method_equivalence_rating",
                &[
                    ("sheet", sheet),
                    ("column", &self.column(x.sheet, col)),
                    ("min", &Number::decimal(min)),
                ],
            ),
            (None, None) => String::new(),
        }
    }

    /// The signs' texts, then the rules on mixed words, script and order.
    fn method_signage(
        &self,
        x: &Measured,
        texts: &[usize],
        distinct: bool,
        script: Option<ScriptRule>,
        order: bool,
    ) -> String {
        let m = self.m;
        let kind = if distinct {
            "method_signage_distinct"
        } else {
            "method_signage"
        };
        let mut parts = vec![
            m.fill(
                kind,
                &[
                    ("sheet", &x.sheet_name),
                    ("columns", &self.quoted(x, &x.checked(texts))),
                ],
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
        if order {
            parts.push(m.get("method_order").to_string());
        }
        parts.join(" ")
    }
}

/// Choice `key` of declared column `column` by its name in `m`'s language;
/// the key itself when the column declares no such choice.
fn choice_name(m: &Messages, sheet: &SheetSpec, column: usize, key: &str) -> String {
    let name = match &sheet.columns.get(column).map(|c| &c.ty) {
        Some(ColumnType::Choice { choices }) => choices.iter().find(|c| c.key == key),
        _ => None,
    };
    name.map_or_else(|| key.to_string(), |c| m.text(&c.name))
}

/// A row's status, a choice of the column keyed `column` of sheet `sheet`,
/// by its name in the page's language.
fn status_name(page: &Page, sheet: usize, column: &str, status: &str) -> String {
    let spec = page.c().sheets.get(sheet);
    let found = spec.and_then(|s| Some((s, s.columns.iter().position(|c| c.key == column)?)));
    match found {
        Some((spec, c)) => choice_name(page.m, spec, c, status),
        None => status.to_string(),
    }
}

/// Why a row earned or lost its point, in the page's language. A met row,
/// the common case, borrows the catalogue's word; any other reason is
/// shared with the memo of filled messages, which has it once per thread.
///
/// Longer than most functions on purpose: it is one flat `match` with an arm
/// per `Note` variant, each arm a message and its values, so the compiler
/// finds the arm a new reason needs and a reader sees every wording at once.
pub(super) fn note<'p>(page: &'p Page, sheet: usize, note: &Note) -> Said<'p> {
    let m = page.m;
    if *note == Note::Met {
        return Said::Page(m.get("note_met"));
    }
    Said::Shared(match note {
        Note::Met => "".into(),
        Note::NotYes { column } => m.fill_shared(
            "note_not_yes",
            &[("column", &page.column_name(sheet, column))],
        ),
        Note::Missing { column } => m.fill_shared(
            "note_missing",
            &[("column", &page.column_name(sheet, column))],
        ),
        Note::Late { hours, tolerance } => m.fill_shared(
            "note_late",
            &[
                ("hours", &to_tenths(*hours)),
                ("tolerance", &Number::decimal(*tolerance)),
            ],
        ),
        Note::NoReply { language, .. } => m.fill_shared(
            "note_no_reply",
            &[("language", &page.language_name(language))],
        ),
        Note::ReplyBeforeSent { column } => m.fill_shared(
            "note_reply_before_sent",
            &[("column", &page.column_name(sheet, column))],
        ),
        Note::ReplyLate { hours, tolerance } => m.fill_shared(
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
        } => m.fill_shared(
            "note_ratio",
            &[
                ("column", &page.column_name(sheet, column)),
                ("ratio", &Number::decimal((ratio * 100.0).round() / 100.0)),
                ("min", &Number::decimal(*min)),
                ("max", &Number::decimal(*max)),
            ],
        ),
        Note::Rating {
            column,
            rating,
            min,
        } => m.fill_shared(
            "note_rating",
            &[
                ("column", &page.column_name(sheet, column)),
                ("rating", &Number::decimal(*rating)),
                ("min", &Number::decimal(*min)),
            ],
        ),
        Note::Copy { column } => {
            m.fill_shared("note_copy", &[("column", &page.column_name(sheet, column))])
        }
        Note::Script {
            column,
            expected,
            found,
        } => m.fill_shared(
            "note_script",
            &[
                ("column", &page.column_name(sheet, column)),
                ("expected", &m.get(&format!("script_{expected}"))),
                ("found", &m.get(&format!("script_{found}"))),
            ],
        ),
        Note::ScriptMissing { script } => m.fill_shared(
            "note_script_missing",
            &[("script", &m.get(&format!("script_{script}")))],
        ),
        Note::MixedScript {
            column,
            word,
            position,
            intruders,
        } => m.fill_shared(
            "note_mixed",
            &[
                ("column", &page.column_name(sheet, column)),
                ("word", word),
                ("position", position),
                ("letters", intruders),
            ],
        ),
        Note::Order { expected, found } if found.is_empty() => m.fill_shared(
            "note_order_missing",
            &[("expected", &page.language_name(expected))],
        ),
        Note::Order { expected, found } => m.fill_shared(
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
        } => m.fill_shared(
            "note_lost_diacritics",
            &[
                ("column", &page.column_name(sheet, column)),
                ("found", found),
                ("intended", intended),
            ],
        ),
        Note::Status {
            column,
            status,
            credit,
        } => m.fill_shared(
            "note_status",
            &[
                ("status", &status_name(page, sheet, column, status)),
                ("credit", &Number::decimal(*credit)),
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
