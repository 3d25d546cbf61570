//! `langaward diff`: edition over edition, from two results.json files.

use crate::{langaward, read, root};
use serde_json::Value;

/// The sample's results, and an "earlier edition" made from them: Ministry
/// of Finance under its former id, the Agency for the Prevention of
/// Corruption as the Anti-Corruption Agency it replaced, the election
/// commission in the best band, one applicant that did not apply then and one
/// that left since.
fn editions(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let out = dir.join("2026");
    langaward(&root())
        .args([
            "--out",
            out.to_str().unwrap(),
            "--quiet",
            "--lang",
            "en",
            "--no-jury",
        ])
        .assert()
        .code(0);
    let new = out.join("results.json");
    let mut old: Value = serde_json::from_str(&read(&new)).unwrap();
    old["criteria"]["edition"] = 2025.into();
    let applicants = old["applicants"].as_array_mut().unwrap();
    applicants.retain(|a| a["institution"]["id"] != "kp");
    for a in applicants.iter_mut() {
        match a["institution"]["id"].as_str().unwrap() {
            "mof" => a["institution"]["id"] = "mf".into(),
            "apk" => {
                a["institution"]["id"] = "aca".into();
                a["institution"]["name_sq"] = "Agjencia Kundër Korrupsionit".into();
                a["institution"]["name_sr"] = "Agencija za borbu protiv korupcije".into();
            }
            "cec" => {
                a["band"] = "high".into();
                a["scorecard"]["total"] = 70.5.into();
            }
            _ => {}
        }
    }
    let mut gone = applicants[0].clone();
    gone["institution"]["id"] = "gone".into();
    gone["institution"]["name_sq"] = "Agjencia e Mbyllur".into();
    applicants.push(gone);
    // In 2025 the election commission received the executive category's certificate.
    for cat in old["categories"].as_array_mut().unwrap() {
        if cat["category"] == "executive" {
            cat["awards"][1]["recipients"] = serde_json::json!(["cec"]);
        }
    }
    let old_path = dir.join("results-2025.json");
    std::fs::write(&old_path, serde_json::to_string(&old).unwrap()).unwrap();
    (old_path, new)
}

#[test]
fn diff_follows_renames_and_lists_new_missing_and_fallen() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = editions(dir.path());
    let page = dir.path().join("diff.html");
    let out = langaward(&root())
        .args([
            "diff",
            old.to_str().unwrap(),
            new.to_str().unwrap(),
            "--out",
            page.to_str().unwrap(),
        ])
        .assert()
        .code(0);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.starts_with("Edition 2026 compared with 2025\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "↓ Komisioni Qendror i Zgjedhjeve              70.50    66.00    -4.50  high → moderate"
        ),
        "{text}"
    );
    assert!(
        text.contains("  Ministria e Financave, Punës dhe Transf…    95.81    95.81    +0.00"),
        "the renamed ministry is matched: {text}"
    );
    assert!(
        text.contains("Earlier recipients whose band fell: Komisioni Qendror i Zgjedhjeve"),
        "{text}"
    );
    assert!(
        text.contains("  Agjencia për Parandalimin e Korrupsionit    67.61    67.61    +0.00"),
        "the renamed agency is matched: {text}"
    );
    assert!(text.contains("New applicants: Policia e Kosovës"), "{text}");
    assert!(
        text.contains("No longer present: Agjencia e Mbyllur"),
        "{text}"
    );
    let html = read(&page);
    assert!(
        html.contains("<h2>Edition 2026 compared with 2025</h2>"),
        "{html}"
    );
    assert!(html.contains("(formerly mf)"), "{html}");
    assert!(html.contains("(formerly aca)"), "{html}");
    assert!(
        html.contains("class=\"notice\">The evidence in these submissions is a FICTIONAL SAMPLE"),
        "{html}"
    );
}

