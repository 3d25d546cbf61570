//! The Institution sheet: who the applicant says it is, its kind, its
//! municipality (which decides the languages it owes) and the edition.

use super::grid::Cell;
use super::{CellRef, Finding, FindingCode, Reader, Value, cells};
use crate::criteria::{ColumnType, Criteria};
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

/// A field of the Institution sheet: the reader finds each by its label in
/// any language, and the applicants' template writes them in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Id,
    NameSq,
    NameSr,
    NameSrCyrl,
    Kind,
    Municipality,
    Contact,
    Submitted,
    Edition,
    Sample,
}

impl Field {
    /// Every field, in the template's order.
    pub const ALL: [Field; 10] = [
        Field::Id,
        Field::NameSq,
        Field::NameSr,
        Field::NameSrCyrl,
        Field::Kind,
        Field::Municipality,
        Field::Contact,
        Field::Submitted,
        Field::Edition,
        Field::Sample,
    ];

    /// The field's key, accepted as a label too (a sheet typed by someone
    /// who read results.json).
    pub fn key(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::NameSq => "name_sq",
            Field::NameSr => "name_sr",
            Field::NameSrCyrl => "name_sr_cyrl",
            Field::Kind => "kind",
            Field::Municipality => "municipality",
            Field::Contact => "contact",
            Field::Submitted => "submitted",
            Field::Edition => "edition",
            Field::Sample => "sample",
        }
    }

    /// The labels in Albanian, Serbian and English.
    pub fn labels(self) -> [&'static str; 3] {
        match self {
            Field::Id => ["ID", "ID", "ID"],
            Field::NameSq => ["Emri në shqip", "Naziv na albanskom", "Name in Albanian"],
            Field::NameSr => ["Emri në serbisht", "Naziv na srpskom", "Name in Serbian"],
            Field::NameSrCyrl => [
                "Emri në serbisht (cirilik)",
                "Naziv na srpskom (ćirilica)",
                "Name in Serbian (Cyrillic)",
            ],
            Field::Kind => ["Lloji", "Vrsta", "Kind"],
            Field::Municipality => ["Komuna", "Opština", "Municipality"],
            Field::Contact => ["Kontakti", "Kontakt", "Contact"],
            Field::Submitted => ["Data e dorëzimit", "Datum podnošenja", "Date of submission"],
            Field::Edition => ["Edicioni", "Izdanje", "Edition"],
            Field::Sample => ["Mostër fiktive", "Fiktivni uzorak", "Fictional sample"],
        }
    }

    /// The field a label names, in any language.
    fn named(label: &str) -> Option<Field> {
        let label = fold(label);
        FIELD_LABELS
            .iter()
            .find(|(_, labels)| labels.contains(&label))
            .map(|(field, _)| *field)
    }

    /// "Lloji / Vrsta / Kind", for a finding that asks for the field.
    fn labels_joined(self) -> String {
        let mut labels = self.labels().to_vec();
        labels.dedup();
        labels.join(" / ")
    }
}

/// Each field's key and labels, folded once.
static FIELD_LABELS: LazyLock<Vec<(Field, FoldedSet)>> = LazyLock::new(|| {
    Field::ALL
        .iter()
        .map(|&f| {
            (
                f,
                FoldedSet::new(std::iter::once(f.key()).chain(f.labels())),
            )
        })
        .collect()
});

/// The fields a sheet fills in: per field, the first value beside its label.
struct Fields<'c> {
    sheet: &'c str,
    found: Vec<(Field, u32, u32, &'c Data)>,
}

