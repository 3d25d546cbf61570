//! One broken criteria file per diagnostic code: the binary must exit 78 and
//! name the code at the right line and column.

use crate::{langaward, root, workspace};
use langaward_devkit::criteria_with;

/// The bundled criteria's text with `from` replaced once by `to`.
fn replace(from: &str, to: &str) -> String {
    criteria_with(&[(from, to)])
}

/// Runs `langaward` on a criteria text; returns stderr.
fn check(yaml: &str) -> String {
    let ws = workspace();
    std::fs::write(ws.path().join("criteria/bad.yaml"), yaml).unwrap();
    let out = langaward(ws.path())
        .args(["--criteria", "criteria/bad.yaml"])
        .assert()
        .code(78);
    String::from_utf8_lossy(&out.get_output().stderr).to_string()
}

fn expect(yaml: &str, expected: &str) {
    let stderr = check(yaml);
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in:\n{stderr}"
    );
}

#[test]
fn c001_syntax_tabs_and_duplicate_keys() {
    expect(
        "edition: 2026\n\taward: x\n",
        "criteria/bad.yaml:1:10: error[C001]",
    );
    expect(
        &replace("edition: 2026\n", "edition: 2026\nedition: 2027\n"),
        "bad.yaml:4:1: error[C001]: key `edition` appears twice",
    );
    expect("edition: 2026\naward: \"unclosed\n", "error[C001]");
}

#[test]
fn c002_unknown_key_suggests_the_nearest() {
    expect(
        &replace("  tie_breaks:", "  tie_braeks:"),
        "error[C002]: unknown key `tie_braeks`\n    help: did you mean `tie_breaks`?",
    );
}

#[test]
fn c003_wrong_type_weight_as_string_and_nan() {
    expect(
        &replace("weight: 35", "weight: \"35\""),
        "error[C003]: invalid type: string \"35\", expected a number",
    );
    expect(
        &replace("weight: 35", "weight: .nan"),
        "error[C003]: `.nan` is not a usable number",
    );
}

#[test]
fn c004_missing_key() {
    expect(
        &replace("rounding:\n  decimals: 2\n", ""),
        "error[C004]: missing key `rounding`",
    );
}

#[test]
fn c005_empty_file() {
    expect("", "bad.yaml:1:1: error[C005]: the criteria file is empty");
    expect("\u{feff}\n  \n", "error[C005]");
}

#[test]
fn c010_weights_must_sum_to_100_at_every_level() {
    expect(
        &replace("weight: 35", "weight: 30"),
        "error[C010]: the weights of the criteria sum to 95, not 100",
    );
    expect(
        &replace(
            "weight: 30\n        kind: simultaneity",
            "weight: 20\n        kind: simultaneity",
        ),
        "error[C010]: the weights of criterion `communication`'s indicators sum to 90, not 100",
    );
}

#[test]
fn c011_negative_weight() {
    expect(
        &replace("weight: 35", "weight: -35"),
        "error[C011]: weight -35 is not a number from 0 to 100",
    );
}

#[test]
fn c020_band_needs_one_lower_and_one_upper_bound() {
    expect(
        &replace("    from: 33\n    to: 66\n", "    from: 33\n"),
        "error[C020]: band `moderate` needs exactly one lower bound",
    );
}

#[test]
fn c021_band_gap() {
    expect(
        &replace("above: 66", "above: 67"),
        "error[C021]: bands `high` and `moderate` leave no band for scores between 66 and 67",
    );
}

#[test]
fn c022_band_overlap() {
    expect(
        &replace("above: 66", "from: 66"),
        "error[C022]: bands `high` and `moderate` both contain scores of exactly 66",
    );
}

#[test]
fn c023_bands_must_cover_0_to_100() {
    expect(
        &replace("    from: 0\n    below: 33", "    from: 5\n    below: 33"),
        "error[C023]: the lowest band `low` does not start at 0",
    );
}

#[test]
fn c030_duplicate_id_points_at_the_second() {
    expect(
        &replace("  - id: signage\n", "  - id: services\n"),
        "error[C030]: criterion `services` is defined twice",
    );
}

#[test]
fn c040_unknown_sheet() {
    expect(
        &replace("sheet: signage\n", "sheet: signag\n"),
        "error[C040]: unknown sheet `signag`\n    help: did you mean `signage`?",
    );
}

