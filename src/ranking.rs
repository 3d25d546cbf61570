//! Pure ranking per category: by total, then the criteria's tie-breaks; what
//! is still equal shares the rank (1-2-2-4) and is reported as a tie.

use crate::criteria::{Criteria, RankStyle, TieBreak};
use crate::ix::{ApplicantIx, PerApplicant, PerCriterion};
use crate::scoring::{Score, Scorecard};
use serde::Serialize;
use std::cmp::Ordering;

/// What the ranking needs to know of one applicant.
pub struct Entry<'a> {
    pub id: &'a str,
    pub category: Option<usize>,
    pub card: &'a Scorecard,
    /// Too few jury marks to make a final total: neither ranked nor awarded.
    pub awaiting: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Placed {
    /// The entry given to [`rank`].
    pub entry: ApplicantIx,
    pub rank: u32,
    /// Shares its rank with another applicant.
    pub tied: bool,
    /// Equal total with a neighbour, separated by this tie-break.
    pub decided_by: Option<TieBreak>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryRanking {
    pub category: String,
    pub placed: Vec<Placed>,
    /// Entries of this category that failed a gate, not ranked.
    pub excluded: Vec<ApplicantIx>,
    /// Entries waiting for enough jury marks: the outcome is provisional
    /// while any remain.
    pub awaiting: Vec<ApplicantIx>,
    /// One per award tier, highest first.
    pub outcomes: Vec<TierOutcome>,
}

/// Who receives one tier of the award in one category.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TierOutcome {
    pub tier: String,
    /// Entries receiving the tier; empty means "no award".
    pub recipients: Vec<ApplicantIx>,
    /// Equal applicants competing for the tier's last place(s): the jury decides.
    pub tied_for_last: Vec<ApplicantIx>,
    /// The gap between the last recipient and the next qualifying applicant
    /// is below the criteria's close margin.
    pub close: bool,
}

/// Tiers in order: each takes the best-ranked qualifying applicants not yet
/// awarded, up to its maximum, so an institution receives only its highest
/// tier and a place it frees passes on. A tie across the last place is never
/// broken by order or name: it is reported for the jury.
/// The robustness analysis awards its recomputed totals the same way, so the
/// standing of each entry is asked for rather than read off its scorecard.
pub(crate) fn award(
    criteria: &Criteria,
    placed: &[Placed],
    standing: impl Fn(ApplicantIx) -> Option<Standing>,
) -> Vec<TierOutcome> {
    let mut awarded: Vec<ApplicantIx> = Vec::new();
    criteria
        .tiers
        .iter()
        .map(|tier| {
            let qualifies = |i: ApplicantIx| {
                standing(i).is_some_and(|s| {
                    tier.min_total.is_none_or(|m| s.total >= m)
                        && tier.min_band.is_none_or(|b| s.band <= b)
                })
            };
            let candidates: Vec<&Placed> = placed
                .iter()
                .filter(|p| !awarded.contains(&p.entry) && qualifies(p.entry))
                .collect();
            let max = tier.max_recipients as usize;
            let mut recipients: Vec<ApplicantIx> = Vec::new();
            let mut tied_for_last = Vec::new();
            for group in candidates.chunk_by(|a, b| a.rank == b.rank) {
                if recipients.len() >= max {
                    break;
                }
                if recipients.len() + group.len() <= max {
                    recipients.extend(group.iter().map(|p| p.entry));
                } else {
                    tied_for_last = group.iter().map(|p| p.entry).collect();
                    break;
                }
            }
            let total = |i: ApplicantIx| standing(i).map_or(0.0, |s| s.total);
            let next = candidates
                .iter()
                .map(|p| p.entry)
                .find(|e| !recipients.contains(e) && !tied_for_last.contains(e));
            let close = match (criteria.close_margin, recipients.last(), next) {
                (Some(margin), Some(&last), Some(next)) => total(last) - total(next) < margin,
                _ => false,
            };
            awarded.extend(&recipients);
            TierOutcome {
                tier: tier.id.clone(),
                recipients,
                tied_for_last,
                close,
            }
        })
        .collect()
}

