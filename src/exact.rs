//! Exact numbers for the sums the documentation promises to round once.
//!
//! A total such as 34.675 is a fraction of the rows met and the weights
//! written in the criteria file; summed as binary floating point it comes
//! out as 34.674999… and rounds the wrong way, which near a band bound or in
//! a tie changes an outcome. So shares, weights and marks are kept as exact
//! fractions and rounded once, half away from zero.
//!
//! Nearly every such fraction is small (row counts, weights such as 17.5,
//! credits such as 0.5), and scoring adds one up for every evidence row, so
//! an [`Exact`] is kept as a reduced fraction of machine integers while it
//! fits, with every step checked. A step that would overflow is done again
//! on arbitrary-precision integers instead, so no sum can overflow or lose
//! exactness: the result is always the same fraction, whichever way it was
//! computed, and a value that fits machine integers again moves back.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Div, Mul, Neg, Sub};

/// An exact fraction.
#[derive(Clone)]
pub struct Exact(Repr);

/// How an [`Exact`] is held. A value is `Small` whenever its reduced
/// numerator and denominator fit, so the big form stays the rare case.
#[derive(Clone)]
enum Repr {
    Small(Small),
    /// Boxed so the common, small case keeps the value compact.
    Big(Box<BigRational>),
}

/// A fraction of machine integers in lowest terms, denominator above zero:
/// the one form each value has, so equal values have equal fields.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Small {
    numer: i64,
    denom: i64,
}

/// The integers in `-2^53..=2^53`, which an `f64` holds exactly.
const F64_EXACT: i64 = 1 << f64::MANTISSA_DIGITS;

impl Small {
    const ZERO: Small = Small { numer: 0, denom: 1 };
    const ONE: Small = Small { numer: 1, denom: 1 };

    /// `numer / denom` in lowest terms; `None` for a zero denominator or
    /// when the reduced form does not fit (only near `i64::MIN`).
    fn new(numer: i64, denom: i64) -> Option<Small> {
        if denom == 0 {
            return None;
        }
        let g = common_divisor(numer, denom)?;
        let (numer, denom) = if g == 1 {
            (numer, denom)
        } else {
            (numer / g, denom / g)
        };
        if denom < 0 {
            Some(Small {
                numer: numer.checked_neg()?,
                denom: denom.checked_neg()?,
            })
        } else {
            Some(Small { numer, denom })
        }
    }

    fn integer(n: i64) -> Small {
        Small { numer: n, denom: 1 }
    }

    /// `self ± other` (by `op`) over the least common denominator, as
    /// num-rational does, so that intermediate products stay small.
    fn combine(self, other: Small, op: fn(i64, i64) -> Option<i64>) -> Option<Small> {
        if self.denom == other.denom {
            return Small::new(op(self.numer, other.numer)?, self.denom);
        }
        let g = common_divisor(self.denom, other.denom)?;
        let (a, b) = (self.denom / g, other.denom / g);
        let numer = op(self.numer.checked_mul(b)?, other.numer.checked_mul(a)?)?;
        Small::new(numer, self.denom.checked_mul(b)?)
    }

    fn checked_add(self, other: Small) -> Option<Small> {
        self.combine(other, i64::checked_add)
    }

    fn checked_sub(self, other: Small) -> Option<Small> {
        self.combine(other, i64::checked_sub)
    }

    /// The product, cross-reduced first: both factors are in lowest terms,
    /// so after dividing out the cross common factors the result is too.
    fn checked_mul(self, other: Small) -> Option<Small> {
        if self.numer == 0 || other.numer == 0 {
            return Some(Small::ZERO);
        }
        let g1 = common_divisor(self.numer, other.denom)?;
        let g2 = common_divisor(other.numer, self.denom)?;
        Some(Small {
            numer: (self.numer / g1).checked_mul(other.numer / g2)?,
            denom: (self.denom / g2).checked_mul(other.denom / g1)?,
        })
    }

    /// `1 / self`; `None` for zero.
    fn recip(self) -> Option<Small> {
        Small::new(self.denom, self.numer)
    }

