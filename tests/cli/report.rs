//! The rendered report: snapshots of the sample, escaping of hostile text,
//! template overrides, language selection, and the jury in every output.

use crate::fixtures::{Book, s};
use crate::{langaward, read, root, workspace};
use calamine::{Data, Reader};
use langaward_devkit::juror_sheets::{self, Entry};

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
    insta::assert_snapshot!(
        "scorecard.drita-berisha.en.html",
        read(&out.path().join("scorecards/drita-berisha.en.html"))
    );
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
        // A reference's link navigates when followed and loads nothing.
        let html = without_links(&html);
        for remote in ["http:", "https:", "<link", "<script", " src=", "@import"] {
            assert!(
                !html.contains(remote),
                "{page} would load something ({remote}): pages must be self-contained"
            );
        }
    }
}

/// `html` without its links to web addresses (`<a href="http…">…</a>`).
fn without_links(html: &str) -> String {
    let mut rest = html;
    let mut kept = String::with_capacity(html.len());
    while let Some(at) = rest.find("<a href=\"http") {
        kept.push_str(&rest[..at]);
        let end = rest[at..]
            .find("</a>")
            .map_or(rest.len(), |e| at + e + "</a>".len());
        rest = &rest[end..];
    }
    kept.push_str(rest);
    kept
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
    let range = book.worksheet_range("Ministritë").unwrap();
    assert_eq!(
        range.get_value((1, 4)),
        Some(&Data::String("=HYPERLINK(\"http://x\")".into()))
    );
    let formulas = book.worksheet_formula("Ministritë").unwrap();
    assert!(
        formulas.used_cells().next().is_none(),
        "results.xlsx must hold no formulas"
    );
}

/// The sample's results.xlsx, in the folder it was written to, when the
/// report's languages are `langs`.
fn sample_xlsx(
    langs: &str,
) -> (
    tempfile::TempDir,
    calamine::Xlsx<std::io::BufReader<std::fs::File>>,
) {
    let out = tempfile::tempdir().unwrap();
    langaward(&root())
        .args(["--out", out.path().to_str().unwrap(), "--quiet"])
        .args(["--lang", langs])
        .assert()
        .code(0);
    let book = calamine::open_workbook(out.path().join("results.xlsx")).unwrap();
    (out, book)
}

fn header_of(range: &calamine::Range<Data>) -> Vec<String> {
    range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|d| d.to_string())
        .collect()
}

#[test]
fn results_xlsx_has_a_sheet_per_category_and_the_inputs() {
    let out = sample_report();
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(out.path().join("results.xlsx")).unwrap();
    // The report's first language, Albanian by default, is the workbook's.
    assert_eq!(
        book.sheet_names(),
        [
            "Ministritë",
            "Organet ekzekutive dhe insti",
            "Agjencitë",
            "Komunat",
            "Individët dhe shoqëria civil",
            "Nivelet sipas kriterit",
            "Të papranueshëm",
            "Skedarët hyrës"
        ]
    );
    let ministries = book.worksheet_range("Ministritë").unwrap();
    let header = header_of(&ministries);
    assert_eq!(
        header[5..9],
        ["Totali", "Niveli", "Pikët e dëshmive", "Juria (0–100)"]
    );
    assert_eq!(
        header[header.len() - 4..],
        ["Shënimet e jurisë", "Gjendja", "Çmimi", "Nga vëzhgimi"]
    );
    assert_eq!(
        ministries.get_value((1, 2)),
        Some(&Data::String("mof".into()))
    );
    // The award column names the tier, as results.csv does by id.
    let award = header.len() - 2;
    assert_eq!(
        ministries.get_value((1, award as u32)),
        Some(&Data::String("Çmimi kryesor".into()))
    );
    assert_eq!(ministries.get_value((4, award as u32)), Some(&Data::Empty));
    assert_eq!(
        ministries.get_value((1, award as u32 - 1)),
        Some(&Data::String("në renditje".into()))
    );
    // The sample's jury sheets are read by default: the total joins the
    // evidence score (col 7) and the jury mark (col 8).
    assert_eq!(ministries.get_value((1, 5)), Some(&Data::Float(95.87)));
    assert_eq!(
        ministries.get_value((1, 6)),
        Some(&Data::String("I lartë".into()))
    );
    assert_eq!(ministries.get_value((1, 7)), Some(&Data::Float(95.81)));
    assert_eq!(ministries.get_value((1, 8)), Some(&Data::Float(96.0)));
    let inputs = book.worksheet_range("Skedarët hyrës").unwrap();
    let row = |file: &str| {
        inputs
            .rows()
            .find(|r| r.first() == Some(&Data::String(file.into())))
            .map(|r| r.iter().map(|d| d.to_string()).collect::<Vec<_>>())
            .unwrap_or_else(|| panic!("{file} missing"))
    };
    assert_eq!(row("submissions/README.md")[1], "aplikim");
    assert_eq!(
        row("jury/juror-a.xlsx")[1..3],
        ["fletë e jurisë", "notat u llogaritën"]
    );
}

