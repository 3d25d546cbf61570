//! Turns the raw file into the validated model, collecting every problem in
//! one pass so a secretariat fixes the file in one sitting.
//!
//! One file per section of the criteria file, in the order the file is
//! read: [`yaml`] (the YAML itself), [`edition`] (year, period, kinds,
//! categories), [`sheets`] (sheets and typed columns), [`provenance`]
//! (how rows were obtained and the columns saying so), [`indicators`]
//! (criteria, indicators, gates) with one file per kind of indicator in
//! [`kinds`], [`bands`], [`award`] (rounding, ranking,
//! tiers), [`jury`] and [`robustness`]. Each section's unit tests feed small edits of the
//! bundled criteria through [`crate::criteria::parse`] and snapshot the
//! diagnostics as the terminal prints them.

mod award;
mod bands;
mod checker;
mod edition;
mod indicators;
mod jury;
mod kinds;
mod nominations;
mod provenance;
mod robustness;
mod sheets;
mod yaml;

pub use jury::jurors_file;
pub use nominations::nominations_file;
pub use yaml::parse_raw;

use super::Criteria;
use super::diagnostic::{Diagnostic, Pos};
use super::raw::RawCriteria;
use checker::{Checker, text};

pub fn validate(raw: RawCriteria) -> Result<(Criteria, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut c = Checker::default();
    let period = edition::period(&mut c, &raw);
    let deadline = raw.deadline.as_ref().and_then(|d| c.date(d));
    let kinds = edition::kinds(&mut c, &raw.kinds);
    let categories = edition::categories(&mut c, &raw.categories, &kinds, raw.jury.is_some());
    let sheets = sheets::sheets(&mut c, &raw.sheets);
    let provenance = raw
        .provenance
        .as_ref()
        .map(|p| provenance::provenance(&mut c, p, &sheets));
    let criteria = indicators::criteria(&mut c, &raw.criteria, &sheets);
    let gates = indicators::gates(&mut c, &raw.gates, &sheets);
    let bands = bands::bands(&mut c, &raw.bands);
    let decimals = award::decimals(&mut c, &raw.rounding.decimals);
    let tie_breaks = award::tie_breaks(&mut c, &raw, &criteria);
    let rank_style = award::rank_style(&mut c, raw.ranking.as_ref());
    let tiers = award::tiers(&mut c, &raw.tiers, &bands);
    let close_margin = raw.close_margin.as_ref().map(|m| m.value.0);
    let jury = raw
        .jury
        .as_ref()
        .map(|j| jury::jury(&mut c, j, &raw.categories));
    let robustness = raw
        .robustness
        .as_ref()
        .map(|r| robustness::robustness(&mut c, r, raw.jury.is_some()));
    if !c.problems.is_empty() {
        c.problems.sort_by_key(|d| (d.line, d.column, d.code));
        return Err(c.problems);
    }
    let Some(period) = period else {
        return Err(c.problems);
    };
    let criteria = Criteria {
        edition: raw.edition.value.0,
        award: text(&raw.award),
        period,
        deadline,
        kinds,
        categories,
        sheets,
        provenance,
        criteria,
        gates,
        bands,
        decimals,
        tie_breaks,
        rank_style,
        tiers,
        close_margin,
        jury,
        robustness,
        languages: crate::criteria::languages::LanguageStatus::central_only(),
        languages_file: raw
            .languages
            .as_ref()
            .map(|l| (l.value.clone(), Pos::of(l))),
        language_codes: c.language_codes,
        proper_names: raw.proper_names.clone(),
        aliases: raw.aliases.clone(),
    };
    let warnings = super::lint::lint(&raw, &criteria);
    Ok((criteria, warnings))
}

/// What the sections' tests share: the bundled criteria bent by a few
/// edits, and the diagnostics rendered as the terminal prints them, so a
/// snapshot shows code, line:column, message and help together.
#[cfg(test)]
mod snapshot {
    use crate::criteria::Diagnostic;
    use std::path::Path;

    /// The diagnostics of the criteria file as `langaward check` prints them,
    /// one after another.
    pub fn render(found: &[Diagnostic]) -> String {
        render_in("2026.yaml", found)
    }

    /// The diagnostics of `file` as `langaward check` prints them.
    pub fn render_in(file: &str, found: &[Diagnostic]) -> String {
        let lines: Vec<String> = found
            .iter()
            .map(|d| d.located(Path::new(file)).to_string())
            .collect();
        lines.join("\n")
    }

    /// The errors of the criteria file `text`, or its warnings when it is valid.
    pub fn of_text(text: &[u8]) -> String {
        match crate::criteria::parse(text) {
            Ok((_, warnings)) => render(&warnings),
            Err(errors) => render(&errors),
        }
    }

    /// One case's diagnostics under a heading naming it.
    pub fn case(name: &str, text: &[u8]) -> String {
        format!("## {name}\n{}\n", of_text(text))
    }

