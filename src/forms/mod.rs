//! The workbooks langaward hands out, built from the criteria and the
//! evaluation: the applicants' blank template and the jurors' marking
//! sheets. They sit above the pipeline (criteria → … → evaluate), which
//! reads what people fill into them but never depends on how they are drawn.

pub mod applicant;
pub mod juror;
