//! The rows behind an indicator on a scorecard page: where each is, what it
//! is, why it earned or lost, and where it came from.
//!
//! A page shows a hundred rows or more, and a report thousands of pages, so
//! a row holds no text of its own: what rows repeat (a reason, a source's
//! weight, the words around a row number) is worded once, per page language
//! or per indicator, and each row borrows or shares it. Every type here
//! serialises as the text it stands for, so templates see plain strings.

use super::Page;
use super::words::note;
use crate::criteria::Criteria;
use crate::i18n::{Messages, Number, spellings};
use crate::ix::PerSource;
use crate::scoring::{Evidence, IndicatorScore, Note, Origin};
use crate::submission::{CellRef, column_letters};
use chrono::NaiveDate;
use serde::{Serialize, Serializer};
use std::fmt;
use std::ops::Deref;
use std::rc::Rc;

/// Most evidence rows one indicator shows on a scorecard page.
const EVIDENCE_ROWS: usize = 200;

/// Columns whose letters a page words in advance: more than any evidence
/// sheet has (a cell further right is written on its own).
const LETTERED_COLUMNS: u32 = 64;

/// A text a row shows: one of the page's own words, or one worded for the
/// rows of this page that repeat it.
#[derive(Clone)]
pub enum Said<'a> {
    Page(&'a str),
    Shared(Rc<str>),
}

impl Deref for Said<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Said::Page(text) => text,
            Said::Shared(text) => text,
        }
    }
}

impl fmt::Display for Said<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl Serialize for Said<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

/// Where a row is: "Communication!D23", or "Communication, row 23" in the
/// page's language, put together where it is written.
pub enum Place<'a> {
    /// The cell that decided.
    Cell {
        sheet: &'a str,
        letters: &'a str,
        row: u32,
    },
    /// A whole row: the message's text around the row number.
    Row {
        before: &'a str,
        row: u32,
        after: &'a str,
    },
    /// A place worded on its own (a sheet or column the page has no words
    /// ready for).
    Text(String),
}

impl Place<'_> {
    fn write(&self, out: &mut impl fmt::Write) -> fmt::Result {
        match self {
            Place::Cell {
                sheet,
                letters,
                row,
            } => write!(out, "{sheet}!{letters}{row}"),
            Place::Row { before, row, after } => write!(out, "{before}{row}{after}"),
            Place::Text(text) => out.write_str(text),
        }
    }
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_none() && f.precision().is_none() {
            return self.write(f);
        }
        // Padded to line up (`explain`): the whole text is measured.
        let mut text = String::new();
        self.write(&mut text)?;
        f.pad(&text)
    }
}

impl Serialize for Place<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One evidence row: where it is, what it is, and why it earned or lost.
#[derive(Serialize)]
pub struct EvidenceView<'a> {
    pub place: Place<'a>,
    pub label: &'a str,
    pub met: bool,
    pub note: Said<'a>,
    pub remarks: Vec<Said<'a>>,
    pub source: Option<SourceView<'a>>,
}

/// How a row was obtained, compactly: the source, what the row counts for
/// when not in full, the reference and who observed it when.
#[derive(Serialize)]
pub struct SourceView<'a> {
    pub name: &'a str,
    pub counts: Option<Said<'a>>,
    pub reference: Option<&'a str>,
    /// The reference as a link, only when it is an http(s) address.
    pub href: Option<&'a str>,
    pub by: Option<By<'a>>,
}

/// "A. Monitor · 12.03.2026": who observed a row, and when.
pub struct By<'a> {
    observer: Option<&'a str>,
    date: Option<Said<'a>>,
}

impl By<'_> {
    /// Whether it reads as nothing.
    pub fn is_empty(&self) -> bool {
        match (self.observer, &self.date) {
            (Some(_), Some(_)) => false,
            (Some(text), None) => text.is_empty(),
            (None, Some(text)) => text.is_empty(),
            (None, None) => true,
        }
    }
}

