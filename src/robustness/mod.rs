//! How robust the outcome is to the choice of weights, after the JRC/OECD
//! method for composite indicators (Saisana, Saltelli and Tarantola 2005):
//! the totals are recomputed many times with every criterion and indicator
//! weight varied within the criteria's bounds and renormalised (and, when
//! the criteria ask, the jury's share of the total and the band bounds
//! moved too), each draw is ranked, banded and awarded, and the spread of
//! ranks, tiers and bands is reported.
//!
//! It works from the indicator shares already on the scorecards, so no
//! workbook is read again. The figures are approximations in `f64`, unlike
//! the exact totals: a draw separates equal totals in the order of the exact
//! ranking (which already applied the tie-breaks), so it never reports a tie.
//! Every draw has its own generator seeded from the criteria's seed and the
//! draw's number, and draws are gathered in order, so the result is the same
//! whatever the number of threads. A draw takes the weights' values from its
//! stream first and the optional variations' after them, so turning one on
//! leaves every weight of every draw as it was.

mod draw;
mod order;
mod table;

use crate::criteria::{Criteria, Robustness as Settings};
use crate::ix::{ApplicantIx, CriterionIx, PerApplicant};
use crate::ranking::{self, Placed, Ranking, Standing, TierOutcome};
use crate::scoring::Scorecard;
use draw::{Draw, split_varies};
use order::Order;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use table::{Sums, Table, Weighting};

/// Below this share of draws a main-award winner is "contested".
pub const SETTLED_SHARE: f64 = 0.95;

/// Bins of each weight's multiplier when estimating its first-order effect.
const BINS: usize = 10;

/// A weight the analysis varies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weight {
    Criterion(CriterionIx),
    /// An indicator, by its criterion and its place among the criterion's.
    Indicator(CriterionIx, usize),
    /// The jury's share of the total, when the criteria vary it.
    JurySplit,
}

impl Weight {
    /// The criterion's id, `criterion/indicator` for an indicator, or
    /// `jury_split` (the criteria's key) for the jury's share: how
    /// results.json and the terminal name the weight.
    pub fn id(self, criteria: &Criteria) -> String {
        let criterion = |c: CriterionIx| criteria.criteria.get(c.index());
        match self {
            Weight::Criterion(c) => criterion(c).map_or_else(String::new, |k| k.id.clone()),
            Weight::Indicator(c, i) => criterion(c)
                .and_then(|k| Some(format!("{}/{}", k.id, k.indicators.get(i)?.id)))
                .unwrap_or_default(),
            Weight::JurySplit => "jury_split".to_string(),
        }
    }
}

/// One applicant's standing across the draws.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Spread {
    pub entry: ApplicantIx,
    pub median_rank: u32,
    /// The 5th and 95th percentile ranks.
    pub low_rank: u32,
    pub high_rank: u32,
    /// The share of draws (0–1) in which it receives each tier, highest first.
    pub tiers: Vec<f64>,
    /// The share of draws in which its band stays the one it has; with the
    /// band bounds varied, the bounds of each draw decide.
    pub band_kept: f64,
}

/// What the draws say of a category's main award.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    /// Nobody receives it in any draw.
    NoAward,
    /// Its winners receive it in at least [`SETTLED_SHARE`] of the draws.
    Settled {
        contenders: Vec<(ApplicantIx, f64)>,
    },
    Contested {
        contenders: Vec<(ApplicantIx, f64)>,
    },
}

/// How much one weight alone moves the ranking: the share of the variance of
/// the mean rank shift it explains (a first-order sensitivity index).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Influence {
    pub weight: Weight,
    pub index: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryRobustness {
    pub category: String,
    /// Its ranked applicants, in the exact ranking's order.
    pub applicants: Vec<Spread>,
    pub main_award: Verdict,
    /// The weights by influence, strongest first.
    pub influence: Vec<Influence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub draws: u32,
    pub seed: u64,
    /// How far each weight may vary, in percent.
    pub weights: f64,
    /// How far the jury's share of the total may move, in percentage
    /// points, when it is varied.
    pub jury_split: Option<f64>,
    /// How far each band bound may move, in points, when they are varied.
    pub band_bounds: Option<f64>,
    pub categories: Vec<CategoryRobustness>,
}

