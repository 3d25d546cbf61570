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
