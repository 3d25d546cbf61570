//! Generates the workbooks of the municipal-factsheet example in
//! `examples/municipal-factsheet/submissions/`.
//!
//! ```text
//! cargo run --example make_factsheet [DIR]
//! langaward evaluate --criteria examples/municipal-factsheet/criteria.yaml \
//!     --submissions examples/municipal-factsheet/submissions --no-jury --out report-factsheet
//! ```
//!
//! Each municipality has a profile: for each of the five areas, how many of
//! the six items checked meet each of the two yes/no indicators. The names
//! are real municipalities', the evidence is fictional.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};
use std::path::{Path, PathBuf};

/// Items checked per area.
const ITEMS: usize = 6;

/// An area's sheet: its English name, the item column and the two
/// indicators' columns, as `criteria.yaml` names them.
struct Area {
    sheet: &'static str,
    columns: [&'static str; 3],
    items: [&'static str; ITEMS],
}

const AREAS: [Area; 5] = [
    Area {
        sheet: "Services",
        columns: [
            "Service",
            "Verbal in both languages",
            "Written in both languages",
        ],
        items: [
            "Civil registry",
            "Cadastre",
            "Taxes",
            "Permits",
            "Social welfare",
            "Reception",
        ],
    },
    Area {
        sheet: "Documents",
        columns: [
            "Document",
            "Published in both languages",
            "Equivalent translation",
        ],
        items: [
            "Statute",
            "Budget",
            "Assembly minutes",
            "Regulation",
            "Decision",
            "Annual report",
        ],
    },
    Area {
        sheet: "Communication",
        columns: ["Announcement", "In both languages", "Simultaneously"],
        items: [
            "Website news",
            "Press release",
            "Public call",
            "Tender",
            "Social media",
            "Notice",
        ],
    },
    Area {
        sheet: "Signage",
        columns: ["Location", "In both languages", "Serbian in Cyrillic"],
        items: [
            "Town hall",
            "Health centre",
            "Library",
            "Civil registry",
            "Road sign",
            "School",
        ],
    },
    Area {
        sheet: "Capacity",
        columns: ["Unit", "Has a translator", "Staff trained"],
        items: [
            "Mayor's office",
            "Assembly",
            "Finance",
            "Urban planning",
            "Education",
            "Health",
        ],
    },
];

/// A municipality and, per area, the items meeting each indicator.
struct Municipality {
    id: &'static str,
    name_sq: &'static str,
    name_sr: &'static str,
    met: [[usize; 2]; 5],
}

const MUNICIPALITIES: [Municipality; 5] = [
    Municipality {
        id: "gjilan",
        name_sq: "Komuna e Gjilanit",
        name_sr: "Opština Gnjilane",
        met: [[6, 6], [5, 4], [6, 5], [6, 5], [4, 3]],
    },
    Municipality {
        id: "prizren",
        name_sq: "Komuna e Prizrenit",
        name_sr: "Opština Prizren",
        met: [[6, 5], [3, 2], [4, 3], [5, 6], [3, 3]],
    },
    Municipality {
        id: "peje",
        name_sq: "Komuna e Pejës",
        name_sr: "Opština Peć",
        met: [[5, 4], [4, 4], [2, 1], [6, 4], [2, 1]],
    },
    Municipality {
        id: "gracanica",
        name_sq: "Komuna e Graçanicës",
        name_sr: "Opština Gračanica",
        met: [[6, 6], [6, 5], [5, 5], [6, 6], [5, 4]],
    },
    Municipality {
        id: "mitrovica_south",
        name_sq: "Komuna e Mitrovicës së Jugut",
        name_sr: "Opština Južna Mitrovica",
        met: [[3, 2], [2, 1], [3, 2], [3, 2], [1, 1]],
    },
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::args_os().nth(1).map_or_else(
        || root.join("examples/municipal-factsheet/submissions"),
        PathBuf::from,
    );
    std::fs::create_dir_all(&dir)?;
    for m in &MUNICIPALITIES {
        let path = dir.join(format!("{}.xlsx", m.id));
        write(m, &path)?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

/// One municipality's workbook, byte-identical from run to run.
fn write(m: &Municipality, path: &Path) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    let created = ExcelDateTime::from_ymd(2026, 10, 15)?;
    wb.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&created)
            .set_comment("Fictional example: real municipality, invented evidence."),
    );
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let ws = wb.add_worksheet();
    ws.set_name("Institution")?;
    let fields = [
        ("ID", m.id),
        ("Name in Albanian", m.name_sq),
        ("Name in Serbian", m.name_sr),
        ("Kind", "municipality"),
        ("Contact", "languages@example.org"),
        ("Fictional sample", "yes"),
    ];
    let mut r = 0u32;
    for (label, value) in fields {
        ws.write_string(r, 0, label)?;
        ws.write_string(r, 1, value)?;
        r += 1;
    }
    ws.write_string(r, 0, "Date of submission")?;
    ws.write_datetime_with_format(r, 1, &created, &date)?;
    ws.write_string(r + 1, 0, "Edition")?;
    ws.write_number(r + 1, 1, 2026)?;
    for (area, met) in AREAS.iter().zip(m.met) {
        let ws = wb.add_worksheet();
        ws.set_name(area.sheet)?;
        for (c, name) in (0u16..).zip(area.columns) {
            ws.write_string_with_format(0, c, name, &bold)?;
        }
        for (r, item) in (1u32..).zip(area.items) {
            ws.write_string(r, 0, item)?;
            for (c, n) in (1u16..).zip(met) {
                let yes = usize::try_from(r).is_ok_and(|r| r <= n);
                ws.write_string(r, c, if yes { "yes" } else { "no" })?;
            }
        }
    }
    wb.save(path)
}
