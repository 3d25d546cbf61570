//! Problems found in a criteria file. Each has a stable code so the
//! secretariat's notes and tooling can refer to it across versions.

use serde::Serialize;
use std::fmt;
use std::path::Path;

/// Stable diagnostic codes, documented in `criteria/README.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Code {
    Syntax,
    UnknownKey,
    WrongType,
    MissingKey,
    EmptyFile,
    WeightSum,
    WeightInvalid,
    BandBounds,
    BandGap,
    BandOverlap,
    BandRange,
    DuplicateId,
    UnknownSheet,
    UnknownColumn,
    ColumnType,
    IndicatorField,
    UnknownChoice,
    CategoryNoKind,
    UnknownKind,
    UnknownCriterion,
    JuryOnlyWithoutNominees,
    NominationsWithEvidence,
    NomineeIdTaken,
    InvalidValue,
    UnknownLanguage,
    DeclaredStatus,
    UnknownSource,
    SourceWeight,
    UnverifiableSource,
    ColumnClash,
    Robustness,
    OverridePath,
    OverrideTwice,
    ZeroWeight,
    UnreachableBand,
    ClosedCategory,
    UnusedColumn,
    TierBelowBand,
    UnknownJurorInstitution,
    UncheckedJurorInstitution,
}

impl Code {
    pub const ALL: [Code; 40] = [
        Code::Syntax,
        Code::UnknownKey,
        Code::WrongType,
        Code::MissingKey,
        Code::EmptyFile,
        Code::WeightSum,
        Code::WeightInvalid,
        Code::BandBounds,
        Code::BandGap,
        Code::BandOverlap,
        Code::BandRange,
        Code::DuplicateId,
        Code::UnknownSheet,
        Code::UnknownColumn,
        Code::ColumnType,
        Code::IndicatorField,
        Code::UnknownChoice,
        Code::CategoryNoKind,
        Code::UnknownKind,
        Code::UnknownCriterion,
        Code::JuryOnlyWithoutNominees,
        Code::NominationsWithEvidence,
        Code::NomineeIdTaken,
        Code::InvalidValue,
        Code::UnknownLanguage,
        Code::DeclaredStatus,
        Code::UnknownSource,
        Code::SourceWeight,
        Code::UnverifiableSource,
        Code::ColumnClash,
        Code::Robustness,
        Code::OverridePath,
        Code::OverrideTwice,
        Code::ZeroWeight,
        Code::UnreachableBand,
        Code::ClosedCategory,
        Code::UnusedColumn,
        Code::TierBelowBand,
        Code::UnknownJurorInstitution,
        Code::UncheckedJurorInstitution,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::Syntax => "C001",
            Code::UnknownKey => "C002",
            Code::WrongType => "C003",
            Code::MissingKey => "C004",
            Code::EmptyFile => "C005",
            Code::WeightSum => "C010",
            Code::WeightInvalid => "C011",
            Code::BandBounds => "C020",
            Code::BandGap => "C021",
            Code::BandOverlap => "C022",
            Code::BandRange => "C023",
            Code::DuplicateId => "C030",
            Code::UnknownSheet => "C040",
            Code::UnknownColumn => "C041",
            Code::ColumnType => "C042",
            Code::IndicatorField => "C043",
            Code::UnknownChoice => "C044",
            Code::CategoryNoKind => "C050",
            Code::UnknownKind => "C051",
            Code::UnknownCriterion => "C052",
            Code::JuryOnlyWithoutNominees => "C053",
            Code::NominationsWithEvidence => "C054",
            Code::NomineeIdTaken => "C055",
            Code::InvalidValue => "C060",
            Code::UnknownLanguage => "C070",
            Code::DeclaredStatus => "C071",
            Code::UnknownSource => "C080",
            Code::SourceWeight => "C081",
            Code::UnverifiableSource => "C082",
            Code::ColumnClash => "C083",
            Code::Robustness => "C090",
            Code::OverridePath => "C100",
            Code::OverrideTwice => "C101",
            Code::ZeroWeight => "W001",
            Code::UnreachableBand => "W002",
            Code::ClosedCategory => "W003",
            Code::UnusedColumn => "W004",
            Code::TierBelowBand => "W005",
            Code::UnknownJurorInstitution => "W006",
            Code::UncheckedJurorInstitution => "W007",
        }
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    /// Worth knowing, never a reason to refuse the file.
    Info,
}

/// One problem at one place in the criteria file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub line: u64,
    pub column: u64,
    pub message: String,
    pub hint: String,
    /// The `--set PATH=VALUE` of a what-if run that put the value here, or
    /// whose path the problem is about; `None` for the file's own text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_by: Option<String>,
}

impl Diagnostic {
    pub fn error(code: Code, at: Pos, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: Severity::Error,
            line: at.line,
            column: at.column,
            message: message.into(),
            hint: hint.into(),
            set_by: None,
        }
    }

    /// The diagnostic as the terminal shows it, `FILE:LINE:COLUMN:
    /// severity[CODE]: message` and a `help:` line: the form editors and CI
    /// logs jump to.
    pub fn located<'a>(&'a self, file: &'a Path) -> Located<'a> {
        Located {
            file,
            diagnostic: self,
        }
    }
}

/// A diagnostic with the file it points into, ready to print.
pub struct Located<'a> {
    file: &'a Path,
    diagnostic: &'a Diagnostic,
}

impl fmt::Display for Located<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.diagnostic;
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "note",
        };
        write!(
            f,
            "{}:{}:{}: {severity}[{}]: {}\n    help: {}",
            self.file.display(),
            d.line,
            d.column,
            d.code,
            d.message,
            d.hint
        )?;
        match &d.set_by {
            Some(set) => write!(f, "\n    from: {set}"),
            None => Ok(()),
        }
    }
}

/// A line and column in the criteria file (1-based; 0 when unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: u64,
    pub column: u64,
}

impl Pos {
    pub fn of<T>(spanned: &serde_saphyr::Spanned<T>) -> Pos {
        Pos {
            line: spanned.referenced.line(),
            column: spanned.referenced.column(),
        }
    }
}
