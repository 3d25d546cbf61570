//! Writes a report folder safely: each file via a temporary file and a
//! rename, and never over a file langaward did not write unless forced.

use crate::digest::{FileDigest, FileHasher};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

mod journal;
use journal::{Entry, Journal, recover};

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

/// Hashes what passes through, so the manifest costs no second read. It
/// sits under the buffer, so it hashes whole buffers, not each small write.
struct Hashing<W> {
    inner: W,
    hasher: FileHasher,
    size: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.write_all(buf.get(..n).unwrap_or_default())?;
        self.size += n as u64;
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
    #[error("another langaward run is writing {}; wait for it to finish", dir.display())]
    Busy { dir: PathBuf },
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

/// What the manifest says of one file: its digest and size.
#[derive(Debug, Clone, PartialEq)]
struct Recorded {
    digest: FileDigest,
    /// `None` in manifests written before sizes were recorded.
    size: Option<u64>,
}

/// The names a folder holds, from one listing of it and of each subfolder
/// the report writes into, so the check before a run asks the file system
/// about the few names that are there rather than each of thousands that a
/// new folder does not hold.
struct Listed(BTreeMap<PathBuf, Option<HashSet<std::ffi::OsString>>>);

impl Listed {
    fn of(dir: &Path, names: &[String]) -> Listed {
        let folders: BTreeSet<PathBuf> = names
            .iter()
            .map(|name| {
                Path::new(name)
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default()
            })
            .collect();
        Listed(
            folders
                .into_iter()
                .map(|folder| {
                    // A folder that is not there holds nothing; one that
                    // cannot be listed may hold anything.
                    let entries = match std::fs::read_dir(dir.join(&folder)) {
                        Ok(list) => Some(list.filter_map(|e| Some(e.ok()?.file_name())).collect()),
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(HashSet::new()),
                        Err(_) => None,
                    };
                    (folder, entries)
                })
                .collect(),
        )
    }

    /// Whether `name` may be in the folder: listed there, or in a folder
    /// that could not be listed.
    fn may_hold(&self, name: &str) -> bool {
        let path = Path::new(name);
        let folder = path.parent().unwrap_or(Path::new(""));
        match (self.0.get(folder), path.file_name()) {
            (Some(Some(entries)), Some(file)) => entries.contains(file),
            _ => true,
        }
    }
}

/// The previous run's manifest: `digest TAB size TAB name` per line (older
/// manifests have no size, and SHA-256 digests).
fn read_manifest(dir: &Path) -> BTreeMap<String, Recorded> {
    std::fs::read_to_string(dir.join(MANIFEST))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| match l.split('\t').collect::<Vec<_>>().as_slice() {
            [digest, size, name] => Some((
                name.to_string(),
                Recorded {
                    digest: FileDigest::parse(digest),
                    size: size.parse().ok(),
                },
            )),
            [digest, name] => Some((
                name.to_string(),
                Recorded {
                    digest: FileDigest::parse(digest),
                    size: None,
                },
            )),
            _ => None,
        })
        .collect()
}

/// The file whose lock marks a run writing the folder. It stays in place
/// (removing a lock file races with the next run that opens it).
pub const LOCK: &str = ".langaward-lock";

/// Written once every new file is staged and before the first one moves
/// into place: it lists the whole switch, so a run killed half-way through
/// it is finished by the next run, which then finds exactly the new report.
pub const JOURNAL: &str = ".langaward-journal";

/// Staging folders are named with this prefix and the run's process id;
/// leftovers of interrupted runs are removed under the lock.
pub const STAGING: &str = ".langaward-staging";

/// An exclusive lock on an output folder, held while a run writes it, so
/// two runs into one folder cannot mix their files: the second one stops.
struct FolderLock {
    dir: PathBuf,
    _file: std::fs::File,
}

impl FolderLock {
    /// Creates the folder if needed and locks it, or says that another run
    /// is writing it. The lock goes with the process, even a killed one.
    fn acquire(dir: &Path) -> Result<FolderLock, OutputError> {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let path = dir.join(LOCK);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io(&path))?;
        match file.try_lock() {
            Ok(()) => Ok(FolderLock {
                dir: dir.to_path_buf(),
                _file: file,
            }),
            Err(std::fs::TryLockError::WouldBlock) => Err(OutputError::Busy {
                dir: dir.to_path_buf(),
            }),
            Err(std::fs::TryLockError::Error(e)) => Err(io(&path)(e)),
        }
    }
}

