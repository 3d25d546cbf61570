//! The rating bands: a total, or a criterion's score, falls in exactly one
//! band of the table it is rated on (the edition's, or the criterion's own).

use super::{Criteria, Criterion, Text};
use crate::ix::BandIx;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Bound {
    pub value: f64,
    pub inclusive: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Band {
    pub id: String,
    pub name: Text,
    pub lower: Bound,
    pub upper: Bound,
}

impl Band {
    pub fn contains(&self, value: f64) -> bool {
        Band::spans(self.lower, self.upper, value)
    }

    /// Whether `value` lies between `lower` and `upper`, each inclusive or
    /// not: a band's own test, for bounds that may have moved from the
    /// band's (the robustness analysis moves them).
    pub fn spans(lower: Bound, upper: Bound, value: f64) -> bool {
        let above_lower = if lower.inclusive {
            value >= lower.value
        } else {
            value > lower.value
        };
        let below_upper = if upper.inclusive {
            value <= upper.value
        } else {
            value < upper.value
        };
        above_lower && below_upper
    }
}

impl Criteria {
    /// The band table a criterion's score is rated on: its own, else the
    /// edition's.
    pub fn bands_of<'a>(&'a self, criterion: &'a Criterion) -> &'a [Band] {
        criterion.bands.as_deref().unwrap_or(&self.bands)
    }

    /// The band of a criterion's score in [`Criteria::bands_of`]; validated
    /// tables cover 0–100, so only a score outside it has none, and it
    /// falls in the lowest band.
    pub fn criterion_band(&self, criterion: &Criterion, value: f64) -> BandIx {
        let bands = self.bands_of(criterion);
        let found = bands.iter().position(|b| b.contains(value));
        BandIx::new(found.unwrap_or(bands.len().saturating_sub(1)))
    }
}
