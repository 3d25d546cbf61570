//! Command-line interface: the one place that prints and picks exit codes.

use clap::{Args, Parser, Subcommand};
use langaward::criteria::{CriteriaError, Override};
use langaward::evaluate::{self as pipeline, EvaluateError};
use langaward::output::{self, OutputError, ReportWriter};
use langaward::paths::Missing;
use langaward::report::{self, Lang};
use langaward::submission::{Limits, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Writes to standard output, ignoring a closed pipe (`langaward … | head`):
/// the reader has seen enough, which is no reason to crash.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}

macro_rules! sayln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

mod check;
mod diff;
mod evaluate;
mod explain;
mod jury_sheets;
mod robustness;
mod template;
mod validate;

use check::CheckArgs;
use diff::DiffArgs;
use evaluate::EvaluateArgs;
use explain::ExplainArgs;
use jury_sheets::JuryArgs;
use robustness::RobustnessArgs;
use template::TemplateArgs;
use validate::ValidateArgs;

/// Exit codes (sysexits style), documented in the README.
mod exit {
    pub const OK: u8 = 0;
    pub const USAGE: u8 = 2;
    pub const DATA: u8 = 65;
    pub const NO_INPUT: u8 = 66;
    pub const CANT_CREATE: u8 = 73;
    pub const CONFIG: u8 = 78;
}

const EXAMPLES: &str = "\
Examples:
  langaward
      evaluate the bundled sample: criteria/2026.yaml and submissions/, report in report/
  langaward evaluate --criteria criteria/2026.yaml --submissions incoming/ --out report-2026/
  langaward evaluate --submissions a.xlsx b.ods --out /tmp/check --force
  langaward --set criteria.communication.weight=45 --set criteria.signage.weight=20
      a what-if run: the sample with two weights changed, report in report-what-if/

Exit codes: 0 all inputs scored; 65 some inputs rejected (report still written);
66 no submissions found, or a named file or folder does not exist (nothing written);
73 report not written; 78 criteria file invalid; 2 usage.";

#[derive(Parser)]
#[command(
    name = "langaward",
    version,
    about = "Scores institutions for the award for good practice in applying the Law on the Use of Languages",
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    evaluate: EvaluateArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Score every submission and write the report (the default command).
    #[command(after_help = EXAMPLES)]
    Evaluate(EvaluateArgs),
    /// Check a criteria file: every problem, and warnings worth a look
    /// before a new edition. With --submissions, also the jurors'
    /// institutions against the applicants' ids.
    #[command(
        after_help = "Examples:\n  langaward check criteria/2026.yaml --format json\n  langaward check criteria/2026.yaml --submissions submissions\n  langaward check --set bands.high.above=70 --set bands.moderate.to=70\n\nExit codes: 0 no errors (warnings allowed); 78 the file has errors; 66 it, or a named submission, cannot be read."
    )]
    Check(CheckArgs),
    /// What an applicant runs before sending: every finding in the workbook(s)
    /// and the provisional score per criterion, without ranking anyone.
    #[command(
        after_help = "Example:\n  langaward validate our-evidence.xlsx\n\nExit codes: 0 every file would be accepted without warnings; 65 some file has warnings or would be rejected; 78 criteria file invalid."
    )]
    Validate(ValidateArgs),
    /// Print one institution's scorecard: every criterion and indicator with
    /// value, weight and points, and the evidence rows behind them.
    #[command(after_help = "Example:\n  langaward explain prizren --lang sq")]
    Explain(ExplainArgs),
    /// Print how robust each category's outcome is to the weights: the main
    /// award's share of draws, each applicant's rank interval and the weight
    /// that moves the ranking most (the criteria's `robustness` section).
    #[command(after_help = "Example:\n  langaward robustness --lang sq")]
    Robustness(RobustnessArgs),
    /// Write the blank workbook applicants fill in, generated from the criteria.
    #[command(
        after_help = "Example:\n  langaward template --lang sq,sr,en --out application-2026.xlsx"
    )]
    Template(TemplateArgs),
    /// Compare two editions' results.json: change in total, band and rank per
    /// institution, new and missing applicants, earlier recipients whose band fell.
    #[command(
        after_help = "Example:\n  langaward diff report-2025/results.json report/results.json --out report/diff.html\n\nExit codes: 0 compared; 65 refused (not a langaward results.json, or criteria of a different structure); 66 a file cannot be read or is not JSON; 73 the page cannot be written."
    )]
    Diff(DiffArgs),
    /// Write one marking workbook per juror (jurors and mark scale from the
    /// criteria's `jury`): every eligible applicant of the juror's categories.
    #[command(
        name = "jury-sheets",
        after_help = "Examples:\n  langaward jury-sheets                  # into jury-sheets-2026/ (the edition's year)\n  langaward jury-sheets --out blank/\n\nSheets that hold jurors' marks or declared conflicts are never overwritten, not even with --force.\n\nExit codes: 0 written; 66 a named path does not exist; 73 not written or refused; 78 criteria invalid or without a jury."
    )]
    JurySheets(JuryArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(
        after_help = "Example:\n  langaward completions bash > /etc/bash_completion.d/langaward"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = "Example:\n  langaward man > langaward.1 && man ./langaward.1")]
    Man,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

