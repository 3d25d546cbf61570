//! A scored applicant, and why one may be listed but never ranked.

use crate::criteria::{self, languages::MunicipalityIndex};
use crate::scoring::Scorecard;
use crate::submission::Institution;
use serde::Serialize;

/// Why an applicant is scored and listed but never ranked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Ineligible {
    /// No category admits its kind in this edition.
    Kind,
    /// A municipality that does not say which one it is: the languages it
    /// owes cannot be known.
    NoMunicipality,
    /// A municipality whose name the language-status file does not know.
    UnknownMunicipality { written: String },
}

impl Ineligible {
    /// Whether, and why, an applicant cannot be ranked: its kind is in no
    /// open category, or it is a municipality that does not say (or
    /// misspells) which one, so it would otherwise be held only to Albanian
    /// and Serbian.
    pub fn of(c: &criteria::Criteria, institution: &Institution) -> Option<Ineligible> {
        Ineligible::by(c, &MunicipalityIndex::new(&c.languages), institution)
    }

    /// [`Ineligible::of`] with the municipalities indexed once for every
    /// applicant.
    pub(super) fn by(
        c: &criteria::Criteria,
        municipalities: &MunicipalityIndex,
        institution: &Institution,
    ) -> Option<Ineligible> {
        if c.category_for(&institution.kind).is_none() {
            return Some(Ineligible::Kind);
        }
        let municipal = c
            .kinds
            .iter()
            .any(|k| k.id == institution.kind && k.municipal);
        match &institution.municipality {
            None if municipal => Some(Ineligible::NoMunicipality),
            Some(m) if municipal && municipalities.find(m).is_none() => {
                Some(Ineligible::UnknownMunicipality { written: m.clone() })
            }
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Applicant {
    pub file: String,
    /// The evidence rows are dropped after scoring: the scorecard keeps what
    /// the report shows, so memory grows with scorecards, not workbooks.
    pub institution: Institution,
    /// The category that admits the applicant's kind, if it can be ranked.
    pub category: Option<usize>,
    /// Why it is not ranked, when it cannot be.
    pub ineligible: Option<Ineligible>,
    /// Scores and counts only: the evidence rows are kept aside
    /// ([`super::Evaluation::scorecard`] puts them back).
    pub card: Scorecard,
    /// Where the scorecard's evidence rows are kept.
    pub evidence: super::Spilled,
    pub warnings: usize,
}

impl Applicant {
    /// Why it is not ranked; an applicant no category holds is out by its kind.
    pub fn why_ineligible(&self) -> &Ineligible {
        self.ineligible.as_ref().unwrap_or(&Ineligible::Kind)
    }
}
