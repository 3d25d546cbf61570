//! Provenance in the validated criteria: the ways evidence is obtained,
//! what a row of each counts for, and the optional columns saying so that
//! every evidence sheet may carry.

use super::{ColumnSpec, Text};
use serde::Serialize;

/// How evidence rows were obtained, and what each way counts for: the
/// award is decided on the Commissioner's own monitoring as much as on
/// what applicants declare, so a row observed by a monitor may count more
/// than one the applicant reports.
#[derive(Debug, Clone, Serialize)]
pub struct Provenance {
    /// The choice list, in display order.
    pub sources: Vec<Source>,
    /// The source of a row whose source cell is empty or whose sheet has
    /// no source column.
    pub default: crate::ix::SourceIx,
    /// The optional columns every evidence sheet may carry, read after the
    /// sheet's own columns in this order.
    pub columns: Vec<ProvenanceColumn>,
}

impl Provenance {
    /// The position of `field`'s column among [`Provenance::columns`], if
    /// the criteria declare it.
    pub fn column(&self, field: ProvenanceField) -> Option<usize> {
        self.columns.iter().position(|c| c.field == field)
    }
}

/// One way evidence is obtained: self-reported, a website, a site visit…
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub key: String,
    pub name: Text,
    /// Observed by the Commissioner's monitors rather than declared by the
    /// applicant: the report's observed/declared split follows it.
    pub observed: bool,
    /// A row's weight in an indicator's share, 0–1.
    pub weight: f64,
    pub counts: Counts,
}

/// Whether a source's rows count whatever the verified column says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counts {
    /// Every row counts at the source's weight.
    Always,
    /// A row counts at the source's weight only when verified; otherwise 0.
    VerifiedOnly,
}

/// The provenance columns' meanings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProvenanceField {
    Source,
    Reference,
    Observer,
    ObservedOn,
    Verified,
}

impl ProvenanceField {
    /// In the order a row's values hold them, after the sheet's own.
    pub const ALL: [ProvenanceField; 5] = [
        ProvenanceField::Source,
        ProvenanceField::Reference,
        ProvenanceField::Observer,
        ProvenanceField::ObservedOn,
        ProvenanceField::Verified,
    ];

    /// The key the criteria file writes under `provenance.columns`.
    pub fn key(self) -> &'static str {
        match self {
            ProvenanceField::Source => "source",
            ProvenanceField::Reference => "reference",
            ProvenanceField::Observer => "observer",
            ProvenanceField::ObservedOn => "observed_on",
            ProvenanceField::Verified => "verified",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ProvenanceColumn {
    pub field: ProvenanceField,
    /// Typed like a sheet's columns: `source` a choice of the sources,
    /// `observed_on` a date, `verified` yes/no, the others text.
    pub spec: ColumnSpec,
}
