//! `langaward template`: the blank workbook, filled by code and read back by
//! langaward's own reader.

use crate::{langaward, root};
use langaward::i18n::Lang;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

fn blank() -> Workbook {
    let loaded = langaward::criteria::load(&root().join("criteria/2026.yaml")).unwrap();
    langaward::forms::applicant::workbook(&loaded.criteria, &[Lang::Sq, Lang::Sr, Lang::En])
        .unwrap()
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
        (1, ("Hyrja", "Hyrja", "Улаз")),
        (2, ("Zyra 1", "Zyra e pritjes", "Пријемна канцеларија")),
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
            "Mbishkrimet",
            "Uebi dhe rrjetet sociale",
            "Rekomandimet",
            "Letra testuese"
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

/// Words an applicant types in `lang`'s own script.
fn in_script(lang: Lang, latin: &str) -> String {
    match lang {
        Lang::SrCyrl => langaward::i18n::to_cyrillic(latin),
        _ => latin.to_string(),
    }
}

/// Fills a one-language template for Prizren (four languages owed) the way
/// an applicant writing in `lang` would: the kind, the municipality, every
/// yes/no and every choice in that language and script; the evidence itself
/// (sign texts, dates, numbers) is the same in every language.
fn fill_in(lang: Lang, id: &str) -> Workbook {
    let loaded = langaward::criteria::load(&root().join("criteria/2026.yaml")).unwrap();
    let c = &loaded.criteria;
    let m = langaward::i18n::Messages::load(lang).unwrap();
    let mut wb = langaward::forms::applicant::workbook(c, &[lang]).unwrap();
    let (yes, no) = match lang {
        Lang::Sq => ("po", "jo"),
        Lang::Sr => ("da", "ne"),
        Lang::SrCyrl => ("да", "не"),
        Lang::En => ("yes", "no"),
    };
    let municipal = c.kinds.iter().find(|k| k.id == "municipality").unwrap();
    let institution = [
        (0, id.to_string()),
        (1, "Komuna e Prizrenit".to_string()),
        (2, in_script(lang, "Opština Prizren")),
        (4, m.text(&municipal.name)),
        (5, in_script(lang, "Prizren")),
        (9, in_script(lang, "ne")),
    ];
    let ws = wb.worksheet_from_index(1).unwrap();
    for (row, value) in institution {
        ws.write_string(row, 1, value).unwrap();
    }
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    for (index, sheet) in c.sheets.iter().enumerate() {
        let ws = wb.worksheet_from_index(index + 2).unwrap();
        for r in 1..=7u32 {
            for (col, spec) in sheet.columns.iter().enumerate() {
                let col = col as u16;
                let language = spec.key.rsplit('_').next().unwrap_or("");
                match &spec.ty {
                    langaward::criteria::ColumnType::Text => {
                        let text = match language {
                            "sq" => format!("Zyra {r}"),
                            "sr" => format!("Kancelarija {r}"),
                            "cyrl" => format!("Канцеларија {r}"),
                            "tr" => format!("Ofis {r}"),
                            "bs" => format!("Ured {r}"),
                            _ => format!("Item {r}"),
                        };
                        ws.write_string(r, col, text).unwrap();
                    }
                    langaward::criteria::ColumnType::YesNo => {
                        let answer = if (r + u32::from(col)) % 4 == 0 {
                            no
                        } else {
                            yes
                        };
                        ws.write_string(r, col, answer).unwrap();
                    }
                    langaward::criteria::ColumnType::Choice { choices } => {
                        // Facebook, a name Cyrillic transcribes (Фејсбук).
                        let choice = choices
                            .iter()
                            .find(|ch| ch.key == "sq" || ch.key == "facebook")
                            .unwrap_or(&choices[0]);
                        ws.write_string(r, col, m.text(&choice.name)).unwrap();
                    }
                    langaward::criteria::ColumnType::DateTime => {
                        let at = ExcelDateTime::from_ymd(2026, 3, r as u8)
                            .unwrap()
                            .and_hms(8 + col % 6, 0, 0)
                            .unwrap();
                        ws.write_datetime_with_format(r, col, &at, &date).unwrap();
                    }
                    langaward::criteria::ColumnType::Number { .. } => {
                        ws.write_number(r, col, 100.0 + f64::from(r)).unwrap();
                    }
                }
            }
        }
    }
    wb
}

#[test]
fn a_template_in_every_language_and_script_reads_back_and_scores_alike() {
    let dir = crate::workspace();
    let mut ids = Vec::new();
    for lang in Lang::ALL {
        let id = format!("prizren-{}", lang.code().to_lowercase());
        let mut wb = fill_in(lang, &id);
        wb.save(dir.path().join("submissions").join(format!("{id}.xlsx")))
            .unwrap();
        ids.push(id);
    }
    langaward(dir.path())
        .args(["--no-jury", "--lang", "en"])
        .assert()
        .code(0);
    let inputs = crate::read(&dir.path().join("report/inputs.csv"));
    assert!(
        !inputs.contains("warning"),
        "every workbook reads cleanly:\n{inputs}"
    );
    let results = crate::read(&dir.path().join("report/results.csv"));
    let rows: Vec<Vec<String>> = results
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with("individuals,"))
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    assert_eq!(rows.len(), 4, "{results}");
    let header: Vec<&str> = results.lines().next().unwrap().split(',').collect();
    let keep = |row: &Vec<String>| -> Vec<String> {
        header
            .iter()
            .zip(row)
            .filter(|(h, _)| !["rank", "tied", "id", "file", "name_sq", "name_sr"].contains(h))
            .map(|(_, v)| v.clone())
            .collect()
    };
    let first = keep(&rows[0]);
    assert!(first.contains(&"municipalities".to_string()), "{results}");
    for row in &rows[1..] {
        assert_eq!(keep(row), first, "{results}");
    }
}

