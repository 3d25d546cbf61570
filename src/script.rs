//! Which alphabet a sign's text is written in, and the faults real sign
//! texts carry: Latin look-alikes typed inside Cyrillic words (and the
//! reverse), texts copied untranslated into the other language's column,
//! and place names that lost their diacritics.
//!
//! Serbian is official in both Cyrillic and Latin, so a Serbian cell may
//! hold either script; what counts is what a reader sees, and hidden
//! look-alike letters are reported separately because they break search,
//! sorting and screen readers without being visible.

use crate::text::{fold_in_script as fold, serbian_latin};
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The alphabet of a text's letters, as a reader sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Cyrillic,
    /// Letters that can only be Latin and letters that can only be
    /// Cyrillic, side by side.
    Mixed,
    /// No Latin or Cyrillic letter at all (numbers, punctuation, empty).
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

impl serde::Serialize for Script {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
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
            let lower = written.to_lowercase();
            if candidates
                .iter()
                .any(|k| k.spelling.to_lowercase() == lower)
            {
                break;
            }
            let marks = diacritics(&written);
            if let Some(best) = candidates
                .iter()
                .rev()
                .filter(|k| k.diacritics > marks)
                .max_by_key(|k| k.diacritics)
            {
                out.push(LostDiacritics {
                    found: found.to_string(),
                    intended: with_case_of(&best.spelling, &written),
                    char_offset: head.char_offset,
                });
            }
            break;
        }
        i += advance;
    }
    out
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

/// The text with every look-alike intruder in a mixed word replaced by
/// its twin from the word's intended alphabet.
fn repair_look_alikes(text: &str) -> String {
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

    const LATIN_A: char = 'a'; // U+0061
    const LATIN_C: char = 'C'; // U+0043

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
                let lower = written.to_lowercase();
                if candidates
                    .iter()
                    .any(|k| k.spelling.to_lowercase() == lower)
                {
                    break;
                }
                let marks = diacritics(&written);
                if let Some(best) = candidates
                    .iter()
                    .rev()
                    .filter(|k| k.diacritics > marks)
                    .max_by_key(|k| k.diacritics)
                {
                    out.push(LostDiacritics {
                        found: found.to_string(),
                        intended: with_case_of(&best.spelling, &written),
                        char_offset: head.char_offset,
                    });
                }
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

    #[test]
    fn a_text_in_one_alphabet_per_word_has_no_mixed_words() {
        assert!(mixed_words("Opština / Општина").is_empty());
        assert!(mixed_words("Zyra").is_empty());
        assert_eq!(mixed_words("Opština Oпштина")[0].word, "Oпштина");
    }
}
