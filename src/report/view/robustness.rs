//! The report's robustness section: per category, the main award's verdict
//! and each applicant's 90 % rank interval as a bar, in the same words as
//! `langaward robustness`.

use super::super::robustness::{about, lines, named, varied};
use super::Page;
use super::lazy::Lazy;
use serde::Serialize;

#[derive(Serialize)]
pub struct RobustnessSection {
    pub about: String,
    /// What was moved besides the weights, a sentence each.
    pub varied: Vec<String>,
    pub categories: Vec<RobustnessCategory>,
}

#[derive(Serialize)]
pub struct RobustnessCategory {
    pub name: String,
    pub verdict: String,
    pub contested: bool,
    /// The number of ranks, the chart's width.
    pub places: usize,
    pub bars: Lazy<RankBar>,
    pub influence: Option<String>,
}

/// One applicant's rank interval: a bar from `low` to `high`, a mark at the
/// median, and the sentence saying so beneath the chart.
#[derive(Serialize)]
pub struct RankBar {
    pub label: String,
    pub low: u32,
    pub high: u32,
    pub median: u32,
    pub line: String,
}

/// Most characters of a name the chart's label column holds; the sentence
/// beneath the chart gives the whole name.
const LABEL_CHARS: usize = 24;

/// `name`, cut to what fits beside the bars, an ellipsis saying it was cut.
fn chart_label(name: &str) -> String {
    match crate::text::truncate(name, LABEL_CHARS) {
        (cut, true) => format!("{}…", cut.trim_end()),
        (whole, false) => whole,
    }
}

/// `None` when the criteria ask for no analysis.
pub(super) fn section(page: &Page) -> Option<RobustnessSection> {
    let (eval, m) = (page.eval, page.m);
    let analysis = eval.robustness.as_ref()?;
    let categories = analysis
        .categories
        .iter()
        .filter(|cat| !cat.applicants.is_empty())
        .map(|cat| {
            let l = lines(eval, m, cat);
            RobustnessCategory {
                name: l.name,
                verdict: l.verdict,
                contested: l.contested,
                places: cat.applicants.len(),
                bars: Lazy::new(
                    cat.applicants
                        .iter()
                        .zip(l.ranks)
                        .map(|(a, line)| RankBar {
                            label: chart_label(&named(eval, m, a.entry)),
                            low: a.low_rank,
                            high: a.high_rank,
                            median: a.median_rank,
                            line,
                        })
                        .collect(),
                ),
                influence: l.influence,
            }
        })
        .collect();
    Some(RobustnessSection {
        about: about(m, analysis),
        varied: varied(m, analysis),
        categories,
    })
}
