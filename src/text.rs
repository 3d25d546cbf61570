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

/// Keeps a cell's text within `max` characters so no single cell can
/// dominate memory or a report line.
pub fn truncate(s: &str, max: usize) -> (String, bool) {
    match s.char_indices().nth(max) {
        Some((at, _)) => (s.get(..at).unwrap_or(s).to_string(), true),
        None => (s.to_string(), false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_forgives_case_space_and_diacritics() {
        assert_eq!(fold("  Shërbimet "), "sherbimet");
        assert_eq!(fold("Published_in   Serbian"), "published in serbian");
        assert_eq!(fold("Đakovica"), "dakovica");
        assert_eq!(fold("Priština"), fold("Pristina"));
        assert_eq!(fold("ОПШТИНА"), "општина");
    }

    #[test]
    fn truncate_counts_characters_not_bytes() {
        assert_eq!(truncate("ëëëë", 2), ("ëë".to_string(), true));
        assert_eq!(truncate("ab", 2), ("ab".to_string(), false));
    }
}
