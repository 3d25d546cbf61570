//! Turns one spreadsheet cell into the typed value its column declares, or a
//! message saying what was expected and what was found.

use super::{Finding, FindingCode, Value};
use crate::criteria::{Choice, ColumnType};
use crate::text::{FoldedSet, fold};
use calamine::Data;
use chrono::{NaiveDate, NaiveDateTime};

/// Plausible Excel serial dates (1954–2119) typed as plain numbers.
const SERIAL_RANGE: std::ops::RangeInclusive<f64> = 20_000.0..=80_000.0;

/// Every spelling a yes/no cell accepts, after folding (so "ДА" and "Po"
/// count too): the word and its first letter in English, Albanian and
/// Serbian, and the marks people put in a box. Documented in the README.
const YES: [&str; 11] = ["yes", "y", "po", "p", "da", "d", "x", "true", "1", "✓", "✔"];
const NO: [&str; 8] = ["no", "n", "jo", "j", "ne", "false", "-", "0"];

/// Converts a cell; a failure is a finding without a place (the caller
/// knows the cell).
pub fn convert(data: &Data, ty: &ColumnType, max_chars: usize) -> Result<Value, Finding> {
    convert_with(data, ty, &choice_labels(ty), max_chars)
}

/// The spellings each choice of a choice column is accepted in (its key and
/// its name in every language and script, see [`crate::i18n::spellings`]),
/// folded, in the order of the choices; empty for any other column.
/// Prepared once per criteria for [`convert_with`].
pub fn choice_labels(ty: &ColumnType) -> Vec<FoldedSet> {
    match ty {
        ColumnType::Choice { choices } => choices
            .iter()
            .map(|c| {
                let names = crate::i18n::spellings(&c.name);
                FoldedSet::new(
                    std::iter::once(c.key.as_str()).chain(names.iter().map(AsRef::as_ref)),
                )
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// [`convert`] with the column's [`choice_labels`] prepared beforehand, so a
/// choice cell costs one fold of its own text and none of the labels'.
pub fn convert_with(
    data: &Data,
    ty: &ColumnType,
    choice_labels: &[FoldedSet],
    max_chars: usize,
) -> Result<Value, Finding> {
    if let Data::Error(e) = data {
        return Err(Finding::new(FindingCode::S040).arg("error", e));
    }
    if is_blank(data) {
        return Ok(match ty {
            ColumnType::YesNo => Value::Bool(false),
            _ => Value::Empty,
        });
    }
    let found = || quoted(data);
    match ty {
        ColumnType::Text => Ok(Value::Text(truncated(as_text(data), max_chars))),
        ColumnType::YesNo => {
            yes_no(data).ok_or_else(|| Finding::new(FindingCode::S042).arg("found", found()))
        }
        ColumnType::DateTime => {
            date_time(data).ok_or_else(|| Finding::new(FindingCode::S043).arg("found", found()))
        }
        ColumnType::Number { min, max } => {
            let n = number(data)
                .ok_or_else(|| Finding::new(FindingCode::S044).arg("found", found()))?;
            match (min, max) {
                (Some(min), _) if n < *min => Err(Finding::new(FindingCode::S045)
                    .arg("found", format_number(n))
                    .arg("min", min)),
                (_, Some(max)) if n > *max => Err(Finding::new(FindingCode::S046)
                    .arg("found", format_number(n))
                    .arg("max", max)),
                _ => Ok(Value::Number(n)),
            }
        }
        ColumnType::Choice { choices } => choice(data, choices, choice_labels).ok_or_else(|| {
            let names: Vec<&str> = choices.iter().map(|c| c.name.en.as_str()).collect();
            Finding::new(FindingCode::S047)
                .arg("found", found())
                .arg("choices", names.join(", "))
        }),
    }
}

fn is_blank(data: &Data) -> bool {
    match data {
        Data::Empty => true,
        Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

/// The cell as a user would read it, for messages and text columns.
pub fn as_text(data: &Data) -> String {
    match data {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
            let cleaned = crate::text::clean(s);
            match cleaned.trim() {
                trimmed if trimmed.len() == cleaned.len() => cleaned,
                trimmed => trimmed.to_string(),
            }
        }
        Data::Int(i) => i.to_string(),
        Data::Float(f) => format_number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
        Data::DateTime(d) => excel_date(d).map_or_else(
            || d.as_f64().to_string(),
            |t| t.format("%Y-%m-%d %H:%M").to_string(),
        ),
        Data::Error(e) => e.to_string(),
        Data::Empty => String::new(),
    }
}

/// [`crate::text::truncate`] for a text the caller no longer needs: cut in
/// place rather than copied.
fn truncated(mut text: String, max_chars: usize) -> String {
    if let Some((at, _)) = text.char_indices().nth(max_chars) {
        text.truncate(at);
    }
    text
}

/// The cell's text folded, to compare with labels: `fold(&as_text(data))`
/// without first copying a text that needs no cleaning (folding ignores
/// the surrounding spaces trimming would remove).
pub fn folded_text(data: &Data) -> String {
    match data {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s)
            if crate::text::is_clean(s) =>
        {
            fold(s)
        }
        _ => fold(&as_text(data)),
    }
}

fn format_number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

fn quoted(data: &Data) -> String {
    let (text, cut) = crate::text::truncate(&as_text(data), 40);
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    match data {
        Data::String(_) => format!("\"{text}{}\"", if cut { "…" } else { "" }),
        _ => text,
    }
}

fn yes_no(data: &Data) -> Option<Value> {
    match data {
        Data::Bool(b) => Some(Value::Bool(*b)),
        Data::Int(1) => Some(Value::Bool(true)),
        Data::Int(0) => Some(Value::Bool(false)),
        Data::Float(f) if *f == 1.0 => Some(Value::Bool(true)),
        Data::Float(f) if *f == 0.0 => Some(Value::Bool(false)),
        Data::String(s) => {
            let s = fold(s);
            if YES.contains(&s.as_str()) {
                Some(Value::Bool(true))
            } else if NO.contains(&s.as_str()) {
                Some(Value::Bool(false))
            } else {
                None
            }
        }
        _ => None,
    }
}

const DATE_TIME_FORMATS: [&str; 8] = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d/%m/%Y %H:%M",
    "%d.%m.%Y. %H:%M",
];
const DATE_FORMATS: [&str; 5] = ["%Y-%m-%d", "%d.%m.%Y", "%d.%m.%Y.", "%d/%m/%Y", "%Y/%m/%d"];

/// Reads ISO and the day-first forms used in Kosovo; never month-first, which
/// would silently swap 03/04.
pub fn parse_date_time(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim().trim_end_matches('Z');
    DATE_TIME_FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .or_else(|| {
            DATE_FORMATS
                .iter()
                .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
                .map(|d| d.and_time(chrono::NaiveTime::MIN))
        })
}

/// A date cell's value, or nothing for serials no calendar reaches (chrono
/// panics on them; fuzzing found one).
fn excel_date(d: &calamine::ExcelDateTime) -> Option<NaiveDateTime> {
    (-1e6..=3e6)
        .contains(&d.as_f64())
        .then(|| d.as_datetime())
        .flatten()
}

fn serial(f: f64) -> Option<NaiveDateTime> {
    if !SERIAL_RANGE.contains(&f) {
        return None;
    }
    calamine::ExcelDateTime::new(f, calamine::ExcelDateTimeType::DateTime, false).as_datetime()
}

fn date_time(data: &Data) -> Option<Value> {
    let parsed = match data {
        Data::DateTime(d) => excel_date(d),
        Data::DateTimeIso(s) | Data::String(s) => parse_date_time(s),
        Data::Float(f) => serial(*f),
        Data::Int(i) => serial(*i as f64),
        _ => None,
    };
    parsed.map(Value::DateTime)
}

pub fn number(data: &Data) -> Option<f64> {
    match data {
        Data::Int(i) => Some(*i as f64),
        Data::Float(f) => Some(*f),
        Data::String(s) => s
            .trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite()),
        _ => None,
    }
}

fn choice(data: &Data, choices: &[Choice], labels: &[FoldedSet]) -> Option<Value> {
    let wanted = folded_text(data);
    choices
        .iter()
        .zip(labels)
        .find(|(_, l)| l.contains(&wanted))
        .map(|(c, _)| Value::Choice(c.key.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dt(s: &str) -> Value {
        Value::DateTime(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
    }

    #[test]
    fn yes_no_accepts_three_languages_and_x() {
        for yes in ["yes", "Po", "DA", "x", " X ", "Да", "д", "✔", "1"] {
            assert_eq!(
                convert(&Data::String(yes.into()), &ColumnType::YesNo, 100),
                Ok(Value::Bool(true)),
                "{yes}"
            );
        }
        for no in ["no", "jo", "Ne", "", "J", "не", "Н"] {
            assert_eq!(
                convert(&Data::String(no.into()), &ColumnType::YesNo, 100),
                Ok(Value::Bool(false)),
                "{no}"
            );
        }
        assert_eq!(
            convert(&Data::Empty, &ColumnType::YesNo, 100),
            Ok(Value::Bool(false))
        );
        let e = convert(&Data::String("maybe".into()), &ColumnType::YesNo, 100).unwrap_err();
        assert_eq!(
            e.to_string(),
            "expected yes or no (yes/no, po/jo, da/ne, or x for yes), found \"maybe\" [S042]"
        );
    }

    #[test]
    fn dates_from_text_iso_day_first_and_serials() {
        let ty = ColumnType::DateTime;
        assert_eq!(
            convert(&Data::String("2026-03-15 10:30".into()), &ty, 9),
            Ok(dt("2026-03-15 10:30"))
        );
        assert_eq!(
            convert(&Data::String("15.03.2026 10:30".into()), &ty, 9),
            Ok(dt("2026-03-15 10:30"))
        );
        assert_eq!(
            convert(&Data::String("15.03.2026".into()), &ty, 9),
            Ok(dt("2026-03-15 00:00"))
        );
        assert_eq!(
            convert(&Data::DateTimeIso("2026-03-15T10:30:00".into()), &ty, 9),
            Ok(dt("2026-03-15 10:30"))
        );
        assert_eq!(
            convert(&Data::Float(46096.4375), &ty, 9),
            Ok(dt("2026-03-15 10:30"))
        );
        assert!(convert(&Data::String("next week".into()), &ty, 9).is_err());
        assert!(convert(&Data::String("2026-02-30".into()), &ty, 9).is_err());
        assert!(convert(&Data::Float(12.0), &ty, 9).is_err());
    }

    #[test]
    fn numbers_as_text_and_bounds() {
        let ty = ColumnType::Number {
            min: Some(0.0),
            max: None,
        };
        assert_eq!(
            convert(&Data::String("12,5".into()), &ty, 9),
            Ok(Value::Number(12.5))
        );
        assert_eq!(convert(&Data::Int(3), &ty, 9), Ok(Value::Number(3.0)));
        assert_eq!(
            convert(&Data::Int(-3), &ty, 9).unwrap_err().to_string(),
            "the number -3 is below the minimum 0 [S045]"
        );
        assert!(convert(&Data::String("many".into()), &ty, 9).is_err());
    }

    #[test]
    fn error_cells_are_reported() {
        let e = convert(
            &Data::Error(calamine::CellErrorType::NA),
            &ColumnType::Text,
            9,
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "the cell shows the error #N/A [S040]");
    }

    /// A cell's folded text is compared with these words as they are, so
    /// each must be its own folded form.
    #[test]
    fn yes_and_no_words_are_already_folded() {
        for word in YES.iter().chain(&NO) {
            assert_eq!(fold(word), *word);
        }
    }

    #[test]
    fn prepared_choices_match_what_folding_every_choice_matched() {
        let criteria = crate::criteria::parse(include_bytes!("../../criteria/2026.yaml"))
            .unwrap()
            .0;
        let mut choice_columns = 0;
        for column in criteria.sheets.iter().flat_map(|s| &s.columns) {
            let ColumnType::Choice { choices } = &column.ty else {
                continue;
            };
            choice_columns += 1;
            let labels = choice_labels(&column.ty);
            let mut texts: Vec<String> = choices
                .iter()
                .flat_map(|c| {
                    let names = crate::i18n::spellings(&c.name).map(String::from);
                    std::iter::once(c.key.clone()).chain(names)
                })
                .flat_map(|t| [t.to_uppercase(), format!(" {t}\u{200B} "), t])
                .collect();
            texts.extend(
                [
                    "Тендер",
                    "САОПШТЕЊЕ ЗА МЕДИЈЕ",
                    "Фејсбук",
                    "икс",
                    "Фацебоок",
                    "saopstenje za medije",
                    "Konferencë\u{00AD} për shtyp",
                    "news\u{FEFF}_release",
                    "српски",
                    "ＳＱ",
                    "nothing",
                    "",
                ]
                .map(String::from),
            );
            for text in &texts {
                let data = Data::String(text.clone());
                let wanted = fold(&as_text(&data));
                let folded_each_time = choices
                    .iter()
                    .find(|c| {
                        fold(&c.key) == wanted
                            || crate::i18n::spellings(&c.name)
                                .iter()
                                .any(|n| fold(n) == wanted)
                    })
                    .map(|c| Value::Choice(c.key.clone()));
                assert_eq!(
                    choice(&data, choices, &labels),
                    folded_each_time,
                    "{text:?}"
                );
            }
        }
        assert_eq!(choice_columns, 4);
        let kind = &criteria.sheets[1].columns[1].ty;
        assert_eq!(
            convert_with(
                &Data::String("Тендер".into()),
                kind,
                &choice_labels(kind),
                99
            ),
            Ok(Value::Choice("tender".into()))
        );
        // A channel picked from the Cyrillic template's dropdown, where
        // foreign names are transcribed, is the channel it names.
        let channel = &criteria.sheets[3].columns[1].ty;
        for (cell, key) in [
            ("Фејсбук", "facebook"),
            ("Икс", "x"),
            ("Facebook", "facebook"),
        ] {
            assert_eq!(
                convert_with(
                    &Data::String(cell.into()),
                    channel,
                    &choice_labels(channel),
                    99
                ),
                Ok(Value::Choice(key.into())),
                "{cell}"
            );
        }
    }

    #[test]
    fn folded_text_is_the_folded_cleaned_text() {
        let texts = [
            "  Teksti në serbisht ",
            "\tVendndodhja\n",
            "ТЕКСТ\u{200B}",
            "Shqipe\u{0308}ri",
            "и\u{0306}",
            "a\u{0B}b",
            "x\u{1F}y",
            "\u{85}NEL\u{A0}",
            "",
        ];
        let mut cells: Vec<Data> = texts
            .iter()
            .flat_map(|t| {
                [
                    Data::String(t.to_string()),
                    Data::DateTimeIso(t.to_string()),
                ]
            })
            .collect();
        cells.extend([
            Data::Int(5),
            Data::Float(2.5),
            Data::Bool(true),
            Data::Empty,
            Data::Error(calamine::CellErrorType::NA),
        ]);
        // Every kind of space trimming removes, around a text.
        cells.extend(
            (0..=0x10FFFF)
                .filter_map(char::from_u32)
                .filter(|c| c.is_whitespace())
                .map(|c| Data::String(format!("{c}x y{c}"))),
        );
        for cell in &cells {
            assert_eq!(folded_text(cell), fold(&as_text(cell)), "{cell:?}");
        }
    }
}
