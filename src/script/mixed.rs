//! Words that hide letters of the other alphabet, and their repair.

use super::{Alphabet, Script, Tally, alphabet, look_alike, script_of, words};

/// A word whose letters come from both alphabets, usually a Latin "a",
/// "C" or "e" typed inside a Cyrillic word. Such a word looks right but
/// is not found by search and is misread by screen readers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MixedWord {
    pub word: String,
    /// 1-based index of the word in the text, counting numbers as words.
    pub position: usize,
    /// 0-based offset of the word's first character, in characters.
    pub char_offset: usize,
    /// The alphabet the word is meant to be in: [`Script::Latin`] or
    /// [`Script::Cyrillic`].
    pub intended: Script,
    /// The letters from the other alphabet, in the order they occur.
    pub intruders: Vec<char>,
}

impl MixedWord {
    /// The word with each intruder replaced by its look-alike from the
    /// intended alphabet, so a report can show the fix; `None` when an
    /// intruder has no look-alike (a real slip between keyboards, not a
    /// homoglyph) and the right letter cannot be known.
    pub fn corrected(&self) -> Option<String> {
        let into = Alphabet::of_script(self.intended)?;
        self.word
            .chars()
            .map(|c| match alphabet(c) {
                Some(a) if a != into => look_alike(c, into),
                _ => Some(c),
            })
            .collect()
    }
}

/// Every word (split on whitespace and punctuation) that mixes letters of
/// both alphabets. The intended alphabet is the one of the word's clearly
/// visible letters (those without a look-alike), since those are the ones
/// the writer saw and accepted; when both or neither alphabet has such
/// letters, the majority of its letters decides, then the rest of the
/// text, then the word's first letter.
pub fn mixed_words(text: &str) -> Vec<MixedWord> {
    let tally = Tally::of(text);
    // A word mixes the alphabets only in a text that does.
    if !tally.is_mixed() {
        return Vec::new();
    }
    let context = Alphabet::of_script(tally.script());
    words(text)
        .into_iter()
        .filter_map(|w| {
            let tally = Tally::of(w.text);
            if !tally.is_mixed() {
                return None;
            }
            let intended = tally.intended(context)?;
            Some(MixedWord {
                word: w.text.to_string(),
                position: w.position,
                char_offset: w.char_offset,
                intended: intended.script(),
                intruders: w
                    .text
                    .chars()
                    .filter(|&c| alphabet(c).is_some_and(|a| a != intended))
                    .collect(),
            })
        })
        .collect()
}

