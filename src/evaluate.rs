//! The whole evaluation: criteria, every input file read in parallel, scores,
//! ranking. Returns data only; rendering and writing come after.

use crate::criteria::languages::MunicipalityIndex;
use crate::criteria::{self, CriteriaError, LoadedCriteria};
use crate::jury::{self, Candidate, JuryResults, UnknownInstitution};
use crate::paths::Missing;
use crate::ranking::{self, Entry, Ranking};
use crate::scoring::{self, Scorecard};
use crate::submission::{self, CellRef, Finding, Institution, Level, Limits, Read, Submission};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Options {
    pub criteria: PathBuf,
    /// Folders (every file directly inside) and single files.
    pub submissions: Vec<PathBuf>,
    /// The folder of filled juror sheets, when the jury's marks count.
    pub jury: Option<PathBuf>,
    /// The folder was found by default, not named: criteria without a jury
    /// then simply ignore it.
    pub jury_by_default: bool,
    pub limits: Limits,
}

/// What became of one input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Scored,
    ScoredWithWarnings,
    Rejected,
    Skipped,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Scored => "scored",
            Outcome::ScoredWithWarnings => "scored with warnings",
            Outcome::Rejected => "rejected",
            Outcome::Skipped => "skipped",
        }
    }
}

/// Whose file an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Submission,
    JurySheet,
}

