//! Everyday mistakes on the command line and in the jurors list: each gets
//! one clear answer, and none leaves a half-written report behind.

use crate::fixtures::Book;
use crate::{files_under, langaward, read, root, workspace};
use std::path::Path;

/// A workspace with two applicants, `mof` and `kjc` (juror B's institution).
fn two_applicants() -> tempfile::TempDir {
    let ws = workspace();
    Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    Book::valid("kjc", "independent_institution").write(&ws.path().join("submissions/kjc.xlsx"));
    ws
}

fn stderr(out: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&out.get_output().stderr).to_string()
}

/// Runs `args` in `dir`, expecting exit 66 and `message` on stderr.
fn refused(dir: &Path, args: &[&str], message: &str) {
    let out = langaward(dir).args(args).assert().code(66);
    let err = stderr(&out);
    assert!(err.contains(message), "{args:?}:\n{err}");
}

#[test]
fn a_path_that_does_not_exist_is_refused_before_anything_is_written() {
    let ws = two_applicants();
    let dir = ws.path();
    std::fs::create_dir(dir.join("jury")).unwrap();
    std::fs::create_dir(dir.join("templates")).unwrap();
    let misspelt = "error: submissons: no such file or folder; did you mean `submissions`?";
    refused(dir, &["--submissions", "submissons"], misspelt);
    refused(
        dir,
        &["explain", "mof", "--submissions", "submissons"],
        misspelt,
    );
    refused(
        dir,
        &["jury-sheets", "--submissions", "submissons"],
        misspelt,
    );
    refused(
        dir,
        &["--jury", "jurry"],
        "error: jurry: no such file or folder; did you mean `jury`?",
    );
    refused(
        dir,
        &["--templates", "templats"],
        "error: templats: no such file or folder; did you mean `templates`?",
    );
    refused(
        dir,
        &["validate", "submissions/mof.xlsx", "submissions/mfo.xlsx"],
        "error: submissions/mfo.xlsx: no such file or folder; did you mean `submissions/mof.xlsx`?",
    );
    refused(
        dir,
        &["diff", "a.json", "b.json", "--templates", "templats"],
        "error: templats: no such file or folder; did you mean `templates`?",
    );
    // Every slip at once, not one per run.
    let out = langaward(dir)
        .args(["--submissions", "submissons", "--jury", "jurry"])
        .assert()
        .code(66);
    let err = stderr(&out);
    assert!(err.contains("did you mean `submissions`?") && err.contains("did you mean `jury`?"));
    assert!(!dir.join("report").exists(), "nothing was written");
    assert!(
        !dir.join("jury-sheets-2026").exists(),
        "nothing was written"
    );
}

#[test]
fn a_language_named_twice_counts_once() {
    let ws = two_applicants();
    langaward(ws.path())
        .args(["--lang", "sq,sq,en", "--quiet"])
        .assert()
        .code(0);
    let report = ws.path().join("report");
    let pages: Vec<String> = files_under(&report)
        .into_iter()
        .filter(|f| f.starts_with("report."))
        .collect();
    assert_eq!(pages, ["report.en.html", "report.sq.html"]);
    // The report was moved into place whole: the next run is not refused.
    langaward(ws.path()).arg("--quiet").assert().code(0);
    // The applicants' template too: `sq,sq,en` is `sq,en`.
    for (langs, file) in [("sq,sq,en,sq", "twice.xlsx"), ("sq,en", "once.xlsx")] {
        langaward(ws.path())
            .args(["template", "--lang", langs, "--out", file])
            .assert()
            .code(0);
    }
    assert_eq!(
        std::fs::read(ws.path().join("twice.xlsx")).unwrap(),
        std::fs::read(ws.path().join("once.xlsx")).unwrap()
    );
}

/// The bundled sample as a fresh clone has it: criteria, submissions and
/// the jurors' filled sheets in `jury/`.
fn fresh_clone() -> tempfile::TempDir {
    let ws = workspace();
    for folder in ["submissions", "jury"] {
        std::fs::create_dir_all(ws.path().join(folder)).unwrap();
        for entry in std::fs::read_dir(root().join(folder)).unwrap() {
            let from = entry.unwrap().path();
            std::fs::copy(
                &from,
                ws.path().join(folder).join(from.file_name().unwrap()),
            )
            .unwrap();
        }
    }
    ws
}

