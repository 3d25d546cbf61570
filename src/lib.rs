//! langaward scores public institutions for the award for good practice in
//! applying the Law on the Use of Languages. The modules follow the flow:
//! criteria → submission → scoring → ranking → report.

pub mod criteria;
mod digest;
pub mod submission;
mod text;
pub mod scoring;
pub mod ranking;
pub mod evaluate;
pub mod output;
pub mod report;