/// One category's outcome in one draw: each applicant's rank, its tier (if
/// any) and whether its band held, in the exact ranking's order. Kept small:
/// a category of 2,000 applicants keeps 1,000 of these at once.
struct Outcome {
    ranks: Vec<u32>,
    tiers: Vec<Option<u8>>,
    band_kept: Vec<bool>,
    /// How far, on average, the ranks moved from the exact ranking: what
    /// `influence` explains, worked out here on the draw's own thread rather
    /// than for every draw after them all.
    shift: f64,
}

/// What one worker reuses from draw to draw, so a draw allocates only the
/// outcome it keeps.
#[derive(Default)]
struct Scratch {
    sums: Sums,
    totals: Vec<f64>,
    bands: Vec<usize>,
    order: Order,
    placed: Vec<Placed>,
}

fn outcome(
    criteria: &Criteria,
    category: Option<usize>,
    members: &[Member],
    table: &Table,
    draw: &Draw,
    scratch: &mut Scratch,
) -> Outcome {
    let weighting = Weighting::new(criteria, table, category, draw);
    let Scratch {
        sums,
        totals,
        bands,
        order,
        placed,
    } = scratch;
    table.totals(&weighting, sums, totals);
    bands.clear();
    bands.extend(totals.iter().map(|&total| draw.band(criteria, total)));
    order.sort(totals);
    let rank = |pos: usize| u32::try_from(pos + 1).unwrap_or(u32::MAX);
    placed.clear();
    placed.extend(order.members().enumerate().map(|(pos, m)| Placed {
        entry: ApplicantIx::new(m),
        rank: rank(pos),
        tied: false,
        decided_by: None,
    }));
    let outcomes = award(criteria, placed, |i| {
        let m = i.index();
        Some(Standing {
            total: *totals.get(m)?,
            band: *bands.get(m)?,
        })
    });
    let mut ranks = vec![0; members.len()];
    for (pos, m) in order.members().enumerate() {
        if let Some(r) = ranks.get_mut(m) {
            *r = rank(pos);
        }
    }
    // Highest tier last, so a member keeps the highest tier it receives.
    let mut tiers = vec![None; members.len()];
    for (t, o) in outcomes.iter().enumerate().rev() {
        for r in &o.recipients {
            if let Some(tier) = tiers.get_mut(r.index()) {
                *tier = u8::try_from(t).ok();
            }
        }
    }
    let band_kept = members
        .iter()
        .zip(bands.iter())
        .map(|(member, &band)| band == member.card.band)
        .collect();
    Outcome {
        shift: mean_shift(&ranks),
        ranks,
        tiers,
        band_kept,
    }
}

/// How many of a draw's leaders are offered the tiers first.
const LEADERS: usize = 64;

/// The tiers a draw awards, by `ranking::award`, offered the draw's
/// leaders first. A draw has no ties, so each tier's places go to the
/// first members down the order that qualify and hold no higher tier: once
/// the leaders fill every place, the members after them could change none
/// of the recipients (only the next member and how close it came, which
/// the analysis does not read), and weighing all of them, as it would, is
/// most of its cost. Only when a place is left open is everyone offered.
fn award(
    criteria: &Criteria,
    placed: &[Placed],
    standing: impl Fn(ApplicantIx) -> Option<Standing>,
) -> Vec<TierOutcome> {
    let leaders = placed.get(..LEADERS).unwrap_or(placed);
    let outcomes = ranking::award(criteria, leaders, &standing);
    let filled = criteria
        .tiers
        .iter()
        .zip(&outcomes)
        .all(|(tier, o)| o.recipients.len() >= tier.max_recipients as usize);
    if filled || leaders.len() == placed.len() {
        outcomes
    } else {
        ranking::award(criteria, placed, standing)
    }
}

/// How far, on average, `ranks` (in the exact ranking's order) lie from
/// the exact ranks.
fn mean_shift(ranks: &[u32]) -> f64 {
    let moved: u32 = ranks
        .iter()
        .enumerate()
        .map(|(exact, r)| r.abs_diff(u32::try_from(exact + 1).unwrap_or(u32::MAX)))
        .sum();
    f64::from(moved) / ranks.len().max(1) as f64
}

/// A ranked applicant of one category, as the draws see it.
struct Member<'a> {
    entry: ApplicantIx,
    category: Option<usize>,
    card: &'a Scorecard,
}

