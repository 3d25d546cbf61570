//! Fills the bundled sample's juror sheets in `jury/`.
//!
//! ```text
//! cargo run --example make_jury [DIR] [SUBMISSIONS]   # defaults: jury/ and submissions/
//! ```
//!
//! With other submissions (the benchmark's corpus), the same rules fill the sheets.
//!
//! The blank sheets are the ones `langaward jury-sheets` writes for the bundled criteria
//! and the submissions; the marks the sample's jurors write into them, and why, are in
//! `langaward_devkit::juror_sheets`.

use langaward::evaluate::{Options, evaluate};
use langaward_devkit::juror_sheets::write_sample_jury;
use std::error::Error;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let dir = args.next().unwrap_or_else(|| root.join("jury"));
    let submissions = args.next().unwrap_or_else(|| root.join("submissions"));
    let options = Options {
        criteria: root.join("criteria").join("2026.yaml"),
        submissions: vec![submissions],
        jury: None,
        jury_by_default: false,
        limits: langaward::submission::Limits::default(),
        overrides: Vec::new(),
    };
    let blank = langaward::forms::juror::sheets(&evaluate(&options)?, langaward::i18n::Lang::En)?;
    for path in write_sample_jury(blank, &dir)? {
        println!("wrote {}", path.display());
    }
    Ok(())
}
