//! Typed indices for the lists several modules share: an applicant's place
//! in the evaluation is the same in the jury's candidates, the ranking's
//! entries and the report, and a bare number could be confused with a
//! juror's, a criterion's or a category's.

use serde::Serialize;

/// Declares an index type and the trait of lists indexed by it, so that a
/// list of one kind is never read with another kind's index. Each trait
/// names its methods after its kind, so both can be in scope at once.
macro_rules! index {
    ($(#[doc = $doc:literal])* $ix:ident, $per:ident, $what:literal, $at:ident, $at_mut:ident, $indexed:ident) => {
        $(#[doc = $doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
        )]
        #[serde(transparent)]
        pub struct $ix(usize);

        impl $ix {
            pub fn new(index: usize) -> $ix {
                $ix(index)
            }

            /// The position in the list, as results.json writes it.
            pub fn index(self) -> usize {
                self.0
            }
        }

        #[doc = concat!("A list with one element per ", $what, ".")]
        pub trait $per<T> {
            fn $at(&self, ix: $ix) -> Option<&T>;
            fn $at_mut(&mut self, ix: $ix) -> Option<&mut T>;
            /// Every element with its index.
            fn $indexed<'a>(&'a self) -> impl Iterator<Item = ($ix, &'a T)>
            where
                T: 'a;
        }

        impl<T> $per<T> for [T] {
            fn $at(&self, ix: $ix) -> Option<&T> {
                self.get(ix.0)
            }

            fn $at_mut(&mut self, ix: $ix) -> Option<&mut T> {
                self.get_mut(ix.0)
            }

            fn $indexed<'a>(&'a self) -> impl Iterator<Item = ($ix, &'a T)>
            where
                T: 'a,
            {
                self.iter().enumerate().map(|(i, t)| ($ix(i), t))
            }
        }
    };
}

index!(
    /// An applicant's place in the evaluation's list of applicants, which
    /// the jury's candidates and the ranking's entries follow one for one.
    ApplicantIx,
    PerApplicant,
    "applicant",
    at,
    at_mut,
    indexed
);

index!(
    /// A criterion's place in the criteria file's list, which each jury
    /// card's and each scorecard's criteria follow one for one; a
    /// tie-break names its criterion by it.
    CriterionIx,
    PerCriterion,
    "criterion",
    at_criterion,
    at_criterion_mut,
    by_criterion
);

index!(
    /// A source of evidence's place in the criteria's `provenance.sources`:
    /// what every evidence row carries instead of a copy of the key.
    SourceIx,
    PerSource,
    "source of evidence",
    at_source,
    at_source_mut,
    by_source
);

index!(
    /// A band's place in the band table a score is rated on: the edition's
    /// or, for a criterion that names its own, the criterion's.
    BandIx,
    PerBand,
    "band",
    at_band,
    at_band_mut,
    by_band
);
