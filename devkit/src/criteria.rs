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

#[cfg(test)]
mod tests {
    use super::*;

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
