//! The short summary printed after a run: a ranked table per category and a
//! line per file that needs attention.

use super::display_name;
use crate::evaluate::{Evaluation, Outcome};
use std::fmt::Write;

fn pad(s: &str, width: usize) -> String {
    let (mut s, cut) = crate::text::truncate(s, width);
    if cut {
        s.pop();
        s.push('…');
    }
    let len = s.chars().count();
    s + &" ".repeat(width.saturating_sub(len))
}

pub fn terminal(eval: &Evaluation, verbose: bool) -> String {
    let c = &eval.criteria.criteria;
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}", c.award.en, c.edition);
    if eval.has_sample_evidence() {
        let _ = writeln!(out, "NOTE: {}", super::SAMPLE_NOTICE);
    }
    for cat in &eval.ranking.categories {
        let Some(spec) = c.categories.iter().find(|k| k.id == cat.category) else {
            continue;
        };
        let _ = writeln!(out, "\n{} ({} ranked)", spec.name.en, cat.placed.len());
        let mut head = format!(
            "  {:<5} {} {:>7}  {}",
            "Rank",
            pad("Institution", 40),
            "Total",
            pad("Band", 9)
        );
        for k in &c.criteria {
            let _ = write!(head, " {:>13}", k.id);
        }
        let _ = writeln!(out, "{}", head.trim_end());
        for p in &cat.placed {
            let Some(a) = eval.applicants.get(p.entry) else {
                continue;
            };
            let rank = format!("{}{}", p.rank, if p.tied { "=" } else { "" });
            let band = c.bands.get(a.card.band).map_or("", |b| b.name.en.as_str());
            let mut line = format!(
                "  {rank:<5} {} {:>7}  {}",
                pad(display_name(a), 40),
                a.card.total.to_string(),
                pad(band, 9)
            );
            for k in &a.card.criteria {
                let _ = write!(line, " {:>13}", k.score.to_string());
            }
            if let Some(by) = &p.decided_by {
                let _ = write!(line, "  (tie broken by {by})");
            }
            let _ = writeln!(out, "{}", line.trim_end());
        }
        for &e in &cat.excluded {
            let Some(a) = eval.applicants.get(e) else {
                continue;
            };
            let failed = a.card.failed_gates();
            let _ = writeln!(
                out,
                "  —     {} excluded: failed gate {}",
                pad(display_name(a), 40).trim_end(),
                failed.join(", ")
            );
        }
    }
    for &e in &eval.ranking.ineligible {
        if let Some(a) = eval.applicants.get(e) {
            let _ = writeln!(
                out,
                "\nineligible: {} ({}): no category admits kind '{}' in {}",
                display_name(a),
                a.file,
                a.institution.kind,
                c.edition
            );
        }
    }
    let attention: Vec<_> = eval
        .inputs
        .iter()
        .filter(|i| {
            matches!(i.outcome, Outcome::Rejected | Outcome::ScoredWithWarnings)
                || (verbose && i.outcome == Outcome::Skipped)
        })
        .collect();
    if !attention.is_empty() {
        let _ = writeln!(out);
    }
    for i in attention {
        let first = i
            .findings
            .first()
            .map(ToString::to_string)
            .unwrap_or_default();
        let more = i.findings.len().saturating_sub(1);
        let label = match i.outcome {
            Outcome::ScoredWithWarnings => "warning",
            other => other.as_str(),
        };
        let _ = write!(out, "{label:<9} {}: {first}", i.file);
        if more > 0 && !verbose {
            let _ = write!(out, " (and {more} more)");
        }
        let _ = writeln!(out);
        if verbose {
            for f in i.findings.iter().skip(1) {
                let _ = writeln!(out, "          {f}");
            }
        }
    }
    let counts = |o: Outcome| eval.inputs.iter().filter(|i| i.outcome == o).count();
    let _ = writeln!(
        out,
        "\n{} input file(s): {} scored, {} scored with warnings, {} rejected, {} skipped",
        eval.inputs.len(),
        counts(Outcome::Scored),
        counts(Outcome::ScoredWithWarnings),
        counts(Outcome::Rejected),
        counts(Outcome::Skipped)
    );
    out
}
