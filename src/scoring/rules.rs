//! Judging one row of evidence by an indicator's rule: whether it meets
//! the rule, and if not, why and which cell decided.

use super::card::Note;
use super::measure::Context;
use crate::criteria::Rule;
use crate::script::{self, ScriptProblem};
use crate::submission::Value;
use crate::text::fold;

/// Judges one row; returns why, and which declared column decided it.
pub(super) fn judge(
    rule: &Rule,
    values: &[Value],
    key: &dyn Fn(usize) -> String,
) -> (Note, Option<usize>) {
    let get = |i: usize| values.get(i).unwrap_or(&Value::Empty);
    let at = |note: Note, c: usize| (note, Some(c));
    let met = (Note::Met, None);
    match rule {
        Rule::Share { all_yes } => all_yes
            .iter()
            .find(|&&c| get(c) != &Value::Bool(true))
            .map_or(met, |&c| at(Note::NotYes { column: key(c) }, c)),
        Rule::Simultaneity {
            versions,
            tolerance_hours,
        } => {
            let mut times = Vec::with_capacity(versions.len());
            for &c in versions {
                match get(c) {
                    Value::DateTime(t) => times.push((*t, c)),
                    _ => return at(Note::Missing { column: key(c) }, c),
                }
            }
            let (Some(first), Some(last)) = (times.iter().min(), times.iter().max()) else {
                return met;
            };
            let hours = (last.0 - first.0).num_minutes() as f64 / 60.0;
            if hours <= *tolerance_hours {
                met
            } else {
                at(
                    Note::Late {
                        hours,
                        tolerance: *tolerance_hours,
                    },
                    last.1,
                )
            }
        }
        Rule::Equivalence {
            first,
            second,
            ratio,
            rating,
        } => {
            let measure = |c: usize| match get(c) {
                Value::Number(n) => Some(*n),
                Value::Text(t) if !t.is_empty() => Some(t.chars().count() as f64),
                _ => None,
            };
            let Some(a) = measure(*first) else {
                return at(
                    Note::Missing {
                        column: key(*first),
                    },
                    *first,
                );
            };
            let Some(b) = measure(*second) else {
                return at(
                    Note::Missing {
                        column: key(*second),
                    },
                    *second,
                );
            };
            if let Some((min, max)) = ratio {
                let r = if a > 0.0 { b / a } else { f64::INFINITY };
                if !(r >= *min && r <= *max) {
                    let ratio = if r.is_finite() { r } else { 0.0 };
                    return at(
                        Note::Ratio {
                            column: key(*second),
                            ratio,
                            min: *min,
                            max: *max,
                        },
                        *second,
                    );
                }
            }
            if let Some((col, min)) = rating {
                match get(*col) {
                    Value::Number(n) if n >= min => {}
                    Value::Number(n) => {
                        return at(
                            Note::Rating {
                                column: key(*col),
                                rating: *n,
                                min: *min,
                            },
                            *col,
                        );
                    }
                    _ => return at(Note::Missing { column: key(*col) }, *col),
                }
            }
            met
        }
        Rule::Signage { texts, .. } => {
            if let Some(&c) = texts.iter().find(|&&c| get(c).is_empty()) {
                return at(Note::Missing { column: key(c) }, c);
            }
            met
        }
    }
}

fn text_of(v: &Value) -> &str {
    match v {
        Value::Text(t) => t,
        _ => "",
    }
}

fn script_name(s: script::Script) -> String {
    match s {
        script::Script::Latin => "latin",
        script::Script::Cyrillic => "cyrillic",
        script::Script::Mixed => "mixed",
        script::Script::Neither => "none",
    }
    .to_string()
}

/// The checks a sign must pass once every owed text is there: no copy of the
/// first text, no word mixing alphabets, Serbian in the required alphabet,
/// and the expected language first. Returns the first failure.
pub(super) fn sign_checks(
    rule: &Rule,
    languages: &[(String, usize)],
    values: &[Value],
    key: &dyn Fn(usize) -> String,
    context: &Context,
) -> Option<(Note, usize)> {
    let Rule::Signage {
        texts,
        distinct,
        script: script_rule,
        cyrillic,
        first_language,
        order,
    } = rule
    else {
        return None;
    };
    let get = |i: usize| text_of(values.get(i).unwrap_or(&Value::Empty));
    // The Serbian Cyrillic column is a second language's text too: a copy of
    // the Albanian in Cyrillic letters ("Аркиви" for "Arkivi") is no translation.
    if *distinct && let Some((&first, rest)) = texts.split_first() {
        let others = rest.iter().chain(cyrillic.iter()).map(|&c| (c, get(c)));
        if let Some(c) = context.same_everywhere.first_copy(get(first), others) {
            return Some((Note::Copy { column: key(c) }, c));
        }
    }
    for &c in texts.iter().chain(cyrillic.iter()) {
        if let Some(w) = script::mixed_words(get(c)).into_iter().next() {
            let note = Note::MixedScript {
                column: key(c),
                word: w.word,
                position: w.position,
                intruders: w.intruders.iter().collect(),
            };
            return Some((note, c));
        }
    }
    let serbian = languages.iter().find(|(l, _)| l == "sr").map(|(_, c)| *c);
    if let (Some(rule), Some(sr)) = (script_rule, serbian) {
        let cyr = cyrillic.map(get).filter(|t| !t.is_empty());
        match script::meets_script_rule(*rule, Some(get(sr)), cyr) {
            Ok(()) => {}
            Err(ScriptProblem::WrongScript { expected, found }) => {
                let note = Note::Script {
                    column: key(sr),
                    expected: script_name(expected),
                    found: script_name(found),
                };
                return Some((note, sr));
            }
            Err(ScriptProblem::MissingScript(s)) => {
                return Some((
                    Note::ScriptMissing {
                        script: script_name(s),
                    },
                    cyrillic.unwrap_or(sr),
                ));
            }
            Err(ScriptProblem::Mixed(words)) => {
                let w = words.into_iter().next()?;
                let note = Note::MixedScript {
                    column: key(sr),
                    word: w.word,
                    position: w.position,
                    intruders: w.intruders.iter().collect(),
                };
                return Some((note, sr));
            }
        }
    }
    if *order && let Some(col) = first_language {
        let found = match values.get(*col) {
            Some(Value::Choice(k)) => k.clone(),
            Some(Value::Text(t)) => t.clone(),
            _ => String::new(),
        };
        if fold(&found) != context.sign_first {
            let note = Note::Order {
                expected: context.owed.sign_first.clone(),
                found,
            };
            return Some((note, *col));
        }
    }
    None
}

/// Known names written without their diacritics, in any of the sign's texts.
pub(super) fn lost_diacritics(
    texts: &[usize],
    values: &[Value],
    key: &dyn Fn(usize) -> String,
    known: &script::KnownNames,
) -> Vec<Note> {
    texts
        .iter()
        .flat_map(|&c| {
            let text = text_of(values.get(c).unwrap_or(&Value::Empty));
            known
                .lost_diacritics(text)
                .into_iter()
                .map(move |l| Note::LostDiacritics {
                    column: key(c),
                    found: l.found,
                    intended: l.intended,
                })
        })
        .collect()
}