impl fmt::Display for By<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.observer, &self.date) {
            (Some(observer), Some(date)) => write!(f, "{observer} · {date}"),
            (Some(text), None) => f.write_str(text),
            (None, Some(text)) => f.write_str(text),
            (None, None) => Ok(()),
        }
    }
}

impl Serialize for By<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What the rows of every page of one language repeat, worded once for the
/// run: the words around a row number for each spelling of each sheet's
/// name, column letters, and what a source counts for at each weight.
pub struct RowWords {
    places: Vec<(String, RowPlace)>,
    letters: Vec<String>,
    /// Per source, its text at its own weight and at 0 (an unverified row).
    counts: Vec<[(f64, Option<String>); 2]>,
}

impl RowWords {
    pub fn new(m: &Messages, c: &Criteria) -> RowWords {
        let places = c
            .sheets
            .iter()
            .flat_map(|s| spellings(&s.name))
            .map(|name| {
                let place = RowPlace::new(m, &name);
                (name.into_owned(), place)
            })
            .collect();
        let counts = c
            .provenance
            .iter()
            .flat_map(|p| &p.sources)
            .map(|s| [s.weight, 0.0].map(|w| (w, counts(m, w, s.weight))))
            .collect();
        RowWords {
            places,
            letters: (0..LETTERED_COLUMNS).map(column_letters).collect(),
            counts,
        }
    }

    fn place(&self, sheet: &str) -> Option<&RowPlace> {
        self.places
            .iter()
            .find(|(name, _)| name == sheet)
            .map(|(_, place)| place)
    }

    fn counts(&self, o: &Origin) -> Option<&Option<String>> {
        let at = self.counts.get(o.source.index())?;
        let found = at.iter().find(|(w, _)| w.to_bits() == o.weight.to_bits());
        found.map(|(_, text)| text)
    }
}

/// What a row counts for at `weight` when its source's weight is
/// `spec_weight`: nothing said when it counts in full.
fn counts(m: &Messages, weight: f64, spec_weight: f64) -> Option<String> {
    if weight == 0.0 && spec_weight > 0.0 {
        Some(m.get("source_unverified").to_string())
    } else {
        (weight != 1.0).then(|| m.fill("source_counts", &[("weight", &Number::decimal(weight))]))
    }
}

/// A row's source in the page's language, with what it counts for when
/// not in full, its reference (a link only for an http(s) address, which
/// the template escapes) and its observer and date (each date worded once
/// per indicator).
fn source<'a>(
    page: &'a Page,
    o: &'a Origin,
    dates: &mut Vec<(NaiveDate, Rc<str>)>,
) -> Option<SourceView<'a>> {
    let spec = page.c().provenance.as_ref()?.sources.at_source(o.source)?;
    let reference = o.reference.as_deref();
    let counts = match page.rows.counts(o) {
        Some(text) => text.as_deref().map(Said::Page),
        None => counts(page.m, o.weight, spec.weight).map(|t| Said::Shared(t.into())),
    };
    let date = o.observed_on.map(|d| {
        if let Some((_, text)) = dates.iter().find(|(k, _)| *k == d) {
            return Said::Shared(text.clone());
        }
        let text: Rc<str> = page.m.date(d).into();
        dates.push((d, text.clone()));
        Said::Shared(text)
    });
    let observer = o.observer.as_deref();
    Some(SourceView {
        name: page.sources.at_source(o.source)?,
        counts,
        reference,
        href: reference.filter(|r| is_web_address(r)),
        by: (observer.is_some() || date.is_some()).then_some(By { observer, date }),
    })
}

