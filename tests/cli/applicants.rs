//! What an applicant writes about itself: the municipality that decides the
//! languages it owes, ids and names with invisible characters, and file
//! names no reader should be misled by.

use crate::fixtures::{Book, s};
use crate::{langaward, read, workspace};

/// A municipality's workbook naming `municipality` (or leaving it out).
fn municipality(id: &str, municipality: Option<&str>) -> Book {
    let book = Book::valid(id, "municipality");
    match municipality {
        Some(name) => {
            book.set("Institution", 6, 0, s("Municipality"))
                .set("Institution", 6, 1, s(name))
        }
        None => book,
    }
}

#[test]
fn a_municipality_that_names_no_municipality_is_not_ranked() {
    let ws = workspace();
    municipality("prizren", None).write(&ws.path().join("submissions/prizren.xlsx"));
    langaward(ws.path()).args(["--lang", "en"]).assert().code(0);
    let inputs = read(&ws.path().join("report/inputs.csv"));
    assert!(inputs.contains("scored with warnings,S027,warning,Institution,a municipality must name its municipality (row “Komuna / Opština / Municipality”): the languages it owes depend on it; the applicant is not ranked"), "{inputs}");
    let results = read(&ws.path().join("report/results.csv"));
    assert!(results.contains("ineligible"), "{results}");
    assert!(!results.contains("municipalities,1"), "{results}");
    let report = read(&ws.path().join("report/report.en.html"));
    assert!(
        report.contains("the municipality is not named, so the languages it owes cannot be known"),
        "report gives the reason"
    );
}

