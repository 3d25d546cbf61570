//! The bundled criteria, bent into the case a test needs.

/// The bundled criteria file as text.
const BUNDLED: &str = include_str!("../../criteria/2026.yaml");

/// The bundled criteria's YAML text with each `(from, to)` edit applied in order,
/// replacing the first occurrence of `from`.
///
/// Panics when a `from` is not found: the test would otherwise silently check the
/// unedited file once the bundled criteria change.
pub fn criteria_with(edits: &[(&str, &str)]) -> String {
    let mut text = BUNDLED.to_string();
    for (from, to) in edits {
        assert!(
            text.contains(from),
            "the bundled criteria no longer contain {from:?}"
        );
        text = text.replacen(from, to, 1);
    }
    text
}

/// Criteria `text` without the category the jury alone judges (`individuals`,
/// with the comment above it): for tests of criteria without a jury, which
/// such a category needs, and of what is ranked on evidence alone.
pub fn without_nominees(text: &str) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let Some(start) = lines.iter().position(|l| *l == "  - id: individuals\n") else {
        return text.to_string();
    };
    let end = lines[start + 1..]
        .iter()
        .position(|l| !l.starts_with("    "))
        .map_or(lines.len(), |n| start + 1 + n);
    let comment = lines[..start]
        .iter()
        .rev()
        .take_while(|l| l.starts_with("  #"))
        .count();
    lines[..start - comment]
        .iter()
        .chain(&lines[end..])
        .copied()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nominees_category_can_be_left_out() {
        let text = without_nominees(BUNDLED);
        assert!(!text.contains("individuals") && !text.contains("nominations.yaml"));
        assert!(!text.contains("Judged by the jury alone"));
        assert!(text.contains("    open_from: 2020\n\n# The evidence sheets"));
    }

    #[test]
    fn edits_apply_in_order_to_the_first_occurrence() {
        let text = criteria_with(&[("weight: ", "weight: 1"), ("weight: 1", "weight: 2")]);
        let first = text.find("weight: ").unwrap();
        assert!(text[first..].starts_with("weight: 2"), "{}", &text[first..]);
        assert_eq!(text.len(), BUNDLED.len() + 1);
    }

    #[test]
    #[should_panic(expected = "the bundled criteria no longer contain \"no such key\"")]
    fn an_edit_that_finds_nothing_stops_the_test() {
        criteria_with(&[("no such key", "")]);
    }
}
