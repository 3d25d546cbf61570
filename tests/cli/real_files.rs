//! Workbooks as real spreadsheet programs save them: every bundled sample
//! re-saved by LibreOffice and by Gnumeric as xlsx, ods and xls
//! (`tests/fixtures/real/`, made by `tools/make-real-fixtures.sh`) must be
//! scored exactly like the original: the same results in every column but
//! the file, and the same findings at the same places.
//!
//! No difference between a re-saved file and its original is excused: the
//! programs keep every value, type and sheet of the samples, so any
//! difference is langaward's reader at fault.

use crate::{langaward, read, root};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

/// What one evaluation says about a set of workbooks.
#[derive(Debug, PartialEq)]
struct Outcome {
    exit: Option<i32>,
    /// results.csv in order, each row as (column, value) without the file.
    results: Vec<Vec<(String, String)>>,
    /// inputs.csv per file base name: (outcome, code, level, place, message)
    /// of each of its rows. Files skipped as not workbooks are left out.
    inputs: BTreeMap<String, Vec<[String; 5]>>,
}

fn evaluate(submissions: &Path) -> Outcome {
    let out = tempfile::tempdir().unwrap();
    let run = langaward(&root())
        .args([
            "evaluate",
            "--criteria",
            "criteria/2026.yaml",
            "--submissions",
        ])
        .arg(submissions)
        .args(["--no-jury", "--lang", "en", "--quiet", "--out"])
        .arg(out.path())
        .output()
        .unwrap();
    Outcome {
        exit: run.status.code(),
        results: results(&read(&out.path().join("results.csv"))),
        inputs: inputs(&read(&out.path().join("inputs.csv"))),
    }
}

fn results(csv: &str) -> Vec<Vec<(String, String)>> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|row| {
            header
                .iter()
                .zip(row.unwrap().iter())
                .filter(|(column, _)| *column != "file")
                .map(|(column, value)| (column.to_string(), value.to_string()))
                .collect()
        })
        .collect()
}

fn inputs(csv: &str) -> BTreeMap<String, Vec<[String; 5]>> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (file, outcome, code, level, place, message) = (
        column("file"),
        column("outcome"),
        column("code"),
        column("level"),
        column("place"),
        column("message"),
    );
    let mut out: BTreeMap<String, Vec<[String; 5]>> = BTreeMap::new();
    for row in reader.records() {
        let row = row.unwrap();
        if &row[outcome] == "skipped" {
            continue;
        }
        let stem = Path::new(&row[file]).file_stem().unwrap();
        out.entry(stem.to_string_lossy().into_owned())
            .or_default()
            .push([outcome, code, level, place, message].map(|i| row[i].to_string()));
    }
    out
}

fn original() -> &'static Outcome {
    static ORIGINAL: OnceLock<Outcome> = OnceLock::new();
    ORIGINAL.get_or_init(|| evaluate(&root().join("submissions")))
}

fn same_as_original(program: &str, format: &str) {
    let dir = root()
        .join("tests/fixtures/real")
        .join(program)
        .join(format);
    let resaved = evaluate(&dir);
    let original = original();
    assert_eq!(
        original.inputs.len(),
        19,
        "the samples: {:?}",
        original.inputs
    );
    for (stem, expected) in &original.inputs {
        assert_eq!(
            resaved.inputs.get(stem),
            Some(expected),
            "{program} {format}: {stem} read differently (outcome, code, level, place, message)"
        );
    }
    assert_eq!(
        resaved.inputs.len(),
        original.inputs.len(),
        "{program} {format}: other files than the samples"
    );
    assert_eq!(
        resaved.results, original.results,
        "{program} {format}: results.csv differs"
    );
    assert_eq!(resaved.exit, original.exit, "{program} {format}: exit code");
}

#[test]
fn libreoffice_xlsx_reads_like_the_original() {
    same_as_original("libreoffice", "xlsx");
}

/// LibreOffice writes a compound-file directory that only a strict reader refuses.
#[test]
fn libreoffice_xls_reads_like_the_original() {
    same_as_original("libreoffice", "xls");
}

#[test]
fn libreoffice_ods_reads_like_the_original() {
    same_as_original("libreoffice", "ods");
}

#[test]
fn gnumeric_xlsx_reads_like_the_original() {
    same_as_original("gnumeric", "xlsx");
}

#[test]
fn gnumeric_xls_reads_like_the_original() {
    same_as_original("gnumeric", "xls");
}

/// Gnumeric indents content.xml, which calamine alone cannot read.
#[test]
fn gnumeric_ods_reads_like_the_original() {
    same_as_original("gnumeric", "ods");
}