#[test]
fn results_xlsx_speaks_the_first_language_asked_for() {
    let (_sr_dir, mut sr) = sample_xlsx("sr,sq");
    assert_eq!(sr.sheet_names()[0], "Ministarstva");
    assert_eq!(sr.sheet_names()[7], "Ulazne datoteke");
    let ministries = sr.worksheet_range("Ministarstva").unwrap();
    let header = header_of(&ministries);
    assert_eq!(header[..2], ["Mesto", "Izjednačeno"]);
    assert_eq!(
        header[header.len() - 4..],
        ["Oznake žirija", "Status", "Nagrada", "Iz posmatranja"]
    );
    let award = header.len() as u32 - 2;
    assert_eq!(
        ministries.get_value((1, award)),
        Some(&Data::String("Glavna nagrada".into()))
    );
    assert_eq!(
        ministries.get_value((1, 6)),
        Some(&Data::String("Visok".into()))
    );
    let (_cyrl_dir, mut cyrl) = sample_xlsx("sr-Cyrl");
    assert_eq!(cyrl.sheet_names()[0], "Министарства");
    let ministries = cyrl.worksheet_range("Министарства").unwrap();
    assert_eq!(
        ministries.get_value((1, 6)),
        Some(&Data::String("Висок".into()))
    );
    let (_en_dir, mut en) = sample_xlsx("en,sq");
    assert_eq!(
        en.sheet_names(),
        [
            "Ministries",
            "Executive bodies and indepen",
            "Agencies",
            "Municipalities",
            "Individuals and civil societ",
            "Bands by criterion",
            "Ineligible",
            "Inputs"
        ]
    );
    // The nominees' total is the jury's mark; they have no evidence score.
    let nominees = en.worksheet_range("Individuals and civil societ").unwrap();
    assert_eq!(
        nominees.get_value((1, 2)),
        Some(&Data::String("drita-berisha".into()))
    );
    assert_eq!(nominees.get_value((1, 5)), Some(&Data::Float(90.0)));
    assert_eq!(nominees.get_value((1, 7)), Some(&Data::Empty));
    assert_eq!(nominees.get_value((1, 8)), Some(&Data::Float(90.0)));
    let ministries = en.worksheet_range("Ministries").unwrap();
    let header = header_of(&ministries);
    assert_eq!(
        header[5..9],
        ["Total", "Band", "Evidence score", "Jury (0–100)"]
    );
    assert_eq!(
        header[header.len() - 4..],
        ["Jury flags", "Status", "Award", "Observed"]
    );
    // The part of the evidence score resting on observed evidence, as in
    // the report's ranked table.
    let observed = header.len() as u32 - 1;
    assert_eq!(
        ministries.get_value((1, observed)),
        Some(&Data::Float(4.17))
    );
    assert_eq!(
        ministries.get_value((1, header.len() as u32 - 2)),
        Some(&Data::String("Main award".into()))
    );
    assert_eq!(
        ministries.get_value((1, 6)),
        Some(&Data::String("High".into()))
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
            "scorecards/drita-berisha.en.html",
            "scorecards/drita-berisha.sr-Cyrl.html",
            "scorecards/milan-petrovic.en.html",
            "scorecards/milan-petrovic.sr-Cyrl.html",
            "scorecards/mof.en.html",
            "scorecards/mof.sr-Cyrl.html",
            "scorecards/romani-glasi.en.html",
            "scorecards/romani-glasi.sr-Cyrl.html"
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
    // The index is rendered whole, the report page straight into its file:
    // an error in either is a template error, and nothing is written.
    for name in ["index.html.j2", "report.html.j2"] {
        let ws = workspace();
        Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
        std::fs::create_dir_all(ws.path().join("brand")).unwrap();
        std::fs::write(
            ws.path().join("brand").join(name),
            "<p>\n{{ award.name }}\n{{ m.no_such_message }}\n</p>\n",
        )
        .unwrap();
        let out = langaward(ws.path())
            .args(["--templates", "brand"])
            .assert()
            .code(78);
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert!(
            stderr.contains(&format!("error: template error: {name}:3: undefined value")),
            "{stderr}"
        );
        for page in ["index.html", "report.en.html"] {
            assert!(
                !ws.path().join("report").join(page).exists(),
                "{name}: {page}"
            );
        }
    }
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

/// The bundled submissions evaluated with juror sheets filled by `mark`
/// (juror, institution id, criterion → cells to write), without `missing`'s
/// sheet; returns the workspace, report folder and terminal output.
fn with_jury(
    missing: &str,
    mark: impl Fn(&str, &str, &str) -> Vec<(char, Entry)>,
) -> (tempfile::TempDir, std::path::PathBuf, String) {
    let ws = workspace();
    let marks = ws.path().join("marks");
    langaward(ws.path())
        .args(["jury-sheets", "--out"])
        .arg(&marks)
        .arg("--submissions")
        .arg(root().join("submissions"))
        .assert()
        .code(0);
    for juror in ["juror-a", "juror-b", "juror-c", "juror-d", "juror-e"] {
        let path = marks.join(format!("{juror}.xlsx"));
        if juror == missing {
            std::fs::remove_file(&path).unwrap();
            continue;
        }
        let entries: Vec<(String, Entry)> = juror_sheets::rows(&path)
            .unwrap()
            .iter()
            .flat_map(|r| {
                mark(juror, &r.id, &r.criterion)
                    .into_iter()
                    .map(move |(col, e)| (format!("{col}{}", r.row), e))
            })
            .collect();
        juror_sheets::fill(&path, &entries).unwrap();
    }
    let report = ws.path().join("report");
    let run = langaward(ws.path())
        .args(["--submissions"])
        .arg(root().join("submissions"))
        .arg("--jury")
        .arg(&marks)
        .arg("--out")
        .arg(&report)
        .assert()
        .code(0);
    let stdout = String::from_utf8_lossy(&run.get_output().stdout).to_string();
    (ws, report, stdout)
}

/// Juror E returns nothing; juror A declares a conflict with Prizren in
/// their own (hostile) words, which leaves Prizren two marks of the three
/// needed; juror D's 0 for the Ministry of Finance's signage sends it to the
/// consensus meeting; everyone else gives 8.
fn awaiting_and_disputed() -> (tempfile::TempDir, std::path::PathBuf, String) {
    with_jury("juror-e", |juror, id, criterion| {
        match (juror, id, criterion) {
            ("juror-a", "prizren", _) => {
                vec![('H', Entry::Text("=1+1 <b>advised</b> them".into()))]
            }
            ("juror-d", "mof", "Signage") => vec![('F', Entry::Number(0.0))],
            _ => vec![('F', Entry::Number(8.0))],
        }
    })
}

#[test]
fn jury_marks_awaiting_applicants_and_recusals_show_in_every_output() {
    let (ws, report, stdout) = awaiting_and_disputed();
    let html = read(&report.join("report.en.html"));
    for expected in [
        "<strong>Provisional:</strong> in Municipalities, Komuna e Prizrenit &#x2f; Opština Prizren cannot be ranked until enough jury marks are in",
        "<span class=\"flag\">provisional</span>",
        "<th class=\"num\">Evidence score</th><th class=\"num\">Jury (0–100)</th><th class=\"num\">Total</th>",
        "Total = 70% of the evidence score + 30% of the jury mark.",
        "<h3>Not ranked yet (insufficient jury marks)</h3>",
        "Komuna e Prizrenit &#x2f; Opština Prizren</a>: too few jury marks for Services to the public (2 of 3), Public communication (2 of 3) and Signage (2 of 3)",
        "<span class=\"flag\">consensus meeting</span>",
        "<td class=\"lost\">no sheet returned</td>",
        "<td>other: “=1+1 &lt;b&gt;advised&lt;&#x2f;b&gt; them”</td>",
        "<td>the criteria’s list of jurors</td>",
        "<td>Signage</td><td>juror-a 8, juror-b 8, juror-c 8, juror-d 0</td><td class=\"num\">8</td>",
        "<td>jury sheet</td><td>marks counted</td>",
        "The final total is 70% of the evidence score plus 30% of the jury mark.",
    ] {
        assert!(
            html.contains(expected),
            "{expected} missing from the report"
        );
    }
    assert!(!html.contains("<b>advised"), "a juror's words stay text");

    let card = read(&report.join("scorecards/mof.en.html"));
    for expected in [
        "<h2>The jury&#x27;s marks</h2>",
        "Marks!F4</code>",
        "✗ dropped by trimming",
        "<th>Made of</th>",
    ] {
        assert!(
            card.contains(expected),
            "{expected} missing from the scorecard"
        );
    }
    let prizren = read(&report.join("scorecards/prizren.sq.html"));
    assert!(
        prizren.contains("ende i parenditur: nota të pamjaftueshme të jurisë"),
        "{prizren}"
    );
    assert!(prizren.contains("2 nga 3 nota të nevojshme"));

    // The parts of the total add up exactly, as the data gives them.
    let json: serde_json::Value =
        serde_json::from_str(&read(&report.join("results.json"))).unwrap();
    let mof = json["applicants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["institution"]["id"] == "mof")
        .unwrap();
    let cents = |v: &serde_json::Value| (v.as_f64().unwrap() * 100.0).round() as i64;
    let share = &mof["scorecard"]["jury"];
    assert_eq!(
        cents(&share["evidence_part"]) + cents(&share["jury_part"]),
        cents(&mof["scorecard"]["total"])
    );
    assert!(
        card.contains(&format!("= {}", mof["scorecard"]["total"])),
        "the scorecard shows the total the parts make"
    );
    let jury = &json["jury"];
    assert_eq!(jury["missing"], serde_json::json!(["juror-e"]));
    assert_eq!(jury["jurors"][4]["returned"], false);
    let recusals = jury["recusals"].as_array().unwrap();
    assert!(
        recusals
            .iter()
            .any(|r| r["juror"] == "juror-b" && r["applicant"] == "kjc" && r["file"].is_null())
    );
    assert!(recusals.iter().any(|r| r["juror"] == "juror-a"
        && r["applicant"] == "prizren"
        && r["note"] == "=1+1 <b>advised</b> them"));
    let flags = |id: &str| {
        jury["applicants"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(flags("prizren")["awaiting"], true);
    assert_eq!(flags("mof")["consensus"], true);
    let municipalities = json["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["category"] == "municipalities")
        .unwrap();
    assert_eq!(
        municipalities["awaiting_jury"],
        serde_json::json!(["prizren"])
    );
    assert_eq!(municipalities["provisional"], true);
    assert_eq!(mof["jury"]["criteria"][2]["marks"][3]["juror"], "juror-d");

    let results = read(&report.join("results.csv"));
    assert!(
        results
            .lines()
            .next()
            .unwrap()
            .ends_with(
                ",file,evidence_score,jury_score,jury,observed_score,declared_score,services_band,communication_band,signage_band"
            )
    );
    assert!(results.contains("municipalities,,,prizren,"), "{results}");
    assert!(
        results.contains("/submissions/prizren.xlsx,50.45,,insufficient,10.97,39.48,"),
        "{results}"
    );
    assert!(
        results.contains("/submissions/mof.xlsx,95.81,80.00,consensus,4.17,91.64,"),
        "{results}"
    );
    let inputs = read(&report.join("inputs.csv"));
    assert!(inputs.lines().next().unwrap().ends_with(",message,role"));
    assert!(
        inputs.contains("juror-a.xlsx,")
            && inputs.contains(",marks counted with warnings,J015,warning,"),
        "{inputs}"
    );
    assert!(inputs.contains(",jury_sheet\r\n") && inputs.contains(",submission\r\n"));

    let mut book: calamine::Xlsx<_> = calamine::open_workbook(report.join("results.xlsx")).unwrap();
    let sheet = book.worksheet_range("Komunat").unwrap();
    assert!(
        sheet
            .rows()
            .any(|r| r.get(2) == Some(&Data::String("prizren".into()))
                && r.contains(&Data::String("në pritje të notave të jurisë".into())))
    );

    for expected in [
        "Municipalities (4 ranked, 1 awaiting jury marks) — PROVISIONAL",
        "  …     Komuna e Prizrenit awaiting jury marks: services 2 of 3, communication 2 of 3, signage 2 of 3",
        "[consensus meeting]",
        "Jury: 4 of 5 juror sheet(s) read (missing: juror-e), 2 recusal(s), consensus meeting: mof",
        "4 jury sheet(s): 3 marks counted, 1 marks counted with warnings, 0 rejected, 0 skipped",
    ] {
        assert!(
            stdout.contains(expected),
            "{expected} missing from\n{stdout}"
        );
    }
    let cyrl = read(&report.join("report.sr-Cyrl.html"));
    assert!(cyrl.contains("<strong>Привремено:</strong>"));
    let sq = read(&report.join("report.sq.html"));
    assert!(sq.contains("Totali = 70% e pikëve të dëshmive + 30% e notës së jurisë."));

    let explain = langaward(ws.path())
        .args(["explain", "mof", "--submissions"])
        .arg(root().join("submissions"))
        .args(["--jury", "marks"])
        .assert()
        .code(0);
    let text = String::from_utf8_lossy(&explain.get_output().stdout).to_string();
    for expected in [
        "The jury's marks",
        "Signage: Jury mark (trimmed mean) 8.00 · Spread 8 · consensus meeting",
        "✗ juror-d",
        "Marks!F4 (dropped by trimming)",
    ] {
        assert!(text.contains(expected), "{expected} missing from\n{text}");
    }
    assert!(
        text.lines().any(|l| l.starts_with("Evidence score ")
            && l.split_whitespace().rev().take(2).eq(["95.81", "100"])),
        "{text}"
    );
}

#[test]
fn jury_outputs_are_deterministic() {
    let (ws, report, _) = awaiting_and_disputed();
    let again = ws.path().join("again");
    langaward(ws.path())
        .args(["--submissions"])
        .arg(root().join("submissions"))
        .arg("--jury")
        .arg(ws.path().join("marks"))
        .arg("--out")
        .arg(&again)
        .assert()
        .code(0);
    for file in [
        "report.en.html",
        "scorecards/prizren.sr-Cyrl.html",
        "results.json",
        "results.csv",
        "inputs.csv",
        "results.xlsx",
    ] {
        assert!(
            std::fs::read(report.join(file)).unwrap() == std::fs::read(again.join(file)).unwrap(),
            "{file} differs between runs"
        );
    }
}

#[test]
fn without_the_jury_marks_every_output_says_the_outcome_is_provisional() {
    let ws = workspace();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    let out = langaward(ws.path()).assert().code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains(
            "PROVISIONAL: the criteria give the jury 30% of the total, but no jury marks were read"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("Jury: no marks read; totals are the evidence score alone and every outcome is PROVISIONAL"), "{stdout}");
    let html = read(&ws.path().join("report/report.en.html"));
    assert!(html.contains("<strong>Provisional:</strong> the criteria give the jury 30% of the total, but no jury marks were read."), "{html}");
    assert!(html.contains("<p class=\"provisional\">No jury marks were read"));
    assert!(
        !html.contains(">Jury (0–100)</th>"),
        "no jury column without marks"
    );
    let sr = read(&ws.path().join("report/report.sr.html"));
    assert!(sr.contains("<strong>Privremeno:</strong> kriterijumi daju žiriju 30%"));
    let card = read(&ws.path().join("report/scorecards/mof.en.html"));
    assert!(card.contains(
        "No jury marks were read: this total is the evidence score alone, and provisional."
    ));
    let json: serde_json::Value =
        serde_json::from_str(&read(&ws.path().join("report/results.json"))).unwrap();
    assert_eq!(json["jury"]["read"], false);
    assert_eq!(json["jury"]["provisional"], true);
    assert_eq!(json["categories"][0]["provisional"], true);
    assert!(
        read(&ws.path().join("report/results.csv"))
            .contains(",submissions/mof.xlsx,100.00,,,0.00,100.00,high,high,high\r\n")
    );
}

#[test]
fn a_jury_weight_of_zero_is_not_provisional_without_marks() {
    let ws = workspace();
    let criteria = ws.path().join("criteria/2026.yaml");
    // Without the nominees, whose totals wait for the jury's mark whatever
    // the jury's weights.
    let yaml = langaward_devkit::without_nominees(&read(&criteria)).replace(
        "weights: { evidence: 70, jury: 30 }",
        "weights: { evidence: 100, jury: 0 }",
    );
    assert!(yaml.contains("jury: 0 }"));
    std::fs::write(&criteria, yaml).unwrap();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    let out = langaward(ws.path()).assert().code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(!stdout.contains("PROVISIONAL"), "{stdout}");
    let html = read(&ws.path().join("report/report.en.html"));
    assert!(!html.contains("Provisional"));
    assert!(
        html.contains("The criteria give the jury no share of the total (evidence 100, jury 0)")
    );
}

#[test]
fn juror_sheets_not_yet_filled_leave_the_award_pending_the_jury() {
    let (_ws, report, stdout) = with_jury("", |_, _, _| Vec::new());
    assert!(
        stdout.contains("Main award: pending the jury's marks"),
        "{stdout}"
    );
    assert!(!stdout.contains("no award"), "{stdout}");
    for (lang, pending, none) in [
        ("en", "Pending the jury’s marks", "No award"),
        ("sq", "Në pritje të notave të jurisë", "Pa çmim"),
        ("sr", "Čeka se na ocene žirija", "Bez nagrade"),
        ("sr-Cyrl", "Чека се на оцене жирија", "Без награде"),
    ] {
        let html = read(&report.join(format!("report.{lang}.html")));
        assert!(html.contains(pending), "{lang}");
        assert!(!html.contains(none), "{lang}");
    }
}

/// Two ministries on 97.5: one loses half a service of seven on the
/// verbal indicator, the other one sign of ten; the services score
/// separates them.
#[test]
fn an_equal_total_decided_by_a_tie_break_says_so_and_names_the_rule() {
    let ws = workspace();
    let mut services = Book::valid("mos", "ministry");
    for row in 4..=7 {
        services = services.set("Services", row, 0, s(&format!("Service {row}")));
        for col in 1..=4 {
            services = services.set("Services", row, col, s("yes"));
        }
    }
    services
        .set("Services", 1, 1, s("no"))
        .write(&ws.path().join("submissions/mos.xlsx"));
    let mut signs = Book::valid("mosign", "ministry");
    for row in 3..=10 {
        signs = signs
            .set("Signage", row, 0, s(&format!("Office {row}")))
            .set("Signage", row, 1, s(&format!("Zyra {row}")))
            .set("Signage", row, 2, s(&format!("Канцеларија {row}")));
    }
    signs
        .set("Signage", 10, 2, s("Kancelarija 10"))
        .write(&ws.path().join("submissions/mosign.xlsx"));
    let out = langaward(ws.path()).assert().code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains(
            "Main award: Institucioni mosign (equal total with the next applicant; tie broken by services)"
        ),
        "{stdout}"
    );
    for (lang, said) in [
        (
            "en",
            "Equal total with the next applicant; the tie was broken by Services to the public",
        ),
        (
            "sq",
            "Total i barabartë me aplikuesin pasues; barazimi u zgjidh nga Shërbimet për publikun",
        ),
        (
            "sr",
            "Isti ukupni zbir kao i sledeći podnosilac; izjednačenje je rešeno prema: Usluge za javnost",
        ),
        (
            "sr-Cyrl",
            "Исти укупни збир као и следећи подносилац; изједначење је решено према: Услуге за јавност",
        ),
    ] {
        let html = read(&ws.path().join(format!("report/report.{lang}.html")));
        assert!(html.contains(said), "{lang}: {html}");
        assert!(!html.contains("Close result"), "{lang}");
    }
}

#[test]
fn the_method_names_languages_in_official_use_only_where_the_criterion_counts_them() {
    let ws = workspace();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    langaward(ws.path()).assert().code(0);
    let html = read(&ws.path().join("report/report.en.html"));
    let in_use = "a municipality’s other official languages and, for this criterion, the languages in official use in the municipality.";
    // Three services indicators count them; the four communication
    // indicators and the signage indicator owed by language do not.
    assert_eq!(html.matches(in_use).count(), 3, "{html}");
    assert_eq!(
        html.matches("everywhere, and a municipality’s other official languages.")
            .count(),
        5
    );
    let sr = read(&ws.path().join("report/report.sr.html"));
    assert!(sr.contains("i, za ovaj kriterijum, jezici u službenoj upotrebi u opštini."));
    let sq = read(&ws.path().join("report/report.sq.html"));
    assert!(sq.contains("dhe, për këtë kriter, gjuhët në përdorim zyrtar në komunë."));
}
