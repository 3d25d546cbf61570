//! `kind: signage`: a row is a sign, and it meets the indicator when every
//! owed text is there, no text merely copies the first (names the same in
//! every language aside), no word mixes Latin and Cyrillic letters, the
//! Serbian text is in the alphabet the rule asks, and, with `order`, the
//! language written first is the one the municipality expects. Known names
//! written without their diacritics are remarked on, at no cost. A sign is
//! named by its texts, since they are the evidence.

use super::{Context, Row, Verdict, first_text, label_text};
use crate::criteria::Unstated;
use crate::scoring::Note;
use crate::script::{self, ScriptProblem, ScriptRule};
use crate::submission::Value;
use crate::text::fold;
use std::sync::Arc;

/// The fields of a `Rule::Signage`, with the texts narrowed to the owed
/// languages.
pub(super) struct Sign<'a> {
    pub(super) texts: &'a [usize],
    pub(super) distinct: bool,
    pub(super) script: Option<ScriptRule>,
    pub(super) cyrillic: Option<usize>,
    pub(super) first_language: Option<usize>,
    pub(super) order: bool,
    pub(super) unstated: Unstated,
}

pub(super) fn judge(
    sign: &Sign,
    languages: &[(String, usize)],
    row: &Row,
    context: &Context,
) -> Verdict {
    let missing = sign.texts.iter().find(|&&c| row.get(c).is_empty());
    let mut verdict = match missing {
        Some(&c) => Verdict::at(Note::Missing { column: row.key(c) }, c),
        None => checks(sign, languages, row, context)
            .map_or_else(Verdict::met, |(note, c)| Verdict::at(note, c)),
    };
    verdict.remarks = lost_diacritics(sign.texts, row, context.known);
    verdict.label = Some(label(sign.texts, row));
    verdict
}

/// The checks a sign must pass once every owed text is there: no copy of the
/// first text, no word mixing alphabets, Serbian in the required alphabet,
/// and the expected language first. Returns the first failure.
fn checks(
    sign: &Sign,
    languages: &[(String, usize)],
    row: &Row,
    context: &Context,
) -> Option<(Note, usize)> {
    // The Serbian Cyrillic column is a second language's text too: a copy of
    // the Albanian in Cyrillic letters ("Аркиви" for "Arkivi") is no translation.
    if sign.distinct
        && let Some((&first, rest)) = sign.texts.split_first()
    {
        let others = rest.iter().chain(sign.cyrillic.iter());
        let others = others.map(|&c| (c, row.text(c)));
        if let Some(c) = context.same_everywhere.first_copy(row.text(first), others) {
            return Some((Note::Copy { column: row.key(c) }, c));
        }
    }
    for &c in sign.texts.iter().chain(sign.cyrillic.iter()) {
        if let Some(w) = script::mixed_words(row.text(c)).into_iter().next() {
            return Some((mixed(row, c, w), c));
        }
    }
    let serbian = languages.iter().find(|(l, _)| l == "sr").map(|(_, c)| *c);
    if let (Some(rule), Some(sr)) = (sign.script, serbian)
        && let Some(failure) = alphabet(sign, rule, sr, row)
    {
        return Some(failure);
    }
    if sign.order
        && let Some(col) = sign.first_language
    {
        let found = match row.get(col) {
            Value::Choice(k) | Value::Text(k) => k.clone(),
            _ => String::new(),
        };
        let passes_unstated = found.is_empty() && sign.unstated == Unstated::Passes;
        if !passes_unstated && fold(&found) != context.sign_first {
            let note = Note::Order {
                expected: context.owed.sign_first.clone(),
                found,
            };
            return Some((note, col));
        }
    }
    None
}

/// Serbian in the alphabet `rule` asks, in the Serbian column `sr` and the
/// sign's Cyrillic column if it has one.
fn alphabet(sign: &Sign, rule: ScriptRule, sr: usize, row: &Row) -> Option<(Note, usize)> {
    let cyrillic = sign.cyrillic.map(|c| row.text(c)).filter(|t| !t.is_empty());
    match script::meets_script_rule(rule, Some(row.text(sr)), cyrillic) {
        Ok(()) => None,
        Err(ScriptProblem::WrongScript { expected, found }) => {
            let note = Note::Script {
                column: row.key(sr),
                expected,
                found,
            };
            Some((note, sr))
        }
        Err(ScriptProblem::MissingScript(s)) => Some((
            Note::ScriptMissing { script: s },
            sign.cyrillic.unwrap_or(sr),
        )),
        Err(ScriptProblem::Mixed(words)) => {
            let w = words.into_iter().next()?;
            Some((mixed(row, sr, w), sr))
        }
    }
}

