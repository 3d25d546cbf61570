//! A nominations file: the nominees of a category the jury alone judges,
//! each with an id no institution or other nominee has, checked with the
//! line and column of the file they are written in.

use super::checker::{Checker, text};
use super::yaml::parse_yaml;
use crate::criteria::diagnostic::{Code, Diagnostic, Pos};
use crate::criteria::raw::{RawNominations, RawNomineeKind};
use crate::criteria::{Nominations, Nominee, NomineeKind};

/// Reads a nominations file; `taken` lists the ids already in use (an
/// institution's under `aliases`, another category's nominees) with what
/// holds each.
pub fn nominations_file(
    bytes: &[u8],
    taken: &[(String, String)],
) -> Result<Nominations, Vec<Diagnostic>> {
    let raw: RawNominations = parse_yaml(bytes, "nominations").map_err(|d| vec![d])?;
    let mut c = Checker::default();
    if raw.nominees.value.is_empty() {
        c.error(
            Code::InvalidValue,
            Pos::of(&raw.nominees),
            "the nominations file lists no nominees",
            "list each nominee with id, name, kind, description and nominated_by",
        );
    }
    c.unique_ids("nominee", raw.nominees.value.iter().map(|n| &n.id));
    let nominees = raw
        .nominees
        .value
        .iter()
        .map(|n| {
            let folded = crate::text::fold(&n.id.value);
            if let Some((_, holder)) = taken.iter().find(|(id, _)| crate::text::fold(id) == folded)
            {
                c.error(
                    Code::NomineeIdTaken,
                    Pos::of(&n.id),
                    format!("nominee id `{}` is already {holder}", n.id.value),
                    "give the nominee an id of their own, e.g. their name in lower case",
                );
            }
            Nominee {
                id: n.id.value.clone(),
                name_sq: n.name.sq.clone(),
                name_sr: n.name.sr.clone(),
                kind: match n.kind.value {
                    RawNomineeKind::Journalist => NomineeKind::Journalist,
                    RawNomineeKind::Academic => NomineeKind::Academic,
                    RawNomineeKind::Activist => NomineeKind::Activist,
                    RawNomineeKind::Organisation => NomineeKind::Organisation,
                },
                description: text(&n.description),
                nominated_by: n.nominated_by.value.clone(),
                at: Pos::of(&n.id),
            }
        })
        .collect();
    if !c.problems.is_empty() {
        c.problems.sort_by_key(|d| (d.line, d.column, d.code));
        return Err(c.problems);
    }
    Ok(Nominations {
        file: (String::new(), Pos::default()),
        source: std::path::PathBuf::new(),
        fictional: raw.fictional,
        nominees,
    })
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::render_in;
    use super::nominations_file;

    /// The bundled nominations with each `(from, to)` edit applied.
    fn bundled_with(edits: &[(&str, &str)]) -> String {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/criteria/nominations.yaml");
        let mut text = std::fs::read_to_string(path).unwrap();
        for (from, to) in edits {
            assert!(text.contains(from), "the bundled nominations lack {from:?}");
            text = text.replacen(from, to, 1);
        }
        text
    }

    /// Each case's diagnostics, as `langaward check` prints them.
    fn cases(cases: &[(&str, &[(&str, &str)])]) -> String {
        let taken = [(
            "apk".to_string(),
            "an institution's id under `aliases`".to_string(),
        )];
        let rendered: Vec<String> = cases
            .iter()
            .map(|(name, edits)| {
                let found = match nominations_file(bundled_with(edits).as_bytes(), &taken) {
                    Ok(_) => String::new(),
                    Err(d) => render_in("nominations.yaml", &d),
                };
                format!("## {name}\n{found}\n")
            })
            .collect();
        rendered.join("\n")
    }

    #[test]
    fn the_bundled_nominations_are_clean() {
        let read = nominations_file(bundled_with(&[]).as_bytes(), &[]).unwrap();
        assert!(read.fictional);
        assert_eq!(read.nominees.len(), 3);
    }

    #[test]
    fn each_nominee_is_listed_once_with_an_id_of_their_own() {
        insta::assert_snapshot!(
            cases(&[
                (
                    "a nominee listed twice",
                    &[("id: romani-glasi", "id: drita-berisha")]
                ),
                (
                    "an id an institution has",
                    &[("id: milan-petrovic", "id: APK")]
                ),
                ("an unknown kind", &[("kind: academic", "kind: professor")]),
                (
                    "a nominee without the one who nominated them",
                    &[("    nominated_by: Faculty of Philology (fictional)\n", "")]
                ),
                (
                    "a misspelt key",
                    &[("    kind: journalist", "    knid: journalist")]
                ),
            ]) + "\n## no nominees\n"
                + &render_in(
                    "nominations.yaml",
                    &nominations_file(b"fictional: true\nnominees: []\n", &[]).unwrap_err()
                )
        );
    }
}
