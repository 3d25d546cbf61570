//! Content digests that tie every report to the exact inputs behind it.

use sha2::{Digest, Sha256};
use std::fmt::Write;
use xxhash_rust::xxh3;

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
/// edited. Only langaward reads it back, and it guards against slips, not
/// forgery: nobody gains by making an edited file look like langaward's own,
/// since the run would then only replace it with the report. So it need not
/// be cryptographic: XXH3-128 hashes the hundreds of megabytes a large report
/// writes several times faster than BLAKE3 (BENCHMARKS.md), and 128 bits
/// leave no room for a chance collision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileDigest {
    /// Written as `xxh3:` and 32 hex digits (the canonical XXH3-128 form,
    /// high half first); kept as a number, since a large report holds one
    /// for each of thousands of files until the end.
    Xxh3(u128),
    /// Manifests written before XXH3 hold BLAKE3 digests, and before that
    /// bare SHA-256 hex digests; both are still read, so a folder an older
    /// langaward wrote stays its own.
    Blake3(blake3::Hash),
    Sha256(String),
}

impl FileDigest {
    const XXH3: &str = "xxh3:";
    const BLAKE3: &str = "blake3:";

    /// The digest of bytes about to be written.
    pub fn of(bytes: &[u8]) -> FileDigest {
        FileDigest::Xxh3(xxh3::xxh3_128(bytes))
    }

    /// A digest as the manifest writes it. Text that is no digest (a
    /// manifest someone edited) is kept as it is and matches no file.
    pub fn parse(text: &str) -> FileDigest {
        if let Some(hex) = text.strip_prefix(Self::XXH3) {
            let parsed = (hex.len() == 32 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
                .then(|| u128::from_str_radix(hex, 16).ok())
                .flatten();
            if let Some(value) = parsed {
                return FileDigest::Xxh3(value);
            }
        }
        text.strip_prefix(Self::BLAKE3)
            .and_then(|hex| blake3::Hash::from_hex(hex).ok())
            .map_or_else(|| FileDigest::Sha256(text.to_string()), FileDigest::Blake3)
    }

    /// Whether the file at `path` still has this digest, computed the way
    /// this digest was.
    pub fn matches_file(&self, path: &std::path::Path) -> std::io::Result<bool> {
        Ok(match self {
            FileDigest::Xxh3(_) => {
                let mut hasher = FileHasher::default();
                std::io::copy(&mut std::fs::File::open(path)?, &mut hasher)?;
                hasher.finish() == *self
            }
            FileDigest::Blake3(hash) => {
                let mut hasher = blake3::Hasher::new();
                hasher.update_reader(std::fs::File::open(path)?)?;
                hasher.finalize() == *hash
            }
            FileDigest::Sha256(hex) => sha256_file(path)? == *hex,
        })
    }
}

/// A file's [`FileDigest`] computed piece by piece as it is written, so the
/// manifest costs no second read of a file streamed to disk.
#[derive(Default)]
pub struct FileHasher(xxh3::Xxh3Default);

impl FileHasher {
    pub fn finish(&self) -> FileDigest {
        FileDigest::Xxh3(self.0.digest128())
    }
}

impl std::io::Write for FileHasher {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl std::fmt::Display for FileDigest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileDigest::Xxh3(value) => write!(f, "{}{value:032x}", Self::XXH3),
            FileDigest::Blake3(hash) => write!(f, "{}{}", Self::BLAKE3, hash.to_hex()),
            FileDigest::Sha256(hex) => f.write_str(hex),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_reads_back_as_written_in_every_function() {
        let new = FileDigest::of(b"one");
        assert!(new.to_string().starts_with("xxh3:"));
        assert_eq!(new.to_string().len(), "xxh3:".len() + 32);
        assert_eq!(FileDigest::parse(&new.to_string()), new);
        let blake3 = FileDigest::Blake3(blake3::hash(b"one"));
        assert_eq!(FileDigest::parse(&blake3.to_string()), blake3);
        let old = FileDigest::Sha256(sha256_hex(b"one"));
        assert_eq!(FileDigest::parse(&old.to_string()), old);
        assert_ne!(new, old);
        assert_ne!(new, blake3);
        // Text that is no digest never matches a file's.
        for text in [
            "blake3:zz",
            "xxh3:zz",
            "xxh3:+0000000000000000000000000000001",
            "xxh3:1",
        ] {
            assert_eq!(FileDigest::parse(text), FileDigest::Sha256(text.into()));
        }
    }

    #[test]
    fn a_digest_is_the_canonical_xxh3_128_and_the_same_in_pieces() {
        // The reference value of XXH3-128 for empty input (xxhash's test
        // vectors), so the manifest stays readable by any XXH3 tool.
        assert_eq!(
            FileDigest::of(b"").to_string(),
            "xxh3:99aa06d3014798d86001c324468d497f"
        );
        let bytes: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let mut hasher = FileHasher::default();
        for piece in bytes.chunks(7919) {
            std::io::Write::write_all(&mut hasher, piece).unwrap();
        }
        assert_eq!(hasher.finish(), FileDigest::of(&bytes));
    }

    #[test]
    fn a_file_is_checked_with_the_function_its_digest_was_made_with() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.html");
        std::fs::write(&path, "one").unwrap();
        assert!(FileDigest::of(b"one").matches_file(&path).unwrap());
        assert!(
            FileDigest::Blake3(blake3::hash(b"one"))
                .matches_file(&path)
                .unwrap()
        );
        assert!(
            !FileDigest::Blake3(blake3::hash(b"two"))
                .matches_file(&path)
                .unwrap()
        );
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
