//! The codes of findings about input files. Each code has one level and one
//! message, `finding_<code>` in every catalogue, and is documented in the
//! README's table of finding codes; a code prints as itself (`S042`) in
//! every output.
//!
//! S: a submission (the workbook as a file, its Institution sheet, its
//! evidence cells); J: a juror's sheet; K: a file skipped as no input at all.

use super::Level;
use std::fmt;

/// Declares the codes, each with its level, once: the enum, [`FindingCode::ALL`],
/// the printed code, the level and the message key all come from this list.
macro_rules! codes {
    ($($(#[doc = $doc:literal])* $code:ident: $level:ident,)*) => {
        /// A finding's code. A code has one level: the code says how bad it
        /// is, so no finding pairs a code with another level.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum FindingCode {
            $($(#[doc = $doc])* $code,)*
        }

        impl FindingCode {
            /// Every code, in the README's order.
            pub const ALL: &[FindingCode] = &[$(FindingCode::$code,)*];

            /// The code as every output prints it: `S042`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(FindingCode::$code => stringify!($code),)*
                }
            }

            pub fn level(self) -> Level {
                match self {
                    $(FindingCode::$code => Level::$level,)*
                }
            }

            /// The key of the code's message in the catalogues: `finding_S042`.
            pub fn message_key(self) -> &'static str {
                match self {
                    $(FindingCode::$code => concat!("finding_", stringify!($code)),)*
                }
            }
        }
    };
}

codes! {
    /// A folder named like a workbook.
    S001: Error,
    /// The file cannot be opened.
    S002: Error,
    /// A zip file that is not a workbook, or a damaged one.
    S003: Error,
    /// A password-protected (encrypted) workbook.
    S004: Error,
    /// An empty file.
    S005: Error,
    /// Not a spreadsheet, although named like one.
    S006: Error,
    /// The content is another spreadsheet format than the name says (read as what it is).
    S007: Warning,
    /// A pipe, socket or device named like a workbook (never opened).
    S008: Error,
    /// The file is larger than `--max-file-mb`.
    S010: Error,
    /// The workbook cannot be parsed.
    S011: Error,
    /// More sheets than the limit (200).
    S012: Error,
    /// More filled cells than `--max-cells`.
    S013: Error,
    /// A sheet cannot be parsed.
    S014: Error,
    /// A zipped workbook would unpack to more than 512 MB (zip bomb).
    S015: Error,
    /// A text cell longer than 32,767 characters was cut.
    S016: Warning,
    /// The compound-file container of an .xls is damaged (checked before parsing).
    S017: Error,
    /// An .xls or .ods sheet declares or uses a cell area larger than `--max-cells` (checked before parsing).
    S018: Error,
    /// An xlsx shared-strings table declares more strings than it can hold or `--max-cells` allows (refused before parsing).
    S019: Error,
    /// No Institution sheet.
    S020: Error,
    /// A required Institution field (id, kind, a name) is missing.
    S021: Error,
    /// Unknown institution kind (the applicant is then ineligible).
    S022: Warning,
    /// The name in one language is missing.
    S023: Warning,
    /// The date of submission is not a date.
    S024: Warning,
    /// The edition is not a year.
    S025: Error,
    /// The workbook is for another edition.
    S026: Error,
    /// A municipality names no municipality (scored, not ranked).
    S027: Warning,
    /// A municipality names one the language-status file does not know; the closest known name is given (scored, not ranked).
    S028: Warning,
    /// A central institution names a municipality (ignored: it owes Albanian and Serbian).
    S029: Warning,
    /// An evidence sheet is missing.
    S030: Warning,
    /// An evidence sheet is hidden (it is read all the same).
    S031: Warning,
    /// No header row found in an evidence sheet.
    S032: Warning,
    /// A column is missing from the header.
    S033: Warning,
    /// A cell shows a spreadsheet error (`#N/A`, `#REF!` …).
    S040: Warning,
    /// A required cell is empty.
    S041: Warning,
    /// A yes/no cell holds something else.
    S042: Warning,
    /// A date-time cell holds no readable date.
    S043: Warning,
    /// A number cell holds no number.
    S044: Warning,
    /// A number is below the column's minimum.
    S045: Warning,
    /// A number is above the column's maximum.
    S046: Warning,
    /// A choice cell holds none of the allowed values.
    S047: Warning,
    /// A formula saved without its result (counts as empty).
    S048: Warning,
    /// Superseded by another file for the same institution.
    S050: Error,
    /// A workbook of a kind whose category the jury alone judges (rejected:
    /// it takes nominations).
    S051: Error,
    /// A workbook under a nominee's id (rejected).
    S052: Error,
    /// The spreadsheet parser failed on this file (it alone is rejected).
    S099: Error,
    /// A juror sheet lacks its Juror or Marks sheet (rejected).
    J001: Error,
    /// A juror sheet names no juror id (rejected).
    J002: Error,
    /// A juror sheet names a juror not in the criteria (rejected).
    J003: Error,
    /// Superseded by a later sheet (by file name) from the same juror.
    J004: Error,
    /// A juror sheet's Marks header lacks a column (rejected).
    J005: Error,
    /// A juror sheet is for another edition (rejected).
    J006: Error,
    /// A marked row names no applicant, or an unknown one.
    J010: Warning,
    /// A marked row names an unknown criterion.
    J011: Warning,
    /// A mark is not a number.
    J012: Warning,
    /// A mark lies outside the criteria's scale.
    J013: Warning,
    /// A mark is not on the scale's step.
    J014: Warning,
    /// A conflict reason not in the list (counted as "other", with the juror's words).
    J015: Warning,
    /// A second mark for the same applicant and criterion.
    J016: Warning,
    /// A row for the juror's own institution (its marks never count).
    J017: Note,
    /// A row for an applicant outside the juror's categories.
    J018: Warning,
    /// A row for an applicant that is not ranked.
    J019: Warning,
    /// Rows with neither a mark nor a conflict.
    J020: Warning,
    /// A mark next to a declared conflict (the conflict wins).
    J021: Note,
    /// Skipped: not a workbook (by extension and content).
    K001: Note,
    /// Skipped: an Excel lock file `~$…`.
    K002: Note,
    /// Skipped: a sub-folder.
    K003: Note,
    /// Skipped: not a regular file (a pipe, socket or device; never opened).
    K004: Note,
}

impl fmt::Display for FindingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_raised_somewhere() {
        let readers: String = [
            include_str!("mod.rs"),
            include_str!("cells.rs"),
            include_str!("evidence.rs"),
            include_str!("grid.rs"),
            include_str!("institution.rs"),
            include_str!("sniff.rs"),
            include_str!("../evaluate/jury.rs"),
            include_str!("../evaluate/supersede.rs"),
            include_str!("../jury/marks.rs"),
        ]
        .iter()
        .map(|source| source.split("#[cfg(test)]").next().unwrap())
        .collect();
        for code in FindingCode::ALL {
            assert!(
                readers.contains(&format!("FindingCode::{code}")),
                "{code} is raised nowhere"
            );
        }
    }

    #[test]
    fn a_code_prints_as_itself() {
        assert_eq!(FindingCode::S042.to_string(), "S042");
        assert_eq!(FindingCode::J004.message_key(), "finding_J004");
        assert_eq!(FindingCode::K001.level(), Level::Note);
    }
}
