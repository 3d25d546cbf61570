//! A category's members laid out for the draws, and one draw's weights
//! multiplied out for them: what a draw's totals are computed from.

use super::Member;
use super::draw::Draw;
use crate::criteria::{Criteria, Weights};
use crate::scoring::Status;

/// A category's members as a draw's totals read them, laid out once per
/// category: a thousand draws then total the members from plain numbers,
/// instead of walking every scorecard (and converting every score) again
/// in each draw. The numbers are kept by indicator, every member's share
/// of one indicator side by side, so a draw adds each indicator to all
/// the members at once: a member's sums still add in the criteria's
/// order, but no member's next addition waits for its last to finish.
pub(super) struct Table {
    members: usize,
    /// Per criterion, per member: whether its card scores the criterion.
    scored: Vec<bool>,
    /// Per indicator slot (`Table::offsets`), per member: its share, and
    /// whether it counts (not excluded, and on the card).
    shares: Vec<f64>,
    counted: Vec<bool>,
    /// Per member, the jury's mark, if any.
    jury: Vec<Option<f64>>,
    /// Where each criterion's indicators begin among the slots, which are
    /// a draw's indicator weights (`Weighting::indicators`).
    offsets: Vec<usize>,
}

/// What the totals of a draw add up, per member; reused from draw to draw.
#[derive(Default)]
pub(super) struct Sums {
    /// One criterion's weighted shares and their weights.
    sum: Vec<f64>,
    weights: Vec<f64>,
    /// The criteria's weights, and their weighted shares, so far.
    all: Vec<f64>,
    weighted: Vec<f64>,
}

impl Table {
    /// A card's criteria and indicators are read as far as the criteria
    /// name them; an excluded indicator's weight goes to its siblings, so
    /// it does not count here.
    pub(super) fn new(criteria: &Criteria, members: &[Member]) -> Table {
        let offsets: Vec<usize> = criteria
            .criteria
            .iter()
            .scan(0, |next, c| {
                let start = *next;
                *next += c.indicators.len();
                Some(start)
            })
            .collect();
        let n = members.len();
        let slots: usize = criteria.criteria.iter().map(|c| c.indicators.len()).sum();
        let mut table = Table {
            members: n,
            scored: vec![false; criteria.criteria.len() * n],
            shares: vec![0.0; slots * n],
            counted: vec![false; slots * n],
            jury: members
                .iter()
                .map(|m| m.card.jury.map(|j| j.score.value()))
                .collect(),
            offsets,
        };
        for (m, member) in members.iter().enumerate() {
            let scored = criteria.criteria.iter().zip(&member.card.criteria);
            for ((criterion, (spec, card)), &offset) in scored.enumerate().zip(&table.offsets) {
                if let Some(scored) = table.scored.get_mut(criterion * n + m) {
                    *scored = true;
                }
                let shares = spec.indicators.iter().zip(&card.indicators).map(|(_, s)| s);
                for (i, score) in shares.enumerate() {
                    let at = (offset + i) * n + m;
                    if let (Some(share), Some(counted)) =
                        (table.shares.get_mut(at), table.counted.get_mut(at))
                    {
                        *share = score.score.value();
                        *counted = score.status != Status::Excluded;
                    }
                }
            }
        }
        table
    }

    /// Every member's total with a draw's weights, into `totals`,
    /// renormalised at each level the way scoring renormalises: an
    /// excluded indicator's weight goes to its siblings. The sums over
    /// criteria start at -0.0, as `Iterator::sum` does, and every sum adds
    /// in the criteria's order, so the figures are the same to the last
    /// bit whichever way they are computed.
    pub(super) fn totals(&self, w: &Weighting, sums: &mut Sums, totals: &mut Vec<f64>) {
        let Sums {
            sum,
            weights,
            all,
            weighted,
        } = sums;
        let n = self.members;
        reset(all, n, -0.0);
        reset(weighted, n, -0.0);
        for (c, (&criterion, &offset)) in w.criteria.iter().zip(&self.offsets).enumerate() {
            reset(sum, n, 0.0);
            reset(weights, n, 0.0);
            let end = self.offsets.get(c + 1).copied();
            let own = w.indicators.get(offset..end.unwrap_or(w.indicators.len()));
            for (slot, weight) in (offset..).zip(own.unwrap_or_default()) {
                let (Some(weight), Some(shares), Some(counted)) = (
                    *weight,
                    self.column(&self.shares, slot),
                    self.column(&self.counted, slot),
                ) else {
                    continue;
                };
                let each = sum.iter_mut().zip(weights.iter_mut());
                for ((sum, weights), (&share, &counted)) in each.zip(shares.iter().zip(counted)) {
                    if counted {
                        *sum += weight * share;
                        *weights += weight;
                    }
                }
            }
            let Some(scored) = self.column(&self.scored, c) else {
                continue;
            };
            let each = all.iter_mut().zip(weighted.iter_mut());
            let parts = sum.iter().zip(weights.iter()).zip(scored);
            for ((all, weighted), ((&sum, &weights), &scored)) in each.zip(parts) {
                if scored {
                    let share = if weights > 0.0 { sum / weights } else { 0.0 };
                    *all += criterion;
                    *weighted += criterion * share;
                }
            }
        }
        totals.clear();
        let each = all.iter().zip(weighted.iter()).zip(&self.jury);
        totals.extend(each.map(|((&all, &weighted), jury)| {
            let evidence = if all > 0.0 { weighted / all } else { 0.0 };
            match jury {
                Some(jury) => (evidence * w.split.evidence + jury * w.split.jury) / 100.0,
                None => evidence,
            }
        }));
    }

