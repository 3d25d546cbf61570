//! Evidence rows kept out of memory between scoring and the report.
//!
//! A scorecard's evidence (every row of every indicator, with its label and
//! reason) is what makes memory grow with the number of applicants: about
//! 25 KiB each, against a few hundred bytes for the scores. Ranking needs only
//! the scores, and the pages and results.json need one applicant's rows at a
//! time, so each scorecard's rows are written to an unnamed temporary file as
//! soon as it is scored and read back when its pages are written. Memory then
//! holds the rows of the applicants in flight, not of all of them; the file is
//! removed by the system when the run ends, however it ends.

use crate::scoring::{Evidence, Scorecard};
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::sync::Mutex;

/// Where one scorecard's rows are in the store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Spilled {
    offset: u64,
    len: u64,
}

/// The temporary file the rows are written to, shared by every thread.
#[derive(Debug)]
pub struct EvidenceStore {
    file: Mutex<StoreFile>,
}

#[derive(Debug)]
struct StoreFile {
    file: File,
    end: u64,
}

impl EvidenceStore {
    /// A new, empty store in the system's temporary folder.
    pub fn new() -> io::Result<EvidenceStore> {
        Ok(EvidenceStore {
            file: Mutex::new(StoreFile {
                file: tempfile::tempfile()?,
                end: 0,
            }),
        })
    }

    /// Takes every evidence row out of `card` and writes them to the store;
    /// the card keeps its scores and counts.
    pub fn spill(&self, card: &mut Scorecard) -> io::Result<Spilled> {
        let rows: Vec<Vec<Evidence>> = indicators(card).map(std::mem::take).collect();
        if rows.iter().all(Vec::is_empty) {
            return Ok(Spilled::default());
        }
        let bytes = postcard::to_stdvec(&rows).map_err(io::Error::other)?;
        let mut store = self.lock()?;
        let offset = store.end;
        store.file.seek(SeekFrom::Start(offset))?;
        store.file.write_all(&bytes)?;
        let len = bytes.len() as u64;
        store.end += len;
        Ok(Spilled { offset, len })
    }

    /// The rows [`EvidenceStore::spill`] took out of a card, one list per
    /// indicator in the card's order.
    pub fn rows(&self, spilled: Spilled) -> io::Result<Vec<Vec<Evidence>>> {
        if spilled.len == 0 {
            return Ok(Vec::new());
        }
        let len = usize::try_from(spilled.len).map_err(io::Error::other)?;
        let mut bytes = vec![0; len];
        {
            let mut store = self.lock()?;
            store.file.seek(SeekFrom::Start(spilled.offset))?;
            store.file.read_exact(&mut bytes)?;
        }
        postcard::from_bytes(&bytes).map_err(io::Error::other)
    }

    /// `card` with the rows [`EvidenceStore::spill`] took out of it put back.
    pub fn restore(&self, card: &Scorecard, spilled: Spilled) -> io::Result<Scorecard> {
        let mut card = card.clone();
        let mut rows = self.rows(spilled)?.into_iter();
        for evidence in indicators(&mut card) {
            *evidence = rows.next().unwrap_or_default();
        }
        Ok(card)
    }

    fn lock(&self) -> io::Result<std::sync::MutexGuard<'_, StoreFile>> {
        self.file
            .lock()
            .map_err(|_| io::Error::other("the evidence store was left inconsistent"))
    }
}

/// Every indicator's rows, in the card's order.
fn indicators(card: &mut Scorecard) -> impl Iterator<Item = &mut Vec<Evidence>> {
    card.criteria
        .iter_mut()
        .flat_map(|c| c.indicators.iter_mut())
        .map(|i| &mut i.evidence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ix::SourceIx;
    use crate::scoring::{CriterionScore, IndicatorScore, Note, Origin, Score, Status};
    use std::sync::Arc;

    fn card(rows: &[(u32, bool)]) -> Scorecard {
        let evidence = rows
            .iter()
            .map(|&(row, met)| Evidence {
                row,
                column: Some(3),
                label: Arc::from(format!("item {row}")),
                id: Some(Arc::from(format!("R-{row}"))),
                met,
                note: if met {
                    Note::Met
                } else {
                    Note::Missing {
                        column: "published_sr".into(),
                    }
                },
                remarks: vec![],
                origin: Some(Arc::new(Origin {
                    source: SourceIx::new(1),
                    weight: 0.5,
                    verified: false,
                    reference: Some("https://example.org/news".into()),
                    observer: None,
                    observed_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 2),
                })),
            })
            .collect();
        Scorecard {
            total: Score::zero(2),
            evidence: Score::zero(2),
            jury: None,
            observed: None,
            band: 0,
            criteria: vec![CriterionScore {
                id: "communication".into(),
                score: Score::zero(2),
                band: crate::ix::BandIx::new(0),
                weight: 100.0,
                contribution: Score::zero(2),
                indicators: vec![IndicatorScore {
                    id: "simultaneity".into(),
                    status: Status::Scored,
                    sheet: "communication".into(),
                    rows: rows.len() as u32,
                    met: 0,
                    earned: None,
                    weighted: None,
                    score: Score::zero(2),
                    weight: 100.0,
                    effective_weight: 100.0,
                    contribution: Score::zero(2),
                    evidence,
                }],
            }],
            gates: vec![],
        }
    }

    fn rows(card: &Scorecard) -> Vec<Evidence> {
        card.criteria[0].indicators[0].evidence.clone()
    }

    #[test]
    fn spilled_rows_leave_the_card_and_come_back_unchanged() {
        let store = EvidenceStore::new().unwrap();
        let mut first = card(&[(2, true), (3, false)]);
        let mut second = card(&[(7, false)]);
        let (first_rows, second_rows) = (rows(&first), rows(&second));
        let a = store.spill(&mut first).unwrap();
        let b = store.spill(&mut second).unwrap();
        assert!(rows(&first).is_empty() && rows(&second).is_empty());
        assert_eq!(rows(&store.restore(&second, b).unwrap()), second_rows);
        assert_eq!(rows(&store.restore(&first, a).unwrap()), first_rows);
    }

    #[test]
    fn a_card_without_rows_takes_no_room() {
        let store = EvidenceStore::new().unwrap();
        let mut empty = card(&[]);
        assert_eq!(store.spill(&mut empty).unwrap(), Spilled::default());
        assert!(rows(&store.restore(&empty, Spilled::default()).unwrap()).is_empty());
    }
}
