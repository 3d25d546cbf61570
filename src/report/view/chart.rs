//! The chart beneath each category's ranked table: a bar per ranked
//! applicant, its name beside it in as many lines as the label column
//! holds.

use serde::Serialize;

/// One bar of a category's chart.
#[derive(Serialize)]
pub struct Bar {
    /// The applicant's name in at most [`LABEL_LINES`] lines.
    pub label: Vec<String>,
    pub value: f64,
    pub total: String,
    pub band: String,
    pub band_index: usize,
}

/// Characters of a chart label line: the label column (224 px at 11 px
/// type) holds this many even of the widest letters, Cyrillic capitals
/// included, so a name never runs off the chart's left edge.
const LABEL_CHARS: usize = 28;
/// Lines of a chart label; what is longer ends in "…" (the table above the
/// chart gives the whole name).
const LABEL_LINES: usize = 2;

/// A name wrapped at word boundaries into the chart's label lines; a line
/// or a name too long to fit ends in "…".
pub(super) fn label_lines(name: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in name.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > LABEL_CHARS {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    let more = lines.len() > LABEL_LINES;
    lines.truncate(LABEL_LINES);
    let last = lines.len() - 1;
    for (i, line) in lines.iter_mut().enumerate() {
        if line.chars().count() > LABEL_CHARS || (more && i == last) {
            let (kept, _) = crate::text::truncate(line, LABEL_CHARS - 1);
            *line = format!("{}…", kept.trim_end());
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_wrap_into_the_label_column() {
        assert_eq!(label_lines("Opština Gračanica"), ["Opština Gračanica"]);
        assert_eq!(
            label_lines("Министарство за заједнице и повратак"),
            ["Министарство за заједнице и", "повратак"]
        );
        let long =
            label_lines("Ministria e Administratës Publike dhe e Qeverisjes Vendore të Republikës");
        assert_eq!(long.len(), LABEL_LINES);
        assert!(long.iter().all(|l| l.chars().count() <= LABEL_CHARS));
        assert!(long[1].ends_with('…'));
        assert_eq!(
            label_lines(&"x".repeat(40)),
            [format!("{}…", "x".repeat(27))]
        );
    }
}
