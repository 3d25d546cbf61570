//! Exact numbers for the sums the documentation promises to round once.
//!
//! A total such as 34.675 is a fraction of the rows met and the weights
//! written in the criteria file; summed as binary floating point it comes
//! out as 34.674999… and rounds the wrong way, which near a band bound or in
//! a tie changes an outcome. So shares, weights and marks are kept as exact
//! fractions (arbitrary precision, so no sum can overflow) and rounded once,
//! half away from zero.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

/// An exact fraction.
pub type Exact = BigRational;

/// `n / d` exactly; a zero denominator gives zero (an empty share).
pub fn ratio(n: u64, d: u64) -> Exact {
    if d == 0 {
        return Exact::zero();
    }
    Exact::new(BigInt::from(n), BigInt::from(d))
}

/// The decimal a number was written as. Weights, bounds and marks come from
/// YAML or a spreadsheet cell as floating point; Rust prints an `f64` as the
/// shortest decimal that reads back as the same value, which is the decimal
/// the secretariat or the juror typed ("0.1", "12.5"). Not-a-number and
/// infinity, which validation never lets through, count as zero.
pub fn decimal(x: f64) -> Exact {
    if !x.is_finite() {
        return Exact::zero();
    }
    let text = format!("{x}");
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let numerator: BigInt = format!("{whole}{fraction}").parse().unwrap_or_default();
    let denominator = num_traits::pow(BigInt::from(10), fraction.len());
    let value = Exact::new(numerator, denominator);
    if negative { -value } else { value }
}

/// A count of `10^-decimals` units (a rounded score) as a fraction.
pub fn from_units(units: i64, decimals: u32) -> Exact {
    Exact::from_integer(BigInt::from(units)) / scale(decimals)
}

/// `x` in units of `10^-decimals`, rounded once, half away from zero.
pub fn round_units(x: &Exact, decimals: u32) -> i64 {
    (x * scale(decimals))
        .round()
        .to_integer()
        .to_i64()
        .unwrap_or(i64::MAX)
}

/// `x` in units of `10^-decimals`, rounded down, and what is left over (in
/// units, between 0 and 1): the two halves of apportioning.
pub fn floor_units(x: &Exact, decimals: u32) -> (i64, Exact) {
    let scaled = x * scale(decimals);
    let floor = scaled.floor();
    let rest = &scaled - &floor;
    (floor.to_integer().to_i64().unwrap_or(i64::MAX), rest)
}

/// The nearest floating-point value, for display and for the checks that
/// need no exactness.
pub fn to_f64(x: &Exact) -> f64 {
    x.to_f64().unwrap_or(0.0)
}

/// Writes an optional exact value as the nearest floating-point number:
/// what JSON readers expect.
pub fn serialize_option<S: serde::Serializer>(x: &Option<Exact>, s: S) -> Result<S::Ok, S::Error> {
    match x {
        Some(x) => s.serialize_some(&to_f64(x)),
        None => s.serialize_none(),
    }
}

/// Whether a fraction is above zero.
pub fn positive(x: &Exact) -> bool {
    x.is_positive()
}

fn scale(decimals: u32) -> Exact {
    Exact::from_integer(num_traits::pow(BigInt::from(10), decimals as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_read_as_written() {
        assert_eq!(decimal(0.1), ratio(1, 10));
        assert_eq!(decimal(12.5), ratio(25, 2));
        assert_eq!(decimal(35.0), ratio(35, 1));
        assert_eq!(decimal(-1.25), -ratio(5, 4));
        assert_eq!(decimal(1e-7), ratio(1, 10_000_000));
        assert_eq!(decimal(f64::NAN), Exact::zero());
    }

    #[test]
    fn rounding_is_half_away_from_zero_once() {
        // 34.675 and 17.525 as fractions: floating point gives 34.67 and 17.52.
        assert_eq!(round_units(&ratio(34_675, 1000), 2), 3468);
        assert_eq!(round_units(&ratio(17_525, 1000), 2), 1753);
        assert_eq!(round_units(&-ratio(3, 2), 0), -2);
        assert_eq!(round_units(&ratio(200, 3), 2), 6667);
        assert_eq!(
            (34.675f64 * 100.0).round(),
            3467.0,
            "what floating point does"
        );
    }

    #[test]
    fn units_read_back() {
        assert_eq!(from_units(3468, 2), ratio(3468, 100));
        assert_eq!(from_units(-5, 1), -ratio(1, 2));
    }

    #[test]
    fn floors_keep_their_remainder() {
        assert_eq!(floor_units(&ratio(34_675, 1000), 2), (3467, ratio(1, 2)));
        assert_eq!(floor_units(&ratio(1, 3), 0), (0, ratio(1, 3)));
    }
}
