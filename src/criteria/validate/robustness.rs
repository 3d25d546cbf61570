//! The robustness analysis: how many draws, from which seed, and how far
//! each weight may vary.

use super::checker::Checker;
use crate::criteria::Robustness;
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::RawRobustness;

/// Enough draws for shares to the percent, few enough to stay quick.
const DEFAULT_DRAWS: u32 = 1000;
/// A weight varied by 100 % or more could vanish or turn negative.
const MAX_WEIGHTS: f64 = 100.0;
/// Beyond this the analysis no longer answers within seconds.
const MAX_DRAWS: i64 = 100_000;

pub(super) fn robustness(c: &mut Checker, raw: &RawRobustness) -> Robustness {
    let draws = match &raw.draws {
        None => DEFAULT_DRAWS,
        Some(d) => match u32::try_from(d.value.0) {
            Ok(n) if n >= 1 && i64::from(n) <= MAX_DRAWS => n,
            _ => {
                c.error(
                    Code::Robustness,
                    Pos::of(d),
                    format!("draws must be from 1 to {MAX_DRAWS}, found {}", d.value.0),
                    "1000 draws give each share to about a percent",
                );
                DEFAULT_DRAWS
            }
        },
    };
    let seed = match &raw.seed {
        None => 0,
        Some(s) => u64::try_from(s.value.0).unwrap_or_else(|_| {
            c.error(
                Code::Robustness,
                Pos::of(s),
                format!("the seed must not be negative, found {}", s.value.0),
                "any whole number from 0 will do, such as the edition's year",
            );
            0
        }),
    };
    let weights = raw.weights.value.0;
    if !(weights > 0.0 && weights < MAX_WEIGHTS) {
        c.error(
            Code::Robustness,
            Pos::of(&raw.weights),
            format!("weights must vary by more than 0 and less than {MAX_WEIGHTS} percent, found {weights}"),
            "use 25 to let each weight vary by ±25 %",
        );
    }
    Robustness {
        draws,
        seed,
        weights,
    }
}

#[cfg(test)]
mod tests {
    use super::super::snapshot;

    #[test]
    fn draws_seed_and_weights_are_in_range() {
        insta::assert_snapshot!(snapshot::cases(&[
            ("no draws", &[("draws: 1000", "draws: 0")]),
            ("a negative seed", &[("seed: 2026", "seed: -1")]),
            ("weights of 100 %", &[("weights: 25", "weights: 100")]),
        ]));
    }
}
