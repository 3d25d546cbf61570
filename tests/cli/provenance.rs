//! Provenance end to end: a workbook whose Services sheet carries the
//! provenance columns, with a monitor's test call, an applicant's rows
//! without a source and a source no list names, through the real binary.

use crate::fixtures::{Book, C, s};
use crate::{langaward, read, workspace};
use langaward_devkit::layout::PROVENANCE;

#[test]
fn every_row_says_where_it_came_from_and_counts_for_its_source() {
    let ws = workspace();
    let mut book = Book::valid("mof", "ministry");
    let services = book.sheet_mut("Services");
    services[0].extend(PROVENANCE.iter().map(|c| s(c.name.en)));
    services[0].push(s("Verified"));
    // A monitor's test call: served verbally in Albanian only.
    services.push(vec![
        s("Service 4"),
        s("yes"),
        s("no"),
        s("yes"),
        s("yes"),
        s("Test call"),
        s("https://example.org/log?a=1&b=<2>"),
        s("Monitor A"),
        C::D("2026-03-05 10:00".into()),
    ]);
    // A source no list names: a warning at its cell, and self-reported.
    services.push(vec![
        s("Service 5"),
        s("yes"),
        s("yes"),
        s("yes"),
        s("yes"),
        s("Telepathy"),
        s("Note 7"),
    ]);
    // A source alone, with nothing observed: no row at all.
    services.push(vec![C::E, C::E, C::E, C::E, C::E, s("Website")]);
    book.write(&ws.path().join("submissions/mof.xlsx"));
    langaward(ws.path())
        .args(["--lang", "en", "--quiet"])
        .assert()
        .code(0);
    // Verbal: 4 self-reported rows met (0.5 each) and the test call not (1),
    // 2 of 3 by weight; written: all met. Services (66.67 + 100) / 2, the
    // rest in full: 100 - 35 / 6 = 94.17. Of the written indicator's 17.5
    // points a third rests on the test call: 5.83 (5.84 apportioned).
    let results = read(&ws.path().join("report/results.csv"));
    assert!(
        results.contains(",mof,Institucioni mof,Institucija mof,94.17,high,83.33,100.00,100.00,"),
        "{results}"
    );
    assert!(
        results.contains(",submissions/mof.xlsx,94.17,,,5.84,88.33,high,high,high\r\n"),
        "{results}"
    );
    let inputs = read(&ws.path().join("report/inputs.csv"));
    assert!(inputs.contains("Services!F6,"), "{inputs}");
    assert!(inputs.contains(",S047,warning,"), "{inputs}");
    let json = read(&ws.path().join("report/results.json"));
    for expected in [
        r#""origin":{"source":"test_call","observed":true,"weight":1.0,"verified":false,"reference":"https://example.org/log?a=1&b=<2>","observer":"Monitor A","observed_on":"2026-03-05"}"#,
        r#""origin":{"source":"self_reported","observed":false,"weight":0.5,"verified":false,"reference":"Note 7","observer":null,"observed_on":null}"#,
        r#""weighted":{"rows":3.0,"met":2.0,"observed_met":0.0}"#,
        r#""observed":{"observed":5.84,"declared":88.33}"#,
        r#""provenance":{"sources":[{"key":"self_reported","#,
    ] {
        assert!(json.contains(expected), "{expected} missing from {json}");
    }
    let card = read(&ws.path().join("report/scorecards/mof.en.html"));
    for expected in [
        "<tr><th>Resting on</th><td>5.84 on observed evidence + 88.33 on declared evidence</td></tr>",
        "<td class=\"num\">4 of 5; by weight 2 of 3</td>",
        "Test call<br><a href=\"https:&#x2f;&#x2f;example.org&#x2f;log?a=1&amp;b=&lt;2&gt;\">",
        "<span class=\"muted\">Monitor A · 5 March 2026</span>",
        "Self-reported<br><span class=\"muted\">counts 0.5</span><br>Note 7</td>",
    ] {
        assert!(card.contains(expected), "{expected} missing from {card}");
    }
    let report = read(&ws.path().join("report/report.en.html"));
    assert!(
        report.contains("<th class=\"num\">Observed</th>"),
        "{report}"
    );
    assert!(
        report.contains("<li>Test call (observed by the Language Commissioner&#x27;s monitors): a row counts 1.</li>"),
        "{report}"
    );
}
