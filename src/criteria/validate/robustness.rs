//! The robustness analysis: how many draws, from which seed, how far each
//! weight may vary, and how far the jury's share and the band bounds may
//! move when they are varied too.

use super::checker::Checker;
use crate::criteria::Robustness;
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::{Num, RawRobustness, S};

/// Enough draws for shares to the percent, few enough to stay quick.
const DEFAULT_DRAWS: u32 = 1000;
/// A weight varied by 100 % or more could vanish or turn negative.
const MAX_WEIGHTS: f64 = 100.0;
/// Beyond this the analysis no longer answers within seconds.
const MAX_DRAWS: i64 = 100_000;
/// A share or a bound moved further than the whole 0–100 scale moves no
/// further: it is clamped to the scale.
const MAX_POINTS: f64 = 100.0;

/// `has_jury`: whether the criteria have a jury, without which there is no
/// split of the total to vary.
pub(super) fn robustness(c: &mut Checker, raw: &RawRobustness, has_jury: bool) -> Robustness {
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
    let jury_split = raw.jury_split.as_ref().and_then(|j| {
        if !has_jury {
            c.error(
                Code::Robustness,
                Pos::of(j),
                "jury_split varies the jury's share of the total, but the criteria have no `jury`",
                "add the jury, or remove `jury_split`",
            );
        }
        points(
            c,
            j,
            "jury_split",
            "use 10 to let the jury's share of 30 % vary from 20 to 40",
        )
    });
    let band_bounds = raw.band_bounds.as_ref().and_then(|b| {
        points(
            c,
            b,
            "band_bounds",
            "use 5 to let a bound at 66 move from 61 to 71",
        )
    });
    Robustness {
        draws,
        seed,
        weights,
        jury_split,
        band_bounds,
    }
}

/// How far a share or a bound may move, in points: above 0 (leave the key
/// out to keep it fixed) and at most the whole scale.
fn points(c: &mut Checker, raw: &S<Num>, key: &str, hint: &str) -> Option<f64> {
    let value = raw.value.0;
    if value > 0.0 && value <= MAX_POINTS {
        return Some(value);
    }
    c.error(
        Code::Robustness,
        Pos::of(raw),
        format!("{key} must be more than 0 and at most {MAX_POINTS} points, found {value}"),
        hint,
    );
    None
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

    /// The jury's share and the band bounds move by a positive number of
    /// points within the scale, and the split only where there is a jury.
    #[test]
    fn the_jury_split_and_the_band_bounds_move_within_the_scale() {
        let without_jury = langaward_devkit::without_nominees(&snapshot::replacing_block(
            "\njury:\n",
            "\nranking:\n",
            "\n",
        ))
        .replace(
            "tie_breaks: [communication, services, jury, full_indicators]",
            "tie_breaks: []",
        )
        .replace("weights: 25", "weights: 25\n  jury_split: 10");
        insta::assert_snapshot!(format!(
            "{}\n{}",
            snapshot::cases(&[
                (
                    "a negative jury split",
                    &[("weights: 25", "weights: 25\n  jury_split: -5")]
                ),
                (
                    "a jury split over 100",
                    &[("weights: 25", "weights: 25\n  jury_split: 101")]
                ),
                (
                    "a jury split of 0",
                    &[("weights: 25", "weights: 25\n  jury_split: 0")]
                ),
                (
                    "a jury split as a word",
                    &[("weights: 25", "weights: 25\n  jury_split: ten")]
                ),
                (
                    "negative band bounds",
                    &[("weights: 25", "weights: 25\n  band_bounds: -1")]
                ),
                (
                    "band bounds over 100",
                    &[("weights: 25", "weights: 25\n  band_bounds: 150")]
                ),
                (
                    "band bounds as a list",
                    &[("weights: 25", "weights: 25\n  band_bounds: [5]")]
                ),
                (
                    "both in range",
                    &[(
                        "weights: 25",
                        "weights: 25\n  jury_split: 10\n  band_bounds: 5"
                    )]
                ),
            ]),
            snapshot::case("a jury split without a jury", without_jury.as_bytes()),
        ));
    }
}
