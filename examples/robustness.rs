//! The robustness analysis alone, on N applicants of one category with
//! varied indicator shares, so its cost can be read apart from reading the
//! workbooks.
//!
//! ```text
//! cargo run --release --example robustness -- [N]
//! ```
//!
//! Prints the number of draws, the applicants and the seconds the analysis
//! took (the criteria's `robustness` section: 1,000 draws in 2026).

use langaward::criteria::parse;
use langaward::ranking::{Entry, rank};
use langaward::robustness::analyse;
use langaward::scoring::{CriterionScore, GateResult, IndicatorScore, Score, Scorecard, Status};
use std::error::Error;
use std::time::Instant;

fn main() -> Result<(), Box<dyn Error>> {
    let n: usize = std::env::args().nth(1).map_or(Ok(2000), |a| a.parse())?;
    let (c, _) = parse(include_bytes!("../criteria/2026.yaml"))
        .map_err(|d| format!("{} problem(s) in the bundled criteria", d.len()))?;
    let settings = c
        .robustness
        .ok_or("the bundled criteria have no robustness section")?;
    // A deterministic spread of shares, different per applicant and indicator.
    let share = |a: usize, i: usize| ((a * 37 + i * 11) % 101) as f64;
    let cards: Vec<Scorecard> = (0..n)
        .map(|a| {
            let criteria: Vec<CriterionScore> = c
                .criteria
                .iter()
                .enumerate()
                .map(|(k, spec)| CriterionScore {
                    id: spec.id.clone(),
                    score: Score::round(share(a, k), 2),
                    weight: spec.weight,
                    band: langaward::ix::BandIx::new(0),
                    contribution: Score::zero(2),
                    indicators: spec
                        .indicators
                        .iter()
                        .enumerate()
                        .map(|(i, ind)| IndicatorScore {
                            id: ind.id.clone(),
                            status: Status::Scored,
                            sheet: String::new(),
                            rows: 1,
                            met: 0,
                            earned: None,
                            weighted: None,
                            score: Score::round(share(a, k * 7 + i), 2),
                            weight: ind.weight,
                            effective_weight: 0.0,
                            contribution: Score::zero(2),
                            evidence: Vec::new(),
                        })
                        .collect(),
                })
                .collect();
            let total = share(a, 0);
            Scorecard {
                total: Score::round(total, 2),
                evidence: Score::round(total, 2),
                jury: None,
                observed: None,
                band: c.band_for(total).unwrap_or(0),
                criteria,
                gates: vec![GateResult {
                    id: "g".into(),
                    passed: true,
                    found: 1,
                    min: 1,
                }],
            }
        })
        .collect();
    let ids: Vec<String> = (0..n).map(|a| format!("inst-{a}")).collect();
    let entries: Vec<Entry> = cards
        .iter()
        .zip(&ids)
        .map(|(card, id)| Entry {
            id,
            category: Some(0),
            card,
            awaiting: false,
        })
        .collect();
    let ranking = rank(&c, &entries);
    let refs: Vec<&Scorecard> = cards.iter().collect();
    let start = Instant::now();
    let analysis = analyse(&c, &settings, &ranking, &refs);
    let seconds = start.elapsed().as_secs_f64();
    let ranked: usize = analysis.categories.iter().map(|k| k.applicants.len()).sum();
    println!(
        "{} draws, {ranked} applicants: {seconds:.3} s",
        analysis.draws
    );
    Ok(())
}
