//! The whole evaluation: criteria, every input file read in parallel, scores,
//! ranking. Returns data only; rendering and writing come after.

mod applicant;
mod inputs;
mod jury;
mod spill;
mod supersede;

pub use applicant::{Applicant, Ineligible};
pub use inputs::{InputRecord, Outcome, Role, collect_inputs};
pub use spill::{EvidenceStore, Spilled};

use crate::criteria::languages::MunicipalityIndex;
use crate::criteria::{self, CriteriaError, LoadedCriteria};
use crate::ix::{ApplicantIx, PerApplicant};
use crate::jury::{JuryResults, UnknownInstitution};
use crate::paths::Missing;
use crate::ranking::{self, Entry, Ranking};
use crate::robustness::{self, Analysis};
use crate::scoring::{self, Scorecard};
use crate::submission::{self, Finding, Institution, Level, Limits, Loaded, Read, Submission};
use inputs::{digest, require};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

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
    /// A what-if run's changes to the criteria file (`--set`), applied to
    /// its text before it is read; empty for the edition's own run.
    pub overrides: Vec<criteria::Override>,
}

#[derive(Debug, Clone)]
pub struct Evaluation {
    pub criteria: LoadedCriteria,
    pub criteria_file: String,
    pub inputs: Vec<InputRecord>,
    /// Every scored applicant, in reading order: an [`ApplicantIx`] is a
    /// place in this list.
    pub applicants: Vec<Applicant>,
    /// The applicants' evidence rows, kept out of memory until their pages
    /// are written ([`Evaluation::scorecard`]).
    pub evidence: Arc<EvidenceStore>,
    pub ranking: Ranking,
    /// How robust the outcome is to the weights, when the criteria ask.
    pub robustness: Option<Analysis>,
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

