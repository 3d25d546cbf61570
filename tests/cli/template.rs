//! `langaward template`: the blank workbook, filled by code and read back by
//! langaward's own reader.

use crate::{langaward, root};
use langaward::i18n::Lang;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

fn blank() -> Workbook {
    let loaded = langaward::criteria::load(&root().join("criteria/2026.yaml")).unwrap();
    langaward::template::workbook(&loaded.criteria, &[Lang::Sq, Lang::Sr, Lang::En]).unwrap()
}

/// Fills the template as an applicant would; `bad` puts two wrong values in.
fn fill(wb: &mut Workbook, bad: bool) {
    let ws = wb.worksheet_from_name("Institucioni").unwrap();
    for (row, value) in [
        (0, "mof"),
        (1, "Ministria e Financave"),
        (2, "Ministarstvo finansija"),
        (4, "Ministri"),
    ] {
        ws.write_string(row, 1, value).unwrap();
    }
    let ws = wb.worksheet_from_name("Shërbimet").unwrap();
    for r in 1..=3 {
        ws.write_string(r, 0, format!("Shërbimi {r}")).unwrap();
        for c in 1..=4 {
            ws.write_string(r, c, "po").unwrap();
        }
    }
    if bad {
        ws.write_string(2, 2, "ndoshta").unwrap();
    }
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let ws = wb.worksheet_from_name("Komunikimi").unwrap();
    for r in 1..=5u32 {
        ws.write_string(r, 0, format!("Njoftim {r}")).unwrap();
        ws.write_string(r, 1, "Njoftim për shtyp").unwrap();
        let at = ExcelDateTime::from_ymd(2026, 3, r as u8).unwrap();
        ws.write_datetime_with_format(r, 2, &at, &date).unwrap();
        ws.write_datetime_with_format(r, 3, &at, &date).unwrap();
        ws.write_number(r, 6, 100.0).unwrap();
        ws.write_number(r, 7, 95.0).unwrap();
    }
    if bad {
        ws.write_string(4, 3, "javën tjetër").unwrap();
    }
    let ws = wb.worksheet_from_name("Mbishkrimet").unwrap();
    for (r, (place, sq, sr)) in [
        (1, ("Hyrja", "Hyrja", "Ulaz")),
        (2, ("Zyra 1", "Zyra e pritjes", "Prijemna kancelarija")),
    ] {
        ws.write_string(r, 0, place).unwrap();
        ws.write_string(r, 1, sq).unwrap();
        ws.write_string(r, 2, sr).unwrap();
    }
}

#[test]
fn the_template_has_every_sheet_in_the_chosen_language_and_is_byte_stable() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.xlsx", "b.xlsx"] {
        langaward(&root())
            .args(["template", "--out", dir.path().join(name).to_str().unwrap()])
            .assert()
            .code(0);
    }
    assert!(
        std::fs::read(dir.path().join("a.xlsx")).unwrap()
            == std::fs::read(dir.path().join("b.xlsx")).unwrap()
    );
    let book: calamine::Xlsx<_> = calamine::open_workbook(dir.path().join("a.xlsx")).unwrap();
    use calamine::Reader;
    assert_eq!(
        book.sheet_names(),
        [
            "Udhëzime",
            "Institucioni",
            "Shërbimet",
            "Komunikimi",
            "Mbishkrimet"
        ]
    );
    // Sheets are protected, input cells unlocked, headers frozen, dropdowns set.
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(dir.path().join("a.xlsx")).unwrap()).unwrap();
    let mut services = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet3.xml").unwrap(),
        &mut services,
    )
    .unwrap();
    assert!(services.contains("<sheetProtection"), "protected");
    assert!(services.contains("<pane ySplit=\"1\""), "header frozen");
    assert!(
        services.contains("<formula1>\"po,jo\"</formula1>"),
        "yes/no dropdown"
    );
    // A file that exists is not overwritten without --force.
    langaward(&root())
        .args([
            "template",
            "--out",
            dir.path().join("a.xlsx").to_str().unwrap(),
        ])
        .assert()
        .code(73);
}

#[test]
fn a_template_filled_by_code_reads_back_without_findings() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = blank();
    fill(&mut wb, false);
    let path = dir.path().join("filled.xlsx");
    wb.save(&path).unwrap();
    let out = langaward(&root())
        .args(["validate", path.to_str().unwrap()])
        .assert()
        .code(0);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains("filled.xlsx: would be accepted\n  provisional total: 100.00 (High)"),
        "{text}"
    );
}

#[test]
fn a_template_filled_wrongly_gets_the_expected_findings() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = blank();
    fill(&mut wb, true);
    let path = dir.path().join("wrong.xlsx");
    wb.save(&path).unwrap();
    let out = langaward(&root())
        .args(["validate", path.to_str().unwrap()])
        .assert()
        .code(65);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("  Shërbimet!C3: expected yes or no (yes/no, po/jo, da/ne, or x for yes), found \"ndoshta\" [S042]"), "{text}");
    assert!(text.contains("  Komunikimi!D5: expected a date and time (a date cell, or text such as 2026-03-15 10:30), found \"javën tjetër\" [S043]"), "{text}");
}
