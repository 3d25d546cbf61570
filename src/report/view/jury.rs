//! The jury on the pages: the provisional notices that open the report, the
//! jury section (method, jurors, recusals, consensus, missing marks), the
//! final-total methodology, in the page's language; each scorecard's marks
//! are in `jury_card.rs`.

use super::{Name, Page, name};
use crate::criteria::{Aggregate, Jury, Weights};
use crate::evaluate::{Applicant, Outcome, Role};
use crate::i18n::Number;
use crate::ix::{ApplicantIx, PerApplicant, PerCriterion};
use crate::jury::layout::WHOLE;
use crate::jury::{Aspect, JuryCard, Recusal};
use crate::report::jury;
use crate::scoring::Score;
use serde::Serialize;

/// The report's jury section.
#[derive(Serialize)]
pub struct JurySection<'a> {
    pub read: bool,
    pub unread: bool,
    pub method: Vec<String>,
    pub jurors: Vec<JurorView<'a>>,
    pub warnings: Vec<String>,
    pub recusals: Vec<RecusalView<'a>>,
    pub consensus: Vec<Disputed<'a>>,
    pub consensus_intro: Option<String>,
    pub insufficient: Vec<ShortOfMarks<'a>>,
    /// What became of the juror sheets; `None` when none were read.
    pub files: Option<String>,
}

#[derive(Serialize)]
pub struct JurorView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub categories: String,
    pub sheet: String,
    pub missing: bool,
}

/// Where a recusal was declared: a juror's sheet (and cell), or the
/// criteria's jurors list (the juror's own institution).
#[derive(Serialize)]
pub struct RecusalPlace<'a> {
    pub file: Option<&'a str>,
    pub cell: Option<String>,
    pub implied: Option<&'a str>,
}

#[derive(Serialize)]
pub struct RecusalView<'a> {
    pub juror: &'a str,
    pub name: Name<'a>,
    pub scorecard: String,
    pub reason: String,
    pub place: RecusalPlace<'a>,
}

/// An applicant whose marks for a criterion spread too wide.
#[derive(Serialize)]
pub struct Disputed<'a> {
    pub name: Name<'a>,
    pub scorecard: String,
    pub criterion: String,
    pub marks: String,
    pub spread: String,
}

#[derive(Serialize)]
pub struct ShortOfMarks<'a> {
    pub name: Name<'a>,
    pub scorecard: String,
    pub criterion: String,
    pub marks: String,
}