/// What every evaluating command reads: the criteria and the submissions.
#[derive(Args)]
struct Inputs {
    /// The edition's criteria file.
    #[arg(long, value_name = "FILE", default_value = "criteria/2026.yaml")]
    criteria: PathBuf,
    /// Folders of workbooks (every file directly inside) and single workbooks.
    #[arg(long, value_name = "DIR_OR_FILES", num_args = 1.., default_value = "submissions")]
    submissions: Vec<PathBuf>,
}

impl Inputs {
    fn options(&self, limits: Limits) -> pipeline::Options {
        pipeline::Options {
            criteria: self.criteria.clone(),
            submissions: self.submissions.clone(),
            jury: None,
            jury_by_default: false,
            limits,
            overrides: Vec::new(),
        }
    }
}

/// A what-if run's changes to the criteria file, for the commands that
/// evaluate or check with them.
#[derive(Args)]
struct WhatIf {
    /// A what-if run: change one value of the criteria file for this run
    /// only, written PATH=VALUE as in the file (repeatable), e.g.
    /// criteria.communication.weight=45 or bands.high.above=70; see
    /// "What-if runs" in the README.
    #[arg(long = "set", value_name = "PATH=VALUE", value_parser = Override::parse)]
    set: Vec<Override>,
}

impl WhatIf {
    /// Sets the changes the options read the criteria with.
    fn apply(&self, options: pipeline::Options) -> pipeline::Options {
        pipeline::Options {
            overrides: self.set.clone(),
            ..options
        }
    }

    /// Names the changes after the criteria's problems, since one they
    /// caused may stand elsewhere in the file (weights that no longer sum
    /// to 100); nothing for the file as written.
    fn note(&self) {
        if !self.set.is_empty() {
            let set: Vec<String> = self.set.iter().map(ToString::to_string).collect();
            eprintln!("note: the criteria file was read with {}", set.join(" "));
        }
    }

    /// [`fail_evaluate`], with the note when the criteria are invalid.
    fn fail(&self, e: &EvaluateError) -> u8 {
        let code = fail_evaluate(e);
        if code == exit::CONFIG {
            self.note();
        }
        code
    }
}

/// Where the jury's filled sheets are, for the commands whose totals count them.
#[derive(Args)]
struct JuryMarks {
    /// Folder of filled juror sheets (from `langaward jury-sheets`); their
    /// marks join the evidence score with the criteria's weights. Default:
    /// `jury`, when that folder exists.
    #[arg(long, value_name = "DIR", conflicts_with = "no_jury")]
    jury: Option<PathBuf>,
    /// Rank on the evidence score alone, without reading jury marks.
    #[arg(long)]
    no_jury: bool,
}

