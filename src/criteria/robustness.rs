//! The settings of the robustness analysis, as the criteria give them.

use serde::Serialize;

/// What the robustness analysis varies: each criterion and indicator weight
/// within ±`weights` percent, and optionally the jury's share of the total
/// and the band bounds, over `draws` draws from a fixed `seed`, so the
/// analysis is the same in every run.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Robustness {
    pub draws: u32,
    pub seed: u64,
    /// How far each weight may vary, in percent (below 100).
    pub weights: f64,
    /// How far the jury's share of the total may move, in percentage
    /// points; `None` keeps every category's split as the criteria give it.
    pub jury_split: Option<f64>,
    /// How far each bound between two bands may move, in points; `None`
    /// keeps the bands as the criteria give them.
    pub band_bounds: Option<f64>,
}
