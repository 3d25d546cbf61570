//! The jury: `langaward jury-sheets` writes one marking workbook per juror;
//! `langaward evaluate --jury DIR` reads them back filled.

use crate::{langaward, read, root, workspace};
use calamine::{Data, Reader};
use langaward_devkit::juror_sheets::{self, Entry};
use std::path::Path;

#[test]
fn each_juror_gets_the_eligible_applicants_of_their_categories() {
    let dir = tempfile::tempdir().unwrap();
    let out = langaward(&root())
        .args(["jury-sheets", "--out", dir.path().to_str().unwrap()])
        .assert()
        .code(0);
    assert!(
        String::from_utf8_lossy(&out.get_output().stdout).contains("5 juror workbook(s) written")
    );
    let rows = |juror: &str| -> Vec<Vec<Data>> {
        let mut book: calamine::Xlsx<_> =
            calamine::open_workbook(dir.path().join(format!("{juror}.xlsx"))).unwrap();
        book.worksheet_range("Marks")
            .unwrap()
            .rows()
            .map(<[Data]>::to_vec)
            .collect()
    };
    let a = rows("juror-a");
    assert_eq!(a[0][5], Data::String("Mark".into()));
    // 17 ranked applicants (gate failures and ineligible ones are not marked) × 3 criteria,
    // and the 3 nominees the jury alone judges, once each as a whole.
    assert_eq!(a.len() - 1, 17 * 3 + 3);
    let nominee = a
        .iter()
        .find(|r| r[1] == Data::String("drita-berisha".into()))
        .unwrap();
    assert_eq!(nominee[3], Data::String("Overall".into()));
    assert_eq!(nominee[4], Data::Empty, "a nominee has no evidence score");
    let b = rows("juror-b");
    let ids: Vec<&Data> = b.iter().skip(1).map(|r| &r[1]).collect();
    assert!(
        !ids.contains(&&Data::String("kjc".into())),
        "a juror never marks their own institution"
    );
    assert_eq!(b.len() - 1, (17 - 1) * 3 + 3);
    let e = rows("juror-e");
    let ids: Vec<&Data> = e.iter().skip(1).map(|r| &r[1]).collect();
    assert!(
        ids.contains(&&Data::String("cc".into())) && ids.contains(&&Data::String("gjilan".into()))
    );
    assert!(
        !ids.contains(&&Data::String("mof".into())),
        "juror E does not mark ministries"
    );
    // The evidence score is shown; marks and conflicts have dropdowns.
    let mof = a
        .iter()
        .find(|r| r[1] == Data::String("mof".into()))
        .unwrap();
    assert_eq!(mof[4], Data::Float(93.75));
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(dir.path().join("juror-a.xlsx")).unwrap())
            .unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut xml,
    )
    .unwrap();
    assert!(xml.contains("\"0,1,2,3,4,5,6,7,8,9,10\""), "mark dropdown");
    assert!(
        xml.contains("\"professional conflict,personal relationship,own institution,other\""),
        "conflict reasons"
    );
    assert!(xml.contains("<sheetProtection"));
}

/// Column `col` of every row of a CSV, keyed by the `id` column.
fn column(csv: &str, col: &str) -> Vec<(String, String)> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let pos = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (id, value) = (pos("id"), pos(col));
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[id].to_string(), r[value].to_string())
        })
        .collect()
}

/// Writes blank juror sheets for the bundled sample into `dir`.
fn blank_sheets(ws: &Path, dir: &Path) {
    blank_sheets_in(ws, dir, "en");
}

/// Writes blank juror sheets for the bundled sample into `dir`, in `lang`.
fn blank_sheets_in(ws: &Path, dir: &Path, lang: &str) {
    langaward(ws)
        .args(["jury-sheets", "--lang", lang, "--out"])
        .arg(dir)
        .arg("--submissions")
        .arg(root().join("submissions"))
        .assert()
        .code(0);
}

/// Fills every row of every juror's sheet with what `choose(juror, id,
/// criterion)` returns (cells in column F: mark, H: conflict).
fn fill_all(dir: &Path, choose: impl Fn(&str, &str, &str) -> Vec<(char, Entry)>) {
    for juror in ["juror-a", "juror-b", "juror-c", "juror-d", "juror-e"] {
        let path = dir.join(format!("{juror}.xlsx"));
        let entries: Vec<(String, Entry)> = juror_sheets::rows(&path)
            .unwrap()
            .iter()
            .flat_map(|r| {
                choose(juror, &r.id, &r.criterion)
                    .into_iter()
                    .map(move |(col, e)| (format!("{col}{}", r.row), e))
            })
            .collect();
        juror_sheets::fill(&path, &entries).unwrap();
    }
}

