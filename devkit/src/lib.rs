//! What langaward's tests, samples and benchmark need to make and edit workbooks.
//!
//! The bundled sample, the benchmark corpus and the integration tests all write
//! submissions in the bundled criteria's layout and edit juror sheets and criteria
//! text the same way; keeping that here gives each of them one copy to follow when
//! `criteria/2026.yaml` changes.
//!
//! This crate does not depend on `langaward`: the library's unit tests use it (for
//! [`criteria_with`]), and a dev-dependency depending back on the library would link a
//! second copy of it. What needs langaward's API (evaluating, writing blank juror
//! sheets) stays with the example or test that calls it.

pub mod corpus;
mod criteria;
pub mod juror_sheets;
pub mod layout;
pub mod samples;
pub mod xlsx;

pub use criteria::{criteria_with, without_nominees};

/// The generators' error: any failure ends the run with its message.
pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;
