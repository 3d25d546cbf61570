use crate::fixtures::{s, Book, C};
use crate::{langaward, read, workspace};

#[test]
fn scores_a_valid_workbook_and_writes_the_report() {
    let ws = workspace();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    let out = langaward(ws.path()).assert().code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(stdout.contains("Institucioni mof"), "{stdout}");
    let results = read(&ws.path().join("report/results.csv"));
    assert!(results.contains("ministries,1,,mof,Institucioni mof,Institucija mof,100.00,high,100.00,100.00,100.00,passed,0,submissions/mof.xlsx"), "{results}");
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
