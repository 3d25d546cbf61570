//! Known names written without (some of) their diacritics.

use super::words;
use crate::text::fold_in_script as fold;
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// A known name written with fewer diacritics than it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LostDiacritics {
    /// The text as written, e.g. "Pristina".
    pub found: String,
    /// The known spelling in the case the text used, e.g. "Priština".
    pub intended: String,
    /// 0-based offset of `found` in the text, in characters.
    pub char_offset: usize,
}

/// Known names in `text` written without (some of) their diacritics:
/// "Pristina" for "Priština", "GJAKOVE" for "Gjakovë". Names of several
/// words ("Mitrovicë e Veriut") are matched as a whole, the longest known
/// name first. A name written correctly, differing only by case, or
/// carrying more marks than the known spelling is not reported: only the
/// loss of diacritics is a typical fault, anything else may be deliberate.
pub fn lost_diacritics(text: &str, known: &[&str]) -> Vec<LostDiacritics> {
    KnownNames::new(known).lost_diacritics(text)
}

/// Known names prepared once (normalised and folded, and indexed by their
/// folded form), for checking many texts against the same list.
pub struct KnownNames {
    names: Vec<KnownName>,
    /// Folded name → the names with that form, in the order given.
    by_folded: HashMap<String, Vec<usize>>,
    /// The most words in a name.
    longest: usize,
}

impl KnownNames {
    pub fn new(known: &[&str]) -> KnownNames {
        let names: Vec<KnownName> = known.iter().filter_map(|k| KnownName::new(k)).collect();
        let mut by_folded: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, k) in names.iter().enumerate() {
            by_folded.entry(k.folded.clone()).or_default().push(i);
        }
        let longest = names.iter().map(|k| k.words).max().unwrap_or(0);
        KnownNames {
            names,
            by_folded,
            longest,
        }
    }

    /// See [`lost_diacritics`].
    pub fn lost_diacritics(&self, text: &str) -> Vec<LostDiacritics> {
        lost_in(text, self)
    }

    /// Whether a name of `words` words folds to a key starting with `prefix`.
    fn may_start(&self, words: usize, prefix: &str) -> bool {
        self.names
            .iter()
            .any(|k| k.words == words && k.folded.starts_with(prefix))
    }

    /// The names of `words` words that fold to `folded`, in the order given.
    fn folding_to(&self, folded: &str, words: usize) -> Vec<&KnownName> {
        self.by_folded
            .get(folded)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.names.get(i))
            .filter(|k| k.words == words)
            .collect()
    }
}

fn lost_in(text: &str, known: &KnownNames) -> Vec<LostDiacritics> {
    let longest = known.longest;
    let ws = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let mut advance = 1;
        // Folding goes letter by letter, so a span of words folds to a key
        // that starts with its first word's: spans no name of that length
        // starts like are not folded at all.
        let first = ws.get(i).map(|w| fold(w.text)).unwrap_or_default();
        for n in (1..=longest).rev() {
            let (Some(head), Some(tail)) = (ws.get(i), ws.get(i + n - 1)) else {
                continue;
            };
            let Some(found) = text.get(head.start..tail.end) else {
                continue;
            };
            let spanned;
            let folded = match n {
                1 => &first,
                _ if known.may_start(n, &first) => {
                    spanned = fold(found);
                    &spanned
                }
                _ => continue,
            };
            // Folding decomposes, so the composed text folds alike: it is
            // composed only for the rare span that names a known name.
            let candidates = known.folding_to(folded, n);
            if candidates.is_empty() {
                continue;
            }
            let written: String = found.nfc().collect();
            advance = n;
            out.extend(lost_among(&candidates, found, &written, head.char_offset));
            break;
        }
        i += advance;
    }
    out
}

/// A known name prepared for matching.
struct KnownName {
    spelling: String,
    folded: String,
    words: usize,
    diacritics: usize,
}

