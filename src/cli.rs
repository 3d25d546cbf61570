//! Command-line interface: the one place that prints and picks exit codes.

use clap::{Args, Parser, Subcommand};
use langaward::criteria::CriteriaError;
use langaward::evaluate::{self, EvaluateError};
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
        after_help = "Examples:\n  langaward check criteria/2026.yaml --format json\n  langaward check criteria/2026.yaml --submissions submissions\n\nExit codes: 0 no errors (warnings allowed); 78 the file has errors; 66 it, or a named submission, cannot be read."
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

#[derive(Args)]
struct CheckArgs {
    /// The criteria file to check.
    #[arg(value_name = "CRITERIA", default_value = "criteria/2026.yaml")]
    criteria: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Also check the jurors' institutions against the ids of these
    /// applicants (folders and workbooks); without it, `check` notes that
    /// it could not.
    #[arg(long, value_name = "DIR_OR_FILES", num_args = 1..)]
    submissions: Option<Vec<PathBuf>>,
}

#[derive(Args)]
struct ValidateArgs {
    /// The workbooks to check.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
    /// The edition's criteria file.
    #[arg(long, value_name = "FILE", default_value = "criteria/2026.yaml")]
    criteria: PathBuf,
}

#[derive(Args)]
struct TemplateArgs {
    /// The edition's criteria file.
    #[arg(long, value_name = "FILE", default_value = "criteria/2026.yaml")]
    criteria: PathBuf,
    /// Languages of the instructions; headers use the first.
    #[arg(long, value_name = "LANGS", value_delimiter = ',', value_parser = parse_lang, default_value = "sq,sr,en")]
    lang: Vec<Lang>,
    /// The workbook to write.
    #[arg(long, value_name = "FILE.xlsx")]
    out: PathBuf,
    /// Overwrite the file if it exists.
    #[arg(long)]
    force: bool,
}

#[derive(Args)]
struct DiffArgs {
    /// The earlier edition's results.json.
    old: PathBuf,
    /// The newer edition's results.json.
    new: PathBuf,
    /// Criteria file whose `aliases` follow renamed institutions.
    #[arg(long, value_name = "FILE", default_value = "criteria/2026.yaml")]
    criteria: PathBuf,
    /// Compare even if the criteria's structure changed between editions.
    #[arg(long)]
    allow_different_criteria: bool,
    /// Also write the comparison as an HTML page in the report's style.
    #[arg(long, value_name = "FILE.html")]
    out: Option<PathBuf>,
    /// Language of the HTML page.
    #[arg(long, value_parser = parse_lang, default_value = "en")]
    lang: Lang,
    /// Folder of templates that replace the built-in ones by file name.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Overwrite the HTML page if it exists.
    #[arg(long)]
    force: bool,
}

#[derive(Args)]
struct JuryArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Folder for the blank juror workbooks [default: jury-sheets-EDITION,
    /// e.g. jury-sheets-2026].
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Overwrite files langaward did not write; never a sheet that holds
    /// jurors' marks.
    #[arg(long)]
    force: bool,
}

