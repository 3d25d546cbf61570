//! What every output says about the jury, worked out once so the pages, the
//! terminal, CSV, JSON and XLSX never disagree: whether an outcome is
//! provisional, each applicant's jury flags, jurors by id. The renderers only
//! put it into words.

use crate::criteria::TieBreak;
use crate::evaluate::{Evaluation, Outcome, Role};
use crate::ix::{ApplicantIx, PerApplicant, PerCriterion};
use crate::jury::{Aspect, JuryCard, JuryCriterion};
use crate::ranking::{CategoryRanking, TierOutcome};

/// An applicant's place in its category's awards.
pub enum Award<'a> {
    Receives(&'a TierOutcome),
    /// Tied for the tier's last place(s): the jury decides.
    TiedFor(&'a TierOutcome),
}

/// The award `entry` receives, or is tied for, if any: one answer for the
/// CSV's tier id and the XLSX's tier name.
pub fn award(eval: &Evaluation, entry: ApplicantIx) -> Option<Award<'_>> {
    eval.ranking
        .categories
        .iter()
        .flat_map(|c| &c.outcomes)
        .find_map(|o| {
            if o.recipients.contains(&entry) {
                Some(Award::Receives(o))
            } else if o.tied_for_last.contains(&entry) {
                Some(Award::TiedFor(o))
            } else {
                None
            }
        })
}

/// The criteria give the jury a share of the total but no marks were read:
/// every total is the evidence score alone and every outcome provisional.
pub fn unread(eval: &Evaluation) -> bool {
    eval.jury.is_none()
        && eval
            .criteria
            .criteria
            .jury
            .as_ref()
            .is_some_and(|j| j.jury_weight > 0.0)
}

/// Marks were read, so result tables show the evidence and jury scores
/// beside the total.
pub fn read(eval: &Evaluation) -> bool {
    eval.jury.is_some()
}

/// A category's outcome may still change: the jury's marks are missing, or
/// some applicant has too few of them.
pub fn provisional(eval: &Evaluation, cat: &CategoryRanking) -> bool {
    unread(eval) || !cat.awaiting.is_empty()
}

/// The tie-break that separated a tier's last recipient from the next
/// applicant on an equal total, when that is what made the result close:
/// the pages and the terminal then name the rule, not a margin.
pub fn tie_decided(eval: &Evaluation, cat: &CategoryRanking, o: &TierOutcome) -> Option<TieBreak> {
    let total = |e: ApplicantIx| eval.applicants.at(e).map(|a| a.card.total);
    let &last = o.recipients.last()?;
    let at = cat.placed.iter().position(|p| p.entry == last)?;
    let next = cat.placed.get(at + 1)?;
    (o.close && total(last) == total(next.entry))
        .then_some(next.decided_by)
        .flatten()
}

/// The jury's card of one applicant, when the jury marks it and marks were read.
pub fn card(eval: &Evaluation, entry: ApplicantIx) -> Option<&JuryCard> {
    eval.jury.as_ref()?.cards.at(entry)?.as_ref()
}

/// A juror's id from the criteria; reports name jurors, never indices.
pub fn juror_id(eval: &Evaluation, juror: usize) -> &str {
    eval.criteria
        .criteria
        .jury
        .as_ref()
        .and_then(|j| j.jurors.get(juror))
        .map_or("", |j| j.id.as_str())
}

/// The applicant's jury flags in a fixed order, as machine-readable words.
pub fn flags(eval: &Evaluation, entry: ApplicantIx) -> Vec<&'static str> {
    card(eval, entry).map_or_else(Vec::new, |c| {
        [(c.consensus, "consensus"), (c.insufficient, "insufficient")]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, word)| word)
            .collect()
    })
}

/// The criteria (or a nominee as a whole) that hold an applicant back:
/// fewer marks than the criteria's minimum.
pub fn short_of_marks(card: &JuryCard) -> impl Iterator<Item = (Aspect, &JuryCriterion)> {
    card.parts().filter(|(_, k)| k.insufficient)
}

/// The criteria (or a nominee as a whole) whose marks spread too wide: for
/// the consensus meeting.
pub fn disputed(card: &JuryCard) -> impl Iterator<Item = (Aspect, &JuryCriterion)> {
    card.parts().filter(|(_, k)| k.consensus)
}

/// What a mark was given for, as results.json and the terminal name it: a
/// criterion's id, or `whole` for a nominee.
pub fn aspect_id(c: &crate::criteria::Criteria, aspect: Aspect) -> &str {
    match aspect {
        Aspect::Criterion(k) => c.criteria.at_criterion(k).map_or("", |k| k.id.as_str()),
        Aspect::Whole => "whole",
    }
}

/// The file a juror's marks (or declared conflicts) were read from.
pub fn sheet_of(eval: &Evaluation, juror: usize) -> Option<&str> {
    let results = eval.jury.as_ref()?;
    let id = juror_id(eval, juror);
    results
        .cards
        .iter()
        .flatten()
        .flat_map(|c| c.parts())
        .flat_map(|(_, k)| &k.marks)
        .find(|m| m.juror == id)
        .map(|m| m.file.as_str())
        .or_else(|| {
            results
                .recusals
                .iter()
                .filter(|r| r.juror == juror)
                .find_map(|r| r.file.as_deref())
        })
}

/// What became of an input, in English: a jury sheet's marks are counted,
/// a submission is scored.
pub fn outcome_word(role: Role, outcome: Outcome) -> &'static str {
    match (role, outcome) {
        (Role::JurySheet, Outcome::Scored) => "marks counted",
        (Role::JurySheet, Outcome::ScoredWithWarnings) => "marks counted with warnings",
        (_, other) => other.as_str(),
    }
}

/// The role as a machine-readable word.
pub fn role_word(role: Role) -> &'static str {
    match role {
        Role::Submission => "submission",
        Role::JurySheet => "jury_sheet",
    }
}

/// Entries of a category in report order: ranked, awaiting jury marks, then
/// excluded by a gate, each with what it is.
pub fn members(cat: &CategoryRanking) -> impl Iterator<Item = (ApplicantIx, Standing)> + '_ {
    cat.placed
        .iter()
        .map(|p| {
            let ranked = Standing::Ranked {
                rank: p.rank,
                tied: p.tied,
            };
            (p.entry, ranked)
        })
        .chain(cat.awaiting.iter().map(|&e| (e, Standing::Awaiting)))
        .chain(cat.excluded.iter().map(|&e| (e, Standing::Excluded)))
}

/// Where an applicant of a category stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Ranked {
        rank: u32,
        tied: bool,
    },
    /// Too few jury marks for a final total.
    Awaiting,
    /// Failed a gate.
    Excluded,
}

/// Counts of inputs of one role by outcome: scored (or marks counted),
/// with warnings, rejected, skipped.
pub fn counts(eval: &Evaluation, role: Role) -> [usize; 5] {
    let of = |o: Outcome| {
        eval.inputs
            .iter()
            .filter(|i| i.role == role && i.outcome == o)
            .count()
    };
    let total = eval.inputs.iter().filter(|i| i.role == role).count();
    [
        total,
        of(Outcome::Scored),
        of(Outcome::ScoredWithWarnings),
        of(Outcome::Rejected),
        of(Outcome::Skipped),
    ]
}
