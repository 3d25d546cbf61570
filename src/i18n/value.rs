//! The values filled into messages: text as it is, or numbers that Fluent
//! receives as numbers, so that a message selects the form of the words
//! around a number by the language's plural rules.

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentValue};
use std::fmt::Write;

/// A number as a page writes it: its value and how many digits follow the
/// decimal point. The digits shown are part of the number for grammar too:
/// CLDR's plural rules read "1.50" differently from "1".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    value: f64,
    places: usize,
}

impl Number {
    /// `value` with exactly `places` decimals, as scores are shown (66.67).
    pub fn fixed(value: f64, places: usize) -> Number {
        Number { value, places }
    }

    /// A weight, bound, mark or duration such as 35, 0.8 or 24.5: up to four
    /// decimals, trailing zeros dropped.
    pub fn decimal(value: f64) -> Number {
        // Most weights and bounds are whole or have a digit or two: the
        // fewest places that make the value whole are the places the
        // four-decimal text keeps, found without writing it.
        // A last digit of 0 means the product only rounded to a whole
        // number: the text decides then.
        let fast = (0..=4).find_map(|p| {
            let scaled = value * 10f64.powi(p as i32);
            whole(scaled).then_some((p, scaled))
        });
        if let Some((places, _)) = fast.filter(|&(p, n)| p == 0 || n % 10.0 != 0.0) {
            return Number { value, places };
        }
        let s = format!("{value:.4}");
        let places = s
            .trim_end_matches('0')
            .split_once('.')
            .map_or(0, |(_, fraction)| fraction.len());
        Number { value, places }
    }

    /// The number written with a decimal comma or point.
    pub(super) fn written(self, comma: bool) -> String {
        let scaled = self.value * 10f64.powi(self.places as i32);
        if !whole(scaled) {
            let s = format!("{:.*}", self.places, self.value);
            return if comma { s.replace('.', ",") } else { s };
        }
        // The digits of the whole number, with the point put in: what
        // `format!` writes for these values, without its arbitrary-precision
        // path, in one string (a page writes thousands of numbers).
        let mut out = String::with_capacity(self.places + 12);
        if self.value.is_sign_negative() {
            out.push('-');
        }
        let digits = scaled.abs() as u64;
        let _ = write!(out, "{digits:0>width$}", width = self.places + 1);
        if self.places > 0 {
            out.insert(out.len() - self.places, if comma { ',' } else { '.' });
        }
        out
    }

    fn fluent(self) -> FluentValue<'static> {
        // A count carries no digit options, so that it equals a variant key
        // such as `[1]` (Fluent compares numbers with their options).
        let digits = (self.places > 0).then_some(self.places);
        FluentValue::Number(FluentNumber::new(self.value, number_options(digits)))
    }
}

/// The options of every number filled in: exactly `digits` decimals, or
/// none given (a count).
pub(super) fn number_options(digits: Option<usize>) -> FluentNumberOptions {
    FluentNumberOptions {
        minimum_fraction_digits: digits,
        maximum_fraction_digits: digits,
        ..FluentNumberOptions::default()
    }
}

macro_rules! count {
    ($($t:ty)+) => {$(
        impl From<$t> for Number {
            /// A count: a whole number, written without decimals.
            fn from(n: $t) -> Number {
                Number { value: n as f64, places: 0 }
            }
        }
        impl Arg for $t {
            fn fluent(&self) -> FluentValue<'_> {
                Number::from(*self).fluent()
            }
        }
    )+};
}
count!(u32 u64 usize);

/// Anything a caller fills into a message. Text goes in as text, numbers
/// as numbers: `m.fill("points", &[("n", &Number::decimal(3.5))])`.
pub trait Arg {
    fn fluent(&self) -> FluentValue<'_>;
}

impl Arg for &str {
    fn fluent(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

impl Arg for String {
    fn fluent(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl Arg for Number {
    fn fluent(&self) -> FluentValue<'_> {
        Number::fluent(*self)
    }
}

/// An owned value, for messages filled later (a finding carries its values
/// until the page that shows it is written in its language).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(Number),
}

impl Arg for Value {
    fn fluent(&self) -> FluentValue<'_> {
        match self {
            Value::Text(s) => s.fluent(),
            Value::Number(n) => n.fluent(),
        }
    }
}

/// A value compares with text as it is written in English, so a caller can
/// look for a finding's file name without knowing how it was stored.
impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        match self {
            Value::Text(s) => s == other,
            Value::Number(n) => n.written(false) == other,
        }
    }
}

/// Fluent's arguments from a caller's list.
pub(super) fn fluent_args<'a>(args: &'a [(&str, &'a dyn Arg)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        out.set(*name, value.fluent());
    }
    out
}

/// Fluent's number formatter for a language writing a decimal comma (sq,
/// sr): numbers keep the notation the rest of the page uses.
pub(super) fn with_comma<M>(value: &FluentValue, _: &M) -> Option<String> {
    written(value, true)
}