#[derive(Args)]
struct ExplainArgs {
    /// The institution's id, as on its Institution sheet.
    id: String,
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    jury: JuryMarks,
    /// Language: sq, sr, sr-Cyrl or en.
    #[arg(long, value_parser = parse_lang, default_value = "en")]
    lang: Lang,
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
    fn options(&self, limits: Limits) -> evaluate::Options {
        evaluate::Options {
            criteria: self.criteria.clone(),
            submissions: self.submissions.clone(),
            jury: None,
            jury_by_default: false,
            limits,
        }
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
    fn apply(&self, options: evaluate::Options) -> evaluate::Options {
        let default = PathBuf::from("jury");
        let (jury, jury_by_default) = match (&self.jury, self.no_jury) {
            (_, true) => (None, false),
            (Some(dir), false) => (Some(dir.clone()), false),
            (None, false) => (default.is_dir().then_some(default), true),
        };
        evaluate::Options {
            jury,
            jury_by_default,
            ..options
        }
    }
}

#[derive(Args)]
struct EvaluateArgs {
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    jury: JuryMarks,
    /// Folder for the report; langaward replaces only files it wrote itself.
    #[arg(long, value_name = "DIR", default_value = "report")]
    out: PathBuf,
    /// Overwrite files in the report folder that langaward did not write.
    #[arg(long)]
    force: bool,
    /// Print nothing but errors.
    #[arg(long, short, conflicts_with = "verbose")]
    quiet: bool,
    /// Print every finding and skipped file.
    #[arg(long, short)]
    verbose: bool,
    /// Report languages, comma-separated: sq, sr, sr-Cyrl, en (a language
    /// named twice counts once).
    #[arg(long, value_name = "LANGS", value_delimiter = ',', value_parser = parse_lang, default_value = "sq,sr,sr-Cyrl,en")]
    lang: Vec<Lang>,
    /// Folder of templates that replace the built-in ones by file name.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Most filled cells read from one workbook.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_cells)]
    max_cells: usize,
    /// Largest workbook read, in megabytes.
    #[arg(long, value_name = "MB", default_value_t = Limits::default().max_file_bytes / (1024 * 1024))]
    max_file_mb: u64,
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
        Some(Command::Evaluate(args)) => evaluate(&args),
        Some(Command::Check(args)) => check(&args),
        Some(Command::Validate(args)) => validate(&args),
        Some(Command::Explain(args)) => explain(&args),
        Some(Command::Template(args)) => template(&args),
        Some(Command::Diff(args)) => diff(&args),
        Some(Command::JurySheets(args)) => jury_sheets(&args),
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
        None => evaluate(&cli.evaluate),
    };
    ExitCode::from(code)
}

/// One diagnostic as `check` reports it.
#[derive(serde::Serialize)]
struct Reported<'a> {
    file: String,
    #[serde(flatten)]
    diagnostic: &'a langaward::criteria::Diagnostic,
}

fn check(args: &CheckArgs) -> u8 {
    let (found, code) = match langaward::criteria::load(&args.criteria) {
        Ok(loaded) => match juror_institutions(args, &loaded) {
            Ok(checked) => (
                loaded.notes.into_iter().chain(checked).collect::<Vec<_>>(),
                exit::OK,
            ),
            Err(code) => return code,
        },
        Err(CriteriaError::Invalid { path, diagnostics }) => (
            diagnostics.into_iter().map(|d| (path.clone(), d)).collect(),
            exit::CONFIG,
        ),
        Err(e @ CriteriaError::Io { .. }) => {
            eprintln!("error: {e}");
            return exit::NO_INPUT;
        }
        Err(e @ CriteriaError::TooLarge { .. }) => {
            eprintln!("error: {e}");
            return exit::CONFIG;
        }
    };
    match args.format {
        Format::Json => {
            let reported: Vec<Reported> = found
                .iter()
                .map(|(file, d)| Reported {
                    file: file.display().to_string(),
                    diagnostic: d,
                })
                .collect();
            match serde_json::to_string_pretty(&reported) {
                Ok(json) => sayln!("{json}"),
                Err(e) => eprintln!("error: {e}"),
            }
        }
        Format::Text => {
            for (file, d) in &found {
                sayln!("{}", d.located(file));
            }
            let errors = found
                .iter()
                .filter(|(_, d)| d.severity == langaward::criteria::Severity::Error)
                .count();
            sayln!(
                "{}: {errors} error(s), {} other note(s)",
                args.criteria.display(),
                found.len() - errors
            );
        }
    }
    code
}

/// What `check` says about the jurors' institutions: with submissions,
/// every one that is no applicant's id; without, that it could not tell.
/// `Err` carries the exit code when the submissions cannot be read.
fn juror_institutions(
    args: &CheckArgs,
    loaded: &langaward::criteria::LoadedCriteria,
) -> Result<Vec<(PathBuf, langaward::criteria::Diagnostic)>, u8> {
    let Some(submissions) = &args.submissions else {
        return Ok(langaward::jury::unchecked_institutions(&loaded.criteria)
            .into_iter()
            .collect());
    };
    let inputs = Inputs {
        criteria: args.criteria.clone(),
        submissions: submissions.clone(),
    };
    let eval =
        evaluate::evaluate(&inputs.options(Limits::default())).map_err(|e| fail_evaluate(&e))?;
    Ok(eval
        .unknown_institutions
        .iter()
        .map(|u| (u.file.clone(), u.diagnostic()))
        .collect())
}

