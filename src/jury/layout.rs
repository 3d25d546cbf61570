//! The layout of a juror's marking sheet: the catalogue messages that name
//! its sheets, columns and labels. The writer gives them in the sheet's
//! language; the reader finds them in any language and script, so a sheet
//! handed out in Albanian or Serbian Cyrillic reads like an English one, and
//! sheets written before they were translated (English) still read. Kept
//! here, beside the reader, so the jury module never depends on the writer
//! above it.

use super::Conflict;
use crate::i18n::{Lang, Messages};
use crate::text::FoldedSet;

/// The id of the catalogue message that names a part of the sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(&'static str);

impl Key {
    pub fn id(self) -> &'static str {
        self.0
    }
}

/// The marks sheet's columns, which [`super::marks`] (and the sheets
/// `forms::juror` writes) finds by these names.
pub const HEADERS: [Key; 8] = [
    Key("jury_col_category"),
    Key("jury_col_institution_id"),
    Key("jury_col_institution"),
    Key("jury_col_criterion"),
    Key("jury_col_evidence"),
    Key("jury_col_mark"),
    Key("jury_col_comment"),
    Key("jury_col_conflict"),
];

/// What a nominee's row names in the criterion column: a nominee is marked
/// once, as a whole.
pub const WHOLE: Key = Key("jury_whole");

/// The sheet of marks.
pub const MARKS_SHEET: Key = Key("jury_sheet_marks");
/// The sheet that says whose marks these are, for which edition.
pub const ABOUT_SHEET: Key = Key("jury_sheet_juror");
/// Labels in column A of [`ABOUT_SHEET`]: juror id, name, edition.
pub const ABOUT_LABELS: [Key; 3] = [
    Key("jury_about_id"),
    Key("jury_about_name"),
    Key("jury_about_edition"),
];

/// A conflict-of-interest reason as the sheet's dropdown offers it.
pub fn conflict_key(c: Conflict) -> Key {
    Key(c.message_key())
}

/// A part of the sheet as every language names it.
pub struct Names {
    /// Every language's name, for a finding ("Marks / Notat / Ocene …").
    pub shown: String,
    folded: FoldedSet,
}

impl Names {
    /// `key` in every catalogue; English gives the names sheets had before
    /// they were translated.
    pub fn of(key: Key) -> Names {
        let mut names: Vec<String> = Vec::new();
        let catalogues = Lang::ALL
            .into_iter()
            .filter_map(|l| Messages::cached(l).ok());
        for name in catalogues.map(|m| m.get(key.id()).to_string()) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        Names {
            shown: names.join(" / "),
            folded: FoldedSet::new(names.iter().map(String::as_str)),
        }
    }

    /// Whether a text, folded (case, spacing, diacritics and script
    /// ignored), is one of the names.
    pub fn contains(&self, folded: &str) -> bool {
        self.folded.contains(folded)
    }
}
