//! Each category's ranking and awards in a results.json.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One category's ranking and awards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Category<'a> {
    /// The category's id.
    pub category: Cow<'a, str>,
    /// Ranked applicants, best first.
    pub ranking: Vec<Placed<'a>>,
    /// Ids of applicants that failed a gate.
    pub excluded_by_gate: Vec<Cow<'a, str>>,
    /// Ids of applicants ranked once enough jury marks are in.
    pub awaiting_jury: Vec<Cow<'a, str>>,
    /// The awards may still change.
    pub provisional: bool,
    /// One per award tier, highest first.
    pub awards: Vec<Award<'a>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placed<'a> {
    /// 1 is the best; equal applicants share a rank.
    pub rank: u32,
    /// Shares its rank with another applicant.
    pub tied: bool,
    /// Equal total with a neighbour, separated by this tie-break.
    pub decided_by: Option<Cow<'a, str>>,
    /// The applicant's id.
    pub id: Cow<'a, str>,
}

/// Who receives one tier of the award in one category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Award<'a> {
    /// The tier's id.
    pub tier: Cow<'a, str>,
    /// Ids of the recipients; empty means "no award".
    pub recipients: Vec<Cow<'a, str>>,
    /// Ids of equal applicants competing for the last place: the jury decides.
    pub tied_for_last: Vec<Cow<'a, str>>,
    /// The gap to the next qualifying applicant is below the close margin.
    pub close: bool,
}
