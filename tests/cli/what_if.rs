//! What-if runs (`--set PATH=VALUE`): the criteria file changed for one run,
//! the report in a folder of its own and saying so on every page, the
//! edition's report left alone, and `diff` showing what the change did.

use crate::fixtures::{Book, s};
use crate::{files_under, langaward, read, workspace};
use serde_json::Value;
use std::path::Path;

/// Two weights moved from signage to services.
const SETS: [&str; 4] = [
    "--set",
    "criteria.services.weight=55",
    "--set",
    "criteria.signage.weight=5",
];

/// Two ministries, each strong where the other is weak: `mof` serves in
/// every language but half its signs are untranslated, `mpl` has every sign
/// right but one service without Serbian. On the edition's weights `mpl`
/// wins; with weight moved from signage to services, `mof` does.
fn ministries(ws: &Path) {
    Book::valid("mof", "ministry")
        .set("Signage", 2, 2, s("Zyra e pritjes"))
        .write(&ws.join("submissions/mof.xlsx"));
    Book::valid("mpl", "ministry")
        .set("Services", 1, 2, s("no"))
        .write(&ws.join("submissions/mpl.xlsx"));
}

/// The edition's run into `report/`, then the what-if run with [`SETS`]
/// into its default folder.
fn both_runs(ws: &Path) {
    ministries(ws);
    langaward(ws)
        .args(["--no-jury", "--quiet"])
        .assert()
        .code(0);
    langaward(ws)
        .args(["--no-jury", "--quiet"])
        .args(SETS)
        .assert()
        .code(0);
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&read(path)).unwrap()
}

/// The recipient of the ministries' main award.
fn main_award(results: &Value) -> Value {
    results["categories"][0]["awards"][0]["recipients"].clone()
}

#[test]
fn a_what_if_run_writes_its_own_folder_and_says_so_on_every_page() {
    let ws = workspace();
    ministries(ws.path());
    langaward(ws.path())
        .args(["--no-jury", "--quiet"])
        .assert()
        .code(0);
    let edition = ws.path().join("report");
    let before: Vec<(String, Vec<u8>)> = files_under(&edition)
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(edition.join(&f)).unwrap()))
        .collect();
    let out = langaward(ws.path())
        .arg("--no-jury")
        .args(SETS)
        .assert()
        .code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains(
            "WHAT-IF RUN: criteria/2026.yaml with criteria.services.weight = 55 (was 35), \
             criteria.signage.weight = 5 (was 25); not the edition's result."
        ),
        "{stdout}"
    );
    assert!(
        stdout.ends_with("Report written to report-what-if\n"),
        "{stdout}"
    );
    for (file, bytes) in &before {
        let now = std::fs::read(edition.join(file)).unwrap();
        assert!(now == *bytes, "report/{file} changed");
    }
    assert_eq!(files_under(&edition).len(), before.len());

    let what_if = ws.path().join("report-what-if");
    let pages: Vec<String> = files_under(&what_if)
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .collect();
    assert!(pages.len() > 20, "{pages:?}");
    for page in &pages {
        let html = read(&what_if.join(page));
        assert_eq!(html.matches("class=\"what-if\"").count(), 1, "{page}");
        assert!(
            html.contains("<code>criteria.services.weight</code> = <code>55</code>")
                && html.contains("<code>criteria.signage.weight</code> = <code>5</code>"),
            "{page}"
        );
    }
    for (lang, intro) in [
        (
            "sq",
            "Llogaritje hipotetike: 2 ndryshime në skedarin e kritereve:",
        ),
        ("sr", "Proračun „šta ako“: 2 izmene u datoteci kriterijuma:"),
        (
            "sr-Cyrl",
            "Прорачун „шта ако“: 2 измене у датотеци критеријума:",
        ),
        ("en", "What-if run: 2 changes to the criteria file:"),
    ] {
        for page in pages
            .iter()
            .filter(|p| p.ends_with(&format!(".{lang}.html")))
        {
            assert!(read(&what_if.join(page)).contains(intro), "{page}");
        }
    }
    let boxes: Vec<String> = ["sq", "sr", "sr-Cyrl", "en"]
        .iter()
        .map(|lang| {
            let html = read(&what_if.join(format!("report.{lang}.html")));
            let line = html.lines().find(|l| l.contains("class=\"what-if\""));
            format!("{lang}: {}", line.unwrap())
        })
        .collect();
    insta::assert_snapshot!("what_if_box", boxes.join("\n"));

    let results = json(&what_if.join("results.json"));
    assert_eq!(
        results["criteria"]["overrides"],
        serde_json::json!([
            {"path": "criteria.services.weight", "value": "55", "previous": "35"},
            {"path": "criteria.signage.weight", "value": "5", "previous": "25"},
        ])
    );
    assert_eq!(
        results["criteria"]["sha256"],
        json(&edition.join("results.json"))["criteria"]["sha256"],
        "the criteria file's own digest"
    );
    assert!(json(&edition.join("results.json"))["criteria"]["overrides"].is_null());
    let header = |dir: &Path| {
        read(&dir.join("results.csv"))
            .lines()
            .next()
            .map(str::to_string)
    };
    assert_eq!(header(&what_if), header(&edition), "CSV keeps its columns");
    use calamine::Reader;
    let book: calamine::Xlsx<_> = calamine::open_workbook(what_if.join("results.xlsx")).unwrap();
    assert_eq!(book.sheet_names()[0], "Llogaritja hipotetike");
}

