//! A category the jury alone judges, end to end: the bundled criteria's
//! `individuals`, whose fictional nominees are listed in
//! `criteria/nominations.yaml` and have no workbook. Pending until the
//! jury's marks are in, decided by them alone, and closed to workbooks.

use crate::fixtures::Book;
use crate::{langaward, read, workspace};
use langaward_devkit::juror_sheets::{self, Entry};
use std::path::Path;

/// Column `col` of results.csv for the nominee `id`.
fn cell(results: &str, id: &str, col: &str) -> String {
    let mut reader = csv::Reader::from_reader(results.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let pos = |name: &str| headers.iter().position(|h| h == name).unwrap();
    reader
        .records()
        .map(Result::unwrap)
        .find(|r| &r[pos("id")] == id)
        .map(|r| r[pos(col)].to_string())
        .unwrap_or_else(|| panic!("{id} missing from\n{results}"))
}

#[test]
fn nominees_are_pending_until_the_jury_s_marks_are_in() {
    let ws = workspace();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    let out = langaward(ws.path()).args(["--lang", "en"]).assert().code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains("Individuals and civil society (0 ranked, 3 awaiting jury marks; the total is the jury's mark alone) — PROVISIONAL"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Drita Berisha awaiting jury marks: pending the jury's marks"),
        "{stdout}"
    );
    let results = read(&ws.path().join("report/results.csv"));
    assert_eq!(cell(&results, "drita-berisha", "category"), "individuals");
    for col in ["rank", "total", "band", "services", "evidence_score"] {
        assert_eq!(cell(&results, "drita-berisha", col), "", "{col}");
    }
    assert_eq!(
        cell(&results, "drita-berisha", "file"),
        "criteria/nominations.yaml"
    );
    let html = read(&ws.path().join("report/report.en.html"));
    let section = &html[html.find("id=\"category-individuals\"").unwrap()..];
    for said in [
        "These nominees are FICTIONAL",
        "The jury alone judges this category: each nominee&#x27;s total is the jury&#x27;s mark",
        "Not ranked yet (pending the jury&#x27;s marks)",
        "Journalist: Editor of a news portal",
    ] {
        assert!(section.contains(said), "{said}\n{section}");
    }
    let outcome = &html[..html.find("id=\"category-").unwrap()];
    assert!(
        outcome.contains("<tr><td>Individuals and civil society<br><span class=\"flag\">provisional</span></td><td><span class=\"muted\">Pending the jury’s marks</span>"),
        "{outcome}"
    );
    let card = read(&ws.path().join("report/scorecards/drita-berisha.en.html"));
    assert!(card.contains(
        "Pending the jury&#x27;s marks: the jury&#x27;s mark alone will make this total."
    ));
    assert!(!card.contains("Where the points were lost"), "no evidence");
    let json: serde_json::Value =
        serde_json::from_str(&read(&ws.path().join("report/results.json"))).unwrap();
    let nominee = json["applicants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["institution"]["id"] == "milan-petrovic")
        .unwrap();
    assert_eq!(nominee["nominee"]["kind"], "academic");
    assert_eq!(nominee["nominee"]["fictional"], true);
    assert_eq!(nominee["scorecard"]["criteria"], serde_json::json!([]));
}

/// Fills every nominee's row of every juror sheet in `dir` with `mark(juror, id)`.
fn mark_nominees(dir: &Path, mark: impl Fn(&str, &str) -> Option<f64>) {
    for juror in ["juror-a", "juror-b", "juror-c", "juror-d", "juror-e"] {
        let path = dir.join(format!("{juror}.xlsx"));
        let entries: Vec<(String, Entry)> = juror_sheets::rows(&path)
            .unwrap()
            .iter()
            .filter(|r| r.criterion == "Overall")
            .filter_map(|r| Some((format!("F{}", r.row), Entry::Number(mark(juror, &r.id)?))))
            .collect();
        juror_sheets::fill(&path, &entries).unwrap();
    }
}

/// Equal nominees competing for the main award's one place.
const TIED: &str = "tied for main: jury decides";

#[test]
fn the_jury_s_mark_alone_ranks_the_nominees() {
    let ws = workspace();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    let sheets = ws.path().join("marks");
    langaward(ws.path())
        .args(["jury-sheets", "--out"])
        .arg(&sheets)
        .assert()
        .code(0);
    // Jurors A, B and C mark the category; Milan Petrović and Romani Glasi
    // end equal, since the tie-breaks naming criteria cannot part nominees.
    mark_nominees(&sheets, |juror, id| match (juror, id) {
        ("juror-d" | "juror-e", _) => None,
        (_, "drita-berisha") => Some(6.0),
        ("juror-a", _) => Some(7.0),
        ("juror-b", _) => Some(9.0),
        _ => Some(8.0),
    });
    let out = langaward(ws.path())
        .args(["--lang", "en", "--jury"])
        .arg(&sheets)
        .assert()
        .code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains(
            "Individuals and civil society (3 ranked; the total is the jury's mark alone)"
        ),
        "{stdout}"
    );
    let results = read(&ws.path().join("report/results.csv"));
    let row = |id: &str| {
        [
            "rank",
            "tied",
            "total",
            "jury_score",
            "evidence_score",
            "award",
        ]
        .map(|col| cell(&results, id, col))
    };
    assert_eq!(
        row("milan-petrovic"),
        ["1", "yes", "80.00", "80.00", "", TIED]
    );
    assert_eq!(
        row("romani-glasi"),
        ["1", "yes", "80.00", "80.00", "", TIED]
    );
    assert_eq!(row("drita-berisha"), ["3", "", "60.00", "60.00", "", ""]);
    assert!(
        stdout.contains("Main award: tied for the last place, the jury decides: Milan Petroviq, Shoqata Romani Glasi"),
        "{stdout}"
    );
    let card = read(&ws.path().join("report/scorecards/romani-glasi.en.html"));
    assert!(card.contains("<h3>Overall</h3>"), "{card}");
    assert!(card.contains("the jury&#x27;s mark alone, 80.00"), "{card}");
    let json = read(&ws.path().join("report/results.json"));
    assert!(
        json.contains(r#""jury":{"criteria":[],"whole":{"marks":[{"juror":"juror-a","value":7.0"#),
        "{json}"
    );
}

#[test]
fn a_workbook_filed_under_the_jury_s_own_category_is_rejected_where_it_says_so() {
    let ws = workspace();
    let yaml = ws.path().join("criteria/2026.yaml");
    // The category admits publicly owned enterprises, which hand in no workbook there.
    let text = read(&yaml).replacen(
        "    open_from: 2023\n",
        "    kinds: [public_enterprise]\n    open_from: 2023\n",
        1,
    );
    std::fs::write(&yaml, text).unwrap();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    Book::valid("posta", "public_enterprise").write(&ws.path().join("submissions/posta.xlsx"));
    Book::valid("Drita-Berisha", "ministry").write(&ws.path().join("submissions/drita.xlsx"));
    langaward(ws.path()).args(["--no-jury"]).assert().code(65);
    let inputs = read(&ws.path().join("report/inputs.csv"));
    let line = |file: &str| {
        inputs
            .lines()
            .find(|l| l.starts_with(file))
            .unwrap_or_else(|| panic!("{file} missing from\n{inputs}"))
            .to_string()
    };
    let posta = line("submissions/posta.xlsx");
    assert!(
        posta.contains(",rejected,S051,error,Institution!B4,"),
        "{posta}"
    );
    assert!(
        posta.contains("the kind “public_enterprise” belongs to category “individuals”, which the jury alone judges"),
        "{posta}"
    );
    let drita = line("submissions/drita.xlsx");
    assert!(
        drita.contains(",rejected,S052,error,Institution!B1,"),
        "{drita}"
    );
    assert!(
        drita.contains("is a nominee's, listed in criteria/nominations.yaml (line 8)"),
        "{drita}"
    );
    let results = read(&ws.path().join("report/results.csv"));
    assert!(!results.contains("posta"), "{results}");
    assert_eq!(
        cell(&results, "drita-berisha", "file"),
        "criteria/nominations.yaml"
    );
    let sq = read(&ws.path().join("report/report.sq.html"));
    assert!(
        sq.contains("i përket kategorisë “individuals”, të cilën e vlerëson vetëm juria"),
        "the finding in the page's language"
    );
}

#[test]
fn check_points_at_the_nominations_file_s_line_and_column() {
    let ws = workspace();
    let nominations = ws.path().join("criteria/nominations.yaml");
    let text = read(&nominations).replacen("id: romani-glasi", "id: drita-berisha", 1);
    std::fs::write(&nominations, text).unwrap();
    let out = langaward(ws.path()).args(["check"]).assert().code(78);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains("criteria/nominations.yaml:24:9: error[C030]: nominee `drita-berisha` is defined twice (first at line 8)"),
        "{stdout}"
    );
    let yaml = ws.path().join("criteria/2026.yaml");
    let text = read(&yaml).replacen("    nominations: nominations.yaml\n", "", 1);
    // The line of the category's weights, whose evidence weight is pointed at.
    let weights = "    weights: { evidence: 0, jury: 100 }";
    let line = text.lines().position(|l| l == weights).unwrap() + 1;
    std::fs::write(&yaml, text).unwrap();
    let out = langaward(ws.path()).args(["check"]).assert().code(78);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let expected = format!(
        "criteria/2026.yaml:{line}:26: error[C053]: category `individuals` gives the evidence weight 0 but names no nominations file"
    );
    assert!(stdout.contains(&expected), "{stdout}");
}