/// What a tier asks of an applicant: its total and its band.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Standing {
    pub total: f64,
    pub band: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Ranking {
    pub categories: Vec<CategoryRanking>,
    /// Entries whose kind no category admits in this edition.
    pub ineligible: Vec<ApplicantIx>,
}

/// The total, then one value per tie-break, position for position, so a
/// difference can name the tie-break that made it.
fn key(criteria: &Criteria, card: &Scorecard) -> Vec<Score> {
    let zero = Score::zero(criteria.decimals);
    std::iter::once(card.total)
        .chain(criteria.tie_breaks.iter().map(|t| match t {
            TieBreak::Criterion(i) => card.criteria.at_criterion(*i).map_or(zero, |c| c.score),
            TieBreak::Jury => card.jury.map_or(zero, |j| j.score),
            TieBreak::FullIndicators => Score::round(full_indicators(card) as f64, 0),
        }))
        .collect()
}

/// Indicators that earned every point they could (excluded ones aside).
pub fn full_indicators(card: &Scorecard) -> usize {
    card.criteria
        .iter()
        .flat_map(|c| &c.indicators)
        .filter(|i| i.status == crate::scoring::Status::Scored && i.met == i.rows)
        .count()
}

pub fn rank(criteria: &Criteria, entries: &[Entry]) -> Ranking {
    let ineligible = entries
        .indexed()
        .filter(|(_, e)| e.category.is_none())
        .map(|(i, _)| i)
        .collect();
    // Every applicant's sort key, computed once for all categories.
    let keys: Vec<Vec<Score>> = entries.iter().map(|e| key(criteria, e.card)).collect();
    let categories = criteria
        .categories
        .iter()
        .enumerate()
        .map(|(ci, cat)| {
            let members = entries.indexed().filter(|(_, e)| e.category == Some(ci));
            let (eligible, excluded): (Vec<_>, Vec<_>) =
                members.partition(|(_, e)| e.card.passed_gates());
            let (awaiting, eligible): (Vec<_>, Vec<_>) =
                eligible.into_iter().partition(|(_, e)| e.awaiting);
            let only_ix = |list: Vec<(ApplicantIx, &Entry)>| -> Vec<ApplicantIx> {
                list.into_iter().map(|(i, _)| i).collect()
            };
            let (excluded, awaiting, mut eligible) =
                (only_ix(excluded), only_ix(awaiting), only_ix(eligible));
            let k = |i: ApplicantIx| keys.at(i).map_or(&[][..], |k| &k[..]);
            let id = |i: ApplicantIx| entries.at(i).map_or("", |e| e.id);
            eligible.sort_by(|&a, &b| k(b).cmp(k(a)).then_with(|| id(a).cmp(id(b))));
            let mut placed: Vec<Placed> = Vec::with_capacity(eligible.len());
            for (pos, &i) in eligible.iter().enumerate() {
                let prev = pos.checked_sub(1).and_then(|p| eligible.get(p)).copied();
                let next = eligible.get(pos + 1).copied();
                let same = |o: Option<ApplicantIx>| o.is_some_and(|o| k(o) == k(i));
                let rank = match (prev, placed.last()) {
                    (Some(_), Some(last)) if same(prev) => last.rank,
                    (_, Some(last)) if criteria.rank_style == RankStyle::Dense => last.rank + 1,
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
            let outcomes = award(criteria, &placed, |i| {
                entries.at(i).map(|e| Standing {
                    total: e.card.total.value(),
                    band: e.card.band,
                })
            });
            CategoryRanking {
                category: cat.id.clone(),
                placed,
                excluded,
                awaiting,
                outcomes,
            }
        })
        .collect();
    Ranking {
        categories,
        ineligible,
    }
}

/// With equal totals, the first tie-break whose values differ.
fn separating_criterion(criteria: &Criteria, a: &[Score], b: &[Score]) -> Option<TieBreak> {
    if a.first() != b.first() {
        return None;
    }
    let pos = a
        .iter()
        .zip(b)
        .skip(1)
        .position(|(x, y)| x.cmp(y) != Ordering::Equal)?;
    criteria.tie_breaks.get(pos).copied()
}

/// A tie-break as results.json and the terminal name it: the criterion's
/// id, `jury` or `full_indicators`.
pub fn tie_break_id(criteria: &Criteria, tie_break: TieBreak) -> &str {
    match tie_break {
        TieBreak::Criterion(i) => criteria
            .criteria
            .at_criterion(i)
            .map_or("", |c| c.id.as_str()),
        TieBreak::Jury => "jury",
        TieBreak::FullIndicators => "full_indicators",
    }
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
            band: crate::ix::BandIx::new(0),
            weight: 0.0,
            contribution: Score::zero(2),
            indicators: Vec::new(),
        };
        Scorecard {
            total: Score::round(total, 2),
            evidence: Score::round(total, 2),
            jury: None,
            observed: None,
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
                awaiting: false,
            })
            .chain(std::iter::once(Entry {
                id: "g",
                category: None,
                card: &cards[0],
                awaiting: false,
            }))
            .collect();
        let r = rank(&c, &entries);
        let placed: Vec<(&str, u32, bool, Option<&str>)> = r.categories[0]
            .placed
            .iter()
            .map(|p| {
                let by = p.decided_by.map(|t| tie_break_id(&c, t));
                (ids[p.entry.index()], p.rank, p.tied, by)
            })
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
        assert_eq!(r.categories[0].excluded, vec![ApplicantIx::new(5)]);
        assert_eq!(r.ineligible, vec![ApplicantIx::new(6)]);
        assert!(r.categories[1].placed.is_empty());
    }
}

