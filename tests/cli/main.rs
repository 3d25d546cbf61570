//! Integration tests: the real `langaward` binary on workbooks made by code.

mod applicants;
mod check;
mod corpus;
mod criteria;
mod cyrillic;
mod diff;
mod evaluate;
mod factsheet;
mod fixtures;
mod interrupted;
mod jury;
mod languages;
mod mistakes;
mod monitoring;
mod mutation;
mod nominees;
mod provenance;
mod real_files;
mod reply_parity;
mod report;
mod robustness;
mod samples;
mod structure;
mod template;
mod tools;
mod what_if;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary, run from `dir`.
pub fn langaward(dir: &Path) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("langaward"));
    cmd.current_dir(dir);
    cmd
}

/// A scratch folder with the bundled criteria and an empty submissions folder.
pub fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("criteria")).unwrap();
    std::fs::create_dir_all(dir.path().join("submissions")).unwrap();
    for file in [
        "2026.yaml",
        "languages.yaml",
        "jurors.yaml",
        "nominations.yaml",
    ] {
        let to = dir.path().join("criteria").join(file);
        std::fs::copy(root().join("criteria").join(file), to).unwrap();
    }
    dir
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every file below `dir`, as sorted '/'-separated relative paths.
pub fn files_under(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                let rel = path.strip_prefix(base).unwrap();
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}
