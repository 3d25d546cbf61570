use crate::fixtures::{Book, C, s};
use crate::{langaward, read, workspace};

#[test]
fn scores_a_valid_workbook_and_writes_the_report() {
    let ws = workspace();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    let out = langaward(ws.path()).assert().code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(stdout.contains("Institucioni mof"), "{stdout}");
    let results = read(&ws.path().join("report/results.csv"));
    assert!(results.contains("ministries,1,,mof,Institucioni mof,Institucija mof,100.00,high,100.00,100.00,100.00,passed,main,0,submissions/mof.xlsx"), "{results}");
}

#[test]
fn a_half_filled_workbook_is_scored_with_cell_findings() {
    let ws = workspace();
    Book::valid("mof", "ministry")
        .set("Communication", 3, 3, s("next week"))
        .set("Services", 2, 2, s("maybe"))
        .write(&ws.path().join("submissions/mof.xlsx"));
    langaward(ws.path()).assert().code(0);
    let inputs = read(&ws.path().join("report/inputs.csv"));
    assert!(inputs.contains("Communication!D4,\"expected a date and time (a date cell, or text such as 2026-03-15 10:30), found \"\"next week\"\"\""), "{inputs}");
    assert!(inputs.contains("Services!C3"), "{inputs}");
    let results = read(&ws.path().join("report/results.csv"));
    assert!(results.contains(",mof,"), "{results}");
    let _ = C::E;
}

fn two_applicants(ws: &std::path::Path) {
    Book::valid("mof", "ministry").write(&ws.join("submissions/mof.xlsx"));
    Book::valid("kjc", "independent_institution")
        .set("Signage", 2, 2, s("Zyra e pritjes"))
        .write(&ws.join("submissions/kjc.xlsx"));
}

#[test]
fn same_inputs_give_byte_identical_outputs() {
    let ws = workspace();
    two_applicants(ws.path());
    std::fs::write(ws.path().join("submissions/notes.txt"), "not a workbook").unwrap();
    langaward(ws.path()).args(["--out", "a"]).assert().code(0);
    langaward(ws.path()).args(["--out", "b"]).assert().code(0);
    let names = crate::files_under(&ws.path().join("a"));
    assert!(names.len() >= 10, "{names:?}");
    assert_eq!(names, crate::files_under(&ws.path().join("b")));
    for name in names {
        let a = std::fs::read(ws.path().join("a").join(&name)).unwrap();
        let b = std::fs::read(ws.path().join("b").join(&name)).unwrap();
        assert!(a == b, "{name} differs between runs");
    }
}

#[test]
fn a_foreign_file_is_skipped_and_listed() {
    let ws = workspace();
    two_applicants(ws.path());
    std::fs::write(ws.path().join("submissions/README.txt"), "notes").unwrap();
    std::fs::write(ws.path().join("submissions/~$mof.xlsx"), "lock").unwrap();
    langaward(ws.path()).assert().code(0);
    let inputs = read(&ws.path().join("report/inputs.csv"));
    assert!(inputs.contains("submissions/README.txt,"), "{inputs}");
    assert!(
        inputs.contains(
            ",skipped,K001,note,,\"not a workbook (only .xlsx, .xlsm, .xls and .ods are read)\""
        ),
        "{inputs}"
    );
    assert!(inputs.contains("submissions/~$mof.xlsx,"), "{inputs}");
    assert!(inputs.contains("an Excel lock file"), "{inputs}");
}

#[test]
fn a_rejected_file_gives_exit_65_and_the_rest_is_scored() {
    let ws = workspace();
    two_applicants(ws.path());
    std::fs::write(
        ws.path().join("submissions/broken.xlsx"),
        "this is text, not a workbook",
    )
    .unwrap();
    let out = langaward(ws.path()).assert().code(65);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(stdout.contains("rejected  submissions/broken.xlsx: the file is not a spreadsheet, although its name ends in .xlsx"), "{stdout}");
    let results = read(&ws.path().join("report/results.csv"));
    assert!(
        results.contains(",mof,") && results.contains(",kjc,"),
        "{results}"
    );
    let inputs = read(&ws.path().join("report/inputs.csv"));
    assert!(inputs.contains("submissions/broken.xlsx,"), "{inputs}");
    assert!(inputs.contains(",rejected,S006,error,,"), "{inputs}");
}

#[test]
fn no_submissions_gives_exit_66() {
    let ws = workspace();
    let out = langaward(ws.path()).assert().code(66);
    assert!(
        String::from_utf8_lossy(&out.get_output().stderr)
            .contains("error: no submissions found in submissions")
    );
}

