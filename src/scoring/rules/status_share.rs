//! `kind: status_share`: a row earns the part of a point its status counts
//! for (a recommendation implemented 1, partly 0.5, not implemented 0), and
//! meets the indicator when that is a whole point. A row without a status
//! earns nothing.

use super::{Row, Verdict};
use crate::criteria::StatusCount;
use crate::exact;
use crate::scoring::Note;
use crate::submission::Value;

pub(super) fn judge(column: usize, counts: &[StatusCount], row: &Row) -> Verdict {
    let status = match row.get(column) {
        Value::Choice(key) => counts.iter().find(|c| c.status == *key),
        _ => None,
    };
    let Some(status) = status else {
        return Verdict::at(
            Note::Missing {
                column: row.key(column),
            },
            column,
        );
    };
    let note = Note::Status {
        column: row.key(column),
        status: status.status.clone(),
        credit: status.credit,
    };
    Verdict {
        credit: Some(exact::decimal(status.credit)),
        ..Verdict::at(note, column)
    }
}

#[cfg(test)]
mod tests {
    use crate::criteria::Criteria;
    use crate::scoring::testing::*;
    use crate::scoring::{IndicatorScore, Note, Status, score};
    use crate::submission::{Submission, Value};

    /// A recommendation: its number, its text, the year issued, its status
    /// ("" leaves it empty).
    fn recommendation(id: &str, status: &str) -> Vec<Value> {
        vec![
            text(id),
            text("Publish every decision in Serbian too"),
            Value::Number(2024.0),
            if status.is_empty() {
                Value::Empty
            } else {
                Value::Choice(status.into())
            },
        ]
    }

    /// A ministry with full marks elsewhere and these recommendations.
    fn with_recommendations(rows: Vec<Vec<Value>>) -> Submission {
        let mut s = full();
        s.sheets[4] = sheet(rows);
        s
    }

    fn measured(c: &Criteria, s: &Submission) -> IndicatorScore {
        indicator(&score(c, s), "recommendations").clone()
    }

    #[test]
    fn a_partly_implemented_recommendation_earns_half_a_point() {
        let s = with_recommendations(vec![
            recommendation("R-2024-01", "implemented"),
            recommendation("R-2024-02", "partly"),
            recommendation("R-2024-03", "not_implemented"),
        ]);
        let ind = measured(&bundled(), &s);
        assert_eq!(ind.score.to_string(), "50.00", "1.5 of 3");
        assert_eq!((ind.met, ind.rows, ind.earned), (1, 3, Some(1.5)));
        assert_eq!(
            ind.evidence[1].note,
            Note::Status {
                column: "status".into(),
                status: "partly".into(),
                credit: 0.5
            }
        );
        assert!(ind.evidence[0].met && !ind.evidence[1].met);
        assert_eq!(ind.evidence[1].column, Some(3));
        assert_eq!(ind.evidence[2].id.as_deref(), Some("R-2024-03"));
    }

    #[test]
    fn parts_of_a_point_add_up_exactly() {
        // Three tenths, ten times: 3 points of 10 exactly, where floating
        // point gives 2.9999999999999996.
        let c = criteria(&[("partly: 0.5", "partly: 0.3")]);
        let rows = (1..=10)
            .map(|i| recommendation(&format!("R-{i}"), "partly"))
            .collect();
        let ind = measured(&c, &with_recommendations(rows));
        assert_eq!(ind.score.to_string(), "30.00");
        assert_eq!(ind.met, 0);
    }

    #[test]
    fn a_recommendation_without_status_earns_nothing_and_none_is_left_out() {
        let s = with_recommendations(vec![
            recommendation("R-1", "implemented"),
            recommendation("", ""),
        ]);
        let ind = measured(&bundled(), &s);
        assert_eq!(
            ind.evidence[1].note,
            Note::Missing {
                column: "status".into()
            }
        );
        assert_eq!(ind.evidence[1].id, None, "no number, no id");
        assert_eq!(ind.score.to_string(), "50.00");
        let none = measured(&bundled(), &with_recommendations(Vec::new()));
        assert_eq!(none.status, Status::Excluded);
        let card = score(&bundled(), &with_recommendations(Vec::new()));
        assert_eq!(
            card.total.to_string(),
            "100.00",
            "verbal and written share its weight"
        );
    }
}