impl KnownName {
    fn new(name: &str) -> Option<KnownName> {
        let spelling: String = name.trim().nfc().collect();
        let words = words(&spelling).len();
        (words > 0).then(|| KnownName {
            folded: fold(&spelling),
            diacritics: diacritics(&spelling),
            words,
            spelling,
        })
    }
}

/// The known name `found` (composed: `written`) lost diacritics from, among
/// the names it folds to: none when it is spelt as one of them, else the
/// one with the most marks beyond its own (the first listed on a tie).
fn lost_among(
    candidates: &[&KnownName],
    found: &str,
    written: &str,
    char_offset: usize,
) -> Option<LostDiacritics> {
    let lower = written.to_lowercase();
    if candidates
        .iter()
        .any(|k| k.spelling.to_lowercase() == lower)
    {
        return None;
    }
    let marks = diacritics(written);
    let best = candidates
        .iter()
        .rev()
        .filter(|k| k.diacritics > marks)
        .max_by_key(|k| k.diacritics)?;
    Some(LostDiacritics {
        found: found.to_string(),
        intended: with_case_of(&best.spelling, written),
        char_offset,
    })
}

/// How many letters carry a diacritic, i.e. change when folded beyond
/// their case ("Priština" has one, "Đakovica" one).
fn diacritics(text: &str) -> usize {
    let mut buf = [0u8; 4];
    text.nfc()
        .filter(|&c| {
            c.is_alphabetic() && fold(c.encode_utf8(&mut buf)) != c.to_lowercase().to_string()
        })
        .count()
}

