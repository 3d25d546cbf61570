//! Which alphabet a sign's text is written in, and the faults real sign
//! texts carry: Latin look-alikes typed inside Cyrillic words (and the
//! reverse), texts copied untranslated into the other language's column,
//! and place names that lost their diacritics.
//!
//! Serbian is written in Cyrillic and in Latin, and the law names neither,
//! so a Serbian cell may hold either script and the criteria say which one
//! a sign must show; what counts is what a reader sees, and hidden
//! look-alike letters are reported separately because they break search,
//! sorting and screen readers without being visible.

mod copy;
mod diacritics;
mod mixed;
mod rule;

pub use copy::{ProperNames, is_untranslated_copy};
pub use diacritics::{KnownNames, LostDiacritics, lost_diacritics};
pub use mixed::{MixedWord, mixed_words};
pub use rule::{ScriptProblem, ScriptRule, meets_script_rule};

use unicode_normalization::char::is_combining_mark;

/// The alphabet of a text's letters, as a reader sees them; serialised by
/// the name results.json and the catalogues use (`latin` …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Latin,
    Cyrillic,
    /// Letters that can only be Latin and letters that can only be
    /// Cyrillic, side by side.
    Mixed,
    /// No Latin or Cyrillic letter at all (numbers, punctuation, empty).
    #[serde(rename = "none")]
    Neither,
}

impl Script {
    /// The alphabet as results.json and the message catalogues name it
    /// (`script_latin` …).
    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "latin",
            Script::Cyrillic => "cyrillic",
            Script::Mixed => "mixed",
            Script::Neither => "none",
        }
    }
}

impl std::fmt::Display for Script {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Which alphabet the letters of `text` use. Digits, punctuation and
/// spaces are neutral; letters that look alike in both alphabets ("A",
/// "О", "е" …) never make a text mixed, because a reader cannot see them
/// as foreign. A text of look-alikes only ("OKO") takes the alphabet its
/// letters are actually encoded in.
pub fn script_of(text: &str) -> Script {
    Tally::of(text).script()
}

/// One of the two alphabets; [`Script`] also has the verdicts "mixed"
/// and "neither", which a single letter cannot have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Alphabet {
    Latin,
    Cyrillic,
}

impl Alphabet {
    fn script(self) -> Script {
        match self {
            Alphabet::Latin => Script::Latin,
            Alphabet::Cyrillic => Script::Cyrillic,
        }
    }

    fn of_script(script: Script) -> Option<Alphabet> {
        match script {
            Script::Latin => Some(Alphabet::Latin),
            Script::Cyrillic => Some(Alphabet::Cyrillic),
            Script::Mixed | Script::Neither => None,
        }
    }
}

/// The alphabet of a letter; `None` for digits, punctuation, marks and
/// letters of other alphabets (Greek …), which say nothing about Serbian
/// script.
fn alphabet(c: char) -> Option<Alphabet> {
    if !c.is_alphabetic() {
        return None;
    }
    match c {
        'A'..='Z'
        | 'a'..='z'
        | 'ª'
        | 'º'
        | '\u{C0}'..='\u{2AF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2C60}'..='\u{2C7F}'
        | '\u{A720}'..='\u{A7FF}'
        | '\u{AB30}'..='\u{AB6F}'
        | '\u{FF21}'..='\u{FF3A}'
        | '\u{FF41}'..='\u{FF5A}' => Some(Alphabet::Latin),
        '\u{400}'..='\u{52F}' | '\u{1C80}'..='\u{1C8F}' | '\u{A640}'..='\u{A69F}' => {
            Some(Alphabet::Cyrillic)
        }
        _ => None,
    }
}

