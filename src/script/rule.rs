//! The Serbian script a criterion requires of a sign, and whether a sign
//! meets it.

use super::{Alphabet, MixedWord, Script, Tally, mixed_words, script_of, words};

/// Which Serbian script a criterion requires a sign to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ScriptRule {
    Cyrillic,
    Latin,
    /// Either script is enough.
    Either,
    /// The Serbian text must be shown in both scripts.
    Both,
}

impl ScriptRule {
    /// Reads the rule as a criteria file spells it: "cyrillic" or "cyrl",
    /// "latin" or "latn", "either" or "any", "both"; case and surrounding
    /// spaces are ignored.
    pub fn parse(s: &str) -> Option<ScriptRule> {
        match s.trim().to_lowercase().as_str() {
            "cyrillic" | "cyrl" => Some(ScriptRule::Cyrillic),
            "latin" | "latn" => Some(ScriptRule::Latin),
            "either" | "any" => Some(ScriptRule::Either),
            "both" => Some(ScriptRule::Both),
            _ => None,
        }
    }
}

/// Why a sign's Serbian text fails its script rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScriptProblem {
    /// The text is in the other script than the one required.
    WrongScript { expected: Script, found: Script },
    /// The rule asks for both scripts and this one is not shown.
    MissingScript(Script),
    /// The script is right but words hide letters of the other alphabet.
    /// Offsets count within the cell the word is in.
    Mixed(Vec<MixedWord>),
}

/// Judges a sign's Serbian text against `rule`. `serbian` is the sign's
/// Serbian cell, in whichever script it was written (one column often
/// holds either, or both as "Opština / Општина"); `cyrillic` is a separate
/// Serbian-Cyrillic cell when the form has one. The script of each cell is
/// read from its content, not from its column, so Latin text in the
/// Cyrillic column does not count as Cyrillic.
///
/// A script counts as shown in a cell when at least a third of the cell's
/// letters are in it: a Cyrillic sign naming "WiFi" or "KFOR" does not show
/// the Serbian text in Latin. A text without letters (a room number) cannot
/// break a script rule; whether Serbian text is present at all is a
/// separate check. A wrong or missing script is reported before mixed
/// words, as it is the larger fault.
pub fn meets_script_rule(
    rule: ScriptRule,
    serbian: Option<&str>,
    cyrillic: Option<&str>,
) -> Result<(), ScriptProblem> {
    let cells: Vec<&str> = [serbian, cyrillic].into_iter().flatten().collect();
    let (latin, cyr) = cells.iter().fold((false, false), |(l, c), cell| {
        let (cell_l, cell_c) = scripts_shown(cell);
        (l || cell_l, c || cell_c)
    });
    if !latin && !cyr {
        return Ok(());
    }
    let other = |shown_latin: bool| {
        if shown_latin {
            Script::Latin
        } else {
            Script::Cyrillic
        }
    };
    match rule {
        ScriptRule::Cyrillic if !cyr => {
            return Err(ScriptProblem::WrongScript {
                expected: Script::Cyrillic,
                found: other(latin),
            });
        }
        ScriptRule::Latin if !latin => {
            return Err(ScriptProblem::WrongScript {
                expected: Script::Latin,
                found: other(latin),
            });
        }
        ScriptRule::Both if !cyr => return Err(ScriptProblem::MissingScript(Script::Cyrillic)),
        ScriptRule::Both if !latin => return Err(ScriptProblem::MissingScript(Script::Latin)),
        _ => {}
    }
    let mixed: Vec<MixedWord> = cells.iter().flat_map(|cell| mixed_words(cell)).collect();
    if mixed.is_empty() {
        Ok(())
    } else {
        Err(ScriptProblem::Mixed(mixed))
    }
}

