//! A juror's own institution is named by an applicant's id, and ids come
//! from the submissions: only an evaluation can tell that `kjcc` names
//! nobody. Left unsaid, such a slip lets the juror mark their own
//! institution, so it is a warning pointing at the jurors file.

use crate::criteria::{Code, Criteria, Diagnostic, Pos, Severity};
use crate::text::{fold, nearest};
use serde::Serialize;
use std::path::PathBuf;

/// A juror's `institution` that is no applicant's id, nor an id under the
/// criteria's `aliases`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnknownInstitution {
    pub juror: String,
    pub institution: String,
    /// The applicant id closest to it, when one is close enough to be meant.
    pub nearest: Option<String>,
    /// The file the jurors are listed in, and where the institution is written.
    pub file: PathBuf,
    pub line: u64,
    pub column: u64,
}

impl UnknownInstitution {
    /// The warning as the terminal, `check` and `results.json` give it.
    pub fn diagnostic(&self) -> Diagnostic {
        let hint = match &self.nearest {
            Some(id) => format!("did you mean `{id}`?"),
            None => "write the id from the institution's Institution sheet; \
                     if it does not apply in this edition, nothing needs fixing"
                .to_string(),
        };
        Diagnostic {
            code: Code::UnknownJurorInstitution,
            severity: Severity::Warning,
            line: self.line,
            column: self.column,
            message: format!(
                "juror `{}` belongs to institution `{}`, which is no applicant's id: \
                 the juror is not kept off their own institution",
                self.juror, self.institution
            ),
            hint,
            set_by: None,
        }
    }
}

/// Every juror whose institution matches none of `applicants` (the ids on
/// their Institution sheets) nor any id under `aliases`, with the nearest
/// applicant id. Matching ignores case and diacritics, as recusal does.
pub fn unknown_institutions(c: &Criteria, applicants: &[&str]) -> Vec<UnknownInstitution> {
    let Some(jury) = &c.jury else {
        return Vec::new();
    };
    // Suggestions are ids in use now; earlier ids only silence the warning.
    let current: Vec<&str> = applicants
        .iter()
        .copied()
        .chain(c.aliases.keys().map(String::as_str))
        .collect();
    let earlier = c.aliases.values().flatten().map(String::as_str);
    let known: Vec<String> = current.iter().copied().chain(earlier).map(fold).collect();
    jury.jurors
        .iter()
        .filter_map(|j| {
            let own = j.institution.as_deref()?;
            if known.contains(&fold(own)) {
                return None;
            }
            Some(UnknownInstitution {
                juror: j.id.clone(),
                institution: own.to_string(),
                nearest: nearest(own, current.iter().copied()).map(str::to_string),
                file: jury.jurors_source.clone(),
                line: j.institution_at.line,
                column: j.institution_at.column,
            })
        })
        .collect()
}

/// For `check`, which reads no submissions: one note, at the first juror
/// institution, saying the ids wait for the applicants' workbooks, so that a
/// clean `check` never vouches for what it could not see.
pub fn unchecked_institutions(c: &Criteria) -> Option<(PathBuf, Diagnostic)> {
    let jury = c.jury.as_ref()?;
    let named: Vec<(&str, Pos)> = jury
        .jurors
        .iter()
        .filter_map(|j| Some((j.institution.as_deref()?, j.institution_at)))
        .collect();
    let (_, at) = named.first()?;
    let ids: Vec<String> = named.iter().map(|(id, _)| format!("`{id}`")).collect();
    let note = Diagnostic {
        code: Code::UncheckedJurorInstitution,
        severity: Severity::Info,
        line: at.line,
        column: at.column,
        message: format!(
            "the jurors' institutions ({}) must be applicants' ids, which only the submissions show; \
             they are checked when the submissions are evaluated",
            ids.join(", ")
        ),
        hint: "to check them now: langaward check --submissions DIR".to_string(),
        set_by: None,
    };
    Some((jury.jurors_source.clone(), note))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled criteria (whose aliases say `mof` was `mf`) with one
    /// juror per institution given, plus one who names none.
    fn criteria(institutions: &[&str]) -> Criteria {
        let yaml = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria/2026.yaml"),
        )
        .unwrap();
        let jurors: String = institutions
            .iter()
            .enumerate()
            .map(|(i, inst)| format!("\n    - {{ id: j{i}, name: J{i}, institution: {inst} }}"))
            .collect();
        let jurors = format!("jurors:{jurors}\n    - {{ id: free, name: Free }}");
        let yaml = yaml.replace("jurors_file: jurors.yaml", &jurors);
        crate::criteria::parse(yaml.as_bytes()).unwrap().0
    }

    #[test]
    fn a_misspelt_institution_is_located_with_the_nearest_applicant_id() {
        let c = criteria(&["kjcc", "kjc", "MF", "university"]);
        let found = unknown_institutions(&c, &["mof", "kjc", "prizren"]);
        let got: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|u| (u.institution.as_str(), u.nearest.as_deref()))
            .collect();
        assert_eq!(
            got,
            [("kjcc", Some("kjc")), ("university", None)],
            "an applicant's id and an earlier id under aliases are known"
        );
        assert!(found[0].line > 0 && found[0].column > 0);
        let d = found[0].diagnostic();
        assert_eq!(d.code.as_str(), "W006");
        assert_eq!(d.hint, "did you mean `kjc`?");
    }

    #[test]
    fn check_notes_the_institutions_it_cannot_verify() {
        let (_, note) = unchecked_institutions(&criteria(&["kjc", "mof"])).unwrap();
        assert_eq!(note.severity, Severity::Info);
        assert!(note.message.contains("(`kjc`, `mof`)"), "{}", note.message);
        assert!(unchecked_institutions(&criteria(&[])).is_none());
    }
}
