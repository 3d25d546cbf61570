//! `langaward jury-sheets`: one blank marking workbook per juror.

use super::*;

#[derive(Args)]
pub(super) struct JuryArgs {
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
    /// Language of the sheets: sq, sr, sr-Cyrl or en (of a list, the first).
    /// Filled sheets are read back in any language.
    #[arg(long, value_name = "LANGS", value_delimiter = ',', value_parser = parse_lang, default_value = "en")]
    lang: Vec<Lang>,
}

pub(super) fn run(args: &JuryArgs) -> u8 {
    let options = args.inputs.options(Limits::default());
    let eval = match pipeline::evaluate(&options) {
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
        .unwrap_or_else(|| langaward::forms::juror::default_folder(c.edition));
    let mut protected = options.submissions.clone();
    protected.push(options.criteria.clone());
    if let Err(e) = output::check_target(&out, &protected) {
        return fail_output(&e);
    }
    let lang = args.lang.first().copied().unwrap_or(Lang::En);
    let sheets = match langaward::forms::juror::sheets(&eval, lang) {
        Ok(sheets) => sheets,
        Err(e) => {
            eprintln!("error: {e}");
            return exit::CANT_CREATE;
        }
    };
    let names: Vec<String> = sheets.iter().map(|(n, _)| n.clone()).collect();
    if let Err(e) =
        langaward::forms::juror::protect_filled(&out, &names, c.edition, &Limits::default())
    {
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
