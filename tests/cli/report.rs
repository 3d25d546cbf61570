//! The rendered report: snapshots of the sample, escaping of hostile text,
//! template overrides and language selection.

use crate::fixtures::{Book, s};
use crate::{langaward, read, root, workspace};
use calamine::{Data, Reader};

fn sample_report() -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    langaward(&root())
        .args(["--out", out.path().to_str().unwrap(), "--quiet"])
        .assert()
        .code(0);
    out
}

#[test]
fn sample_pages_match_their_snapshots() {
    let out = sample_report();
    insta::assert_snapshot!("report.en.html", read(&out.path().join("report.en.html")));
    insta::assert_snapshot!(
        "scorecard.mitrovica-north.sq.html",
        read(&out.path().join("scorecards/mitrovica-north.sq.html"))
    );
    insta::assert_snapshot!("index.html", read(&out.path().join("index.html")));
}

#[test]
fn every_language_has_a_report_and_every_scorecard_linked_to_the_others() {
    let out = sample_report();
    for lang in ["sq", "sr", "sr-Cyrl", "en"] {
        let page = read(&out.path().join(format!("report.{lang}.html")));
        for other in ["sq", "sr", "sr-Cyrl", "en"] {
            if other != lang {
                assert!(
                    page.contains(&format!("href=\"report.{other}.html\"")),
                    "{lang} lacks a link to {other}"
                );
            }
        }
        let card = read(&out.path().join(format!("scorecards/mof.{lang}.html")));
        assert!(
            card.contains(&format!("href=\"..&#x2f;report.{lang}.html\"")),
            "{lang} scorecard lacks its report link"
        );
    }
    let sq = read(&out.path().join("report.sq.html"));
    assert!(
        sq.contains("95,81") && !sq.contains("95.81"),
        "Albanian pages use a decimal comma"
    );
    let en = read(&out.path().join("report.en.html"));
    assert!(en.contains("95.81"));
    let cyrl = read(&out.path().join("report.sr-Cyrl.html"));
    assert!(
        cyrl.contains("Општина Грачаница"),
        "the Cyrillic page uses the institution's own Cyrillic name"
    );
    assert!(
        cyrl.contains("Министарство финансија"),
        "other names are transliterated"
    );
    for page in crate::files_under(out.path())
        .iter()
        .filter(|p| p.ends_with(".html"))
    {
        let html = read(&out.path().join(page)).replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        for remote in ["http:", "https:", "<link", "<script", " src=", "@import"] {
            assert!(
                !html.contains(remote),
                "{page} would load something ({remote}): pages must be self-contained"
            );
        }
    }
}

#[test]
fn hostile_text_comes_out_inert_in_html_csv_and_xlsx() {
    let ws = workspace();
    Book::valid("x", "ministry")
        .set("Institution", 1, 1, s("<script>alert(1)</script>"))
        .set("Institution", 2, 1, s("=HYPERLINK(\"http://x\")"))
        .set("Signage", 1, 1, s("<img src=x onerror=alert(1)>"))
        .set("Communication", 1, 0, s("=HYPERLINK(\"http://x\")"))
        .write(&ws.path().join("submissions/x.xlsx"));
    langaward(ws.path()).assert().code(0);
    for page in crate::files_under(&ws.path().join("report"))
        .iter()
        .filter(|p| p.ends_with(".html"))
    {
        let html = read(&ws.path().join("report").join(page));
        assert!(
            !html.contains("<script>alert") && !html.contains("<img src=x"),
            "{page} carries live markup"
        );
    }
    let card = read(&ws.path().join("report/scorecards/x.en.html"));
    assert!(
        card.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
        "{card}"
    );
    assert!(
        card.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{card}"
    );
    let csv = read(&ws.path().join("report/results.csv"));
    assert!(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), "{csv}");
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(ws.path().join("report/results.xlsx")).unwrap();
    let range = book.worksheet_range("Ministries").unwrap();
    assert_eq!(
        range.get_value((1, 4)),
        Some(&Data::String("=HYPERLINK(\"http://x\")".into()))
    );
    let formulas = book.worksheet_formula("Ministries").unwrap();
    assert!(
        formulas.used_cells().next().is_none(),
        "results.xlsx must hold no formulas"
    );
}

