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

use crate::criteria::{Band, Bound, Criteria, Robustness as Settings, Weights};
use crate::ix::{ApplicantIx, CriterionIx, PerApplicant};
use crate::ranking::{self, Placed, Ranking, Standing};
use crate::scoring::{Scorecard, Status};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::ops::Range;

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

/// One draw's multipliers: per criterion, and per criterion its indicators';
/// with the optional variations, the points added to the jury's share and
/// the band bounds the draw rates totals on.
struct Draw {
    criteria: Vec<f64>,
    indicators: Vec<Vec<f64>>,
    /// Added to every category's jury share whose split may move; 0 when
    /// the split is not varied.
    jury: f64,
    /// Where each band but the last ends below, highest first; empty when
    /// the bounds are not varied and the edition's bands decide.
    bounds: Vec<f64>,
}

/// A uniform value in [0, 1) from 53 random bits.
fn unit(rng: &mut ChaCha8Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

impl Draw {
    fn new(criteria: &Criteria, settings: &Settings, index: u32) -> Draw {
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
    fn offset(&self, weight: Weight) -> f64 {
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
    fn split(&self, w: Weights) -> Weights {
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
    fn band(&self, criteria: &Criteria, total: f64) -> usize {
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
fn split_varies(w: Weights) -> bool {
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

/// A category's members as a draw's totals read them, flattened once per
/// category: a thousand draws then total each member from plain numbers in
/// a tight loop, instead of walking every scorecard (and converting every
/// score) again in each draw.
struct Table {
    /// One per member, in the exact ranking's order.
    rows: Vec<Row>,
    /// Every member's criteria, member after member.
    parts: Vec<Part>,
    /// Every part's indicators, part after part; excluded ones left out.
    indicators: Vec<Scored>,
    /// Where each criterion's indicators begin among a draw's indicator
    /// weights (`Weighting::indicators`).
    offsets: Vec<usize>,
}

/// One member: its criteria in `Table::parts` and the jury's mark, if any.
struct Row {
    parts: Range<usize>,
    jury: Option<f64>,
}

/// One criterion a card scores: which, and its indicators in
/// `Table::indicators`.
struct Part {
    criterion: usize,
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
    fn new(criteria: &Criteria, members: &[Member]) -> Table {
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
                    criterion,
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
    fn total(&self, row: &Row, w: &Weighting) -> f64 {
        let (mut all, mut weighted) = (-0.0, -0.0);
        for part in self.parts.get(row.parts.clone()).unwrap_or_default() {
            let Some(&criterion) = w.criteria.get(part.criterion) else {
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
struct Weighting {
    criteria: Vec<f64>,
    /// By slot (`Table::offsets`); `None` where the draw has no multiplier.
    indicators: Vec<Option<f64>>,
    split: Weights,
}

impl Weighting {
    fn new(criteria: &Criteria, table: &Table, category: Option<usize>, draw: &Draw) -> Self {
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

/// One category's outcome in one draw: each applicant's rank, its tier (if
/// any) and whether its band held, in the exact ranking's order. Kept small:
/// a category of 2,000 applicants keeps 1,000 of these at once.
struct Outcome {
    ranks: Vec<u32>,
    tiers: Vec<Option<u8>>,
    band_kept: Vec<bool>,
}

/// What one worker reuses from draw to draw, so a draw allocates only the
/// outcome it keeps.
#[derive(Default)]
struct Scratch {
    totals: Vec<f64>,
    bands: Vec<usize>,
    /// The members by total, highest first, each with its key.
    order: Vec<(Descending, usize)>,
    placed: Vec<Placed>,
}

/// A total as an integer whose ascending order is the totals' descending
/// order under `f64::total_cmp`: sorting (key, member) pairs, every pair
/// distinct, gives the order a stable sort by total gives (equal totals
/// stay in the exact ranking's order) with cheaper comparisons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Descending(u64);

impl Descending {
    fn of(total: f64) -> Descending {
        let bits = total.to_bits();
        // As `f64::total_cmp`: a negative total's other bits flipped, the
        // bits order as signed integers; the sign bit flipped, as unsigned
        // ones; all bits flipped, in reverse.
        let signed = bits ^ (((bits as i64 >> 63) as u64) >> 1);
        Descending(!(signed ^ (1 << 63)))
    }
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
        totals,
        bands,
        order,
        placed,
    } = scratch;
    totals.clear();
    totals.extend(table.rows.iter().map(|row| table.total(row, &weighting)));
    bands.clear();
    bands.extend(totals.iter().map(|&total| draw.band(criteria, total)));
    order.clear();
    order.extend(totals.iter().map(|&t| Descending::of(t)).zip(0..));
    order.sort_unstable();
    let rank = |pos: usize| u32::try_from(pos + 1).unwrap_or(u32::MAX);
    placed.clear();
    placed.extend(order.iter().enumerate().map(|(pos, &(_, m))| Placed {
        entry: ApplicantIx::new(m),
        rank: rank(pos),
        tied: false,
        decided_by: None,
    }));
    let outcomes = ranking::award(criteria, placed, |i| {
        let m = i.index();
        Some(Standing {
            total: *totals.get(m)?,
            band: *bands.get(m)?,
        })
    });
    let mut ranks = vec![0; members.len()];
    for (pos, &(_, m)) in order.iter().enumerate() {
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
        ranks,
        tiers,
        band_kept,
    }
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
    let n = outcomes.len().max(1) as f64;
    let jury_split = members
        .iter()
        .any(|m| m.card.jury.is_some() && split_varies(criteria.weights(m.category)));
    let tiers = criteria.tiers.len();
    let tally = Tally::new(outcomes, members.len(), tiers);
    let applicants: Vec<Spread> = members
        .iter()
        .enumerate()
        .zip(tally.tiers.chunks_exact(tiers + 1))
        .zip(&tally.kept)
        .map(|(((m, member), received), &kept)| {
            let mut ranks: Vec<u32> = outcomes
                .iter()
                .filter_map(|o| o.ranks.get(m).copied())
                .collect();
            ranks.sort_unstable();
            let share = |count: usize| count as f64 / n;
            let draws_with = |tier: Option<u8>| received.get(Tally::slot(tier, tiers)).copied();
            Spread {
                entry: member.entry,
                median_rank: percentile(&ranks, 50.0),
                low_rank: percentile(&ranks, 5.0),
                high_rank: percentile(&ranks, 95.0),
                tiers: (0..tiers)
                    .map(|t| share(draws_with(u8::try_from(t).ok()).unwrap_or(0)))
                    .collect(),
                band_kept: share(kept),
            }
        })
        .collect();
    CategoryRobustness {
        category: category.to_string(),
        main_award: verdict(criteria, &applicants),
        influence: influence(criteria, settings, draws, outcomes, jury_split),
        applicants,
    }
}

/// Each member's draws counted in one pass over the outcomes, which hold
/// them draw by draw: how many gave it each tier (or none), and how many
/// kept its band.
struct Tally {
    /// `tiers + 1` counts per member: one per tier, then the draws with none.
    tiers: Vec<usize>,
    kept: Vec<usize>,
}

impl Tally {
    fn new(outcomes: &[Outcome], members: usize, tiers: usize) -> Tally {
        let mut tally = Tally {
            tiers: vec![0; members * (tiers + 1)],
            kept: vec![0; members],
        };
        for o in outcomes {
            for (counts, &tier) in tally.tiers.chunks_exact_mut(tiers + 1).zip(&o.tiers) {
                if let Some(count) = counts.get_mut(Tally::slot(tier, tiers)) {
                    *count += 1;
                }
            }
            for (kept, &held) in tally.kept.iter_mut().zip(&o.band_kept) {
                *kept += usize::from(held);
            }
        }
        tally
    }

    /// Where a draw's tier is counted among a member's counts: a tier at
    /// its place, none after the last tier.
    fn slot(tier: Option<u8>, tiers: usize) -> usize {
        tier.map_or(tiers, usize::from)
    }
}

/// The nearest-rank percentile of sorted ranks.
fn percentile(sorted: &[u32], p: f64) -> u32 {
    let at = ((p / 100.0 * sorted.len() as f64).ceil() as usize).saturating_sub(1);
    sorted.get(at).copied().unwrap_or(0)
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
    let shift: Vec<f64> = outcomes
        .iter()
        .map(|o| {
            let moved: u32 = o
                .ranks
                .iter()
                .enumerate()
                .map(|(exact, r)| r.abs_diff(u32::try_from(exact + 1).unwrap_or(u32::MAX)))
                .sum();
            f64::from(moved) / o.ranks.len().max(1) as f64
        })
        .collect();
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
    use crate::scoring::{CriterionScore, GateResult, IndicatorScore, JuryShare, Score};

    fn criteria() -> Criteria {
        parse(include_bytes!("../criteria/2026.yaml")).unwrap().0
    }

    /// A card whose every indicator of criterion `c` has `shares[c]`, with
    /// the exact total the criteria's weights give.
    fn card(c: &Criteria, shares: &[f64]) -> Scorecard {
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
    fn with_jury(c: &Criteria, mut card: Scorecard, mark: f64) -> Scorecard {
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
    fn varying(c: &Criteria, jury_split: Option<f64>, band_bounds: Option<f64>) -> Settings {
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

    #[test]
    fn the_keys_order_totals_as_a_stable_descending_sort_does() {
        let totals = [
            3.5,
            -0.0,
            0.0,
            f64::NAN,
            -f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -2.25,
            3.5,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            100.0,
            66.0,
            -0.0,
            f64::MAX,
            f64::MIN,
        ];
        let mut stable: Vec<usize> = (0..totals.len()).collect();
        stable.sort_by(|&a, &b| totals[b].total_cmp(&totals[a]));
        let mut keyed: Vec<(Descending, usize)> =
            totals.iter().map(|&t| Descending::of(t)).zip(0..).collect();
        keyed.sort_unstable();
        let keyed: Vec<usize> = keyed.into_iter().map(|(_, m)| m).collect();
        assert_eq!(keyed, stable);
    }
}