#[test]
fn c041_unknown_column() {
    expect(
        &replace("sr: verbal_sr,", "sr: verbl_sr,"),
        "error[C041]: indicator `verbal` names column `verbl_sr`",
    );
}

#[test]
fn c042_column_of_the_wrong_type() {
    expect(
        &replace("sr: verbal_sr,", "sr: service,"),
        "error[C042]: indicator `verbal` needs a yes_no column",
    );
}

#[test]
fn c043_indicator_kind_needs_its_fields() {
    expect(
        &replace("        tolerance_hours: 24\n", ""),
        "error[C043]: indicator `simultaneous` of kind simultaneity needs `tolerance_hours`",
    );
}

#[test]
fn c050_category_admitting_no_kind() {
    expect(
        &replace("kinds: [agency]", "kinds: []"),
        "error[C050]: category `agencies` admits no institution kind",
    );
}

#[test]
fn c051_unknown_kind() {
    expect(
        &replace("kinds: [agency]", "kinds: [agencies]"),
        "error[C051]: category `agencies` admits unknown kind `agencies`",
    );
}

#[test]
fn c052_unknown_tie_break_criterion() {
    expect(
        &replace(
            "tie_breaks: [communication, services, jury, full_indicators]",
            "tie_breaks: [comunication]",
        ),
        "error[C052]: tie-break names unknown criterion `comunication`",
    );
}

#[test]
fn c060_invalid_value() {
    expect(
        &replace("decimals: 2", "decimals: 9"),
        "error[C060]: decimals must be from 0 to 4, found 9",
    );
    expect(
        &replace("to: 2026-09-30", "to: 2025-09-30"),
        "error[C060]: the assessment period ends",
    );
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let yaml = replace("weight: 35", "weight: 30")
        .replacen("sheet: signage\n", "sheet: signs\n", 1)
        .replacen("above: 66", "above: 67", 1);
    let stderr = check(&yaml);
    for code in ["C010", "C040", "C021"] {
        assert!(stderr.contains(code), "{code} missing from:\n{stderr}");
    }
    assert!(
        stderr.contains("error: criteria/bad.yaml: 3 problem(s) in the criteria file"),
        "{stderr}"
    );
}

#[test]
fn every_code_is_documented() {
    let doc = std::fs::read_to_string(root().join("criteria/README.md")).unwrap();
    for code in langaward::criteria::Code::ALL {
        assert!(
            doc.contains(&format!("`{code}`")),
            "{code} is not documented in criteria/README.md"
        );
    }
}

#[test]
fn hostile_yaml_is_refused_quickly_with_a_place() {
    // Billion laughs: nine levels of ten aliases each.
    let mut laughs =
        "&g0 [\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"]".to_string();
    for level in 1..9 {
        let refs = vec![format!("*g{}", level - 1); 9].join(", ");
        laughs = format!("&g{level} [{laughs}, {refs}]");
    }
    expect(
        &replace("gates:\n", &format!("gates: {laughs}\ngates_old:\n")),
        "error[C003]: expected a block of `key: value` lines here",
    );
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    expect(
        &replace("award:\n", &format!("award: {deep}\naward_old:\n")),
        "error[C003]",
    );
    expect("edition: 2026\naward: \"\u{0}\"\n", "error[C001]");
}

