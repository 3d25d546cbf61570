//! `langaward evaluate` (the default command): score every submission and write the report.

use super::*;

#[derive(Args)]
pub(super) struct EvaluateArgs {
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    jury: JuryMarks,
    #[command(flatten)]
    what_if: WhatIf,
    /// Folder for the report; langaward replaces only files it wrote itself
    /// [default: report, or report-what-if with --set].
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
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

pub(super) fn run(args: &EvaluateArgs) -> u8 {
    let options = args
        .what_if
        .apply(args.jury.apply(args.inputs.options(Limits {
            max_cells: args.max_cells,
            max_file_bytes: args.max_file_mb.saturating_mul(1024 * 1024),
            ..Limits::default()
        })));
    if let Err(code) = require(args.templates.as_slice()) {
        return code;
    }
    let what_if = !args.what_if.set.is_empty();
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(if what_if { "report-what-if" } else { "report" }));
    let mut protected = options.submissions.clone();
    protected.push(options.criteria.clone());
    protected.extend(options.jury.clone());
    if let Err(e) = output::check_target(&out, &protected) {
        return fail_output(&e);
    }
    if what_if && !args.force && holds_edition_report(&out) {
        eprintln!(
            "error: {} holds the report of a run without --set; a what-if run would replace it. Choose another --out (by default a what-if run writes to report-what-if), or use --force",
            out.display()
        );
        return exit::CANT_CREATE;
    }
    let bar = Bar::new(args.quiet);
    let eval = match pipeline::evaluate_with(&options, &bar) {
        Ok(eval) => eval,
        Err(e) => return args.what_if.fail(&e),
    };
    let render = report::RenderOptions {
        langs: Lang::distinct(&args.lang),
        templates: args.templates.clone(),
    };
    let names = report::file_names(&eval, &render);
    let writer = match ReportWriter::begin(&out, &names, args.force) {
        Ok(w) => w,
        Err(e) => return fail_output(&e),
    };
    pipeline::Progress::stage(&bar, pipeline::Stage::Writing, names.len());
    // One name per page is a megabyte at 2,000 applicants; the writer has
    // checked them, and each page brings its own name.
    drop(names);
    let written = report::render(&eval, &render, &|file| {
        let written = writer.write(file).map_err(WriteError::Output);
        pipeline::Progress::advance(&bar);
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
            eprintln!("{}", d.located(file));
        }
    }
    if !args.quiet {
        warn_institutions(&eval, !args.jury.no_jury);
        say!("{}", report::terminal(&eval, args.verbose));
        sayln!("Report written to {}", out.display());
    }
    if eval.rejected() > 0 {
        exit::DATA
    } else {
        exit::OK
    }
}

/// Whether `out` holds the results of a run without `--set`: the
/// edition's own report, which a what-if run must not silently replace.
fn holds_edition_report(out: &Path) -> bool {
    std::fs::read(out.join("results.json"))
        .ok()
        .and_then(|bytes| langaward::results::Results::parse(&bytes).ok())
        .is_some_and(|r| r.criteria.overrides.is_empty())
}

/// A progress bar on standard error while workbooks are read and the
/// report is written. It draws only on a terminal (piped or redirected
/// output stays clean) and never with `--quiet`.
pub(super) struct Bar(indicatif::ProgressBar);

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

impl pipeline::Progress for Bar {
    fn stage(&self, stage: pipeline::Stage, total: usize) {
        self.0.set_message(match stage {
            pipeline::Stage::Reading => "reading",
            pipeline::Stage::Writing => "writing",
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