/// Latin and Cyrillic letters that look the same in ordinary fonts, so
/// one typed for the other goes unnoticed. Serbian's own pairs come
/// first; "Y" is the Latin key a Serbian typist confuses with "У".
const LOOK_ALIKES: [(char, char); 31] = [
    ('A', 'А'),
    ('a', 'а'),
    ('B', 'В'),
    ('C', 'С'),
    ('c', 'с'),
    ('E', 'Е'),
    ('e', 'е'),
    ('H', 'Н'),
    ('J', 'Ј'),
    ('j', 'ј'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('o', 'о'),
    ('P', 'Р'),
    ('p', 'р'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('x', 'х'),
    ('Y', 'У'),
    ('y', 'у'),
    ('Y', 'Ү'),
    ('y', 'ү'),
    ('I', 'І'),
    ('i', 'і'),
    ('S', 'Ѕ'),
    ('s', 'ѕ'),
    ('Ë', 'Ё'),
    ('ë', 'ё'),
    ('Ï', 'Ї'),
    ('ï', 'ї'),
];

/// The letter of alphabet `into` that looks like `c`.
fn look_alike(c: char, into: Alphabet) -> Option<char> {
    LOOK_ALIKES
        .iter()
        .find_map(|&(latin, cyrillic)| match into {
            Alphabet::Cyrillic if latin == c => Some(cyrillic),
            Alphabet::Latin if cyrillic == c => Some(latin),
            _ => None,
        })
}

/// Whether a letter could be read as either alphabet.
fn has_look_alike(c: char) -> bool {
    LOOK_ALIKES
        .iter()
        .any(|&(latin, cyrillic)| latin == c || cyrillic == c)
}

/// Letter counts of a text by alphabet, separating letters that are
/// clearly of one alphabet from look-alikes.
#[derive(Debug, Default)]
struct Tally {
    latin: usize,
    cyrillic: usize,
    clear_latin: usize,
    clear_cyrillic: usize,
    first: Option<Alphabet>,
}

impl Tally {
    fn of(text: &str) -> Tally {
        let mut t = Tally::default();
        for c in text.chars() {
            let Some(a) = alphabet(c) else { continue };
            t.first.get_or_insert(a);
            let clear = !has_look_alike(c);
            match a {
                Alphabet::Latin => {
                    t.latin += 1;
                    t.clear_latin += usize::from(clear);
                }
                Alphabet::Cyrillic => {
                    t.cyrillic += 1;
                    t.clear_cyrillic += usize::from(clear);
                }
            }
        }
        t
    }

    fn letters(&self) -> usize {
        self.latin + self.cyrillic
    }

    fn is_mixed(&self) -> bool {
        self.latin > 0 && self.cyrillic > 0
    }

    fn majority(&self) -> Option<Alphabet> {
        match self.latin.cmp(&self.cyrillic) {
            std::cmp::Ordering::Greater => Some(Alphabet::Latin),
            std::cmp::Ordering::Less => Some(Alphabet::Cyrillic),
            std::cmp::Ordering::Equal => None,
        }
    }

    fn script(&self) -> Script {
        match (self.clear_latin > 0, self.clear_cyrillic > 0) {
            (true, true) => Script::Mixed,
            (true, false) => Script::Latin,
            (false, true) => Script::Cyrillic,
            (false, false) => self
                .majority()
                .or(self.first)
                .map_or(Script::Neither, Alphabet::script),
        }
    }

    /// The alphabet a word is meant to be in; see [`mixed_words`].
    fn intended(&self, context: Option<Alphabet>) -> Option<Alphabet> {
        match (self.clear_latin > 0, self.clear_cyrillic > 0) {
            (true, false) => Some(Alphabet::Latin),
            (false, true) => Some(Alphabet::Cyrillic),
            _ => self.majority().or(context).or(self.first),
        }
    }
}

/// A run of letters, digits and combining marks in a text.
#[derive(Debug)]
struct Word<'a> {
    text: &'a str,
    /// Byte range in the text.
    start: usize,
    end: usize,
    char_offset: usize,
    position: usize,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out: Vec<Word<'_>> = Vec::new();
    let mut push = |start: usize, end: usize, char_offset: usize| {
        if let Some(w) = text.get(start..end) {
            let position = out.len() + 1;
            out.push(Word {
                text: w,
                start,
                end,
                char_offset,
                position,
            });
        }
    };
    let mut open: Option<(usize, usize)> = None;
    for (ci, (bi, c)) in text.char_indices().enumerate() {
        let inside = c.is_alphanumeric() || is_combining_mark(c);
        match (inside, open) {
            (true, None) => open = Some((bi, ci)),
            (false, Some((start, char_offset))) => {
                push(start, bi, char_offset);
                open = None;
            }
            _ => {}
        }
    }
    if let Some((start, char_offset)) = open {
        push(start, text.len(), char_offset);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_alphabet_is_named_as_the_catalogues_and_results_json_spell_it() {
        let all = [
            Script::Latin,
            Script::Cyrillic,
            Script::Mixed,
            Script::Neither,
        ];
        let names: Vec<String> = all.iter().map(Script::to_string).collect();
        assert_eq!(names, ["latin", "cyrillic", "mixed", "none"]);
        assert_eq!(serde_json::to_string(&Script::Neither).unwrap(), "\"none\"");
    }

    /// Letters whose look-alikes hide in words of the other alphabet,
    /// shared by the tests of every part of the module.
    pub(super) const LATIN_A: char = 'a'; // U+0061
    pub(super) const LATIN_C: char = 'C'; // U+0043

    // ---- script_of ----

    #[test]
    fn pure_cyrillic_and_pure_latin() {
        assert_eq!(script_of("Општина Призрен"), Script::Cyrillic);
        assert_eq!(script_of("ЉУБАВ, ЂАК, ЏЕП"), Script::Cyrillic);
        assert_eq!(script_of("Opština Prizren"), Script::Latin);
        assert_eq!(script_of("Gjakovë, Çarshia e Madhe"), Script::Latin);
        assert_eq!(script_of("Đakovica, Šabac, Žabljak"), Script::Latin);
    }

    #[test]
    fn both_alphabets_visibly_make_a_mixed_text() {
        assert_eq!(script_of("Opština / Општина"), Script::Mixed);
        assert_eq!(script_of("Ulaz Улаз"), Script::Mixed);
        // a Cyrillic letter with no look-alike inside a Latin word is visible
        assert_eq!(script_of("Opшtina"), Script::Mixed);
    }

    #[test]
    fn digits_punctuation_and_empty_are_neither() {
        assert_eq!(script_of("2026 – №5"), Script::Neither);
        assert_eq!(script_of(""), Script::Neither);
        assert_eq!(script_of("  ,.;:!? 12/3 "), Script::Neither);
        // letters of other alphabets say nothing about Serbian script
        assert_eq!(script_of("Αθήνα"), Script::Neither);
    }

    #[test]
    fn digits_and_punctuation_do_not_change_the_script() {
        assert_eq!(script_of("Соба 12, спрат 3."), Script::Cyrillic);
        assert_eq!(script_of("Zyra nr. 12 (kati 3)"), Script::Latin);
    }

    #[test]
    fn look_alike_letters_alone_take_their_encoded_alphabet() {
        // "ОКО" typed in Latin capitals is Latin, not mixed
        assert_eq!(script_of("OKO"), Script::Latin);
        assert_eq!(script_of("ОКО"), Script::Cyrillic);
        assert_eq!(script_of("KOMA TAXI KEK"), Script::Latin);
        assert_eq!(script_of("КОМА"), Script::Cyrillic);
        // a look-alike from the other alphabet is outvoted…
        assert_eq!(script_of("OКO"), Script::Latin);
        // …and on a tie the first letter decides
        assert_eq!(script_of("ОK"), Script::Cyrillic);
    }

    #[test]
    fn hidden_look_alikes_do_not_make_a_text_mixed() {
        let cyrillic_with_latin_a = format!("Општин{LATIN_A}");
        assert_eq!(script_of(&cyrillic_with_latin_a), Script::Cyrillic);
        let cyrillic_with_latin_c = format!("{LATIN_C}рбија");
        assert_eq!(script_of(&cyrillic_with_latin_c), Script::Cyrillic);
        // Cyrillic "е" inside a Latin word
        assert_eq!(script_of("Prizrеn"), Script::Latin);
    }

    #[test]
    fn latin_letters_with_diacritics_are_latin() {
        for c in [
            'č', 'ć', 'š', 'ž', 'đ', 'ë', 'ç', 'Č', 'Ć', 'Š', 'Ž', 'Đ', 'Ë', 'Ç',
        ] {
            assert_eq!(script_of(&c.to_string()), Script::Latin, "{c}");
        }
        // decomposed: "s" + combining caron
        assert_eq!(script_of("Pris\u{30C}tina"), Script::Latin);
    }
}
