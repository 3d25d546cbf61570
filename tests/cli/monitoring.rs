//! The Language Commissioner's monitoring: the Web and Recommendations
//! sheets, communication with journalists scored on its own, and `diff`
//! following recommendations by number from one edition to the next.

use crate::fixtures::{Book, C, s};
use crate::{langaward, read, workspace};
use langaward_devkit::layout::{COMMUNICATION, RECOMMENDATIONS, WEB};
use serde_json::Value;
use std::path::Path;

fn d(at: &str) -> C {
    C::D(at.to_string())
}

/// A page or post the monitor found, with its Albanian and Serbian dates
/// ("" for no version).
fn page(title: &str, sq: &str, sr: &str) -> Vec<C> {
    let date = |at: &str| if at.is_empty() { C::E } else { d(at) };
    vec![
        s(title),
        s("Facebook"),
        s("https://example.org/post"),
        date(sq),
        date(sr),
    ]
}

/// A recommendation: number, text, year issued, status.
fn recommendation(id: &str, status: &str) -> Vec<C> {
    vec![s(id), s("Publish in Serbian too"), C::N(2024.0), s(status)]
}

/// A valid ministry whose five news releases include two press statements
/// (one of them a day and a half late in Serbian), with web pages and
/// recommendations.
fn monitored(recommendations: &[(&str, &str)]) -> Book {
    let statement = COMMUNICATION.name.en;
    Book::valid("mof", "ministry")
        .set(statement, 1, 1, s("Press statement"))
        .set(statement, 2, 1, s("press_statement"))
        .set(statement, 2, 3, d("2026-03-13 22:00"))
        .with_sheet(
            &WEB,
            vec![
                page("Budget published", "2026-03-01 10:00", "2026-03-01 11:00"),
                page("Tax deadline", "2026-03-02 10:00", "2026-03-05 10:00"),
                page("Office moves", "2026-03-03 10:00", "2026-05-03 10:00"),
                page("Job vacancies", "2026-03-04 10:00", ""),
            ],
        )
        .with_sheet(
            &RECOMMENDATIONS,
            recommendations
                .iter()
                .map(|(id, status)| recommendation(id, status))
                .collect(),
        )
}

/// Evaluates `book` alone in a fresh workspace; returns the workspace and
/// its results.json.
fn evaluate(book: &Book) -> (tempfile::TempDir, Value) {
    let ws = workspace();
    book.write(&ws.path().join("submissions/mof.xlsx"));
    langaward(ws.path())
        .args(["--lang", "en,sq", "--quiet", "--no-jury"])
        .assert()
        .code(0);
    let json = serde_json::from_str(&read(&ws.path().join("report/results.json"))).unwrap();
    (ws, json)
}

fn indicator<'j>(json: &'j Value, id: &str) -> &'j Value {
    json["applicants"][0]["scorecard"]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|k| k["indicators"].as_array().unwrap())
        .find(|i| i["id"] == id)
        .unwrap()
}