    fn checked_neg(self) -> Option<Small> {
        Some(Small {
            numer: self.numer.checked_neg()?,
            denom: self.denom,
        })
    }

    /// `None` when the cross products overflow.
    fn checked_cmp(self, other: Small) -> Option<Ordering> {
        if self.denom == other.denom {
            return Some(self.numer.cmp(&other.numer));
        }
        let left = self.numer.checked_mul(other.denom)?;
        let right = other.numer.checked_mul(self.denom)?;
        Some(left.cmp(&right))
    }

    fn to_big(self) -> BigRational {
        BigRational::new_raw(BigInt::from(self.numer), BigInt::from(self.denom))
    }
}

/// The greatest common divisor of two values, not both zero, as an
/// `i64`; `None` only for `i64::MIN` and 0 or itself.
fn common_divisor(a: i64, b: i64) -> Option<i64> {
    i64::try_from(binary_gcd(a.unsigned_abs(), b.unsigned_abs())).ok()
}

/// Stein's algorithm.
fn binary_gcd(mut a: u64, mut b: u64) -> u64 {
    if a == 0 {
        return b;
    }
    if b == 0 {
        return a;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

impl Exact {
    /// `numer / denom`, reduced; a zero denominator gives zero.
    fn fraction(numer: i64, denom: i64) -> Exact {
        match Small::new(numer, denom) {
            Some(s) => Exact(Repr::Small(s)),
            None if denom == 0 => Exact::zero(),
            None => Exact::from_big(BigRational::new(numer.into(), denom.into())),
        }
    }

    /// The machine form whenever the value fits it, so each value has one
    /// representation and the big form is only kept for what needs it.
    fn from_big(x: BigRational) -> Exact {
        match (x.numer().to_i64(), x.denom().to_i64()) {
            (Some(numer), Some(denom)) => Exact(Repr::Small(Small { numer, denom })),
            _ => Exact(Repr::Big(Box::new(x))),
        }
    }

    fn to_big(&self) -> BigRational {
        match &self.0 {
            Repr::Small(s) => s.to_big(),
            Repr::Big(b) => (**b).clone(),
        }
    }

    /// Applies `small` when both are machine fractions and it does not
    /// overflow, `big` otherwise: both compute the same exact value.
    fn apply(
        &self,
        other: &Exact,
        small: fn(Small, Small) -> Option<Small>,
        big: fn(BigRational, BigRational) -> BigRational,
    ) -> Exact {
        if let (Repr::Small(a), Repr::Small(b)) = (&self.0, &other.0)
            && let Some(s) = small(*a, *b)
        {
            return Exact(Repr::Small(s));
        }
        Exact::from_big(big(self.to_big(), other.to_big()))
    }

    /// `self / other`; dividing by zero gives zero, as an empty share does.
    fn quotient(&self, other: &Exact) -> Exact {
        if other.is_zero() {
            return Exact::zero();
        }
        self.apply(other, |a, b| a.checked_mul(b.recip()?), |a, b| a / b)
    }
}

impl Zero for Exact {
    fn zero() -> Exact {
        Exact(Repr::Small(Small::ZERO))
    }

    fn is_zero(&self) -> bool {
        match &self.0 {
            Repr::Small(s) => s.numer == 0,
            Repr::Big(b) => b.is_zero(),
        }
    }
}

impl One for Exact {
    fn one() -> Exact {
        Exact(Repr::Small(Small::ONE))
    }

    fn is_one(&self) -> bool {
        match &self.0 {
            Repr::Small(s) => *s == Small::ONE,
            Repr::Big(b) => b.is_one(),
        }
    }
}

impl From<i64> for Exact {
    fn from(n: i64) -> Exact {
        Exact(Repr::Small(Small::integer(n)))
    }
}

/// The four operators for owned and borrowed operands alike, all through
/// the one borrowed implementation.
macro_rules! operator {
    ($trait:ident, $method:ident, $body:expr) => {
        impl $trait<&Exact> for &Exact {
            type Output = Exact;
            fn $method(self, other: &Exact) -> Exact {
                let f: fn(&Exact, &Exact) -> Exact = $body;
                f(self, other)
            }
        }
        impl $trait<Exact> for &Exact {
            type Output = Exact;
            fn $method(self, other: Exact) -> Exact {
                self.$method(&other)
            }
        }
        impl $trait<&Exact> for Exact {
            type Output = Exact;
            fn $method(self, other: &Exact) -> Exact {
                (&self).$method(other)
            }
        }
        impl $trait<Exact> for Exact {
            type Output = Exact;
            fn $method(self, other: Exact) -> Exact {
                (&self).$method(&other)
            }
        }
    };
}

operator!(Add, add, |a, b| a
    .apply(b, Small::checked_add, |a, b| a + b));
operator!(Sub, sub, |a, b| a
    .apply(b, Small::checked_sub, |a, b| a - b));
operator!(Mul, mul, |a, b| a
    .apply(b, Small::checked_mul, |a, b| a * b));
operator!(Div, div, Exact::quotient);

impl AddAssign<&Exact> for Exact {
    fn add_assign(&mut self, other: &Exact) {
        *self = &*self + other;
    }
}

impl AddAssign<Exact> for Exact {
    fn add_assign(&mut self, other: Exact) {
        *self += &other;
    }
}

impl Neg for Exact {
    type Output = Exact;
    fn neg(self) -> Exact {
        match &self.0 {
            Repr::Small(s) => match s.checked_neg() {
                Some(s) => Exact(Repr::Small(s)),
                None => Exact::from_big(-s.to_big()),
            },
            Repr::Big(b) => Exact::from_big(-(**b).clone()),
        }
    }
}

impl Sum for Exact {
    fn sum<I: Iterator<Item = Exact>>(iter: I) -> Exact {
        iter.fold(Exact::zero(), |sum, x| sum + x)
    }
}

impl<'a> Sum<&'a Exact> for Exact {
    fn sum<I: Iterator<Item = &'a Exact>>(iter: I) -> Exact {
        iter.fold(Exact::zero(), |sum, x| sum + x)
    }
}

impl Ord for Exact {
    fn cmp(&self, other: &Exact) -> Ordering {
        if let (Repr::Small(a), Repr::Small(b)) = (&self.0, &other.0)
            && let Some(order) = a.checked_cmp(*b)
        {
            return order;
        }
        self.to_big().cmp(&other.to_big())
    }
}

impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Exact) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Exact {
    fn eq(&self, other: &Exact) -> bool {
        match (&self.0, &other.0) {
            (Repr::Small(a), Repr::Small(b)) => a == b,
            _ => self.cmp(other) == Ordering::Equal,
        }
    }
}