#[test]
fn jury_sheets_never_overwrite_a_jurors_marks() {
    let ws = fresh_clone();
    let dir = ws.path();
    let jury = dir.join("jury");
    let before: Vec<Vec<u8>> = files_under(&jury)
        .iter()
        .map(|f| std::fs::read(jury.join(f)).unwrap())
        .collect();
    for force in [&[][..], &["--force"][..]] {
        let out = langaward(dir)
            .args(["jury-sheets", "--out", "jury/"])
            .args(force)
            .assert()
            .code(73);
        let err = stderr(&out);
        for expected in [
            "error: jury/ holds filled juror sheets that blank ones would replace: juror-a.xlsx (54 marks), ",
            "juror-c.xlsx (51 marks, 3 declared conflicts)",
            "langaward never overwrites jurors' marks, not even with --force",
            "help: write the blank sheets into a new folder, e.g. --out jury-sheets-2026/",
        ] {
            assert!(err.contains(expected), "{force:?}: {expected}\n{err}");
        }
        assert!(
            !err.contains("use --force"),
            "--force is never suggested over marks:\n{err}"
        );
    }
    let after: Vec<Vec<u8>> = files_under(&jury)
        .iter()
        .map(|f| std::fs::read(jury.join(f)).unwrap())
        .collect();
    assert!(before == after, "the jurors' sheets are untouched");
    assert!(!jury.join(".langaward-manifest").exists());
    // The README's command, verbatim: blank sheets in a folder of their own.
    let out = langaward(dir).arg("jury-sheets").assert().code(0);
    assert!(
        String::from_utf8_lossy(&out.get_output().stdout)
            .contains("5 juror workbook(s) written to jury-sheets-2026")
    );
    assert!(dir.join("jury-sheets-2026/juror-a.xlsx").is_file());
    // Its own blank sheets it replaces without asking.
    langaward(dir).arg("jury-sheets").assert().code(0);
}