#[derive(Debug, Clone, Serialize)]
pub struct InputRecord {
    pub file: String,
    pub role: Role,
    pub sha256: Option<String>,
    pub outcome: Outcome,
    /// Why it was skipped or rejected, and every warning.
    pub findings: Vec<Finding>,
    /// Index into [`Evaluation::applicants`] when scored.
    pub applicant: Option<usize>,
}

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
    fn by(
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

#[derive(Debug, Clone, Serialize)]
pub struct Applicant {
    pub file: String,
    /// The evidence rows are dropped after scoring: the scorecard keeps what
    /// the report shows, so memory grows with scorecards, not workbooks.
    pub institution: Institution,
    /// The category that admits the applicant's kind, if it can be ranked.
    pub category: Option<usize>,
    /// Why it is not ranked, when it cannot be.
    pub ineligible: Option<Ineligible>,
    pub card: Scorecard,
    pub warnings: usize,
}

impl Applicant {
    /// Why it is not ranked; an applicant no category holds is out by its kind.
    pub fn why_ineligible(&self) -> &Ineligible {
        self.ineligible.as_ref().unwrap_or(&Ineligible::Kind)
    }
}

#[derive(Debug, Clone)]
pub struct Evaluation {
    pub criteria: LoadedCriteria,
    pub criteria_file: String,
    pub inputs: Vec<InputRecord>,
    pub applicants: Vec<Applicant>,
    pub ranking: Ranking,
    /// The jury's marks, when read; `None` ranks on evidence alone.
    pub jury: Option<JuryResults>,
    /// Jurors whose institution is no applicant's id: they would mark their
    /// own institution unnoticed.
    pub unknown_institutions: Vec<UnknownInstitution>,
}

impl Evaluation {
    /// True when any workbook says its evidence is a fictional sample.
    pub fn has_sample_evidence(&self) -> bool {
        self.applicants.iter().any(|a| a.institution.sample)
    }

    pub fn rejected(&self) -> usize {
        self.inputs
            .iter()
            .filter(|i| i.outcome == Outcome::Rejected)
            .count()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum EvaluateError {
    #[error(transparent)]
    Criteria(#[from] CriteriaError),
    #[error("{path}: cannot list the folder: {source}")]
    List {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("no submissions found in {0}")]
    NoInput(String),
    /// Named files or folders that do not exist; every one of them.
    #[error("{}", .0.iter().map(Missing::to_string).collect::<Vec<_>>().join("\n"))]
    Missing(Vec<Missing>),
    #[error("{0}: jury marks were given, but the criteria have no `jury`")]
    NoJury(String),
}

/// Lists input files: every entry directly in a folder (hidden dot-files
/// aside), sorted by name, so the report can account for each one. A path
/// that does not exist is refused rather than reported as a file that
/// cannot be opened: it is a slip on the command line, not a submission.
/// A file named twice (directly and through its folder, or through a
/// symbolic link) is one input, under the first spelling given.
pub fn collect_inputs(paths: &[PathBuf]) -> Result<Vec<PathBuf>, EvaluateError> {
    require(paths)?;
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() && !is_workbook_name(path) {
            let entries = std::fs::read_dir(path).map_err(|source| EvaluateError::List {
                path: path.clone(),
                source,
            })?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .map(|e| e.path())
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(p.canonicalize().unwrap_or_else(|_| p.clone())));
    Ok(out)
}

/// Every one of `paths` exists, or the error names each that does not.
fn require(paths: &[PathBuf]) -> Result<(), EvaluateError> {
    let missing = crate::paths::missing(paths);
    if missing.is_empty() {
        Ok(())
    } else {
        Err(EvaluateError::Missing(missing))
    }
}

fn is_workbook_name(path: &Path) -> bool {
    matches!(
        submission_extension(path).as_str(),
        "xlsx" | "xlsm" | "xls" | "ods"
    )
}

fn submission_extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// An input's sha256 for the report. Only regular files within the size
/// limit are read for it: folders, pipes, devices, unreadable files and
/// files over `--max-file-mb` have none.
fn digest(path: &Path, limits: &Limits) -> Option<String> {
    std::fs::metadata(path)
        .is_ok_and(|m| m.is_file() && m.len() <= limits.max_file_bytes)
        .then(|| crate::digest::sha256_file(path).ok())
        .flatten()
}

/// What the parallel stage returns for one file.
enum Processed {
    Scored {
        institution: Box<Institution>,
        card: Box<Scorecard>,
        findings: Vec<Finding>,
    },
    Rejected {
        findings: Vec<Finding>,
    },
    Skipped {
        reason: Finding,
    },
}

/// What a long run reports as it goes, so that the binary can show it; the
/// library itself never prints.
pub trait Progress: Sync {
    /// A stage begins, with this many steps (files) to go.
    fn stage(&self, _stage: Stage, _total: usize) {}
    /// One more step is done; called from any thread.
    fn advance(&self) {}
}

/// The stages a run reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Reading,
    Writing,
}

/// Reports nothing.
pub struct Silent;

impl Progress for Silent {}

pub fn evaluate(options: &Options) -> Result<Evaluation, EvaluateError> {
    evaluate_with(options, &Silent)
}

/// [`evaluate`], telling `progress` of every file read.
pub fn evaluate_with(
    options: &Options,
    progress: &dyn Progress,
) -> Result<Evaluation, EvaluateError> {
    let loaded = criteria::load(&options.criteria)?;
    let jury_dir = jury_folder(options, &loaded)?;
    // Every named path is checked before the first workbook is read, so a
    // misspelt jury folder costs no wait and all slips show at once.
    let named: Vec<PathBuf> = options
        .submissions
        .iter()
        .chain(jury_dir)
        .cloned()
        .collect();
    require(&named)?;
    let files = collect_inputs(&options.submissions)?;
    if files.is_empty() {
        let places: Vec<String> = options
            .submissions
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        return Err(EvaluateError::NoInput(places.join(", ")));
    }
    let c = &loaded.criteria;
    progress.stage(Stage::Reading, files.len());
    // Labels and names are prepared once for every workbook.
    let reader = submission::Reader::new(c);
    let scorer = scoring::Scorer::new(c);
    let municipalities = MunicipalityIndex::new(&c.languages);
    // Each workbook is read and scored on its own thread; only the
    // institution and its scorecard come back, never the rows.
    let mut read: Vec<(String, Option<String>, Processed)> = files
        .par_iter()
        .map(|path| {
            let sha = digest(path, &options.limits);
            let processed = match reader.read(path, &options.limits) {
                Read::Usable {
                    value: submission,
                    findings,
                } => {
                    let card = scorer.score(&submission);
                    let Submission {
                        institution,
                        sheets,
                    } = *submission;
                    // The scorecard was built while the workbook's rows were
                    // alive, its many small strings scattered among theirs;
                    // a copy made once the rows are freed packs what the
                    // report keeps together, and the next workbook reuses
                    // the scattered space (a third less peak memory).
                    drop(sheets);
                    Processed::Scored {
                        card: Box::new(card.compacted()),
                        institution: Box::new(institution),
                        findings,
                    }
                }
                Read::Rejected { findings } => Processed::Rejected { findings },
                Read::Skipped { reason } => Processed::Skipped { reason },
            };
            progress.advance();
            (crate::text::display_path(path), sha, processed)
        })
        .collect();
    read.sort_by(|a, b| a.0.cmp(&b.0));
    supersede_duplicates(&mut read);

    let mut inputs = Vec::with_capacity(read.len());
    let mut applicants = Vec::new();
    for (file, sha256, result) in read {
        let record = match result {
            Processed::Skipped { reason } => InputRecord {
                file,
                role: Role::Submission,
                sha256,
                outcome: Outcome::Skipped,
                findings: vec![reason],
                applicant: None,
            },
            Processed::Rejected { findings } => InputRecord {
                file,
                role: Role::Submission,
                sha256,
                outcome: Outcome::Rejected,
                findings,
                applicant: None,
            },
            Processed::Scored {
                institution,
                card,
                findings,
            } => {
                let (institution, card) = (*institution, *card);
                let ineligible = Ineligible::by(c, &municipalities, &institution);
                let category = c
                    .category_for(&institution.kind)
                    .filter(|_| ineligible.is_none());
                let warnings = findings
                    .iter()
                    .filter(|f| f.level == Level::Warning)
                    .count();
                applicants.push(Applicant {
                    file: file.clone(),
                    institution,
                    category,
                    ineligible,
                    card,
                    warnings,
                });
                InputRecord {
                    file,
                    role: Role::Submission,
                    sha256,
                    outcome: if findings.is_empty() {
                        Outcome::Scored
                    } else {
                        Outcome::ScoredWithWarnings
                    },
                    findings,
                    applicant: Some(applicants.len() - 1),
                }
            }
        };
        inputs.push(record);
    }
    let ids: Vec<&str> = applicants
        .iter()
        .map(|a| a.institution.id.as_str())
        .collect();
    let unknown_institutions = jury::unknown_institutions(c, &ids);
    let jury = match jury_dir {
        Some(dir) => Some(read_jury(
            dir,
            &loaded,
            &options.limits,
            &mut applicants,
            &mut inputs,
        )?),
        None => None,
    };
    let awaiting = |i: usize| {
        jury.as_ref()
            .and_then(|j| j.cards.get(i))
            .is_some_and(|card| card.as_ref().is_some_and(|c| c.score.is_none()))
    };
    let entries: Vec<Entry> = applicants
        .iter()
        .enumerate()
        .map(|(i, a)| Entry {
            id: &a.institution.id,
            category: a.category,
            card: &a.card,
            awaiting: awaiting(i),
        })
        .collect();
    let ranking = ranking::rank(c, &entries);
    Ok(Evaluation {
        criteria_file: options.criteria.display().to_string(),
        criteria: loaded,
        inputs,
        applicants,
        ranking,
        jury,
        unknown_institutions,
    })
}

/// The folder of jury marks to read, if any: a folder found by default is
/// ignored when the criteria have no jury, a named one is an error then.
fn jury_folder<'a>(
    options: &'a Options,
    loaded: &LoadedCriteria,
) -> Result<Option<&'a PathBuf>, EvaluateError> {
    match &options.jury {
        Some(_) if options.jury_by_default && loaded.criteria.jury.is_none() => Ok(None),
        Some(dir) if loaded.criteria.jury.is_none() => {
            Err(EvaluateError::NoJury(dir.display().to_string()))
        }
        other => Ok(other.as_ref()),
    }
}

/// Reads every juror sheet in `dir` in parallel, aggregates the marks and
/// joins each applicant's jury mark to its evidence score. Each sheet
/// joins the list of inputs, with what became of it.
fn read_jury(
    dir: &Path,
    loaded: &LoadedCriteria,
    limits: &Limits,
    applicants: &mut [Applicant],
    inputs: &mut Vec<InputRecord>,
) -> Result<JuryResults, EvaluateError> {
    let c = &loaded.criteria;
    let Some(spec) = &c.jury else {
        return Err(EvaluateError::NoJury(dir.display().to_string()));
    };
    let files = collect_inputs(&[dir.to_path_buf()])?;
    let candidates: Vec<Candidate> = applicants
        .iter()
        .map(|a| Candidate {
            id: &a.institution.id,
            category: a.category,
            ranked: a.category.is_some() && a.card.passed_gates(),
        })
        .collect();
    let cx = jury::marks::Context {
        criteria: c,
        jury: spec,
        candidates: &candidates,
    };
    let mut read: Vec<(String, Option<String>, Read<jury::marks::Sheet>)> = files
        .par_iter()
        .map(|path| {
            let file = crate::text::display_path(path);
            let sha = digest(path, limits);
            let sheet = jury::marks::read(path, &file, &cx, limits);
            (file, sha, sheet)
        })
        .collect();
    read.sort_by(|a, b| a.0.cmp(&b.0));
    // A juror's later file (by name) replaces an earlier one, as with
    // resubmitted workbooks.
    let last: Vec<Option<usize>> = read
        .iter()
        .map(|(_, _, r)| match r {
            Read::Usable { value, .. } => Some(value.juror),
            _ => None,
        })
        .collect();
    let mut all = jury::Marks::default();
    for (i, (file, sha256, result)) in read.into_iter().enumerate() {
        let mine = last.get(i).copied().flatten();
        let newer = last
            .iter()
            .enumerate()
            .skip(i + 1)
            .find(|(_, j)| mine.is_some() && **j == mine)
            .map(|(k, _)| k);
        let (outcome, findings) = match result {
            Read::Skipped { reason } => (Outcome::Skipped, vec![reason]),
            Read::Rejected { findings } => (Outcome::Rejected, findings),
            Read::Usable {
                value,
                mut findings,
            } => match newer {
                Some(k) => {
                    let juror = spec.jurors.get(value.juror).map_or("", |j| j.id.as_str());
                    findings.push(
                        Finding::error("J004").arg("juror", juror).arg(
                            "file",
                            files
                                .get(k)
                                .map_or(String::new(), |p| crate::text::display_path(p)),
                        ),
                    );
                    (Outcome::Rejected, findings)
                }
                None => {
                    all.returned.push(value.juror);
                    all.marks.extend(value.marks);
                    all.recusals.extend(value.recusals);
                    let outcome = if findings.iter().any(|f| f.level != Level::Note) {
                        Outcome::ScoredWithWarnings
                    } else {
                        Outcome::Scored
                    };
                    (outcome, findings)
                }
            },
        };
        inputs.push(InputRecord {
            file,
            role: Role::JurySheet,
            sha256,
            outcome,
            findings,
            applicant: None,
        });
    }
    let weights: Vec<f64> = c.criteria.iter().map(|k| k.weight).collect();
    let results = jury::aggregate(spec, &weights, &candidates, &all);
    for (a, card) in applicants.iter_mut().zip(&results.cards) {
        if let Some(score) = card.as_ref().and_then(|j| j.score.as_ref()) {
            scoring::combine(c, &mut a.card, score);
        }
    }
    Ok(results)
}

/// Two files for one institution: the later date of submission counts; on
/// equal or missing dates, the file whose name sorts last (a resubmission is
/// usually saved as a later name). The other is rejected and names the winner.
fn supersede_duplicates(read: &mut [(String, Option<String>, Processed)]) {
    let key = |r: &Processed| match r {
        Processed::Scored { institution, .. } => {
            Some((crate::text::fold(&institution.id), institution.submitted))
        }
        _ => None,
    };
    let keys: Vec<_> = read.iter().map(|(_, _, r)| key(r)).collect();
    // Each id's winner in one pass (the latest date, then the last file),
    // not by scanning every file for every file.
    let mut winners: HashMap<&str, (Option<chrono::NaiveDate>, usize)> = HashMap::new();
    for (j, (id, date)) in keys
        .iter()
        .enumerate()
        .filter_map(|(j, k)| Some((j, k.as_ref()?)))
    {
        let best = winners.entry(id.as_str()).or_insert((*date, j));
        if (*date, j) > *best {
            *best = (*date, j);
        }
    }
    for (i, key) in keys.iter().enumerate() {
        let Some((id, _)) = key else {
            continue;
        };
        let Some(&(_, w)) = winners.get(id.as_str()).filter(|(_, w)| *w != i) else {
            continue;
        };
        let winner_file = read.get(w).map(|r| r.0.clone()).unwrap_or_default();
        let Some(entry) = read.get_mut(i) else {
            continue;
        };
        let mut findings = match std::mem::replace(
            &mut entry.2,
            Processed::Rejected {
                findings: Vec::new(),
            },
        ) {
            Processed::Scored { findings, .. } => findings,
            _ => Vec::new(),
        };
        findings.push(
            Finding::error("S050")
                .at(CellRef {
                    sheet: "Institution".into(),
                    row: 0,
                    column: None,
                })
                .arg("id", id)
                .arg("file", winner_file),
        );
        entry.2 = Processed::Rejected { findings };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::Score;

    fn scored(id: &str, submitted: Option<u32>) -> Processed {
        Processed::Scored {
            institution: Box::new(Institution {
                id: id.into(),
                name_sq: None,
                name_sr: None,
                name_sr_cyrl: None,
                kind: "ministry".into(),
                municipality: None,
                contact: None,
                submitted: submitted.and_then(|d| chrono::NaiveDate::from_ymd_opt(2026, 10, d)),
                edition: None,
                sample: false,
            }),
            card: Box::new(Scorecard {
                total: Score::zero(2),
                evidence: Score::zero(2),
                jury: None,
                band: 0,
                criteria: Vec::new(),
                gates: Vec::new(),
            }),
            findings: Vec::new(),
        }
    }

    #[test]
    fn the_latest_submission_then_the_last_file_counts() {
        let mut read: Vec<(String, Option<String>, Processed)> = [
            ("a", scored("mof", Some(3))),
            ("b", scored("kjc", None)),
            ("c", scored("MOF", Some(5))),
            (
                "d",
                Processed::Skipped {
                    reason: Finding::note("K001"),
                },
            ),
            ("e", scored("m\u{200B}of", Some(5))),
            ("f", scored("kjc", None)),
            ("g", scored("mof", None)),
            ("h", scored("aca", Some(1))),
        ]
        .into_iter()
        .map(|(f, p)| (f.to_string(), None, p))
        .collect();
        supersede_duplicates(&mut read);
        // The files rejected in favour of `winner`, each with one S050.
        let rejected_for = |winner: &str| {
            read.iter()
                .filter(|(_, _, p)| match p {
                    Processed::Rejected { findings } => {
                        findings.len() == 1
                            && findings.iter().all(|f| {
                                f.code == "S050"
                                    && f.args.iter().any(|(k, v)| *k == "file" && v == winner)
                            })
                    }
                    _ => false,
                })
                .map(|(f, _, _)| f.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            rejected_for("e"),
            ["a", "c", "g"],
            "latest date, then last file"
        );
        assert_eq!(rejected_for("f"), ["b"], "no dates: the last file");
        assert!(matches!(read[3].2, Processed::Skipped { .. }));
        for kept in [4, 5, 7] {
            assert!(matches!(read[kept].2, Processed::Scored { .. }), "{kept}");
        }
    }
}