/// Runs the analysis over the ranked applicants of every category; `cards`
/// and `categories` follow the evaluation's applicants one for one.
pub fn analyse(
    criteria: &Criteria,
    settings: &Settings,
    ranking: &Ranking,
    cards: &[&Scorecard],
) -> Analysis {
    let draws: Vec<Draw> = (0..settings.draws)
        .into_par_iter()
        .map(|d| Draw::new(criteria, settings, d))
        .collect();
    let categories = ranking
        .categories
        .iter()
        .enumerate()
        .map(|(ci, cat)| {
            let members: Vec<Member> = cat
                .placed
                .iter()
                .filter_map(|p| {
                    cards.at(p.entry).map(|card| Member {
                        entry: p.entry,
                        category: Some(ci),
                        card,
                    })
                })
                .collect();
            let table = Table::new(criteria, &members);
            let outcomes: Vec<Outcome> = draws
                .par_iter()
                .map_init(Scratch::default, |scratch, d| {
                    outcome(criteria, Some(ci), &members, &table, d, scratch)
                })
                .collect();
            summarise(
                criteria,
                settings,
                &cat.category,
                &members,
                &draws,
                &outcomes,
            )
        })
        .collect();
    Analysis {
        draws: settings.draws,
        seed: settings.seed,
        weights: settings.weights,
        jury_split: settings.jury_split,
        band_bounds: settings.band_bounds,
        categories,
    }
}

fn summarise(
    criteria: &Criteria,
    settings: &Settings,
    category: &str,
    members: &[Member],
    draws: &[Draw],
    outcomes: &[Outcome],
) -> CategoryRobustness {
    let jury_split = members
        .iter()
        .any(|m| m.card.jury.is_some() && split_varies(criteria.weights(m.category)));
    let tiers = criteria.tiers.len();
    let applicants: Vec<Spread> = members
        .par_chunks(RUN)
        .enumerate()
        .flat_map_iter(|(r, run)| {
            Tally::new(outcomes, r * RUN, run.len(), tiers).spreads(run, outcomes.len())
        })
        .collect();
    CategoryRobustness {
        category: category.to_string(),
        main_award: verdict(criteria, &applicants),
        influence: influence(criteria, settings, draws, outcomes, jury_split),
        applicants,
    }
}

/// How many members' draws one task of `summarise` counts. The outcomes
/// hold them draw by draw, so a run of neighbours is read from each
/// outcome in a few cache lines (16 ranks fill one), where members read
/// one by one would each cost a line of every outcome.
const RUN: usize = 16;

/// A run of members' draws counted in one pass over the outcomes: their
/// ranks, how many draws gave each of them each tier (or none), and how
/// many kept its band.
struct Tally {
    /// Per member, its rank in every draw.
    ranks: Vec<Vec<u32>>,
    /// `tiers + 1` counts per member: one per tier, then the draws with none.
    received: Vec<usize>,
    kept: Vec<usize>,
    /// The edition's number of tiers.
    tiers: usize,
}

impl Tally {
    /// The tally of the `members` from position `first` of the exact ranking.
    fn new(outcomes: &[Outcome], first: usize, members: usize, tiers: usize) -> Tally {
        fn run<T>(of: &[T], first: usize) -> &[T] {
            of.get(first..).unwrap_or_default()
        }
        let mut tally = Tally {
            ranks: (0..members)
                .map(|_| Vec::with_capacity(outcomes.len()))
                .collect(),
            received: vec![0; members * (tiers + 1)],
            kept: vec![0; members],
            tiers,
        };
        for o in outcomes {
            for (ranks, &rank) in tally.ranks.iter_mut().zip(run(&o.ranks, first)) {
                ranks.push(rank);
            }
            for (counts, &tier) in tally
                .received
                .chunks_exact_mut(tiers + 1)
                .zip(run(&o.tiers, first))
            {
                if let Some(count) = counts.get_mut(Tally::slot(tier, tiers)) {
                    *count += 1;
                }
            }
            for (kept, &held) in tally.kept.iter_mut().zip(run(&o.band_kept, first)) {
                *kept += usize::from(held);
            }
        }
        tally
    }

