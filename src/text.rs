//! Text comparison that forgives what people do to labels and names: case,
//! spacing and lost diacritics.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower-cased, diacritics removed, runs of whitespace and underscores
/// collapsed to one space: "  Shërbimet " and "sherbimet" fold alike.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_whitespace() || c == '_' {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            'ħ' => out.push('h'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Removes what has no place in a name or a sign text and can mislead a
/// reader: control characters (NUL, escape …; line breaks and tabs become
/// spaces) and the bidirectional overrides that make text display reversed.
pub fn clean(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' => None,
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Keeps a cell's text within `max` characters so no single cell can
/// dominate memory or a report line.
pub fn truncate(s: &str, max: usize) -> (String, bool) {
    match s.char_indices().nth(max) {
        Some((at, _)) => (s.get(..at).unwrap_or(s).to_string(), true),
        None => (s.to_string(), false),
    }
}

/// The candidate closest to `word`, when it is close enough to be a slip of
/// the keyboard: at most two edits, or a third of the candidate's length for
/// longer words, and never half of the shorter word or more (`sub` is not a
/// slip for `src`). Compared folded, so case and diacritics cost nothing;
/// among equally close candidates the first given wins, so a suggestion is
/// as stable as the order the caller gives.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = fold(word);
    let len = word.chars().count();
    candidates
        .into_iter()
        .map(|c| {
            let folded = fold(c);
            let d = strsim::damerau_levenshtein(&word, &folded);
            (d, folded.chars().count(), c)
        })
        .filter(|&(d, clen, _)| d <= 2.max(clen / 3) && 2 * d <= len.min(clen))
        .min_by_key(|&(d, _, _)| d)
        .map(|(_, _, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_suggests_a_slip_of_the_keyboard_and_nothing_far() {
        let ids = ["mof", "kjc", "prizren", "submissions"];
        assert_eq!(nearest("kjcc", ids), Some("kjc"));
        assert_eq!(nearest("submissons", ids), Some("submissions"));
        assert_eq!(nearest("Prizeren", ids), Some("prizren"));
        assert_eq!(nearest("KJC", ids), Some("kjc"), "case costs nothing");
        assert_eq!(nearest("university", ids), None);
        assert_eq!(
            nearest("sub", ["src", "submissions"]),
            None,
            "two of three letters wrong"
        );
        assert_eq!(nearest("kjc", []), None);
        assert_eq!(
            nearest("ab", ["ax", "ay"]),
            Some("ax"),
            "equally close: the first given"
        );
    }

    #[test]
    fn fold_forgives_case_space_and_diacritics() {
        assert_eq!(fold("  Shërbimet "), "sherbimet");
        assert_eq!(fold("Published_in   Serbian"), "published in serbian");
        assert_eq!(fold("Đakovica"), "dakovica");
        assert_eq!(fold("Priština"), fold("Pristina"));
        assert_eq!(fold("ОПШТИНА"), "општина");
    }

    #[test]
    fn clean_drops_controls_and_bidi_overrides() {
        assert_eq!(clean("Zyra\u{0}\u{202E}txe\nHyrja"), "Zyratxe Hyrja");
        assert_eq!(clean("a\tb\r\nc"), "a b  c");
        assert_eq!(clean("Приштина"), "Приштина");
    }

    #[test]
    fn truncate_counts_characters_not_bytes() {
        assert_eq!(truncate("ëëëë", 2), ("ëë".to_string(), true));
        assert_eq!(truncate("ab", 2), ("ab".to_string(), false));
    }
}
