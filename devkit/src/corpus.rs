//! A synthetic corpus of submission workbooks for benchmarking (`bench/run.sh` runs it
//! through `cargo run --example bench_corpus -- N DIR`).
//!
//! [`write_submission`] writes `DIR/inst-NNNNN.xlsx` in the submission format of
//! `criteria/2026.yaml` ([`crate::layout`], in English): an Institution key/value sheet and
//! the Services (~15 rows), Communication (~40 rows) and Signage (~20 rows) evidence sheets,
//! header in row 1. Each institution gets a kind (ministry, agency, municipality, executive
//! body) and a quality level that spreads the scores over all bands. Content is
//! pseudo-random but deterministic (a small LCG seeded by the file's index) and the document
//! creation date is fixed, so the same N gives byte-identical files.

use crate::layout::{
    COMMUNICATION, INSTITUTION_SHEET, LABELS, Lang, SERVICES, SIGNAGE, SheetLayout,
};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use std::path::Path;

const KINDS: [&str; 4] = ["ministry", "agency", "municipality", "executive_body"];

const COMMUNICATION_TYPES: [&str; 5] = [
    "call_for_proposals",
    "tender",
    "press_conference",
    "news_release",
    "social_media",
];

const TOPICS: [&str; 12] = [
    "public consultation on the budget",
    "road maintenance works",
    "school enrolment",
    "health campaign",
    "grants for small businesses",
    "civil registry opening hours",
    "waste collection schedule",
    "cultural heritage week",
    "water supply interruption",
    "youth employment programme",
    "property tax deadline",
    "language rights awareness day",
];

const SERVICE_NAMES: [&str; 10] = [
    "Birth certificate",
    "Residence certificate",
    "Building permit",
    "Business registration",
    "Social assistance application",
    "Complaint handling",
    "Document legalisation",
    "Public information request",
    "Scholarship application",
    "Vehicle registration",
];

const LOCATIONS: [&str; 8] = [
    "Entrance",
    "Reception",
    "Office",
    "Meeting room",
    "Corridor",
    "Archive",
    "Parking",
    "Information desk",
];

const SIGNS: [(&str, &str); 8] = [
    ("Hyrja", "Ulaz"),
    ("Zyra e pritjes", "Prijemna kancelarija"),
    ("Salla e mbledhjeve", "Sala za sastanke"),
    ("Arkivi", "Arhiva"),
    ("Dalja emergjente", "Izlaz za slučaj opasnosti"),
    ("Informacione", "Informacije"),
    ("Parkingu", "Parking"),
    ("Zyra e drejtorit", "Kancelarija direktora"),
];