fn mixed(row: &Row, column: usize, w: script::MixedWord) -> Note {
    Note::MixedScript {
        column: row.key(column),
        word: w.word,
        position: w.position,
        intruders: w.intruders.iter().collect(),
    }
}

/// Known names written without their diacritics, in any of the sign's texts.
fn lost_diacritics(texts: &[usize], row: &Row, known: &script::KnownNames) -> Vec<Note> {
    texts
        .iter()
        .flat_map(|&c| {
            known
                .lost_diacritics(row.text(c))
                .into_iter()
                .map(move |l| Note::LostDiacritics {
                    column: row.key(c),
                    found: l.found,
                    intended: l.intended,
                })
        })
        .collect()
}

/// A sign is named by its first text followed by the texts checked, since
/// they are the evidence.
fn label(texts: &[usize], row: &Row) -> Arc<str> {
    let shown: Vec<String> = texts
        .iter()
        .map(|&c| {
            row.values
                .get(c)
                .and_then(label_text)
                .unwrap_or_else(|| "—".into())
        })
        .collect();
    Arc::from(format!("{}: {}", first_text(row.values), shown.join(" | ")))
}

#[cfg(test)]
mod tests {
    use crate::scoring::testing::*;
    use crate::scoring::{Note, score};
    use crate::script::Script;