    /// The spread of each member of `run`, the members counted.
    fn spreads(self, run: &[Member], draws: usize) -> Vec<Spread> {
        let n = draws.max(1) as f64;
        let share = |count: usize| count as f64 / n;
        let tiers = self.tiers;
        let mut counts = Vec::new();
        run.iter()
            .zip(self.ranks)
            .zip(self.received.chunks_exact(tiers + 1))
            .zip(self.kept)
            .map(|(((member, ranks), received), kept)| {
                let draws_with = |tier: Option<u8>| received.get(Tally::slot(tier, tiers)).copied();
                let [low_rank, median_rank, high_rank] = percentiles(&ranks, &mut counts);
                Spread {
                    entry: member.entry,
                    median_rank,
                    low_rank,
                    high_rank,
                    tiers: (0..tiers)
                        .map(|t| share(draws_with(u8::try_from(t).ok()).unwrap_or(0)))
                        .collect(),
                    band_kept: share(kept),
                }
            })
            .collect()
    }

    /// Where a draw's tier is counted among a member's counts: a tier at
    /// its place, none after the last tier.
    fn slot(tier: Option<u8>, tiers: usize) -> usize {
        tier.map_or(tiers, usize::from)
    }
}

/// The 5th, 50th and 95th nearest-rank percentiles of `ranks`, each the
/// rank a full sort would put at its place (0 when there are none). They
/// are counted, not sorted: a member's ranks over the draws lie close
/// together, so `counts` (a buffer reused from member to member) counts
/// each rank from the lowest to the highest, and a place's rank is the
/// first whose running count passes it.
fn percentiles(ranks: &[u32], counts: &mut Vec<usize>) -> [u32; 3] {
    let (Some(&lowest), Some(&highest)) = (ranks.iter().min(), ranks.iter().max()) else {
        return [0; 3];
    };
    counts.clear();
    counts.resize((highest - lowest) as usize + 1, 0);
    for &rank in ranks {
        if let Some(count) = counts.get_mut((rank - lowest) as usize) {
            *count += 1;
        }
    }
    let rank_at = |p: f64| {
        let at = ((p / 100.0 * ranks.len() as f64).ceil() as usize).saturating_sub(1);
        let mut seen = 0;
        let step = counts.iter().position(|&count| {
            seen += count;
            seen > at
        });
        step.map_or(0, |step| lowest + step as u32)
    };
    [rank_at(5.0), rank_at(50.0), rank_at(95.0)]
}

fn verdict(criteria: &Criteria, applicants: &[Spread]) -> Verdict {
    let mut contenders: Vec<(ApplicantIx, f64)> = applicants
        .iter()
        .filter_map(|a| a.tiers.first().map(|&s| (a.entry, s)))
        .filter(|(_, s)| *s > 0.0)
        .collect();
    contenders.sort_by(|a, b| b.1.total_cmp(&a.1));
    let places = criteria.tiers.first().map_or(1, |t| t.max_recipients) as usize;
    // Its places go to the same applicants in nearly every draw; a winner
    // with no award in the other draws is not settled either.
    let settled = contenders
        .iter()
        .take(places)
        .all(|(_, s)| *s >= SETTLED_SHARE);
    match contenders.is_empty() {
        true => Verdict::NoAward,
        false if settled => Verdict::Settled { contenders },
        false => Verdict::Contested { contenders },
    }
}

