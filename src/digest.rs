//! Content digests that tie every report to the exact inputs behind it.

use sha2::{Digest, Sha256};
use std::fmt::Write;

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}