    /// The applicant with its scorecard's evidence rows, read back from
    /// where they were kept since scoring. Built field by field: cloning the
    /// whole applicant would copy its card only to replace it.
    pub fn with_evidence(&self, a: &Applicant) -> std::io::Result<Applicant> {
        Ok(Applicant {
            file: a.file.clone(),
            institution: a.institution.clone(),
            category: a.category,
            ineligible: a.ineligible.clone(),
            card: self.evidence.restore(&a.card, a.evidence)?,
            evidence: a.evidence,
            warnings: a.warnings,
            nominee: a.nominee.clone(),
        })
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
    #[error("cannot keep the evidence rows in a temporary file: {0}")]
    Evidence(#[source] std::io::Error),
}

/// What the parallel stage returns for one file.
enum Processed {
    Scored {
        institution: Box<Institution>,
        card: Box<Scorecard>,
        evidence: Spilled,
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
    let loaded = criteria::load_with(&options.criteria, &options.overrides)?;
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
    let evidence = EvidenceStore::new().map_err(EvaluateError::Evidence)?;
    let mut read = read_submissions(c, &files, &options.limits, &evidence, progress)
        .map_err(EvaluateError::Evidence)?;
    read.sort_by(|a, b| a.0.cmp(&b.0));
    supersede::supersede_duplicates(&mut read);

    let municipalities = MunicipalityIndex::new(&c.languages);
    let mut applicants = Vec::new();
    let mut inputs: Vec<InputRecord> = read
        .into_iter()
        .map(|(file, sha256, result)| {
            record(c, &municipalities, file, sha256, result, &mut applicants)
        })
        .collect();
    applicants.extend(Applicant::nominees(c));
    let ids: Vec<&str> = applicants
        .iter()
        .map(|a| a.institution.id.as_str())
        .collect();
    let unknown_institutions = crate::jury::unknown_institutions(c, &ids);
    let jury = match jury_dir {
        Some(dir) => Some(jury::read_jury(
            dir,
            &loaded,
            &options.limits,
            &mut applicants,
            &mut inputs,
        )?),
        None => None,
    };
    let awaiting = |i: ApplicantIx| {
        jury.as_ref()
            .and_then(|j| j.cards.at(i))
            .is_some_and(|card| card.as_ref().is_some_and(|c| c.score.is_none()))
    };
    let entries: Vec<Entry> = applicants
        .indexed()
        .map(|(i, a)| Entry {
            id: &a.institution.id,
            category: a.category,
            card: &a.card,
            awaiting: awaiting(i) || a.pending(),
        })
        .collect();
    let ranking = ranking::rank(c, &entries);
    let cards: Vec<&Scorecard> = applicants.iter().map(|a| &a.card).collect();
    let robustness = c
        .robustness
        .map(|settings| robustness::analyse(c, &settings, &ranking, &cards));
    Ok(Evaluation {
        criteria_file: options.criteria.display().to_string(),
        criteria: loaded,
        inputs,
        applicants,
        evidence: Arc::new(evidence),
        ranking,
        robustness,
        jury,
        unknown_institutions,
    })
}

/// Reads and scores every workbook, each on its own thread; only the
/// institution and its scorecard come back, never the rows, and the
/// scorecard's evidence rows go to `evidence`. Each file comes with its name
/// as displayed and its sha256.
fn read_submissions(
    c: &criteria::Criteria,
    files: &[PathBuf],
    limits: &Limits,
    evidence: &EvidenceStore,
    progress: &dyn Progress,
) -> std::io::Result<Vec<(String, Option<String>, Processed)>> {
    // Labels and names are prepared once for every workbook.
    let reader = submission::Reader::new(c);
    let scorer = scoring::Scorer::new(c);
    files
        .par_iter()
        .map(|path| {
            // Read once: hashed, then parsed from memory.
            let loaded = Loaded::read(path, limits);
            let sha = loaded.sha256();
            let processed = match reader.read_loaded(path, loaded, limits) {
                Read::Usable {
                    value: submission,
                    findings,
                } => {
                    let mut card = scorer.score(&submission);
                    let spilled = evidence.spill(&mut card)?;
                    let Submission { institution, .. } = *submission;
                    Processed::Scored {
                        card: Box::new(card),
                        evidence: spilled,
                        institution: Box::new(institution),
                        findings,
                    }
                }
                Read::Rejected { findings } => Processed::Rejected { findings },
                Read::Skipped { reason } => Processed::Skipped { reason },
            };
            progress.advance();
            Ok((crate::text::display_path(path), sha, processed))
        })
        .collect()
}

/// What became of one submission; a scored one joins `applicants`, in its
/// category unless it is ineligible.
fn record(
    c: &criteria::Criteria,
    municipalities: &MunicipalityIndex,
    file: String,
    sha256: Option<String>,
    result: Processed,
    applicants: &mut Vec<Applicant>,
) -> InputRecord {
    let (outcome, findings, applicant) = match result {
        Processed::Skipped { reason } => (Outcome::Skipped, vec![reason], None),
        Processed::Rejected { findings } => (Outcome::Rejected, findings, None),
        Processed::Scored {
            institution,
            card,
            evidence,
            findings,
        } => {
            let (institution, card) = (*institution, *card);
            let ineligible = Ineligible::by(c, municipalities, &institution);
            let category = c
                .category_for(&institution.kind)
                .filter(|_| ineligible.is_none());
            let warnings = findings
                .iter()
                .filter(|f| f.level() == Level::Warning)
                .count();
            applicants.push(Applicant {
                file: file.clone(),
                institution,
                category,
                ineligible,
                card,
                evidence,
                warnings,
                nominee: None,
            });
            let outcome = if findings.is_empty() {
                Outcome::Scored
            } else {
                Outcome::ScoredWithWarnings
            };
            (
                outcome,
                findings,
                Some(ApplicantIx::new(applicants.len() - 1)),
            )
        }
    };
    InputRecord {
        file,
        role: Role::Submission,
        sha256,
        outcome,
        findings,
        applicant,
    }
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
