//! Reading the YAML (codes C001–C005): the first problem stops the parser,
//! since the rest of the file cannot be trusted once its structure is
//! broken. serde-saphyr's messages are turned into the secretariat's words,
//! with the nearest known key for a misspelt one.

use crate::criteria::diagnostic::{Code, Diagnostic, Pos};
use crate::criteria::raw::RawCriteria;

/// Reads the criteria file's YAML into the raw model, or the one
/// problem that stopped the parser.
pub fn parse_raw(bytes: &[u8]) -> Result<RawCriteria, Diagnostic> {
    parse_yaml(bytes, "criteria")
}

/// Parses YAML with positions; `what` names the file in messages.
pub(super) fn parse_yaml<T: serde::de::DeserializeOwned>(
    bytes: &[u8],
    what: &str,
) -> Result<T, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let line = before.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() as u64 + 1;
        Diagnostic::error(
            Code::Syntax,
            Pos { line, column },
            "the file is not valid UTF-8 text",
            "save the file as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\")",
        )
    })?;
    if text.trim().is_empty() {
        return Err(Diagnostic::error(
            Code::EmptyFile,
            Pos { line: 1, column: 1 },
            format!("the {what} file is empty"),
            format!("start from the bundled {what} file and adjust it"),
        ));
    }
    let mut options = serde_saphyr::Options::default();
    options.with_snippet = false;
    serde_saphyr::from_str_with_options(text, options).map_err(|e| from_parse_error(&e))
}

fn from_parse_error(error: &serde_saphyr::Error) -> Diagnostic {
    let at = error
        .location()
        .map(|l| Pos {
            line: l.line(),
            column: l.column(),
        })
        .unwrap_or_default();
    let message = error.to_string();
    let message = message
        .split_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m)
        .trim()
        .to_string();
    if let Some((unknown, expected)) = unknown_field(&message) {
        let hint = match crate::text::nearest(&unknown, expected.iter().map(String::as_str)) {
            Some(near) => format!("did you mean `{near}`?"),
            None => format!("allowed keys here: {}", expected.join(", ")),
        };
        return Diagnostic::error(
            Code::UnknownKey,
            at,
            format!("unknown key `{unknown}`"),
            hint,
        );
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return Diagnostic::error(
            Code::MissingKey,
            at,
            format!("missing key {rest}"),
            "add the key; criteria/README.md shows an example",
        );
    }
    if let Some(rest) = message.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return Diagnostic::error(
            Code::Syntax,
            at,
            format!("key `{key}` appears twice in the same block"),
            "keep one of the two; the second would silently replace the first",
        );
    }
    if let Some(rest) = message.strip_prefix("non-finite float ") {
        let value = rest.split(' ').next().unwrap_or(rest);
        return Diagnostic::error(
            Code::WrongType,
            at,
            format!("{value} is not a usable number"),
            "write a plain number such as 40",
        );
    }
    let shape = match message.as_str() {
        "expected mapping start" => Some("expected a block of `key: value` lines here"),
        "expected sequence start" => {
            Some("expected a list here (items starting with `- `, or in [ ])")
        }
        "expected scalar" => Some("expected a single value here, not a list or block"),
        _ => None,
    };
    if let Some(shape) = shape {
        return Diagnostic::error(
            Code::WrongType,
            at,
            shape,
            "compare with the example in criteria/README.md",
        );
    }
    if message.starts_with("invalid type") || message.starts_with("invalid value") {
        return Diagnostic::error(
            Code::WrongType,
            at,
            message,
            "check the value's type: numbers without quotes, lists in [ ]",
        );
    }
    if message.starts_with("unknown variant") {
        return Diagnostic::error(Code::WrongType, at, message, "use one of the values listed");
    }
    Diagnostic::error(
        Code::Syntax,
        at,
        message,
        "fix the YAML at this place: indent with spaces, one value per key",
    )
}

/// Parses serde's "unknown field `x`, expected one of `a`, `b`" message.
fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (name, rest) = rest.split_once('`')?;
    let list = rest
        .split_once("expected one of ")
        .or_else(|| rest.split_once("expected "))
        .map_or("", |(_, list)| list);
    let expected = list
        .split(", ")
        .map(|k| k.trim_matches('`').to_string())
        .filter(|k| !k.is_empty())
        .collect();
    Some((name.to_string(), expected))
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::{case, cases};

    #[test]
    fn broken_yaml_stops_at_its_first_problem() {
        let mut invalid_utf8 = b"edition: 2026\naward: \"".to_vec();
        invalid_utf8.extend([0xFF, 0xFE]);
        invalid_utf8.extend(b"\"\n");
        let files: [(&str, &[u8]); 6] = [
            ("a tab in the indentation", b"edition: 2026\n\taward: x\n"),
            ("an unclosed quote", b"edition: 2026\naward: \"unclosed\n"),
            ("invalid UTF-8", &invalid_utf8),
            (
                "a NUL character",
                "edition: 2026\naward: \"\u{0}\"\n".as_bytes(),
            ),
            ("an empty file", b""),
            (
                "a byte order mark and blank lines",
                "\u{feff}\n  \n".as_bytes(),
            ),
        ];
        let rendered: Vec<String> = files
            .iter()
            .map(|(name, bytes)| case(name, bytes))
            .collect();
        insta::assert_snapshot!(rendered.join("\n"));
    }

    #[test]
    fn keys_and_types_are_named_in_the_secretariat_words() {
        insta::assert_snapshot!(cases(&[
            (
                "a duplicate key",
                &[("edition: 2026\n", "edition: 2026\nedition: 2027\n")]
            ),
            ("a misspelt key", &[("  tie_breaks:", "  tie_braeks:")]),
            ("a key nobody is near", &[("  tie_breaks:", "  zzz:")]),
            ("a weight as a string", &[("weight: 35", "weight: \"35\"")]),
            (
                "a weight that is not a number",
                &[("weight: 35", "weight: .nan")]
            ),
            ("a list for a number", &[("weight: 35", "weight: [35]")]),
            (
                "a value for a block",
                &[("period:\n", "period: 2026\nold_period:\n")]
            ),
            (
                "a value for a list",
                &[("bands:\n", "bands: high\nold_bands:\n")]
            ),
            (
                "an unknown indicator kind",
                &[("kind: share", "kind: shares")]
            ),
            (
                "a fraction for a whole number",
                &[("decimals: 2", "decimals: 2.5")]
            ),
            ("a missing key", &[("rounding:\n  decimals: 2\n", "")]),
        ]));
    }

    #[test]
    fn hostile_yaml_is_refused_with_a_place() {
        let mut laughs =
            "&g0 [\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"]"
                .to_string();
        for level in 1..9 {
            let refs = vec![format!("*g{}", level - 1); 9].join(", ");
            laughs = format!("&g{level} [{laughs}, {refs}]");
        }
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let laughs = format!("gates: {laughs}\ngates_old:\n");
        let deep = format!("award: {deep}\naward_old:\n");
        insta::assert_snapshot!(cases(&[
            ("an alias bomb", &[("gates:\n", &laughs)]),
            ("10,000 levels of nesting", &[("award:\n", &deep)]),
        ]));
    }
}
