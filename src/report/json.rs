//! `results.json`: everything, for tools and for next year's comparison.
//! The evaluation is viewed through [`schema`], borrowing its text, and
//! serialised one input and one applicant at a time.

use super::jury;

mod robustness;
mod summary;
use crate::criteria::{self, Diagnostic};
use crate::evaluate::{self, Evaluation};
use crate::exact;
use crate::ix::{ApplicantIx, PerApplicant};
use crate::jury::{Counted, JuryCard, JuryCriterion};
use crate::ranking::tie_break_id;
use crate::results::{self as schema, Results, Seq};
use crate::submission::{self, Institution};
use serde::Serialize;
use serde_json::ser::Formatter;
use std::borrow::Cow;
use std::cell::Cell;
use std::io::{self, Write};
use summary::text;

/// Writes `results.json` straight to `out`, compact, laid out by [`Lines`].
/// The serialiser writes a few bytes at a time, so it writes them into a
/// buffer of its own type: through `out`, each would be a call through a
/// `dyn` pointer (a quarter of the file's CPU time in a profile).
pub fn write(eval: &Evaluation, out: &mut dyn io::Write) -> io::Result<()> {
    let failed = Cell::new(None);
    let mut buffered = io::BufWriter::with_capacity(256 * 1024, &mut *out);
    let mut serializer = serde_json::Serializer::with_formatter(&mut buffered, Lines::default());
    results(eval, &failed).serialize(&mut serializer)?;
    // An applicant whose evidence rows could not be read back is left out
    // of the document as it is made; the whole file is then refused.
    if let Some(e) = failed.take() {
        return Err(e);
    }
    buffered.write_all(b"\n")?;
    buffered.flush()
}

/// Compact JSON with a line break before each member of the top-level
/// object and before each element of a top-level array, so every input and
/// every applicant is one line. The file stays about as small as on one
/// line (40 MB for 2,000 applicants, against 105 MB pretty-printed), while
/// `grep` finds one applicant instead of printing the whole file, `diff`
/// between two runs shows the applicants that changed, and a reader's error
/// ("line 14 column 120") points at one of them. Strings never hold a raw
/// line break (JSON escapes it), so the breaks are all structural.
#[derive(Default)]
struct Lines {
    /// Objects and arrays open around the next value: 1 inside the document.
    depth: usize,
    /// The top-level array being written has elements, so `]` gets a line.
    broken: bool,
}

impl Formatter for Lines {
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth += 1;
        w.write_all(b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        w.write_all(if self.depth == 0 { b"\n}" } else { b"}" })
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        if self.depth == 1 {
            w.write_all(b"\n")?;
        }
        Ok(())
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth += 1;
        w.write_all(b"[")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        if self.depth == 2 {
            self.broken = true;
            w.write_all(b"\n")?;
        }
        Ok(())
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        if self.depth == 2 && std::mem::take(&mut self.broken) {
            w.write_all(b"\n")?;
        }
        self.depth = self.depth.saturating_sub(1);
        w.write_all(b"]")
    }
}

/// The evaluation as results.json lays it out. Inputs and applicants are
/// made as the serialiser reaches them, each applicant with its evidence rows
/// read back; a failure to read them is put in `failed`.
pub(super) fn results<'a>(
    eval: &'a Evaluation,
    failed: &'a Cell<Option<io::Error>>,
) -> Results<'a> {
    let id = |i: ApplicantIx| applicant_id(eval, i);
    Results {
        tool: schema::Tool {
            name: schema::TOOL_NAME.into(),
            version: env!("CARGO_PKG_VERSION").into(),
        },
        notice: eval
            .has_sample_evidence()
            .then_some(super::SAMPLE_NOTICE.into()),
        criteria: summary::criteria_summary(eval),
        inputs: Seq::made(eval.inputs.len(), |i| eval.inputs.get(i).map(input)),
        categories: eval
            .ranking
            .categories
            .iter()
            .map(|cat| schema::Category {
                category: cat.category.as_str().into(),
                ranking: cat
                    .placed
                    .iter()
                    .map(|p| schema::Placed {
                        rank: p.rank,
                        tied: p.tied,
                        decided_by: p
                            .decided_by
                            .map(|t| tie_break_id(&eval.criteria.criteria, t).into()),
                        id: id(p.entry),
                    })
                    .collect(),
                excluded_by_gate: cat.excluded.iter().map(|&i| id(i)).collect(),
                awaiting_jury: cat.awaiting.iter().map(|&i| id(i)).collect(),
                provisional: jury::provisional(eval, cat),
                awards: cat
                    .outcomes
                    .iter()
                    .map(|o| schema::Award {
                        tier: o.tier.as_str().into(),
                        recipients: o.recipients.iter().map(|&i| id(i)).collect(),
                        tied_for_last: o.tied_for_last.iter().map(|&i| id(i)).collect(),
                        close: o.close,
                    })
                    .collect(),
            })
            .collect(),
        ineligible: eval.ranking.ineligible.iter().map(|&i| id(i)).collect(),
        jury: jury_block(eval),
        robustness: eval.robustness.as_ref().map(|r| robustness::block(eval, r)),
        applicants: Seq::made(eval.applicants.len(), |i| {
            let entry = ApplicantIx::new(i);
            let a = eval.applicants.at(entry)?;
            match eval.evidence.rows(a.evidence) {
                Ok(rows) => Some(applicant(eval, entry, a, rows)),
                Err(e) => {
                    failed.set(Some(e));
                    None
                }
            }
        }),
    }
}

