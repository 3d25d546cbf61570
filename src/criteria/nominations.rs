//! The nominees of a category the jury alone judges (a journalist, an
//! academic, an association): nobody hands in a workbook for them, so they
//! are listed in a nominations file of their own, which the criteria name
//! and [`crate::criteria::load`] reads beside them.

use super::diagnostic::Pos;
use super::{Criteria, CriteriaError, Text};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// A category's nominations file, once read.
#[derive(Debug, Clone, Serialize)]
pub struct Nominations {
    /// The file as the criteria name it, and where they name it.
    #[serde(skip)]
    pub file: (String, Pos),
    /// The file the nominees were read from, which their positions point
    /// into; set by [`crate::criteria::load`].
    #[serde(skip)]
    pub source: PathBuf,
    /// The nominees are invented, for a sample: every output says so.
    pub fictional: bool,
    pub nominees: Vec<Nominee>,
}

/// Someone nominated for the jury's mark alone.
#[derive(Debug, Clone, Serialize)]
pub struct Nominee {
    /// Unique among nominees and institutions: the jury's sheets and the
    /// results name the nominee by it.
    pub id: String,
    pub name_sq: String,
    pub name_sr: String,
    pub kind: NomineeKind,
    /// What they did, in a sentence or two, shown beside their name.
    pub description: Text,
    pub nominated_by: String,
    /// Where the nominee's id stands in [`Nominations::source`].
    #[serde(skip)]
    pub at: Pos,
}

/// Who a nominee is, for the report's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NomineeKind {
    Journalist,
    Academic,
    Activist,
    Organisation,
}

impl NomineeKind {
    /// The kind as the nominations file writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            NomineeKind::Journalist => "journalist",
            NomineeKind::Academic => "academic",
            NomineeKind::Activist => "activist",
            NomineeKind::Organisation => "organisation",
        }
    }

    /// The kind's name in the catalogues.
    pub fn message_key(self) -> &'static str {
        match self {
            NomineeKind::Journalist => "nominee_journalist",
            NomineeKind::Academic => "nominee_academic",
            NomineeKind::Activist => "nominee_activist",
            NomineeKind::Organisation => "nominee_organisation",
        }
    }
}

/// Reads every nominations file the categories name (relative to the
/// criteria file at `path`). A nominee's id may be no institution's id
/// under `aliases` and no other nominee's, so that a mark, a result or a
/// comparison across editions always means one applicant.
pub(super) fn read_all(path: &Path, criteria: &mut Criteria) -> Result<(), CriteriaError> {
    let mut taken: Vec<(String, String)> = criteria
        .aliases
        .iter()
        .flat_map(|(id, earlier)| std::iter::once(id).chain(earlier))
        .map(|id| {
            (
                id.clone(),
                "an institution's id under `aliases`".to_string(),
            )
        })
        .collect();
    for category in &mut criteria.categories {
        let Some(nominations) = category.nominations.as_mut() else {
            continue;
        };
        let (file, at) = nominations.file.clone();
        let source = path.parent().unwrap_or(Path::new(".")).join(&file);
        let bytes = std::fs::read(&source)
            .map_err(|_| super::unreadable(path, at, "nominations", &source))?;
        let read = super::validate::nominations_file(&bytes, &taken).map_err(|diagnostics| {
            CriteriaError::Invalid {
                path: source.clone(),
                diagnostics,
            }
        })?;
        let owner = format!("a nominee of category `{}`", category.id);
        taken.extend(read.nominees.iter().map(|n| (n.id.clone(), owner.clone())));
        *nominations = Nominations {
            file: (file, at),
            source,
            ..read
        };
    }
    Ok(())
}
