//! Points: a score rounded once and kept as whole units of its last
//! decimal, so sums of shown numbers are exact, and the apportioning that
//! makes the shown parts add up to the shown total.

use crate::exact::{self, Exact};
use serde::{Serialize, Serializer};
use std::fmt;

/// A score rounded once to the edition's decimals, kept as an integer count
/// of the smallest unit so sums are exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score {
    units: i64,
    decimals: u32,
}

impl Score {
    /// An exact value rounded once, half away from zero: the rule the
    /// criteria README documents.
    pub fn exact(value: &Exact, decimals: u32) -> Score {
        Score {
            units: exact::round_units(value, decimals),
            decimals,
        }
    }

    /// A value that needs no exact rounding (a count, a displayed mark).
    pub fn round(value: f64, decimals: u32) -> Score {
        Score {
            units: (value * scale(decimals)).round() as i64,
            decimals,
        }
    }

    pub fn zero(decimals: u32) -> Score {
        Score { units: 0, decimals }
    }

    pub fn value(self) -> f64 {
        self.units as f64 / scale(self.decimals)
    }

    pub fn units(self) -> i64 {
        self.units
    }

    /// The rounded score as an exact fraction, to compute with further.
    pub fn as_exact(self) -> Exact {
        exact::from_units(self.units, self.decimals)
    }

    pub(super) fn from_units(units: i64, decimals: u32) -> Score {
        Score { units, decimals }
    }
}

fn scale(decimals: u32) -> f64 {
    10f64.powi(decimals as i32)
}

impl std::ops::Add for Score {
    type Output = Score;
    fn add(self, other: Score) -> Score {
        Score::from_units(self.units + other.units, self.decimals)
    }
}

/// Fixed decimals, '.' separator: the machine-readable form (CSV, JSON).
impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.units < 0 { "-" } else { "" };
        let abs = self.units.unsigned_abs();
        if self.decimals == 0 {
            return write!(f, "{sign}{abs}");
        }
        let s = 10u64.pow(self.decimals);
        write!(
            f,
            "{sign}{}.{:0width$}",
            abs / s,
            abs % s,
            width = self.decimals as usize
        )
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.value())
    }
}

/// Rounds the exact total once, then shares its units among the parts by
/// largest remainder, so the rounded parts add up to the rounded total.
pub fn apportion(exact: &[Exact], decimals: u32) -> (Score, Vec<Score>) {
    let total_units = exact::round_units(&exact.iter().sum(), decimals);
    let (mut floors, rests): (Vec<i64>, Vec<Exact>) = exact
        .iter()
        .map(|x| exact::floor_units(x, decimals))
        .unzip();
    let mut deficit = total_units - floors.iter().sum::<i64>();
    let mut order: Vec<usize> = (0..exact.len()).collect();
    order.sort_by(|&a, &b| rests.get(b).cmp(&rests.get(a)).then(a.cmp(&b)));
    for i in order.iter().cycle().take(exact.len().max(1) * 2) {
        if deficit == 0 {
            break;
        }
        if let Some(f) = floors.get_mut(*i) {
            let step = deficit.signum();
            *f += step;
            deficit -= step;
        }
    }
    (
        Score::from_units(total_units, decimals),
        floors
            .into_iter()
            .map(|u| Score::from_units(u, decimals))
            .collect(),
    )
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn score_display_is_fixed_decimals() {
        assert_eq!(Score::round(5.0, 2).to_string(), "5.00");
        assert_eq!(Score::round(0.005, 2).to_string(), "0.01");
        assert_eq!(Score::round(12.345, 0).to_string(), "12");
        assert_eq!(Score::round(-1.5, 1).to_string(), "-1.5");
    }

    /// The reference the exact arithmetic is checked against, written
    /// independently: `num / den` in units of `10^-d`, rounded half away
    /// from zero, in plain integers.
    pub(in crate::scoring) fn reference_units(num: i128, den: i128, d: u32) -> i64 {
        let scaled = num * 10i128.pow(d);
        let twice = 2 * scaled.abs() + den;
        let units = (twice / (2 * den)) as i64;
        if scaled < 0 { -units } else { units }
    }

    proptest! {
        #[test]
        fn contributions_add_up_to_the_total(
            parts in proptest::collection::vec((0i128..4_000, 1i128..100), 1..12),
            d in 0u32..4,
        ) {
            let exact: Vec<Exact> = parts
                .iter()
                .map(|&(n, q)| exact::ratio(n as u64, q as u64))
                .collect();
            let (total, shares) = apportion(&exact, d);
            let sum: i64 = shares.iter().map(|s| s.units()).sum();
            prop_assert_eq!(sum, total.units());
            let den: i128 = parts.iter().map(|p| p.1).product();
            let num: i128 = parts.iter().map(|&(n, q)| n * (den / q)).sum();
            prop_assert_eq!(total.units(), reference_units(num, den, d));
            // Each shown part is within one unit of its exact value.
            for ((n, q), s) in parts.iter().zip(&shares) {
                prop_assert!((i128::from(s.units()) * q - n * 10i128.pow(d)).abs() < *q);
            }
        }
    }
}