/// Removes staging folders of earlier runs; only ever called under the lock.
fn remove_stale_staging(dir: &Path) -> Result<(), OutputError> {
    let entries = std::fs::read_dir(dir).map_err(io(dir))?;
    for entry in entries.filter_map(Result::ok) {
        if entry.file_name().to_string_lossy().starts_with(STAGING) {
            let path = entry.path();
            let removed = if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
            removed.map_err(io(&path))?;
        }
    }
    Ok(())
}

/// A file of the previous run that nobody edited since (or one that cannot
/// be read, which no user could have meant to keep). The size alone tells
/// most edits; only a file of the recorded size is read to be sure.
fn ours(previous: &BTreeMap<String, Recorded>, name: &str, path: &Path) -> bool {
    let Some(recorded) = previous.get(name) else {
        return false;
    };
    let size = std::fs::metadata(path).map(|m| m.len());
    if let (Ok(size), Some(expected)) = (&size, recorded.size)
        && *size != expected
    {
        return false;
    }
    recorded.digest.matches_file(path).unwrap_or(false) || size.is_err()
}

/// What the writing threads record as they go.
#[derive(Default)]
struct Progress {
    written: Vec<Entry>,
    /// Folders already made inside staging, so each is created once.
    made: HashSet<PathBuf>,
    /// Files of the previous run edited since, found while writing.
    edited: Vec<String>,
}

/// Writes a report folder file by file, under the folder's lock, from any
/// number of threads. Checks for user files before the first write, so a
/// refused run changes nothing.
pub struct ReportWriter {
    lock: FolderLock,
    /// New files wait here until every one is written, so a run that is
    /// killed or runs out of disk leaves the previous report as it was.
    staging: PathBuf,
    previous: BTreeMap<String, Recorded>,
    force: bool,
    /// The report folder as `begin` listed it (none with `force`): a name
    /// it did not hold is not asked after again when its file is written,
    /// which in a new folder saved a failing lookup per page.
    listed: Option<Listed>,
    progress: std::sync::Mutex<Progress>,
}

impl ReportWriter {
    /// Finishes any switch an interrupted run left half done, then refuses,
    /// before writing anything, to replace any of `names` that langaward did
    /// not write or whose size changed since (unless `force`). An edit that
    /// kept a file's size is caught when the file would be replaced.
    pub fn begin(dir: &Path, names: &[String], force: bool) -> Result<ReportWriter, OutputError> {
        let lock = FolderLock::acquire(dir)?;
        let dir = lock.dir.clone();
        recover(&dir)?;
        remove_stale_staging(&dir)?;
        let previous = read_manifest(&dir);
        let listed = (!force).then(|| Listed::of(&dir, names));
        if let Some(listed) = &listed {
            let conflicts: Vec<String> = names
                .iter()
                .filter(|name| listed.may_hold(name))
                .filter(|name| {
                    let on_disk = std::fs::metadata(dir.join(name)).ok();
                    match (on_disk, previous.get(name.as_str())) {
                        (None, _) => false,
                        (Some(_), None) => true,
                        (Some(meta), Some(recorded)) => {
                            recorded.size.is_some_and(|size| size != meta.len())
                        }
                    }
                })
                .cloned()
                .collect();
            if !conflicts.is_empty() {
                return Err(OutputError::WouldOverwrite {
                    dir: dir.clone(),
                    files: conflicts,
                });
            }
        }
        let staging = dir.join(format!("{STAGING}-{}", std::process::id()));
        std::fs::create_dir(&staging).map_err(io(&staging))?;
        Ok(ReportWriter {
            lock,
            staging,
            previous,
            force,
            listed,
            progress: std::sync::Mutex::new(Progress::default()),
        })
    }

    fn progress(&self) -> std::sync::MutexGuard<'_, Progress> {
        self.progress
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The previous run wrote exactly these bytes under this name and they
    /// are still there: the file need not be written again.
    fn unchanged(&self, name: &str, digest: &FileDigest, size: u64) -> bool {
        self.previous
            .get(name)
            .is_some_and(|r| r.digest == *digest && r.size == Some(size))
            && std::fs::metadata(self.lock.dir.join(name)).is_ok_and(|m| m.len() == size)
    }