#[test]
fn diff_names_the_bands_in_the_pages_language() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = editions(dir.path());
    for (lang, fell) in [
        (
            "sq",
            "<strong>Komisioni Qendror i Zgjedhjeve</strong>: I lartë → Mesatar",
        ),
        (
            "sr",
            "<strong>Komisioni Qendror i Zgjedhjeve</strong>: Visok → Umeren",
        ),
        (
            "sr-Cyrl",
            "<strong>Komisioni Qendror i Zgjedhjeve</strong>: Висок → Умерен",
        ),
        (
            "en",
            "<strong>Komisioni Qendror i Zgjedhjeve</strong>: High → Moderate",
        ),
    ] {
        let page = dir.path().join(format!("diff.{lang}.html"));
        langaward(&root())
            .args([
                "diff",
                old.to_str().unwrap(),
                new.to_str().unwrap(),
                "--lang",
                lang,
            ])
            .arg("--out")
            .arg(&page)
            .assert()
            .code(0);
        let html = read(&page);
        assert!(html.contains(fell), "{lang}: {html}");
        assert!(!html.contains("high → moderate"), "{lang}");
    }
}

#[test]
fn diff_refuses_totals_from_different_criteria_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = editions(dir.path());
    let mut doc: Value = serde_json::from_str(&read(&old)).unwrap();
    doc["criteria"]["criteria"][0]["weight"] = 30.into();
    std::fs::write(&old, serde_json::to_string(&doc).unwrap()).unwrap();
    let out = langaward(&root())
        .args(["diff", old.to_str().unwrap(), new.to_str().unwrap()])
        .assert()
        .code(65);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("scored with criteria of a different structure")
            && stderr.contains("--allow-different-criteria"),
        "{stderr}"
    );
    let out = langaward(&root())
        .args([
            "diff",
            old.to_str().unwrap(),
            new.to_str().unwrap(),
            "--allow-different-criteria",
        ])
        .assert()
        .code(0);
    assert!(
        String::from_utf8_lossy(&out.get_output().stdout)
            .contains("NOTE: criteria, indicators, weights or bands differ")
    );
}

#[test]
fn diff_names_a_file_it_cannot_read() {
    let out = langaward(&root())
        .args(["diff", "nope.json", "nope2.json"])
        .assert()
        .code(66);
    assert!(
        String::from_utf8_lossy(&out.get_output().stderr).contains("error: nope.json: cannot read")
    );
}

#[test]
fn diff_refuses_a_json_file_that_is_not_langaward_results() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = editions(dir.path());
    let other = dir.path().join("other.json");
    std::fs::write(
        &other,
        r#"{"version": 2, "rows": [{"id": "mof", "score": 95}]}"#,
    )
    .unwrap();
    let out = langaward(&root())
        .args(["diff", other.to_str().unwrap(), new.to_str().unwrap()])
        .assert()
        .code(65);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains(&format!(
            "error: {}: not a langaward results.json (missing field `tool`",
            other.display()
        )),
        "{stderr}"
    );
    // A results.json from a langaward whose structure differs: the field is named.
    let mut doc: Value = serde_json::from_str(&read(&old)).unwrap();
    doc["applicants"][1]["scorecard"]
        .as_object_mut()
        .unwrap()
        .remove("total");
    std::fs::write(&old, serde_json::to_string(&doc).unwrap()).unwrap();
    let out = langaward(&root())
        .args(["diff", old.to_str().unwrap(), new.to_str().unwrap()])
        .assert()
        .code(65);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains(&format!(
            "error: {}: not a langaward results.json (missing field `total`",
            old.display()
        )),
        "{stderr}"
    );
}

#[test]
fn diff_names_a_file_that_is_not_json() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    std::fs::write(&page, "<!doctype html>").unwrap();
    let out = langaward(&root())
        .args(["diff", page.to_str().unwrap(), page.to_str().unwrap()])
        .assert()
        .code(66);
    assert!(
        String::from_utf8_lossy(&out.get_output().stderr)
            .contains(&format!("error: {}: not JSON", page.display()))
    );
}