#[test]
fn a_50_mb_criteria_file_is_refused_before_parsing() {
    let big = format!(
        "{}{}",
        criteria_with(&[]),
        "# padding\n".repeat(5 * 1024 * 1024)
    );
    let stderr = check(&big);
    let expected = format!(
        "error: criteria/bad.yaml: the criteria file is {} bytes; the limit is 1048576 bytes",
        big.len()
    );
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn invalid_utf8_is_pinned_to_its_line_and_column() {
    let ws = workspace();
    let mut bytes = b"edition: 2026\naward: \"".to_vec();
    bytes.extend([0xFF, 0xFE]);
    bytes.extend(b"\"\n");
    std::fs::write(ws.path().join("criteria/bad.yaml"), bytes).unwrap();
    let out = langaward(ws.path())
        .args(["--criteria", "criteria/bad.yaml"])
        .assert()
        .code(78);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("bad.yaml:2:9: error[C001]: the file is not valid UTF-8 text"),
        "{stderr}"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let ws = workspace();
    std::fs::write(
        ws.path().join("criteria/bom.yaml"),
        format!("\u{feff}{}", criteria_with(&[])),
    )
    .unwrap();
    crate::fixtures::Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    langaward(ws.path())
        .args(["--criteria", "criteria/bom.yaml"])
        .assert()
        .code(0);
}

#[test]
fn a_declared_language_status_its_share_would_not_give_is_a_note() {
    let ws = workspace();
    let path = ws.path().join("criteria/languages.yaml");
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "share: { percent: 3.9, year: 2011 }",
        "share: { percent: 2.9, year: 2011 }",
        1,
    );
    std::fs::write(&path, text).unwrap();
    crate::fixtures::Book::valid("mof", "ministry").write(&ws.path().join("submissions/mof.xlsx"));
    let out = langaward(ws.path()).arg("--verbose").assert().code(0);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("note[C071]: `peja` declares bs as in official use (census); its 2011 share of 2.9 % (census) alone would make it none"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_language_in_the_criteria_is_an_error() {
    expect(
        &replace("bs: published_bs }", "bz: published_bs }"),
        "error[C070]: unknown language `bz`",
    );
}

/// `FILE:LINE:COLUMN` of the first occurrence of `needle` in `text`, column
/// at the needle's start plus `offset`.
fn place(text: &str, needle: &str, offset: usize) -> String {
    let at = text.find(needle).unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let column = at - text[..at].rfind('\n').map_or(0, |n| n + 1) + 1 + offset;
    format!("{line}:{column}")
}

#[test]
fn jury_settings_are_checked_with_their_places() {
    let yaml = replace(
        "weights: { evidence: 70, jury: 30 }",
        "weights: { evidence: 70, jury: 20 }",
    );
    let at = place(&yaml, "jury: 20", 6);
    expect(
        &yaml,
        &format!(
            "bad.yaml:{at}: error[C010]: the weights of the evidence and the jury sum to 90, not 100"
        ),
    );
    let yaml = replace("aggregate: trimmed_mean", "aggregate: trimmed");
    expect(&yaml, "error[C060]: aggregate `trimmed` is unknown");
    expect(
        &replace("trim_from: 4", "trim_from: 2"),
        "error[C060]: trim_from must be at least 3",
    );
    expect(
        &replace("min_marks: 3", "min_marks: 0"),
        "error[C060]: min_marks must be at least 1",
    );
    expect(
        &replace("consensus_spread: 4", "consensus_spread: 12"),
        "error[C060]: consensus_spread must lie within the mark scale",
    );
    expect(
        &replace("  jurors_file: jurors.yaml\n", ""),
        "error[C004]: the jury lists no jurors",
    );
    expect(
        &replace("jurors_file: jurors.yaml", "jurors_file: nobody.yaml"),
        "error[C060]: the jurors file",
    );
}

#[test]
fn the_jury_tie_break_needs_a_jury() {
    let text = criteria_with(&[]);
    let start = text.find("\njury:\n").unwrap();
    let end = text.find("\nranking:\n").unwrap();
    let without = format!("{}{}", &text[..start + 1], &text[end + 1..]);
    expect(
        &without,
        "error[C052]: tie-break `jury` needs a `jury` section",
    );
}

#[test]
fn jurors_come_from_the_criteria_or_from_their_own_file() {
    let ws = workspace();
    let jurors = ws.path().join("criteria/jurors.yaml");
    std::fs::write(
        &jurors,
        "jurors:\n  - id: x\n    name: X\n    categories: [ministries, townships]\n",
    )
    .unwrap();
    let out = langaward(ws.path())
        .args(["check", "criteria/2026.yaml"])
        .assert()
        .code(78);
    let printed = String::from_utf8_lossy(&out.get_output().stdout);
    assert!(
        printed.contains(
            "jurors.yaml:4:30: error[C060]: juror `x` marks unknown category `townships`"
        ),
        "the error names the jurors file, line and column:\n{printed}"
    );
    let inline = replace(
        "jurors_file: jurors.yaml",
        "jurors:\n    - { id: solo, name: Solo Juror }",
    );
    std::fs::write(ws.path().join("criteria/2026.yaml"), inline).unwrap();
    langaward(ws.path())
        .args(["check", "criteria/2026.yaml"])
        .assert()
        .code(0);
    let sheets = ws.path().join("sheets");
    langaward(ws.path())
        .args(["jury-sheets", "--criteria", "criteria/2026.yaml", "--out"])
        .arg(&sheets)
        .arg("--submissions")
        .arg(root().join("submissions"))
        .assert()
        .code(0);
    assert!(sheets.join("solo.xlsx").is_file());
}
