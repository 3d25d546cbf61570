//! The sample applicants: real institutions, fictional evidence, and the expected
//! scores of each worked out by hand in a comment (see [`super`]).

use crate::layout::Lang;

mod agencies;
mod executive;
mod ineligible;
mod ministries;
mod municipalities;

/// How an applicant writes yes and no.
#[derive(Clone, Copy)]
pub(super) struct Answers {
    pub(super) yes: &'static str,
    pub(super) no: &'static str,
}

pub(super) const YES_NO: Answers = Answers {
    yes: "yes",
    no: "no",
};
pub(super) const YES_NO_CAPS: Answers = Answers {
    yes: "Yes",
    no: "No",
};
pub(super) const PO_JO: Answers = Answers {
    yes: "po",
    no: "jo",
};
pub(super) const DA_NE: Answers = Answers {
    yes: "da",
    no: "ne",
};
pub(super) const CROSS: Answers = Answers { yes: "x", no: "" };

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum FileType {
    Xlsx,
    Ods,
}

impl FileType {
    pub(super) fn extension(self) -> &'static str {
        match self {
            FileType::Xlsx => "xlsx",
            FileType::Ods => "ods",
        }
    }
}

/// Top-left cell of a table, zero-based.
#[derive(Clone, Copy)]
pub(super) struct Origin {
    pub(super) row: u32,
    pub(super) col: u32,
}

pub(super) const A1: Origin = Origin { row: 0, col: 0 };

/// The evidence sheet a monitor's row goes on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(in crate::samples) enum On {
    Services,
    Communication,
    Signage,
    Web,
    Recommendations,
    TestLetters,
}

/// A row the Language Commissioner's monitors added to the applicant's workbook, with the
/// provenance columns saying how it was obtained. The sheet it goes on gets those columns
/// (see [`crate::layout::PROVENANCE`]); the applicant's own rows leave them empty, so they
/// keep the default source, self-reported.
pub(in crate::samples) struct Monitored {
    pub(in crate::samples) on: On,
    /// The row's own cells, written as in that sheet's table.
    pub(in crate::samples) cells: &'static [&'static str],
    /// A source key of [`crate::layout::SOURCES`], written as its name in the applicant's
    /// language.
    pub(in crate::samples) source: &'static str,
    pub(in crate::samples) reference: &'static str,
    pub(in crate::samples) observer: &'static str,
    /// `YYYY-MM-DD HH:MM`.
    pub(in crate::samples) observed_on: &'static str,
}