    /// Writes one file into the staging folder, or leaves the file in place
    /// when it would not change. Safe to call from several threads.
    pub fn write(&self, file: OutputFile) -> Result<(), OutputError> {
        let entry = match file.content {
            Content::Bytes(bytes) => {
                let digest = FileDigest::of(&bytes);
                let size = bytes.len() as u64;
                if !self.unchanged(&file.name, &digest, size) {
                    if !self.replaceable(&file.name) {
                        self.progress().edited.push(file.name);
                        return Ok(());
                    }
                    let path = self.staged(&file.name)?;
                    std::fs::write(&path, &bytes).map_err(io(&path))?;
                }
                Entry {
                    name: file.name,
                    digest,
                    size,
                }
            }
            Content::Stream(write) => {
                if !self.replaceable(&file.name) {
                    self.progress().edited.push(file.name);
                    return Ok(());
                }
                let path = self.staged(&file.name)?;
                let (digest, size) = write_hashed(&path, write)?;
                Entry {
                    name: file.name,
                    digest,
                    size,
                }
            }
        };
        self.progress().written.push(entry);
        Ok(())
    }

    /// A file that may be replaced: forced, absent, or langaward's own and
    /// unedited (the one case that reads the old file). A name the folder
    /// did not hold when `begin` listed it is absent: the folder is locked
    /// against other runs, and a file put there by hand while this run
    /// writes could as well arrive after this check as before it.
    fn replaceable(&self, name: &str) -> bool {
        if self.force || self.listed.as_ref().is_some_and(|l| !l.may_hold(name)) {
            return true;
        }
        let path = self.lock.dir.join(name);
        !path.exists() || ours(&self.previous, name, &path)
    }

    /// The path of `name` in staging, its folder made if needed. The folder
    /// is made while the lock is held, so no other thread writes into it
    /// before it exists.
    fn staged(&self, name: &str) -> Result<PathBuf, OutputError> {
        let path = self.staging.join(name);
        if let Some(parent) = path.parent() {
            let mut progress = self.progress();
            if !progress.made.contains(parent) {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
                progress.made.insert(parent.to_path_buf());
            }
        }
        Ok(path)
    }

    /// Moves every staged file into place. The whole switch is first written
    /// to a journal, so a run killed while files are being renamed leaves a
    /// folder the next run completes (never a mix that needs `--force`).
    /// Files of the previous run that this run no longer produces are
    /// removed, unless someone edited them.
    pub fn finish(self) -> Result<(), OutputError> {
        let (journal, lock) = self.commit()?;
        journal.apply(&lock.dir)
    }

    /// Writes the journal of the switch; from here on the new report is
    /// what the folder will hold, whatever happens to this process.
    fn commit(self) -> Result<(Journal, FolderLock), OutputError> {
        let progress = self
            .progress
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let dir = self.lock.dir.clone();
        if !progress.edited.is_empty() {
            let _ = std::fs::remove_dir_all(&self.staging);
            let mut files = progress.edited;
            files.sort();
            return Err(OutputError::WouldOverwrite { dir, files });
        }
        let mut written = progress.written;
        written.sort_by(|a, b| a.name.cmp(&b.name));
        let twice = written.windows(2).find_map(|w| match w {
            [a, b] if a.name == b.name => Some(a.name.clone()),
            _ => None,
        });
        if let Some(name) = twice {
            let _ = std::fs::remove_dir_all(&self.staging);
            return Err(OutputError::Twice { name });
        }
        let produced: HashSet<&str> = written.iter().map(|e| e.name.as_str()).collect();
        let remove = self
            .previous
            .keys()
            .filter(|name| !produced.contains(name.as_str()))
            .filter(|name| {
                let path = dir.join(name);
                path.is_file() && ours(&self.previous, name, &path)
            })
            .cloned()
            .collect();
        let journal = Journal {
            staging: self
                .staging
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            files: written,
            remove,
        };
        write_atomic(&dir.join(JOURNAL), |w| {
            w.write_all(journal.to_text().as_bytes())
        })?;
        Ok((journal, self.lock))
    }
}