    #[test]
    fn signage_copy_ignores_case_spacing_and_diacritics() {
        let c = bundled();
        let s = submission(
            vec![service(true, true); 3],
            vec![item("2026-03-01 10:00", Some("2026-03-01 11:00"), (100.0, 100.0)); 5],
            vec![
                sign("Zyra e Pritjes", "zyra e  pritjes"),
                sign("Hyrja", ""),
                sign("Hyrja", "Улаз"),
            ],
        );
        let card = score(&c, &s);
        let signs = indicator(&card, "bilingual_signs");
        assert_eq!((signs.met, signs.rows), (1, 3));
        assert_eq!(
            signs.evidence[0].note,
            Note::Copy {
                column: "text_sr".into()
            }
        );
        assert_eq!(
            signs.evidence[1].note,
            Note::Missing {
                column: "text_sr".into()
            }
        );
    }
    #[test]
    fn prizren_owes_four_languages_on_signs() {
        let c = criteria(&[]);
        let both = sign_in(["Hyrja", "Улаз", "", "", ""], "");
        let four = sign_in(["Hyrja", "Улаз", "", "Giriş", "Ulaz u zgradu"], "");
        let central = notes(&c, &signs_of(None, vec![both.clone()]));
        assert!(central[0].0, "a ministry owes Albanian and Serbian only");
        let prizren = notes(&c, &signs_of(Some("prizren"), vec![both, four]));
        assert_eq!(
            prizren[0].1,
            Note::Missing {
                column: "text_tr".into()
            }
        );
        assert!(prizren[1].0, "{:?}", prizren[1]);
    }
    #[test]
    fn a_homoglyph_in_a_serbian_sign_fails_with_the_word() {
        let c = criteria(&[]);
        let mixed = sign_in(
            ["Komuna e Graçanicës", "Општинa Грачаница", "", "", ""],
            "sr",
        );
        let n = notes(&c, &signs_of(Some("gracanica"), vec![mixed]));
        assert_eq!(
            n[0].1,
            Note::MixedScript {
                column: "text_sr".into(),
                word: "Општинa".into(),
                position: 1,
                intruders: "a".into()
            }
        );
    }
    #[test]
    fn an_unstated_first_language_follows_the_criteria_policy() {
        let unstated = sign_in(["Mitrovicë e Veriut", "Северна Митровица", "", "", ""], "");
        let signs = signs_of(Some("mitrovica-north"), vec![unstated]);
        let fails = notes(&criteria(&STRICT), &signs);
        assert_eq!(
            fails[0].1,
            Note::Order {
                expected: "sr".into(),
                found: String::new()
            }
        );
        let lenient = [
            ("order: false", "order: true"),
            ("order_unstated: fail", "order_unstated: pass"),
        ];
        assert!(notes(&criteria(&lenient), &signs)[0].0);
        let stated = sign_in(
            ["Mitrovicë e Veriut", "Северна Митровица", "", "", ""],
            "sq",
        );
        let wrong = notes(
            &criteria(&lenient),
            &signs_of(Some("mitrovica-north"), vec![stated]),
        );
        assert!(!wrong[0].0, "a stated wrong order still fails: {wrong:?}");
    }
    #[test]
    fn the_north_mitrovica_road_sign_depends_on_the_rule() {
        let road = sign_in(
            ["Mitrovicë e Veriut", "Severna Mitrovica", "", "", ""],
            "sq",
        );
        let lenient = notes(
            &criteria(&EITHER),
            &signs_of(Some("mitrovica-north"), vec![road.clone()]),
        );
        assert!(lenient[0].0, "both languages present passes: {lenient:?}");
        let bundled = notes(
            &criteria(&[]),
            &signs_of(Some("mitrovica-north"), vec![road]),
        );
        assert_eq!(
            bundled[0].1,
            Note::Script {
                column: "text_sr".into(),
                expected: Script::Cyrillic,
                found: Script::Latin
            }
        );
        let cyrillic_but_albanian_first = sign_in(
            ["Mitrovicë e Veriut", "Северна Митровица", "", "", ""],
            "sq",
        );
        let strict = notes(
            &criteria(&STRICT),
            &signs_of(Some("mitrovica-north"), vec![cyrillic_but_albanian_first]),
        );
        assert_eq!(
            strict[0].1,
            Note::Order {
                expected: "sr".into(),
                found: "sq".into()
            }
        );
        let right = sign_in(
            ["Mitrovicë e Veriut", "Северна Митровица", "", "", ""],
            "sr",
        );
        assert!(
            notes(
                &criteria(&STRICT),
                &signs_of(Some("mitrovica-north"), vec![right])
            )[0]
            .0
        );
    }
    #[test]
    fn copies_fail_but_proper_names_may_repeat() {
        let c = criteria(&[]);
        let copy = sign_in(["Zyra e pritjes", "zyra e  pritjes", "", "", ""], "");
        let name = sign_in(["Prizren", "Призрен", "", "", ""], "");
        // An English name is no proper name: the sign is in neither language.
        let police = sign_in(["Kosovo Police", "Kosovo Police", "", "", ""], "");
        let n = notes(&c, &signs_of(None, vec![copy, name, police]));
        assert_eq!(
            n[0].1,
            Note::Copy {
                column: "text_sr".into()
            }
        );
        assert!(n[1].0, "{n:?}");
        assert_eq!(
            n[2].1,
            Note::Copy {
                column: "text_sr".into()
            }
        );
    }
    #[test]
    fn a_copy_in_cyrillic_letters_is_still_a_copy() {
        let c = criteria(&[("serbian_script: cyrillic", "serbian_script: both")]);
        let copied = sign_in(["Arkivi", "Arhiva", "Аркиви", "", ""], "");
        let translated = sign_in(["Arkivi", "Arhiva", "Архива", "", ""], "");
        let n = notes(&c, &signs_of(None, vec![copied, translated]));
        assert_eq!(
            n[0].1,
            Note::Copy {
                column: "text_sr_cyrl".into()
            }
        );
        assert!(n[1].0, "{n:?}");
    }
    #[test]
    fn lost_diacritics_are_a_remark_not_a_failure() {
        let c = criteria(&[]);
        let n = notes(
            &c,
            &signs_of(
                Some("prishtina"),
                vec![sign_in(
                    [
                        "Komuna e Prishtinës",
                        "Opština Pristina",
                        "Општина Приштина",
                        "",
                        "",
                    ],
                    "",
                )],
            ),
        );
        assert!(n[0].0);
        assert_eq!(
            n[0].2,
            vec![Note::LostDiacritics {
                column: "text_sr".into(),
                found: "Pristina".into(),
                intended: "Priština".into()
            }]
        );
    }
}
