//! The read stage alone: langaward's read, validation and scoring of a folder
//! of submissions, with no report, to compare with `bare_read`.
//!
//! ```text
//! cargo run --release --example read_stage -- DIR [CRITERIA]
//! ```
//!
//! Runs `evaluate` (criteria, every workbook opened, hashed, read, validated
//! and scored in parallel, then ranked) on evidence alone and prints only
//! the number of inputs and applicants, so the time measured is the stage
//! the report is built from, without rendering or writing it.

use langaward::evaluate::{Options, evaluate};
use langaward::submission::Limits;
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, criteria) = match args.as_slice() {
        [dir] => (dir, "criteria/2026.yaml"),
        [dir, criteria] => (dir, criteria.as_str()),
        _ => return Err("usage: read_stage DIR [CRITERIA]".into()),
    };
    let evaluation = evaluate(&Options {
        criteria: PathBuf::from(criteria),
        submissions: vec![PathBuf::from(dir)],
        jury: None,
        jury_by_default: false,
        limits: Limits::default(),
        overrides: Vec::new(),
    })?;
    println!(
        "inputs: {}, applicants: {}",
        evaluation.inputs.len(),
        evaluation.applicants.len()
    );
    Ok(())
}