#[test]
fn results_xlsx_has_a_sheet_per_category_and_the_inputs() {
    let out = sample_report();
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(out.path().join("results.xlsx")).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Ministries",
            "Executive bodies and indepen",
            "Agencies",
            "Municipalities",
            "Ineligible",
            "Inputs"
        ]
    );
    let ministries = book.worksheet_range("Ministries").unwrap();
    assert_eq!(
        ministries.get_value((1, 2)),
        Some(&Data::String("mof".into()))
    );
    assert_eq!(ministries.get_value((1, 5)), Some(&Data::Float(95.81)));
    assert_eq!(
        ministries.get_value((1, 6)),
        Some(&Data::String("High".into()))
    );
    let inputs = book.worksheet_range("Inputs").unwrap();
    assert!(
        inputs
            .rows()
            .any(|r| r.first() == Some(&Data::String("submissions/README.md".into())))
    );
}

#[test]
fn lang_selects_the_languages_rendered() {
    let ws = workspace();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    langaward(ws.path())
        .args(["--lang", "en,sr-Cyrl"])
        .assert()
        .code(0);
    let files = crate::files_under(&ws.path().join("report"));
    let html: Vec<&String> = files.iter().filter(|f| f.ends_with(".html")).collect();
    assert_eq!(
        html,
        [
            "index.html",
            "report.en.html",
            "report.sr-Cyrl.html",
            "scorecards/mof.en.html",
            "scorecards/mof.sr-Cyrl.html"
        ]
    );
    let out = langaward(ws.path()).args(["--lang", "de"]).assert().code(2);
    assert!(
        String::from_utf8_lossy(&out.get_output().stderr)
            .contains("unknown language 'de'; use sq, sr, sr-Cyrl or en")
    );
}

#[test]
fn a_templates_folder_overrides_by_file_name() {
    let ws = workspace();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    std::fs::create_dir_all(ws.path().join("brand")).unwrap();
    let layout = langaward::report::TEMPLATES
        .iter()
        .find(|(n, _)| *n == "layout.html.j2")
        .unwrap()
        .1;
    std::fs::write(
        ws.path().join("brand/layout.html.j2"),
        layout.replace("<body>", "<body><p>OFFICE OF THE LANGUAGE COMMISSIONER</p>"),
    )
    .unwrap();
    langaward(ws.path())
        .args(["--templates", "brand"])
        .assert()
        .code(0);
    assert!(
        read(&ws.path().join("report/report.en.html"))
            .contains("<p>OFFICE OF THE LANGUAGE COMMISSIONER</p>")
    );
    assert!(
        read(&ws.path().join("report/scorecards/mof.sq.html"))
            .contains("<p>OFFICE OF THE LANGUAGE COMMISSIONER</p>")
    );
}

#[test]
fn a_template_error_names_the_template_and_line() {
    let ws = workspace();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    std::fs::create_dir_all(ws.path().join("brand")).unwrap();
    std::fs::write(
        ws.path().join("brand/index.html.j2"),
        "<p>\n{{ award.name }}\n{{ m.no_such_message }}\n</p>\n",
    )
    .unwrap();
    let out = langaward(ws.path())
        .args(["--templates", "brand"])
        .assert()
        .code(78);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("error: template error: index.html.j2:3: undefined value"),
        "{stderr}"
    );
}

#[test]
fn a_name_missing_in_one_language_falls_back_visibly() {
    let ws = workspace();
    Book::valid("mof", "ministry")
        .set("Institution", 1, 1, crate::fixtures::C::E)
        .write(&ws.path().join("submissions/mof.xlsx"));
    langaward(ws.path()).assert().code(0);
    let sq = read(&ws.path().join("report/report.sq.html"));
    assert!(sq.contains("Institucija mof</a> <span class=\"fallback muted\">(emri nuk është dhënë në këtë gjuhë)</span>"), "{sq}");
    let sr = read(&ws.path().join("report/report.sr.html"));
    assert!(
        sr.contains("Institucija mof</a><"),
        "the Serbian page has the Serbian name without a fallback mark"
    );
}
