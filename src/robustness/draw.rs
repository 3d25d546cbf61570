//! One draw of the analysis: its multipliers of every weight, the jury's
//! share and the band bounds, taken from its own seeded stream.

use super::Weight;
use crate::criteria::{Band, Bound, Criteria, Robustness as Settings, Weights};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

/// One draw's multipliers: per criterion, and per criterion its indicators';
/// with the optional variations, the points added to the jury's share and
/// the band bounds the draw rates totals on.
pub(super) struct Draw {
    pub(super) criteria: Vec<f64>,
    pub(super) indicators: Vec<Vec<f64>>,
    /// Added to every category's jury share whose split may move; 0 when
    /// the split is not varied.
    pub(super) jury: f64,
    /// Where each band but the last ends below, highest first; empty when
    /// the bounds are not varied and the edition's bands decide.
    pub(super) bounds: Vec<f64>,
}

/// A uniform value in [0, 1) from 53 random bits.
pub(super) fn unit(rng: &mut ChaCha8Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

impl Draw {
    pub(super) fn new(criteria: &Criteria, settings: &Settings, index: u32) -> Draw {
        let mut rng = ChaCha8Rng::seed_from_u64(settings.seed);
        rng.set_stream(u64::from(index));
        let spread = settings.weights / 100.0;
        let mut vary = || 1.0 + spread * (2.0 * unit(&mut rng) - 1.0);
        let multipliers: Vec<(f64, Vec<f64>)> = criteria
            .criteria
            .iter()
            .map(|c| (vary(), c.indicators.iter().map(|_| vary()).collect()))
            .collect();
        let (by_criterion, indicators) = multipliers.into_iter().unzip();
        let mut offset = |points: f64| points * (2.0 * unit(&mut rng) - 1.0);
        let jury = settings.jury_split.map_or(0.0, &mut offset);
        let bounds = settings
            .band_bounds
            .map(|points| moved_bounds(&criteria.bands, || offset(points)))
            .unwrap_or_default();
        Draw {
            criteria: by_criterion,
            indicators,
            jury,
            bounds,
        }
    }

    /// How far this draw moved `weight` from where the criteria put it: a
    /// multiplier's distance from 1, or the jury's share's points.
    pub(super) fn offset(&self, weight: Weight) -> f64 {
        match weight {
            Weight::Criterion(c) => self.criteria.get(c.index()).map(|m| m - 1.0),
            Weight::Indicator(c, i) => self
                .indicators
                .get(c.index())
                .and_then(|m| m.get(i))
                .map(|m| m - 1.0),
            Weight::JurySplit => Some(self.jury),
        }
        .unwrap_or(0.0)
    }

    /// The split of a category's total in this draw: the jury's share moved
    /// by the draw's points and kept within 0–100, unless the category's
    /// total is the evidence score or the jury's mark alone, which the
    /// criteria decided and the analysis keeps.
    pub(super) fn split(&self, w: Weights) -> Weights {
        if self.jury == 0.0 || !split_varies(w) {
            return w;
        }
        let jury = (w.jury + self.jury).clamp(0.0, 100.0);
        Weights {
            evidence: 100.0 - jury,
            jury,
        }
    }

    /// The band of `total` in this draw: the edition's bands, with their
    /// bounds moved when the draw moved them.
    pub(super) fn band(&self, criteria: &Criteria, total: f64) -> usize {
        let bands = &criteria.bands;
        let last = bands.len().saturating_sub(1);
        if self.bounds.is_empty() {
            return criteria.band_for(total).unwrap_or(last);
        }
        let moved = |bound: Bound, at: Option<&f64>| Bound {
            value: at.copied().unwrap_or(bound.value),
            ..bound
        };
        bands
            .iter()
            .enumerate()
            .position(|(i, b)| {
                let lower = moved(b.lower, self.bounds.get(i));
                let upper = moved(b.upper, i.checked_sub(1).and_then(|j| self.bounds.get(j)));
                Band::spans(lower, upper, total)
            })
            .unwrap_or(last)
    }
}

/// Whether a category's split of the total may move: not when its total is
/// the evidence score alone or the jury's mark alone.
pub(super) fn split_varies(w: Weights) -> bool {
    w.evidence > 0.0 && w.jury > 0.0
}

/// The bounds between neighbouring bands (validated bands meet, so each
/// band's lower bound is the next one's upper), each moved by `offset` and
/// kept within 0–100, then sorted again, highest first: two bounds that
/// cross in a draw swap places, so bands never overlap, though one may be
/// empty in that draw.
fn moved_bounds(bands: &[Band], mut offset: impl FnMut() -> f64) -> Vec<f64> {
    let inner = bands.len().saturating_sub(1);
    let mut bounds: Vec<f64> = bands
        .iter()
        .take(inner)
        .map(|b| (b.lower.value + offset()).clamp(0.0, 100.0))
        .collect();
    bounds.sort_by(|a, b| b.total_cmp(a));
    bounds
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::robustness::tests::{criteria, varying};

    #[test]
    fn the_jury_split_moves_within_0_to_100_and_not_where_one_part_is_the_whole() {
        let draw = |jury: f64| Draw {
            criteria: Vec::new(),
            indicators: Vec::new(),
            jury,
            bounds: Vec::new(),
        };
        let split = |evidence: f64, jury: f64, moved: f64| {
            let w = draw(moved).split(Weights { evidence, jury });
            (w.evidence, w.jury)
        };
        assert_eq!(split(70.0, 30.0, 15.0), (55.0, 45.0));
        assert_eq!(split(70.0, 30.0, -40.0), (100.0, 0.0));
        assert_eq!(split(20.0, 80.0, 90.0), (0.0, 100.0));
        assert_eq!(split(0.0, 100.0, -10.0), (0.0, 100.0));
        assert_eq!(split(100.0, 0.0, 10.0), (100.0, 0.0));
    }

    #[test]
    fn crossing_bounds_swap_places_so_bands_never_overlap() {
        let c = criteria();
        let mut offsets = [40.0, -40.0].into_iter();
        let bounds = moved_bounds(&c.bands, || offsets.next().unwrap_or(0.0));
        // 66 + 40 = 100 (clamped from 106) and 33 - 40 = 0 (clamped), in order.
        assert_eq!(bounds, [100.0, 0.0]);
        let mut offsets = [-30.0, 30.0].into_iter();
        let bounds = moved_bounds(&c.bands, || offsets.next().unwrap_or(0.0));
        assert_eq!(bounds, [63.0, 36.0]);
        let draw = Draw {
            criteria: Vec::new(),
            indicators: Vec::new(),
            jury: 0.0,
            bounds,
        };
        let band = |total: f64| c.bands[draw.band(&c, total)].id.as_str();
        assert_eq!(
            [band(63.5), band(63.0), band(36.0), band(35.9)],
            ["high", "moderate", "moderate", "low"]
        );
    }

    #[test]
    fn the_variations_leave_every_weight_of_every_draw_as_it_was() {
        let c = criteria();
        let plain = Draw::new(&c, &varying(&c, None, None), 7);
        let varied = Draw::new(&c, &varying(&c, Some(10.0), Some(5.0)), 7);
        assert_eq!(
            (&plain.criteria, &plain.indicators),
            (&varied.criteria, &varied.indicators)
        );
        assert_eq!((plain.jury, plain.bounds.len()), (0.0, 0));
        assert!(varied.jury != 0.0 && varied.jury.abs() < 10.0);
        assert_eq!(varied.bounds.len(), c.bands.len() - 1);
    }
}