impl Eq for Exact {}

/// `numer/denom`, the same for a value in either form.
impl fmt::Debug for Exact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Small(s) => write!(f, "{}/{}", s.numer, s.denom),
            Repr::Big(b) => write!(f, "{}/{}", b.numer(), b.denom()),
        }
    }
}

/// `n / d` exactly; a zero denominator gives zero (an empty share).
pub fn ratio(n: u64, d: u64) -> Exact {
    match (i64::try_from(n), i64::try_from(d)) {
        (Ok(n), Ok(d)) => Exact::fraction(n, d),
        _ if d == 0 => Exact::zero(),
        _ => Exact::from_big(BigRational::new(n.into(), d.into())),
    }
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
    short_decimal(x).unwrap_or_else(|| printed_decimal(x))
}

/// The decimal of [`decimal`] without printing it, for a number with a
/// short decimal: the first `m / 10^k` (`k` digits after the point) that
/// reads back as `x`, `m / power == x` being exactly how the decimal is
/// read (both operands exact, one correctly rounded division). While
/// `|m| < 2^51` the numbers that read back as `x` span less than half a
/// step of `10^-k`, so at most one such `m` exists for each `k`, the
/// rounded product `x * 10^k` (off by under a quarter step) finds it, and
/// the shortest printed decimal, which has no more digits after the point,
/// is that same value. `None` leaves the rest to the printed form.
fn short_decimal(x: f64) -> Option<Exact> {
    const LIMIT: f64 = (1u64 << 51) as f64;
    let mut power = 1.0f64;
    let mut denom = 1i64;
    // 10^18 is the largest power of ten the machine form's denominator
    // holds; a decimal with more digits after the point is printed.
    for _ in 0..=18 {
        let m = (x * power).round();
        if m.abs() >= LIMIT {
            return None;
        }
        if m / power == x {
            // |m| < 2^51, so the conversion is exact.
            return Some(Exact::fraction(m as i64, denom));
        }
        power *= 10.0;
        denom = denom.checked_mul(10)?;
    }
    None
}

