//! Typed indices for the lists several modules share: an applicant's place
//! in the evaluation is the same in the jury's candidates, the ranking's
//! entries and the report, and a bare number could be confused with a
//! juror's, a criterion's or a category's.

use serde::Serialize;

/// An applicant's place in the evaluation's list of applicants, which the
/// jury's candidates and the ranking's entries follow one for one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct ApplicantIx(usize);

impl ApplicantIx {
    pub fn new(index: usize) -> ApplicantIx {
        ApplicantIx(index)
    }

    /// The position in the list, as results.json writes it.
    pub fn index(self) -> usize {
        self.0
    }
}

/// A list with one element per applicant, in the evaluation's order.
pub trait PerApplicant<T> {
    /// The applicant's element.
    fn at(&self, ix: ApplicantIx) -> Option<&T>;
    fn at_mut(&mut self, ix: ApplicantIx) -> Option<&mut T>;
    /// Every element with its applicant.
    fn indexed<'a>(&'a self) -> impl Iterator<Item = (ApplicantIx, &'a T)>
    where
        T: 'a;
}

impl<T> PerApplicant<T> for [T] {
    fn at(&self, ix: ApplicantIx) -> Option<&T> {
        self.get(ix.0)
    }

    fn at_mut(&mut self, ix: ApplicantIx) -> Option<&mut T> {
        self.get_mut(ix.0)
    }

    fn indexed<'a>(&'a self) -> impl Iterator<Item = (ApplicantIx, &'a T)>
    where
        T: 'a,
    {
        self.iter().enumerate().map(|(i, t)| (ApplicantIx(i), t))
    }
}