/// Jurors whose institution is no applicant's id, as located warnings;
/// not with `--no-jury`, where the jury has no part and the warning would
/// only distract.
fn warn_institutions(eval: &evaluate::Evaluation, jury_used: bool) {
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

fn jury_sheets(args: &JuryArgs) -> u8 {
    let options = args.inputs.options(Limits::default());
    let eval = match evaluate::evaluate(&options) {
        Ok(eval) => eval,
        Err(e) => return fail_evaluate(&e),
    };
    let c = &eval.criteria.criteria;
    if c.jury.is_none() {
        eprintln!(
            "error: {} has no `jury` (jurors and mark scale)",
            args.inputs.criteria.display()
        );
        return exit::CONFIG;
    }
    warn_institutions(&eval, true);
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| langaward::jury::default_folder(c.edition));
    let mut protected = options.submissions.clone();
    protected.push(options.criteria.clone());
    if let Err(e) = output::check_target(&out, &protected) {
        return fail_output(&e);
    }
    let sheets = match langaward::jury::sheets(&eval) {
        Ok(sheets) => sheets,
        Err(e) => {
            eprintln!("error: {e}");
            return exit::CANT_CREATE;
        }
    };
    let names: Vec<String> = sheets.iter().map(|(n, _)| n.clone()).collect();
    if let Err(e) = langaward::jury::protect_filled(&out, &names, c.edition, &Limits::default()) {
        eprintln!("error: {e}");
        return exit::CANT_CREATE;
    }
    let written = ReportWriter::begin(&out, &names, args.force).and_then(|w| {
        for (name, bytes) in sheets {
            w.write(output::OutputFile {
                name,
                content: output::Content::Bytes(bytes),
            })?;
        }
        w.finish()
    });
    match written {
        Ok(()) => {
            sayln!(
                "{} juror workbook(s) written to {}",
                names.len(),
                out.display()
            );
            exit::OK
        }
        Err(e) => fail_output(&e),
    }
}

fn diff(args: &DiffArgs) -> u8 {
    if let Err(code) = require(args.templates.as_slice()) {
        return code;
    }
    let (old, new) = match (read_results(&args.old), read_results(&args.new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err((code, e)), _) | (_, Err((code, e))) => {
            eprintln!("error: {e}");
            return code;
        }
    };
    let aliases = match langaward::criteria::load(&args.criteria) {
        Ok(loaded) => loaded.criteria.aliases,
        Err(_) => Default::default(),
    };
    let comparison =
        match langaward::diff::compare(&old, &new, &aliases, args.allow_different_criteria) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("error: {e}");
                return exit::DATA;
            }
        };
    say!("{}", report::diff_table(&comparison));
    if let Some(out) = &args.out {
        if out.exists() && !args.force {
            eprintln!(
                "error: {} exists; use --force to overwrite it",
                out.display()
            );
            return exit::CANT_CREATE;
        }
        let html =
            match report::render_diff(&comparison, &new, args.lang, args.templates.as_deref()) {
                Ok(html) => html,
                Err(e) => {
                    eprintln!("error: {e}");
                    return exit::CONFIG;
                }
            };
        if let Err(e) = output::write_atomic(out, |w| std::io::Write::write_all(w, html.as_bytes()))
        {
            return fail_output(&e);
        }
        sayln!("Comparison written to {}", out.display());
    }
    exit::OK
}