/// An applicant's id by its index; every listing names applicants by id.
fn applicant_id(eval: &Evaluation, entry: ApplicantIx) -> Cow<'_, str> {
    eval.applicants
        .at(entry)
        .map_or("", |a| a.institution.id.as_str())
        .into()
}

/// An optional text, borrowed.
fn opt(s: &Option<String>) -> Option<Cow<'_, str>> {
    s.as_deref().map(Cow::from)
}

fn input(i: &evaluate::InputRecord) -> schema::Input<'_> {
    schema::Input {
        file: i.file.as_str().into(),
        role: match i.role {
            evaluate::Role::Submission => schema::Role::Submission,
            evaluate::Role::JurySheet => schema::Role::JurySheet,
        },
        sha256: opt(&i.sha256),
        outcome: match i.outcome {
            evaluate::Outcome::Scored => schema::Outcome::Scored,
            evaluate::Outcome::ScoredWithWarnings => schema::Outcome::ScoredWithWarnings,
            evaluate::Outcome::Rejected => schema::Outcome::Rejected,
            evaluate::Outcome::Skipped => schema::Outcome::Skipped,
        },
        findings: i.findings.iter().map(finding).collect(),
        applicant: i.applicant.map(ApplicantIx::index),
    }
}

fn finding(f: &submission::Finding) -> schema::Finding<'_> {
    schema::Finding {
        code: f.code.as_str().into(),
        level: match f.level() {
            submission::Level::Note => schema::Level::Note,
            submission::Level::Warning => schema::Level::Warning,
            submission::Level::Error => schema::Level::Error,
        },
        at: f.at.as_ref().map(|at| at.to_string().into()),
        message: f.english().into(),
    }
}

fn applicant<'a>(
    eval: &'a Evaluation,
    entry: ApplicantIx,
    a: &'a evaluate::Applicant,
    rows: Vec<Vec<crate::scoring::Evidence>>,
) -> schema::Applicant<'a> {
    let c = &eval.criteria.criteria;
    schema::Applicant {
        file: a.file.as_str().into(),
        institution: institution(&a.institution),
        category: a
            .category
            .and_then(|i| c.categories.get(i))
            .map(|k| k.id.as_str().into()),
        ineligible: a.ineligible.as_ref().map(|why| match why {
            evaluate::Ineligible::Kind => schema::Ineligible::Kind,
            evaluate::Ineligible::NoMunicipality => schema::Ineligible::NoMunicipality,
            evaluate::Ineligible::UnknownMunicipality { written } => {
                schema::Ineligible::UnknownMunicipality {
                    written: written.as_str().into(),
                }
            }
        }),
        band: c.bands.get(a.card.band).map(|b| b.id.as_str().into()),
        scorecard: super::json_scorecard::scorecard(c, &a.card, rows),
        jury: jury::card(eval, entry).map(jury_card),
        warnings: a.warnings,
        nominee: a.nominee.as_ref().map(|n| schema::Nominee {
            kind: n.kind.as_str().into(),
            description: text(&n.description),
            nominated_by: n.nominated_by.as_str().into(),
            fictional: a.institution.sample,
        }),
    }
}