/// A whole number, small enough that a product which rounded to it was
/// within a millionth of it.
fn whole(x: f64) -> bool {
    x.fract() == 0.0 && x.abs() < 1e9
}

/// Fluent's number formatter for a language writing a decimal point (en).
pub(super) fn with_point<M>(value: &FluentValue, _: &M) -> Option<String> {
    written(value, false)
}

fn written(value: &FluentValue, comma: bool) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let places = n.options.minimum_fraction_digits.unwrap_or(0);
            Some(Number::fixed(n.value, places).written(comma))
        }
        _ => None,
    }
}

/// `PLURAL($n)`: what a selector on a number selects. It is `$n` itself,
/// so CLDR's rules choose (Serbian one / few / other, Albanian and English
/// one / other), except that in Serbian a number written with decimals
/// takes the genitive singular ("3,5 boda", "24,5 sata", Pravopis), which is
/// the form of the `few` variant, where CLDR would read the digits after
/// the comma ("1,5" → other).
pub(super) fn plural(
    serbian: bool,
) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a> + Send + Sync + 'static {
    move |positional, _named| match positional {
        [FluentValue::Number(n)]
            if serbian && n.options.minimum_fraction_digits.unwrap_or(0) > 0 =>
        {
            FluentValue::from("few")
        }
        [value] => value.clone(),
        _ => FluentValue::Error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_keep_only_the_digits_that_count() {
        assert_eq!(Number::decimal(35.0).written(false), "35");
        assert_eq!(Number::decimal(0.8).written(true), "0,8");
        assert_eq!(Number::decimal(24.5).written(true), "24,5");
        assert_eq!(Number::decimal(1.0 / 3.0).written(false), "0.3333");
        assert_eq!(Number::fixed(66.0, 2).written(true), "66,00");
        assert_eq!(Number::from(21_usize).written(true), "21");
    }

    #[test]
    fn the_quick_digits_are_the_formatted_digits() {
        let reference = |value: f64| {
            let s = format!("{value:.4}");
            let places = s
                .trim_end_matches('0')
                .split_once('.')
                .map_or(0, |(_, fraction)| fraction.len());
            (places, format!("{value:.places$}"))
        };
        let mut values = vec![
            0.0,
            -0.0,
            0.1 + 0.2,
            1e9,
            123_456_789.123_4,
            9.999_95,
            2.675,
        ];
        values.extend((-2000..2000).map(|i| f64::from(i) / 8.0));
        values.extend((0..20_000).map(|i| f64::from(i) / 100.0));
        values.extend((0..5000).map(|i| f64::from(i) * 0.1));
        values.extend((0..5000).map(|i| f64::from(i) / 3.0));
        values.extend((0..3000).map(|i| f64::from(i) * 0.0001 + 17.5));
        for v in values {
            let n = Number::decimal(v);
            assert_eq!((n.places, n.written(false)), reference(v), "{v:?}");
            assert_eq!(
                Number::fixed(v, 2).written(false),
                format!("{v:.2}"),
                "{v:?}"
            );
        }
    }

    /// How numbers were written before they were written in one string.
    fn written_before(n: Number, comma: bool) -> String {
        let scaled = n.value * 10f64.powi(n.places as i32);
        let s = if whole(scaled) {
            let digits = format!("{:0>width$}", scaled.abs() as u64, width = n.places + 1);
            let (int, fraction) = digits.split_at(digits.len() - n.places);
            let sign = if n.value.is_sign_negative() { "-" } else { "" };
            match fraction {
                "" => format!("{sign}{int}"),
                _ => format!("{sign}{int}.{fraction}"),
            }
        } else {
            format!("{:.*}", n.places, n.value)
        };
        if comma { s.replace('.', ",") } else { s }
    }

    #[test]
    fn numbers_are_written_as_they_were() {
        let mut values = vec![
            0.0,
            -0.0,
            0.1 + 0.2,
            -0.004,
            1e9,
            -1e9,
            999_999_999.0,
            123_456_789.123_4,
            9.999_95,
            2.675,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            1e300,
        ];
        values.extend((-3000..3000).map(|i| f64::from(i) / 8.0));
        values.extend((-20_000..20_000).map(|i| f64::from(i) / 100.0));
        values.extend((0..5000).map(|i| f64::from(i) * 0.1));
        values.extend((0..5000).map(|i| f64::from(i) / 3.0));
        values.extend((0..3000).map(|i| f64::from(i) * 0.0001 + 17.5));
        values.extend((0..60).map(|i| 10f64.powi(i - 30)));
        for v in values {
            let numbers = (0..=7)
                .map(|places| Number::fixed(v, places))
                .chain([Number::decimal(v), Number::fixed(v, 20)]);
            for n in numbers {
                for comma in [false, true] {
                    assert_eq!(n.written(comma), written_before(n, comma), "{n:?} {comma}");
                }
            }
        }
    }

    #[test]
    fn a_value_compares_with_its_english_text() {
        assert!(Value::Text("a.xlsx".into()) == *"a.xlsx");
        assert!(Value::Number(Number::decimal(1.5)) == *"1.5");
    }
}