/// Reads one edition's results.json for `diff`. A file that cannot be read
/// or is not JSON is missing input (66); JSON of another structure is data
/// that does not compare (65). The message names the file either way.
fn read_results(path: &Path) -> Result<report::schema::Results<'static>, (u8, String)> {
    let bytes = std::fs::read(path).map_err(|e| {
        (
            exit::NO_INPUT,
            format!("{}: cannot read: {e}", path.display()),
        )
    })?;
    report::schema::Results::parse(&bytes).map_err(|e| {
        let code = match e {
            report::schema::ReadError::NotJson(_) => exit::NO_INPUT,
            report::schema::ReadError::NotResults(_) => exit::DATA,
        };
        (code, format!("{}: {e}", path.display()))
    })
}

fn template(args: &TemplateArgs) -> u8 {
    let loaded = match langaward::criteria::load(&args.criteria) {
        Ok(loaded) => loaded,
        Err(e) => return fail_evaluate(&EvaluateError::Criteria(e)),
    };
    if args.out.exists() && !args.force {
        eprintln!(
            "error: {} exists; use --force to overwrite it",
            args.out.display()
        );
        return exit::CANT_CREATE;
    }
    let bytes = match langaward::template::bytes(&loaded.criteria, &Lang::distinct(&args.lang)) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("error: {e}");
            return exit::CANT_CREATE;
        }
    };
    match output::write_atomic(&args.out, |w| std::io::Write::write_all(w, &bytes)) {
        Ok(_) => {
            sayln!("Template written to {}", args.out.display());
            exit::OK
        }
        Err(e) => fail_output(&e),
    }
}

fn explain(args: &ExplainArgs) -> u8 {
    let options = args.jury.apply(args.inputs.options(Limits::default()));
    let eval = match evaluate::evaluate(&options) {
        Ok(eval) => eval,
        Err(e) => return fail_evaluate(&e),
    };
    warn_institutions(&eval, !args.jury.no_jury);
    match report::explain(&eval, &args.id, args.lang) {
        Ok(Some(text)) => {
            say!("{text}");
            exit::OK
        }
        Ok(None) => {
            let ids: Vec<&str> = eval
                .applicants
                .iter()
                .map(|a| a.institution.id.as_str())
                .collect();
            eprintln!(
                "error: no applicant has the id '{}'; known ids: {}",
                args.id,
                ids.join(", ")
            );
            exit::NO_INPUT
        }
        Err(e) => {
            eprintln!("error: {e}");
            exit::CANT_CREATE
        }
    }
}

fn validate(args: &ValidateArgs) -> u8 {
    if let Err(code) = require(&args.files) {
        return code;
    }
    let loaded = match langaward::criteria::load(&args.criteria) {
        Ok(loaded) => loaded,
        Err(e) => return fail_evaluate(&EvaluateError::Criteria(e)),
    };
    let c = &loaded.criteria;
    let mut clean = true;
    for file in &args.files {
        let read = langaward::submission::read(file, c, &Limits::default());
        let (findings, submission) = match read {
            Read::Usable {
                value: submission,
                findings,
            } => (findings, Some(submission)),
            Read::Rejected { findings } => (findings, None),
            Read::Skipped { reason } => (vec![reason], None),
        };
        let verdict = match (&submission, findings.is_empty()) {
            (Some(_), true) => "would be accepted",
            (Some(_), false) => "would be accepted, with warnings",
            (None, _) => "would be REJECTED",
        };
        clean &= submission.is_some() && findings.is_empty();
        sayln!("{}: {verdict}", file.display());
        for f in &findings {
            sayln!("  {f}");
        }
        if let Some(s) = submission {
            let card = langaward::scoring::score(c, &s);
            let band = c.bands.get(card.band).map_or("", |b| b.name.en.as_str());
            sayln!("  provisional total: {} ({band})", card.total);
            for (k, spec) in card.criteria.iter().zip(&c.criteria) {
                sayln!("    {:<28} {:>7}", spec.name.en, k.score.to_string());
            }
            if let Some(why) = evaluate::Ineligible::of(c, &s.institution)
                && let Ok(m) = langaward::i18n::Messages::load(Lang::En)
            {
                let reason = report::ineligible_reason(&m, c, &why, &s.institution.kind);
                sayln!("  would not be ranked: {reason}");
            }
            for g in card.gates.iter().filter(|g| !g.passed) {
                sayln!(
                    "  would not be ranked: condition `{}` not met ({} of {})",
                    g.id,
                    g.found,
                    g.min
                );
            }
        }
    }
    if clean { exit::OK } else { exit::DATA }
}