/// Streams a file's content into a fresh file while hashing it.
fn write_hashed(path: &Path, write: WriteFn) -> Result<(FileDigest, u64), OutputError> {
    let file = std::fs::File::create(path).map_err(io(path))?;
    let mut out = std::io::BufWriter::with_capacity(
        64 * 1024,
        Hashing {
            inner: file,
            hasher: FileHasher::default(),
            size: 0,
        },
    );
    write(&mut out).map_err(io(path))?;
    let hashed = out.into_inner().map_err(|e| io(path)(e.into_error()))?;
    Ok((hashed.hasher.finish(), hashed.size))
}

/// Temporary file in the same folder, then renamed over the target: a
/// reader, or a run killed half-way, sees the old file or the new one, never
/// half of one.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), OutputError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".langaward-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    let tmp = builder.tempfile_in(dir).map_err(io(path))?;
    let mut out = std::io::BufWriter::new(tmp);
    write(&mut out).map_err(io(path))?;
    let tmp = out.into_inner().map_err(|e| io(path)(e.into_error()))?;
    tmp.persist(path).map_err(|e| OutputError::Io {
        path: path.to_path_buf(),
        source: e.error,
    })?;
    Ok(())
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

    fn staged(dir: &Path, files: &[(&str, &str)]) -> ReportWriter {
        let names: Vec<String> = files.iter().map(|(n, _)| n.to_string()).collect();
        let w = ReportWriter::begin(dir, &names, false).unwrap();
        for (name, text) in files {
            w.write(file(name, text)).unwrap();
        }
        w
    }

    fn read(dir: &Path, name: &str) -> String {
        std::fs::read_to_string(dir.join(name)).unwrap_or_else(|_| "(none)".into())
    }

    #[test]
    fn files_of_others_are_found_at_the_top_and_in_subfolders_before_a_run() {
        let dir = tempfile::tempdir().unwrap();
        let names: Vec<String> = ["index.html", "scorecards/a.en.html", "scorecards/b.en.html"]
            .map(String::from)
            .to_vec();
        // A new folder, and one without the subfolder, hold nothing.
        assert!(ReportWriter::begin(dir.path(), &names, false).is_ok());
        std::fs::write(dir.path().join("index.html"), "mine").unwrap();
        std::fs::create_dir(dir.path().join("scorecards")).unwrap();
        std::fs::write(dir.path().join("scorecards/b.en.html"), "mine").unwrap();
        std::fs::write(dir.path().join("scorecards/c.en.html"), "mine").unwrap();
        match ReportWriter::begin(dir.path(), &names, false) {
            Err(OutputError::WouldOverwrite { files, .. }) => {
                assert_eq!(files, ["index.html", "scorecards/b.en.html"]);
            }
            other => panic!("{:?}", other.err()),
        }
        let listed = Listed::of(dir.path(), &names);
        assert!(listed.may_hold("scorecards/b.en.html"));
        assert!(!listed.may_hold("scorecards/a.en.html"));
        assert!(!listed.may_hold("results.csv"));
    }

    #[test]
    fn a_switch_cut_short_is_finished_by_the_next_run() {
        let dir = tempfile::tempdir().unwrap();
        let old = [
            ("a.html", "old a"),
            ("sub/b.html", "old b"),
            ("gone.html", "old"),
        ];
        staged(dir.path(), &old).finish().unwrap();
        let new = [
            ("a.html", "new a"),
            ("sub/b.html", "new b"),
            ("c.html", "new c"),
        ];
        let (journal, lock) = staged(dir.path(), &new).commit().unwrap();
        // Killed after the first rename: old and new files side by side.
        let staging = dir.path().join(&journal.staging);
        std::fs::rename(staging.join("a.html"), dir.path().join("a.html")).unwrap();
        drop(lock);
        assert_eq!(read(dir.path(), "a.html"), "new a");
        assert_eq!(read(dir.path(), "sub/b.html"), "old b");
        // The next run finishes the switch before anything else, without --force.
        let names = vec!["a.html".to_string()];
        let w = ReportWriter::begin(dir.path(), &names, false).unwrap();
        for (name, text) in new {
            assert_eq!(read(dir.path(), name), text);
        }
        assert_eq!(read(dir.path(), "gone.html"), "(none)");
        assert!(!dir.path().join(JOURNAL).exists());
        assert!(read(dir.path(), MANIFEST).contains("\tc.html\n"));
        drop(w);
    }

    #[test]
    fn a_write_that_fails_leaves_the_previous_report_and_no_staging() {
        let dir = tempfile::tempdir().unwrap();
        staged(dir.path(), &[("a.html", "old a")]).finish().unwrap();
        let names = vec!["a.html".to_string(), "b.html".to_string()];
        let w = ReportWriter::begin(dir.path(), &names, false).unwrap();
        w.write(file("a.html", "new a")).unwrap();
        let full = std::io::Error::new(std::io::ErrorKind::StorageFull, "disk full");
        let failed = w.write(OutputFile {
            name: "b.html".into(),
            content: Content::Stream(Box::new(move |_| Err(full))),
        });
        assert!(matches!(failed, Err(OutputError::Io { .. })));
        drop(w);
        assert_eq!(read(dir.path(), "a.html"), "old a");
        staged(dir.path(), &[("a.html", "new a")]).finish().unwrap();
        assert_eq!(read(dir.path(), "a.html"), "new a");
    }

    #[cfg(unix)]
    fn inode(dir: &Path, name: &str) -> u64 {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(dir.join(name)).unwrap().ino()
    }

    #[cfg(unix)]
    #[test]
    fn files_that_would_not_change_are_left_in_place() {
        let dir = tempfile::tempdir().unwrap();
        staged(dir.path(), &[("a.html", "one"), ("sub/b.html", "two")])
            .finish()
            .unwrap();
        let (a, b) = (inode(dir.path(), "a.html"), inode(dir.path(), "sub/b.html"));
        staged(dir.path(), &[("a.html", "one"), ("sub/b.html", "TWO!")])
            .finish()
            .unwrap();
        assert_eq!(inode(dir.path(), "a.html"), a, "not rewritten");
        assert_ne!(inode(dir.path(), "sub/b.html"), b);
        assert_eq!(read(dir.path(), "sub/b.html"), "TWO!");
        assert!(read(dir.path(), MANIFEST).contains("\t3\ta.html\n"));
    }

    /// Every file and folder under `dir`, '/'-separated (folders end in
    /// '/'), with the files' text.
    fn tree(dir: &Path) -> BTreeMap<String, String> {
        fn walk(dir: &Path, prefix: &str, out: &mut BTreeMap<String, String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let entry = entry.unwrap();
                let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
                if entry.file_type().unwrap().is_dir() {
                    walk(&entry.path(), &format!("{name}/"), out);
                    out.insert(format!("{name}/"), String::new());
                } else {
                    out.insert(name, std::fs::read_to_string(entry.path()).unwrap());
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(dir, "", &mut out);
        out
    }

    /// A report with a folder, and a folder inside it.
    const NEW: [(&str, &str); 4] = [
        ("a.html", "new a"),
        ("sub/b.html", "new b"),
        ("sub/deep/c.html", "new c"),
        ("sub/d.html", "new d"),
    ];

    #[cfg(unix)]
    #[test]
    fn a_new_folder_moves_in_one_rename_and_ends_as_if_file_by_file() {
        let whole = tempfile::tempdir().unwrap();
        let w = staged(whole.path(), &NEW);
        let sub = inode(&w.staging, "sub");
        w.finish().unwrap();
        assert_eq!(inode(whole.path(), "sub"), sub, "moved whole");
        // An empty folder in the way is entered, not replaced: its files
        // move one by one, and only the folder new inside it moves whole.
        let by_file = tempfile::tempdir().unwrap();
        std::fs::create_dir(by_file.path().join("sub")).unwrap();
        let sub = inode(by_file.path(), "sub");
        let w = staged(by_file.path(), &NEW);
        let deep = inode(&w.staging, "sub/deep");
        w.finish().unwrap();
        assert_eq!(inode(by_file.path(), "sub"), sub);
        assert_eq!(inode(by_file.path(), "sub/deep"), deep);
        assert_eq!(tree(whole.path()), tree(by_file.path()));
        assert!(tree(whole.path()).contains_key("sub/deep/c.html"));
    }

    #[cfg(unix)]
    #[test]
    fn a_switch_cut_short_around_a_folder_move_is_finished_by_the_next_run() {
        let old = [("a.html", "old a"), ("gone.html", "old")];
        let reference = tempfile::tempdir().unwrap();
        staged(reference.path(), &old).finish().unwrap();
        staged(reference.path(), &NEW).finish().unwrap();
        // Killed before anything moved, after `sub` moved whole, and after
        // `a.html` moved too (the manifest still the old one).
        for moved in [&[][..], &["sub"], &["sub", "a.html"]] {
            let dir = tempfile::tempdir().unwrap();
            staged(dir.path(), &old).finish().unwrap();
            let (journal, lock) = staged(dir.path(), &NEW).commit().unwrap();
            let staging = dir.path().join(&journal.staging);
            let sub = inode(&staging, "sub");
            for name in moved {
                std::fs::rename(staging.join(name), dir.path().join(name)).unwrap();
            }
            drop(lock);
            assert_eq!(read(dir.path(), "gone.html"), "old", "{moved:?}");
            recover(dir.path()).unwrap();
            assert_eq!(inode(dir.path(), "sub"), sub, "{moved:?}");
            assert_eq!(tree(dir.path()), tree(reference.path()), "{moved:?}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_second_run_moves_file_by_file_and_leaves_unchanged_files_alone() {
        let dir = tempfile::tempdir().unwrap();
        staged(dir.path(), &NEW).finish().unwrap();
        let kept = ["a.html", "sub", "sub/deep", "sub/b.html", "sub/deep/c.html"];
        let inodes = kept.map(|name| inode(dir.path(), name));
        let d = inode(dir.path(), "sub/d.html");
        let next = [
            ("a.html", "new a"),
            ("sub/b.html", "new b"),
            ("sub/deep/c.html", "new c"),
            ("sub/d.html", "changed d"),
            ("sub/e.html", "new e"),
            ("sub/more/f.html", "new f"),
        ];
        staged(dir.path(), &next).finish().unwrap();
        assert_eq!(kept.map(|name| inode(dir.path(), name)), inodes);
        assert_ne!(inode(dir.path(), "sub/d.html"), d);
        // The same report as a first run of it into a new folder.
        let fresh = tempfile::tempdir().unwrap();
        staged(fresh.path(), &next).finish().unwrap();
        assert_eq!(tree(dir.path()), tree(fresh.path()));
    }

    #[test]
    fn what_is_in_the_place_of_a_new_folder_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("sub"), "mine").unwrap();
        let failed = staged(dir.path(), &NEW).finish();
        assert!(matches!(failed, Err(OutputError::Io { .. })));
        assert_eq!(read(dir.path(), "sub"), "mine");
        #[cfg(unix)]
        {
            let dir = tempfile::tempdir().unwrap();
            std::os::unix::fs::symlink("nowhere", dir.path().join("sub")).unwrap();
            let failed = staged(dir.path(), &NEW).finish();
            assert!(matches!(failed, Err(OutputError::Io { .. })));
            let link = std::fs::read_link(dir.path().join("sub")).unwrap();
            assert_eq!(link, Path::new("nowhere"));
        }
    }

    #[test]
    fn an_edit_that_keeps_the_size_is_caught_before_it_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        staged(dir.path(), &[("a.html", "one")]).finish().unwrap();
        std::fs::write(dir.path().join("a.html"), "ONE").unwrap();
        let refused = staged(dir.path(), &[("a.html", "two")]).finish();
        assert!(
            matches!(&refused, Err(OutputError::WouldOverwrite { files, .. }) if files == &["a.html"])
        );
        assert_eq!(read(dir.path(), "a.html"), "ONE");
        // An edit that changes the size is refused before anything is written.
        std::fs::write(dir.path().join("a.html"), "edited").unwrap();
        let names = vec!["a.html".to_string()];
        assert!(matches!(
            ReportWriter::begin(dir.path(), &names, false),
            Err(OutputError::WouldOverwrite { .. })
        ));
    }

    /// `begin`'s listing answers only for the names it was given: a file
    /// written under another name, in a folder it did not list, is still
    /// looked for on disk, and a user's file there is not replaced.
    #[test]
    fn a_name_begin_was_not_given_is_looked_for_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("notes")).unwrap();
        std::fs::write(dir.path().join("notes/x.html"), "mine").unwrap();
        let names = vec!["a.html".to_string()];
        let w = ReportWriter::begin(dir.path(), &names, false).unwrap();
        w.write(file("a.html", "new")).unwrap();
        w.write(file("notes/x.html", "theirs")).unwrap();
        let refused = w.finish();
        assert!(
            matches!(&refused, Err(OutputError::WouldOverwrite { files, .. }) if files == &["notes/x.html"])
        );
        assert_eq!(read(dir.path(), "notes/x.html"), "mine");
    }

    #[test]
    fn files_written_from_many_threads_find_their_folders() {
        let dir = tempfile::tempdir().unwrap();
        let names: Vec<String> = (0..400).map(|i| format!("d{}/f{i}.html", i % 7)).collect();
        let w = ReportWriter::begin(dir.path(), &names, false).unwrap();
        std::thread::scope(|s| {
            for chunk in names.chunks(50) {
                let w = &w;
                s.spawn(move || {
                    for name in chunk {
                        w.write(file(name, name)).unwrap();
                    }
                });
            }
        });
        w.finish().unwrap();
        assert_eq!(read(dir.path(), "d3/f3.html"), "d3/f3.html");
    }

    #[test]
    fn a_second_run_into_a_locked_folder_stops() {
        let dir = tempfile::tempdir().unwrap();
        let first = staged(dir.path(), &[("a.html", "one")]);
        let names = vec!["a.html".to_string()];
        let second = ReportWriter::begin(dir.path(), &names, false);
        assert!(matches!(second, Err(OutputError::Busy { .. })));
        first.finish().unwrap();
        assert!(ReportWriter::begin(dir.path(), &names, false).is_ok());
    }

    #[test]
    fn leftover_staging_folders_are_removed_under_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".langaward-staging-1/x")).unwrap();
        std::fs::write(dir.path().join(".langaward-staging-2"), "x").unwrap();
        staged(dir.path(), &[("a.html", "one")]).finish().unwrap();
        let left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(STAGING))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn a_journal_reads_back_as_written() {
        let journal = Journal {
            staging: ".langaward-staging-7".into(),
            files: vec![Entry {
                name: "scorecards/a b.html".into(),
                digest: FileDigest::of(b"a b"),
                size: 12,
            }],
            remove: vec!["old.html".into()],
        };
        assert_eq!(Journal::parse(&journal.to_text()), Some(journal));
        assert_eq!(Journal::parse("not a journal"), None);
    }

    #[test]
    fn a_folder_an_older_version_recorded_in_sha256_stays_ours() {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in [("a.html", "one"), ("b.html", "two")] {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let sha = |text: &str| crate::digest::sha256_hex(text.as_bytes());
        let old = format!("{}\t3\ta.html\n{}\t3\tb.html\n", sha("one"), sha("two"));
        std::fs::write(dir.path().join(MANIFEST), old).unwrap();
        // An edit that kept the size is still caught by the old digest.
        std::fs::write(dir.path().join("b.html"), "TWO").unwrap();
        let refused = staged(dir.path(), &[("a.html", "new"), ("b.html", "new")]).finish();
        assert!(
            matches!(&refused, Err(OutputError::WouldOverwrite { files, .. }) if files == &["b.html"])
        );
        staged(dir.path(), &[("a.html", "new")]).finish().unwrap();
        assert_eq!(read(dir.path(), "a.html"), "new");
        let manifest = read(dir.path(), MANIFEST);
        assert_eq!(manifest, format!("{}\t3\ta.html\n", FileDigest::of(b"new")));
        assert_eq!(read(dir.path(), "b.html"), "TWO", "an edited file is kept");
    }

    #[test]
    fn a_file_written_twice_moves_nothing_into_place() {
        let dir = tempfile::tempdir().unwrap();
        let names = ["a.html".to_string(), "b.html".to_string()];
        let w = ReportWriter::begin(dir.path(), &names, false).unwrap();
        w.write(file("a.html", "one")).unwrap();
        w.write(file("b.html", "two")).unwrap();
        w.write(file("a.html", "again")).unwrap();
        let refused = w.finish().unwrap_err();
        assert!(matches!(&refused, OutputError::Twice { name } if name == "a.html"));
        assert!(!dir.path().join("a.html").exists());
        assert!(!dir.path().join(MANIFEST).exists());
    }
}
