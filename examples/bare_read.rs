//! The benchmark baseline: a bare parallel calamine read of a directory of
//! workbooks, with no validation, scoring or report.
//!
//! ```text
//! cargo run --release --example bare_read -- DIR
//! ```
//!
//! Opens every `.xlsx` file in DIR in parallel, reads every sheet and counts
//! the non-empty cells; prints the file and cell counts.

use calamine::{Reader, open_workbook_auto};
use rayon::prelude::*;
use std::error::Error;
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir] = args.as_slice() else {
        return Err("usage: bare_read DIR".into());
    };
    let mut files: Vec<PathBuf> = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
        {
            files.push(path);
        }
    }
    files.sort();
    let cells = files
        .par_iter()
        .map(|path| count_cells(path))
        .try_reduce(|| 0, |a, b| Ok(a + b))?;
    println!("files: {}, cells: {cells}", files.len());
    Ok(())
}

fn count_cells(path: &Path) -> Result<usize, calamine::Error> {
    let mut workbook = open_workbook_auto(path)?;
    let mut cells = 0;
    for name in workbook.sheet_names() {
        cells += workbook.worksheet_range(&name)?.used_cells().count();
    }
    Ok(cells)
}