impl<'c> Fields<'c> {
    /// Each row is a label and a value; rows with another label, and a
    /// field's later rows, are ignored.
    fn new(sheet: &'c str, cells: &'c [Cell]) -> Fields<'c> {
        let mut found: Vec<(Field, u32, u32, &Data)> = Vec::new();
        for row in cells.chunk_by(|a, b| a.0 == b.0) {
            let mut it = row.iter();
            let Some((_, _, label)) = it.next() else {
                continue;
            };
            let Some(field) = Field::named(&cells::as_text(label)) else {
                continue;
            };
            if let Some((r, c, value)) = it.next()
                && !found.iter().any(|f| f.0 == field)
            {
                found.push((field, *r, *c, value));
            }
        }
        Fields { sheet, found }
    }

    fn data(&self, field: Field) -> Option<&'c Data> {
        self.found.iter().find(|f| f.0 == field).map(|f| f.3)
    }

    /// The field's text, cut to 500 characters; `None` when empty.
    fn text(&self, field: Field) -> Option<String> {
        self.data(field)
            .map(|d| crate::text::truncate(&cells::as_text(d), 500).0)
            .filter(|s| !s.is_empty())
    }

    /// The field's value cell.
    fn at(&self, field: Field) -> Option<CellRef> {
        self.found
            .iter()
            .find(|f| f.0 == field)
            .map(|f| CellRef::cell(self.sheet, f.1, f.2))
    }

    /// The whole sheet, for what is missing from it.
    fn whole(&self) -> CellRef {
        CellRef {
            sheet: self.sheet.to_string(),
            row: 0,
            column: None,
        }
    }
}

/// A cell's text as a finding quotes it.
fn found(d: &Data) -> String {
    format!("\"{}\"", crate::text::truncate(&cells::as_text(d), 40).0)
}

pub(super) fn institution(
    reader: &Reader,
    sheet: &str,
    cells: &[Cell],
    findings: &mut Vec<Finding>,
) -> Result<Institution, Finding> {
    let fields = Fields::new(sheet, cells);
    let missing = |field: Field| {
        Finding::new(FindingCode::S021)
            .at(fields.whole())
            .arg("labels", field.labels_joined())
    };
    let id = fields
        .text(Field::Id)
        .map(|id| crate::text::id(&id))
        .filter(|id| !id.is_empty())
        .ok_or_else(|| missing(Field::Id))?;
    let kind = kind(reader, &fields, findings).ok_or_else(|| missing(Field::Kind))?;
    not_for_the_jury_alone(reader.criteria, &fields, &id, &kind)?;
    let (name_sq, name_sr) = (fields.text(Field::NameSq), fields.text(Field::NameSr));
    if name_sq.is_none() && name_sr.is_none() {
        return Err(missing(Field::NameSq));
    }
    for (field, name) in [(Field::NameSq, &name_sq), (Field::NameSr, &name_sr)] {
        if name.is_none() {
            findings.push(
                Finding::new(FindingCode::S023)
                    .at(fields.whole())
                    .arg("labels", field.labels_joined()),
            );
        }
    }
    let submitted = submitted(&fields, findings);
    let edition = edition(reader.criteria.edition, &fields)?;
    let municipality = municipality(
        reader,
        fields.text(Field::Municipality),
        fields
            .at(Field::Municipality)
            .unwrap_or_else(|| fields.whole()),
        &kind,
        findings,
    );
    let sample = fields
        .data(Field::Sample)
        .is_some_and(|d| cells::convert(d, &ColumnType::YesNo, 10) == Ok(Value::Bool(true)));
    Ok(Institution {
        id,
        name_sq,
        name_sr,
        name_sr_cyrl: fields.text(Field::NameSrCyrl),
        kind,
        municipality,
        contact: fields.text(Field::Contact),
        submitted,
        edition,
        sample,
    })
}

/// The kind's id when the sheet names a known kind in any language; an
/// unknown kind is kept as written, with a warning (the applicant is then
/// ineligible). `None` when the field is empty.
fn kind(reader: &Reader, fields: &Fields, findings: &mut Vec<Finding>) -> Option<String> {
    let criteria = reader.criteria;
    let written = fields.text(Field::Kind)?;
    let folded = fold(&written);
    let known = criteria
        .kinds
        .iter()
        .zip(&reader.kinds)
        .find(|(_, names)| names.contains(&folded))
        .map(|(k, _)| k.id.clone());
    Some(known.unwrap_or_else(|| {
        let known: Vec<&str> = criteria.kinds.iter().map(|k| k.id.as_str()).collect();
        findings.push(
            Finding::new(FindingCode::S022)
                .at(fields.at(Field::Kind))
                .arg("kind", &written)
                .arg("known", known.join(", ")),
        );
        written
    }))
}