#[test]
fn filled_sheets_decide_the_award_with_conflicts_and_bad_marks_reported() {
    let ws = workspace();
    let jury = ws.path().join("marks");
    blank_sheets(ws.path(), &jury);
    let out_of_range = juror_sheets::rows(&jury.join("juror-c.xlsx"))
        .unwrap()
        .into_iter()
        .find(|r| r.id == "prizren" && r.criterion == "Signage")
        .unwrap()
        .row;
    fill_all(&jury, |juror, id, criterion| match (juror, id, criterion) {
        // Juror A declares a conflict for Gjilan on one row, and still
        // writes a mark on another: no mark of A's counts for Gjilan.
        ("juror-a", "gjilan", "Services to the public") => {
            vec![('H', Entry::Text("personal relationship".into()))]
        }
        ("juror-a", "gjilan", _) => vec![('F', Entry::Number(10.0))],
        ("juror-c", "prizren", "Signage") => vec![('F', Entry::Number(11.0))],
        // Only two jurors mark the Ministry of Health: too few.
        ("juror-c" | "juror-d", "mh", _) => Vec::new(),
        (_, "gracanica", _) => vec![('F', Entry::Number(10.0))],
        (_, "prishtina", _) => vec![('F', Entry::Number(0.0))],
        _ => vec![('F', Entry::Text("5".into()))],
    });
    std::fs::write(jury.join("notes.txt"), "not a sheet").unwrap();
    std::fs::copy(jury.join("juror-b.xlsx"), jury.join("juror-b (old).xlsx")).unwrap();
    let stranger = jury.join("stranger.xlsx");
    std::fs::copy(jury.join("juror-e.xlsx"), &stranger).unwrap();
    juror_sheets::fill_sheet(
        &stranger,
        2,
        &[("B1".into(), Entry::Text("juror-x".into()))],
    )
    .unwrap();

    let report = ws.path().join("report");
    let run = langaward(ws.path())
        .args(["--submissions"])
        .arg(root().join("submissions"))
        .arg("--jury")
        .arg(&jury)
        .arg("--out")
        .arg(&report)
        .assert()
        .code(65);
    let stdout = String::from_utf8_lossy(&run.get_output().stdout).to_string();

    let results = read(&report.join("results.csv"));
    let rank: Vec<(String, String)> = column(&results, "rank");
    let award: Vec<(String, String)> = column(&results, "award");
    let get = |v: &[(String, String)], id: &str| {
        v.iter()
            .find(|(i, _)| i == id)
            .map(|(_, x)| x.clone())
            .unwrap()
    };
    assert_eq!(
        get(&rank, "gracanica"),
        "1",
        "the jury's marks lift Gračanica\n{results}"
    );
    assert_eq!(get(&award, "gracanica"), "main");
    assert_eq!(get(&rank, "prishtina"), "3", "all zeros sink Prishtina");
    assert_eq!(get(&rank, "mh"), "", "too few marks: not ranked\n{results}");
    assert!(
        stdout.contains("Ministries (3 ranked, 1 awaiting jury marks) — PROVISIONAL"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  …     Ministria e Shëndetësisë awaiting jury marks: "),
        "{stdout}"
    );
    let en = read(&report.join("report.en.html"));
    assert!(
        en.contains("in Ministries, Ministria e Shëndetësisë &#x2f; Ministarstvo zdravlja cannot be ranked until enough jury marks are in"),
        "the report says the ministries' outcome may change"
    );

    let inputs = read(&report.join("inputs.csv"));
    // The line of `file` that reports `code`.
    let line = |file: &str, code: &str| {
        inputs
            .lines()
            .find(|l| l.contains(file) && l.contains(&format!(",{code},")))
            .unwrap_or_else(|| panic!("{file}: {code} missing from\n{inputs}"))
            .to_string()
    };
    let bad = line("juror-c.xlsx", "J013");
    assert!(bad.contains(&format!("Marks!F{out_of_range}")), "{bad}");
    assert!(
        bad.contains("the mark 11 lies outside the scale 0 to 10"),
        "{bad}"
    );
    assert!(line("juror-a.xlsx", "J021").contains("gjilan"));
    assert!(line("juror-b (old).xlsx", "J004").contains("juror-b.xlsx"));
    assert!(line("stranger.xlsx", "J003").contains("juror-x"));
    line("notes.txt", "K001");
    assert!(line("juror-d.xlsx", "J020").contains("3 rows have neither a mark"));
    for sheet in ["juror-a", "juror-b", "juror-c", "juror-d", "juror-e"] {
        assert!(
            inputs.contains(&format!("{sheet}.xlsx")),
            "every sheet is listed"
        );
    }
    let json = read(&report.join("results.json"));
    assert!(
        json.contains("personal relationship"),
        "the recusal is listed with its reason"
    );
}

#[test]
fn a_jury_weight_of_0_reproduces_the_evidence_result_exactly() {
    let ws = workspace();
    let yaml = ws.path().join("criteria/2026.yaml");
    // The nominees' totals are the jury's mark whatever the jury's weights.
    let text = langaward_devkit::without_nominees(&read(&yaml)).replace(
        "weights: { evidence: 70, jury: 30 }",
        "weights: { evidence: 100, jury: 0 }",
    );
    std::fs::write(&yaml, text).unwrap();
    let run = |jury: Option<&Path>, out: &str| {
        let mut cmd = langaward(ws.path());
        cmd.arg("--submissions")
            .arg(root().join("submissions"))
            .args(["--out", out]);
        match jury {
            Some(dir) => cmd.arg("--jury").arg(dir),
            None => cmd.arg("--no-jury"),
        };
        cmd.assert().code(0);
        let results = read(&ws.path().join(out).join("results.csv"));
        (column(&results, "rank"), column(&results, "total"))
    };
    let evidence = run(None, "evidence");
    let with_jury = run(Some(&root().join("jury")), "with-jury");
    assert_eq!(evidence, with_jury);
}

#[test]
fn a_jury_folder_needs_a_jury_in_the_criteria_unless_found_by_default() {
    let ws = workspace();
    let yaml = ws.path().join("criteria/2026.yaml");
    let text = read(&yaml);
    let (start, end) = (
        text.find("\njury:\n").unwrap(),
        text.find("\nranking:\n").unwrap(),
    );
    let text = format!("{}{}", &text[..=start], &text[end + 1..])
        .replace(", jury, full_indicators]", ", full_indicators]");
    let text = langaward_devkit::without_nominees(&text);
    std::fs::write(&yaml, text).unwrap();
    std::fs::create_dir(ws.path().join("jury")).unwrap();
    std::fs::copy(
        root().join("jury/juror-a.xlsx"),
        ws.path().join("jury/juror-a.xlsx"),
    )
    .unwrap();
    let run = || {
        let mut cmd = langaward(ws.path());
        cmd.arg("--submissions").arg(root().join("submissions"));
        cmd
    };
    run().assert().code(0);
    let inputs = read(&ws.path().join("report/inputs.csv"));
    assert!(
        !inputs.contains("juror-a"),
        "found by default and ignored:\n{inputs}"
    );
    let out = run()
        .args(["--jury", "jury", "--out", "named", "--force"])
        .assert()
        .code(78);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr);
    assert!(
        stderr.contains("jury: jury marks were given, but the criteria have no `jury`"),
        "{stderr}"
    );
}