#[test]
fn a_misspelt_juror_institution_is_a_located_warning() {
    let ws = two_applicants();
    let dir = ws.path();
    let jurors = dir.join("criteria/jurors.yaml");
    let yaml = read(&jurors);
    std::fs::write(
        &jurors,
        yaml.replace("institution: kjc", "institution: kjcc"),
    )
    .unwrap();
    let warning = "criteria/jurors.yaml:9:18: warning[W006]: juror `juror-b` belongs to institution `kjcc`, which is no applicant's id: the juror is not kept off their own institution\n    help: did you mean `kjc`?";
    for args in [
        &["evaluate"][..],
        &["explain", "kjc"],
        &["jury-sheets", "--out", "blank"],
    ] {
        let out = langaward(dir).args(args).assert().code(0);
        let err = stderr(&out);
        assert!(err.contains(warning), "{args:?}:\n{err}");
    }
    let page = |lang: &str| read(&dir.join(format!("report/report.{lang}.html")));
    for (lang, expected) in [
        (
            "en",
            "criteria&#x2f;jurors.yaml, line 9, column 18: juror juror-b belongs to institution “kjcc”, which is no applicant&#x27;s id, so the juror is not kept off their own institution. Did you mean “kjc”?",
        ),
        (
            "sq",
            "rreshti 9, kolona 18: anëtari i jurisë juror-b i përket institucionit “kjcc”, që nuk është ID e asnjë aplikuesi; prandaj ky anëtar nuk përjashtohet nga vlerësimi i institucionit të vet. Mos keni dashur të shkruani “kjc”?",
        ),
        (
            "sr",
            "red 9, kolona 18: član žirija juror-b pripada instituciji „kjcc“, a to nije ID nijednog podnosioca prijave; zato taj član žirija nije izuzet od ocenjivanja sopstvene institucije. Da li ste mislili na „kjc“?",
        ),
        (
            "sr-Cyrl",
            "ред 9, колона 18: члан жирија juror-b припада институцији „kjcc“",
        ),
    ] {
        assert!(page(lang).contains(expected), "{lang}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&read(&dir.join("report/results.json"))).unwrap();
    let w = &json["jury"]["warnings"][0];
    assert_eq!(
        (w["code"].as_str(), w["line"].as_u64()),
        (Some("W006"), Some(9))
    );
    // `check` cannot see the applicants' ids, and says so; with them, it warns.
    let check = |extra: &[&str]| {
        let out = langaward(dir).arg("check").args(extra).assert().code(0);
        String::from_utf8_lossy(&out.get_output().stdout).to_string()
    };
    let alone = check(&[]);
    assert!(
        alone.contains("criteria/jurors.yaml:9:18: note[W007]: the jurors' institutions (`kjcc`)"),
        "{alone}"
    );
    assert!(check(&["--submissions", "submissions"]).contains(warning));
    // Jurors listed in the criteria file itself are located there.
    let criteria = dir.join("criteria/2026.yaml");
    let inline = read(&criteria).replace(
        "jurors_file: jurors.yaml",
        "jurors:\n    - { id: solo, name: Solo Juror, institution: mfo }",
    );
    std::fs::write(&criteria, inline).unwrap();
    let out = langaward(dir).arg("--quiet").assert().code(0);
    assert!(stderr(&out).is_empty(), "--quiet prints nothing but errors");
    let out = langaward(dir).assert().code(0);
    let err = stderr(&out);
    assert!(
        err.contains("criteria/2026.yaml:")
            && err.contains("warning[W006]: juror `solo` belongs to institution `mfo`")
            && err.contains("help: did you mean `mof`?"),
        "{err}"
    );
}

#[test]
fn a_file_named_twice_is_one_input() {
    let ws = two_applicants();
    let dir = ws.path();
    let rows = |csv: &str| -> Vec<String> {
        read(&dir.join(csv))
            .lines()
            .skip(1)
            .map(|l| l.split(',').take(3).collect::<Vec<_>>().join(","))
            .collect()
    };
    langaward(dir)
        .args([
            "--submissions",
            "submissions/mof.xlsx",
            "submissions",
            "--quiet",
        ])
        .assert()
        .code(0);
    let inputs = rows("report/inputs.csv");
    assert_eq!(inputs.len(), 2, "{inputs:?}");
    assert!(inputs.iter().all(|r| r.ends_with(",scored")), "{inputs:?}");
    assert!(!read(&dir.join("report/inputs.csv")).contains("S050"));
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("submissions/mof.xlsx", dir.join("mine.xlsx")).unwrap();
        langaward(dir)
            .args(["--submissions", "mine.xlsx", "./submissions", "--quiet"])
            .assert()
            .code(0);
        let files: Vec<String> = rows("report/inputs.csv")
            .iter()
            .map(|r| r.split(',').next().unwrap().to_string())
            .collect();
        assert_eq!(
            files,
            ["./submissions/kjc.xlsx", "mine.xlsx"],
            "one input under the first spelling given"
        );
    }
}

/// `validate` speaks the applicant's language: the verdict, every finding,
/// the provisional score and the criteria's names, in the first `--lang`.
#[test]
fn validate_speaks_the_first_language_given() {
    let ws = workspace();
    Book::valid("ours", "agency")
        .set("Communication", 2, 3, crate::fixtures::s("next week"))
        .write(&ws.path().join("ours.xlsx"));
    std::fs::write(ws.path().join("broken.xlsx"), "not a workbook").unwrap();
    let run = |lang: &str| {
        let out = langaward(ws.path())
            .args(["validate", "ours.xlsx", "broken.xlsx", "--lang", lang])
            .assert()
            .code(65);
        String::from_utf8_lossy(&out.get_output().stdout).to_string()
    };
    let sq = run("sq,en");
    assert!(
        sq.contains("ours.xlsx: do të pranohej, me paralajmërime\n  Communication!D3: "),
        "{sq}"
    );
    assert!(sq.contains("totali i përkohshëm: "), "{sq}");
    assert!(sq.contains("Komunikimi publik"), "{sq}");
    assert!(sq.contains("broken.xlsx: do të REFUZOHEJ\n  "), "{sq}");
    assert!(!sq.contains("would be"), "{sq}");
    let cyrl = run("sr-Cyrl");
    assert!(
        cyrl.contains("ours.xlsx: била би прихваћена, уз упозорења\n"),
        "{cyrl}"
    );
    assert!(cyrl.contains("привремени укупни збир: "), "{cyrl}");
    assert!(cyrl.contains("broken.xlsx: била би ОДБИЈЕНА\n"), "{cyrl}");
    let en = run("en");
    assert!(
        en.contains("ours.xlsx: would be accepted, with warnings\n"),
        "{en}"
    );
}