/// `spelling` in the case `written` used, letter by letter, so "PRISTINA"
/// is corrected to "PRIŠTINA" and not to "Priština".
fn with_case_of(spelling: &str, written: &str) -> String {
    if spelling.chars().count() == written.chars().count() {
        spelling
            .chars()
            .zip(written.chars())
            .flat_map(|(s, w)| -> Vec<char> {
                if w.is_uppercase() {
                    s.to_uppercase().collect()
                } else if w.is_lowercase() {
                    s.to_lowercase().collect()
                } else {
                    vec![s]
                }
            })
            .collect()
    } else if written.chars().any(char::is_alphabetic)
        && written
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        spelling.to_uppercase()
    } else {
        spelling.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // ---- lost_diacritics ----

    const KNOWN: [&str; 5] = [
        "Priština",
        "Gjakovë",
        "Mitrovicë e Veriut",
        "Mitrovicë",
        "Đakovica",
    ];

    #[test]
    fn pristina_lost_its_caron() {
        assert_eq!(
            lost_diacritics("Pristina", &KNOWN),
            vec![LostDiacritics {
                found: "Pristina".to_string(),
                intended: "Priština".to_string(),
                char_offset: 0,
            }]
        );
        let found = lost_diacritics("Opština Pristina, 2026", &KNOWN);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].char_offset, 8);
    }

    #[test]
    fn gjakove_lost_its_diaeresis() {
        assert_eq!(
            lost_diacritics("Komuna e Gjakove", &KNOWN),
            vec![LostDiacritics {
                found: "Gjakove".to_string(),
                intended: "Gjakovë".to_string(),
                char_offset: 9,
            }]
        );
        assert_eq!(lost_diacritics("Dakovica", &KNOWN)[0].intended, "Đakovica");
    }

    #[test]
    fn capitals_count_and_keep_their_case() {
        let found = lost_diacritics("KOMUNA E PRISTINA", &KNOWN);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].found, "PRISTINA");
        assert_eq!(found[0].intended, "PRIŠTINA");
        assert_eq!(found[0].char_offset, 9);
    }

    #[test]
    fn correct_names_and_case_differences_are_not_reported() {
        assert!(lost_diacritics("Priština", &KNOWN).is_empty());
        assert!(lost_diacritics("PRIŠTINA", &KNOWN).is_empty());
        assert!(lost_diacritics("priština", &KNOWN).is_empty());
        assert!(lost_diacritics("Gjakovë e Mitrovicë", &KNOWN).is_empty());
        // the same name in decomposed form
        assert!(lost_diacritics("Pris\u{30C}tina", &KNOWN).is_empty());
        // more marks than the known spelling is another matter
        assert!(lost_diacritics("Prištiná", &KNOWN).is_empty());
        // words that merely contain a name
        assert!(lost_diacritics("Pristinas Gjakoves", &KNOWN).is_empty());
    }

    #[test]
    fn multi_word_names_are_matched_whole() {
        assert_eq!(
            lost_diacritics("Komuna e Mitrovice e Veriut", &KNOWN),
            vec![LostDiacritics {
                found: "Mitrovice e Veriut".to_string(),
                intended: "Mitrovicë e Veriut".to_string(),
                char_offset: 9,
            }]
        );
        assert_eq!(
            lost_diacritics("Mitrovice  e Veriut", &KNOWN)[0].intended,
            "Mitrovicë e Veriut"
        );
        // punctuation breaks the name: only the single-word name is found
        let found = lost_diacritics("Mitrovice, e Veriut", &KNOWN);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].found, "Mitrovice");
        assert_eq!(found[0].intended, "Mitrovicë");
        assert!(lost_diacritics("Mitrovicë e Veriut", &KNOWN).is_empty());
    }

    #[test]
    fn every_occurrence_is_reported() {
        let found = lost_diacritics("Pristina – Gjakove – Pristina", &KNOWN);
        let offsets: Vec<usize> = found.iter().map(|f| f.char_offset).collect();
        assert_eq!(offsets, vec![0, 11, 21]);
    }

    #[test]
    fn nothing_known_nothing_reported() {
        assert!(lost_diacritics("Pristina", &[]).is_empty());
        assert!(lost_diacritics("Pristina", &["", " – "]).is_empty());
        assert!(lost_diacritics("", &KNOWN).is_empty());
    }

    #[test]
    fn diacritics_are_counted_per_letter() {
        assert_eq!(diacritics("Priština"), 1);
        assert_eq!(diacritics("Đakovica"), 1);
        assert_eq!(diacritics("Çarshia e Gjakovës"), 2);
        assert_eq!(diacritics("PRIŠTINA"), 1);
        assert_eq!(diacritics("Pristina"), 0);
    }

    /// The spans of a text folded the way they were before the names were
    /// indexed: composed first, and compared with every name in turn.
    fn lost_by_comparing_every_name(text: &str, known: &KnownNames) -> Vec<LostDiacritics> {
        let ws = words(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            let mut advance = 1;
            for n in (1..=known.longest).rev() {
                let (Some(head), Some(tail)) = (ws.get(i), ws.get(i + n - 1)) else {
                    continue;
                };
                let found = &text[head.start..tail.end];
                let written: String = found.nfc().collect();
                let folded = fold(&written);
                let candidates: Vec<&KnownName> = known
                    .names
                    .iter()
                    .filter(|k| k.words == n && k.folded == folded)
                    .collect();
                if candidates.is_empty() {
                    continue;
                }
                advance = n;
                out.extend(lost_among(&candidates, found, &written, head.char_offset));
                break;
            }
            i += advance;
        }
        out
    }

    #[test]
    fn indexed_names_find_what_comparing_every_name_found() {
        let known = KnownNames::new(&[
            "Priština",
            "Pristina",
            "Gjakovë",
            "Mitrovicë e Veriut",
            "Mitrovicë",
            "Đakovica",
            "Ðakovica",
            "Приштина",
            "Prizren",
        ]);
        for text in [
            "Pristina",
            "Pris\u{030C}tina",
            "Opština Pristina, 2026",
            "KOMUNA E PRISTINA",
            "Komuna e Gjakove",
            "Komuna e Gjakove\u{0308}",
            "Mitrovice e Veriut / Mitrovice",
            "Dakovica Đakovica DAKOVICA",
            "Pristina Приштина Pristina",
            "Prizren",
            "",
        ] {
            assert_eq!(
                known.lost_diacritics(text),
                lost_by_comparing_every_name(text, &known),
                "{text:?}"
            );
        }
        assert!(known.lost_diacritics("Pris\u{030C}tina").is_empty());
    }
}
