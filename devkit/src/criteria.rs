//! The bundled criteria, bent into the case a test needs.

/// The bundled criteria file as text.
const BUNDLED: &str = include_str!("../../criteria/2026.yaml");

/// Edits that add reply-time parity to the bundled criteria: a `test_letters`
/// sheet (a question's sending and reply time in Albanian, Serbian, Turkish
/// and Bosnian, the last two only for those who owe them) and a
/// `reply_parity` indicator on it in `services`, which the written replies
/// make room for. The bundled award does not use the kind; its tests do.
pub const TEST_LETTERS: [(&str, &str); 3] = [
    (
        "\n# How each row of evidence was obtained",
        r#"  - key: test_letters
    name: { sq: Letra testuese, sr: Probna pisma, en: Test letters }
    columns:
      - key: question
        name: { sq: Pyetja, sr: Pitanje, en: Question }
        type: text
        required: true
      - key: sent_sq
        name: { sq: Dërguar në shqip, sr: Poslato na albanskom, en: Sent in Albanian }
        type: date_time
      - key: replied_sq
        name: { sq: Përgjigjur në shqip, sr: Odgovoreno na albanskom, en: Replied in Albanian }
        type: date_time
      - key: sent_sr
        name: { sq: Dërguar në serbisht, sr: Poslato na srpskom, en: Sent in Serbian }
        type: date_time
      - key: replied_sr
        name: { sq: Përgjigjur në serbisht, sr: Odgovoreno na srpskom, en: Replied in Serbian }
        type: date_time
      - key: sent_tr
        name: { sq: Dërguar në turqisht, sr: Poslato na turskom, en: Sent in Turkish }
        type: date_time
        language: tr
      - key: replied_tr
        name: { sq: Përgjigjur në turqisht, sr: Odgovoreno na turskom, en: Replied in Turkish }
        type: date_time
        language: tr
      - key: sent_bs
        name: { sq: Dërguar në boshnjakisht, sr: Poslato na bosanskom, en: Sent in Bosnian }
        type: date_time
        language: bs
      - key: replied_bs
        name: { sq: Përgjigjur në boshnjakisht, sr: Odgovoreno na bosanskom, en: Replied in Bosnian }
        type: date_time
        language: bs

# How each row of evidence was obtained"#,
    ),
    (
        "        weight: 40\n        kind: share\n        sheet: services\n        by_language: { sq: written_sq",
        "        weight: 20\n        kind: share\n        sheet: services\n        by_language: { sq: written_sq",
    ),
    (
        "  - id: communication\n",
        r#"      - id: reply_parity
        name: { sq: Përgjigje njëlloj të shpejta, sr: Jednako brzi odgovori, en: Equally prompt replies }
        weight: 20
        kind: reply_parity
        sheet: test_letters
        sent: { sq: sent_sq, sr: sent_sr, tr: sent_tr, bs: sent_bs }
        by_language: { sq: replied_sq, sr: replied_sr, tr: replied_tr, bs: replied_bs }
        tolerance_hours: 48
        min_rows: 2
        insufficient: zero
  - id: communication
"#,
    ),
];

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