#[cfg(test)]
mod award_tests {
    use super::*;
    use crate::criteria::parse;
    use crate::scoring::{GateResult, Scorecard};

    fn criteria(edit: &[(&str, &str)]) -> Criteria {
        parse(langaward_devkit::criteria_with(edit).as_bytes())
            .unwrap()
            .0
    }

    fn card(c: &Criteria, total: f64) -> Scorecard {
        Scorecard {
            total: Score::round(total, 2),
            evidence: Score::round(total, 2),
            jury: None,
            observed: None,
            band: c.band_for(total).unwrap(),
            criteria: Vec::new(),
            gates: vec![GateResult {
                id: "g".into(),
                passed: true,
                found: 1,
                min: 1,
            }],
        }
    }

    /// One category of applicants, `ids[i]` with `cards[i]`; those in
    /// `awaiting` lack jury marks.
    fn entries<'a>(ids: &[&'a str], cards: &'a [Scorecard], awaiting: &[&str]) -> Vec<Entry<'a>> {
        ids.iter()
            .zip(cards)
            .map(|(id, card)| Entry {
                id,
                category: Some(0),
                card,
                awaiting: awaiting.contains(id),
            })
            .collect()
    }

    /// Ranks applicants with these totals in one category; returns each
    /// tier's recipients and ties by id.
    fn outcome(c: &Criteria, totals: &[(&str, f64)]) -> Vec<(Vec<String>, Vec<String>, bool)> {
        let cards: Vec<Scorecard> = totals.iter().map(|(_, t)| card(c, *t)).collect();
        let ids: Vec<&str> = totals.iter().map(|(id, _)| *id).collect();
        let entries = entries(&ids, &cards, &[]);
        let r = rank(c, &entries);
        let ids = |v: &[ApplicantIx]| {
            v.iter()
                .map(|&i| totals[i.index()].0.to_string())
                .collect::<Vec<_>>()
        };
        r.categories[0]
            .outcomes
            .iter()
            .map(|o| (ids(&o.recipients), ids(&o.tied_for_last), o.close))
            .collect()
    }

    #[test]
    fn an_institution_gets_only_its_highest_tier_and_the_place_passes_on() {
        let c = criteria(&[]);
        let o = outcome(&c, &[("a", 90.0), ("b", 80.0), ("c", 50.0)]);
        assert_eq!(o[0].0, ["a"], "main award");
        assert_eq!(
            o[1].0,
            ["b"],
            "the certificate passes to the next ranked, not to a again"
        );
    }

    #[test]
    fn nobody_qualifying_is_no_award() {
        let c = criteria(&[]);
        let o = outcome(&c, &[("a", 50.0), ("b", 20.0)]);
        assert!(o[0].0.is_empty(), "no one is High: no main award");
        assert_eq!(o[1].0, ["a"]);
    }

    #[test]
    fn a_close_last_place_is_flagged() {
        let c = criteria(&[]);
        let o = outcome(&c, &[("a", 90.0), ("b", 70.0), ("c", 69.5)]);
        assert_eq!(o[1].0, ["b"]);
        assert!(
            o[1].2,
            "b is 0.5 points ahead of c, under the 1-point margin"
        );
        assert!(!o[0].2, "a is 20 points ahead");
    }

    #[test]
    fn a_tie_across_the_last_place_goes_to_the_jury() {
        let c = criteria(&[]);
        let o = outcome(&c, &[("a", 90.0), ("b", 70.0), ("c", 70.0)]);
        assert!(o[1].0.is_empty(), "{o:?}");
        assert_eq!(o[1].1, ["b", "c"]);
        let two = criteria(&[(
            "    min_band: moderate\n    max_recipients: 1",
            "    min_band: moderate\n    max_recipients: 2",
        )]);
        let o = outcome(&two, &[("a", 90.0), ("b", 70.0), ("c", 70.0)]);
        assert_eq!(
            o[1].0,
            ["b", "c"],
            "two places, two tied applicants: both receive it"
        );
    }

    #[test]
    fn the_jury_mark_separates_what_the_named_criteria_leave_equal() {
        let c = criteria(&[]);
        let with_jury = |total: f64, jury: f64| {
            let mut card = card(&c, total);
            card.jury = Some(crate::scoring::JuryShare {
                score: Score::round(jury, 2),
                evidence_part: Score::zero(2),
                jury_part: Score::zero(2),
            });
            card
        };
        let cards = [
            with_jury(80.0, 60.0),
            with_jury(80.0, 70.0),
            with_jury(75.0, 99.0),
        ];
        let entries = entries(&["a", "b", "c"], &cards, &[]);
        let r = rank(&c, &entries);
        let placed: Vec<(usize, u32, Option<&str>)> = r.categories[0]
            .placed
            .iter()
            .map(|p| {
                let by = p.decided_by.map(|t| tie_break_id(&c, t));
                (p.entry.index(), p.rank, by)
            })
            .collect();
        assert_eq!(
            placed,
            [(1, 1, Some("jury")), (0, 2, Some("jury")), (2, 3, None)],
            "a higher jury mark never lifts a lower total"
        );
    }

    #[test]
    fn applicants_awaiting_jury_marks_are_not_ranked_and_the_place_is_not_given_away() {
        let c = criteria(&[]);
        let cards: Vec<Scorecard> = [95.0, 90.0, 50.0].iter().map(|t| card(&c, *t)).collect();
        let entries = entries(&["a", "b", "c"], &cards, &["a"]);
        let r = rank(&c, &entries);
        let cat = &r.categories[0];
        assert_eq!(cat.awaiting, [ApplicantIx::new(0)]);
        assert_eq!(
            cat.placed
                .iter()
                .map(|p| p.entry.index())
                .collect::<Vec<_>>(),
            [1, 2]
        );
    }

    #[test]
    fn dense_ranks_number_without_gaps() {
        let c = criteria(&[("style: competition", "style: dense")]);
        let cards: Vec<Scorecard> = [80.0, 60.0, 60.0, 40.0]
            .iter()
            .map(|t| card(&c, *t))
            .collect();
        let ids = ["a", "b", "c", "d"];
        let ranks = |c: &Criteria| -> Vec<u32> {
            rank(c, &entries(&ids, &cards, &[])).categories[0]
                .placed
                .iter()
                .map(|p| p.rank)
                .collect()
        };
        assert_eq!(ranks(&c), [1, 2, 2, 3]);
        assert_eq!(ranks(&criteria(&[])), [1, 2, 2, 4]);
    }
}
