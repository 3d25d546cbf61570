//! A category's members flattened for the draws, and one draw's weights
//! multiplied out for them: what a draw's totals are computed from.

use super::Member;
use super::draw::Draw;
use crate::criteria::{Criteria, Weights};
use crate::ix::CriterionIx;
use crate::scoring::Status;
use std::ops::Range;

/// A category's members as a draw's totals read them, flattened once per
/// category: a thousand draws then total each member from plain numbers in
/// a tight loop, instead of walking every scorecard (and converting every
/// score) again in each draw.
pub(super) struct Table {
    /// One per member, in the exact ranking's order.
    pub(super) rows: Vec<Row>,
    /// Every member's criteria, member after member.
    parts: Vec<Part>,
    /// Every part's indicators, part after part; excluded ones left out.
    indicators: Vec<Scored>,
    /// Where each criterion's indicators begin among a draw's indicator
    /// weights (`Weighting::indicators`).
    offsets: Vec<usize>,
}

/// One member: its criteria in `Table::parts` and the jury's mark, if any.
pub(super) struct Row {
    parts: Range<usize>,
    jury: Option<f64>,
}

/// One criterion a card scores: which, and its indicators in
/// `Table::indicators`.
struct Part {
    criterion: CriterionIx,
    indicators: Range<usize>,
}

/// An indicator a card scores (not excluded): its place among a draw's
/// indicator weights, and its share.
struct Scored {
    slot: usize,
    value: f64,
}

impl Table {
    /// A card's criteria and indicators are read as far as the criteria
    /// name them; an excluded indicator's weight goes to its siblings, so
    /// it is left out here.
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
        let (mut rows, mut parts, mut indicators) = (Vec::new(), Vec::new(), Vec::new());
        for member in members {
            let first_part = parts.len();
            let scored = criteria.criteria.iter().zip(&member.card.criteria);
            for ((criterion, (spec, card)), &offset) in scored.enumerate().zip(&offsets) {
                let first = indicators.len();
                let shares = spec.indicators.iter().zip(&card.indicators).map(|(_, s)| s);
                indicators.extend(
                    shares
                        .enumerate()
                        .filter(|(_, score)| score.status != Status::Excluded)
                        .map(|(i, score)| Scored {
                            slot: offset + i,
                            value: score.score.value(),
                        }),
                );
                parts.push(Part {
                    criterion: CriterionIx::new(criterion),
                    indicators: first..indicators.len(),
                });
            }
            rows.push(Row {
                parts: first_part..parts.len(),
                jury: member.card.jury.map(|j| j.score.value()),
            });
        }
        Table {
            rows,
            parts,
            indicators,
            offsets,
        }
    }

    /// The total of `row` with a draw's weights, renormalised at each level
    /// the way scoring renormalises: an excluded indicator's weight goes to
    /// its siblings. The sums over criteria start at -0.0, as
    /// `Iterator::sum` does, and every sum adds in the criteria's order, so
    /// the figures are the same to the last bit whichever way they are
    /// computed.
    pub(super) fn total(&self, row: &Row, w: &Weighting) -> f64 {
        let (mut all, mut weighted) = (-0.0, -0.0);
        for part in self.parts.get(row.parts.clone()).unwrap_or_default() {
            let Some(&criterion) = w.criteria.get(part.criterion.index()) else {
                continue;
            };
            let (mut sum, mut weights) = (0.0, 0.0);
            let scored = self.indicators.get(part.indicators.clone());
            for s in scored.unwrap_or_default() {
                if let Some(Some(weight)) = w.indicators.get(s.slot) {
                    sum += weight * s.value;
                    weights += weight;
                }
            }
            let share = if weights > 0.0 { sum / weights } else { 0.0 };
            all += criterion;
            weighted += criterion * share;
        }
        let evidence = if all > 0.0 { weighted / all } else { 0.0 };
        match row.jury {
            Some(jury) => (evidence * w.split.evidence + jury * w.split.jury) / 100.0,
            None => evidence,
        }
    }
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
        for d in 0..50 {
            let draw = Draw::new(&c, &settings, d);
            let w = Weighting::new(&c, &table, Some(0), &draw);
            for (row, member) in table.rows.iter().zip(&members) {
                let expected = reference_total(&c, Some(0), member.card, &draw);
                assert_eq!(table.total(row, &w).to_bits(), expected.to_bits());
            }
        }
    }
}
