//! What each thread has already filled: a message's text by its key and
//! arguments, so that the thousands of scorecard pages, which fill the same
//! few messages with the same values ("6 of 7", a reason, "3.5 points"),
//! have Fluent format each at most twice per thread, not once per row.
//!
//! The memo is per thread, so the report's threads never wait on one
//! another, and it is keyed by language: a catalogue is compiled into the
//! binary, so its language alone decides what a message says. Its key is
//! what Fluent is given, compared byte for byte (a hash only finds where to
//! look): the message's key, then each argument's name and value, text as
//! it is and a number as its exact bits with its digit options. A fill with
//! an argument Fluent would receive as anything else is not memoised.

use super::Lang;
use super::value::{Arg, number_options};
use fluent_bundle::FluentValue;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;
use std::rc::Rc;

/// Most bytes a thread's stored texts may take, keys included, with
/// [`SLOT`] for each. Once full, the memo keeps what it has and stops
/// growing: evicting would cost more than formatting the rare text again.
/// A quarter of a MiB holds every text the N = 2000 benchmark fills more
/// than once per thread, and keeps the memo from adding to the report's
/// peak memory (BENCHMARKS.md).
const BUDGET: usize = 1 << 18;

/// What an entry costs besides its key and text: its slot in the table and
/// the allocations' own overhead.
const SLOT: usize = 64;

/// Most keys a thread remembers having filled once. A message filled with
/// an applicant's own values (its rank, its name) is rarely filled again,
/// so a text is stored only when its key comes back; until then the memo
/// holds the key's hash alone. When this many are waiting they are
/// forgotten, which costs at most one more formatting of each.
const SEEN: usize = 8192;

/// The texts one thread has filled, by their key. A text is shared, so a
/// page that shows it on many rows holds it once.
#[derive(Default)]
struct Memo {
    texts: HashMap<Box<[u8]>, Rc<str>>,
    /// What the texts take, counted as [`BUDGET`] counts it.
    held: usize,
    /// The hashes of the keys filled once since the last were forgotten.
    seen: HashSet<u64>,
    /// The key being looked up, reused from one fill to the next.
    key: Vec<u8>,
}

impl Memo {
    /// Keeps `text` under `key` if the key was filled before and the
    /// budget has room; otherwise remembers that it was filled once.
    fn keep(&mut self, key: &[u8], text: &Filled) {
        let cost = key.len() + text.len() + SLOT;
        if self.held + cost > BUDGET {
            return;
        }
        let hash = self.texts.hasher().hash_one(key);
        if self.seen.remove(&hash) {
            self.texts.insert(key.into(), text.shared());
            self.held += cost;
        } else {
            if self.seen.len() >= SEEN {
                self.seen.clear();
            }
            self.seen.insert(hash);
        }
    }
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::default();
}

/// A filled message: the memo's shared text, or one Fluent just formatted.
pub(super) enum Filled {
    Stored(Rc<str>),
    Formatted(String),
}

impl Filled {
    fn len(&self) -> usize {
        match self {
            Filled::Stored(text) => text.len(),
            Filled::Formatted(text) => text.len(),
        }
    }

    /// The text to share, copied only when it is not shared already.
    pub(super) fn shared(&self) -> Rc<str> {
        match self {
            Filled::Stored(text) => text.clone(),
            Filled::Formatted(text) => Rc::from(text.as_str()),
        }
    }

    /// The text to own, copied only when it is shared.
    pub(super) fn owned(self) -> String {
        match self {
            Filled::Stored(text) => text.to_string(),
            Filled::Formatted(text) => text,
        }
    }
}

/// What a thread's memo holds for a fill.
enum Lookup {
    Found(Rc<str>),
    /// Not stored on this thread: its key, to store the text under.
    Missing(Vec<u8>),
    /// An argument the memo cannot compare exactly.
    Unkeyed,
}

