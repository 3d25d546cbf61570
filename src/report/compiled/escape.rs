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
    /// writes several on every row.
    pub(super) fn count(&mut self, n: u32) {
        self.digits(u64::from(n));
    }

    /// A place in a list (a band's index), written as [`Html::count`]
    /// writes a number.
    pub(super) fn index(&mut self, i: usize) {
        self.digits(u64::try_from(i).unwrap_or(u64::MAX));
    }

    /// A whole number of a drawing, which may be below zero.
    pub(super) fn coordinate(&mut self, n: i64) {
        if n < 0 {
            self.0.push('-');
        }
        self.digits(n.unsigned_abs());
    }

    fn digits(&mut self, n: u64) {
        let mut digits = [0u8; 20];
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

    /// A float as the template engine writes one: the shortest form that
    /// reads back as the same number, with `.0` when that has no point.
    /// Every coordinate of a chart is a number of tenths, whose shortest
    /// form is its tenths: those are written without the float formatting.
    pub(super) fn float(&mut self, x: f64) {
        let tenths = x * 10.0;
        if x.is_sign_positive() && tenths < 1e15 && tenths == tenths.trunc() && tenths / 10.0 == x {
            let tenths = tenths as u64;
            self.digits(tenths / 10);
            self.0.push('.');
            self.digits(tenths % 10);
            return;
        }
        let start = self.0.len();
        self.num(x);
        if x.is_finite() && !self.0.get(start..).unwrap_or_default().contains('.') {
            self.0.push_str(".0");
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

/// `x | round(1)` as the template engine rounds it: through its decimal
/// text, halves to even, so a chart's coordinates come out the same. Away
/// from a half the nearest tenth is found in arithmetic, which cannot err
/// by as much as the distance to the half.
pub(super) fn round1(x: f64) -> f64 {
    let tenths = x * 10.0;
    let from_half = (tenths - tenths.floor() - 0.5).abs();
    if (0.0..1e9).contains(&tenths) && from_half > 1e-6 {
        return tenths.round() / 10.0;
    }
    format!("{x:.1}").parse().unwrap_or(x)
}

impl AsMut<Html> for Html {
    fn as_mut(&mut self) -> &mut Html {
        self
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
            w.index(n as usize);
            w.coordinate(i64::from(n));
            w.coordinate(-i64::from(n));
            assert_eq!(w.0, format!("{n}{n}{n}-{n}").replace("-0", "0"));
        }
        let mut w = Html(String::new());
        w.index(usize::MAX);
        w.coordinate(i64::MIN);
        assert_eq!(w.0, format!("{}{}", usize::MAX, i64::MIN));
    }

    /// `x` written, rounded and drawn with as the chart templates do, by
    /// the compiled page and by the template engine.
    fn float_both_ways(x: f64) -> (String, String) {
        let mut w = Html(String::new());
        w.float(x);
        w.raw(" ");
        w.float(round1(x));
        w.raw(" ");
        w.float(230.0 + round1(x * 360.0 / 100.0) + 5.0);
        w.raw(" ");
        w.float(round1(160.0 + (x - 0.5) * (360.0 / 7.0)));
        let engine = minijinja::Environment::new()
            .render_str(
                "{{ x }} {{ x | round(1) }} {{ 230 + (x * 360 / 100) | round(1) + 5 }} \
                 {{ (160 + (x - 0.5) * (360 / 7)) | round(1) }}",
                minijinja::context! { x },
            )
            .unwrap();
        (w.0, engine)
    }

    #[test]
    fn a_float_is_written_and_rounded_as_the_template_engine_does_it() {
        for x in [
            0.0,
            -0.0,
            1.0,
            0.05,
            0.15,
            0.25,
            0.35,
            2.5,
            2.25,
            1.45,
            230.35,
            590.0,
            1e-7,
            1e21,
            83.64,
            301.104,
            -0.04,
            -3.25,
            1e14,
            123456789.95,
            f64::NAN,
            f64::INFINITY,
        ] {
            let (compiled, engine) = float_both_ways(x);
            assert_eq!(compiled, engine, "{x}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_float_is_written_and_rounded_as_the_template_engine_does_it(
            x in proptest::num::f64::ANY,
            hundredths in 0u32..2_000_000,
            rank in 0u32..3000,
        ) {
            for x in [x, f64::from(hundredths) / 100.0, f64::from(hundredths) / 20.0, f64::from(rank)] {
                let (compiled, engine) = float_both_ways(x);
                proptest::prop_assert_eq!(compiled, engine, "{}", x);
            }
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
