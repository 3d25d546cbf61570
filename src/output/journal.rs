//! The journal of a switch: every file of the new report and every file
//! to remove, written down before the first file moves into place, so a
//! run killed half-way through the switch is finished by the next run.

use super::{JOURNAL, MANIFEST, OutputError, io, remove_stale_staging, write_atomic};
use crate::digest::FileDigest;
use std::collections::{BTreeSet, HashSet};
use std::path::Path;

/// One file of the new report, recorded with its digest and size; it is
/// moved into place from staging, or was left in place because the previous
/// run wrote exactly the same bytes.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Entry {
    pub(super) name: String,
    pub(super) digest: FileDigest,
    pub(super) size: u64,
}

/// What moving a staged report into place does, written down first.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Journal {
    /// The staging folder's name inside the output folder.
    pub(super) staging: String,
    /// Every new file, in the order written; also the new manifest.
    pub(super) files: Vec<Entry>,
    /// Files of the previous run that this run no longer produces.
    pub(super) remove: Vec<String>,
}

impl Journal {
    pub(super) fn to_text(&self) -> String {
        let mut text = format!("staging\t{}\n", self.staging);
        for e in &self.files {
            text.push_str(&format!("file\t{}\t{}\t{}\n", e.digest, e.size, e.name));
        }
        for name in &self.remove {
            text.push_str(&format!("remove\t{name}\n"));
        }
        text
    }

    /// A journal cut short cannot exist (it is written atomically), so a
    /// line that does not parse means someone else's file: refuse it.
    pub(super) fn parse(text: &str) -> Option<Journal> {
        let mut journal = Journal::default();
        for line in text.lines() {
            match line.split('\t').collect::<Vec<_>>().as_slice() {
                ["staging", name] => journal.staging = name.to_string(),
                ["file", digest, size, name] => journal.files.push(Entry {
                    name: name.to_string(),
                    digest: FileDigest::parse(digest),
                    size: size.parse().ok()?,
                }),
                ["remove", name] => journal.remove.push(name.to_string()),
                _ => return None,
            }
        }
        (!journal.staging.is_empty()).then_some(journal)
    }

    /// Moves everything still in staging into place, removes the files no
    /// longer produced, writes the manifest, then drops the journal and the
    /// staging folder. A staged folder with nothing at its place in the
    /// output (a first run's `scorecards`: thousands of files) moves whole,
    /// in one rename; one with anything there, even an empty folder (which a
    /// rename would replace) or a link to nowhere, is entered and its files
    /// move one by one. Repeating it after an interruption finishes the same
    /// switch: what already moved, a folder or a file, is not in staging.
    pub(super) fn apply(&self, dir: &Path) -> Result<(), OutputError> {
        let staging = dir.join(&self.staging);
        // Sorted, so a folder comes after the folders holding it (and is
        // gone from staging if one of them moved).
        let all: BTreeSet<&str> = self.files.iter().flat_map(|e| folders(&e.name)).collect();
        // Folders with nothing left in staging: moved now, moved by an
        // interrupted run, or every file in them unchanged.
        let mut settled = HashSet::new();
        for folder in all {
            let (from, to) = (staging.join(folder), dir.join(folder));
            if from.symlink_metadata().is_err() {
                settled.insert(folder);
            } else if to.symlink_metadata().is_err() {
                std::fs::rename(&from, &to).map_err(io(&to))?;
                settled.insert(folder);
            }
        }
        let mut made = HashSet::new();
        for e in &self.files {
            let folder = folders(&e.name).last().unwrap_or_default();
            if settled.contains(folder) {
                continue;
            }
            if made.insert(folder) {
                let parent = dir.join(folder);
                std::fs::create_dir_all(&parent).map_err(io(&parent))?;
            }
            // The target's folder exists, so a rename that finds nothing
            // means a file not in staging (moved already, or unchanged).
            let to = dir.join(&e.name);
            if let Err(err) = std::fs::rename(staging.join(&e.name), &to)
                && err.kind() != std::io::ErrorKind::NotFound
            {
                return Err(io(&to)(err));
            }
        }
        for name in &self.remove {
            let _ = std::fs::remove_file(dir.join(name));
        }
        let manifest: String = self
            .files
            .iter()
            .map(|e| format!("{}\t{}\t{}\n", e.digest, e.size, e.name))
            .collect();
        write_atomic(&dir.join(MANIFEST), |w| w.write_all(manifest.as_bytes()))?;
        std::fs::remove_file(dir.join(JOURNAL)).map_err(io(&dir.join(JOURNAL)))?;
        remove_stale_staging(dir)
    }
}

/// The folders holding a '/'-separated name, outermost first: `a` and `a/b`
/// for `a/b/c.html`.
fn folders(name: &str) -> impl Iterator<Item = &str> {
    name.match_indices('/').filter_map(|(at, _)| name.get(..at))
}

/// Finishes a switch that a killed run left half done.
pub(super) fn recover(dir: &Path) -> Result<(), OutputError> {
    let path = dir.join(JOURNAL);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io(&path)(e)),
    };
    match Journal::parse(&text) {
        Some(journal) => journal.apply(dir),
        None => Err(OutputError::Refused {
            path: path.clone(),
            why: "it is not a journal langaward wrote; move it away".into(),
        }),
    }
}
