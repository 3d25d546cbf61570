//! Runs that are killed at any moment, or that race each other into the
//! same folder: the report is always the old one or the new one, and the
//! next run completes without `--force`.

use crate::fixtures::{Book, s};
use crate::{langaward, workspace};
use std::path::Path;
use std::time::{Duration, Instant};

/// Every file of a report folder with its bytes, langaward's bookkeeping
/// (lock, journal, staging) aside.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    crate::files_under(dir)
        .into_iter()
        .filter(|f| !f.starts_with(".langaward-lock") && !f.starts_with(".langaward-staging"))
        .filter(|f| f != ".langaward-journal")
        .map(|f| {
            let bytes = std::fs::read(dir.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

/// `n` applicants; `version` changes one sign, so each version's report
/// differs in a few files.
fn applicants(dir: &Path, n: usize, version: u32) {
    for i in 0..n {
        let book = Book::valid(&format!("inst-{i:03}"), "ministry");
        let book = if version % 2 == 1 && i == 0 {
            book.set("Signage", 2, 2, s("Zyra e pritjes"))
        } else {
            book
        };
        book.write(&dir.join(format!("submissions/inst-{i:03}.xlsx")));
    }
}

fn run(dir: &Path) -> std::process::Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin!("langaward"))
        .current_dir(dir)
        .args(["--quiet", "--lang", "en,sq"])
        .spawn()
        .unwrap()
}

#[test]
fn a_run_killed_at_any_moment_leaves_the_old_or_the_new_report() {
    let ws = workspace();
    let report = ws.path().join("report");
    applicants(ws.path(), 150, 0);
    let started = Instant::now();
    assert!(run(ws.path()).wait().unwrap().success());
    let duration = started.elapsed();
    let mut expected = vec![snapshot(&report)];
    // Kill while files are staged, and as soon as the journal says they
    // are being moved into place (busy-polling for it: the renames take
    // milliseconds).
    // A kill that misses the renames (a busy machine can finish them
    // between two polls) is followed by another, a few times at most.
    let moments = [
        Some(0.5),
        None,
        Some(0.85),
        None,
        Some(0.97),
        None,
        None,
        None,
        None,
    ];
    let mut renaming = 0;
    for (trial, moment) in moments.into_iter().enumerate() {
        if trial >= 5 && renaming > 0 {
            break;
        }
        let version = trial as u32 + 1;
        applicants(ws.path(), 1, version);
        let mut child = run(ws.path());
        match moment {
            Some(fraction) => std::thread::sleep(duration.mul_f64(fraction)),
            None => {
                let journal = report.join(".langaward-journal");
                while !journal.exists() && child.try_wait().unwrap().is_none() {}
            }
        }
        // On a busy machine the run may finish before the kill lands: then
        // there was nothing to interrupt, and its new report is in place.
        let _ = child.kill();
        let killed = !child.wait().unwrap().success();
        // Killed with no journal: before the switch, or after it finished
        // but before the process ended (it still frees its memory and its
        // temporary files), so the folder holds the old report or the new
        // one, each whole; the new one is known once the next run has made it.
        let mut unjournalled = None;
        if killed && report.join(".langaward-journal").exists() {
            // Old and new files side by side until the next run finishes the switch.
            renaming += 1;
        } else if killed {
            unjournalled = Some(snapshot(&report));
        }
        // The next run, without --force, completes; the folder then holds
        // exactly this version's report.
        langaward(ws.path())
            .args(["--quiet", "--lang", "en,sq"])
            .assert()
            .code(0);
        let now = snapshot(&report);
        assert!(
            now.iter().any(|(f, _)| f.ends_with("inst-000.en.html")),
            "trial {trial}: the report is whole"
        );
        if let Some(left) = unjournalled {
            let last = expected.last().unwrap();
            assert!(
                left == *last || left == now,
                "trial {trial}: killed outside the switch, the old or the new report is whole"
            );
        }
        expected.push(now);
        assert!(!report.join(".langaward-journal").exists());
        let leftovers = std::fs::read_dir(&report)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with(".langaward-staging")
            })
            .count();
        assert_eq!(leftovers, 0, "trial {trial}");
    }
    assert!(
        renaming >= 1,
        "no kill landed while files were moved into place"
    );
    // Versions alternate, so every other report is the same.
    for (a, b) in expected.iter().skip(1).zip(expected.iter().skip(3)) {
        assert!(a == b);
    }
    assert!(expected[1] != expected[2]);
}

#[test]
fn a_second_run_into_a_folder_being_written_stops() {
    let ws = workspace();
    applicants(ws.path(), 150, 0);
    let second = ws.path().join("other");
    std::fs::create_dir_all(second.join("submissions")).unwrap();
    Book::valid("mof", "ministry").write(&second.join("submissions/mof.xlsx"));
    let report = ws.path().join("report");
    let mut first = run(ws.path());
    // Wait until the first run is writing, then start a second one into the
    // same folder; it has one workbook, so it reaches the folder at once.
    let deadline = Instant::now() + Duration::from_secs(120);
    while !std::fs::read_dir(&report).is_ok_and(|d| {
        d.filter_map(Result::ok).any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".langaward-staging")
        })
    }) {
        assert!(Instant::now() < deadline && first.try_wait().unwrap().is_none());
        std::thread::sleep(Duration::from_millis(2));
    }
    let criteria = ws.path().join("criteria/2026.yaml");
    let out = langaward(&second)
        .args(["--quiet", "--out", report.to_str().unwrap()])
        .args(["--criteria", criteria.to_str().unwrap()])
        .assert()
        .code(73);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("another langaward run is writing"),
        "{stderr}"
    );
    assert!(first.wait().unwrap().success());
    let written = snapshot(&report);
    assert!(
        written
            .iter()
            .any(|(f, _)| f == "scorecards/inst-149.en.html"),
        "the first run's report is whole"
    );
    assert!(
        !written.iter().any(|(f, _)| f.contains("mof")),
        "nothing of the second run"
    );
    // And the next run needs no --force.
    langaward(ws.path())
        .args(["--quiet", "--lang", "en,sq"])
        .assert()
        .code(0);
}