#[test]
fn explain_and_robustness_say_they_are_a_what_if_run() {
    let ws = workspace();
    ministries(ws.path());
    for command in [&["explain", "mof"][..], &["robustness"]] {
        let out = langaward(ws.path())
            .args(command)
            .arg("--no-jury")
            .args(SETS)
            .assert()
            .code(0);
        let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
        assert!(
            stdout.starts_with("WHAT-IF RUN: criteria/2026.yaml with "),
            "{stdout}"
        );
    }
}

#[test]
fn diff_shows_a_changed_weight_swapping_the_winner_and_the_changes() {
    let ws = workspace();
    both_runs(ws.path());
    let (edition, what_if) = (
        json(&ws.path().join("report/results.json")),
        json(&ws.path().join("report-what-if/results.json")),
    );
    assert_eq!(main_award(&edition), serde_json::json!(["mpl"]));
    assert_eq!(main_award(&what_if), serde_json::json!(["mof"]));
    let out = langaward(ws.path())
        .args([
            "diff",
            "report/results.json",
            "report-what-if/results.json",
            "--out",
            "diff.html",
        ])
        .assert()
        .code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.starts_with(
            "What-if 2026 compared with edition 2026\nWHAT-IF: the newer results come from a what-if run \
             with criteria.services.weight = 55 (was 35), criteria.signage.weight = 5 (was 25).\n"
        ),
        "{stdout}"
    );
    assert!(!stdout.contains("not strictly comparable"), "{stdout}");
    let rank_change = |id: &str| {
        let name = format!("Institucioni {id}");
        let line = stdout.lines().find(|l| l.contains(&name)).unwrap();
        line.trim_end()
            .rsplit("  ")
            .next()
            .unwrap()
            .trim()
            .to_string()
    };
    assert_eq!(rank_change("mof"), "2 → 1");
    assert_eq!(rank_change("mpl"), "1 → 2");
    let page = read(&ws.path().join("diff.html"));
    assert!(
        page.contains("The newer results come from a what-if run: 2 changes to the criteria file:"),
        "{page}"
    );
    // Compared the other way round, the earlier results are the what-if run's.
    let out = langaward(ws.path())
        .args(["diff", "report-what-if/results.json", "report/results.json"])
        .assert()
        .code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains("WHAT-IF: the earlier results come from a what-if run with"),
        "{stdout}"
    );
}

/// Where `needle` stands in the bundled criteria, after `after`, as
/// `LINE:COLUMN`.
fn place(after: &str, needle: &str) -> String {
    let text = read(&crate::root().join("criteria/2026.yaml"));
    let from = text.find(after).unwrap();
    let at = from + text[from..].find(needle).unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    format!("{line}:{column}")
}

#[test]
fn an_override_that_makes_the_criteria_invalid_is_rejected_with_a_place() {
    let ws = workspace();
    ministries(ws.path());
    let set = "criteria.communication.weight=-5";
    let out = langaward(ws.path()).args(["--set", set]).assert().code(78);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    let at = place("  - id: communication\n", "40\n");
    assert!(
        stderr.contains(&format!(
            "criteria/2026.yaml:{at}: error[C011]: weight -5 is not a number from 0 to 100\n    \
             help: use a plain number such as 40\n    from: --set {set}\n"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "note: the criteria file was read with --set {set}\n"
        )),
        "{stderr}"
    );
    assert!(!ws.path().join("report-what-if").exists());
    let out = langaward(ws.path())
        .args(["check", "--set", "criteria.comunication.weight=50"])
        .assert()
        .code(78);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains(
            "error[C100]: `criteria` has no `comunication`\n    help: did you mean \
             `communication`? known: services, communication, signage"
        ),
        "{stdout}"
    );
    for malformed in ["criteria.communication.weight", "weight=1, 2"] {
        langaward(ws.path())
            .args(["--set", malformed])
            .assert()
            .code(2);
    }
}

#[test]
fn a_what_if_run_replaces_the_editions_report_only_with_force() {
    let ws = workspace();
    ministries(ws.path());
    langaward(ws.path())
        .args(["--no-jury", "--quiet"])
        .assert()
        .code(0);
    let results = read(&ws.path().join("report/results.json"));
    let out = langaward(ws.path())
        .args(["--no-jury", "--out", "report"])
        .args(SETS)
        .assert()
        .code(73);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("report holds the report of a run without --set"),
        "{stderr}"
    );
    assert_eq!(read(&ws.path().join("report/results.json")), results);
    langaward(ws.path())
        .args(["--no-jury", "--quiet", "--out", "report", "--force"])
        .args(SETS)
        .assert()
        .code(0);
    let replaced = json(&ws.path().join("report/results.json"));
    assert_eq!(
        replaced["criteria"]["overrides"].as_array().map(Vec::len),
        Some(2)
    );
    // A what-if report may replace a what-if report.
    langaward(ws.path())
        .args(["--no-jury", "--quiet", "--out", "report"])
        .args(SETS)
        .assert()
        .code(0);
}

#[test]
fn a_layout_of_its_own_that_hides_the_changes_is_refused_for_a_what_if_run() {
    let ws = workspace();
    ministries(ws.path());
    let templates = ws.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("layout.html.j2"),
        "<html><body>{% block body %}{% endblock %}</body></html>",
    )
    .unwrap();
    let out = langaward(ws.path())
        .args(["--no-jury", "--quiet", "--templates", "templates"])
        .args(SETS)
        .assert()
        .code(78);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("never shows `what_if`"), "{stderr}");
    assert!(!ws.path().join("report-what-if/index.html").exists());
    // The edition's own run keeps the layout.
    langaward(ws.path())
        .args(["--no-jury", "--quiet", "--templates", "templates"])
        .assert()
        .code(0);
}