/// Which scripts a cell shows, (Latin, Cyrillic): each word counts for its
/// intended alphabet with all its letters, and a script is shown when it
/// holds at least a third of the letters.
fn scripts_shown(cell: &str) -> (bool, bool) {
    let context = Alphabet::of_script(script_of(cell));
    let (mut latin, mut cyrillic) = (0usize, 0usize);
    for w in words(cell) {
        let tally = Tally::of(w.text);
        match tally.intended(context) {
            Some(Alphabet::Latin) => latin += tally.letters(),
            Some(Alphabet::Cyrillic) => cyrillic += tally.letters(),
            None => {}
        }
    }
    let total = latin + cyrillic;
    (
        latin > 0 && latin * 3 >= total,
        cyrillic > 0 && cyrillic * 3 >= total,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::tests::{LATIN_A, LATIN_C};

    // ---- meets_script_rule ----

    #[test]
    fn cyrillic_required_latin_given_is_wrong_script() {
        assert_eq!(
            meets_script_rule(ScriptRule::Cyrillic, Some("Opština Prizren"), None),
            Err(ScriptProblem::WrongScript {
                expected: Script::Cyrillic,
                found: Script::Latin,
            })
        );
        assert_eq!(
            meets_script_rule(ScriptRule::Cyrillic, Some("Општина Призрен"), None),
            Ok(())
        );
        // a separate Cyrillic cell satisfies the rule
        assert_eq!(
            meets_script_rule(
                ScriptRule::Cyrillic,
                Some("Opština Prizren"),
                Some("Општина Призрен")
            ),
            Ok(())
        );
    }

    #[test]
    fn latin_required_cyrillic_given_is_wrong_script() {
        assert_eq!(
            meets_script_rule(ScriptRule::Latin, Some("Општина Призрен"), None),
            Err(ScriptProblem::WrongScript {
                expected: Script::Latin,
                found: Script::Cyrillic,
            })
        );
        assert_eq!(
            meets_script_rule(ScriptRule::Latin, Some("Opština Prizren"), None),
            Ok(())
        );
    }

    #[test]
    fn either_accepts_each_script() {
        for text in ["Opština Prizren", "Општина Призрен", "Opština / Општина"]
        {
            assert_eq!(
                meets_script_rule(ScriptRule::Either, Some(text), None),
                Ok(()),
                "{text}"
            );
        }
        assert_eq!(
            meets_script_rule(ScriptRule::Either, None, Some("Општина")),
            Ok(())
        );
    }

    #[test]
    fn both_needs_each_script() {
        assert_eq!(
            meets_script_rule(ScriptRule::Both, Some("Opština Prizren"), None),
            Err(ScriptProblem::MissingScript(Script::Cyrillic))
        );
        assert_eq!(
            meets_script_rule(ScriptRule::Both, Some("Општина Призрен"), None),
            Err(ScriptProblem::MissingScript(Script::Latin))
        );
        assert_eq!(
            meets_script_rule(
                ScriptRule::Both,
                Some("Opština Prizren"),
                Some("Општина Призрен")
            ),
            Ok(())
        );
        // one column holding both scripts
        assert_eq!(
            meets_script_rule(
                ScriptRule::Both,
                Some("Opština Prizren / Општина Призрен"),
                None
            ),
            Ok(())
        );
    }

    #[test]
    fn a_cell_is_judged_by_its_content_not_its_column() {
        // Latin text pasted into the Cyrillic column
        assert_eq!(
            meets_script_rule(ScriptRule::Both, Some("Opština"), Some("Opština")),
            Err(ScriptProblem::MissingScript(Script::Cyrillic))
        );
        // the single Serbian column may hold Cyrillic
        assert_eq!(
            meets_script_rule(ScriptRule::Cyrillic, Some("Општина"), None),
            Ok(())
        );
    }

    #[test]
    fn a_latin_acronym_does_not_show_the_text_in_latin() {
        let text = "Општина Призрен – бесплатан WiFi";
        assert_eq!(
            meets_script_rule(ScriptRule::Cyrillic, Some(text), None),
            Ok(())
        );
        assert_eq!(
            meets_script_rule(ScriptRule::Both, Some(text), None),
            Err(ScriptProblem::MissingScript(Script::Latin))
        );
    }

    #[test]
    fn hidden_look_alikes_break_the_rule() {
        let text = format!("Општин{LATIN_A} Призрен");
        let Err(ScriptProblem::Mixed(words)) =
            meets_script_rule(ScriptRule::Cyrillic, Some(&text), None)
        else {
            panic!("expected mixed words");
        };
        assert_eq!(words.len(), 1);
        assert_eq!(words[0].intruders, vec![LATIN_A]);
        // mixed words of both cells are reported
        let cyr = format!("{LATIN_C}рбија");
        let Err(ScriptProblem::Mixed(words)) =
            meets_script_rule(ScriptRule::Both, Some("Prizrеn Srbija"), Some(&cyr))
        else {
            panic!("expected mixed words");
        };
        assert_eq!(words.len(), 2);
        assert_eq!(words[0].word, "Prizrеn");
        assert_eq!(words[1].word, cyr);
    }

    #[test]
    fn wrong_script_is_reported_before_mixed_words() {
        assert_eq!(
            meets_script_rule(ScriptRule::Cyrillic, Some("Opština Prizrеn"), None),
            Err(ScriptProblem::WrongScript {
                expected: Script::Cyrillic,
                found: Script::Latin,
            })
        );
    }

    #[test]
    fn a_text_without_letters_breaks_no_script_rule() {
        for rule in [
            ScriptRule::Cyrillic,
            ScriptRule::Latin,
            ScriptRule::Either,
            ScriptRule::Both,
        ] {
            assert_eq!(meets_script_rule(rule, Some("112"), None), Ok(()));
            assert_eq!(meets_script_rule(rule, Some(""), Some(" ")), Ok(()));
            assert_eq!(meets_script_rule(rule, None, None), Ok(()));
        }
    }

    #[test]
    fn script_rule_parses_criteria_spellings() {
        assert_eq!(ScriptRule::parse("Cyrillic"), Some(ScriptRule::Cyrillic));
        assert_eq!(ScriptRule::parse(" cyrl "), Some(ScriptRule::Cyrillic));
        assert_eq!(ScriptRule::parse("LATIN"), Some(ScriptRule::Latin));
        assert_eq!(ScriptRule::parse("latn"), Some(ScriptRule::Latin));
        assert_eq!(ScriptRule::parse("either"), Some(ScriptRule::Either));
        assert_eq!(ScriptRule::parse("any"), Some(ScriptRule::Either));
        assert_eq!(ScriptRule::parse("Both"), Some(ScriptRule::Both));
        assert_eq!(ScriptRule::parse("ćirilica"), None);
        assert_eq!(ScriptRule::parse(""), None);
    }
}
