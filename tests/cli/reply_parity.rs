//! Reply-time parity end to end: the bundled criteria's test-letters sheet
//! and `reply_parity` indicator, a workbook with two tests, the real binary.

use crate::fixtures::{Book, C, s};
use crate::{langaward, read, workspace};

#[test]
fn a_test_left_without_a_serbian_reply_loses_its_share_and_says_so() {
    let ws = workspace();
    let date = |d: &str| C::D(d.to_string());
    let mut book = Book::valid("mof", "ministry");
    book.sheets.push((
        "Test letters".into(),
        vec![
            ["Question", "Sent in Albanian", "Replied in Albanian"]
                .into_iter()
                .chain(["Sent in Serbian", "Replied in Serbian"])
                .map(s)
                .collect(),
            vec![
                s("Opening hours"),
                date("2026-03-02 09:00"),
                date("2026-03-02 15:00"),
                date("2026-03-02 09:00"),
                date("2026-03-04 09:00"),
            ],
            vec![
                s("Parking permit"),
                date("2026-03-09 09:00"),
                date("2026-03-10 09:00"),
                date("2026-03-09 09:00"),
            ],
        ],
    ));
    book.write(&ws.path().join("submissions/mof.xlsx"));
    langaward(ws.path())
        .args(["--lang", "en", "--quiet"])
        .assert()
        .code(0);
    // Services: verbal and written in full, 32 of 84 each (no recommendations,
    // left out), replies 1 of 2 for 20 of 84: 74 / 84 = 88.10.
    let results = read(&ws.path().join("report/results.csv"));
    assert!(
        results.contains(",mof,Institucioni mof,Institucija mof,95.83,high,88.10,"),
        "{results}"
    );
    let json = read(&ws.path().join("report/results.json"));
    assert!(
        json.contains(r#""note":{"reason":"no_reply","language":"sr","column":"replied_sr"}"#),
        "{json}"
    );
    let card = read(&ws.path().join("report/scorecards/mof.en.html"));
    assert!(card.contains("no reply in Serbian"), "{card}");
    assert!(card.contains("Test letters!E3"), "{card}");
}