/// [`decimal`] by printing the shortest decimal and reading its digits.
fn printed_decimal(x: f64) -> Exact {
    let text = format!("{x}");
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let numerator: BigInt = format!("{whole}{fraction}").parse().unwrap_or_default();
    let denominator = num_traits::pow(BigInt::from(10), fraction.len());
    let value = Exact::from_big(BigRational::new(numerator, denominator));
    if negative { -value } else { value }
}

/// A count of `10^-decimals` units (a rounded score) as a fraction.
pub fn from_units(units: i64, decimals: u32) -> Exact {
    Exact::from(units) / scale(decimals)
}

/// `x` in units of `10^-decimals`, rounded once, half away from zero.
pub fn round_units(x: &Exact, decimals: u32) -> i64 {
    match (x * scale(decimals)).0 {
        Repr::Small(Small { numer, denom }) => {
            let (whole, rest) = (numer / denom, numer % denom);
            // |rest| ≥ denom / 2, without doubling (which could overflow).
            let half_or_more = rest.unsigned_abs() >= denom.unsigned_abs() - rest.unsigned_abs();
            // `whole` is at most `i64::MAX` only for a whole number, which
            // has no rest to round.
            if half_or_more {
                whole + numer.signum()
            } else {
                whole
            }
        }
        Repr::Big(b) => b.round().to_integer().to_i64().unwrap_or(i64::MAX),
    }
}

/// `x` in units of `10^-decimals`, rounded down, and what is left over (in
/// units, between 0 and 1): the two halves of apportioning.
pub fn floor_units(x: &Exact, decimals: u32) -> (i64, Exact) {
    match (x * scale(decimals)).0 {
        Repr::Small(Small { numer, denom }) => {
            let floor = numer.div_euclid(denom);
            let rest = Exact::fraction(numer.rem_euclid(denom), denom);
            (floor, rest)
        }
        Repr::Big(scaled) => {
            let floor = scaled.floor();
            let rest = Exact::from_big(&*scaled - &floor);
            (floor.to_integer().to_i64().unwrap_or(i64::MAX), rest)
        }
    }
}

/// The nearest floating-point value, for display and for the checks that
/// need no exactness.
pub fn to_f64(x: &Exact) -> f64 {
    match &x.0 {
        // Both exact in an f64, so one division rounds correctly, as the
        // big form's conversion does (and by the same division).
        Repr::Small(Small { numer, denom })
            if (-F64_EXACT..=F64_EXACT).contains(numer) && *denom <= F64_EXACT =>
        {
            *numer as f64 / *denom as f64
        }
        _ => x.to_big().to_f64().unwrap_or(0.0),
    }
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
    match &x.0 {
        Repr::Small(s) => s.numer > 0,
        Repr::Big(b) => b.is_positive(),
    }
}