#[test]
fn web_pages_journalists_and_recommendations_are_scored() {
    let book = monitored(&[
        ("R-2024-01", "implemented"),
        ("R-2024-02", "Partly implemented"),
        ("R-2024-03", "partly"),
        ("R-2025-01", "not_implemented"),
    ]);
    let (ws, json) = evaluate(&book);
    let inputs = read(&ws.path().join("report/inputs.csv"));
    assert!(inputs.contains(",scored,,,,,"), "read cleanly: {inputs}");
    // Every language within 30 days: all but the page found two months
    // later and the one without Serbian; within 24 hours: the first only.
    let every = indicator(&json, "web_every_language");
    assert_eq!((&every["met"], &every["rows"]), (&2.into(), &4.into()));
    let simultaneous = indicator(&json, "web_simultaneous");
    assert_eq!(simultaneous["met"], 1);
    assert_eq!(
        simultaneous["evidence"][1]["note"],
        serde_json::json!({"reason": "late", "hours": 72.0, "tolerance": 24.0})
    );
    // Only the two press statements count for journalists, one on time.
    let journalists = indicator(&json, "journalists");
    assert_eq!(
        (&journalists["met"], &journalists["rows"]),
        (&1.into(), &2.into())
    );
    assert_eq!(journalists["evidence"][1]["row"], 3);
    let recommendations = indicator(&json, "recommendations");
    assert_eq!(recommendations["earned"], 2.0);
    assert_eq!(recommendations["score"], 50.0);
    assert_eq!(recommendations["evidence"][1]["id"], "R-2024-02");
    assert_eq!(
        recommendations["evidence"][1]["note"],
        serde_json::json!({"reason": "status", "column": "status", "status": "partly", "credit": 0.5})
    );
    assert_eq!(
        json["criteria"]["criteria"][0]["indicators"][2]["statuses"][1]["name"]["sq"],
        "Pjesërisht e zbatuar"
    );
    assert!(
        indicator(&json, "verbal")["evidence"][0]
            .get("id")
            .is_none(),
        "no row_id, no id"
    );
    // Services 40 + 40 + 20 × 50 %: 90; communication 30 × 80 % (the late
    // statement) + 20 + 20 × 50 % + 15 × 50 % + 15 × 25 %: 65.25; signage
    // 100; total 31.5 + 26.1 + 25.
    let total = &json["applicants"][0]["scorecard"];
    assert_eq!(total["criteria"][0]["score"], 90.0);
    assert_eq!(total["criteria"][1]["score"], 65.25);
    assert_eq!(total["total"], 82.6);
    let card = read(&ws.path().join("report/scorecards/mof.en.html"));
    for said in [
        "2 of 4",
        "Partly implemented (counts 0.5)",
        "Recommendations!D3",
        "Only rows with one of these in “Type” count: “Media invitation”, “Press statement” and “Announcement to journalists”.",
        "each row earning by its “Status”: “Implemented” 1, “Partly implemented” 0.5 and “Not implemented” 0.",
    ] {
        assert!(card.contains(said), "{said} missing from {card}");
    }
    let sq = read(&ws.path().join("report/scorecards/mof.sq.html"));
    assert!(sq.contains("Pjesërisht e zbatuar (vlen 0,5)"), "{sq}");
}

#[test]
fn an_institution_not_monitored_keeps_its_score() {
    let (_ws, json) = evaluate(&Book::valid("mof", "ministry"));
    for id in [
        "recommendations",
        "journalists",
        "web_every_language",
        "web_simultaneous",
    ] {
        assert_eq!(indicator(&json, id)["status"], "excluded", "{id}");
    }
    assert_eq!(json["applicants"][0]["scorecard"]["total"], 100.0);
}

/// Writes `json` as an earlier edition's results into `dir`.
fn as_2025(json: &Value, dir: &Path) -> std::path::PathBuf {
    let mut old = json.clone();
    old["criteria"]["edition"] = 2025.into();
    let path = dir.join("results-2025.json");
    std::fs::write(&path, serde_json::to_string(&old).unwrap()).unwrap();
    path
}

#[test]
fn diff_lists_the_recommendations_whose_status_moved() {
    let (ws_old, old) = evaluate(&monitored(&[
        ("R-2024-01", "implemented"),
        ("R-2024-02", "not_implemented"),
        ("R-2024-03", "partly"),
    ]));
    let (ws_new, _) = evaluate(&monitored(&[
        ("R-2024-01", "implemented"),
        ("R-2024-02", "partly"),
        ("R-2024-03", "implemented"),
        ("R-2026-01", "not_implemented"),
    ]));
    let old = as_2025(&old, ws_old.path());
    let new = ws_new.path().join("report/results.json");
    let page = ws_new.path().join("diff.sq.html");
    let run = langaward(ws_new.path())
        .arg("diff")
        .args([&old, &new])
        .args(["--lang", "sq", "--out"])
        .arg(&page)
        .assert()
        .code(0);
    let text = String::from_utf8_lossy(&run.get_output().stdout).to_string();
    assert!(
        text.contains(
            "Changes of status (recommendations and other numbered rows):\n  Institucioni mof: R-2024-02 Not implemented → Partly implemented; R-2024-03 Partly implemented → Implemented; R-2026-01 new: Not implemented\n"
        ),
        "{text}"
    );
    assert!(!text.contains("R-2024-01"), "unchanged: {text}");
    let html = read(&page);
    assert!(
        html.contains("<h3>Ndryshime të statusit (rekomandimet dhe rreshta të tjerë me numër)</h3>\n<ul><li><strong>Institucioni mof</strong>: R-2024-02: E pazbatuar → Pjesërisht e zbatuar; R-2024-03: Pjesërisht e zbatuar → E zbatuar; R-2026-01 (i ri): E pazbatuar</li></ul>"),
        "{html}"
    );
}