impl JuryMarks {
    /// Sets where the options read jury marks from.
    fn apply(&self, options: pipeline::Options) -> pipeline::Options {
        let default = PathBuf::from("jury");
        let (jury, jury_by_default) = match (&self.jury, self.no_jury) {
            (_, true) => (None, false),
            (Some(dir), false) => (Some(dir.clone()), false),
            (None, false) => (default.is_dir().then_some(default), true),
        };
        pipeline::Options {
            jury,
            jury_by_default,
            ..options
        }
    }
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language '{s}'; use sq, sr, sr-Cyrl or en"))
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            });
        }
    };
    let code = match cli.command {
        Some(Command::Evaluate(args)) => evaluate::run(&args),
        Some(Command::Check(args)) => check::run(&args),
        Some(Command::Validate(args)) => validate::run(&args),
        Some(Command::Explain(args)) => explain::run(&args),
        Some(Command::Robustness(args)) => robustness::run(&args),
        Some(Command::Template(args)) => template::run(&args),
        Some(Command::Diff(args)) => diff::run(&args),
        Some(Command::JurySheets(args)) => jury_sheets::run(&args),
        Some(Command::Completions { shell }) => {
            use clap::CommandFactory;
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "langaward",
                &mut std::io::stdout(),
            );
            exit::OK
        }
        Some(Command::Man) => {
            use clap::CommandFactory;
            match clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()) {
                Ok(()) => exit::OK,
                Err(e) => {
                    eprintln!("error: {e}");
                    exit::CANT_CREATE
                }
            }
        }
        None => evaluate::run(&cli.evaluate),
    };
    ExitCode::from(code)
}

/// The evaluation a terminal command (`explain`, `robustness`) prints from,
/// with the default limits and the jurors' warnings shown, headed by the
/// line saying it is a what-if run when it is one; the exit code when it
/// cannot be made.
fn evaluated(
    inputs: &Inputs,
    jury: &JuryMarks,
    what_if: &WhatIf,
) -> Result<pipeline::Evaluation, u8> {
    let options = what_if.apply(jury.apply(inputs.options(Limits::default())));
    let eval = pipeline::evaluate(&options).map_err(|e| what_if.fail(&e))?;
    warn_institutions(&eval, !jury.no_jury);
    if let Some(line) = report::what_if(&eval) {
        sayln!("{line}");
    }
    Ok(eval)
}

/// Jurors whose institution is no applicant's id, as located warnings;
/// not with `--no-jury`, where the jury has no part and the warning would
/// only distract.
fn warn_institutions(eval: &pipeline::Evaluation, jury_used: bool) {
    if !jury_used {
        return;
    }
    for u in &eval.unknown_institutions {
        eprintln!("{}", u.diagnostic().located(&u.file));
    }
}

/// Refuses paths named on the command line that do not exist; the exit
/// code when one does not.
fn require(paths: &[PathBuf]) -> Result<(), u8> {
    let missing = langaward::paths::missing(paths);
    if missing.is_empty() {
        Ok(())
    } else {
        Err(fail_missing(&missing))
    }
}

fn fail_missing(missing: &[Missing]) -> u8 {
    for m in missing {
        eprintln!("error: {m}");
    }
    exit::NO_INPUT
}

fn fail_output(e: &OutputError) -> u8 {
    eprintln!("error: {e}");
    exit::CANT_CREATE
}

fn fail_evaluate(e: &EvaluateError) -> u8 {
    match e {
        EvaluateError::Criteria(CriteriaError::Invalid { path, diagnostics }) => {
            for d in diagnostics {
                eprintln!("{}", d.located(path));
            }
            eprintln!("error: {e}");
            exit::CONFIG
        }
        EvaluateError::Missing(missing) => fail_missing(missing),
        EvaluateError::Criteria(CriteriaError::Io { .. })
        | EvaluateError::NoInput(_)
        | EvaluateError::List { .. } => {
            eprintln!("error: {e}");
            exit::NO_INPUT
        }
        EvaluateError::Criteria(CriteriaError::TooLarge { .. }) | EvaluateError::NoJury(_) => {
            eprintln!("error: {e}");
            exit::CONFIG
        }
        EvaluateError::Evidence(_) => {
            eprintln!("error: {e}");
            exit::CANT_CREATE
        }
    }
}
