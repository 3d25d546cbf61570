//! File names for scorecards, built from untrusted institution ids: no path
//! separators, control characters, dots or reserved device names, and unique.

use crate::evaluate::Evaluation;
use crate::ix::{ApplicantIx, PerApplicant};
use std::collections::{BTreeMap, BTreeSet};

const MAX_LEN: usize = 60;
const RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Lower-case ASCII letters, digits and single hyphens; diacritics folded.
pub fn sanitize(id: &str) -> String {
    let folded = crate::text::fold(id);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= MAX_LEN {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "institution".into()
    } else if RESERVED.contains(&out.as_str()) {
        format!("{out}-institution")
    } else {
        out
    }
}

/// One slug per applicant, stable (assigned in id order) and unique.
pub fn assign(eval: &Evaluation) -> BTreeMap<ApplicantIx, String> {
    let mut order: Vec<ApplicantIx> = eval.applicants.indexed().map(|(i, _)| i).collect();
    order.sort_by_key(|&i| {
        eval.applicants
            .at(i)
            .map(|a| (a.institution.id.clone(), a.file.clone()))
    });
    let mut used = BTreeSet::new();
    let mut out = BTreeMap::new();
    for i in order {
        let base = eval
            .applicants
            .at(i)
            .map_or_else(String::new, |a| sanitize(&a.institution.id));
        let mut slug = base.clone();
        let mut n = 2;
        while !used.insert(slug.clone()) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        out.insert(i, slug);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(sanitize("mof"), "mof");
        assert_eq!(sanitize("../../etc/passwd"), "etc-passwd");
        assert_eq!(sanitize("a/b\\c"), "a-b-c");
        assert_eq!(sanitize("Prishtinë / Priština"), "prishtine-pristina");
        assert_eq!(
            sanitize("<script>alert(1)</script>"),
            "script-alert-1-script"
        );
        assert_eq!(sanitize("\u{202e}evil\0\n"), "evil");
        assert_eq!(sanitize("CON"), "con-institution");
        assert_eq!(sanitize("..."), "institution");
        assert_eq!(sanitize("Општина Грачаница"), "opstina-gracanica");
        assert!(sanitize(&"x".repeat(500)).len() <= 60);
    }
}