#[test]
fn a_misspelt_municipality_is_told_the_closest_name_and_not_ranked() {
    let ws = workspace();
    municipality("prizren", Some("Prizreni")).write(&ws.path().join("submissions/prizren.xlsx"));
    let out = langaward(ws.path()).args(["--lang", "en"]).assert().code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(stdout.contains("not ranked: Institucioni prizren (submissions/prizren.xlsx): “Prizreni” is not a known municipality, so the languages it owes cannot be known"), "{stdout}");
    let inputs = read(&ws.path().join("report/inputs.csv"));
    assert!(inputs.contains("S028,warning,Institution!B7,\"“Prizreni” is not a municipality in the language-status file (closest known name: “Prizren”)"), "{inputs}");
    let json: serde_json::Value =
        serde_json::from_str(&read(&ws.path().join("report/results.json"))).unwrap();
    let prizren = json["applicants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["institution"]["id"] == "prizren")
        .unwrap();
    assert_eq!(
        prizren["ineligible"],
        serde_json::json!({"reason": "unknown_municipality", "written": "Prizreni"}),
        "results.json says why"
    );
}

#[test]
fn a_municipality_named_in_cyrillic_is_known() {
    let ws = workspace();
    municipality("prizren", Some("ПРИЗРЕН")).write(&ws.path().join("submissions/prizren.xlsx"));
    langaward(ws.path()).args(["--lang", "en"]).assert().code(0);
    let results = read(&ws.path().join("report/results.csv"));
    assert!(results.contains("municipalities,1,,prizren,"), "{results}");
}

#[test]
fn a_ministry_that_names_a_municipality_owes_albanian_and_serbian_only() {
    let ws = workspace();
    Book::valid("mof", "ministry")
        .set("Institution", 6, 0, s("Municipality"))
        .set("Institution", 6, 1, s("Prizren"))
        .write(&ws.path().join("submissions/mof.xlsx"));
    langaward(ws.path()).args(["--lang", "en"]).assert().code(0);
    let inputs = read(&ws.path().join("report/inputs.csv"));
    assert!(inputs.contains("S029,warning,Institution!B7,the municipality “Prizren” is ignored: an institution of kind “ministry” owes Albanian and Serbian"), "{inputs}");
    let results = read(&ws.path().join("report/results.csv"));
    assert!(
        results.contains("ministries,1,,mof,Institucioni mof,Institucija mof,100.00,high"),
        "held to Albanian and Serbian, not to Prizren's four languages: {results}"
    );
}

#[test]
fn ids_that_differ_only_by_invisible_characters_are_one_institution() {
    let ws = workspace();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/a.xlsx"));
    Book::valid("m\u{200B}of\u{FEFF}", "ministry").write(&ws.path().join("submissions/b.xlsx"));
    Book::valid("\u{200B}\u{200B}", "ministry").write(&ws.path().join("submissions/c.xlsx"));
    langaward(ws.path())
        .args(["--lang", "en"])
        .assert()
        .code(65);
    let inputs = read(&ws.path().join("report/inputs.csv"));
    let line = |file: &str| {
        inputs
            .lines()
            .find(|l| l.starts_with(&format!("submissions/{file},")))
            .unwrap_or_else(|| panic!("{file} not listed:\n{inputs}"))
            .to_string()
    };
    assert!(line("a.xlsx").contains(",rejected,S050,error,Institution,\"institution id “mof” is also submitted in submissions/b.xlsx, which counts"), "{inputs}");
    assert!(line("b.xlsx").contains(",scored,"), "{inputs}");
    assert!(
        line("c.xlsx").contains(
            ",rejected,S021,error,Institution,the Institution sheet has no row “ID” with a value"
        ),
        "an id of invisible characters is no id: {inputs}"
    );
    let results = read(&ws.path().join("report/results.csv"));
    assert!(
        results.contains("ministries,1,,mof,"),
        "the id is shown without its invisible characters: {results}"
    );
}

#[cfg(unix)]
#[test]
fn file_names_are_shown_visibly_and_distinctly() {
    use std::os::unix::ffi::OsStrExt;
    let ws = workspace();
    let dir = ws.path().join("submissions");
    std::fs::write(dir.join("\u{202E}xslx.exe"), "not a workbook").unwrap();
    for (name, id) in [(&b"caf\xe9.xlsx"[..], "a"), (&b"caf\xe8.xlsx"[..], "b")] {
        let path = dir.join(std::ffi::OsStr::from_bytes(name));
        Book::valid(id, "ministry").write(&path);
    }
    langaward(ws.path()).args(["--lang", "en"]).assert().code(0);
    let inputs = read(&ws.path().join("report/inputs.csv"));
    let outcome = |file: &str| {
        inputs
            .lines()
            .find(|l| l.starts_with(&format!("submissions/{file},")))
            .and_then(|l| l.split(',').nth(2))
            .unwrap_or_else(|| panic!("{file} not listed:\n{inputs}"))
            .to_string()
    };
    assert_eq!(outcome("caf\\xE8.xlsx"), "scored");
    assert_eq!(outcome("caf\\xE9.xlsx"), "scored");
    assert_eq!(outcome("\\u{202E}xslx.exe"), "skipped");
    let report = read(&ws.path().join("report/report.en.html"));
    assert!(!report.contains('\u{202E}'), "no override reaches a page");
    assert!(
        !report.contains('\u{FFFD}'),
        "no name shows as a replacement character"
    );
}

/// A language owed only where a criterion asks for it: Prishtinë owes
/// Turkish as a language in official use, which only services count, so its
/// workbook needs the Turkish services columns and no Turkish sign or
/// news-release column.
#[test]
fn a_language_in_official_use_is_expected_only_on_the_sheets_that_owe_it() {
    let ws = workspace();
    municipality("prishtina", Some("Prishtinë")).write(&ws.path().join("prishtina.xlsx"));
    let out = langaward(ws.path())
        .args(["validate", "prishtina.xlsx"])
        .assert()
        .code(65);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let missing: Vec<&str> = text.lines().filter(|l| l.ends_with("[S033]")).collect();
    assert_eq!(missing.len(), 2, "{text}");
    assert!(
        missing
            .iter()
            .all(|l| l.trim_start().starts_with("Services!")),
        "{text}"
    );
    assert!(missing.iter().all(|l| l.contains("Turkish")), "{text}");
}
