//! Workbooks written by code for the tests: a valid applicant by default,
//! which each test bends into the case it needs.

use langaward_devkit::layout::{
    COMMUNICATION, INSTITUTION_SHEET, LABELS, Lang, SERVICES, SIGNAGE, SheetLayout,
};
use langaward_devkit::xlsx;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug)]
pub enum C {
    S(String),
    N(f64),
    /// A real date cell: "2026-03-15 10:30".
    D(String),
    E,
}

pub fn s(v: &str) -> C {
    C::S(v.to_string())
}

/// The header row of an evidence sheet with its standard columns.
fn header(layout: &SheetLayout) -> Vec<C> {
    layout.headers(Lang::En).into_iter().map(s).collect()
}

#[derive(Clone)]
pub struct Book {
    pub sheets: Vec<(String, Vec<Vec<C>>)>,
}

impl Book {
    /// A complete, valid submission: 3 services, 5 communication items, 2 signs
    /// (Serbian in Cyrillic, as the bundled criteria require), in the bundled
    /// criteria's English layout.
    pub fn valid(id: &str, kind: &str) -> Book {
        let yes = || s("yes");
        let institution = vec![
            vec![s(LABELS.id.en), s(id)],
            vec![s(LABELS.name_sq.en), s(&format!("Institucioni {id}"))],
            vec![s(LABELS.name_sr.en), s(&format!("Institucija {id}"))],
            vec![s(LABELS.kind.en), s(kind)],
            vec![s(LABELS.edition.en), C::N(2026.0)],
            vec![s(LABELS.sample.en), s("yes")],
        ];
        let services = std::iter::once(header(&SERVICES))
            .chain((1..=3).map(|i| vec![s(&format!("Service {i}")), yes(), yes(), yes(), yes()]))
            .collect();
        let communication = std::iter::once(header(&COMMUNICATION))
            .chain((1..=5).map(|i| {
                vec![
                    s(&format!("News {i}")),
                    s("news_release"),
                    C::D(format!("2026-03-{:02} 10:00", 10 + i)),
                    C::D(format!("2026-03-{:02} 12:00", 10 + i)),
                    C::N(100.0),
                    C::N(100.0),
                ]
            }))
            .collect();
        let signage = vec![
            header(&SIGNAGE),
            vec![s("Entrance"), s("Hyrja"), s("Улаз")],
            vec![
                s("Office 1"),
                s("Zyra e pritjes"),
                s("Пријемна канцеларија"),
            ],
        ];
        Book {
            sheets: vec![
                (INSTITUTION_SHEET.into(), institution),
                (SERVICES.name.en.into(), services),
                (COMMUNICATION.name.en.into(), communication),
                (SIGNAGE.name.en.into(), signage),
            ],
        }
    }

    pub fn sheet_mut(&mut self, name: &str) -> &mut Vec<Vec<C>> {
        &mut self
            .sheets
            .iter_mut()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("no sheet {name}"))
            .1
    }

    pub fn set(mut self, sheet: &str, row: usize, col: usize, value: C) -> Book {
        let rows = self.sheet_mut(sheet);
        while rows.len() <= row {
            rows.push(Vec::new());
        }
        let r = &mut rows[row];
        while r.len() <= col {
            r.push(C::E);
        }
        r[col] = value;
        self
    }

    /// The book with one more evidence sheet: the header of `layout`'s standard
    /// columns in English, then `rows`.
    pub fn with_sheet(mut self, layout: &SheetLayout, rows: Vec<Vec<C>>) -> Book {
        let sheet = std::iter::once(header(layout)).chain(rows).collect();
        self.sheets.push((layout.name.en.into(), sheet));
        self
    }

    pub fn without(mut self, sheet: &str) -> Book {
        self.sheets.retain(|(n, _)| n != sheet);
        self
    }

    pub fn write(&self, path: &Path) -> PathBuf {
        let mut wb = Workbook::new();
        let fixed = ExcelDateTime::from_ymd(2026, 10, 15).unwrap();
        wb.set_properties(&DocProperties::new().set_creation_datetime(&fixed));
        let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
        for (name, rows) in &self.sheets {
            let ws = wb.add_worksheet();
            ws.set_name(name).unwrap();
            for (r, row) in rows.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    let (r, c) = (r as u32, c as u16);
                    match cell {
                        C::S(v) => {
                            ws.write_string(r, c, v).unwrap();
                        }
                        C::N(v) => {
                            ws.write_number(r, c, *v).unwrap();
                        }
                        C::D(v) => {
                            let d = ExcelDateTime::parse_from_str(v).unwrap();
                            ws.write_datetime_with_format(r, c, &d, &date).unwrap();
                        }
                        C::E => {}
                    }
                }
            }
        }
        wb.save(path).unwrap();
        path.to_path_buf()
    }
}

/// Rewrites a zip entry by entry (see `langaward_devkit::xlsx::rezip`), with an
/// edit that cannot fail, as a test's edits are.
pub fn rezip(path: &Path, mut edit: impl FnMut(&str, Vec<u8>) -> Option<Vec<u8>>) {
    xlsx::rezip(path, |name, content| Ok(edit(name, content))).unwrap();
}
