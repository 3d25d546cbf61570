//! `langaward check`: lint a criteria file without submissions.

use crate::{langaward, workspace};
use langaward_devkit::criteria_with;

fn check_with(edit: &[(&str, &str)], args: &[&str], code: i32) -> String {
    let ws = workspace();
    std::fs::write(ws.path().join("criteria/2026.yaml"), criteria_with(edit)).unwrap();
    let out = langaward(ws.path())
        .arg("check")
        .args(args)
        .assert()
        .code(code);
    String::from_utf8_lossy(&out.get_output().stdout).to_string()
}

#[test]
fn the_bundled_criteria_pass_with_one_note() {
    let out = check_with(&[], &[], 0);
    assert!(!out.contains("C071"), "{out}");
    assert!(
        out.contains(
            "criteria/jurors.yaml:9:18: note[W007]: the jurors' institutions (`kjc`) must be applicants' ids"
        ),
        "check says what it could not verify without submissions:\n{out}"
    );
    assert!(
        out.ends_with("criteria/2026.yaml: 0 error(s), 1 other note(s)\n"),
        "{out}"
    );
}

#[test]
fn warnings_a_secretariat_wants_before_a_new_edition() {
    let out = check_with(
        &[
            (
                "        weight: 30\n        kind: simultaneity",
                "        weight: 50\n        kind: simultaneity",
            ),
            (
                "        weight: 20\n        kind: equivalence",
                "        weight: 0\n        kind: equivalence",
            ),
            (
                "    above: 66\n    to: 100",
                "    above: 66.001\n    to: 100",
            ),
            (
                "    from: 33\n    to: 66\n",
                "    from: 33\n    to: 66.001\n",
            ),
            ("open_from: 2020", "open_from: 2027"),
            (
                "      - key: words_sr\n",
                "      - key: remarks\n        name: { sq: Vërejtje, sr: Napomene, en: Remarks }\n        type: text\n      - key: words_sr\n",
            ),
        ],
        &[],
        0,
    );
    for expected in [
        "warning[W001]: indicator `equivalent` has weight 0: it is shown but never counts",
        "warning[W003]: category `municipalities` opens in 2027, so it is closed in the 2026 edition",
        "warning[W004]: column `remarks` of sheet `communication` is used by no indicator or gate",
    ] {
        assert!(out.contains(expected), "{expected} missing from\n{out}");
    }
}

#[test]
fn an_unreachable_band_is_a_warning() {
    // Scores have two decimals: nothing lies above 66 and up to 66.005.
    let sliver = "    above: 66.005\n    to: 100\n  - id: sliver\n    name: { sq: S, sr: S, en: Sliver }\n    above: 66\n    to: 66.005\n";
    let out = check_with(&[("    above: 66\n    to: 100\n", sliver)], &[], 0);
    assert!(
        out.contains("warning[W002]: no score with 2 decimals falls in band `sliver`"),
        "{out}"
    );
}

#[test]
fn errors_exit_78_and_json_is_for_tools() {
    let out = check_with(&[("weight: 35", "weight: 30")], &["--format", "json"], 78);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first = &doc[0];
    assert_eq!(first["code"], "C010");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["file"], "criteria/2026.yaml");
    assert!(first["line"].as_u64().unwrap() > 0);
}

#[test]
fn a_missing_file_exits_66() {
    let ws = workspace();
    let out = langaward(ws.path())
        .args(["check", "nope.yaml"])
        .assert()
        .code(66);
    assert!(
        String::from_utf8_lossy(&out.get_output().stderr)
            .contains("nope.yaml: cannot read the criteria file")
    );
}

#[test]
fn a_tier_minimum_below_its_band_is_a_warning() {
    let out = check_with(
        &[(
            "    min_band: high\n",
            "    min_band: high\n    min_total: 50\n",
        )],
        &[],
        0,
    );
    assert!(out.contains("warning[W005]: tier `main` asks for a total of 50, below its band `high` (from 66): the band decides"), "{out}");
}
