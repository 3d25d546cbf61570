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
                .map(|i| entries.get(i).map_or_else(Vec::new, |e| key(criteria, e.card)))
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
                let decided_by = [prev, next].into_iter().flatten().find_map(|o| {
                    separating_criterion(criteria, k(o), k(i))
                });
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
    let pos = a.iter().zip(b).skip(1).position(|(x, y)| x.cmp(y) != Ordering::Equal)?;
    let criterion = criteria.tie_breaks.get(pos)?;
    criteria.criteria.get(*criterion).map(|c| c.id.clone())
}
