//! `langaward diff`: two editions' results compared, in the terminal and as a page.

use super::*;

#[derive(Args)]
pub(super) struct DiffArgs {
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

pub(super) fn run(args: &DiffArgs) -> u8 {
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
fn read_results(path: &Path) -> Result<langaward::results::Results<'static>, (u8, String)> {
    let bytes = std::fs::read(path).map_err(|e| {
        (
            exit::NO_INPUT,
            format!("{}: cannot read: {e}", path.display()),
        )
    })?;
    langaward::results::Results::parse(&bytes).map_err(|e| {
        let code = match e {
            langaward::results::ReadError::NotJson(_) => exit::NO_INPUT,
            langaward::results::ReadError::NotResults(_) => exit::DATA,
        };
        (code, format!("{}: {e}", path.display()))
    })
}