fn institution(i: &Institution) -> schema::Institution<'_> {
    schema::Institution {
        id: i.id.as_str().into(),
        name_sq: opt(&i.name_sq),
        name_sr: opt(&i.name_sr),
        name_sr_cyrl: opt(&i.name_sr_cyrl),
        kind: i.kind.as_str().into(),
        municipality: opt(&i.municipality),
        contact: opt(&i.contact),
        submitted: i.submitted,
        edition: i.edition,
        sample: i.sample,
    }
}

fn jury_card(card: &JuryCard) -> schema::JuryCard<'_> {
    schema::JuryCard {
        criteria: card.criteria.iter().map(jury_criterion).collect(),
        whole: card.whole.as_ref().map(jury_criterion),
        score: card.score.as_ref().map(exact::to_f64),
        insufficient: card.insufficient,
        consensus: card.consensus,
    }
}

fn jury_criterion(k: &JuryCriterion) -> schema::JuryCriterion<'_> {
    schema::JuryCriterion {
        marks: k.marks.iter().map(counted).collect(),
        mark: k.mark.as_ref().map(exact::to_f64),
        spread: k.spread,
        consensus: k.consensus,
        insufficient: k.insufficient,
    }
}

fn counted(m: &Counted) -> schema::Counted<'_> {
    schema::Counted {
        juror: m.juror.as_str().into(),
        value: m.value,
        used: m.used,
        trimmed: m.trimmed,
        file: m.file.as_str().into(),
        at: m.at.to_string().into(),
    }
}

/// The jury block: its method, jurors by id, recusals and flags.
fn jury_block(eval: &Evaluation) -> Option<schema::Jury<'_>> {
    let c = &eval.criteria.criteria;
    let spec = c.jury.as_ref()?;
    let results = eval.jury.as_ref();
    let id = |i: ApplicantIx| applicant_id(eval, i);
    Some(schema::Jury {
        read: jury::read(eval),
        provisional: eval
            .ranking
            .categories
            .iter()
            .any(|cat| jury::provisional(eval, cat)),
        method: schema::Method {
            min: spec.min,
            max: spec.max,
            step: spec.step,
            aggregate: match spec.aggregate {
                criteria::Aggregate::Mean => schema::Aggregate::Mean,
                criteria::Aggregate::Median => schema::Aggregate::Median,
                criteria::Aggregate::TrimmedMean => schema::Aggregate::TrimmedMean,
            },
            trim_from: spec.trim_from,
            min_marks: spec.min_marks,
            standardise: spec.standardise,
            consensus_spread: spec.consensus_spread,
            evidence_weight: spec.evidence_weight,
            jury_weight: spec.jury_weight,
        },
        jurors: spec
            .jurors
            .iter()
            .enumerate()
            .map(|(j, juror)| schema::Juror {
                id: juror.id.as_str().into(),
                name: juror.name.as_str().into(),
                institution: opt(&juror.institution),
                categories: juror
                    .categories
                    .iter()
                    .filter_map(|&k| c.categories.get(k))
                    .map(|k| k.id.as_str().into())
                    .collect(),
                returned: results.is_some_and(|r| !r.missing.contains(&j)),
                sheet: jury::sheet_of(eval, j).map(Cow::from),
            })
            .collect(),
        warnings: eval
            .unknown_institutions
            .iter()
            .map(|u| warning(u.file.display().to_string(), u.diagnostic()))
            .collect(),
        missing: results.map_or_else(Vec::new, |r| {
            r.missing
                .iter()
                .map(|&j| jury::juror_id(eval, j).into())
                .collect()
        }),
        recusals: results.map_or_else(Vec::new, |r| {
            r.recusals
                .iter()
                .map(|x| schema::Recusal {
                    juror: jury::juror_id(eval, x.juror).into(),
                    applicant: id(x.applicant),
                    reason: x.reason.as_str().into(),
                    note: opt(&x.note),
                    file: opt(&x.file),
                    at: x.at.as_ref().map(|at| at.to_string().into()),
                })
                .collect()
        }),
        applicants: eval
            .applicants
            .indexed()
            .filter_map(|(e, _)| {
                jury::card(eval, e).map(|card| schema::JuryFlags {
                    id: id(e),
                    awaiting: card.score.is_none(),
                    consensus: card.consensus,
                })
            })
            .collect(),
    })
}