/// A category the jury alone judges takes nominations, not workbooks: a
/// workbook of a kind it lists (S051), or under a nominee's id (S052), is
/// rejected, so no one is scored twice or on evidence nobody weighs.
fn not_for_the_jury_alone(
    criteria: &Criteria,
    fields: &Fields,
    id: &str,
    kind: &str,
) -> Result<(), Finding> {
    let folded = fold(id);
    let nominated = criteria.categories.iter().find_map(|cat| {
        let list = cat.nominations.as_ref()?;
        let nominee = list.nominees.iter().find(|n| fold(&n.id) == folded)?;
        Some((list, nominee))
    });
    if let Some((list, nominee)) = nominated {
        return Err(Finding::new(FindingCode::S052)
            .at(fields.at(Field::Id))
            .arg("id", id)
            .arg("file", crate::text::display_path(&list.source))
            .arg("line", nominee.at.line));
    }
    match criteria
        .category_for(kind)
        .and_then(|k| criteria.categories.get(k))
    {
        Some(cat) if cat.jury_only() => Err(Finding::new(FindingCode::S051)
            .at(fields.at(Field::Kind))
            .arg("kind", kind)
            .arg("category", &cat.id)),
        _ => Ok(()),
    }
}

/// The date of submission; one that is no date is ignored with a warning.
fn submitted(fields: &Fields, findings: &mut Vec<Finding>) -> Option<NaiveDate> {
    let data = fields.data(Field::Submitted)?;
    match cells::convert(data, &ColumnType::DateTime, 100) {
        Ok(Value::DateTime(d)) => Some(d.date()),
        _ => {
            findings.push(
                Finding::new(FindingCode::S024)
                    .at(fields.at(Field::Submitted))
                    .arg("found", found(data)),
            );
            None
        }
    }
}

/// The edition the workbook is for, if it says: a workbook for another
/// edition, or one whose edition is no year, is rejected.
fn edition(expected: i64, fields: &Fields) -> Result<Option<i64>, Finding> {
    let Some(data) = fields.data(Field::Edition) else {
        return Ok(None);
    };
    let any_number = ColumnType::Number {
        min: None,
        max: None,
    };
    let edition = match cells::convert(data, &any_number, 100) {
        Ok(Value::Number(n)) if n.fract() == 0.0 && n.abs() < 1e6 => n as i64,
        _ => {
            return Err(Finding::new(FindingCode::S025)
                .at(fields.at(Field::Edition))
                .arg("found", found(data)));
        }
    };
    if edition != expected {
        return Err(Finding::new(FindingCode::S026)
            .at(fields.at(Field::Edition))
            .arg("edition", edition)
            .arg("expected", expected));
    }
    Ok(Some(edition))
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
                Finding::new(FindingCode::S027)
                    .at(at)
                    .arg("labels", Field::Municipality.labels_joined()),
            );
            None
        }
        (true, Some(name)) => {
            if reader.municipalities.find(&name).is_none() {
                let nearest = criteria.languages.nearest_municipality(&name);
                findings.push(
                    Finding::new(FindingCode::S028)
                        .at(at)
                        .arg("municipality", &name)
                        .arg("nearest", nearest.unwrap_or("—")),
                );
            }
            Some(name)
        }
        (false, Some(name)) => {
            findings.push(
                Finding::new(FindingCode::S029)
                    .at(at)
                    .arg("municipality", name)
                    .arg("kind", kind),
            );
            None
        }
        (false, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn institution_labels_in_any_language() {
        assert_eq!(Field::named("Emri në shqip"), Some(Field::NameSq));
        assert_eq!(Field::named("naziv na srpskom"), Some(Field::NameSr));
        assert_eq!(Field::named(" KIND "), Some(Field::Kind));
        assert_eq!(Field::named("Datum podnosenja"), Some(Field::Submitted));
        assert_eq!(Field::named("name_sr_cyrl"), Some(Field::NameSrCyrl));
        assert_eq!(Field::named("Something else"), None);
    }
}