    /// The members' entries of one indicator slot (or criterion) in `of`.
    fn column<'a, T>(&self, of: &'a [T], at: usize) -> Option<&'a [T]> {
        of.get(at * self.members..(at + 1) * self.members)
    }
}

/// `sums` emptied and filled with `n` times `value`.
fn reset(sums: &mut Vec<f64>, n: usize, value: f64) {
    sums.clear();
    sums.resize(n, value);
}

/// One draw's weights for one category: each criterion's and indicator's
/// weight times the draw's multiplier, and the category's split, worked out
/// once rather than for every member.
pub(super) struct Weighting {
    criteria: Vec<f64>,
    /// By slot (`Table::offsets`); `None` where the draw has no multiplier.
    indicators: Vec<Option<f64>>,
    split: Weights,
}

impl Weighting {
    pub(super) fn new(
        criteria: &Criteria,
        table: &Table,
        category: Option<usize>,
        draw: &Draw,
    ) -> Self {
        let specs = &criteria.criteria;
        let mut indicators = vec![None; specs.iter().map(|c| c.indicators.len()).sum()];
        for ((spec, ms), &offset) in specs.iter().zip(&draw.indicators).zip(&table.offsets) {
            for (i, (ind, m)) in spec.indicators.iter().zip(ms).enumerate() {
                if let Some(slot) = indicators.get_mut(offset + i) {
                    *slot = Some(ind.weight * m);
                }
            }
        }
        Weighting {
            criteria: specs
                .iter()
                .zip(&draw.criteria)
                .map(|(c, m)| c.weight * m)
                .collect(),
            indicators,
            split: draw.split(criteria.weights(category)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ix::ApplicantIx;
    use crate::robustness::draw::unit;
    use crate::robustness::tests::{card, criteria, varying, with_jury};
    use crate::scoring::{Score, Scorecard};
    use rand_chacha::ChaCha8Rng;
    use rand_chacha::rand_core::{RngCore, SeedableRng};

    /// The total of `card` with this draw's weights, read straight off the
    /// scorecard: what the flattened table must give, bit for bit.
    fn reference_total(
        criteria: &Criteria,
        category: Option<usize>,
        card: &Scorecard,
        draw: &Draw,
    ) -> f64 {
        let weigh = |c: usize| {
            let spec = criteria.criteria.get(c)?;
            let scored = card.criteria.get(c)?;
            let ms = draw.indicators.get(c)?;
            let (mut sum, mut weights) = (0.0, 0.0);
            for ((ind, score), m) in spec.indicators.iter().zip(&scored.indicators).zip(ms) {
                if score.status != Status::Excluded {
                    sum += ind.weight * m * score.score.value();
                    weights += ind.weight * m;
                }
            }
            let share = if weights > 0.0 { sum / weights } else { 0.0 };
            Some((spec.weight * draw.criteria.get(c)?, share))
        };
        let parts: Vec<(f64, f64)> = (0..criteria.criteria.len()).filter_map(weigh).collect();
        let all: f64 = parts.iter().map(|(w, _)| w).sum();
        let evidence = if all > 0.0 {
            parts.iter().map(|(w, s)| w * s).sum::<f64>() / all
        } else {
            0.0
        };
        match card.jury {
            Some(jury) => {
                let w = draw.split(criteria.weights(category));
                (evidence * w.evidence + jury.score.value() * w.jury) / 100.0
            }
            None => evidence,
        }
    }

    #[test]
    fn the_flattened_totals_match_the_scorecards_to_the_last_bit() {
        let c = criteria();
        let settings = varying(&c, Some(10.0), None);
        let n = c.criteria.len();
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let cards: Vec<Scorecard> = (0..200)
            .map(|a| {
                let shares: Vec<f64> = (0..n).map(|_| unit(&mut rng) * 100.0).collect();
                let mut card = card(&c, &shares);
                for ind in card.criteria.iter_mut().flat_map(|k| &mut k.indicators) {
                    ind.score = Score::round(unit(&mut rng) * 100.0, 2);
                    ind.status = match rng.next_u64() % 4 {
                        0 => Status::Excluded,
                        1 => Status::Insufficient,
                        _ => Status::Scored,
                    };
                }
                match a % 5 {
                    0 => with_jury(&c, card, unit(&mut rng) * 100.0),
                    1 => {
                        card.criteria.truncate(n - 1);
                        card
                    }
                    2 => {
                        card.criteria[0].indicators.truncate(1);
                        card
                    }
                    3 => {
                        for ind in &mut card.criteria[1].indicators {
                            ind.status = Status::Excluded;
                        }
                        card
                    }
                    _ => card,
                }
            })
            .collect();
        let members: Vec<Member> = cards
            .iter()
            .enumerate()
            .map(|(i, card)| Member {
                entry: ApplicantIx::new(i),
                category: Some(0),
                card,
            })
            .collect();
        let table = Table::new(&c, &members);
        let (mut sums, mut totals) = (Sums::default(), Vec::new());
        for d in 0..50 {
            let draw = Draw::new(&c, &settings, d);
            let w = Weighting::new(&c, &table, Some(0), &draw);
            table.totals(&w, &mut sums, &mut totals);
            assert_eq!(totals.len(), members.len());
            for (total, member) in totals.iter().zip(&members) {
                let expected = reference_total(&c, Some(0), member.card, &draw);
                assert_eq!(total.to_bits(), expected.to_bits());
            }
        }
    }
}