/// Message `key` of `lang`'s catalogue filled with `args`: the text this
/// thread stored for the same key and arguments, or what `format` returns.
pub(super) fn fill(
    lang: Lang,
    key: &str,
    args: &[(&str, &dyn Arg)],
    format: impl FnOnce() -> String,
) -> Filled {
    let lookup = MEMO.with_borrow_mut(|memo| {
        if !encode(&mut memo.key, lang, key, args) {
            return Lookup::Unkeyed;
        }
        match memo.texts.get(memo.key.as_slice()) {
            Some(text) => Lookup::Found(text.clone()),
            // Formatting happens outside the borrow: the key is taken along.
            None => Lookup::Missing(std::mem::take(&mut memo.key)),
        }
    });
    match lookup {
        Lookup::Found(text) => Filled::Stored(text),
        Lookup::Unkeyed => Filled::Formatted(format()),
        Lookup::Missing(encoded) => {
            let text = Filled::Formatted(format());
            MEMO.with_borrow_mut(|memo| {
                memo.keep(&encoded, &text);
                memo.key = encoded;
            });
            text
        }
    }
}

/// Writes the memo's key of a fill into `out`; false when an argument is
/// not one the memo can compare exactly.
///
/// Every text is preceded by its length, so no two different fills write
/// the same bytes.
fn encode(out: &mut Vec<u8>, lang: Lang, key: &str, args: &[(&str, &dyn Arg)]) -> bool {
    /// The byte before an argument's value: what kind of value follows.
    const TEXT: u8 = 0;
    const NUMBER: u8 = 1;
    out.clear();
    out.push(lang as u8);
    text(out, key);
    for (name, value) in args {
        text(out, name);
        match value.fluent() {
            FluentValue::String(s) => {
                out.push(TEXT);
                text(out, &s);
            }
            FluentValue::Number(n) => {
                let digits = n.options.minimum_fraction_digits;
                if n.options != number_options(digits) {
                    return false;
                }
                out.push(NUMBER);
                out.extend_from_slice(&n.value.to_bits().to_le_bytes());
                match digits {
                    None => out.push(0),
                    Some(d) => {
                        out.push(1);
                        length(out, d);
                    }
                }
            }
            _ => return false,
        }
    }
    true
}

