//! What the scoring's tests share: the bundled criteria (with the bundled
//! language-status file when languages matter) and submissions built row by
//! row in the bundled workbook's layout. Compiled for tests only: its `mod`
//! line in scoring/mod.rs carries #[cfg(test)], so it may unwrap freely.

use super::{IndicatorScore, Note, Scorecard, score};
use crate::criteria::{Criteria, parse};
use crate::submission::{EvidenceSheet, Institution, Row, Submission, Value};
use chrono::NaiveDateTime;

pub fn bundled() -> Criteria {
    parse(include_bytes!("../../criteria/2026.yaml")).unwrap().0
}

/// The bundled criteria with the bundled language-status file, and the
/// options replaced as `edit` says.
pub fn criteria(edit: &[(&str, &str)]) -> Criteria {
    let mut c = parse(langaward_devkit::criteria_with(edit).as_bytes())
        .unwrap()
        .0;
    c.languages =
        crate::criteria::languages::parse(include_bytes!("../../criteria/languages.yaml"))
            .unwrap()
            .0;
    c
}

/// The bundled rule relaxed to Serbian in either alphabet.
pub const EITHER: [(&str, &str); 1] = [("serbian_script: cyrillic", "serbian_script: either")];
/// The bundled rule (Cyrillic) with the local majority language first.
pub const STRICT: [(&str, &str); 1] = [("order: false", "order: true")];

pub fn t(s: &str) -> Value {
    Value::DateTime(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
}

/// A text cell; empty for "".
pub fn text(s: &str) -> Value {
    if s.is_empty() {
        Value::Empty
    } else {
        Value::Text(s.into())
    }
}

pub fn sheet(rows: Vec<Vec<Value>>) -> EvidenceSheet {
    let width = rows.first().map_or(0, Vec::len);
    EvidenceSheet {
        name: "Sheet".into(),
        columns: (0..width as u32).map(Some).collect(),
        rows: rows
            .into_iter()
            .enumerate()
            .map(|(i, values)| Row {
                number: i as u32 + 2,
                values,
            })
            .collect(),
    }
}

/// A ministry's submission with these rows on its three evidence sheets,
/// and the Commissioner's monitoring sheets (web, recommendations) empty.
pub fn submission(
    services: Vec<Vec<Value>>,
    communication: Vec<Vec<Value>>,
    signage: Vec<Vec<Value>>,
) -> Submission {
    Submission {
        institution: Institution {
            id: "x".into(),
            name_sq: None,
            name_sr: None,
            name_sr_cyrl: None,
            kind: "ministry".into(),
            municipality: None,
            contact: None,
            submitted: None,
            edition: None,
            sample: false,
        },
        sheets: vec![
            sheet(services),
            sheet(communication),
            sheet(signage),
            sheet(Vec::new()),
            sheet(Vec::new()),
        ],
    }
}

pub fn service(verbal: bool, written: bool) -> Vec<Value> {
    vec![
        Value::Text("s".into()),
        Value::Bool(true),
        Value::Bool(verbal),
        Value::Bool(true),
        Value::Bool(written),
    ]
}

pub fn item(sq: &str, sr: Option<&str>, words: (f64, f64)) -> Vec<Value> {
    vec![
        Value::Text("News".into()),
        Value::Choice("news_release".into()),
        t(sq),
        sr.map_or(Value::Empty, t),
        Value::Empty,
        Value::Empty,
        Value::Number(words.0),
        Value::Number(words.1),
    ]
}

/// A sign in Albanian and Serbian only.
pub fn sign(sq: &str, sr: &str) -> Vec<Value> {
    vec![
        Value::Text("Door".into()),
        text(sq),
        text(sr),
        Value::Empty,
        Value::Empty,
        Value::Empty,
        Value::Empty,
    ]
}

/// One sign in every language a municipality may owe: Albanian, Serbian,
/// Serbian Cyrillic, Turkish, Bosnian, and the language written first.
pub fn sign_in(texts: [&str; 5], first: &str) -> Vec<Value> {
    let mut row = vec![Value::Text("Entrance".into())];
    row.extend(texts.iter().map(|t| text(t)));
    row.push(if first.is_empty() {
        Value::Empty
    } else {
        Value::Choice(first.into())
    });
    row
}

/// Full marks on every indicator.
pub fn full() -> Submission {
    submission(
        vec![service(true, true); 3],
        vec![item("2026-03-01 10:00", Some("2026-03-01 11:00"), (100.0, 100.0)); 5],
        vec![sign("Hyrja", "Улаз"); 2],
    )
}

/// Signs only, from `municipality` (none: a ministry).
pub fn signs_of(municipality: Option<&str>, signs: Vec<Vec<Value>>) -> Submission {
    let mut s = submission(Vec::new(), Vec::new(), signs);
    s.institution.municipality = municipality.map(str::to_string);
    s
}

pub fn indicator<'a>(card: &'a Scorecard, id: &str) -> &'a IndicatorScore {
    card.criteria
        .iter()
        .flat_map(|c| &c.indicators)
        .find(|i| i.id == id)
        .unwrap()
}

/// Each sign's outcome: met, why, and the remarks.
pub fn notes(c: &Criteria, s: &Submission) -> Vec<(bool, Note, Vec<Note>)> {
    let card = score(c, s);
    indicator(&card, "bilingual_signs")
        .evidence
        .iter()
        .map(|e| (e.met, e.note.clone(), e.remarks.clone()))
        .collect()
}
