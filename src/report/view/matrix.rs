//! The factsheet matrix that opens each category of the report: a row per
//! ranked applicant, a band per criterion and the total with its band last,
//! the way monitoring factsheets rate each area of performance, so a reader
//! sees at a glance where an institution is strong and where weak.

use super::lazy::Lazy;
use super::{Name, Page, name};
use crate::evaluate::Applicant;
use crate::ix::PerApplicant;
use crate::ranking::Placed;
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

/// The matrix rows of a category's ranked applicants, in ranking order;
/// none for a category of nominees, who have no criteria.
pub(super) fn rows(page: &Page, placed: &[Placed], nominees: bool) -> Lazy<MatrixRow> {
    if nominees {
        return Lazy::new(Vec::new());
    }
    let rows = placed
        .iter()
        .filter_map(|p| {
            let a = page.eval.applicants.at(p.entry)?;
            Some(row(page, p, a))
        })
        .collect();
    Lazy::new(rows)
}

fn row(page: &Page, p: &Placed, a: &Applicant) -> MatrixRow {
    let m = page.m;
    let cells = a
        .card
        .criteria
        .iter()
        .zip(&page.c().criteria)
        .map(|(k, spec)| {
            let (band, band_index) = page.criterion_band(spec, k);
            BandCell {
                band,
                band_index,
                score: m.number(&k.score.to_string()),
            }
        })
        .collect();
    let (band, band_index) = page.band(a);
    MatrixRow {
        name: name(a, m.lang()).into_owned(),
        scorecard: page.scorecard_href(p.entry, false),
        cells,
        total: BandCell {
            band,
            band_index,
            score: m.number(&a.card.total.to_string()),
        },
    }
}
