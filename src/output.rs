//! Writes a report folder safely: each file via a temporary file and a
//! rename, and never over a file langaward did not write unless forced.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Lists what langaward wrote last time, with digests, so a later run knows
/// which files are its own and whether someone edited them since.
pub const MANIFEST: &str = ".langaward-manifest";

pub struct OutputFile<'a> {
    /// Path inside the output folder, '/'-separated.
    pub name: String,
    pub content: Content<'a>,
}

/// A file's content: ready bytes, or a writer function for large files that
/// should go to disk without first being held in memory whole.
pub enum Content<'a> {
    Bytes(Vec<u8>),
    Stream(WriteFn<'a>),
}

/// Writes a file's content into the writer it is given.
pub type WriteFn<'a> = Box<dyn FnOnce(&mut dyn Write) -> std::io::Result<()> + 'a>;

/// Hashes what passes through, so the manifest costs no second read.
struct Hashing<W> {
    inner: W,
    hasher: sha2::Sha256,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        sha2::Digest::update(&mut self.hasher, buf.get(..n).unwrap_or_default());
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
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
    #[error("{name} was written twice in one run; nothing was moved into place")]
    Twice { name: String },
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

/// Writes a report folder file by file. Checks for user files before the
/// first write, so a refused run changes nothing.
pub struct ReportWriter {
    dir: PathBuf,
    /// New files wait here until every one is written, so a run that is
    /// killed or runs out of disk leaves the previous report as it was.
    staging: PathBuf,
    previous: BTreeMap<String, String>,
    written: Vec<(String, String)>,
}

/// The staging folder inside the report folder; a leftover from an
/// interrupted run is removed by the next one.
pub const STAGING: &str = ".langaward-staging";

impl ReportWriter {
    /// Refuses, before writing anything, to replace any of `names` that
    /// langaward did not write or that was edited since (unless `force`).
    pub fn begin(dir: &Path, names: &[String], force: bool) -> Result<ReportWriter, OutputError> {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let previous = read_manifest(dir);
        let writer = ReportWriter {
            dir: dir.to_path_buf(),
            staging: dir.join(STAGING),
            previous,
            written: Vec::new(),
        };
        let conflicts: Vec<String> = names
            .iter()
            .filter(|name| {
                let path = dir.join(name);
                path.exists() && !writer.ours(name, &path)
            })
            .cloned()
            .collect();
        if !conflicts.is_empty() && !force {
            return Err(OutputError::WouldOverwrite {
                dir: dir.to_path_buf(),
                files: conflicts,
            });
        }
        if writer.staging.exists() {
            std::fs::remove_dir_all(&writer.staging).map_err(io(&writer.staging))?;
        }
        std::fs::create_dir_all(&writer.staging).map_err(io(&writer.staging))?;
        Ok(writer)
    }

    fn ours(&self, name: &str, path: &Path) -> bool {
        match (self.previous.get(name), crate::digest::sha256_file(path)) {
            (Some(sha), Ok(actual)) => *sha == actual,
            (_, Err(_)) => true,
            (None, Ok(_)) => false,
        }
    }

    /// A name staged twice: the second copy would overwrite the first in
    /// staging and its rename would fail half-way through moving the report
    /// into place, so it is caught before the first rename.
    fn twice(&self) -> Option<String> {
        let mut names: Vec<&str> = self.written.iter().map(|(n, _)| n.as_str()).collect();
        names.sort_unstable();
        names.windows(2).find_map(|w| match w {
            [a, b] if a == b => Some(a.to_string()),
            _ => None,
        })
    }

    /// Writes one file into the staging folder.
    pub fn write(&mut self, file: OutputFile) -> Result<(), OutputError> {
        let path = self.staging.join(&file.name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        let sha = match file.content {
            Content::Bytes(bytes) => write_atomic(&path, |w| w.write_all(&bytes))?,
            Content::Stream(write) => write_atomic(&path, write)?,
        };
        self.written.push((file.name, sha));
        Ok(())
    }

    /// Moves every staged file into place (a rename each, so the window in
    /// which old and new files mix is as short as the file system allows),
    /// records what was written, and removes files of the previous run that
    /// this run no longer produces (only if nobody edited them).
    pub fn finish(self) -> Result<(), OutputError> {
        if let Some(name) = self.twice() {
            return Err(OutputError::Twice { name });
        }
        for (name, _) in &self.written {
            let (from, to) = (self.staging.join(name), self.dir.join(name));
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
            }
            std::fs::rename(&from, &to).map_err(io(&to))?;
        }
        for name in self.previous.keys() {
            let path = self.dir.join(name);
            if !self.written.iter().any(|(n, _)| n == name)
                && path.is_file()
                && self.ours(name, &path)
            {
                let _ = std::fs::remove_file(&path);
            }
        }
        let manifest: String = self
            .written
            .iter()
            .map(|(name, sha)| format!("{sha}\t{name}\n"))
            .collect();
        write_atomic(&self.dir.join(MANIFEST), |w| {
            w.write_all(manifest.as_bytes())
        })?;
        std::fs::remove_dir_all(&self.staging).map_err(io(&self.staging))
    }
}

/// Temporary file in the same folder, then renamed over the target: a
/// reader, or a run killed half-way, sees the old file or the new one, never
/// half of one. Returns the sha256 of what was written.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<String, OutputError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".langaward-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    let tmp = builder.tempfile_in(dir).map_err(io(path))?;
    let mut out = Hashing {
        inner: std::io::BufWriter::new(tmp),
        hasher: sha2::Sha256::default(),
    };
    write(&mut out).map_err(io(path))?;
    out.flush().map_err(io(path))?;
    let sha = crate::digest::hex(&sha2::Digest::finalize(out.hasher));
    let tmp = out
        .inner
        .into_inner()
        .map_err(|e| io(path)(e.into_error()))?;
    tmp.persist(path).map_err(|e| OutputError::Io {
        path: path.to_path_buf(),
        source: e.error,
    })?;
    Ok(sha)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> OutputFile<'static> {
        OutputFile {
            name: name.into(),
            content: Content::Bytes(text.as_bytes().to_vec()),
        }
    }

    #[test]
    fn a_file_written_twice_moves_nothing_into_place() {
        let dir = tempfile::tempdir().unwrap();
        let names = ["a.html".to_string(), "b.html".to_string()];
        let mut w = ReportWriter::begin(dir.path(), &names, false).unwrap();
        w.write(file("a.html", "one")).unwrap();
        w.write(file("b.html", "two")).unwrap();
        w.write(file("a.html", "again")).unwrap();
        let refused = w.finish().unwrap_err();
        assert!(matches!(&refused, OutputError::Twice { name } if name == "a.html"));
        assert!(!dir.path().join("a.html").exists());
        assert!(!dir.path().join(MANIFEST).exists());
    }
}