/// A 64-bit linear congruential generator (Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
    fn new(seed: u64) -> Lcg {
        let mut rng = Lcg(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x2545_F491_4F6C_DD1D);
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// Writes workbook number `index` (from 1) of the corpus into `dir`.
pub fn write_submission(index: u32, dir: &Path) -> Result<(), XlsxError> {
    let mut rng = Lcg::new(u64::from(index));
    let mut wb = Workbook::new();
    let created = ExcelDateTime::from_ymd(2026, 10, 15)?;
    wb.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let period_start = ExcelDateTime::from_ymd(2025, 10, 1)?.to_excel();

    let kind = *rng.pick(&KINDS);
    // How well this institution does, in percent: spreads the scores over all bands.
    let quality = rng.range(40, 98);
    institution_sheet(wb.add_worksheet(), index, kind, period_start, &date)?;
    services_sheet(wb.add_worksheet(), &mut rng, quality)?;
    communication_sheet(wb.add_worksheet(), &mut rng, quality, period_start, &date)?;
    signage_sheet(wb.add_worksheet(), &mut rng, quality)?;

    wb.save(dir.join(format!("inst-{index:05}.xlsx")))
}

fn institution_sheet(
    ws: &mut Worksheet,
    index: u32,
    kind: &str,
    period_start: f64,
    date: &Format,
) -> Result<(), XlsxError> {
    ws.set_name(INSTITUTION_SHEET)?;
    let id = format!("INST-{index:05}");
    let rows = [
        (LABELS.id.en, id.clone()),
        (LABELS.name_sq.en, format!("Institucioni {id}")),
        (LABELS.name_sr.en, format!("Institucija {id}")),
        (LABELS.kind.en, kind.to_string()),
        (LABELS.contact.en, format!("info{index}@example.org")),
    ];
    let mut row = 0;
    for (label, value) in &rows {
        ws.write_string(row, 0, *label)?;
        ws.write_string(row, 1, value)?;
        row += 1;
    }
    if kind == "municipality" {
        // Municipalities that owe Albanian and Serbian only (no other
        // language official or in official use there), so every generated
        // workbook has the columns its municipality needs.
        let names = ["Ferizaj", "Gjakovë", "Podujevë", "Suharekë"];
        ws.write_string(row, 0, LABELS.municipality.en)?;
        ws.write_string(row, 1, names[index as usize % names.len()])?;
        row += 1;
    }
    ws.write_string(row, 0, LABELS.submitted.en)?;
    let submitted =
        ExcelDateTime::from_serial_datetime(period_start + 370.0 + f64::from(index % 7))?;
    ws.write_datetime_with_format(row, 1, &submitted, date)?;
    ws.write_string(row + 1, 0, LABELS.edition.en)?;
    ws.write_number(row + 1, 1, 2026)?;
    ws.write_string(row + 2, 0, LABELS.sample.en)?;
    ws.write_string(row + 2, 1, "yes")?;
    Ok(())
}

/// Names `ws` after `layout` and writes its standard columns' headers, in English, in row 1.
fn begin_sheet(ws: &mut Worksheet, layout: &SheetLayout) -> Result<(), XlsxError> {
    ws.set_name(layout.name.en)?;
    for (c, name) in layout.headers(Lang::En).into_iter().enumerate() {
        ws.write_string(0, c as u16, name)?;
    }
    Ok(())
}

fn services_sheet(ws: &mut Worksheet, rng: &mut Lcg, quality: u64) -> Result<(), XlsxError> {
    begin_sheet(ws, &SERVICES)?;
    let yes = ["yes", "po", "da", "x"];
    let no = ["no", "jo", "ne"];
    let rows = rng.range(13, 17) as u32;
    for r in 1..=rows {
        let service = format!("{} ({r})", rng.pick(&SERVICE_NAMES));
        ws.write_string(r, 0, &service)?;
        for c in 1..=4 {
            let answer = if rng.chance(quality) {
                rng.pick(&yes)
            } else {
                rng.pick(&no)
            };
            ws.write_string(r, c, *answer)?;
        }
    }
    Ok(())
}

fn communication_sheet(
    ws: &mut Worksheet,
    rng: &mut Lcg,
    quality: u64,
    period_start: f64,
    date: &Format,
) -> Result<(), XlsxError> {
    begin_sheet(ws, &COMMUNICATION)?;
    let rows = rng.range(36, 44) as u32;
    for r in 1..=rows {
        let kind = *rng.pick(&COMMUNICATION_TYPES);
        let title = format!(
            "{} on the {} no. {r}",
            kind.replace('_', " "),
            rng.pick(&TOPICS)
        );
        ws.write_string(r, 0, &title)?;
        ws.write_string(r, 1, kind)?;
        // Published within the award period, on the quarter hour.
        let day = rng.below(360) as f64;
        let minutes = (rng.range(7 * 4, 18 * 4) * 15) as f64;
        let sq = period_start + day + minutes / 1440.0;
        ws.write_datetime_with_format(r, 2, &ExcelDateTime::from_serial_datetime(sq)?, date)?;
        // The Serbian version: usually within hours, sometimes days late or missing.
        if !rng.chance((100 - quality) / 4) {
            let delay_hours = if rng.chance(quality) {
                rng.range(0, 20)
            } else {
                rng.range(25, 96)
            };
            let sr = sq + delay_hours as f64 / 24.0;
            ws.write_datetime_with_format(r, 3, &ExcelDateTime::from_serial_datetime(sr)?, date)?;
        }
        let words_sq = rng.range(80, 900);
        let words_sr = words_sq * rng.range(70, 135) / 100;
        ws.write_number(r, 4, words_sq as f64)?;
        ws.write_number(r, 5, words_sr as f64)?;
    }
    Ok(())
}

fn signage_sheet(ws: &mut Worksheet, rng: &mut Lcg, quality: u64) -> Result<(), XlsxError> {
    begin_sheet(ws, &SIGNAGE)?;
    let rows = rng.range(18, 22) as u32;
    for r in 1..=rows {
        let location = format!("{} {r}", rng.pick(&LOCATIONS));
        ws.write_string(r, 0, &location)?;
        let (sq, sr) = *rng.pick(&SIGNS);
        ws.write_string(r, 1, sq)?;
        if rng.chance(quality) {
            ws.write_string(r, 2, sr)?;
        } else if rng.chance(50) {
            // The same text twice: not bilingual. Otherwise Albanian only.
            ws.write_string(r, 2, sq)?;
        }
    }
    Ok(())
}
