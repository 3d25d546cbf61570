//! Renders an evaluation into the files and text people read. Pure: returns
//! bytes and strings; writing is the output module's job.

mod compiled;
mod csv;
mod explain;
mod html;
mod json;
mod json_scorecard;
mod jury;
pub(super) mod robustness;
pub mod slug;
mod terminal;
mod view;
mod xlsx;

pub use crate::i18n::Lang;
pub use explain::explain;
pub use html::{TEMPLATES, render_diff};
pub use robustness::robustness;
pub use terminal::{diff_table, terminal, what_if};

use crate::evaluate::{Applicant, Evaluation};
use crate::output::{Content, OutputFile};

/// Which pages to render, and where a secretariat keeps its own templates.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub langs: Vec<Lang>,
    pub templates: Option<std::path::PathBuf>,
}

impl RenderOptions {
    /// The language of results.xlsx: the first one asked for, as a
    /// secretariat names the language it works in first.
    pub fn spreadsheet_lang(&self) -> Lang {
        self.langs.first().copied().unwrap_or(Lang::Sq)
    }
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            langs: Lang::ALL.to_vec(),
            templates: None,
        }
    }
}

/// The report folder's data files, each with the renderer that makes it:
/// a closed list, so a new output is a new variant the compiler leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataFile {
    ResultsCsv,
    InputsCsv,
    ResultsJson,
    ResultsXlsx,
}

impl DataFile {
    pub const ALL: [DataFile; 4] = [
        DataFile::ResultsCsv,
        DataFile::InputsCsv,
        DataFile::ResultsJson,
        DataFile::ResultsXlsx,
    ];

    pub fn name(self) -> &'static str {
        match self {
            DataFile::ResultsCsv => "results.csv",
            DataFile::InputsCsv => "inputs.csv",
            DataFile::ResultsJson => "results.json",
            DataFile::ResultsXlsx => "results.xlsx",
        }
    }

    /// The file's content; results.json is streamed to disk, not held.
    /// results.xlsx is for people, so it speaks `lang`, the report's first
    /// language; the CSV and JSON files are for tools and stay English.
    fn content(self, eval: &Evaluation, lang: Lang) -> Result<Content<'_>, RenderError> {
        Ok(match self {
            DataFile::ResultsCsv => Content::Bytes(csv::results(eval)?),
            DataFile::InputsCsv => Content::Bytes(csv::inputs(eval)?),
            DataFile::ResultsJson => Content::Stream(Box::new(|w| json::write(eval, w))),
            DataFile::ResultsXlsx => Content::Bytes(xlsx::results(eval, lang)?),
        })
    }
}

/// Every file [`render`] writes.
pub fn file_names(eval: &Evaluation, options: &RenderOptions) -> Vec<String> {
    let mut names = html::file_names(eval, &options.langs);
    names.extend(DataFile::ALL.iter().map(|f| f.name().to_string()));
    names
}

/// Renders every file of the report folder into `sink`, the scorecards and
/// the data files side by side and the scorecards in parallel; `sink` is called from
/// several threads, each file as soon as it is ready, so a large edition
/// never holds the whole report in memory.
pub fn render<E: From<RenderError> + Send>(
    eval: &Evaluation,
    options: &RenderOptions,
    sink: &(dyn Fn(OutputFile) -> Result<(), E> + Sync),
) -> Result<(), E> {
    let data = || {
        DataFile::ALL.iter().try_for_each(|&file| {
            sink(OutputFile {
                name: file.name().to_string(),
                content: file.content(eval, options.spreadsheet_lang())?,
            })
        })
    };
    html::render(
        eval,
        &options.langs,
        options.templates.as_deref(),
        sink,
        data,
    )
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("cannot render CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("cannot render results.xlsx: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("template error: {0}")]
    Template(String),
    #[error(transparent)]
    Catalogue(#[from] crate::i18n::CatalogueError),
    #[error("cannot read back the evidence rows kept in a temporary file: {0}")]
    Evidence(#[from] std::io::Error),
}

/// Said in every output built from sample workbooks.
pub const SAMPLE_NOTICE: &str = "The evidence in these submissions is a FICTIONAL SAMPLE: real institution names, invented data. It says nothing about how these institutions actually apply the law.";

/// The applicant's name for one-line listings: Albanian, else Serbian.
pub fn display_name(a: &Applicant) -> &str {
    let i = &a.institution;
    i.name_sq
        .as_deref()
        .or(i.name_sr.as_deref())
        .unwrap_or(&i.id)
}

/// Why an applicant is not ranked, in `m`'s language.
pub fn ineligible_reason(
    m: &crate::i18n::Messages,
    c: &crate::criteria::Criteria,
    why: &crate::evaluate::Ineligible,
    kind: &str,
) -> String {
    use crate::evaluate::Ineligible;
    match why {
        Ineligible::NoMunicipality => m.get("reason_no_municipality").to_string(),
        Ineligible::UnknownMunicipality { written } => {
            m.fill("reason_unknown_municipality", &[("municipality", written)])
        }
        Ineligible::Kind => {
            let kind = c
                .kinds
                .iter()
                .find(|k| k.id == kind)
                .map_or_else(|| kind.to_string(), |k| m.text(&k.name));
            m.fill(
                "reason_ineligible",
                &[("kind", &kind), ("edition", &c.edition.to_string())],
            )
        }
    }
}

/// How much of an evidence score rests on observed and on declared
/// evidence, in `m`'s language: one wording for the scorecards and the
/// terminal's `validate`.
pub fn observed_parts(m: &crate::i18n::Messages, share: &crate::scoring::ObservedShare) -> String {
    m.fill(
        "observed_parts",
        &[
            ("observed", &m.number(&share.observed.to_string())),
            ("declared", &m.number(&share.declared.to_string())),
        ],
    )
}
