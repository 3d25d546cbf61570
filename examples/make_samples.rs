//! Generates the bundled sample submissions in `submissions/`.
//!
//! ```text
//! cargo run --example make_samples [DIR]    # DIR defaults to submissions/
//! python3 tools/make_xls.py                 # the one applicant that ships as .xls
//! ```
//!
//! The applicants and their writer are in `langaward_devkit::samples`, so the test that
//! checks the committed files regenerates them with the same code.

use langaward_devkit::samples::{write_samples, write_xls_source, xls_source_name};
use std::path::{Path, PathBuf};

fn main() -> langaward_devkit::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| root.join("submissions"), PathBuf::from);
    for path in write_samples(&dir)? {
        println!("wrote {}", path.display());
    }
    let source = root
        .join("target")
        .join("xls-source")
        .join(format!("{}.xlsx", xls_source_name()));
    write_xls_source(&source)?;
    println!("wrote {}", source.display());
    println!(
        "next: python3 tools/make_xls.py {} --out-dir {}",
        source.display(),
        dir.display()
    );
    Ok(())
}
