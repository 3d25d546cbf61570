//! The Institution sheet: who the applicant says it is, its kind, its
//! municipality (which decides the languages it owes) and the edition.

use super::grid::Cell;
use super::{CellRef, Finding, Reader, Value, cells};
use crate::criteria::ColumnType;
use crate::text::{FoldedSet, fold};
use calamine::Data;
use chrono::NaiveDate;
use serde::Serialize;
use std::sync::LazyLock;

/// The applicant as it describes itself on the Institution sheet.
#[derive(Debug, Clone, Serialize)]
pub struct Institution {
    pub id: String,
    pub name_sq: Option<String>,
    pub name_sr: Option<String>,
    pub name_sr_cyrl: Option<String>,
    pub kind: String,
    pub municipality: Option<String>,
    pub contact: Option<String>,
    pub submitted: Option<NaiveDate>,
    pub edition: Option<i64>,
    /// The workbook says its evidence is a fictional sample.
    pub sample: bool,
}

pub(super) const INSTITUTION_SHEET: [&str; 4] =
    ["Institution", "Institucioni", "Institucija", "Институција"];

/// [`INSTITUTION_SHEET`] folded, once.
pub(super) static INSTITUTION_SHEET_NAMES: LazyLock<FoldedSet> =
    LazyLock::new(|| FoldedSet::new(INSTITUTION_SHEET));

/// The Institution sheet's keys and the labels accepted for each.
pub const INSTITUTION_FIELDS: [(&str, [&str; 3]); 10] = [
    ("id", ["ID", "ID", "ID"]),
    (
        "name_sq",
        ["Emri në shqip", "Naziv na albanskom", "Name in Albanian"],
    ),
    (
        "name_sr",
        ["Emri në serbisht", "Naziv na srpskom", "Name in Serbian"],
    ),
    (
        "name_sr_cyrl",
        [
            "Emri në serbisht (cirilik)",
            "Naziv na srpskom (ćirilica)",
            "Name in Serbian (Cyrillic)",
        ],
    ),
    ("kind", ["Lloji", "Vrsta", "Kind"]),
    ("municipality", ["Komuna", "Opština", "Municipality"]),
    ("contact", ["Kontakti", "Kontakt", "Contact"]),
    (
        "submitted",
        ["Data e dorëzimit", "Datum podnošenja", "Date of submission"],
    ),
    ("edition", ["Edicioni", "Izdanje", "Edition"]),
    (
        "sample",
        ["Mostër fiktive", "Fiktivni uzorak", "Fictional sample"],
    ),
];

/// Each Institution field's key and labels, folded once.
static INSTITUTION_LABELS: LazyLock<Vec<(&'static str, FoldedSet)>> = LazyLock::new(|| {
    INSTITUTION_FIELDS
        .iter()
        .map(|(key, labels)| (*key, FoldedSet::new(std::iter::once(*key).chain(*labels))))
        .collect()
});

/// The Institution field a label names, in any language.
fn field_key(label: &str) -> Option<&'static str> {
    let label = fold(label);
    INSTITUTION_LABELS
        .iter()
        .find(|(_, labels)| labels.contains(&label))
        .map(|(key, _)| *key)
}

