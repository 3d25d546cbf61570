//! The settings of the robustness analysis, as the criteria give them.

use serde::Serialize;

/// How the robustness analysis varies the weights: each criterion and
/// indicator weight within ±`weights` percent, over `draws` draws from a
/// fixed `seed`, so the analysis is the same in every run.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Robustness {
    pub draws: u32,
    pub seed: u64,
    /// How far each weight may vary, in percent (below 100).
    pub weights: f64,
}
