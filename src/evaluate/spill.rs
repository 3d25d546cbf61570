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
use std::io;
use std::sync::atomic::{AtomicU64, Ordering};

/// Where one scorecard's rows are in the store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Spilled {
    offset: u64,
    len: u64,
}

/// The temporary file the rows are written to, shared by every thread.
/// Each card's bytes go to a span of their own, taken by moving `end` on,
/// and are written and read at their offset, so threads never wait for one
/// another on the file.
#[derive(Debug)]
pub struct EvidenceStore {
    file: File,
    end: AtomicU64,
}

impl EvidenceStore {
    /// A new, empty store in the system's temporary folder.
    pub fn new() -> io::Result<EvidenceStore> {
        Ok(EvidenceStore {
            file: tempfile::tempfile()?,
            end: AtomicU64::new(0),
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
        let len = bytes.len() as u64;
        let offset = self.end.fetch_add(len, Ordering::Relaxed);
        positioned::write_all_at(&self.file, &bytes, offset)?;
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
        positioned::read_exact_at(&self.file, &mut bytes, spilled.offset)?;
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
}

/// Every indicator's rows, in the card's order.
fn indicators(card: &mut Scorecard) -> impl Iterator<Item = &mut Vec<Evidence>> {
    card.criteria
        .iter_mut()
        .flat_map(|c| c.indicators.iter_mut())
        .map(|i| &mut i.evidence)
}

/// Reads and writes at an offset, leaving the file's cursor alone, so that
/// threads can share the file without a lock.
#[cfg(unix)]
mod positioned {
    use std::fs::File;
    use std::io;
    use std::os::unix::fs::FileExt;

    pub(super) fn write_all_at(file: &File, bytes: &[u8], offset: u64) -> io::Result<()> {
        file.write_all_at(bytes, offset)
    }

    pub(super) fn read_exact_at(file: &File, bytes: &mut [u8], offset: u64) -> io::Result<()> {
        file.read_exact_at(bytes, offset)
    }
}

/// Reads and writes at an offset, each call naming its own, so that threads
/// can share the file without a lock (Windows moves the cursor too, but no
/// call here relies on it).
#[cfg(windows)]
mod positioned {
    use std::fs::File;
    use std::io;
    use std::os::windows::fs::FileExt;

    pub(super) fn write_all_at(file: &File, mut bytes: &[u8], mut offset: u64) -> io::Result<()> {
        while !bytes.is_empty() {
            match file.seek_write(bytes, offset)? {
                0 => return Err(io::ErrorKind::WriteZero.into()),
                n => {
                    bytes = bytes.get(n..).unwrap_or_default();
                    offset += n as u64;
                }
            }
        }
        Ok(())
    }

    pub(super) fn read_exact_at(
        file: &File,
        mut bytes: &mut [u8],
        mut offset: u64,
    ) -> io::Result<()> {
        while !bytes.is_empty() {
            match file.seek_read(bytes, offset)? {
                0 => return Err(io::ErrorKind::UnexpectedEof.into()),
                n => {
                    bytes = std::mem::take(&mut bytes).get_mut(n..).unwrap_or_default();
                    offset += n as u64;
                }
            }
        }
        Ok(())
    }
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

    #[test]
    fn cards_spilled_by_many_threads_at_once_come_back_whole() {
        let store = EvidenceStore::new().unwrap();
        let spilled: Vec<(Vec<Evidence>, Spilled, Scorecard)> = std::thread::scope(|s| {
            let threads: Vec<_> = (0..8)
                .map(|t| {
                    let store = &store;
                    s.spawn(move || {
                        let numbers: Vec<(u32, bool)> =
                            (0..50).map(|r| (t * 100 + r, r % 2 == 0)).collect();
                        let mut card = card(&numbers);
                        let before = rows(&card);
                        let at = store.spill(&mut card).unwrap();
                        (before, at, card)
                    })
                })
                .collect();
            threads.into_iter().map(|t| t.join().unwrap()).collect()
        });
        for (before, at, card) in spilled {
            assert_eq!(rows(&store.restore(&card, at).unwrap()), before);
        }
    }
}