/// One sample submission.
///
/// Evidence cells are written as follows: yes/no cells hold `y` or `n` (written in the
/// applicant's [`Answers`]), dates are `YYYY-MM-DD HH:MM`, word counts are numbers, and an
/// empty string leaves the cell empty. A value starting with `!` is written verbatim as text:
/// a deliberate mistake for the reader to report. Anything else is a bug in this table and
/// stops the generator.
pub(super) struct Applicant {
    pub(super) id: &'static str,
    pub(super) name_sq: &'static str,
    pub(super) name_sr: &'static str,
    pub(super) name_sr_cyrl: Option<&'static str>,
    /// As written on the Institution sheet: a kind id or its name in any language.
    pub(super) kind: &'static str,
    pub(super) municipality: Option<&'static str>,
    pub(super) submitted: &'static str,
    pub(super) file: FileType,
    pub(super) lang: Lang,
    pub(super) answers: Answers,
    /// Dates of publication as ISO text instead of date cells.
    pub(super) dates_as_text: bool,
    pub(super) signage_origin: Origin,
    /// Keys of the optional columns (see [`crate::layout`]) this applicant's sheets have,
    /// e.g. the Turkish, Bosnian and Romani versions that only some municipalities owe.
    pub(super) optional_columns: &'static [&'static str],
    /// Service, verbal sq, verbal sr, written sq, written sr, [verbal tr, written tr,
    /// verbal bs, written bs, verbal rom, written rom,] likewise.
    pub(super) services: &'static [&'static [&'static str]],
    /// Title, type, published sq, published sr, [published tr, published bs,] words sq,
    /// words sr: the optional columns only if listed in `optional_columns`.
    pub(super) communication: &'static [&'static [&'static str]],
    /// Location, text sq, text sr, [text sr Cyrillic, text tr, text bs, first language,]
    /// likewise.
    pub(super) signage: &'static [&'static [&'static str]],
    /// The Commissioner's monitoring of the web: page or post, channel, link, published sq,
    /// published sr, [published tr, published bs,] likewise; no sheet when empty.
    pub(super) web: &'static [&'static [&'static str]],
    /// The Commissioner's earlier recommendations: number, text, year issued, status; no
    /// sheet when empty.
    pub(super) recommendations: &'static [&'static [&'static str]],
    /// Rows the monitors added, after the applicant's own on their sheet. Chosen so that
    /// each indicator keeps its share (an observed row weighs two self-reported ones), so
    /// the expected scores above them hold.
    pub(super) monitoring: &'static [Monitored],
}

/// Defaults for the struct-update syntax below.
pub(super) const BASE: Applicant = Applicant {
    id: "",
    name_sq: "",
    name_sr: "",
    name_sr_cyrl: None,
    kind: "",
    municipality: None,
    submitted: "",
    file: FileType::Xlsx,
    lang: Lang::En,
    answers: YES_NO,
    dates_as_text: false,
    signage_origin: A1,
    optional_columns: &[],
    services: &[],
    communication: &[],
    signage: &[],
    web: &[],
    recommendations: &[],
    monitoring: &[],
};

/// Every sample written by [`super::write_samples`], by category, each category in a file
/// of its own.
pub(super) const APPLICANTS: [&[Applicant]; 5] = [
    ministries::MINISTRIES,
    executive::EXECUTIVE,
    agencies::AGENCIES,
    municipalities::MUNICIPALITIES,
    ineligible::INELIGIBLE,
];

/// The applicant that ships as legacy `.xls`. [`super::write_xls_source`] writes it as xlsx;
/// `tools/make_xls.py` converts that into `submissions/cec.xls`.
///
/// Executive category; total exactly on the upper boundary of Moderate (to 66).
/// services 5: verbal 3/5, written 3/5 -> 60
/// communication 8: simultaneous 5/8, equivalent 5/8 -> (60*5 + 40*5)/8 = 62.5
/// signage 4/5 -> 80 (Serbian in Cyrillic; one sign without it)
/// total 0.35*60 + 0.40*62.5 + 0.25*80 = 21 + 25 + 20 = 66.00 Moderate
#[rustfmt::skip]
pub(super) const XLS_APPLICANT: Applicant = Applicant {
    id: "cec",
    name_sq: "Komisioni Qendror i Zgjedhjeve",
    name_sr: "Centralna izborna komisija",
    name_sr_cyrl: Some("Централна изборна комисија"),
    kind: "Institucion i pavarur",
    submitted: "2026-10-05",
    answers: YES_NO_CAPS,
    services: &[
        &["Voter information line", "y", "y", "y", "y"],
        &["Checking one's entry in the voter list", "y", "y", "y", "y"],
        &["Registration of political entities", "y", "y", "y", "y"],
        &["Registration of voters outside Kosovo", "y", "n", "y", "n"],
        &["Complaints about polling stations", "y", "n", "y", "n"],
    ],
    communication: &[
        &["Press conference: preliminary turnout", "press_conference", "2025-10-12 20:00", "2025-10-12 20:00", "220", "230"],
        &["Certification of the results of the local elections", "news_release", "2025-10-29 18:00", "2025-10-29 18:00", "300", "290"],
        &["Call for proposals: voter education by NGOs", "call_for_proposals", "2025-12-01 09:00", "2025-12-03 09:00", "1200", "1180"],
        &["Tender: printing of ballot papers", "tender", "2026-01-12 10:00", "2026-01-12 10:00", "1600", "900"],
        &["Check your polling station", "social_media", "2026-02-02 08:00", "2026-02-02 09:00", "40", "20"],
        &["New rules for voter registration", "news_release", "2026-03-18 10:00", "2026-03-25 10:00", "450", "440"],
        &["Press conference: electoral calendar", "press_conference", "2026-05-05 12:00", "2026-05-05 12:00", "260", "100"],
        &["Accreditation of election observers", "news_release", "2026-07-01 10:00", "2026-07-06 10:00", "380", "395"],
    ],
    signage: &[
        &["Main entrance", "Komisioni Qendror i Zgjedhjeve", "Централна изборна комисија"],
        &["Reception", "Informata për votuesit", "Информације за бираче"],
        &["Floor 1", "Sekretariati i KQZ-së", "Секретаријат ЦИК-а"],
        &["Floor 2", "Zyra për Regjistrimin e Partive Politike", "Канцеларија за регистрацију политичких партија"],
        &["Ground floor", "Qendra e Numërimit", ""],
    ],
    ..BASE
};
