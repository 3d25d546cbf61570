//! Writes a synthetic corpus of submission workbooks for benchmarking.
//!
//! ```text
//! cargo run --release --example bench_corpus -- N DIR
//! ```
//!
//! Writes `DIR/inst-00001.xlsx` .. `DIR/inst-NNNNN.xlsx`, in parallel; what goes into
//! each is `langaward_devkit::corpus`. The same N gives byte-identical files.

use langaward_devkit::corpus::write_submission;
use rayon::prelude::*;
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [n, dir] = args.as_slice() else {
        return Err("usage: bench_corpus N DIR".into());
    };
    let n: u32 = n
        .parse()
        .map_err(|e| format!("N must be a whole number, got {n:?}: {e}"))?;
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir)?;
    (1..=n)
        .into_par_iter()
        .try_for_each(|index| write_submission(index, &dir))?;
    println!("wrote {n} submissions to {}", dir.display());
    Ok(())
}