/// Sheets in every language and script: their sheets, headers, words and
/// dropdowns are in the juror's language, and filled in, they read back
/// like English ones, a conflict chosen from the translated list included.
#[test]
fn juror_sheets_in_every_language_read_back_alike() {
    use langaward::i18n::{Lang, Messages};
    for lang in Lang::ALL {
        let m = Messages::load(lang).unwrap();
        let ws = workspace();
        let jury = ws.path().join("marks");
        blank_sheets_in(ws.path(), &jury, lang.code());
        let mut book: calamine::Xlsx<_> =
            calamine::open_workbook(jury.join("juror-a.xlsx")).unwrap();
        assert_eq!(
            book.sheet_names(),
            [m.get("jury_sheet_marks"), m.get("jury_sheet_juror")]
        );
        let marks = book.worksheet_range_at(0).unwrap().unwrap();
        assert_eq!(
            marks.get((0, 5)),
            Some(&Data::String(m.get("jury_col_mark").into())),
            "{}",
            lang.code()
        );
        let about = book.worksheet_range_at(1).unwrap().unwrap();
        assert_eq!(
            about.get((4, 1)),
            Some(&Data::String(m.get("jury_how_to_fill").into()))
        );
        let conflict = m.get("conflict_personal").to_string();
        fill_all(&jury, |juror, id, _| match (juror, id) {
            ("juror-a", "gjilan") => vec![('H', Entry::Text(conflict.clone()))],
            _ => vec![('F', Entry::Number(7.0))],
        });
        let report = ws.path().join("report");
        langaward(ws.path())
            .args(["--lang", "en", "--submissions"])
            .arg(root().join("submissions"))
            .arg("--jury")
            .arg(&jury)
            .arg("--out")
            .arg(&report)
            .assert()
            .code(0);
        let inputs = read(&report.join("inputs.csv"));
        assert!(
            !inputs.contains(",J0"),
            "{}: every sheet reads cleanly\n{inputs}",
            lang.code()
        );
        let results = read(&report.join("results.csv"));
        let jury_score = column(&results, "jury_score");
        assert!(
            jury_score
                .iter()
                .filter(|(_, s)| !s.is_empty())
                .all(|(_, s)| s == "70.00"),
            "{}: {results}",
            lang.code()
        );
        assert!(
            jury_score
                .iter()
                .any(|(id, s)| id == "gjilan" && s == "70.00"),
            "{results}"
        );
        let json = read(&report.join("results.json"));
        assert!(
            json.contains("personal relationship"),
            "{}: the recusal is read with its reason",
            lang.code()
        );
    }
}