    /// Each case's diagnostics under its heading: the bundled criteria with
    /// the case's `(from, to)` edits applied.
    pub fn cases(cases: &[(&str, &[(&str, &str)])]) -> String {
        let rendered: Vec<String> = cases
            .iter()
            .map(|(name, edits)| case(name, langaward_devkit::criteria_with(edits).as_bytes()))
            .collect();
        rendered.join("\n")
    }

    /// The bundled criteria with the block from `start` up to `end` (both
    /// lines that open a block) replaced by `with`.
    pub fn replacing_block(start: &str, end: &str, with: &str) -> String {
        let text = langaward_devkit::criteria_with(&[]);
        let (Some(from), Some(to)) = (text.find(start), text.find(end)) else {
            panic!("the bundled criteria no longer contain {start:?} and {end:?}");
        };
        format!("{}{with}{}", &text[..from], &text[to..])
    }
}

#[cfg(test)]
mod tests {
    use super::snapshot::{self, render_in};
    use crate::criteria::{Code, CriteriaError, load};
    use std::path::Path;

    #[test]
    fn the_bundled_criteria_are_clean() {
        assert_eq!(snapshot::cases(&[("bundled", &[])]), "## bundled\n\n");
    }

    /// The language codes of columns and indicators are checked once the
    /// language-status file the criteria name is read (C070); that file's
    /// own notes come back with it (C071).
    #[test]
    fn languages_owed_are_declared_in_the_language_status_file() {
        let dir = tempfile::tempdir().unwrap();
        let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria");
        for file in ["jurors.yaml", "nominations.yaml"] {
            std::fs::copy(bundled.join(file), dir.path().join(file)).unwrap();
        }
        // Pejë's Bosnian claimed from a census share below the threshold.
        let languages = std::fs::read_to_string(bundled.join("languages.yaml"))
            .unwrap()
            .replacen(
                "share: { percent: 3.9, year: 2011 }",
                "share: { percent: 2.9, year: 2011 }",
                1,
            );
        std::fs::write(dir.path().join("languages.yaml"), languages).unwrap();
        let path = dir.path().join("2026.yaml");
        let text = langaward_devkit::criteria_with(&[
            ("bs: published_bs }", "bz: published_bs }"),
            ("        language: bs\n", "        language: bosnian\n"),
        ]);
        std::fs::write(&path, text).unwrap();
        let Err(CriteriaError::Invalid { diagnostics, .. }) = load(&path) else {
            panic!("unknown languages must make the criteria invalid");
        };
        std::fs::write(&path, langaward_devkit::criteria_with(&[])).unwrap();
        let notes: Vec<_> = load(&path)
            .unwrap()
            .notes
            .into_iter()
            .map(|(_, d)| d)
            .collect();
        insta::assert_snapshot!(
            render_in("2026.yaml", &diagnostics) + "\n" + &render_in("languages.yaml", &notes)
        );
    }

    /// The nominations file is read beside the criteria: one that cannot be
    /// read is an error where the criteria name it; a nominee taking an
    /// institution's id is one in the nominations file.
    #[test]
    fn a_nominations_file_is_read_beside_the_criteria() {
        let dir = tempfile::tempdir().unwrap();
        let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("criteria");
        for file in ["jurors.yaml", "languages.yaml"] {
            std::fs::copy(bundled.join(file), dir.path().join(file)).unwrap();
        }
        let path = dir.path().join("2026.yaml");
        std::fs::write(&path, langaward_devkit::criteria_with(&[])).unwrap();
        let errors = |path: &Path| match load(path) {
            Err(CriteriaError::Invalid { diagnostics, .. }) => diagnostics,
            other => panic!("expected invalid criteria, got {other:?}"),
        };
        let missing = errors(&path);
        let nominations = std::fs::read_to_string(bundled.join("nominations.yaml"))
            .unwrap()
            .replacen("id: milan-petrovic", "id: mf", 1);
        std::fs::write(dir.path().join("nominations.yaml"), nominations).unwrap();
        let taken = errors(&path);
        insta::assert_snapshot!(
            render_in("2026.yaml", &missing).replace(&dir.path().display().to_string(), "DIR")
                + "\n"
                + &render_in("nominations.yaml", &taken)
        );
        assert_eq!(taken[0].code, Code::NomineeIdTaken);
    }

    /// Every code criteria/README.md documents is shown, as the terminal
    /// prints it, by at least one section's snapshots (or those of the
    /// what-if overrides, beside this folder).
    #[test]
    fn every_code_is_in_a_snapshot() {
        fn walk(dir: &Path, found: &mut String) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "snap") {
                    found.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut snapshots = String::new();
        walk(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/criteria"),
            &mut snapshots,
        );
        let missing: Vec<Code> = Code::ALL
            .into_iter()
            .filter(|code| !snapshots.contains(&format!("[{code}]")))
            .collect();
        assert!(missing.is_empty(), "codes no snapshot shows: {missing:?}");
    }
}
