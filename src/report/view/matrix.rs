//! The factsheet matrix that opens each category of the report: a row per
//! ranked applicant, a band per criterion and the total with its band last,
//! the way monitoring factsheets rate each area of performance, so a reader
//! sees at a glance where an institution is strong and where weak.

use super::{Name, Page};
use crate::evaluate::Applicant;
use serde::Serialize;

/// One applicant's row of the matrix.
#[derive(Serialize)]
pub struct MatrixRow {
    pub name: Name<'static>,
    pub scorecard: String,
    /// One cell per criterion, in the criteria's order.
    pub cells: Vec<BandCell>,
    pub total: BandCell,
}

/// A score with its band: the name is written in the cell, so it reads
/// without colour.
#[derive(Serialize)]
pub struct BandCell {
    pub band: String,
    pub band_index: usize,
    pub score: String,
}

/// What an applicant's matrix row says as its row of the ranked table
/// does, worded once for both.
pub(super) struct Shared<'r> {
    pub name: &'r Name<'static>,
    pub scorecard: &'r str,
    pub total: &'r str,
    /// Each criterion's score, in the criteria's order.
    pub scores: &'r [String],
}

/// One ranked applicant's row of the matrix: each criterion's band (the
/// names worded once per language) and score, then the total with its band.
pub(super) fn row(page: &Page, a: &Applicant, shared: Shared) -> MatrixRow {
    let cells = a
        .card
        .criteria
        .iter()
        .zip(&page.c().criteria)
        .zip(shared.scores)
        .enumerate()
        .map(|(ck, ((k, _), score))| {
            let (band, band_index) = page.criterion_band_name(ck, k);
            BandCell {
                band: band.to_string(),
                band_index,
                score: score.clone(),
            }
        })
        .collect();
    let (band, band_index) = page.band_name(a);
    MatrixRow {
        name: Name {
            text: shared.name.text.clone(),
            fallback: shared.name.fallback,
        },
        scorecard: shared.scorecard.to_string(),
        cells,
        total: BandCell {
            band: band.to_string(),
            band_index,
            score: shared.total.to_string(),
        },
    }
}
