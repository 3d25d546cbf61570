//! Pure ranking per category: by total, then the criteria's tie-breaks; what
//! is still equal shares the rank (1-2-2-4) and is reported as a tie.

use crate::criteria::Criteria;
use crate::scoring::{Score, Scorecard};
use serde::Serialize;
use std::cmp::Ordering;

/// What the ranking needs to know of one applicant.
pub struct Entry<'a> {
    pub id: &'a str,
    pub category: Option<usize>,
    pub card: &'a Scorecard,
}

#[derive(Debug, Clone, Serialize)]
pub struct Placed {
    /// Index into the entries given to [`rank`].
    pub entry: usize,
    pub rank: u32,
    /// Shares its rank with another applicant.
    pub tied: bool,
    /// Equal total with a neighbour, separated by this tie-break criterion.
    pub decided_by: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryRanking {
    pub category: String,
    pub placed: Vec<Placed>,
    /// Entries of this category that failed a gate, not ranked.
    pub excluded: Vec<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Ranking {
    pub categories: Vec<CategoryRanking>,
    /// Entries whose kind no category admits in this edition.
    pub ineligible: Vec<usize>,
}

fn key(criteria: &Criteria, card: &Scorecard) -> Vec<Score> {
    std::iter::once(card.total)
        .chain(
            criteria
                .tie_breaks
                .iter()
                .filter_map(|&i| card.criteria.get(i).map(|c| c.score)),
        )
        .collect()
}

pub fn rank(criteria: &Criteria, entries: &[Entry]) -> Ranking {
    let ineligible = (0..entries.len())
        .filter(|&i| entries.get(i).is_some_and(|e| e.category.is_none()))
        .collect();
    let categories = criteria
        .categories
        .iter()
        .enumerate()
        .map(|(ci, cat)| {
            let members: Vec<usize> = (0..entries.len())
                .filter(|&i| entries.get(i).is_some_and(|e| e.category == Some(ci)))
                .collect();
            let (mut eligible, excluded): (Vec<usize>, Vec<usize>) = members
                .into_iter()
                .partition(|&i| entries.get(i).is_some_and(|e| e.card.passed_gates()));
            let keys: Vec<Vec<Score>> = (0..entries.len())
                .map(|i| {
                    entries
                        .get(i)
                        .map_or_else(Vec::new, |e| key(criteria, e.card))
                })
                .collect();
            let k = |i: usize| keys.get(i).map_or(&[][..], |k| &k[..]);
            let id = |i: usize| entries.get(i).map_or("", |e| e.id);
            eligible.sort_by(|&a, &b| k(b).cmp(k(a)).then_with(|| id(a).cmp(id(b))));
            let mut placed: Vec<Placed> = Vec::with_capacity(eligible.len());
            for (pos, &i) in eligible.iter().enumerate() {
                let prev = pos.checked_sub(1).and_then(|p| eligible.get(p)).copied();
                let next = eligible.get(pos + 1).copied();
                let same = |o: Option<usize>| o.is_some_and(|o| k(o) == k(i));
                let rank = match (prev, placed.last()) {
                    (Some(_), Some(last)) if same(prev) => last.rank,
                    _ => u32::try_from(pos + 1).unwrap_or(u32::MAX),
                };
                let decided_by = [prev, next]
                    .into_iter()
                    .flatten()
                    .find_map(|o| separating_criterion(criteria, k(o), k(i)));
                placed.push(Placed {
                    entry: i,
                    rank,
                    tied: same(prev) || same(next),
                    decided_by,
                });
            }
            CategoryRanking {
                category: cat.id.clone(),
                placed,
                excluded,
            }
        })
        .collect();
    Ranking {
        categories,
        ineligible,
    }
}

/// With equal totals, the first tie-break criterion whose scores differ.
fn separating_criterion(criteria: &Criteria, a: &[Score], b: &[Score]) -> Option<String> {
    if a.first() != b.first() {
        return None;
    }
    let pos = a
        .iter()
        .zip(b)
        .skip(1)
        .position(|(x, y)| x.cmp(y) != Ordering::Equal)?;
    let criterion = criteria.tie_breaks.get(pos)?;
    criteria.criteria.get(*criterion).map(|c| c.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::parse;
    use crate::scoring::{CriterionScore, GateResult};

    fn card(total: f64, services: f64, communication: f64, passed: bool) -> Scorecard {
        let crit = |id: &str, s: f64| CriterionScore {
            id: id.into(),
            score: Score::round(s, 2),
            weight: 0.0,
            contribution: Score::zero(2),
            indicators: Vec::new(),
        };
        Scorecard {
            total: Score::round(total, 2),
            band: 0,
            criteria: vec![
                crit("services", services),
                crit("communication", communication),
                crit("signage", 0.0),
            ],
            gates: vec![GateResult {
                id: "g".into(),
                passed,
                found: 0,
                min: 1,
            }],
        }
    }

    #[test]
    fn ties_share_a_rank_and_tie_breaks_separate() {
        let c = parse(include_bytes!("../criteria/2026.yaml")).unwrap().0;
        let cards = [
            card(80.0, 50.0, 90.0, true), // a: tie on total with b, wins on communication
            card(80.0, 90.0, 70.0, true), // b
            card(60.0, 50.0, 50.0, true), // c: fully tied with d
            card(60.0, 50.0, 50.0, true), // d
            card(40.0, 0.0, 0.0, true),   // e
            card(99.0, 99.0, 99.0, false), // f: fails a gate
        ];
        let ids = ["a", "b", "c", "d", "e", "f"];
        let entries: Vec<Entry> = cards
            .iter()
            .zip(ids)
            .map(|(card, id)| Entry {
                id,
                category: Some(0),
                card,
            })
            .chain(std::iter::once(Entry {
                id: "g",
                category: None,
                card: &cards[0],
            }))
            .collect();
        let r = rank(&c, &entries);
        let placed: Vec<(&str, u32, bool, Option<&str>)> = r.categories[0]
            .placed
            .iter()
            .map(|p| (ids[p.entry], p.rank, p.tied, p.decided_by.as_deref()))
            .collect();
        assert_eq!(
            placed,
            vec![
                ("a", 1, false, Some("communication")),
                ("b", 2, false, Some("communication")),
                ("c", 3, true, None),
                ("d", 3, true, None),
                ("e", 5, false, None),
            ]
        );
        assert_eq!(r.categories[0].excluded, vec![5]);
        assert_eq!(r.ineligible, vec![6]);
        assert!(r.categories[1].placed.is_empty());
    }
}
