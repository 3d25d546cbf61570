//! How robust each category's outcome is to the weights (and, when the
//! criteria vary them, to the jury's share and the band bounds), in a
//! results.json.
//! Shares are of the draws, from 0 to 1; the figures are approximations in
//! floating point, unlike the exact totals.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Robustness<'a> {
    pub draws: u32,
    pub seed: u64,
    /// How far each weight varied, in percent.
    pub weights: f64,
    /// How far the jury's share of the total moved, in percentage points,
    /// within 0–100 (a category judged on the evidence alone or by the jury
    /// alone kept its split); absent when the split was not varied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jury_split: Option<f64>,
    /// How far each bound between two bands moved, in points (the bounds
    /// kept in order); absent when the bands were not varied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band_bounds: Option<f64>,
    /// One per category, in the criteria's order.
    pub categories: Vec<CategoryRobustness<'a>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryRobustness<'a> {
    /// The category's id.
    pub category: Cow<'a, str>,
    /// What the draws say of the main award.
    pub main_award: Verdict,
    /// Who receives the main award in some draw, most often first.
    pub contenders: Vec<Contender<'a>>,
    /// The ranked applicants, in the exact ranking's order.
    pub applicants: Vec<Spread<'a>>,
    /// Every weight with its first-order influence on the ranks, strongest
    /// first.
    pub influence: Vec<Influence<'a>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// No one receives it in any draw.
    NoAward,
    /// Its winners receive it in at least 95 % of the draws.
    Settled,
    Contested,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contender<'a> {
    /// The applicant's id.
    pub id: Cow<'a, str>,
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Spread<'a> {
    /// The applicant's id.
    pub id: Cow<'a, str>,
    pub median_rank: u32,
    /// The 5th and 95th percentile ranks.
    pub low_rank: u32,
    pub high_rank: u32,
    /// The share of draws in which it receives each tier, highest first.
    pub tiers: Vec<TierShare<'a>>,
    /// The share of draws in which its band stays the one it has, on each
    /// draw's band bounds when they were varied.
    pub band_kept: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TierShare<'a> {
    /// The tier's id.
    pub tier: Cow<'a, str>,
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Influence<'a> {
    /// A criterion's id, `criterion/indicator` for an indicator, or
    /// `jury_split` for the jury's share of the total when it was varied.
    pub weight: Cow<'a, str>,
    /// The share of the variance of the mean rank shift this weight alone
    /// explains, 0–1.
    pub index: f64,
}
