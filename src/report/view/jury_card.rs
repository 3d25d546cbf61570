//! Each scorecard's jury marks: every juror's mark with its cell, recusals,
//! the aggregated mark per criterion and the split of the total.

use super::Page;
use crate::criteria::Jury;
use crate::evaluate::Applicant;
use crate::i18n::Number;
use crate::ix::ApplicantIx;
use crate::jury::JuryCard;
use crate::report::jury;
use crate::scoring::Score;
use serde::Serialize;

#[derive(Serialize)]
pub struct ScorecardJury<'a> {
    pub status: Option<String>,
    pub recusals: Vec<CardRecusal<'a>>,
    pub aggregate: &'a str,
    pub standardised: bool,
    pub criteria: Vec<JuryCriterionView<'a>>,
    pub share: Option<JuryShareView>,
}

#[derive(Serialize)]
pub struct CardRecusal<'a> {
    pub juror: &'a str,
    pub reason: String,
    pub file: Option<&'a str>,
    pub cell: Option<String>,
    pub implied: Option<&'a str>,
}

#[derive(Serialize)]
pub struct JuryCriterionView<'a> {
    pub name: String,
    pub marks: Vec<MarkView<'a>>,
    pub mark: Option<String>,
    pub spread: String,
    pub flags: Vec<String>,
}

#[derive(Serialize)]
pub struct MarkView<'a> {
    pub juror: &'a str,
    pub value: String,
    pub used: String,
    pub trimmed: bool,
    pub file: &'a str,
    pub cell: String,
}

/// The jury score and how it and the evidence score make the total.
#[derive(Serialize)]
pub struct JuryShareView {
    pub score: String,
    pub parts: String,
}

impl Page<'_> {
    /// One scorecard's jury block: each criterion's marks with their places,
    /// the aggregated mark, the jury score and how the total is made.
    /// `None` when the criteria have no jury or the jury does not mark the
    /// applicant.
    pub(super) fn scorecard_jury<'a>(
        &'a self,
        entry: ApplicantIx,
        a: &'a Applicant,
    ) -> Option<ScorecardJury<'a>> {
        let (eval, m) = (self.eval, self.m);
        let j = self.jury()?;
        if !(a.category.is_some() && a.card.passed_gates()) {
            return None;
        }
        let Some(card) = jury::card(eval, entry) else {
            let status = if a.nominee.is_some() {
                "jury_card_pending"
            } else {
                "jury_card_unread"
            };
            return (jury::unread(eval) || a.nominee.is_some()).then(|| ScorecardJury {
                status: Some(m.get(status).to_string()),
                recusals: Vec::new(),
                aggregate: "",
                standardised: false,
                criteria: Vec::new(),
                share: None,
            });
        };
        let criteria = self.card_criteria(card, j);
        let weights = self.c().weights(a.category);
        let share = a.card.jury.map(|s| {
            let n = |x: Score| m.number(&x.to_string());
            let parts = match a.nominee {
                Some(_) => m.fill("total_jury_only", &[("total", &n(a.card.total))]),
                None => m.fill(
                    "total_parts",
                    &[
                        ("evidence_part", &n(s.evidence_part)),
                        ("evidence_weight", &Number::decimal(weights.evidence)),
                        ("evidence", &n(a.card.evidence)),
                        ("jury_part", &n(s.jury_part)),
                        ("jury_weight", &Number::decimal(weights.jury)),
                        ("jury", &n(s.score)),
                        ("total", &n(a.card.total)),
                    ],
                ),
            };
            JuryShareView {
                score: n(s.score),
                parts,
            }
        });
        let status = card
            .score
            .is_none()
            .then(|| m.fill("jury_card_awaiting", &[("min", &j.min_marks)]));
        let recusals = eval
            .jury
            .iter()
            .flat_map(|r| &r.recusals)
            .filter(|r| r.applicant == entry)
            .map(|r| CardRecusal {
                juror: jury::juror_id(eval, r.juror),
                reason: self.conflict(r),
                file: r.file.as_deref(),
                cell: r.at.as_ref().map(ToString::to_string),
                implied: r.file.is_none().then(|| m.get("recusal_from_criteria")),
            })
            .collect();
        Some(ScorecardJury {
            status,
            recusals,
            aggregate: self.aggregate_name(j),
            standardised: j.standardise,
            criteria,
            share,
        })
    }

    /// Per criterion every juror's mark with its place, the aggregated mark,
    /// the spread, and whether it goes to the consensus meeting or is short
    /// of marks.
    fn card_criteria<'c>(&self, card: &'c JuryCard, j: &Jury) -> Vec<JuryCriterionView<'c>> {
        let m = self.m;
        card.parts()
            .map(|(k, jk)| {
                let marks = jk
                    .marks
                    .iter()
                    .map(|x| MarkView {
                        juror: &x.juror,
                        value: self.mark(x.value),
                        used: self.computed(x.used),
                        trimmed: x.trimmed,
                        file: &x.file,
                        cell: x.at.to_string(),
                    })
                    .collect();
                let mut flags = Vec::new();
                if jk.consensus {
                    flags.push(m.get("consensus_flag").to_string());
                }
                if jk.insufficient {
                    flags.push(m.fill(
                        "marks_count",
                        &[("count", &jk.marks.len()), ("min", &j.min_marks)],
                    ));
                }
                JuryCriterionView {
                    name: self.aspect_name(k),
                    marks,
                    mark: jk.mark.as_ref().map(|x| self.exact(x)),
                    spread: self.mark(jk.spread),
                    flags,
                }
            })
            .collect()
    }
}
