//! The municipal-factsheet example end to end: its own criteria (five areas
//! of yes/no indicators, signage on its own bands) and its generated
//! workbooks through the real binary, and the factsheet matrix in every
//! output.

use crate::{langaward, read, root};

#[test]
fn the_factsheet_example_reproduces_the_matrix_in_every_output() {
    let out = tempfile::tempdir().unwrap();
    let example = root().join("examples/municipal-factsheet");
    langaward(&root())
        .arg("evaluate")
        .arg("--criteria")
        .arg(example.join("criteria.yaml"))
        .arg("--submissions")
        .arg(example.join("submissions"))
        .arg("--out")
        .arg(out.path())
        .args(["--no-jury", "--lang", "en", "--quiet"])
        .assert()
        .code(0);
    // Peć's signs: 6 of 6 in both languages and 4 of 6 in Cyrillic, 83.33:
    // High on the edition's bands, Moderate on signage's own.
    let csv = read(&out.path().join("results.csv"));
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with(
            ",services_band,documents_band,communication_band,signage_band,capacity_band"
        ),
        "{header}"
    );
    let peje = csv.lines().find(|l| l.contains(",peje,")).unwrap();
    assert!(peje.ends_with(",high,moderate,low,moderate,low"), "{peje}");
    let json = read(&out.path().join("results.json"));
    assert!(
        json.contains(r#""id":"signage","score":83.33,"band":"moderate""#),
        "{json}"
    );
    let report = read(&out.path().join("report.en.html"));
    let matrix = report.split(r#"<table class="matrix">"#).nth(1).unwrap();
    let matrix = matrix.split("</table>").next().unwrap();
    assert!(
        matrix.contains("<th>Signage</th><th>Language capacity</th><th>Total</th>"),
        "{matrix}"
    );
    assert!(
        matrix.contains(
            r#"<td class="cell band-1"><span class="band band-1">Moderate</span> 83.33</td>"#
        ),
        "{matrix}"
    );
    let card = read(&out.path().join("scorecards/peje.en.html"));
    assert!(
        card.contains(
            r#"<span class="band band-1">Moderate</span></th><th class="num">83.33</th>"#
        ),
        "{card}"
    );
    let xlsx = out.path().join("results.xlsx");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    use calamine::Reader;
    let sheet = book.worksheet_range("Bands by criterion").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    let peje = rows.iter().find(|r| r[2] == "peje").unwrap();
    assert_eq!(
        peje[4..],
        [
            "High", "Moderate", "Low", "Moderate", "Low", "55", "Moderate"
        ]
    );
}
