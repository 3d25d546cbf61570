//! langaward scores public institutions for the award for good practice in
//! applying the Law on the Use of Languages. The modules follow the flow:
//! criteria → submission → scoring → jury → ranking → evaluate → report and
//! forms; each imports only modules before it.
// The library returns data and errors; only the binary prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod criteria;
pub mod diff;
mod digest;
pub mod evaluate;
pub mod exact;
pub mod forms;
pub mod i18n;
pub mod ix;
pub mod jury;
pub mod output;
pub mod paths;
pub mod ranking;
pub mod report;
pub mod results;
pub mod robustness;
pub mod scoring;
pub mod script;
pub mod submission;
pub mod text;
