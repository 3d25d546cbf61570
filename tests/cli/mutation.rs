//! Randomised robustness: real sample workbooks and the real criteria file,
//! corrupted (bit flips, truncation, inserted bytes, reshuffled or dropped
//! zip entries), go through the real reading and validation code. Each must
//! come back with an outcome, never a panic.
//!
//! CI runs proptest's default number of cases; for a long run:
//! `PROPTEST_CASES=100000 cargo test --release --test cli mutation`
//! (`MUTATION_TRACE=1` prints each case, to find one that kills the process).

use crate::root;
use langaward::submission::{Limits, Read};
use proptest::prelude::*;
use std::io::{Read as _, Write as _};

/// The samples, and two files as real programs save them: Gnumeric's
/// indented .ods (read through the content.xml rewrite) and LibreOffice's
/// .xls (a directory only the permissive compound-file reader accepts).
fn seeds() -> Vec<Vec<u8>> {
    [
        "submissions/mof.xlsx",
        "submissions/kjc.xlsx",
        "submissions/gjilan.ods",
        "submissions/cec.xls",
        "submissions/mitrovica-north.xlsx",
        "tests/fixtures/real/gnumeric/ods/gjilan.ods",
        "tests/fixtures/real/libreoffice/xls/cec.xls",
    ]
    .iter()
    .map(|f| std::fs::read(root().join(f)).unwrap())
    .collect()
}

fn criteria() -> langaward::criteria::Criteria {
    langaward::criteria::parse(&std::fs::read(root().join("criteria/2026.yaml")).unwrap())
        .unwrap()
        .0
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip {
        at: usize,
        bit: u8,
    },
    Truncate {
        keep: usize,
    },
    Insert {
        at: usize,
        bytes: Vec<u8>,
    },
    Overwrite {
        at: usize,
        bytes: Vec<u8>,
    },
    /// Rewrites the zip with its entries in another order, one dropped or renamed.
    Shuffle {
        rotate: usize,
        drop: Option<usize>,
        rename: Option<usize>,
    },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        any::<usize>().prop_map(|keep| Mutation::Truncate { keep }),
        (
            any::<usize>(),
            proptest::collection::vec(any::<u8>(), 1..64)
        )
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (
            any::<usize>(),
            proptest::collection::vec(any::<u8>(), 1..16)
        )
            .prop_map(|(at, bytes)| Mutation::Overwrite { at, bytes }),
        (
            any::<usize>(),
            proptest::option::of(any::<usize>()),
            proptest::option::of(any::<usize>())
        )
            .prop_map(|(rotate, drop, rename)| Mutation::Shuffle {
                rotate,
                drop,
                rename
            }),
    ]
}

fn apply(mut bytes: Vec<u8>, m: &Mutation) -> Vec<u8> {
    let len = bytes.len().max(1);
    match m {
        Mutation::Flip { at, bit } => {
            if let Some(b) = bytes.get_mut(at % len) {
                *b ^= 1 << bit;
            }
        }
        Mutation::Truncate { keep } => bytes.truncate(keep % len),
        Mutation::Insert { at, bytes: new } => {
            let at = at % len;
            bytes.splice(at..at, new.iter().copied());
        }
        Mutation::Overwrite { at, bytes: new } => {
            for (i, b) in new.iter().enumerate() {
                if let Some(slot) = bytes.get_mut((at + i) % len) {
                    *slot = *b;
                }
            }
        }
        Mutation::Shuffle {
            rotate,
            drop,
            rename,
        } => return shuffle(&bytes, *rotate, *drop, *rename).unwrap_or(bytes),
    }
    bytes
}

fn shuffle(
    bytes: &[u8],
    rotate: usize,
    drop: Option<usize>,
    rename: Option<usize>,
) -> Option<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut entries = Vec::new();
    for i in 0..archive.len() {
        let mut e = archive.by_index(i).ok()?;
        let name = e.name().ok()?.to_string();
        let mut content = Vec::new();
        e.read_to_end(&mut content).ok()?;
        entries.push((name, content));
    }
    let n = entries.len().max(1);
    entries.rotate_left(rotate % n);
    if let Some(d) = drop {
        entries.remove(d % n);
    }
    if let Some(r) = rename
        && let Some(entry) = entries.get_mut(r % n)
    {
        entry.0.push_str(".bak");
    }
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in entries {
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .ok()?;
        out.write_all(&content).ok()?;
    }
    Some(out.finish().ok()?.into_inner())
}

proptest! {
    #[test]
    fn corrupted_workbooks_get_an_outcome(seed in 0usize..7, m in mutation(), ext in 0usize..3) {
        let seeds = seeds();
        let bytes = apply(seeds[seed % seeds.len()].clone(), &m);
        if std::env::var_os("MUTATION_TRACE").is_some() { eprintln!("TRY seed={seed} ext={ext} {m:?}"); }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(["a.xlsx", "a.ods", "a.xls"][ext]);
        std::fs::write(&path, &bytes).unwrap();
        let outcome = langaward::submission::read(&path, &criteria(), &Limits::default());
        let explained = match &outcome {
            Read::Usable { .. } => true,
            Read::Rejected { findings } => !findings.is_empty(),
            Read::Skipped { .. } => true,
        };
        prop_assert!(explained, "{m:?} gave {outcome:?}");
    }

    #[test]
    fn corrupted_criteria_files_get_an_outcome(m in mutation()) {
        let yaml = std::fs::read(root().join("criteria/2026.yaml")).unwrap();
        let bytes = apply(yaml, &m);
        if let Err(problems) = langaward::criteria::parse(&bytes) {
            prop_assert!(!problems.is_empty());
        }
    }
}
