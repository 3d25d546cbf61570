//! `kind: simultaneity`: a row meets the indicator when every version is
//! published and the first and the last are at most the tolerance apart
//! (inclusive); a missing version fails.

use super::{Row, Verdict};
use crate::scoring::Note;
use crate::submission::Value;

pub(super) fn judge(versions: &[usize], tolerance_hours: f64, row: &Row) -> Verdict {
    let mut times = Vec::with_capacity(versions.len());
    for &c in versions {
        match row.get(c) {
            Value::DateTime(t) => times.push((*t, c)),
            _ => return Verdict::at(Note::Missing { column: row.key(c) }, c),
        }
    }
    let (Some(first), Some(last)) = (times.iter().min(), times.iter().max()) else {
        return Verdict::met();
    };
    let hours = (last.0 - first.0).num_minutes() as f64 / 60.0;
    if hours <= tolerance_hours {
        Verdict::met()
    } else {
        let note = Note::Late {
            hours,
            tolerance: tolerance_hours,
        };
        Verdict::at(note, last.1)
    }
}

#[cfg(test)]
mod tests {
    use crate::scoring::testing::*;
    use crate::scoring::{Note, score};
    use crate::submission::{Row, Value};

    #[test]
    fn simultaneity_tolerance_is_inclusive_and_missing_version_fails() {
        let c = bundled();
        let mut s = full();
        s.sheets[1].rows[0].values =
            item("2026-03-01 10:00", Some("2026-03-02 10:00"), (100.0, 100.0));
        s.sheets[1].rows[1].values =
            item("2026-03-01 10:00", Some("2026-03-02 10:01"), (100.0, 100.0));
        s.sheets[1].rows[2].values = item("2026-03-01 10:00", None, (100.0, 100.0));
        let card = score(&c, &s);
        let sim = indicator(&card, "simultaneous");
        assert_eq!((sim.met, sim.rows), (3, 5));
        assert_eq!(
            sim.evidence[1].note,
            Note::Late {
                hours: 24.0 + 1.0 / 60.0,
                tolerance: 24.0
            }
        );
        assert_eq!(
            sim.evidence[2].note,
            Note::Missing {
                column: "published_sr".into()
            }
        );
        assert_eq!(sim.score.to_string(), "60.00");
    }
    #[test]
    fn simultaneity_spans_every_owed_language() {
        let c = criteria(&[]);
        let t = |s: &str| {
            Value::DateTime(chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
        };
        let item = |tr: Value, bs: Value| {
            vec![
                Value::Text("News".into()),
                Value::Choice("news_release".into()),
                t("2026-03-01 10:00"),
                t("2026-03-01 12:00"),
                tr,
                bs,
                Value::Number(100.0),
                Value::Number(100.0),
            ]
        };
        let mut s = signs_of(Some("prizren"), Vec::new());
        s.sheets[1].rows = [
            item(t("2026-03-01 11:00"), t("2026-03-02 09:00")),
            item(t("2026-03-03 10:00"), t("2026-03-01 10:00")),
            item(t("2026-03-01 11:00"), Value::Empty),
        ]
        .into_iter()
        .enumerate()
        .map(|(i, values)| Row {
            number: i as u32 + 2,
            values,
        })
        .collect();
        let card = score(&c, &s);
        let sim = card
            .criteria
            .iter()
            .flat_map(|k| &k.indicators)
            .find(|i| i.id == "simultaneous")
            .unwrap();
        assert!(
            sim.evidence[0].met,
            "23 hours from the first to the last version"
        );
        assert_eq!(
            sim.evidence[1].note,
            Note::Late {
                hours: 48.0,
                tolerance: 24.0
            }
        );
        assert_eq!(
            sim.evidence[2].note,
            Note::Missing {
                column: "published_bs".into()
            }
        );
        s.institution.municipality = None;
        let central = score(&c, &s);
        let sim = central
            .criteria
            .iter()
            .flat_map(|k| &k.indicators)
            .find(|i| i.id == "simultaneous")
            .unwrap();
        assert!(
            sim.evidence.iter().all(|e| e.met),
            "a ministry owes only Albanian and Serbian"
        );
    }
}
