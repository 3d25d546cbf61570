//! Texts copied untranslated into the other language's column, and the
//! proper names that are rightly the same in both.

use super::mixed::repair_look_alikes;
use super::{Alphabet, alphabet};
use crate::text::{fold_in_script as fold, serbian_latin};

/// Whether `second` is `first` copied instead of translated: equal after
/// folding case, spacing, punctuation and diacritics, with Serbian Cyrillic
/// read as Latin ("Призрен" equals "Prizren") and hidden look-alike letters
/// repaired. A text made only of `proper_names` (plus numbers) is not a
/// copy, because such names are rightly the same in both languages
/// ("Prizren", "Junik 2026"); nor is a text without any word to translate.
pub fn is_untranslated_copy(first: &str, second: &str, proper_names: &[&str]) -> bool {
    ProperNames::new(proper_names).is_untranslated_copy(first, second)
}

/// Proper names prepared once (reduced to the words a comparison sees), for
/// checking many signs against the same list: reducing every name again for
/// every sign cost more than the sign itself.
#[derive(Debug, Default)]
pub struct ProperNames(Vec<Vec<String>>);

impl ProperNames {
    pub fn new(names: &[&str]) -> ProperNames {
        ProperNames(
            names
                .iter()
                .map(|n| comparable_words(n))
                .filter(|n| !n.is_empty())
                .collect(),
        )
    }

    /// See [`is_untranslated_copy`].
    pub fn is_untranslated_copy(&self, first: &str, second: &str) -> bool {
        self.first_copy(first, [((), second)]).is_some()
    }

    /// The first of `others` (each with a tag to return) that is `first`
    /// copied instead of translated, with `first` reduced once for all.
    pub fn first_copy<'t, T>(
        &self,
        first: &str,
        others: impl IntoIterator<Item = (T, &'t str)>,
    ) -> Option<T> {
        let mine = comparable_words(first);
        others
            .into_iter()
            .find(|(_, second)| {
                let theirs = comparable_words(second);
                mine == theirs && !only_names(&theirs, &self.0)
            })
            .map(|(tag, _)| tag)
    }
}