#[test]
fn usage_errors_give_exit_2() {
    let ws = workspace();
    langaward(ws.path()).arg("--no-such-flag").assert().code(2);
}

#[test]
fn help_shows_examples_and_exit_codes() {
    let ws = workspace();
    let out = langaward(ws.path()).arg("--help").assert().code(0);
    let help = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        help.contains("Examples:") && help.contains("78 criteria file invalid"),
        "{help}"
    );
}

#[test]
fn a_second_run_replaces_its_own_output_but_not_user_files() {
    let ws = workspace();
    two_applicants(ws.path());
    langaward(ws.path()).assert().code(0);
    langaward(ws.path()).assert().code(0);
    // A user edits a report file: langaward refuses to overwrite it...
    std::fs::write(ws.path().join("report/results.csv"), "my notes").unwrap();
    let out = langaward(ws.path()).assert().code(73);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains(
            "were not written by langaward or were edited since: results.csv; use --force"
        ),
        "{stderr}"
    );
    assert_eq!(read(&ws.path().join("report/results.csv")), "my notes");
    // ...unless forced.
    langaward(ws.path()).arg("--force").assert().code(0);
    assert!(read(&ws.path().join("report/results.csv")).starts_with("category,rank"));
}

#[test]
fn a_folder_of_user_files_is_not_overwritten() {
    let ws = workspace();
    two_applicants(ws.path());
    std::fs::create_dir_all(ws.path().join("mine")).unwrap();
    std::fs::write(ws.path().join("mine/results.json"), "{}").unwrap();
    langaward(ws.path())
        .args(["--out", "mine"])
        .assert()
        .code(73);
    assert_eq!(read(&ws.path().join("mine/results.json")), "{}");
}

#[test]
fn out_may_not_be_the_submissions_folder_or_a_file() {
    let ws = workspace();
    two_applicants(ws.path());
    let out = langaward(ws.path())
        .args(["--out", "submissions"])
        .assert()
        .code(73);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("it holds the input files"));
    let out = langaward(ws.path()).args(["--out", "/"]).assert().code(73);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("refusing to write the report into /: it is the root of the file system"),
        "{stderr}"
    );
    let out = langaward(ws.path())
        .args(["--out", "criteria/2026.yaml"])
        .assert()
        .code(73);
    assert!(
        String::from_utf8_lossy(&out.get_output().stderr).contains("it is a file, not a folder")
    );
}

#[test]
fn quiet_prints_nothing_on_success() {
    let ws = workspace();
    two_applicants(ws.path());
    langaward(ws.path())
        .arg("--quiet")
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn gate_failures_and_ineligible_kinds_are_listed_not_ranked() {
    let ws = workspace();
    two_applicants(ws.path());
    let mut gate = Book::valid("agency-x", "agency");
    for row in 1..=5 {
        gate = gate.set("Communication", row, 3, C::E);
    }
    gate.write(&ws.path().join("submissions/agency-x.xlsx"));
    Book::valid("post", "public_enterprise").write(&ws.path().join("submissions/post.xlsx"));
    let out = langaward(ws.path()).assert().code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains("Institucioni agency-x excluded: failed gate serbian_communication"),
        "{stdout}"
    );
    assert!(stdout.contains("not ranked: Institucioni post (submissions/post.xlsx): no category admits the kind “Publicly owned enterprise” in 2026"), "{stdout}");
    let results = read(&ws.path().join("report/results.csv"));
    assert!(results.contains("agencies,,,agency-x,"), "{results}");
    assert!(
        results.contains("failed: serbian_communication"),
        "{results}"
    );
    assert!(results.contains("ineligible,,,post,"), "{results}");
}

#[test]
fn a_header_below_a_title_and_a_sheet_starting_at_b3_are_found() {
    let ws = workspace();
    let mut book = Book::valid("mof", "ministry");
    let signage = book.sheet_mut("Signage");
    let shifted: Vec<Vec<C>> = std::iter::repeat_n(Vec::new(), 2)
        .chain(
            signage
                .iter()
                .map(|r| std::iter::once(C::E).chain(r.iter().cloned()).collect()),
        )
        .collect();
    *signage = shifted;
    book.set("Signage", 3, 3, s("Hyrja"))
        .write(&ws.path().join("submissions/mof.xlsx"));
    langaward(ws.path()).assert().code(0);
    let json = read(&ws.path().join("report/results.json"));
    let inputs = read(&ws.path().join("report/inputs.csv"));
    assert!(
        !inputs.contains("S032") && !inputs.contains("S033"),
        "{inputs}"
    );
    // Row 4 (B4:D4) is the first sign; its Serbian text in D4 was made a copy.
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let signs = &doc["applicants"][0]["scorecard"]["criteria"][2]["indicators"][0];
    assert_eq!(signs["sheet"], "Signage");
    let first = &signs["evidence"][0];
    assert_eq!(
        (first["row"].as_u64(), first["column"].as_u64()),
        (Some(4), Some(3)),
        "{first}"
    );
    assert_eq!(first["note"]["reason"], "copy");
}

