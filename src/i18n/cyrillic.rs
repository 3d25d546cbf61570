//! Serbian Latin to Cyrillic, the one transliterator for the catalogue's
//! text and the criteria file's Serbian texts alike.
//!
//! Serbian has one letter for each Latin letter or digraph, so the mapping
//! is letter for letter, with two things a table alone gets wrong:
//! - `nj` and `dž` are usually one letter (њ, џ), but not where a prefix
//!   meets a stem (in|jekcija, van|jezički, nad|živeti): those words are
//!   listed in [`DIGRAPH_EXCEPTIONS`];
//! - a token holding q, w, x or y is not Serbian (`.xlsx`, `--max-cells`,
//!   `Excel`, `yes/no`) and stays Latin whole, so no word comes out half in
//!   each script. The catalogue marks its literal tokens explicitly as well
//!   (see src/messages/sr.ftl); this is the safety net for the rest;
//! - a foreign name is written in Cyrillic as it is pronounced, not letter
//!   by letter (Pravopis): Facebook is Фејсбук, not Фацебоок. The names of
//!   social networks the criteria may list as channels are in
//!   [`TRANSCRIBED`]; the reader accepts these spellings back.

use std::borrow::Cow;

/// Serbian Latin to Cyrillic, letter for letter (lj, nj, dž are one letter
/// each, except in the words of [`DIGRAPH_EXCEPTIONS`]); tokens with a
/// letter Serbian does not use stay Latin.
pub fn to_cyrillic(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    let mut token = String::new();
    for c in s.chars() {
        if c.is_whitespace() {
            push_token(&mut out, &token);
            token.clear();
            out.push(c);
        } else {
            token.push(c);
        }
    }
    push_token(&mut out, &token);
    out
}

/// The transform Fluent applies to the text elements of a message (never to
/// its placeables, so string literals and filled-in values stay as written).
///
/// Every page formats the same few text elements thousands of times, so each
/// thread keeps what it has transliterated; the elements come from the
/// catalogue alone, so the memo cannot outgrow it.
pub(super) fn text_element(s: &str) -> Cow<'_, str> {
    thread_local! {
        static DONE: std::cell::RefCell<std::collections::HashMap<String, String>> =
            Default::default();
    }
    DONE.with_borrow_mut(|done| {
        let text = match done.get(s) {
            Some(text) => text.clone(),
            None => {
                let text = to_cyrillic(s);
                done.insert(s.to_string(), text.clone());
                text
            }
        };
        Cow::Owned(text)
    })
}

fn push_token(out: &mut String, token: &str) {
    if let Some(transcribed) = transcribed(token) {
        out.push_str(&transcribed);
        return;
    }
    if token
        .chars()
        .any(|c| matches!(c, 'q' | 'w' | 'x' | 'y' | 'Q' | 'W' | 'X' | 'Y'))
    {
        out.push_str(token);
        return;
    }
    let chars: Vec<char> = token.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let pair = match (c, next) {
            ('l', 'j') => Some('љ'),
            ('L', 'j' | 'J') => Some('Љ'),
            ('n', 'j') => Some('њ'),
            ('N', 'j' | 'J') => Some('Њ'),
            ('d', 'ž') => Some('џ'),
            ('D', 'ž' | 'Ž') => Some('Џ'),
            _ => None,
        };
        match pair {
            Some(p) if !split_digraph(&chars, i) => {
                out.push(p);
                i += 2;
            }
            _ => {
                out.push(letter(c));
                i += 1;
            }
        }
    }
}

/// Foreign names, as written in Latin, and their Serbian Cyrillic as they
/// are pronounced: the social networks a monitor finds an institution on.
/// A name whose letters already read right in Cyrillic (Instagram →
/// Инстаграм, Telegram → Телеграм) needs no entry; X, the network, is
/// spelt out (Икс), since a Latin X reads as Cyrillic Х.
const TRANSCRIBED: [(&str, &str); 8] = [
    ("Facebook", "Фејсбук"),
    ("LinkedIn", "Линкедин"),
    ("TikTok", "Тикток"),
    ("Twitter", "Твитер"),
    ("Viber", "Вајбер"),
    ("WhatsApp", "Вотсап"),
    ("X", "Икс"),
    ("YouTube", "Јутјуб"),
];

/// `token` with its word transcribed when the word, without the punctuation
/// around it, is one of [`TRANSCRIBED`] as written (case included, so the
/// letter x of a yes/no list stays what it is).
fn transcribed(token: &str) -> Option<String> {
    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
    let (_, cyrillic) = TRANSCRIBED.iter().find(|(latin, _)| *latin == word)?;
    let start = token.find(word)?;
    let (before, after) = (&token[..start], &token[start + word.len()..]);
    Some(format!("{before}{cyrillic}{after}"))
}

/// Words in which `nj` or `dž` is two letters: a prefix ending in n or d
/// meets a stem beginning with j or ž. Each entry is the word's stem with a
/// bar at the seam; it matches anywhere in a word, whatever the case, so
/// `injekcija`, `Injekcioni` and `INJEKCIJE` all keep н + ј. The stems are
/// long enough not to match a real digraph (kanjon, konj, nadžak).
const DIGRAPH_EXCEPTIONS: [&str; 15] = [
    "in|jekc",
    "in|junkt",
    "kon|jug",
    "kon|junk",
    "van|jez",
    "van|jevrop",
    "pan|jelin",
    "nad|živ",
    "nad|žnje",
    "nad|žel",
    "od|žal",
    "od|živ",
    "od|žvak",
    "pod|žanr",
    "pod|župan",
];