/// The words of a text reduced to what a translation must change: look-
/// alikes repaired, Cyrillic read as Latin, then case, diacritics and
/// punctuation dropped.
fn comparable_words(text: &str) -> Vec<String> {
    // Without a Cyrillic letter no word mixes alphabets and nothing is
    // transliterated: most texts are folded as they are.
    let folded = if text
        .chars()
        .any(|c| alphabet(c) == Some(Alphabet::Cyrillic))
    {
        fold(&serbian_latin(&repair_look_alikes(text)))
    } else {
        fold(text)
    };
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether every word with letters is covered by a proper name; numbers
/// need no translation and are skipped. Tried at every split, so an
/// overlapping shorter name cannot hide a longer one.
fn only_names(words: &[String], names: &[Vec<String>]) -> bool {
    let mut reach = vec![false; words.len() + 1];
    if let Some(start) = reach.first_mut() {
        *start = true;
    }
    for i in 0..words.len() {
        if !reach.get(i).copied().unwrap_or(false) {
            continue;
        }
        let mut ends: Vec<usize> = names
            .iter()
            .filter(|name| words.get(i..i + name.len()) == Some(name.as_slice()))
            .map(|name| i + name.len())
            .collect();
        if words
            .get(i)
            .is_some_and(|w| !w.chars().any(char::is_alphabetic))
        {
            ends.push(i + 1);
        }
        for end in ends {
            if let Some(r) = reach.get_mut(end) {
                *r = true;
            }
        }
    }
    reach.last().copied().unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    // ---- is_untranslated_copy ----

    const NAMES: [&str; 4] = ["Prizren", "Junik", "Zubin Potok", "Priština"];

    #[test]
    fn copy_despite_case_and_spacing() {
        assert!(is_untranslated_copy(
            "Zyra e pritjes",
            "zyra e  pritjes",
            &NAMES
        ));
        assert!(is_untranslated_copy(
            "Zyra e pritjes",
            " ZYRA E PRITJES ",
            &[]
        ));
    }

    #[test]
    fn copy_despite_diacritics_and_punctuation() {
        assert!(is_untranslated_copy("Shërbimet", "Sherbimet", &[]));
        assert!(is_untranslated_copy(
            "Zyra e pritjes.",
            "Zyra e pritjes",
            &[]
        ));
        assert!(is_untranslated_copy("Hyrja – Dalja", "Hyrja - Dalja", &[]));
    }

    #[test]
    fn a_translation_is_not_a_copy() {
        assert!(!is_untranslated_copy("Hyrja", "Ulaz", &NAMES));
        assert!(!is_untranslated_copy(
            "Komuna e Prizrenit",
            "Opština Prizren",
            &NAMES
        ));
        assert!(!is_untranslated_copy(
            "Zyra e pritjes",
            "Zyra e pritjes 2",
            &[]
        ));
    }

    #[test]
    fn a_proper_name_alone_is_not_a_copy() {
        assert!(!is_untranslated_copy("Prizren", "Prizren", &NAMES));
        assert!(!is_untranslated_copy("PRIZREN", "prizren", &NAMES));
        assert!(!is_untranslated_copy("Prizren", "Призрен", &NAMES));
        assert!(!is_untranslated_copy("Zubin Potok", "Зубин Поток", &NAMES));
        assert!(!is_untranslated_copy("Pristina", "Приштина", &NAMES));
        // but without the name list it is a copy
        assert!(is_untranslated_copy("Prizren", "Prizren", &[]));
    }

    #[test]
    fn proper_names_with_numbers_and_punctuation_are_not_a_copy() {
        assert!(!is_untranslated_copy("Junik 2026", "Junik 2026", &NAMES));
        assert!(!is_untranslated_copy(
            "Prizren – Junik",
            "Prizren - Junik",
            &NAMES
        ));
        assert!(!is_untranslated_copy(
            "Zubin Potok, 2026",
            "Zubin Potok, 2026",
            &NAMES
        ));
    }

    #[test]
    fn a_text_beyond_proper_names_is_a_copy() {
        assert!(is_untranslated_copy(
            "Komuna e Prizrenit",
            "Komuna e Prizrenit",
            &NAMES
        ));
        assert!(is_untranslated_copy(
            "Komuna Prizren",
            "Komuna Prizren",
            &NAMES
        ));
        // only part of a two-word name is known
        assert!(is_untranslated_copy(
            "Zubin Potok",
            "Zubin Potok",
            &["Zubin"]
        ));
    }

    #[test]
    fn a_cyrillic_transliteration_is_a_copy() {
        assert!(is_untranslated_copy(
            "Komuna e Prizrenit",
            "Комуна е Призренит",
            &NAMES
        ));
        assert!(is_untranslated_copy(
            "Sallë e takimeve",
            "Салле е такимеве",
            &NAMES
        ));
        assert!(is_untranslated_copy("Ljubljana", "ЉУБЉАНА", &[]));
    }

    #[test]
    fn hidden_look_alikes_do_not_hide_a_copy() {
        // Latin C typed for Cyrillic С
        assert!(is_untranslated_copy("Srbija", "Cрбија", &[]));
        // Cyrillic е typed inside a Latin word
        assert!(is_untranslated_copy(
            "Komuna e Prizrenit",
            "Komuna е Prizrenit",
            &[]
        ));
    }

    #[test]
    fn names_may_be_listed_in_cyrillic() {
        assert!(!is_untranslated_copy("Prizren", "Prizren", &["Призрен"]));
    }

    #[test]
    fn texts_without_words_are_not_copies() {
        assert!(!is_untranslated_copy("112", "112", &[]));
        assert!(!is_untranslated_copy("", "", &[]));
        assert!(!is_untranslated_copy(" – ", "–", &[]));
    }

    #[test]
    fn prepared_names_judge_like_names_reduced_for_every_sign() {
        let names = [
            "Prizren",
            "Kosovo Police",
            "Junik 2026",
            "Призрен",
            "Ljubljana",
        ];
        let prepared = ProperNames::new(&names);
        let reduced_for_this_sign = |first: &str, second: &str| {
            let theirs = comparable_words(second);
            if comparable_words(first) != theirs {
                return false;
            }
            let reduced: Vec<Vec<String>> = names
                .iter()
                .map(|n| comparable_words(n))
                .filter(|n| !n.is_empty())
                .collect();
            !only_names(&theirs, &reduced)
        };
        let texts = [
            "Prizren",
            "Призрен",
            "PRIZREN 2026",
            "Komuna e Prizrenit",
            "Комуна е Призренит",
            "Kosovo Police",
            "Kosovo Police, Prizren",
            "Policia e Kosovës",
            "Ljubljana",
            "ЉУБЉАНА",
            "Cрбија",
            "Srbija",
            "12",
            "",
        ];
        for first in texts {
            for second in texts {
                assert_eq!(
                    prepared.is_untranslated_copy(first, second),
                    reduced_for_this_sign(first, second),
                    "{first:?} / {second:?}"
                );
            }
        }
    }

    #[test]
    fn the_first_copy_among_several_texts_is_named() {
        let names = ProperNames::new(&["Prizren"]);
        let others = [(1, "Ulaz"), (2, "Hyrja"), (3, "HYRJA")];
        assert_eq!(names.first_copy("Hyrja", others), Some(2));
        assert_eq!(names.first_copy("Prizren", [(1, "Призрен")]), None);
        assert_eq!(names.first_copy("Hyrja", Vec::<(u8, &str)>::new()), None);
    }

    #[test]
    fn texts_without_cyrillic_reduce_as_when_repaired_and_transliterated() {
        for text in [
            "Komuna e Prizrenit",
            "Zyra 5 – Hyrja, kati II",
            "ÆØÅ ß Ωmega ﬁnance",
            "Gjakove\u{0308} Pris\u{030C}tina",
            "",
        ] {
            let repaired = fold(&serbian_latin(&repair_look_alikes(text)));
            let expected: Vec<String> = repaired
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            assert_eq!(comparable_words(text), expected, "{text:?}");
        }
    }
}
