//! `langaward robustness`: how robust each category's outcome is to the
//! weights (and to the jury's share and the band bounds, when the criteria
//! vary them), in the terminal and in the reader's language.

use crate::evaluate::Evaluation;
use crate::i18n::{Lang, Messages, Number};
use crate::ix::{ApplicantIx, PerApplicant};
use crate::robustness::{Analysis, CategoryRobustness, SETTLED_SHARE, Verdict, Weight};
use std::fmt::Write;

/// Per category: the main award's verdict, each applicant's median rank
/// and 90 % interval, and the weight that moves the ranking most. `None`
/// when the criteria ask for no analysis.
pub fn robustness(eval: &Evaluation, lang: Lang) -> Result<Option<String>, super::RenderError> {
    let Some(analysis) = &eval.robustness else {
        return Ok(None);
    };
    let m = Messages::cached(lang)?;
    let mut out = String::new();
    let _ = writeln!(out, "{}", m.get("robustness_title"));
    let _ = writeln!(out, "{}", about(m, analysis));
    for line in varied(m, analysis) {
        let _ = writeln!(out, "{line}");
    }
    for cat in &analysis.categories {
        category(&mut out, eval, m, cat);
    }
    Ok(Some(out))
}

pub(super) fn about(m: &Messages, analysis: &Analysis) -> String {
    m.fill(
        "robustness_about",
        &[
            ("draws", &Number::decimal(f64::from(analysis.draws))),
            ("weights", &Number::decimal(analysis.weights)),
        ],
    )
}

/// What the draws moved besides the weights, a sentence each: the jury's
/// share of the total and the band bounds, when the criteria vary them.
pub(super) fn varied(m: &Messages, analysis: &Analysis) -> Vec<String> {
    let sentence = |key: &str, points: Option<f64>| {
        points.map(|p| m.fill(key, &[("points", &Number::decimal(p))]))
    };
    [
        sentence("robustness_about_jury_split", analysis.jury_split),
        sentence("robustness_about_band_bounds", analysis.band_bounds),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// A share of the draws in percent, to a tenth.
fn percent(share: f64) -> Number {
    Number::decimal((share * 1000.0).round() / 10.0)
}

/// The applicant's name as a reader of the page's language sees it
/// elsewhere in the report.
pub(super) fn named(eval: &Evaluation, m: &Messages, entry: ApplicantIx) -> String {
    eval.applicants.at(entry).map_or_else(String::new, |a| {
        super::view::name(a, m.lang()).text.into_owned()
    })
}

/// One category's analysis in words: its name, the main award's verdict,
/// a line per applicant and the most influential weight. The terminal and
/// the report page say the same.
pub(super) struct Lines {
    pub name: String,
    pub verdict: String,
    pub contested: bool,
    pub ranks: Vec<String>,
    pub influence: Option<String>,
}

pub(super) fn lines(eval: &Evaluation, m: &Messages, cat: &CategoryRobustness) -> Lines {
    let c = &eval.criteria.criteria;
    let name = c
        .categories
        .iter()
        .find(|k| k.id == cat.category)
        .map_or_else(|| cat.category.clone(), |k| m.text(&k.name));
    let contender = |&(entry, share): &(ApplicantIx, f64)| {
        m.fill(
            "robustness_contender",
            &[("name", &named(eval, m, entry)), ("share", &percent(share))],
        )
    };
    let verdict = match &cat.main_award {
        Verdict::NoAward => m.get("robustness_no_award").to_string(),
        Verdict::Settled { contenders } => {
            // The winners only: a contender that receives the award in a
            // few draws is in results.json, not in the sentence.
            let winners = contenders.iter().filter(|(_, s)| *s >= SETTLED_SHARE);
            let names: Vec<String> = winners.clone().map(|&(e, _)| named(eval, m, e)).collect();
            let least = winners.map(|(_, s)| *s).fold(1.0, f64::min);
            m.fill(
                "robustness_settled",
                &[("names", &m.list(&names)), ("share", &percent(least))],
            )
        }
        Verdict::Contested { contenders } => {
            let names: Vec<String> = contenders.iter().map(contender).collect();
            m.fill("robustness_contested", &[("names", &m.list(&names))])
        }
    };
    let whole = |r: u32| Number::decimal(f64::from(r));
    let ranks = cat
        .applicants
        .iter()
        .map(|a| {
            m.fill(
                "robustness_ranks",
                &[
                    ("name", &named(eval, m, a.entry)),
                    ("median", &whole(a.median_rank)),
                    ("low", &whole(a.low_rank)),
                    ("high", &whole(a.high_rank)),
                    ("band", &percent(a.band_kept)),
                ],
            )
        })
        .collect();
    let influence = cat.influence.first().filter(|i| i.index > 0.0).map(|top| {
        // Named as the page names criteria and indicators, not by the ids
        // results.json keeps.
        let criterion = |k: crate::ix::CriterionIx| c.criteria.get(k.index());
        let weight = match top.weight {
            Weight::JurySplit => m.get("robustness_jury_split_weight").to_string(),
            Weight::Criterion(k) => criterion(k).map_or_else(String::new, |k| m.text(&k.name)),
            Weight::Indicator(k, i) => criterion(k)
                .and_then(|k| {
                    Some(format!(
                        "{}: {}",
                        m.text(&k.name),
                        m.text(&k.indicators.get(i)?.name)
                    ))
                })
                .unwrap_or_default(),
        };
        m.fill("robustness_influence", &[("weight", &weight)])
    });
    Lines {
        name,
        verdict,
        contested: matches!(cat.main_award, Verdict::Contested { .. }),
        ranks,
        influence,
    }
}

fn category(out: &mut String, eval: &Evaluation, m: &Messages, cat: &CategoryRobustness) {
    let l = lines(eval, m, cat);
    let _ = writeln!(out, "\n{}\n  {}", l.name, l.verdict);
    for line in l.ranks.iter().chain(&l.influence) {
        let _ = writeln!(out, "  {line}");
    }
}