/// Whether the pair starting at `at` (n+j or d+ž) lies on the seam of an
/// exception word.
fn split_digraph(chars: &[char], at: usize) -> bool {
    DIGRAPH_EXCEPTIONS.iter().any(|entry| {
        let Some((before, after)) = entry.split_once('|') else {
            return false;
        };
        let before: Vec<char> = before.chars().collect();
        let Some(start) = (at + 1).checked_sub(before.len()) else {
            return false;
        };
        let same = |range: &[char], word: &str| {
            range.len() == word.chars().count()
                && range
                    .iter()
                    .zip(word.chars())
                    .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
        };
        let after_end = at + 1 + after.chars().count();
        chars
            .get(start..=at)
            .is_some_and(|r| same(r, &before.iter().collect::<String>()))
            && chars.get(at + 1..after_end).is_some_and(|r| same(r, after))
    })
}

fn letter(c: char) -> char {
    LETTERS.iter().find(|(l, _)| *l == c).map_or(c, |(_, k)| *k)
}

const LETTERS: [(char, char); 54] = [
    ('a', 'а'),
    ('b', 'б'),
    ('c', 'ц'),
    ('č', 'ч'),
    ('ć', 'ћ'),
    ('d', 'д'),
    ('đ', 'ђ'),
    ('e', 'е'),
    ('f', 'ф'),
    ('g', 'г'),
    ('h', 'х'),
    ('i', 'и'),
    ('j', 'ј'),
    ('k', 'к'),
    ('l', 'л'),
    ('m', 'м'),
    ('n', 'н'),
    ('o', 'о'),
    ('p', 'п'),
    ('r', 'р'),
    ('s', 'с'),
    ('š', 'ш'),
    ('t', 'т'),
    ('u', 'у'),
    ('v', 'в'),
    ('z', 'з'),
    ('ž', 'ж'),
    ('A', 'А'),
    ('B', 'Б'),
    ('C', 'Ц'),
    ('Č', 'Ч'),
    ('Ć', 'Ћ'),
    ('D', 'Д'),
    ('Đ', 'Ђ'),
    ('E', 'Е'),
    ('F', 'Ф'),
    ('G', 'Г'),
    ('H', 'Х'),
    ('I', 'И'),
    ('J', 'Ј'),
    ('K', 'К'),
    ('L', 'Л'),
    ('M', 'М'),
    ('N', 'Н'),
    ('O', 'О'),
    ('P', 'П'),
    ('R', 'Р'),
    ('S', 'С'),
    ('Š', 'Ш'),
    ('T', 'Т'),
    ('U', 'У'),
    ('V', 'В'),
    ('Z', 'З'),
    ('Ž', 'Ж'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digraphs_are_one_letter() {
        assert_eq!(to_cyrillic("Ljubljana"), "Љубљана");
        assert_eq!(to_cyrillic("Njegoš"), "Његош");
        assert_eq!(to_cyrillic("Džakula"), "Џакула");
        assert_eq!(to_cyrillic("Opština Gračanica"), "Општина Грачаница");
        assert_eq!(to_cyrillic("Đakovica, Priština"), "Ђаковица, Приштина");
        assert_eq!(to_cyrillic("LJUBAV"), "ЉУБАВ");
        assert_eq!(
            to_cyrillic("kanjon, konj, nadžak, odžak"),
            "кањон, коњ, наџак, оџак"
        );
    }

    #[test]
    fn prefix_and_stem_keep_two_letters() {
        assert_eq!(to_cyrillic("injekcija"), "инјекција");
        assert_eq!(to_cyrillic("Injekcioni"), "Инјекциони");
        assert_eq!(to_cyrillic("konjunkcija"), "конјункција");
        assert_eq!(to_cyrillic("konjugacija"), "конјугација");
        assert_eq!(to_cyrillic("vanjezički"), "ванјезички");
        assert_eq!(to_cyrillic("VANJEZIČKI"), "ВАНЈЕЗИЧКИ");
        assert_eq!(to_cyrillic("nadživeti"), "надживети");
        assert_eq!(to_cyrillic("odžaliti"), "оджалити");
        assert_eq!(to_cyrillic("podžanr"), "поджанр");
    }

    #[test]
    fn every_exception_splits_its_own_seam() {
        for entry in DIGRAPH_EXCEPTIONS {
            let (before, after) = entry.split_once('|').unwrap();
            let whole = to_cyrillic(&format!("{before}{after}"));
            let apart = format!("{}{}", to_cyrillic(before), to_cyrillic(after));
            assert_eq!(whole, apart, "{entry}");
        }
    }

    #[test]
    fn social_networks_are_written_as_pronounced() {
        assert_eq!(
            to_cyrillic("Facebook, X, Instagram, YouTube"),
            "Фејсбук, Икс, Инстаграм, Јутјуб"
        );
        assert_eq!(to_cyrillic("(Facebook) „X“"), "(Фејсбук) „Икс“");
        assert_eq!(to_cyrillic("TikTok i LinkedIn"), "Тикток и Линкедин");
        // Only the name as written: not the letter x, not a longer word.
        assert_eq!(to_cyrillic("x za da, Xerox"), "x за да, Xerox");
    }

    #[test]
    fn foreign_tokens_stay_latin_whole() {
        assert_eq!(
            to_cyrillic("samo .xlsx, opcija --max-cells"),
            "само .xlsx, опција --max-cells"
        );
        assert_eq!(to_cyrillic("Excel datoteka"), "Excel датотека");
        assert_eq!(to_cyrillic("(yes/no, da)"), "(yes/no, да)");
    }
}
