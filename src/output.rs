//! Writes a report folder safely: each file via a temporary file and a
//! rename, and never over a file langaward did not write unless forced.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Lists what langaward wrote last time, with digests, so a later run knows
/// which files are its own and whether someone edited them since.
pub const MANIFEST: &str = ".langaward-manifest";

pub struct OutputFile {
    /// Path inside the output folder, '/'-separated.
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("refusing to write the report into {path}: {why}")]
    Refused { path: PathBuf, why: String },
    #[error(
        "{} file(s) in {} were not written by langaward or were edited since: {}; use --force to overwrite them",
        files.len(), dir.display(), files.join(", ")
    )]
    WouldOverwrite { dir: PathBuf, files: Vec<String> },
    #[error("{path}: cannot write: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Refuses output folders that would mix the report with user data.
pub fn check_target(out: &Path, protected: &[PathBuf]) -> Result<(), OutputError> {
    let refused = |why: &str| OutputError::Refused {
        path: out.to_path_buf(),
        why: why.to_string(),
    };
    if out.is_file() {
        return Err(refused("it is a file, not a folder"));
    }
    let canonical = out.canonicalize().ok();
    if canonical.as_deref() == Some(Path::new("/")) {
        return Err(refused("it is the root of the file system"));
    }
    if let Some(out) = &canonical {
        for p in protected {
            let Ok(p) = p.canonicalize() else { continue };
            let folder = if p.is_dir() {
                p.clone()
            } else {
                p.parent().map(Path::to_path_buf).unwrap_or(p.clone())
            };
            if *out == folder {
                return Err(refused(
                    "it holds the input files; choose another folder such as report/",
                ));
            }
        }
    }
    Ok(())
}

fn read_manifest(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_to_string(dir.join(MANIFEST))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(sha, name)| (name.to_string(), sha.to_string()))
        .collect()
}

/// Writes every file, then the manifest; removes files of the previous run
/// that this run no longer produces (only if nobody edited them).
pub fn write_all(dir: &Path, files: &[OutputFile], force: bool) -> Result<(), OutputError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let previous = read_manifest(dir);
    let ours = |name: &str, path: &Path| -> bool {
        match (previous.get(name), std::fs::read(path)) {
            (Some(sha), Ok(bytes)) => *sha == crate::digest::sha256_hex(&bytes),
            (_, Err(_)) => true,
            (None, Ok(_)) => false,
        }
    };
    let conflicts: Vec<String> = files
        .iter()
        .filter(|f| {
            let path = dir.join(&f.name);
            path.exists() && !ours(&f.name, &path)
        })
        .map(|f| f.name.clone())
        .collect();
    if !conflicts.is_empty() && !force {
        return Err(OutputError::WouldOverwrite {
            dir: dir.to_path_buf(),
            files: conflicts,
        });
    }
    let mut manifest = String::new();
    for f in files {
        let path = dir.join(&f.name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        write_atomic(&path, &f.bytes)?;
        manifest.push_str(&format!(
            "{}\t{}\n",
            crate::digest::sha256_hex(&f.bytes),
            f.name
        ));
    }
    for name in previous.keys() {
        let path = dir.join(name);
        if !files.iter().any(|f| &f.name == name) && ours(name, &path) {
            let _ = std::fs::remove_file(&path);
        }
    }
    write_atomic(&dir.join(MANIFEST), manifest.as_bytes())
}

/// Temporary file in the same folder, synced, then renamed over the target:
/// a reader sees the old file or the new one, never half of one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".langaward-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io(path))?;
    tmp.write_all(bytes).map_err(io(path))?;
    tmp.as_file().sync_all().map_err(io(path))?;
    tmp.persist(path).map_err(|e| OutputError::Io {
        path: path.to_path_buf(),
        source: e.error,
    })?;
    Ok(())
}
