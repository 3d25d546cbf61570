//! Content digests that tie every report to the exact inputs behind it.

use sha2::{Digest, Sha256};
use std::fmt::Write;

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

pub fn hex(digest: &[u8]) -> String {
    digest.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Hashes a file in chunks, so a huge input never has to fit in memory.
/// The chunk lives on the stack: a fresh heap buffer for every input made
/// the allocator hand memory back to the system and fault it in again, for
/// this buffer and the spreadsheet reader's after it.
pub fn sha256_file(path: &std::path::Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = [0u8; 16 * 1024];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(buf.get(..n).unwrap_or_default());
    }
    Ok(hex(&hasher.finalize()))
}

/// A report file's digest as the folder's manifest records it, so a later
/// run can tell the files it would write unchanged and the files someone
/// edited. Only langaward reads it back, so it need not be SHA-256 like the
/// inputs' digests the report shows: BLAKE3 costs a fraction of the time on
/// the hundreds of megabytes a large report writes (BENCHMARKS.md).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileDigest {
    /// Written as `blake3:` and the hex digest; kept as bytes, since a
    /// large report holds one for each of thousands of files until the end.
    Blake3(blake3::Hash),
    /// Manifests written before BLAKE3 hold bare SHA-256 hex digests; they
    /// are still read, so a folder an older langaward wrote stays its own.
    Sha256(String),
}

impl FileDigest {
    const BLAKE3: &str = "blake3:";

    /// The digest of bytes about to be written.
    pub fn of(bytes: &[u8]) -> FileDigest {
        FileDigest::Blake3(blake3::hash(bytes))
    }

    /// A digest as the manifest writes it. Text that is no digest (a
    /// manifest someone edited) is kept as it is and matches no file.
    pub fn parse(text: &str) -> FileDigest {
        text.strip_prefix(Self::BLAKE3)
            .and_then(|hex| blake3::Hash::from_hex(hex).ok())
            .map_or_else(|| FileDigest::Sha256(text.to_string()), FileDigest::Blake3)
    }

    /// Whether the file at `path` still has this digest, computed the way
    /// this digest was.
    pub fn matches_file(&self, path: &std::path::Path) -> std::io::Result<bool> {
        Ok(match self {
            FileDigest::Blake3(hash) => {
                let mut hasher = blake3::Hasher::new();
                hasher.update_reader(std::fs::File::open(path)?)?;
                hasher.finalize() == *hash
            }
            FileDigest::Sha256(hex) => sha256_file(path)? == *hex,
        })
    }
}

impl From<blake3::Hasher> for FileDigest {
    fn from(hasher: blake3::Hasher) -> FileDigest {
        FileDigest::Blake3(hasher.finalize())
    }
}

impl std::fmt::Display for FileDigest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileDigest::Blake3(hash) => write!(f, "{}{}", Self::BLAKE3, hash.to_hex()),
            FileDigest::Sha256(hex) => f.write_str(hex),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_reads_back_as_written_in_both_functions() {
        let new = FileDigest::of(b"one");
        assert!(new.to_string().starts_with("blake3:"));
        assert_eq!(FileDigest::parse(&new.to_string()), new);
        let old = FileDigest::Sha256(sha256_hex(b"one"));
        assert_eq!(FileDigest::parse(&old.to_string()), old);
        assert_ne!(new, old);
        // Text that is no digest never matches a file's.
        assert_eq!(
            FileDigest::parse("blake3:zz"),
            FileDigest::Sha256("blake3:zz".into())
        );
    }

    #[test]
    fn a_file_is_checked_with_the_function_its_digest_was_made_with() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.html");
        std::fs::write(&path, "one").unwrap();
        assert!(FileDigest::of(b"one").matches_file(&path).unwrap());
        assert!(
            FileDigest::Sha256(sha256_hex(b"one"))
                .matches_file(&path)
                .unwrap()
        );
        assert!(!FileDigest::of(b"two").matches_file(&path).unwrap());
        assert!(
            !FileDigest::Sha256(sha256_hex(b"two"))
                .matches_file(&path)
                .unwrap()
        );
    }
}