fn scale(decimals: u32) -> Exact {
    match 10i64.checked_pow(decimals) {
        Some(p) => Exact(Repr::Small(Small::integer(p))),
        None => Exact::from_big(BigRational::from_integer(num_traits::pow(
            BigInt::from(10),
            decimals as usize,
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn big(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    /// The same value held in the big form, as no operation would leave it.
    fn held_big(x: &Exact) -> Exact {
        Exact(Repr::Big(Box::new(x.to_big())))
    }

    fn is_small(x: &Exact) -> bool {
        matches!(x.0, Repr::Small(_))
    }

    #[test]
    fn decimals_are_read_as_written() {
        assert_eq!(decimal(0.1), ratio(1, 10));
        assert_eq!(decimal(12.5), ratio(25, 2));
        assert_eq!(decimal(35.0), ratio(35, 1));
        assert_eq!(decimal(-1.25), -ratio(5, 4));
        assert_eq!(decimal(1e-7), ratio(1, 10_000_000));
        assert_eq!(decimal(f64::NAN), Exact::zero());
        assert_eq!(decimal(-0.0), Exact::zero());
        assert_eq!(decimal(0.1 + 0.2), printed_decimal(0.1 + 0.2));
        assert_eq!(decimal(1e300), printed_decimal(1e300));
        assert_eq!(decimal(5e-324), printed_decimal(5e-324));
    }

    #[test]
    fn rounding_is_half_away_from_zero_once() {
        // 34.675 and 17.525 as fractions: floating point gives 34.67 and 17.52.
        assert_eq!(round_units(&ratio(34_675, 1000), 2), 3468);
        assert_eq!(round_units(&ratio(17_525, 1000), 2), 1753);
        assert_eq!(round_units(&-ratio(3, 2), 0), -2);
        assert_eq!(round_units(&-ratio(5, 2), 0), -3);
        assert_eq!(round_units(&ratio(5, 2), 0), 3);
        assert_eq!(round_units(&-ratio(34_675, 1000), 2), -3468);
        assert_eq!(round_units(&-ratio(34_674, 1000), 2), -3467);
        assert_eq!(round_units(&ratio(200, 3), 2), 6667);
        assert_eq!(round_units(&-ratio(200, 3), 2), -6667);
        assert_eq!(
            (34.675f64 * 100.0).round(),
            3467.0,
            "what floating point does"
        );
    }

    #[test]
    fn rounding_agrees_in_both_forms() {
        for x in [
            ratio(5, 2),
            -ratio(5, 2),
            ratio(7, 3),
            -ratio(7, 3),
            ratio(1, 2),
        ] {
            for d in [0, 1, 2, 40] {
                assert_eq!(round_units(&x, d), round_units(&held_big(&x), d));
                assert_eq!(floor_units(&x, d), floor_units(&held_big(&x), d));
            }
        }
        // 10^40 does not fit in i64: the scaling itself goes big.
        assert_eq!(round_units(&-ratio(1, 3), 40), i64::MAX);
        assert_eq!(floor_units(&ratio(1, 3), 39).0, i64::MAX);
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
        assert_eq!(floor_units(&-ratio(1, 3), 0), (-1, ratio(2, 3)));
    }

    #[test]
    fn overflow_moves_to_the_big_form_and_back() {
        let max = Exact::fraction(i64::MAX, 1);
        let twice = &max + &max;
        assert!(!is_small(&twice));
        assert_eq!(
            twice.to_big(),
            big(i64::MAX, 1) * BigRational::from_integer(2.into())
        );
        assert_eq!(&twice - &max, max);
        assert!(is_small(&(&twice - &max)));
        assert!(is_small(&(&twice / &ratio(2, 1))));
        let tiny = Exact::fraction(1, i64::MAX);
        let sum = &tiny + &ratio(1, 2);
        assert_eq!(sum.to_big(), big(1, i64::MAX) + big(1, 2));
        assert_eq!(-Exact::fraction(i64::MIN, 1), &max + &Exact::one());
        assert_eq!(
            Exact::fraction(i64::MIN, i64::MIN),
            Exact::one(),
            "reduced although the divisor does not fit"
        );
    }

    #[test]
    fn small_and_big_compare_and_sum_alike() {
        let max = Exact::fraction(i64::MAX, 1);
        let huge = &max * &max;
        assert_eq!(huge.cmp(&max), Ordering::Greater);
        assert_eq!(max.cmp(&huge), Ordering::Less);
        assert!(ratio(1, 2) < huge);
        assert!(-huge.clone() < -max.clone());
        let parts = [ratio(1, 3), huge.clone(), -max.clone(), ratio(17, 2)];
        let sum: Exact = parts.iter().sum();
        let expected: BigRational = parts.iter().map(Exact::to_big).sum();
        assert_eq!(sum.to_big(), expected);
        assert_eq!(parts.into_iter().sum::<Exact>(), sum);
    }

    #[test]
    fn a_value_is_equal_in_both_forms() {
        for x in [Exact::zero(), ratio(35, 2), -ratio(1, 3)] {
            let other = held_big(&x);
            assert_eq!(x, other);
            assert_eq!(other, x);
            assert_eq!(x.cmp(&other), Ordering::Equal);
            assert_eq!(format!("{x:?}"), format!("{other:?}"));
            assert_eq!(to_f64(&x), to_f64(&other));
            assert_eq!(positive(&x), positive(&other));
            assert_eq!(x.is_zero(), other.is_zero());
        }
        assert!(held_big(&Exact::one()).is_one());
    }

    #[test]
    fn dividing_by_zero_gives_zero() {
        assert_eq!(ratio(3, 0), Exact::zero());
        assert_eq!(ratio(3, 2) / Exact::zero(), Exact::zero());
        assert_eq!(ratio(3, 2) / held_big(&Exact::zero()), Exact::zero());
    }

    /// Small values, values near the ends of i64, and zero.
    fn integer() -> impl Strategy<Value = i64> {
        prop_oneof![
            -1000i64..1000,
            (i64::MAX - 1000)..=i64::MAX,
            i64::MIN..(i64::MIN + 1000),
            any::<i64>().prop_map(i64::from),
            any::<i64>(),
        ]
    }

    fn fraction() -> impl Strategy<Value = (i64, i64)> {
        (
            integer(),
            integer().prop_filter("a denominator", |d| *d != 0),
        )
    }

    proptest! {
        #[test]
        fn arithmetic_matches_big_rationals((an, ad) in fraction(), (bn, bd) in fraction()) {
            let (a, b) = (Exact::fraction(an, ad), Exact::fraction(bn, bd));
            let (x, y) = (big(an, ad), big(bn, bd));
            prop_assert_eq!((&a + &b).to_big(), &x + &y);
            prop_assert_eq!((&a - &b).to_big(), &x - &y);
            prop_assert_eq!((&a * &b).to_big(), &x * &y);
            if !y.is_zero() {
                prop_assert_eq!((&a / &b).to_big(), &x / &y);
            }
            prop_assert_eq!(a.cmp(&b), x.cmp(&y));
            prop_assert_eq!(a == b, x == y);
            prop_assert_eq!((-a.clone()).to_big(), -x.clone());
            prop_assert_eq!(to_f64(&a), x.to_f64().unwrap_or(0.0));
            prop_assert_eq!(is_small(&a), x.numer().to_i64().is_some() && x.denom().to_i64().is_some());
            let mut sum = a.clone();
            sum += &b;
            sum += b.clone();
            prop_assert_eq!(sum.to_big(), &x + &y + &y);
            for d in [0, 2] {
                let scaled = &x * BigRational::from_integer(BigInt::from(10).pow(d));
                let rounded = scaled.round().to_integer().to_i64().unwrap_or(i64::MAX);
                prop_assert_eq!(round_units(&a, d), rounded);
                let floor = scaled.floor();
                let (units, rest) = floor_units(&a, d);
                prop_assert_eq!(units, floor.to_integer().to_i64().unwrap_or(i64::MAX));
                prop_assert_eq!(rest.to_big(), &scaled - &floor);
            }
        }

        #[test]
        fn short_decimals_are_the_printed_ones(
            x in prop_oneof![any::<u64>().prop_map(f64::from_bits), -1e12f64..1e12, -1e-3f64..1e-3]
        ) {
            prop_assume!(x.is_finite());
            prop_assert_eq!(decimal(x), printed_decimal(x));
        }

        #[test]
        fn typed_decimals_are_the_printed_ones(m in -10_000_000_000i64..10_000_000_000, k in 0i32..12) {
            let x = m as f64 / 10f64.powi(k);
            prop_assert_eq!(decimal(x), printed_decimal(x));
            prop_assert_eq!(decimal(x), Exact::fraction(m, 10i64.pow(k as u32)));
        }
    }
}
