//! `langaward check`: a criteria file's errors, warnings and notes, as text or JSON.

use super::*;

#[derive(Args)]
pub(super) struct CheckArgs {
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
    #[command(flatten)]
    what_if: WhatIf,
}

/// One diagnostic as `check` reports it.
#[derive(serde::Serialize)]
pub(super) struct Reported<'a> {
    file: String,
    #[serde(flatten)]
    diagnostic: &'a langaward::criteria::Diagnostic,
}

pub(super) fn run(args: &CheckArgs) -> u8 {
    let (found, code) = match langaward::criteria::load_with(&args.criteria, &args.what_if.set) {
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
            if errors > 0 {
                args.what_if.note();
            }
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
    let options = args.what_if.apply(inputs.options(Limits::default()));
    let eval = pipeline::evaluate(&options).map_err(|e| args.what_if.fail(&e))?;
    Ok(eval
        .unknown_institutions
        .iter()
        .map(|u| (u.file.clone(), u.diagnostic()))
        .collect())
}