/// A scorecard's jury block.
impl Page<'_> {
    pub(super) fn jury(&self) -> Option<&'_ Jury> {
        self.c().jury.as_ref()
    }

    /// A mark as the juror wrote it: 7, 7,5.
    pub(super) fn mark(&self, x: f64) -> String {
        self.m.decimal(x)
    }

    /// A computed mark (standardised, aggregated) at the edition's decimals.
    pub(super) fn computed(&self, x: f64) -> String {
        self.m
            .number(&Score::round(x, self.c().decimals).to_string())
    }

    /// An exact aggregated mark at the edition's decimals, rounded once.
    pub(super) fn exact(&self, x: &crate::exact::Exact) -> String {
        self.m
            .number(&Score::exact(x, self.c().decimals).to_string())
    }

    /// What a mark was given for, in the page's language: a criterion's
    /// name, or "Overall" for a nominee marked as a whole.
    pub(super) fn aspect_name(&self, aspect: Aspect) -> String {
        match aspect {
            Aspect::Criterion(k) => self
                .c()
                .criteria
                .at_criterion(k)
                .map(|k| self.m.text(&k.name))
                .unwrap_or_default(),
            Aspect::Whole => self.m.get(WHOLE.id()).to_string(),
        }
    }

    /// What became of an input, in the words for its role.
    pub(in crate::report) fn input_outcome(&self, role: Role, o: Outcome) -> &str {
        match (role, o) {
            (Role::JurySheet, Outcome::Scored) => self.m.get("outcome_counted"),
            (Role::JurySheet, Outcome::ScoredWithWarnings) => self.m.get("outcome_counted_warned"),
            (Role::JurySheet, Outcome::Skipped) => self.m.get("outcome_skipped_sheet"),
            (_, o) => self.outcome(o),
        }
    }

    pub(in crate::report) fn role(&self, role: Role) -> &str {
        self.m.get(match role {
            Role::Submission => "role_submission",
            Role::JurySheet => "role_jury_sheet",
        })
    }

    /// "Signage (2 of 3)" for every criterion short of marks; for a nominee
    /// before any mark is read, that the jury's marks are pending.
    pub(super) fn awaiting_reason(&self, entry: ApplicantIx) -> String {
        let (m, min) = (self.m, self.jury().map_or(0, |j| j.min_marks));
        if self
            .eval
            .applicants
            .at(entry)
            .is_some_and(Applicant::pending)
        {
            return m.get("awaiting_pending").to_string();
        }
        let short: Vec<String> = jury::card(self.eval, entry)
            .into_iter()
            .flat_map(jury::short_of_marks)
            .map(|(k, j)| {
                m.fill(
                    "awaiting_criterion",
                    &[
                        ("criterion", &self.aspect_name(k)),
                        ("count", &j.marks.len()),
                        ("min", &min),
                    ],
                )
            })
            .collect();
        m.fill("awaiting_reason", &[("criteria", &m.list(&short))])
    }

    /// Why the outcome at the top may still change: no marks were read, or
    /// named applicants of a category await theirs.
    pub(super) fn provisional_notices(&self) -> Vec<String> {
        let (eval, m) = (self.eval, self.m);
        let mut notes = Vec::new();
        if jury::unread(eval) {
            let weight = self.jury().map_or(0.0, |j| j.jury_weight);
            notes.push(m.fill("provisional_unread", &[("jury", &Number::decimal(weight))]));
        }
        for cat in &eval.ranking.categories {
            let Some(spec) = self.c().categories.iter().find(|k| k.id == cat.category) else {
                continue;
            };
            let names: Vec<String> = cat
                .awaiting
                .iter()
                .filter_map(|&e| eval.applicants.at(e))
                .map(|a| name(a, m.lang()).text.into_owned())
                .collect();
            if !names.is_empty() {
                notes.push(m.fill(
                    "provisional_awaiting",
                    &[
                        ("category", &m.text(&spec.name)),
                        ("names", &m.list(&names)),
                    ],
                ));
            }
        }
        notes
    }

    /// Above a category's result table: what its total is. A category the
    /// jury alone judges says so always; the others once marks were read,
    /// with their own weights when they have them.
    pub(super) fn total_rule(&self, category: usize) -> Option<String> {
        let c = self.c();
        if c.categories.get(category).is_some_and(|k| k.jury_only()) {
            return Some(self.m.get("jury_only_rule").to_string());
        }
        self.jury().filter(|_| jury::read(self.eval))?;
        Some(self.shares("jury_total_rule", c.weights(Some(category))))
    }

    fn weights(&self, key: &str, j: &Jury) -> String {
        self.shares(
            key,
            Weights {
                evidence: j.evidence_weight,
                jury: j.jury_weight,
            },
        )
    }

    fn shares(&self, key: &str, w: Weights) -> String {
        self.m.fill(
            key,
            &[
                ("evidence", &Number::decimal(w.evidence)),
                ("jury", &Number::decimal(w.jury)),
            ],
        )
    }

    /// The categories whose total departs from the jury's weights, one
    /// sentence each: the jury's mark alone, or their own shares.
    fn category_weights(&self) -> Vec<String> {
        let m = self.m;
        self.c()
            .categories
            .iter()
            .filter_map(|k| {
                let w = k.weights?;
                let category = m.text(&k.name);
                Some(if k.jury_only() {
                    m.fill("method_jury_only", &[("category", &category)])
                } else {
                    m.fill(
                        "method_category_weights",
                        &[
                            ("category", &category),
                            ("evidence", &Number::decimal(w.evidence)),
                            ("jury", &Number::decimal(w.jury)),
                        ],
                    )
                })
            })
            .collect()
    }

    /// The methodology's account of the final total; `None` without a jury.
    pub(super) fn method_final(&self) -> Option<Vec<String>> {
        let j = self.jury()?;
        let m = self.m;
        let share = if j.jury_weight > 0.0 {
            self.weights("method_final", j)
        } else {
            self.weights("method_final_evidence_only", j)
        };
        let score = m.fill(
            "method_jury_score",
            &[
                ("min", &Number::decimal(j.min)),
                ("max", &Number::decimal(j.max)),
            ],
        );
        let mut lines = vec![share];
        lines.extend(self.category_weights());
        lines.push(score);
        Some(lines)
    }

    /// How the jury works, one sentence per rule, from the criteria.
    fn jury_method(&self, j: &Jury) -> Vec<String> {
        let m = self.m;
        let (min, max) = (Number::decimal(j.min), Number::decimal(j.max));
        let mut lines = vec![match j.step {
            Some(step) => m.fill(
                "jury_scale_step",
                &[
                    ("min", &min),
                    ("max", &max),
                    ("step", &Number::decimal(step)),
                ],
            ),
            None => m.fill("jury_scale", &[("min", &min), ("max", &max)]),
        }];
        lines.push(match j.aggregate {
            Aggregate::Mean => m.get("jury_aggregate_mean").to_string(),
            Aggregate::Median => m.get("jury_aggregate_median").to_string(),
            Aggregate::TrimmedMean => m.fill("jury_aggregate_trimmed", &[("n", &j.trim_from)]),
        });
        lines.push(m.fill("jury_min_marks", &[("n", &j.min_marks)]));
        lines.push(
            m.get(if j.standardise {
                "jury_standardise_on"
            } else {
                "jury_standardise_off"
            })
            .to_string(),
        );
        if let Some(spread) = j.consensus_spread {
            lines.push(m.fill("jury_consensus", &[("spread", &Number::decimal(spread))]));
        }
        lines.push(m.get("jury_recusal_rule").to_string());
        lines.push(self.weights("jury_weights", j));
        lines
    }

    pub(super) fn aggregate_name(&self, j: &Jury) -> &str {
        self.m.get(match j.aggregate {
            Aggregate::Mean => "aggregate_mean",
            Aggregate::Median => "aggregate_median",
            Aggregate::TrimmedMean => "aggregate_trimmed",
        })
    }

    /// The reason for a recusal: from the list, or the juror's own words.
    pub(super) fn conflict(&self, r: &Recusal) -> String {
        let listed = self.m.get(r.reason.message_key());
        match &r.note {
            Some(note) => self
                .m
                .fill("conflict_own_words", &[("reason", &listed), ("note", note)]),
            None => listed.to_string(),
        }
    }

    /// Applicants the jury marks, in report order (ranked, then awaiting),
    /// with their cards.
    fn marked(&self) -> Vec<(ApplicantIx, &Applicant, &JuryCard)> {
        self.eval
            .ranking
            .categories
            .iter()
            .flat_map(|cat| {
                cat.placed
                    .iter()
                    .map(|p| p.entry)
                    .chain(cat.awaiting.iter().copied())
            })
            .filter_map(|e| Some((e, self.eval.applicants.at(e)?, jury::card(self.eval, e)?)))
            .collect()
    }

    /// Jurors whose institution is no applicant's id, each with the place in
    /// the jurors list to fix and the id probably meant.
    fn institution_warnings(&self) -> Vec<String> {
        let m = self.m;
        self.eval
            .unknown_institutions
            .iter()
            .map(|u| {
                let found = m.fill(
                    "juror_institution_unknown",
                    &[
                        ("file", &u.file.display().to_string()),
                        ("line", &u.line),
                        ("column", &u.column),
                        ("juror", &u.juror),
                        ("institution", &u.institution),
                    ],
                );
                let hint = match &u.nearest {
                    Some(id) => m.fill("juror_institution_nearest", &[("nearest", id)]),
                    None => m.get("juror_institution_absent").to_string(),
                };
                format!("{found} {hint}")
            })
            .collect()
    }

    /// The report's jury section; `None` when the criteria have no jury.
    pub(super) fn jury_section(&self) -> Option<JurySection<'_>> {
        let (eval, m) = (self.eval, self.m);
        let j = self.jury()?;
        let results = eval.jury.as_ref();
        let marked = self.marked();
        let [total, counted, warned, rejected, skipped] = jury::counts(eval, Role::JurySheet);
        Some(JurySection {
            read: results.is_some(),
            unread: jury::unread(eval),
            method: self.jury_method(j),
            jurors: self.jurors(j),
            warnings: self.institution_warnings(),
            recusals: self.recusals(),
            consensus: self.disputed(&marked),
            consensus_intro: j
                .consensus_spread
                .map(|s| m.fill("consensus_intro", &[("spread", &Number::decimal(s))])),
            insufficient: self.short_of_marks(&marked, j),
            files: results.map(|_| {
                m.fill(
                    "jury_files_summary",
                    &[
                        ("total", &total),
                        ("counted", &counted),
                        ("warned", &warned),
                        ("rejected", &rejected),
                        ("skipped", &skipped),
                    ],
                )
            }),
        })
    }

    /// Each juror, the categories they mark and whether their sheet was read.
    fn jurors<'j>(&self, j: &'j Jury) -> Vec<JurorView<'j>> {
        let (eval, m) = (self.eval, self.m);
        let results = eval.jury.as_ref();
        j.jurors
            .iter()
            .enumerate()
            .map(|(i, juror)| {
                let categories: Vec<String> = juror
                    .categories
                    .iter()
                    .filter_map(|&k| self.c().categories.get(k))
                    .map(|k| m.text(&k.name))
                    .collect();
                let sheet = match (results, jury::sheet_of(eval, i)) {
                    (None, _) => m.get("sheet_not_read").to_string(),
                    (Some(r), _) if r.missing.contains(&i) => m.get("sheet_missing").to_string(),
                    (Some(_), Some(file)) => m.fill("sheet_read_from", &[("file", &file)]),
                    (Some(_), None) => m.get("sheet_read").to_string(),
                };
                JurorView {
                    id: &juror.id,
                    name: &juror.name,
                    categories: m.list(&categories),
                    sheet,
                    missing: results.is_some_and(|r| r.missing.contains(&i)),
                }
            })
            .collect()
    }

    /// Every recusal with its reason and where it was declared.
    fn recusals(&self) -> Vec<RecusalView<'_>> {
        let (eval, m) = (self.eval, self.m);
        eval.jury
            .as_ref()
            .map(|r| &r.recusals[..])
            .unwrap_or_default()
            .iter()
            .filter_map(|r| {
                let a = eval.applicants.at(r.applicant)?;
                let place = RecusalPlace {
                    file: r.file.as_deref(),
                    cell: r.file.as_ref().and(r.at.as_ref()).map(ToString::to_string),
                    implied: r.file.is_none().then(|| m.get("recusal_from_criteria")),
                };
                Some(RecusalView {
                    juror: jury::juror_id(eval, r.juror),
                    name: name(a, m.lang()),
                    scorecard: self.scorecard_href(r.applicant, false),
                    reason: self.conflict(r),
                    place,
                })
            })
            .collect()
    }

    /// The applicants for the consensus meeting, with their marks and spread.
    fn disputed<'m>(
        &self,
        marked: &[(ApplicantIx, &'m Applicant, &JuryCard)],
    ) -> Vec<Disputed<'m>> {
        marked
            .iter()
            .flat_map(|&(e, a, card)| jury::disputed(card).map(move |(k, jk)| (e, a, k, jk)))
            .map(|(e, a, k, jk)| {
                let marks: Vec<String> = jk
                    .marks
                    .iter()
                    .map(|x| format!("{} {}", x.juror, self.mark(x.value)))
                    .collect();
                Disputed {
                    name: name(a, self.m.lang()),
                    scorecard: self.scorecard_href(e, false),
                    criterion: self.aspect_name(k),
                    marks: marks.join(", "),
                    spread: self.mark(jk.spread),
                }
            })
            .collect()
    }

    /// The applicants with too few marks for a criterion.
    fn short_of_marks<'m>(
        &self,
        marked: &[(ApplicantIx, &'m Applicant, &JuryCard)],
        j: &Jury,
    ) -> Vec<ShortOfMarks<'m>> {
        marked
            .iter()
            .flat_map(|&(e, a, card)| jury::short_of_marks(card).map(move |(k, jk)| (e, a, k, jk)))
            .map(|(e, a, k, jk)| ShortOfMarks {
                name: name(a, self.m.lang()),
                scorecard: self.scorecard_href(e, false),
                criterion: self.aspect_name(k),
                marks: self.m.fill(
                    "marks_count",
                    &[("count", &jk.marks.len()), ("min", &j.min_marks)],
                ),
            })
            .collect()
    }
}
