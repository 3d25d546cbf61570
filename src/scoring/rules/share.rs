//! `kind: share`: a row meets the indicator when every listed yes/no
//! column is yes.

use super::{Row, Verdict};
use crate::scoring::Note;
use crate::submission::Value;

pub(super) fn judge(all_yes: &[usize], row: &Row) -> Verdict {
    all_yes
        .iter()
        .find(|&&c| row.get(c) != &Value::Bool(true))
        .map_or_else(Verdict::met, |&c| {
            Verdict::at(Note::NotYes { column: row.key(c) }, c)
        })
}

#[cfg(test)]
mod tests {
    use crate::scoring::testing::*;
    use crate::scoring::{Note, score};

    #[test]
    fn a_row_fails_on_its_first_column_that_is_not_yes() {
        let c = bundled();
        let mut s = full();
        s.sheets[0].rows[1].values = service(true, false);
        let card = score(&c, &s);
        let written = indicator(&card, "written");
        assert_eq!((written.met, written.rows), (2, 3));
        assert_eq!(
            written.evidence[1].note,
            Note::NotYes {
                column: "written_sr".into()
            }
        );
        assert_eq!(written.evidence[1].column, Some(4));
        assert!(indicator(&card, "verbal").evidence.iter().all(|e| e.met));
    }
}
