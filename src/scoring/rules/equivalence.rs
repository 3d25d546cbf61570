//! `kind: equivalence`: a row meets the indicator when both versions
//! exist, the second measures within `ratio` of the first (a text by its
//! characters, a number by its value), and the quality rating is at least
//! its minimum.

use super::{Row, Verdict};
use crate::scoring::Note;
use crate::submission::Value;

pub(super) fn judge(
    first: usize,
    second: usize,
    ratio: Option<(f64, f64)>,
    rating: Option<(usize, f64)>,
    row: &Row,
) -> Verdict {
    let measure = |c: usize| match row.get(c) {
        Value::Number(n) => Some(*n),
        Value::Text(t) if !t.is_empty() => Some(t.chars().count() as f64),
        _ => None,
    };
    let missing = |c: usize| Verdict::at(Note::Missing { column: row.key(c) }, c);
    let Some(a) = measure(first) else {
        return missing(first);
    };
    let Some(b) = measure(second) else {
        return missing(second);
    };
    if let Some((min, max)) = ratio {
        let r = if a > 0.0 { b / a } else { f64::INFINITY };
        if !(r >= min && r <= max) {
            let note = Note::Ratio {
                column: row.key(second),
                ratio: if r.is_finite() { r } else { 0.0 },
                min,
                max,
            };
            return Verdict::at(note, second);
        }
    }
    if let Some((col, min)) = rating {
        match row.get(col) {
            Value::Number(n) if *n >= min => {}
            Value::Number(n) => {
                let note = Note::Rating {
                    column: row.key(col),
                    rating: *n,
                    min,
                };
                return Verdict::at(note, col);
            }
            _ => return missing(col),
        }
    }
    Verdict::met()
}

#[cfg(test)]
mod tests {
    use crate::scoring::score;
    use crate::scoring::testing::*;

    #[test]
    fn equivalence_ratio_bounds() {
        let c = bundled();
        let mut s = full();
        s.sheets[1].rows[0].values =
            item("2026-03-01 10:00", Some("2026-03-01 10:00"), (100.0, 80.0));
        s.sheets[1].rows[1].values =
            item("2026-03-01 10:00", Some("2026-03-01 10:00"), (100.0, 79.0));
        s.sheets[1].rows[2].values =
            item("2026-03-01 10:00", Some("2026-03-01 10:00"), (100.0, 125.0));
        s.sheets[1].rows[3].values =
            item("2026-03-01 10:00", Some("2026-03-01 10:00"), (0.0, 10.0));
        let card = score(&c, &s);
        let eq = indicator(&card, "equivalent");
        assert_eq!((eq.met, eq.rows), (3, 5));
    }
}
