//! The applicant's and secretariat's smaller commands: validate, explain,
//! completions and the manual page.

use crate::fixtures::{Book, s};
use crate::{langaward, root, workspace};

fn stdout(out: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&out.get_output().stdout).to_string()
}

#[test]
fn validate_accepts_a_clean_workbook_with_exit_0() {
    let out = langaward(&root())
        .args(["validate", "submissions/mof.xlsx"])
        .assert()
        .code(0);
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "submissions/mof.xlsx: would be accepted\n  provisional total: 95.81 (High)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("Public communication           95.00"),
        "{text}"
    );
}

#[test]
fn validate_lists_every_finding_and_exits_65() {
    let ws = workspace();
    let file = ws.path().join("ours.xlsx");
    Book::valid("ours", "agency")
        .set("Communication", 2, 3, s("next week"))
        .write(&file);
    std::fs::write(ws.path().join("broken.xlsx"), "not a workbook").unwrap();
    let out = langaward(ws.path())
        .args(["validate", "ours.xlsx", "broken.xlsx"])
        .assert()
        .code(65);
    let text = stdout(&out);
    assert!(text.contains("ours.xlsx: would be accepted, with warnings\n  Communication!D3: expected a date and time"), "{text}");
    assert!(text.contains("provisional total:"), "{text}");
    assert!(text.contains("broken.xlsx: would be REJECTED\n  the file is not a spreadsheet, although its name ends in .xlsx [S006]"), "{text}");
}

#[test]
fn explain_prints_a_scorecard_whose_points_add_up() {
    let out = langaward(&root())
        .args(["explain", "prizren"])
        .assert()
        .code(0);
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "Komuna e Prizrenit / Opština Prizren — Municipalities\nTotal: 49.27 / 100"
        ),
        "{text}"
    );
    assert!(
        text.contains("Made of: 35.32 (70% of the evidence score 50.45) + 13.95 (30% of the jury mark 46.50) = 49.27"),
        "the total splits into evidence and jury parts: {text}"
    );
    assert!(
        text.contains("Resting on: 10.97 on observed evidence + 39.48 on declared evidence\n"),
        "the evidence score splits into observed and declared parts: {text}"
    );
    assert!(
        text.contains("✗ juror-c          4  jury/juror-c.xlsx, Marks!F52 (dropped by trimming)"),
        "every jury mark has its place: {text}"
    );
    let points: f64 = text
        .lines()
        .filter(|l| {
            l.starts_with("  ") && !l.starts_with("   ") && l.split_whitespace().count() > 4
        })
        .filter_map(|l| l.split_whitespace().last()?.parse::<f64>().ok())
        .sum();
    assert!(
        (points - 50.45).abs() < 1e-9,
        "indicator points sum to the evidence score, not {points}\n{text}"
    );
    assert!(text.contains("✗ Communication!F6"), "{text}");
    assert!(
        text.contains("  Written reply in the official languages and those in official use "),
        "a long indicator name is shown whole: {text}"
    );
    let sr = stdout(
        &langaward(&root())
            .args(["explain", "prizren", "--lang", "sr-Cyrl"])
            .assert()
            .code(0),
    );
    assert!(sr.contains("Укупно: 49,27 / 100"), "{sr}");
}

#[test]
fn explain_names_the_known_ids_when_one_is_unknown() {
    let out = langaward(&root())
        .args(["explain", "nobody"])
        .assert()
        .code(66);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("error: no applicant has the id 'nobody'; known ids: ais, apk"),
        "{stderr}"
    );
}

#[test]
fn completions_and_the_manual_page_come_from_the_definitions() {
    let bash = stdout(
        &langaward(&root())
            .args(["completions", "bash"])
            .assert()
            .code(0),
    );
    assert!(
        bash.contains("_langaward()") && bash.contains("validate") && bash.contains("--criteria")
    );
    let man = stdout(&langaward(&root()).arg("man").assert().code(0));
    assert!(
        man.contains(".TH langaward 1") && man.contains("explain"),
        "{man}"
    );
}