fn evaluate(args: &EvaluateArgs) -> u8 {
    let options = args.jury.apply(args.inputs.options(Limits {
        max_cells: args.max_cells,
        max_file_bytes: args.max_file_mb.saturating_mul(1024 * 1024),
        ..Limits::default()
    }));
    if let Err(code) = require(args.templates.as_slice()) {
        return code;
    }
    let mut protected = options.submissions.clone();
    protected.push(options.criteria.clone());
    protected.extend(options.jury.clone());
    if let Err(e) = output::check_target(&args.out, &protected) {
        return fail_output(&e);
    }
    let bar = Bar::new(args.quiet);
    let eval = match evaluate::evaluate_with(&options, &bar) {
        Ok(eval) => eval,
        Err(e) => return fail_evaluate(&e),
    };
    let render = report::RenderOptions {
        langs: Lang::distinct(&args.lang),
        templates: args.templates.clone(),
    };
    let names = report::file_names(&eval, &render);
    let writer = match ReportWriter::begin(&args.out, &names, args.force) {
        Ok(w) => w,
        Err(e) => return fail_output(&e),
    };
    evaluate::Progress::stage(&bar, evaluate::Stage::Writing, names.len());
    let written = report::render(&eval, &render, &|file| {
        let written = writer.write(file).map_err(WriteError::Output);
        evaluate::Progress::advance(&bar);
        written
    })
    .and_then(|()| writer.finish().map_err(WriteError::Output));
    drop(bar);
    match written {
        Ok(()) => {}
        Err(WriteError::Output(e)) => return fail_output(&e),
        Err(WriteError::Render(e @ report::RenderError::Template(_))) => {
            eprintln!("error: {e}");
            return exit::CONFIG;
        }
        Err(WriteError::Render(e)) => {
            eprintln!("error: {e}");
            return exit::CANT_CREATE;
        }
    }
    if args.verbose {
        for (file, d) in &eval.criteria.notes {
            eprintln!(
                "{}:{}:{}: note[{}]: {}",
                file.display(),
                d.line,
                d.column,
                d.code,
                d.message
            );
        }
    }
    if !args.quiet {
        warn_institutions(&eval, !args.jury.no_jury);
        say!("{}", report::terminal(&eval, args.verbose));
        sayln!("Report written to {}", args.out.display());
    }
    if eval.rejected() > 0 {
        exit::DATA
    } else {
        exit::OK
    }
}

/// A progress bar on standard error while workbooks are read and the
/// report is written. It draws only on a terminal (piped or redirected
/// output stays clean) and never with `--quiet`.
struct Bar(indicatif::ProgressBar);

impl Bar {
    fn new(quiet: bool) -> Bar {
        let target = if quiet {
            indicatif::ProgressDrawTarget::hidden()
        } else {
            indicatif::ProgressDrawTarget::stderr()
        };
        let bar = indicatif::ProgressBar::with_draw_target(None, target);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{msg:<8} {wide_bar} {pos}/{len} files")
        {
            bar.set_style(style);
        }
        Bar(bar)
    }
}

/// The bar leaves no trace once the run is over, however it ends.
impl Drop for Bar {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}

impl evaluate::Progress for Bar {
    fn stage(&self, stage: evaluate::Stage, total: usize) {
        self.0.set_message(match stage {
            evaluate::Stage::Reading => "reading",
            evaluate::Stage::Writing => "writing",
        });
        self.0.set_length(total as u64);
        self.0.set_position(0);
    }

    fn advance(&self) {
        self.0.inc(1);
    }
}

/// Rendering and writing fail differently but end the same way.
enum WriteError {
    Render(report::RenderError),
    Output(OutputError),
}

impl From<report::RenderError> for WriteError {
    fn from(e: report::RenderError) -> Self {
        WriteError::Render(e)
    }
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
    }
}
