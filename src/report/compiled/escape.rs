//! Text written into a compiled page, escaped byte for byte as the
//! template engine escapes it.

use std::fmt;

/// Text written into a page, escaped as the template engine escapes it.
pub(super) struct Html(pub(super) String);

impl Html {
    pub(super) fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }

    /// Copies the runs between the bytes to escape whole: going byte by byte
    /// through a page's texts cost more than anything else the page does.
    pub(super) fn text(&mut self, s: &str) {
        let mut rest = s;
        while let Some((at, entity)) = next_escape(rest.as_bytes()) {
            self.0.push_str(&rest[..at]);
            self.0.push_str(entity);
            rest = &rest[at + 1..];
        }
        self.0.push_str(rest);
    }

    pub(super) fn num(&mut self, n: impl fmt::Display) {
        use fmt::Write;
        // Writing into a String cannot fail.
        let _ = write!(self.0, "{n}");
    }

    /// A whole number, written without the formatting machinery: a page
    /// writes one on every row.
    pub(super) fn count(&mut self, n: u32) {
        let mut digits = [0u8; 10];
        let mut start = digits.len();
        let mut rest = n;
        for slot in digits.iter_mut().rev() {
            *slot = b'0' + (rest % 10) as u8;
            start -= 1;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        for &digit in digits.get(start..).unwrap_or_default() {
            self.0.push(char::from(digit));
        }
    }

    /// A value's text, escaped as [`Html::text`] escapes it, written piece
    /// by piece with no string of its own.
    pub(super) fn display(&mut self, x: &impl fmt::Display) {
        use fmt::Write;
        // Writing into a String cannot fail.
        let _ = write!(self, "{x}");
    }
}

impl fmt::Write for Html {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.text(s);
        Ok(())
    }
}

/// The bytes the template engine (`minijinja::HtmlEscape`) escapes, and
/// what it writes for each.
const ESCAPES: [(u8, &str); 6] = [
    (b'<', "&lt;"),
    (b'>', "&gt;"),
    (b'&', "&amp;"),
    (b'"', "&quot;"),
    (b'\'', "&#x27;"),
    (b'/', "&#x2f;"),
];

/// The first byte of `bytes` to escape, and its entity, found eight bytes at
/// a time: after the last whole eight, the last eight again (those before
/// the rest were found clean), or in a shorter text its bytes and zeros.
fn next_escape(bytes: &[u8]) -> Option<(usize, &'static str)> {
    let (words, tail) = bytes.as_chunks::<8>();
    let found = words
        .iter()
        .enumerate()
        .find_map(|(k, word)| Some(8 * k + first_escape(*word)?));
    let at = match (found, bytes.last_chunk::<8>()) {
        (Some(at), _) => at,
        _ if tail.is_empty() => return None,
        (None, Some(last)) => bytes.len() - 8 + first_escape(*last)?,
        (None, None) => {
            // Fewer than eight bytes: put together without a copy.
            let word = bytes
                .iter()
                .rev()
                .fold(0, |word, &b| (word << 8) | u64::from(b));
            first_escape(word.to_le_bytes())?
        }
    };
    let (_, entity) = ESCAPES.iter().find(|(b, _)| bytes.get(at) == Some(b))?;
    Some((at, entity))
}

/// The first of eight bytes to escape, found without branches: a byte equal
/// to the one looked for is zero after the exclusive or, and `(x - 0x0101…)
/// & !x` sets the high bit of the lowest zero byte of `x` and none below it.
/// Two pairs of the six bytes differ in one bit (`&` 0x26 and `'` 0x27, `<`
/// 0x3C and `>` 0x3E), so each pair is looked for at once with that bit set:
/// four looks rather than six.
fn first_escape(word: [u8; 8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let word = u64::from_le_bytes(word);
    let looks = [
        (word, b'"'),
        (word, b'/'),
        (word | ONES, b'\''),
        (word | (ONES << 1), b'>'),
    ];
    let zeros = looks.iter().fold(0, |zeros, &(word, byte)| {
        let x = word ^ (ONES * u64::from(byte));
        zeros | (x.wrapping_sub(ONES) & !x)
    }) & HIGH;
    (zeros != 0).then(|| zeros.trailing_zeros() as usize / 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `s` written as a page's text.
    fn escaped(s: &str) -> String {
        let mut w = Html(String::new());
        w.text(s);
        w.0
    }

    #[test]
    fn a_count_is_written_as_formatting_writes_it() {
        for n in [0, 1, 9, 10, 42, 99, 100, 1_048_576, 999_999_999, u32::MAX] {
            let mut w = Html(String::new());
            w.count(n);
            assert_eq!(w.0, n.to_string());
        }
    }

    #[test]
    fn text_is_escaped_as_the_template_engine_escapes_it() {
        for s in [
            "",
            "plain",
            "<b>&\"'/x</b>",
            "Ministria e Drejtësisë — Министарство",
            "&&",
        ] {
            assert_eq!(escaped(s), minijinja::HtmlEscape(s).to_string(), "{s}");
        }
    }

    /// Each byte to escape, and the bytes just below and above it (where a
    /// word-wise test that slipped would go wrong), at every place in texts
    /// of every length up to a few words of eight bytes, amid one- to
    /// four-byte characters.
    #[test]
    fn every_byte_to_escape_is_found_wherever_it_stands() {
        let specials = ['<', '>', '&', '"', '\'', '/'];
        let neighbours = specials.map(|c| [char::from(c as u8 - 1), char::from(c as u8 + 1)]);
        let odd: Vec<char> = specials
            .into_iter()
            .chain(neighbours.into_iter().flatten())
            .collect();
        for filler in ["a", "ë", "Ж", "—", "\u{E002}", "😀", "\u{7F}", "\u{0}"] {
            for len in 0..=33 {
                for at in 0..len {
                    for &c in &odd {
                        let mut s: Vec<String> = (0..len).map(|_| filler.to_string()).collect();
                        s[at] = c.to_string();
                        let s = s.concat();
                        assert_eq!(escaped(&s), minijinja::HtmlEscape(&s).to_string(), "{s:?}");
                    }
                }
            }
        }
        for s in [
            "/".repeat(100),
            "<>&\"'/".repeat(9),
            format!("{}&", "x".repeat(64)),
            format!("&{}", "ж".repeat(64)),
            format!("{}/{}", "1234567".repeat(3), "😀".repeat(5)),
        ] {
            assert_eq!(escaped(&s), minijinja::HtmlEscape(&s).to_string(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_escaped_as_the_template_engine_escapes_it(
            s in "[<>&\"'/!%.=?\\ a-z0-9\u{0}\u{7F}\u{80}-\u{FF}ëЖ—\u{E001}😀]{0,40}"
        ) {
            proptest::prop_assert_eq!(escaped(&s), minijinja::HtmlEscape(&s).to_string());
        }
    }
}
