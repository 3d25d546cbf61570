//! Renders an evaluation into the files and text people read. Pure: returns
//! bytes and strings; writing is the output module's job.

mod csv;
mod html;
mod json;
mod jury;
pub mod schema;
pub mod slug;
mod terminal;
mod xlsx;

pub use crate::i18n::Lang;
pub use html::{TEMPLATES, render_diff, scorecard_view};
pub use terminal::{diff_table, explain, terminal};

use crate::evaluate::{Applicant, Evaluation};
use crate::output::{Content, OutputFile};

/// Which pages to render, and where a secretariat keeps its own templates.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub langs: Vec<Lang>,
    pub templates: Option<std::path::PathBuf>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            langs: Lang::ALL.to_vec(),
            templates: None,
        }
    }
}

const DATA_FILES: [&str; 4] = ["results.csv", "inputs.csv", "results.json", "results.xlsx"];

/// Every file [`render`] writes, in the same order.
pub fn file_names(eval: &Evaluation, options: &RenderOptions) -> Vec<String> {
    let mut names = html::file_names(eval, &options.langs);
    names.extend(DATA_FILES.iter().map(|n| n.to_string()));
    names
}

/// Renders every file of the report folder, one at a time, into `sink`, so
/// a large edition never holds the whole report in memory.
pub fn render<E: From<RenderError>>(
    eval: &Evaluation,
    options: &RenderOptions,
    sink: &mut dyn FnMut(OutputFile) -> Result<(), E>,
) -> Result<(), E> {
    html::render(eval, &options.langs, options.templates.as_deref(), sink)?;
    for name in DATA_FILES {
        let content = match name {
            "results.csv" => Content::Bytes(csv::results(eval)?),
            "inputs.csv" => Content::Bytes(csv::inputs(eval)?),
            "results.json" => Content::Stream(Box::new(|w| json::write(eval, w))),
            _ => Content::Bytes(xlsx::results(eval)?),
        };
        sink(OutputFile {
            name: name.to_string(),
            content,
        })?;
    }
    Ok(())
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