fn text(out: &mut Vec<u8>, s: &str) {
    length(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

/// `n` in LEB128, seven bits a byte: the lengths of keys, names and most
/// values fit in one.
fn length(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n & 0x7f) as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Messages, Number};

    /// Entries this thread's memo stores (each test runs on its own thread).
    fn stored() -> usize {
        MEMO.with_borrow(|memo| memo.texts.len())
    }

    /// Fills message `key` three times: each time what Fluent writes.
    fn thrice(m: &Messages, key: &str, args: &[(&str, &dyn Arg)]) -> String {
        let fluent = m.format(key, args);
        for _ in 0..3 {
            assert_eq!(m.fill(key, args), fluent, "{:?} {key}", m.lang());
        }
        fluent
    }

    #[test]
    fn the_memo_returns_what_fluent_returns_in_every_language() {
        for lang in Lang::ALL {
            let m = Messages::load(lang).unwrap();
            for (met, rows) in [(6_u32, 7_u32), (7, 6), (1, 1), (0, 21), (6, 7)] {
                thrice(&m, "value_share", &[("met", &met), ("rows", &rows)]);
            }
            for x in [0.0, 1.0, 1.5, 3.5, 16.67, -2.0, 21.0] {
                thrice(&m, "points", &[("n", &Number::decimal(x))]);
            }
            for sheet in ["Communication", "Komunikimi", "Комуникација", "ab"] {
                for row in [1_u32, 42] {
                    thrice(&m, "place_row", &[("sheet", &sheet), ("row", &row)]);
                }
            }
            // Two arguments' texts that join into the same letters.
            let (a, bc, ab, c) = ("a", "bc", "ab", "c");
            let one = thrice(
                &m,
                "note_lost_diacritics",
                &[("column", &a), ("found", &bc), ("intended", &"x")],
            );
            let two = thrice(
                &m,
                "note_lost_diacritics",
                &[("column", &ab), ("found", &c), ("intended", &"x")],
            );
            assert_ne!(one, two);
            thrice(&m, "no_such_message", &[("n", &1_u32)]);
            thrice(&m, "total", &[]);
        }
        assert!(stored() > 0);
    }

    #[test]
    fn each_language_has_its_own_texts() {
        let args: [(&str, &dyn Arg); 1] = [("n", &Number::decimal(3.5))];
        let texts: Vec<String> = Lang::ALL
            .into_iter()
            .map(|lang| thrice(&Messages::load(lang).unwrap(), "points", &args))
            .collect();
        assert_eq!(texts, ["3,5 pikë", "3,5 boda", "3,5 бода", "3.5 points"]);
    }

    #[test]
    fn numbers_that_differ_only_in_their_digits_are_different_fills() {
        for lang in Lang::ALL {
            let m = Messages::load(lang).unwrap();
            let numbers = [
                Number::from(1_u32),
                Number::decimal(1.0),
                Number::fixed(1.0, 0),
                Number::fixed(1.0, 1),
                Number::fixed(1.0, 2),
                Number::fixed(-0.0, 2),
                Number::fixed(0.0, 2),
            ];
            let texts: Vec<String> = numbers
                .iter()
                .map(|n| thrice(&m, "points", &[("n", n)]))
                .collect();
            assert_ne!(texts[0], texts[4], "{lang:?}");
            assert_ne!(texts[5], texts[6], "{lang:?}");
        }
        let en = Messages::load(Lang::En).unwrap();
        assert_eq!(en.fill("points", &[("n", &1_u32)]), "1 point");
        assert_eq!(
            en.fill("points", &[("n", &Number::fixed(1.0, 2))]),
            "1.00 points"
        );
    }

    /// A number with options no filled-in number has.
    struct Grouped(f64);

    impl Arg for Grouped {
        fn fluent(&self) -> FluentValue<'_> {
            let options = fluent_bundle::types::FluentNumberOptions {
                use_grouping: false,
                ..number_options(None)
            };
            FluentValue::Number(fluent_bundle::types::FluentNumber::new(self.0, options))
        }
    }

    #[test]
    fn a_value_the_memo_cannot_compare_is_formatted_every_time() {
        let m = Messages::load(Lang::Sq).unwrap();
        let mut key = Vec::new();
        assert!(!encode(
            &mut key,
            Lang::Sq,
            "points",
            &[("n", &Grouped(2.0))]
        ));
        thrice(&m, "points", &[("n", &Grouped(2.0))]);
        assert_eq!(stored(), 0);
    }

    #[test]
    fn a_text_is_kept_when_its_key_comes_back() {
        let m = Messages::load(Lang::En).unwrap();
        m.fill("points", &[("n", &1_u32)]);
        assert_eq!(stored(), 0, "filled once");
        m.fill("points", &[("n", &1_u32)]);
        assert_eq!(stored(), 1, "filled twice");
        m.fill("points", &[("n", &1_u32)]);
        assert_eq!(stored(), 1, "found");
    }

    #[test]
    fn the_memo_stops_growing_at_its_budget() {
        let m = Messages::load(Lang::En).unwrap();
        let mut last = 0;
        for row in 0_u32.. {
            for _ in 0..2 {
                assert_eq!(
                    m.fill("place_row", &[("sheet", &"Sheet"), ("row", &row)]),
                    format!("Sheet, row {row}")
                );
            }
            let now = stored();
            if now == last {
                break;
            }
            last = now;
        }
        let held = MEMO.with_borrow(|memo| memo.held);
        assert!(held <= BUDGET && held + 1000 > BUDGET, "{held}");
        // Full: nothing new is kept, what is kept is still found.
        for row in 0..1000_u32 {
            for _ in 0..2 {
                m.fill("place_row", &[("sheet", &"Other"), ("row", &row)]);
            }
        }
        assert_eq!(stored(), last);
        assert_eq!(
            m.fill("place_row", &[("sheet", &"Sheet"), ("row", &0_u32)]),
            "Sheet, row 0"
        );
    }

    #[test]
    fn keys_filled_once_are_forgotten_in_bulk() {
        let m = Messages::load(Lang::En).unwrap();
        for row in 0..(SEEN as u32 + 10) {
            m.fill("place_row", &[("sheet", &"Once"), ("row", &row)]);
        }
        MEMO.with_borrow(|memo| assert!(memo.seen.len() <= SEEN));
        m.fill("place_row", &[("sheet", &"Once"), ("row", &0_u32)]);
        assert_eq!(stored(), 0, "the first key was forgotten");
        m.fill(
            "place_row",
            &[("sheet", &"Once"), ("row", &(SEEN as u32 + 9))],
        );
        assert_eq!(stored(), 1, "the last was not");
    }
}