/// An http(s) address with nothing that could end the attribute or hide a
/// second one: only those become links (never `javascript:` and the like).
fn is_web_address(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The rows an indicator shows, and how many it leaves out: rows that lost
/// points come first, at most [`EVIDENCE_ROWS`] (results.json keeps every
/// row), then in sheet order.
pub fn evidence<'a>(
    page: &'a Page,
    sheet: usize,
    i: &'a IndicatorScore,
) -> (Vec<EvidenceView<'a>>, usize) {
    let m = page.m;
    let (shown, hidden) = shown(&i.evidence);
    // An indicator's rows mostly repeat a few reasons: each is worded once
    // and shared by its rows (wording a message is most of the cost of a
    // scorecard page).
    let row_place = match page.rows.place(&i.sheet) {
        Some(ready) => SheetRows::Ready(ready),
        None => SheetRows::Own(RowPlace::new(m, &i.sheet)),
    };
    let mut dates = Vec::new();
    let mut worded: Vec<(&Note, Said<'a>)> = Vec::new();
    let mut word = |n: &'a Note| -> Said<'a> {
        if let Some((_, text)) = worded.iter().find(|(seen, _)| *seen == n) {
            return text.clone();
        }
        let text = note(page, sheet, n);
        worded.push((n, text.clone()));
        text
    };
    let rows = shown
        .into_iter()
        .map(|e| {
            let place = match e.column {
                Some(column) => match page.rows.letters.get(column as usize) {
                    Some(letters) => Place::Cell {
                        sheet: &i.sheet,
                        letters,
                        row: e.row,
                    },
                    None => Place::Text(
                        CellRef {
                            sheet: i.sheet.clone(),
                            row: e.row,
                            column: e.column,
                        }
                        .to_string(),
                    ),
                },
                None => row_place.at(m, &i.sheet, e.row),
            };
            EvidenceView {
                place,
                label: &e.label,
                met: e.met,
                note: word(&e.note),
                remarks: e.remarks.iter().map(&mut word).collect(),
                source: e
                    .origin
                    .as_deref()
                    .and_then(|o| source(page, o, &mut dates)),
            }
        })
        .collect();
    (rows, hidden)
}

/// The row place of an indicator's sheet: the page's, or, for a sheet
/// named as no spelling of the criteria names it, the indicator's own,
/// each row's place then written out.
enum SheetRows<'a> {
    Ready(&'a RowPlace),
    Own(RowPlace),
}

impl<'a> SheetRows<'a> {
    fn at(&self, m: &Messages, sheet: &'a str, row: u32) -> Place<'a> {
        match self {
            SheetRows::Ready(ready) => ready.at(m, sheet, row),
            SheetRows::Own(own) => Place::Text(own.at(m, sheet, row).to_string()),
        }
    }
}

/// The rows shown, in sheet order, and how many are left out: at most
/// [`EVIDENCE_ROWS`], those that lost points first.
fn shown(rows: &[Evidence]) -> (Vec<&Evidence>, usize) {
    let hidden = rows.len().saturating_sub(EVIDENCE_ROWS);
    // Rows in sheet order, none left out (nearly every indicator), are
    // shown as they are: choosing and sorting would give the same order.
    if hidden == 0 && rows.is_sorted_by(|a, b| a.row < b.row) {
        return (rows.iter().collect(), 0);
    }
    let mut shown: Vec<&Evidence> = rows.iter().filter(|e| !e.met).collect();
    shown.extend(rows.iter().filter(|e| e.met));
    shown.truncate(EVIDENCE_ROWS);
    shown.sort_by_key(|e| e.row);
    (shown, hidden)
}

/// "Communication, row N" for one sheet: the message filled once with a
/// marker for the row number, each row's number then put in its place.
struct RowPlace {
    /// The text before and after the row number, when the marker came
    /// through the message intact.
    parts: Option<(String, String)>,
}

impl RowPlace {
    /// A private-use character no message or sheet name holds.
    const MARK: &'static str = "\u{E000}";

    fn new(m: &Messages, sheet: &str) -> RowPlace {
        let filled = m.fill("place_row", &[("sheet", &sheet), ("row", &Self::MARK)]);
        let parts = filled
            .split_once(Self::MARK)
            .filter(|(before, after)| !before.contains(Self::MARK) && !after.contains(Self::MARK))
            .map(|(before, after)| (before.to_string(), after.to_string()));
        RowPlace { parts }
    }

    fn at<'p>(&'p self, m: &Messages, sheet: &str, row: u32) -> Place<'p> {
        match &self.parts {
            Some((before, after)) => Place::Row { before, row, after },
            None => Place::Text(m.fill("place_row", &[("sheet", &sheet), ("row", &row)])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn only_http_addresses_become_links() {
        assert!(is_web_address("https://mf.rks-gov.net/page.aspx?id=1&x=2"));
        assert!(is_web_address("HTTP://example.org"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("www.example.org"));
        assert!(!is_web_address("https://example.org/a b"));
        assert!(!is_web_address("Call log 12/2026"));
    }

    #[test]
    fn a_row_s_place_reads_as_the_message_filled_for_that_row() {
        for lang in Lang::ALL {
            let m = Messages::cached(lang).unwrap();
            for sheet in ["Communication", "Komunikimi", "Комуникација", "Rows {$row}"]
            {
                let place = RowPlace::new(m, sheet);
                assert!(place.parts.is_some(), "{lang:?} {sheet}");
                for row in [1, 42, 1_234, 1_048_576] {
                    let filled = m.fill("place_row", &[("sheet", &sheet), ("row", &row)]);
                    let at = place.at(m, sheet, row);
                    assert_eq!(at.to_string(), filled, "{lang:?} {sheet} {row}");
                    assert_eq!(serde_json::to_value(&at).unwrap(), filled);
                }
            }
        }
    }

    /// Rows numbered `rows`, every third one lost.
    fn rows(rows: impl Iterator<Item = u32>) -> Vec<Evidence> {
        rows.map(|row| Evidence {
            row,
            column: None,
            label: "row".into(),
            id: None,
            met: row % 3 != 0,
            note: Note::Met,
            remarks: Vec::new(),
            origin: None,
        })
        .collect()
    }

    #[test]
    fn the_rows_shown_are_the_lost_first_then_the_rest_in_sheet_order() {
        let chosen = |rows: &[Evidence]| {
            let mut shown: Vec<u32> = rows.iter().filter(|e| !e.met).map(|e| e.row).collect();
            shown.extend(rows.iter().filter(|e| e.met).map(|e| e.row));
            shown.truncate(EVIDENCE_ROWS);
            shown.sort();
            (shown, rows.len().saturating_sub(EVIDENCE_ROWS))
        };
        for rows in [
            rows(2..40),
            rows((2..40).rev()),
            rows([5, 3, 3, 9].into_iter()),
            rows(2..(EVIDENCE_ROWS as u32 + 2)),
            rows(2..(EVIDENCE_ROWS as u32 + 50)),
            rows(std::iter::empty()),
        ] {
            let (shown, hidden) = shown(&rows);
            let shown: Vec<u32> = shown.iter().map(|e| e.row).collect();
            assert_eq!((shown, hidden), chosen(&rows));
        }
    }

    #[test]
    fn a_cell_s_place_reads_as_its_reference() {
        let letters: Vec<String> = (0..LETTERED_COLUMNS).map(column_letters).collect();
        for (column, letters) in letters.iter().enumerate() {
            let cell = CellRef {
                sheet: "Signage".into(),
                row: 7,
                column: Some(column as u32),
            };
            let place = Place::Cell {
                sheet: "Signage",
                letters,
                row: 7,
            };
            assert_eq!(place.to_string(), cell.to_string());
            assert_eq!(
                format!("{place:<12}|"),
                format!("{:<12}|", cell.to_string())
            );
        }
    }

    #[test]
    fn who_observed_a_row_reads_as_its_parts_joined() {
        let date = || Some(Said::Shared("12.03.2026".into()));
        let cases = [
            (Some("A. Monitor"), date(), "A. Monitor · 12.03.2026", false),
            (Some(""), date(), " · 12.03.2026", false),
            (None, date(), "12.03.2026", false),
            (Some("A. Monitor"), None, "A. Monitor", false),
            (Some(""), None, "", true),
        ];
        for (observer, date, text, empty) in cases {
            let by = By { observer, date };
            assert_eq!(by.to_string(), text);
            assert_eq!(by.is_empty(), empty, "{text}");
            assert_eq!(serde_json::to_value(&by).unwrap(), text);
        }
    }
}