#[test]
fn a_missing_evidence_sheet_is_a_warning_and_earns_nothing() {
    let ws = workspace();
    Book::valid("mof", "ministry")
        .without("Signage")
        .write(&ws.path().join("submissions/mof.xlsx"));
    langaward(ws.path()).assert().code(0);
    let inputs = read(&ws.path().join("report/inputs.csv"));
    assert!(inputs.contains("scored with warnings,S030,warning,,the workbook has no sheet “Signage / Mbishkrimet / Natpisi”; its indicators get no evidence"), "{inputs}");
    let results = read(&ws.path().join("report/results.csv"));
    assert!(
        results.contains(",75.00,high,100.00,100.00,0.00,passed,main,1,"),
        "{results}"
    );
}

#[test]
fn a_run_killed_mid_write_leaves_the_previous_report_whole() {
    let ws = workspace();
    for i in 0..300 {
        Book::valid(&format!("inst-{i:03}"), "ministry")
            .write(&ws.path().join(format!("submissions/inst-{i:03}.xlsx")));
    }
    langaward(ws.path()).arg("--quiet").assert().code(0);
    let report = ws.path().join("report");
    let snapshot = |dir: &std::path::Path| -> Vec<(String, Vec<u8>)> {
        crate::files_under(dir)
            .into_iter()
            .filter(|f| !f.starts_with(".langaward-staging"))
            .map(|f| {
                let bytes = std::fs::read(dir.join(&f)).unwrap();
                (f, bytes)
            })
            .collect()
    };
    let before = snapshot(&report);
    // New evidence, so the interrupted run would have written a different
    // report, and one more input file, which every page's footer counts, so
    // that every page is rewritten (unchanged pages are not).
    Book::valid("inst-000", "ministry")
        .set("Signage", 2, 2, s("Zyra e pritjes"))
        .write(&ws.path().join("submissions/inst-000.xlsx"));
    std::fs::write(ws.path().join("submissions/notes.txt"), "not a workbook").unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("langaward"))
        .current_dir(ws.path())
        .arg("--quiet")
        .spawn()
        .unwrap();
    let staging = || {
        std::fs::read_dir(&report)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(".langaward-staging")
            })
    };
    loop {
        if staging().is_some_and(|s| s.is_dir() && crate::files_under(&s).len() >= 20) {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run finished before it could be interrupted"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        before == snapshot(&report),
        "the interrupted run changed the previous report"
    );
    // The next run cleans up and completes.
    langaward(ws.path()).arg("--quiet").assert().code(0);
    assert!(staging().is_none());
    assert!(before != snapshot(&report));
}

#[test]
fn every_finding_code_is_documented_in_the_readme_and_has_a_message_in_every_catalogue() {
    use langaward::i18n::{Lang, Messages};
    use langaward::submission::FindingCode;
    let readme = read(&crate::root().join("README.md"));
    let catalogues: Vec<Messages> = Lang::ALL
        .into_iter()
        .map(|lang| Messages::load(lang).unwrap())
        .collect();
    assert!(FindingCode::ALL.len() > 30);
    for code in FindingCode::ALL {
        assert!(
            readme.contains(&format!("| {code} |")),
            "{code} is not in the README's table of finding codes"
        );
        for m in &catalogues {
            assert!(
                m.keys().any(|k| k == code.message_key()),
                "{} has no message for {code}",
                m.lang().code()
            );
        }
    }
}

#[test]
fn a_failed_write_says_what_happened_and_keeps_the_previous_report() {
    let ws = workspace();
    two_applicants(ws.path());
    langaward(ws.path()).assert().code(0);
    let before = read(&ws.path().join("report/results.csv"));
    // Something in the way of the journal, as a full or read-only disk
    // would be: the run cannot write and must say so.
    std::fs::create_dir_all(ws.path().join("report/.langaward-journal/x")).unwrap();
    Book::valid("mof", "ministry")
        .set("Signage", 2, 2, s("Zyra e pritjes"))
        .write(&ws.path().join("submissions/mof.xlsx"));
    let out = langaward(ws.path()).assert().code(73);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.starts_with("error: ") && stderr.contains("report/.langaward-journal: cannot write"),
        "{stderr}"
    );
    assert_eq!(read(&ws.path().join("report/results.csv")), before);
}
