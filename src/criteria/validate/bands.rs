//! The rating bands: each with one lower and one upper bound, best first,
//! together covering 0–100 with no gap and no overlap, so every total
//! falls in exactly one band.

use super::checker::{Checker, text, trim_float};
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::{RawBand, S};
use crate::criteria::{Band, Bound};

/// A band with where its lower and upper bounds are written.
type Placed = (Band, Pos, Pos);

pub(super) fn bands(c: &mut Checker, raw: &S<Vec<RawBand>>) -> Vec<Band> {
    c.unique_ids("band", raw.value.iter().map(|b| &b.id));
    if raw.value.is_empty() {
        c.error(
            Code::BandRange,
            Pos::of(raw),
            "no bands are defined",
            "define bands that cover 0 to 100, best first",
        );
        return Vec::new();
    }
    let out: Vec<Placed> = raw.value.iter().filter_map(|b| band(c, b)).collect();
    if out.len() != raw.value.len() {
        return Vec::new();
    }
    coverage(c, &out);
    out.into_iter().map(|(b, _, _)| b).collect()
}

/// One band's bounds: exactly one of each side, within 0–100, and not empty.
fn band(c: &mut Checker, b: &RawBand) -> Option<Placed> {
    let lower = match (&b.above, &b.from) {
        (Some(v), None) => Some((v, false)),
        (None, Some(v)) => Some((v, true)),
        _ => None,
    };
    let upper = match (&b.to, &b.below) {
        (Some(v), None) => Some((v, true)),
        (None, Some(v)) => Some((v, false)),
        _ => None,
    };
    let (Some((lo, lo_inc)), Some((up, up_inc))) = (lower, upper) else {
        c.error(
            Code::BandBounds,
            Pos::of(&b.id),
            format!(
                "band `{}` needs exactly one lower bound (`above` or `from`) and one upper bound (`to` or `below`)",
                b.id.value
            ),
            "e.g. from: 33 and to: 66",
        );
        return None;
    };
    for v in [lo, up] {
        if !v.value.0.is_finite() || !(0.0..=100.0).contains(&v.value.0) {
            c.error(
                Code::BandRange,
                Pos::of(v),
                format!("band bound {} is outside 0–100", v.value.0),
                "scores run from 0 to 100",
            );
        }
    }
    let empty = lo.value.0 > up.value.0 || (lo.value.0 == up.value.0 && !(lo_inc && up_inc));
    if empty {
        c.error(
            Code::BandRange,
            Pos::of(up),
            format!(
                "band `{}` contains no score: its upper bound is not above its lower bound",
                b.id.value
            ),
            "list the lower bound first, e.g. from: 33 and to: 66",
        );
    }
    let band = Band {
        id: b.id.value.clone(),
        name: text(&b.name),
        lower: Bound {
            value: lo.value.0,
            inclusive: lo_inc,
        },
        upper: Bound {
            value: up.value.0,
            inclusive: up_inc,
        },
    };
    Some((band, Pos::of(lo), Pos::of(up)))
}

/// The bands, best first, reach from 100 down to 0, each meeting the next.
fn coverage(c: &mut Checker, out: &[Placed]) {
    if let Some((first, _, up)) = out.first()
        && !(first.upper.value == 100.0 && first.upper.inclusive)
    {
        c.error(
            Code::BandRange,
            *up,
            format!("the best band `{}` does not reach 100", first.id),
            "end the first band with `to: 100`",
        );
    }
    if let Some((last, lo, _)) = out.last()
        && !(last.lower.value == 0.0 && last.lower.inclusive)
    {
        c.error(
            Code::BandRange,
            *lo,
            format!("the lowest band `{}` does not start at 0", last.id),
            "start the last band with `from: 0`",
        );
    }
    for pair in out.windows(2) {
        let [(upper_band, lo, _), (lower_band, _, _)] = pair else {
            continue;
        };
        let a = upper_band.lower;
        let b = lower_band.upper;
        if a.value == b.value && a.inclusive != b.inclusive {
            continue;
        }
        let (code, what) = if a.value < b.value || (a.value == b.value && a.inclusive) {
            (Code::BandOverlap, "both contain scores")
        } else {
            (Code::BandGap, "leave no band for scores")
        };
        let (x, y) = (a.value.min(b.value), a.value.max(b.value));
        let place = if x == y {
            format!("of exactly {}", trim_float(x))
        } else {
            format!("between {} and {}", trim_float(x), trim_float(y))
        };
        c.error(
            code,
            *lo,
            format!("bands `{}` and `{}` {what} {place}", upper_band.id, lower_band.id),
            format!(
                "make `{}` start `above: X` where `{}` ends `to: X` (or `from: X` after `below: X`)",
                upper_band.id, lower_band.id
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::{case, cases, replacing_block};

    #[test]
    fn each_band_has_one_bound_of_each_side() {
        insta::assert_snapshot!(cases(&[
            (
                "no upper bound",
                &[("    from: 33\n    to: 66\n", "    from: 33\n")]
            ),
            (
                "two lower bounds",
                &[("    from: 33\n", "    from: 33\n    above: 33\n")]
            ),
            ("a bound above 100", &[("    to: 100\n", "    to: 101\n")]),
            (
                "an empty band",
                &[("    from: 33\n    to: 66\n", "    from: 66\n    to: 33\n")]
            ),
            ("a band declared twice", &[("id: moderate\n", "id: high\n")]),
        ]));
    }

    #[test]
    fn the_bands_cover_0_to_100_once() {
        let none = replacing_block("\nbands:\n", "\nrounding:", "\nbands: []\n");
        let none = case("no bands", none.as_bytes());
        insta::assert_snapshot!(
            none + "\n"
                + &cases(&[
                    ("a gap", &[("above: 66", "above: 67")]),
                    ("an overlap", &[("above: 66", "from: 66")]),
                    ("an overlap over a range", &[("above: 66", "from: 60")]),
                    (
                        "the lowest band above 0",
                        &[("    from: 0\n    below: 33", "    from: 5\n    below: 33")]
                    ),
                    (
                        "the best band below 100",
                        &[("    to: 100\n", "    below: 100\n")]
                    ),
                ])
        );
    }

    #[test]
    fn a_criterion_s_own_bands_are_checked_like_the_edition_s() {
        let own = |bands: &str| {
            format!("    in_official_use: true\n    bands:\n{bands}    indicators:\n")
        };
        let gap = own(
            "      - { id: high, name: { sq: a, sr: b, en: c }, from: 90, to: 100 }\n      - { id: low, name: { sq: a, sr: b, en: c }, from: 0, below: 80 }\n",
        );
        let twice = own(
            "      - { id: all, name: { sq: a, sr: b, en: c }, from: 0, to: 100 }\n      - { id: all, name: { sq: a, sr: b, en: c }, from: 0, to: 100 }\n",
        );
        let from = "    in_official_use: true\n    indicators:\n";
        insta::assert_snapshot!(cases(&[
            ("a gap in a criterion's bands", &[(from, gap.as_str())]),
            ("a criterion's band twice", &[(from, twice.as_str())]),
            (
                "a criterion with no bands",
                &[(from, own("      []\n").as_str())]
            ),
        ]));
    }

    #[test]
    fn a_band_no_rounded_score_falls_in_is_a_warning() {
        let narrow = "    above: 66.005\n    to: 100\n  - id: narrow\n    name: { sq: a, sr: b, en: c }\n    above: 66\n    to: 66.005\n";
        insta::assert_snapshot!(cases(&[(
            "a band narrower than a hundredth",
            &[("    above: 66\n    to: 100\n", narrow)]
        )]));
    }
}