/// The text with every look-alike intruder in a mixed word replaced by
/// its twin from the word's intended alphabet.
pub(super) fn repair_look_alikes(text: &str) -> String {
    let context = Alphabet::of_script(script_of(text));
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    for w in words(text) {
        out.push_str(text.get(done..w.start).unwrap_or(""));
        let tally = Tally::of(w.text);
        match tally.intended(context).filter(|_| tally.is_mixed()) {
            Some(into) => out.extend(w.text.chars().map(|c| match alphabet(c) {
                Some(a) if a != into => look_alike(c, into).unwrap_or(c),
                _ => c,
            })),
            None => out.push_str(w.text),
        }
        done = w.end;
    }
    out.push_str(text.get(done..).unwrap_or(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::tests::{LATIN_A, LATIN_C};

    // ---- mixed_words ----

    #[test]
    fn cyrillic_word_with_a_latin_a() {
        let text = format!("Општин{LATIN_A} Призрен");
        let found = mixed_words(&text);
        assert_eq!(
            found,
            vec![MixedWord {
                word: format!("Општин{LATIN_A}"),
                position: 1,
                char_offset: 0,
                intended: Script::Cyrillic,
                intruders: vec![LATIN_A],
            }]
        );
        assert_eq!(
            found.first().and_then(MixedWord::corrected).as_deref(),
            Some("Општина")
        );
    }

    #[test]
    fn cyrillic_word_with_a_latin_c_reports_word_and_position() {
        let text = format!("Република {LATIN_C}рбија");
        let found = mixed_words(&text);
        assert_eq!(found.len(), 1);
        let w = &found[0];
        assert_eq!(w.word, format!("{LATIN_C}рбија"));
        assert_eq!(w.position, 2);
        assert_eq!(w.char_offset, 10);
        assert_eq!(w.intended, Script::Cyrillic);
        assert_eq!(w.intruders, vec![LATIN_C]);
        assert_eq!(w.corrected().as_deref(), Some("Србија"));
    }

    #[test]
    fn offsets_count_characters_and_numbers_count_as_words() {
        // "Шта" and "је" are two-byte letters; "5" is word 3
        let text = format!("Шта је 5 {LATIN_C}рбија?");
        let found = mixed_words(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].position, 4);
        assert_eq!(found[0].char_offset, 9);
    }

    #[test]
    fn punctuation_splits_words() {
        let text = format!("Zyra-Општин{LATIN_A}, 2026");
        let found = mixed_words(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].word, format!("Општин{LATIN_A}"));
        assert_eq!(found[0].position, 2);
        assert_eq!(found[0].char_offset, 5);
    }

    #[test]
    fn every_intruder_is_listed_in_order() {
        let text = "Cрбијa"; // Latin C and Latin a
        let found = mixed_words(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].intruders, vec!['C', 'a']);
        assert_eq!(found[0].corrected().as_deref(), Some("Србија"));
    }

    #[test]
    fn latin_word_with_a_cyrillic_e() {
        let found = mixed_words("Opština Prizrеn"); // Cyrillic е U+0435
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].intended, Script::Latin);
        assert_eq!(found[0].intruders, vec!['е']);
        assert_eq!(found[0].position, 2);
        assert_eq!(found[0].char_offset, 8);
        assert_eq!(found[0].corrected().as_deref(), Some("Prizren"));
    }

    #[test]
    fn visible_letters_decide_the_intended_alphabet_over_look_alikes() {
        // Latin K, A, E around a Cyrillic Ф: most letters are Latin, but
        // the reader sees the Cyrillic word "КАФЕ"
        let found = mixed_words("KAФE");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].intended, Script::Cyrillic);
        assert_eq!(found[0].intruders, vec!['K', 'A', 'E']);
        assert_eq!(found[0].corrected().as_deref(), Some("КАФЕ"));
    }

    #[test]
    fn majority_decides_when_both_alphabets_are_visible() {
        let found = mixed_words("Ulaз"); // Cyrillic з has no Latin twin
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].intended, Script::Latin);
        assert_eq!(found[0].intruders, vec!['з']);
        assert_eq!(found[0].corrected(), None);
    }

    #[test]
    fn the_rest_of_the_text_breaks_a_tie() {
        // "Оk" (Cyrillic О, Latin k) is no tie: k has no twin, so the
        // reader sees a Latin word
        assert_eq!(mixed_words("Оk")[0].intended, Script::Latin);
        // "ОK" (Cyrillic О, Latin K), all look-alikes, 1 : 1 —
        // the Cyrillic text around it decides
        let found = mixed_words("Соба ОK");
        assert_eq!(found[0].intended, Script::Cyrillic);
        assert_eq!(found[0].intruders, vec!['K']);
        let found = mixed_words("Sala ОK");
        assert_eq!(found[0].intended, Script::Latin);
        assert_eq!(found[0].intruders, vec!['О']);
    }

    #[test]
    fn clean_texts_have_no_mixed_words() {
        assert!(mixed_words("Општина Призрен").is_empty());
        assert!(mixed_words("Opština Prizren").is_empty());
        assert!(mixed_words("Opština / Општина").is_empty());
        assert!(mixed_words("OKO ОКО").is_empty());
        assert!(mixed_words("2026 – №5").is_empty());
        assert!(mixed_words("").is_empty());
    }

    #[test]
    fn a_text_in_one_alphabet_per_word_has_no_mixed_words() {
        assert!(mixed_words("Opština / Општина").is_empty());
        assert!(mixed_words("Zyra").is_empty());
        assert_eq!(mixed_words("Opština Oпштина")[0].word, "Oпштина");
    }
}
