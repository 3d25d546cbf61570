//! Resubmissions: of several files from one institution, or from one juror,
//! one counts and the others are rejected naming it.

use super::Processed;
use crate::submission::{CellRef, Finding, FindingCode};
use std::collections::HashMap;
use std::hash::Hash;

/// The later file wins: of the files with one key, the one greatest by its
/// order and then by position (files are in name order, and a resubmission
/// is usually saved under a later name) counts. For each file, the position
/// of the file that replaces it; `None` for a winner and a file without key.
/// Each key's winner is found in one pass, not by comparing every file with
/// every other.
pub(super) fn replaced_by<K: Eq + Hash, O: Ord + Copy>(
    keys: &[Option<(K, O)>],
) -> Vec<Option<usize>> {
    let mut winners: HashMap<&K, (O, usize)> = HashMap::new();
    for (j, (key, order)) in keys
        .iter()
        .enumerate()
        .filter_map(|(j, k)| Some((j, k.as_ref()?)))
    {
        let best = winners.entry(key).or_insert((*order, j));
        if (*order, j) > *best {
            *best = (*order, j);
        }
    }
    keys.iter()
        .enumerate()
        .map(|(i, key)| {
            let (key, _) = key.as_ref()?;
            winners.get(key).map(|&(_, w)| w).filter(|&w| w != i)
        })
        .collect()
}

/// Two files for one institution: the later date of submission counts; on
/// equal or missing dates, the file whose name sorts last. The other is
/// rejected and names the winner.
pub(super) fn supersede_duplicates(read: &mut [(String, Option<String>, Processed)]) {
    let keys: Vec<_> = read
        .iter()
        .map(|(_, _, r)| match r {
            Processed::Scored { institution, .. } => {
                Some((crate::text::fold(&institution.id), institution.submitted))
            }
            _ => None,
        })
        .collect();
    for (i, w) in replaced_by(&keys).into_iter().enumerate() {
        let (Some(w), Some(Some((id, _)))) = (w, keys.get(i)) else {
            continue;
        };
        let winner_file = read.get(w).map(|r| r.0.clone()).unwrap_or_default();
        let Some(entry) = read.get_mut(i) else {
            continue;
        };
        let mut findings = match std::mem::replace(
            &mut entry.2,
            Processed::Rejected {
                findings: Vec::new(),
            },
        ) {
            Processed::Scored { findings, .. } => findings,
            _ => Vec::new(),
        };
        findings.push(
            Finding::new(FindingCode::S050)
                .at(CellRef {
                    sheet: "Institution".into(),
                    row: 0,
                    column: None,
                })
                .arg("id", id)
                .arg("file", winner_file),
        );
        entry.2 = Processed::Rejected { findings };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::{Score, Scorecard};
    use crate::submission::Institution;

    fn scored(id: &str, submitted: Option<u32>) -> Processed {
        Processed::Scored {
            evidence: crate::evaluate::Spilled::default(),
            institution: Box::new(Institution {
                id: id.into(),
                name_sq: None,
                name_sr: None,
                name_sr_cyrl: None,
                kind: "ministry".into(),
                municipality: None,
                contact: None,
                submitted: submitted.and_then(|d| chrono::NaiveDate::from_ymd_opt(2026, 10, d)),
                edition: None,
                sample: false,
            }),
            card: Box::new(Scorecard {
                total: Score::zero(2),
                evidence: Score::zero(2),
                jury: None,
                observed: None,
                band: 0,
                criteria: Vec::new(),
                gates: Vec::new(),
            }),
            findings: Vec::new(),
        }
    }

    #[test]
    fn the_latest_submission_then_the_last_file_counts() {
        let mut read: Vec<(String, Option<String>, Processed)> = [
            ("a", scored("mof", Some(3))),
            ("b", scored("kjc", None)),
            ("c", scored("MOF", Some(5))),
            (
                "d",
                Processed::Skipped {
                    reason: Finding::new(FindingCode::K001),
                },
            ),
            ("e", scored("m\u{200B}of", Some(5))),
            ("f", scored("kjc", None)),
            ("g", scored("mof", None)),
            ("h", scored("aca", Some(1))),
        ]
        .into_iter()
        .map(|(f, p)| (f.to_string(), None, p))
        .collect();
        supersede_duplicates(&mut read);
        // The files rejected in favour of `winner`, each with one S050.
        let rejected_for = |winner: &str| {
            read.iter()
                .filter(|(_, _, p)| match p {
                    Processed::Rejected { findings } => {
                        findings.len() == 1
                            && findings.iter().all(|f| {
                                f.code == FindingCode::S050
                                    && f.args.iter().any(|(k, v)| *k == "file" && v == winner)
                            })
                    }
                    _ => false,
                })
                .map(|(f, _, _)| f.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            rejected_for("e"),
            ["a", "c", "g"],
            "latest date, then last file"
        );
        assert_eq!(rejected_for("f"), ["b"], "no dates: the last file");
        assert!(matches!(read[3].2, Processed::Skipped { .. }));
        for kept in [4, 5, 7] {
            assert!(matches!(read[kept].2, Processed::Scored { .. }), "{kept}");
        }
    }

    #[test]
    fn of_three_files_with_one_key_the_last_replaces_both_others() {
        let keys = [
            Some(("j1", ())),
            None,
            Some(("j1", ())),
            Some(("j2", ())),
            Some(("j1", ())),
        ];
        assert_eq!(replaced_by(&keys), [Some(4), None, Some(4), None, None]);
    }
}