/// A diagnostic about the jurors file, in `check --format json`'s form.
fn warning(file: String, d: Diagnostic) -> schema::JuryWarning<'static> {
    schema::JuryWarning {
        file: file.into(),
        code: d.code.as_str().into(),
        severity: match d.severity {
            criteria::Severity::Error => schema::Severity::Error,
            criteria::Severity::Warning => schema::Severity::Warning,
            criteria::Severity::Info => schema::Severity::Info,
        },
        line: d.line,
        column: d.column,
        message: d.message.into(),
        hint: d.hint.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::{Options, evaluate};
    use std::sync::LazyLock;

    /// The bundled sample with its jury: findings, a rejected file, recusals,
    /// an ineligible applicant and awards, so every optional part is written.
    static SAMPLE: LazyLock<Evaluation> = LazyLock::new(|| {
        evaluate(&Options {
            criteria: "criteria/2026.yaml".into(),
            submissions: vec!["submissions".into()],
            jury: Some("jury".into()),
            jury_by_default: false,
            limits: Default::default(),
            overrides: Vec::new(),
        })
        .unwrap()
    });

    fn written(results: &impl Serialize) -> Vec<u8> {
        let mut out = Vec::new();
        let mut serializer = serde_json::Serializer::with_formatter(&mut out, Lines::default());
        results.serialize(&mut serializer).unwrap();
        out.push(b'\n');
        out
    }

    #[test]
    fn results_read_back_into_the_schema_exactly_as_written() {
        let mut bytes = Vec::new();
        write(&SAMPLE, &mut bytes).unwrap();
        let read = Results::parse(&bytes).unwrap();
        // The document read back lives as long as the sample evaluation.
        let failed: &'static Cell<_> = Box::leak(Box::new(Cell::new(None)));
        assert_eq!(read, results(&SAMPLE, failed));
        let rows = |a: &schema::Applicant| -> usize {
            let card = &a.scorecard;
            card.criteria
                .iter()
                .flat_map(|c| &c.indicators)
                .map(|i| i.evidence.len())
                .sum()
        };
        assert!(
            read.applicants
                .iter()
                .filter(|a| a.nominee.is_none())
                .all(|a| rows(&a) > 0),
            "every applicant's evidence rows are read back from where they were kept"
        );
        let jury = read.jury.as_ref().unwrap();
        assert!(!jury.recusals.is_empty() && !read.ineligible.is_empty());
        assert!(read.inputs.iter().any(|i| !i.findings.is_empty()));
        assert!(read.applicants.iter().any(|a| a.jury.is_some()));
        assert_eq!(
            written(&read),
            bytes,
            "what is read writes back byte for byte: nothing is lost or reordered"
        );
    }

    #[test]
    fn every_input_and_applicant_is_one_line_of_json() {
        let none = Cell::new(None);
        let bytes = written(&results(&SAMPLE, &none));
        assert_eq!(bytes, written(&results(&SAMPLE, &none)), "deterministic");
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            text.starts_with("{\n\"tool\":{\"name\":\"langaward\","),
            "{text}"
        );
        assert!(text.ends_with("\n]\n}\n"), "{text}");
        let elements = |first: &str| -> Vec<&str> {
            text.lines()
                .skip_while(|l| *l != first)
                .skip(1)
                .take_while(|l| !l.starts_with(']'))
                .map(|l| l.trim_end_matches(','))
                .collect()
        };
        let applicants = elements("\"applicants\":[");
        assert_eq!(applicants.len(), SAMPLE.applicants.len());
        for line in applicants {
            serde_json::from_str::<schema::Applicant>(line).unwrap();
        }
        let inputs = elements("\"inputs\":[");
        assert_eq!(inputs.len(), SAMPLE.inputs.len());
        for line in inputs {
            serde_json::from_str::<schema::Input>(line).unwrap();
        }
    }

    #[test]
    fn only_the_top_level_is_broken_into_lines() {
        let doc = serde_json::json!({"a": [], "b": [1, [2, 3]], "c": {"d": [4]}, "e": "x\ny"});
        assert_eq!(
            String::from_utf8(written(&doc)).unwrap(),
            "{\n\"a\":[],\n\"b\":[\n1,\n[2,3]\n],\n\"c\":{\"d\":[4]},\n\"e\":\"x\\ny\"\n}\n"
        );
    }

    #[test]
    fn results_written_by_another_program_are_refused() {
        let mut bytes = Vec::new();
        write(&SAMPLE, &mut bytes).unwrap();
        let other = String::from_utf8(bytes).unwrap().replacen(
            "\"name\":\"langaward\"",
            "\"name\":\"other\"",
            1,
        );
        let e = Results::parse(other.as_bytes()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "not a langaward results.json (written by `other`)"
        );
    }
}
