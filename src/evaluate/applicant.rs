//! A scored applicant, and why one may be listed but never ranked.

use crate::criteria::{self, Criteria, Nominee, languages::MunicipalityIndex};
use crate::scoring::{self, Scorecard};
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
    /// Listed in a nominations file rather than handing in a workbook: the
    /// jury's mark alone makes its total.
    pub nominee: Option<Nominee>,
}

impl Applicant {
    /// The nominees of every category the jury alone judges, as applicants
    /// without evidence: the institution they stand for is made from their
    /// entry, and their total waits for the jury's mark. A closed
    /// category's nominees are listed, not ranked, as its workbooks would be.
    pub(super) fn nominees(c: &Criteria) -> Vec<Applicant> {
        c.categories
            .iter()
            .enumerate()
            .filter_map(|(k, cat)| Some((k, cat, cat.nominations.as_ref()?)))
            .flat_map(|(k, cat, list)| {
                let open = cat.open_from <= c.edition;
                let file = crate::text::display_path(&list.source);
                list.nominees.iter().map(move |n| Applicant {
                    file: file.clone(),
                    institution: Institution {
                        id: n.id.clone(),
                        name_sq: Some(n.name_sq.clone()),
                        name_sr: Some(n.name_sr.clone()),
                        name_sr_cyrl: None,
                        kind: n.kind.as_str().to_string(),
                        municipality: None,
                        contact: None,
                        submitted: None,
                        edition: Some(c.edition),
                        sample: list.fictional,
                    },
                    category: open.then_some(k),
                    ineligible: (!open).then_some(Ineligible::Kind),
                    card: scoring::nominee_card(c),
                    // A nominee's card has no evidence rows to keep aside.
                    evidence: super::Spilled::default(),
                    warnings: 0,
                    nominee: Some(n.clone()),
                })
            })
            .collect()
    }

    /// Ranked only once the jury's marks make its total: a nominee, whose
    /// total is the jury's mark alone, before the jury's marks are in.
    pub fn pending(&self) -> bool {
        self.nominee.is_some() && self.card.jury.is_none()
    }

    /// Why it is not ranked; an applicant no category holds is out by its kind.
    pub fn why_ineligible(&self) -> &Ineligible {
        self.ineligible.as_ref().unwrap_or(&Ineligible::Kind)
    }
}