/// Each weight's first-order index for the mean rank shift of a draw (how
/// far, on average, the ranks move from the exact ranking): the
/// variance of its mean within equal bins of the weight's multiplier,
/// over its whole variance. The jury's share counts as one more weight
/// where `jury_split` says it moved; the band bounds move no rank, so they
/// have no index.
fn influence(
    criteria: &Criteria,
    settings: &Settings,
    draws: &[Draw],
    outcomes: &[Outcome],
    jury_split: bool,
) -> Vec<Influence> {
    let shift: Vec<f64> = outcomes.iter().map(|o| o.shift).collect();
    let n = shift.len() as f64;
    let mean = shift.iter().sum::<f64>() / n.max(1.0);
    let variance = shift.iter().map(|y| (y - mean).powi(2)).sum::<f64>() / n.max(1.0);
    let weights = criteria.criteria.iter().enumerate().flat_map(|(c, spec)| {
        let c = CriterionIx::new(c);
        std::iter::once(Weight::Criterion(c))
            .chain((0..spec.indicators.len()).map(move |i| Weight::Indicator(c, i)))
    });
    let jury = settings.jury_split.filter(|_| jury_split);
    let mut found: Vec<Influence> = weights
        .chain(jury.map(|_| Weight::JurySplit))
        .map(|weight| {
            let spread = match weight {
                Weight::JurySplit => jury.unwrap_or(0.0),
                _ => settings.weights / 100.0,
            };
            let mut bins = [(0.0, 0usize); BINS];
            for (d, y) in draws.iter().zip(&shift) {
                // The offset lies in [-x, x): its place in that span.
                let unit = if spread > 0.0 {
                    (d.offset(weight) + spread) / (2.0 * spread)
                } else {
                    0.0
                };
                let b = ((unit * BINS as f64) as usize).min(BINS - 1);
                if let Some(bin) = bins.get_mut(b) {
                    bin.0 += y;
                    bin.1 += 1;
                }
            }
            let between: f64 = bins
                .iter()
                .filter(|(_, k)| *k > 0)
                .map(|(sum, k)| *k as f64 * (sum / *k as f64 - mean).powi(2))
                .sum::<f64>()
                / n.max(1.0);
            let index = if variance > 0.0 {
                between / variance
            } else {
                0.0
            };
            Influence { weight, index }
        })
        .collect();
    found.sort_by(|a, b| b.index.total_cmp(&a.index));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::parse;
    use crate::ranking::{Entry, rank};
    use crate::scoring::{CriterionScore, GateResult, IndicatorScore, JuryShare, Score, Status};
    use draw::unit;
    use rand_chacha::ChaCha8Rng;
    use rand_chacha::rand_core::{RngCore, SeedableRng};

    pub(super) fn criteria() -> Criteria {
        parse(include_bytes!("../../criteria/2026.yaml")).unwrap().0
    }

    /// A card whose every indicator of criterion `c` has `shares[c]`, with
    /// the exact total the criteria's weights give.
    pub(super) fn card(c: &Criteria, shares: &[f64]) -> Scorecard {
        let criteria: Vec<CriterionScore> = c
            .criteria
            .iter()
            .zip(shares)
            .map(|(spec, &share)| CriterionScore {
                id: spec.id.clone(),
                score: Score::round(share, 2),
                weight: spec.weight,
                band: crate::ix::BandIx::new(0),
                contribution: Score::round(share * spec.weight / 100.0, 2),
                indicators: spec
                    .indicators
                    .iter()
                    .map(|i| IndicatorScore {
                        id: i.id.clone(),
                        status: Status::Scored,
                        sheet: String::new(),
                        rows: 1,
                        met: 0,
                        earned: None,
                        weighted: None,
                        score: Score::round(share, 2),
                        weight: i.weight,
                        effective_weight: 0.0,
                        contribution: Score::zero(2),
                        evidence: Vec::new(),
                    })
                    .collect(),
            })
            .collect();
        let total: f64 = c
            .criteria
            .iter()
            .zip(shares)
            .map(|(s, v)| s.weight * v / 100.0)
            .sum();
        Scorecard {
            total: Score::round(total, 2),
            evidence: Score::round(total, 2),
            jury: None,
            observed: None,
            band: c.band_for(total).unwrap(),
            criteria,
            gates: vec![GateResult {
                id: "g".into(),
                passed: true,
                found: 1,
                min: 1,
            }],
        }
    }

    /// `card` with the jury's `mark` joined to its evidence score by the
    /// first category's split, as scoring joins them.
    pub(super) fn with_jury(c: &Criteria, mut card: Scorecard, mark: f64) -> Scorecard {
        let w = c.weights(Some(0));
        let total = (card.evidence.value() * w.evidence + mark * w.jury) / 100.0;
        card.jury = Some(JuryShare {
            score: Score::round(mark, 2),
            evidence_part: Score::zero(2),
            jury_part: Score::zero(2),
        });
        card.total = Score::round(total, 2);
        card.band = c.band_for(total).unwrap();
        card
    }

    fn analysis(c: &Criteria, shares: &[&[f64]]) -> Analysis {
        let cards: Vec<Scorecard> = shares.iter().map(|s| card(c, s)).collect();
        analysed(c, &c.robustness.unwrap(), &cards)
    }

    /// The analysis of `cards`, ranked in the first category.
    fn analysed(c: &Criteria, settings: &Settings, cards: &[Scorecard]) -> Analysis {
        let ids = ["a", "b", "c", "d"];
        let entries: Vec<Entry> = cards
            .iter()
            .zip(ids)
            .map(|(card, id)| Entry {
                id,
                category: Some(0),
                card,
                awaiting: false,
            })
            .collect();
        let ranking = rank(c, &entries);
        let refs: Vec<&Scorecard> = cards.iter().collect();
        analyse(c, settings, &ranking, &refs)
    }

    /// The bundled settings with the jury's share and the band bounds moved
    /// by the given points.
    pub(super) fn varying(
        c: &Criteria,
        jury_split: Option<f64>,
        band_bounds: Option<f64>,
    ) -> Settings {
        Settings {
            jury_split,
            band_bounds,
            ..c.robustness.unwrap()
        }
    }

    /// Three applicants whose evidence scores no weight can move (every
    /// indicator has the same share): the first leads the second by 0.05
    /// points with the jury's 30 %, and falls behind once the jury's share
    /// passes 30.075 %.
    fn split_by_the_jury(c: &Criteria, settings: &Settings) -> Analysis {
        let n = c.criteria.len();
        let cards = [
            with_jury(c, card(c, &vec![80.0; n]), 40.0),
            with_jury(c, card(c, &vec![60.0; n]), 86.5),
            with_jury(c, card(c, &vec![20.0; n]), 20.0),
        ];
        analysed(c, settings, &cards)
    }

    /// Two applicants whose totals are a hair apart, one stronger in the
    /// first criterion and the other in the rest.
    fn near_tie(c: &Criteria) -> Analysis {
        let n = c.criteria.len();
        let w = c.criteria[0].weight / 100.0;
        let mut a = vec![70.0; n];
        a[0] = 100.0;
        let a_total = 100.0 * w + 70.0 * (1.0 - w);
        let mut b = vec![(a_total - 0.05 - 70.0 * w) / (1.0 - w); n];
        b[0] = 70.0;
        analysis(c, &[&a, &b, &vec![10.0; n]])
    }

    /// The nearest-rank percentile of sorted ranks: what `percentiles`
    /// must give without sorting them.
    fn percentile(sorted: &[u32], p: f64) -> u32 {
        let at = ((p / 100.0 * sorted.len() as f64).ceil() as usize).saturating_sub(1);
        sorted.get(at).copied().unwrap_or(0)
    }

    #[test]
    fn counted_percentiles_are_those_of_the_sorted_ranks() {
        let mut rng = ChaCha8Rng::seed_from_u64(95);
        let mut counts = Vec::new();
        for len in [0, 1, 2, 3, 19, 20, 21, 100, 999, 1000, 1001] {
            for spread in [1, 2, 40, 2000] {
                let first = 1 + rng.next_u64() % 500;
                let ranks: Vec<u32> = (0..len)
                    .map(|_| (first + rng.next_u64() % spread) as u32)
                    .collect();
                let mut sorted = ranks.clone();
                sorted.sort_unstable();
                assert_eq!(
                    percentiles(&ranks, &mut counts),
                    [5.0, 50.0, 95.0].map(|p| percentile(&sorted, p)),
                    "{ranks:?}"
                );
            }
        }
    }

    #[test]
    fn the_leaders_receive_the_tiers_everyone_would_give_them() {
        let c = criteria();
        let mut rng = ChaCha8Rng::seed_from_u64(64);
        for n in [1, 2, 63, 64, 65, 300] {
            // From no member in the highest band (every place left open
            // among the leaders) to half of them.
            for high in [0, 1, 5, 50] {
                let standings: Vec<Standing> = (0..n)
                    .map(|_| Standing {
                        total: unit(&mut rng) * 100.0,
                        band: match rng.next_u64() % 100 {
                            r if r < high => 0,
                            r => 1 + (r % 2) as usize,
                        },
                    })
                    .collect();
                let placed: Vec<Placed> = (0..n)
                    .map(|pos| Placed {
                        entry: ApplicantIx::new((pos * 7) % n),
                        rank: pos as u32 + 1,
                        tied: false,
                        decided_by: None,
                    })
                    .collect();
                let standing = |i: ApplicantIx| standings.get(i.index()).copied();
                let recipients = |tiers: Vec<TierOutcome>| {
                    tiers.into_iter().map(|t| t.recipients).collect::<Vec<_>>()
                };
                assert_eq!(
                    recipients(award(&c, &placed, standing)),
                    recipients(ranking::award(&c, &placed, standing)),
                    "{n} members, {high} % high"
                );
            }
        }
    }

    #[test]
    fn a_tiny_weight_change_swapping_the_winner_is_contested() {
        let c = criteria();
        let r = near_tie(&c);
        let cat = &r.categories[0];
        let Verdict::Contested { contenders } = &cat.main_award else {
            panic!("{:?}", cat.main_award);
        };
        assert_eq!(contenders.len(), 2, "{contenders:?}");
        let sum: f64 = contenders.iter().map(|(_, s)| s).sum();
        assert!((sum - 1.0).abs() < 1e-9);
        assert_eq!(
            cat.influence[0].weight,
            Weight::Criterion(CriterionIx::new(0))
        );
        assert_eq!(cat.applicants[2].median_rank, 3);
        assert_eq!(
            (cat.applicants[2].low_rank, cat.applicants[2].high_rank),
            (3, 3)
        );
    }

    #[test]
    fn a_dominant_winner_wins_every_draw() {
        let c = criteria();
        let n = c.criteria.len();
        let r = analysis(&c, &[&vec![95.0; n], &vec![60.0; n], &vec![30.0; n]]);
        let cat = &r.categories[0];
        assert_eq!(
            cat.main_award,
            Verdict::Settled {
                contenders: vec![(ApplicantIx::new(0), 1.0)]
            }
        );
        assert_eq!(cat.applicants[0].tiers[0], 1.0);
        assert_eq!(cat.applicants[0].band_kept, 1.0);
        assert!(cat.influence.iter().all(|i| i.index == 0.0));
    }

    #[test]
    fn the_same_seed_gives_the_same_analysis_on_any_number_of_threads() {
        let c = criteria();
        let on = |threads: usize| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap()
                .install(|| near_tie(&c))
        };
        let one = on(1);
        assert_eq!(one, on(2));
        assert_eq!(one, near_tie(&c));
    }

    #[test]
    fn the_jury_split_alone_can_contest_the_main_award() {
        let c = criteria();
        let fixed = split_by_the_jury(&c, &varying(&c, None, None));
        assert_eq!(
            fixed.categories[0].main_award,
            Verdict::Settled {
                contenders: vec![(ApplicantIx::new(0), 1.0)]
            }
        );
        let moved = split_by_the_jury(&c, &varying(&c, Some(10.0), None));
        let cat = &moved.categories[0];
        let Verdict::Contested { contenders } = &cat.main_award else {
            panic!("{:?}", cat.main_award);
        };
        let shares: Vec<f64> = contenders.iter().map(|(_, s)| *s).collect();
        assert!(
            shares.iter().all(|s| (0.3..0.7).contains(s)),
            "{contenders:?}"
        );
        assert_eq!(cat.influence[0].weight, Weight::JurySplit);
        assert!(cat.influence[0].index > 0.5, "{:?}", cat.influence);
        assert_eq!(moved.jury_split, Some(10.0));
    }

    /// One applicant just above the bound between High and Moderate (66),
    /// one in the middle of Moderate; no weight moves either total.
    fn near_and_far_from_a_bound(c: &Criteria, settings: &Settings) -> Vec<f64> {
        let n = c.criteria.len();
        let cards = [card(c, &vec![67.0; n]), card(c, &vec![50.0; n])];
        let r = analysed(c, settings, &cards);
        r.categories[0]
            .applicants
            .iter()
            .map(|a| a.band_kept)
            .collect()
    }

    #[test]
    fn moving_the_band_bounds_unsettles_a_band_near_a_bound_only() {
        let c = criteria();
        assert_eq!(
            near_and_far_from_a_bound(&c, &varying(&c, None, None)),
            [1.0, 1.0]
        );
        let kept = near_and_far_from_a_bound(&c, &varying(&c, None, Some(5.0)));
        // The bound moves within [61, 71): 67 stays High below it, 60 % of draws.
        assert!((kept[0] - 0.6).abs() < 0.05, "{kept:?}");
        assert_eq!(kept[1], 1.0);
    }

    #[test]
    fn the_varied_analysis_is_the_same_on_any_number_of_threads() {
        let c = criteria();
        let settings = varying(&c, Some(10.0), Some(5.0));
        let on = |threads: usize| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap()
                .install(|| split_by_the_jury(&c, &settings))
        };
        let one = on(1);
        assert_eq!(one, on(2));
        assert_eq!(one, split_by_the_jury(&c, &settings));
    }
}
