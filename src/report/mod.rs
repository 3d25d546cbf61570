//! Renders an evaluation into the files and text people read. Pure: returns
//! bytes and strings; writing is the output module's job.

mod csv;
mod json;
mod terminal;

pub use terminal::terminal;

use crate::evaluate::{Applicant, Evaluation};
use crate::output::OutputFile;

/// Every file of the report folder, in a fixed order.
pub fn render(eval: &Evaluation) -> Result<Vec<OutputFile>, RenderError> {
    Ok(vec![
        OutputFile {
            name: "results.csv".into(),
            bytes: csv::results(eval)?,
        },
        OutputFile {
            name: "inputs.csv".into(),
            bytes: csv::inputs(eval)?,
        },
        OutputFile {
            name: "results.json".into(),
            bytes: json::results(eval)?,
        },
    ])
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("cannot render CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("cannot render JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Said in every output built from sample workbooks.
pub const SAMPLE_NOTICE: &str = "The evidence in these submissions is a FICTIONAL SAMPLE: real institution names, invented data. It says nothing about how these institutions actually apply the law.";

/// The applicant's name for one-line listings: Albanian, else Serbian.
pub fn display_name(a: &Applicant) -> &str {
    let i = &a.submission.institution;
    i.name_sq
        .as_deref()
        .or(i.name_sr.as_deref())
        .unwrap_or(&i.id)
}