/// The instructions say what every column accepts in every chosen language,
/// not only in the first.
#[test]
fn the_instructions_give_each_column_s_help_in_every_chosen_language() {
    use calamine::Reader;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.xlsx");
    langaward(&root())
        .args(["template", "--lang", "sq,sr-Cyrl,en", "--out"])
        .arg(&path)
        .assert()
        .code(0);
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    let cells: Vec<String> = range.cells().map(|(_, _, v)| v.to_string()).collect();
    for lang in [Lang::Sq, Lang::SrCyrl, Lang::En] {
        let m = langaward::i18n::Messages::load(lang).unwrap();
        for key in ["template_what", "template_date", "template_yes_no"] {
            assert!(
                cells.iter().any(|c| c == m.get(key)),
                "{key} in {}: {cells:?}",
                lang.code()
            );
        }
    }
}

#[test]
fn a_monitor_records_where_each_row_was_observed_in_the_template() {
    let loaded = langaward::criteria::load(&root().join("criteria/2026.yaml")).unwrap();
    let c = &loaded.criteria;
    let mut wb = blank();
    fill(&mut wb, false);
    // The provenance columns follow each sheet's own, in the criteria's order.
    let services = c.sheets.iter().find(|s| s.key == "services").unwrap();
    let first = services.columns.len() as u16;
    let ws = wb.worksheet_from_name("Shërbimet").unwrap();
    ws.write_string(4, 0, "Linja informative").unwrap();
    for col in 1..=4 {
        ws.write_string(4, col, "po").unwrap();
    }
    ws.write_string(4, first, "Thirrje testuese").unwrap();
    ws.write_string(4, first + 1, "Regjistri i thirrjeve 2026/12")
        .unwrap();
    ws.write_string(4, first + 2, "Vëzhguesi B").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let at = ExcelDateTime::from_ymd(2026, 4, 9).unwrap();
    ws.write_datetime_with_format(4, first + 3, &at, &date)
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("in")).unwrap();
    wb.save(dir.path().join("in/monitored.xlsx")).unwrap();
    langaward(&root())
        .args([
            "evaluate",
            "--no-jury",
            "--quiet",
            "--lang",
            "sq",
            "--submissions",
        ])
        .arg(dir.path().join("in"))
        .arg("--out")
        .arg(dir.path().join("out"))
        .assert()
        .code(0);
    let json = std::fs::read_to_string(dir.path().join("out/results.json")).unwrap();
    assert!(
        json.contains(r#""origin":{"source":"test_call","observed":true,"weight":1.0,"verified":false,"reference":"Regjistri i thirrjeve 2026/12","observer":"Vëzhguesi B","observed_on":"2026-04-09"}"#),
        "{json}"
    );
    let card = std::fs::read_to_string(dir.path().join("out/scorecards/mof.sq.html")).unwrap();
    assert!(card.contains("Thirrje testuese"), "{card}");
    assert!(card.contains("Vëzhguesi B · 9 prill 2026"), "{card}");
}
