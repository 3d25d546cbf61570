//! An input file read from disk once, within the size limit: its bytes are
//! hashed for the report, sniffed and parsed from memory. Opening the file
//! for each of those, and letting the zip reader seek about a buffered file,
//! cost more in system calls than parsing a small workbook.

use super::Limits;
use std::io::Read;
use std::path::Path;

/// What is at an input's path, with its bytes when it is a file that could
/// be read whole.
#[derive(Debug)]
pub enum Loaded {
    /// A regular file within the size limit, whole.
    Bytes(Vec<u8>),
    /// A regular file over the size limit, never read: its size in bytes.
    TooLarge(u64),
    Folder,
    /// Neither a file nor a folder, never opened: opening a FIFO blocks
    /// until someone writes to it, and a device can be read forever.
    Special,
    /// The file could not be opened or read.
    Unreadable(std::io::Error),
}

impl Loaded {
    /// Reads the file at `path` if it is a regular file within
    /// `--max-file-mb`; never more than the limit, even from a file that
    /// grows while it is read.
    pub fn read(path: &Path, limits: &Limits) -> Loaded {
        let max = limits.max_file_bytes;
        let size = match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => return Loaded::Folder,
            Ok(meta) if !meta.is_file() => return Loaded::Special,
            Ok(meta) if meta.len() > max => return Loaded::TooLarge(meta.len()),
            Ok(meta) => meta.len(),
            // Opening the file says what is wrong, as it always has.
            Err(_) => 0,
        };
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or_default());
        let read = std::fs::File::open(path)
            .and_then(|file| file.take(max.saturating_add(1)).read_to_end(&mut bytes));
        match read {
            Err(e) => Loaded::Unreadable(e),
            Ok(n) if n as u64 > max => Loaded::TooLarge(n as u64),
            Ok(_) => Loaded::Bytes(bytes),
        }
    }

    /// The input's sha256 for the report: only a file read whole has one;
    /// folders, pipes, devices, unreadable files and files over the limit
    /// have none.
    pub fn sha256(&self) -> Option<String> {
        match self {
            Loaded::Bytes(bytes) => Some(crate::digest::sha256_hex(bytes)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_whole_within_the_limit_and_not_at_all_over_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("book.xlsx");
        std::fs::write(&path, b"0123456789").unwrap();
        let limits = |max_file_bytes| Limits {
            max_file_bytes,
            ..Limits::default()
        };
        let Loaded::Bytes(bytes) = Loaded::read(&path, &limits(10)) else {
            panic!("not read");
        };
        assert_eq!(bytes, b"0123456789");
        assert!(matches!(
            Loaded::read(&path, &limits(9)),
            Loaded::TooLarge(10)
        ));
        assert!(matches!(
            Loaded::read(dir.path(), &limits(10)),
            Loaded::Folder
        ));
        assert!(matches!(
            Loaded::read(&dir.path().join("none.xlsx"), &limits(10)),
            Loaded::Unreadable(_)
        ));
        assert_eq!(
            Loaded::read(&path, &limits(10)).sha256(),
            Some(crate::digest::sha256_hex(b"0123456789"))
        );
        assert_eq!(Loaded::read(&path, &limits(9)).sha256(), None);
    }
}
