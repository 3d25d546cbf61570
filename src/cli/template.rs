//! `langaward template`: the blank workbook applicants fill in.

use super::*;

#[derive(Args)]
pub(super) struct TemplateArgs {
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

pub(super) fn run(args: &TemplateArgs) -> u8 {
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
    let bytes =
        match langaward::forms::applicant::bytes(&loaded.criteria, &Lang::distinct(&args.lang)) {
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