pub(super) fn institution(
    reader: &Reader,
    sheet: &str,
    cells: &[Cell],
    findings: &mut Vec<Finding>,
) -> Result<Institution, Finding> {
    let criteria = reader.criteria;
    let mut fields: Vec<(&'static str, u32, u32, &Data)> = Vec::new();
    for row in cells.chunk_by(|a, b| a.0 == b.0) {
        let mut it = row.iter();
        let Some((_, _, label)) = it.next() else {
            continue;
        };
        let Some(key) = field_key(&cells::as_text(label)) else {
            continue;
        };
        if let Some((r, c, value)) = it.next()
            && !fields.iter().any(|f| f.0 == key)
        {
            fields.push((key, *r, *c, value));
        }
    }
    let text = |key: &str| -> Option<String> {
        fields
            .iter()
            .find(|f| f.0 == key)
            .map(|f| crate::text::truncate(&cells::as_text(f.3), 500).0)
            .filter(|s| !s.is_empty())
    };
    let at = |key: &str| {
        fields
            .iter()
            .find(|f| f.0 == key)
            .map(|f| CellRef::cell(sheet, f.1, f.2))
    };
    let whole = CellRef {
        sheet: sheet.to_string(),
        row: 0,
        column: None,
    };
    let missing = |key: &str| {
        Finding::error("S021")
            .at(whole.clone())
            .arg("labels", labels_of(key))
    };
    let found = |d: &Data| format!("\"{}\"", crate::text::truncate(&cells::as_text(d), 40).0);
    let id = text("id")
        .map(|id| crate::text::id(&id))
        .filter(|id| !id.is_empty())
        .ok_or_else(|| missing("id"))?;
    let kind_text = text("kind").ok_or_else(|| missing("kind"))?;
    let kind_folded = fold(&kind_text);
    let kind = criteria
        .kinds
        .iter()
        .zip(&reader.kinds)
        .find(|(_, names)| names.contains(&kind_folded))
        .map(|(k, _)| k.id.clone())
        .unwrap_or_else(|| {
            let known: Vec<&str> = criteria.kinds.iter().map(|k| k.id.as_str()).collect();
            findings.push(
                Finding::warning("S022")
                    .at(at("kind"))
                    .arg("kind", &kind_text)
                    .arg("known", known.join(", ")),
            );
            kind_text.clone()
        });
    let (name_sq, name_sr) = (text("name_sq"), text("name_sr"));
    if name_sq.is_none() && name_sr.is_none() {
        return Err(missing("name_sq"));
    }
    for (key, name) in [("name_sq", &name_sq), ("name_sr", &name_sr)] {
        if name.is_none() {
            findings.push(
                Finding::warning("S023")
                    .at(whole.clone())
                    .arg("labels", labels_of(key)),
            );
        }
    }
    let submitted = fields.iter().find(|f| f.0 == "submitted").and_then(|f| {
        match cells::convert(f.3, &ColumnType::DateTime, 100) {
            Ok(Value::DateTime(d)) => Some(d.date()),
            _ => {
                findings.push(
                    Finding::warning("S024")
                        .at(at("submitted"))
                        .arg("found", found(f.3)),
                );
                None
            }
        }
    });
    let any_number = ColumnType::Number {
        min: None,
        max: None,
    };
    let edition = match fields.iter().find(|f| f.0 == "edition") {
        None => None,
        Some(f) => match cells::convert(f.3, &any_number, 100) {
            Ok(Value::Number(n)) if n.fract() == 0.0 && n.abs() < 1e6 => Some(n as i64),
            _ => {
                return Err(Finding::error("S025")
                    .at(at("edition"))
                    .arg("found", found(f.3)));
            }
        },
    };
    if let Some(e) = edition
        && e != criteria.edition
    {
        return Err(Finding::error("S026")
            .at(at("edition"))
            .arg("edition", e)
            .arg("expected", criteria.edition));
    }
    let municipality = municipality(
        reader,
        text("municipality"),
        at("municipality").unwrap_or_else(|| whole.clone()),
        &kind,
        findings,
    );
    let sample = fields
        .iter()
        .find(|f| f.0 == "sample")
        .is_some_and(|f| cells::convert(f.3, &ColumnType::YesNo, 10) == Ok(Value::Bool(true)));
    Ok(Institution {
        id,
        name_sq,
        name_sr,
        name_sr_cyrl: text("name_sr_cyrl"),
        kind,
        municipality,
        contact: text("contact"),
        submitted,
        edition,
        sample,
    })
}

/// The municipality an applicant names decides the languages it owes, so it
/// is checked against its kind: a municipality that leaves it empty or
/// misspells it is told so (with the nearest known name) and is not ranked
/// — never scored on the easier reading of Albanian and Serbian alone; a
/// central institution that fills it in is held to Albanian and Serbian,
/// and the field is ignored with a warning.
fn municipality(
    reader: &Reader,
    written: Option<String>,
    at: CellRef,
    kind: &str,
    findings: &mut Vec<Finding>,
) -> Option<String> {
    let criteria = reader.criteria;
    let municipal = criteria.kinds.iter().any(|k| k.id == kind && k.municipal);
    match (municipal, written) {
        (true, None) => {
            findings.push(
                Finding::warning("S027")
                    .at(at)
                    .arg("labels", labels_of("municipality")),
            );
            None
        }
        (true, Some(name)) => {
            if reader.municipalities.find(&name).is_none() {
                let nearest = criteria.languages.nearest_municipality(&name);
                findings.push(
                    Finding::warning("S028")
                        .at(at)
                        .arg("municipality", &name)
                        .arg("nearest", nearest.unwrap_or("—")),
                );
            }
            Some(name)
        }
        (false, Some(name)) => {
            findings.push(
                Finding::warning("S029")
                    .at(at)
                    .arg("municipality", name)
                    .arg("kind", kind),
            );
            None
        }
        (false, None) => None,
    }
}

fn labels_of(key: &str) -> String {
    INSTITUTION_FIELDS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, l)| {
            let mut l = l.to_vec();
            l.dedup();
            l.join(" / ")
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn institution_labels_in_any_language() {
        assert_eq!(field_key("Emri në shqip"), Some("name_sq"));
        assert_eq!(field_key("naziv na srpskom"), Some("name_sr"));
        assert_eq!(field_key(" KIND "), Some("kind"));
        assert_eq!(field_key("Datum podnosenja"), Some("submitted"));
        assert_eq!(field_key("Something else"), None);
    }
}
