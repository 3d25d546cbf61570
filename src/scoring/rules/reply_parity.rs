//! `kind: reply_parity`: a row is one test, the same question sent in each
//! owed language; it meets the indicator when every owed language's
//! question was sent and answered, no reply before its sending, and the
//! slowest reply took at most the tolerance longer than the fastest
//! (inclusive). No reply fails, with a note of its own.

use super::{Row, Verdict};
use crate::scoring::Note;
use crate::submission::Value;

/// Judges one test: `replies` are the owed languages' reply-time columns,
/// `sent` the sending-time column of each language (validation pairs every
/// reply language with one).
pub(super) fn judge(
    replies: &[(String, usize)],
    sent: &[(String, usize)],
    tolerance_hours: f64,
    row: &Row,
) -> Verdict {
    let mut delays = Vec::with_capacity(replies.len());
    for (language, reply) in replies {
        let Some(&(_, sent)) = sent.iter().find(|(l, _)| l == language) else {
            continue;
        };
        let Value::DateTime(sent_at) = row.get(sent) else {
            return Verdict::at(
                Note::Missing {
                    column: row.key(sent),
                },
                sent,
            );
        };
        let Value::DateTime(replied_at) = row.get(*reply) else {
            let note = Note::NoReply {
                language: language.clone(),
                column: row.key(*reply),
            };
            return Verdict::at(note, *reply);
        };
        if replied_at < sent_at {
            let note = Note::ReplyBeforeSent {
                column: row.key(*reply),
            };
            return Verdict::at(note, *reply);
        }
        delays.push(((*replied_at - *sent_at).num_minutes(), *reply));
    }
    let (Some(fastest), Some(slowest)) = (delays.iter().min(), delays.iter().max()) else {
        return Verdict::met();
    };
    let hours = (slowest.0 - fastest.0) as f64 / 60.0;
    if hours <= tolerance_hours {
        Verdict::met()
    } else {
        let note = Note::ReplyLate {
            hours,
            tolerance: tolerance_hours,
        };
        Verdict::at(note, slowest.1)
    }
}

#[cfg(test)]
mod tests {
    use crate::criteria::Criteria;
    use crate::scoring::testing::*;
    use crate::scoring::{Evidence, Note, score};
    use crate::submission::{Submission, Value};

    /// One test: the question, then each language's sending and reply time
    /// (Albanian, Serbian, Turkish, Bosnian); "" leaves a cell empty.
    fn test(times: [(&str, &str); 4]) -> Vec<Value> {
        let cell = |s: &str| if s.is_empty() { Value::Empty } else { t(s) };
        let mut row = vec![text("Opening hours?")];
        row.extend(
            times
                .iter()
                .flat_map(|(sent, reply)| [cell(sent), cell(reply)]),
        );
        row
    }

    const SENT: &str = "2026-03-02 09:00";
    /// Turkish and Bosnian answered the day after sending.
    const TR_BS: [(&str, &str); 2] = [(SENT, "2026-03-03 09:00"), (SENT, "2026-03-03 09:00")];

    /// A test answered in Albanian and Serbian at these times, Turkish and
    /// Bosnian a day after sending.
    fn answered(sq: &str, sr: &str) -> Vec<Value> {
        test([(SENT, sq), (SENT, sr), TR_BS[0], TR_BS[1]])
    }

    /// Tests sent by `municipality` (none: a ministry).
    fn tests_of(municipality: Option<&str>, tests: Vec<Vec<Value>>) -> Submission {
        let mut s = signs_of(municipality, Vec::new());
        if municipality.is_some() {
            s.institution.kind = "municipality".into();
        }
        s.sheets.push(sheet(tests));
        s
    }

    fn judged(c: &Criteria, s: &Submission) -> Vec<Evidence> {
        indicator(&score(c, s), "reply_parity").evidence.clone()
    }

    /// The bundled criteria with the bundled language-status file, which
    /// decides the languages a municipality owes.
    fn letters() -> Criteria {
        criteria(&[])
    }

    #[test]
    fn replies_within_the_tolerance_meet_it_and_its_edge_is_inclusive() {
        let s = tests_of(
            None,
            vec![
                answered("2026-03-02 10:00", "2026-03-03 10:00"),
                answered("2026-03-02 10:00", "2026-03-04 10:00"),
                answered("2026-03-02 10:00", "2026-03-04 10:01"),
                answered("2026-03-04 10:01", "2026-03-02 10:00"),
            ],
        );
        let evidence = judged(&letters(), &s);
        assert!(evidence[0].met, "a day apart");
        assert!(evidence[1].met, "exactly 48 hours apart");
        let late = Note::ReplyLate {
            hours: 48.0 + 1.0 / 60.0,
            tolerance: 48.0,
        };
        assert_eq!(evidence[2].note, late);
        assert_eq!(evidence[2].column, Some(4), "at the slower reply, Serbian");
        assert_eq!(evidence[3].note, late);
        assert_eq!(evidence[3].column, Some(2), "at the slower reply, Albanian");
        let card = score(&letters(), &s);
        assert_eq!(indicator(&card, "reply_parity").score.to_string(), "50.00");
    }

    #[test]
    fn no_reply_no_sending_time_and_a_reply_before_sending_fail_where_they_are() {
        let s = tests_of(
            None,
            vec![
                answered("2026-03-02 10:00", ""),
                test([
                    (SENT, "2026-03-02 10:00"),
                    ("", "2026-03-02 10:00"),
                    ("", ""),
                    ("", ""),
                ]),
                answered("2026-03-02 10:00", "2026-03-02 08:59"),
            ],
        );
        let evidence = judged(&letters(), &s);
        assert_eq!(
            evidence[0].note,
            Note::NoReply {
                language: "sr".into(),
                column: "replied_sr".into()
            }
        );
        assert_eq!(evidence[0].column, Some(4));
        assert_eq!(
            evidence[1].note,
            Note::Missing {
                column: "sent_sr".into()
            }
        );
        assert_eq!(evidence[1].column, Some(3));
        assert_eq!(
            evidence[2].note,
            Note::ReplyBeforeSent {
                column: "replied_sr".into()
            }
        );
        assert_eq!(evidence[2].column, Some(4));
    }

    #[test]
    fn every_owed_language_is_checked_and_no_other() {
        let unanswered_in_turkish = test([
            (SENT, "2026-03-02 10:00"),
            (SENT, "2026-03-02 11:00"),
            (SENT, ""),
            TR_BS[1],
        ]);
        let slow_in_bosnian = test([
            (SENT, "2026-03-02 10:00"),
            (SENT, "2026-03-02 11:00"),
            TR_BS[0],
            (SENT, "2026-03-05 10:00"),
        ]);
        let rows = vec![unanswered_in_turkish, slow_in_bosnian];
        // Prizren owes Turkish and Bosnian too.
        let prizren = judged(&letters(), &tests_of(Some("prizren"), rows.clone()));
        assert_eq!(
            prizren[0].note,
            Note::NoReply {
                language: "tr".into(),
                column: "replied_tr".into()
            }
        );
        assert_eq!(
            prizren[1].note,
            Note::ReplyLate {
                hours: 72.0,
                tolerance: 48.0
            }
        );
        assert_eq!(prizren[1].column, Some(8));
        // A ministry owes Albanian and Serbian only.
        let ministry = judged(&letters(), &tests_of(None, rows));
        assert!(ministry.iter().all(|e| e.met), "{ministry:?}");
    }
}
