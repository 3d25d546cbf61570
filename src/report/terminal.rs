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
        for (o, tier) in cat.outcomes.iter().zip(&c.tiers) {
            let names = |list: &[usize]| -> Vec<String> {
                list.iter()
                    .filter_map(|&e| eval.applicants.get(e))
                    .map(|a| display_name(a).to_string())
                    .collect()
            };
            let mut line = match names(&o.recipients) {
                r if r.is_empty() && o.tied_for_last.is_empty() => "no award".to_string(),
                r => r.join(", "),
            };
            if !o.tied_for_last.is_empty() {
                let _ = write!(
                    line,
                    "{}tied for the last place, the jury decides: {}",
                    if o.recipients.is_empty() { "" } else { "; " },
                    names(&o.tied_for_last).join(", ")
                );
            }
            if o.close {
                line.push_str(" (close result)");
            }
            let _ = writeln!(out, "  {}: {line}", tier.name.en);
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

/// One institution's scorecard in the terminal, in the reader's language:
/// every criterion and indicator with value, weight and points (which add up
/// to the total), then the evidence rows. `None` when no applicant has `id`.
/// A field of a JSON view, or null: views are built here, so a missing
/// field is a bug that shows as an empty cell rather than a crash.
fn f<'a>(v: &'a serde_json::Value, key: &str) -> &'a serde_json::Value {
    v.get(key).unwrap_or(&serde_json::Value::Null)
}

pub fn explain(
    eval: &Evaluation,
    id: &str,
    lang: crate::i18n::Lang,
) -> Result<Option<String>, super::RenderError> {
    let wanted = crate::text::fold(id);
    let Some(entry) = eval
        .applicants
        .iter()
        .position(|a| crate::text::fold(&a.institution.id) == wanted)
    else {
        return Ok(None);
    };
    let Some(card) = super::scorecard_view(eval, lang, entry)? else {
        return Ok(None);
    };
    let s = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
    let m = |key: &str| s(f(f(&card, "m"), key));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {}",
        s(f(f(&card, "name"), "text")),
        s(f(&card, "category"))
    );
    let _ = writeln!(
        out,
        "{}: {} / 100 · {}: {} · {}: {}",
        m("total"),
        s(f(&card, "total")),
        m("band"),
        s(f(&card, "band")),
        m("rank"),
        s(f(&card, "standing"))
    );
    let _ = writeln!(
        out,
        "\n{:<52} {:>8} {:>8} {:>7} {:>8}",
        m("score_breakdown"),
        m("value"),
        m("score"),
        m("weight"),
        m("contribution")
    );
    for c in f(&card, "criteria").as_array().into_iter().flatten() {
        let _ = writeln!(
            out,
            "{:<52} {:>8} {:>8} {:>7} {:>8}",
            pad(&s(f(c, "name")), 52),
            "",
            s(f(c, "score")),
            s(f(c, "weight")),
            s(f(c, "contribution"))
        );
        for i in f(c, "indicators").as_array().into_iter().flatten() {
            let _ = writeln!(
                out,
                "  {:<50} {:>8} {:>8} {:>7} {:>8}",
                pad(&s(f(i, "name")), 50),
                s(f(i, "value")),
                s(f(i, "score")),
                s(f(i, "weight")),
                s(f(i, "contribution"))
            );
        }
    }
    let _ = writeln!(
        out,
        "{:<52} {:>8} {:>8} {:>7} {:>8}",
        m("total"),
        "",
        "",
        "100",
        s(f(&card, "total"))
    );
    let _ = writeln!(out, "\n{}", m("evidence"));
    for c in f(&card, "criteria").as_array().into_iter().flatten() {
        for i in f(c, "indicators").as_array().into_iter().flatten() {
            let _ = writeln!(out, "\n{}: {}", s(f(c, "name")), s(f(i, "name")));
            if let Some(status) = f(i, "status").as_str() {
                let _ = writeln!(out, "  {status}");
            }
            for e in f(i, "evidence").as_array().into_iter().flatten() {
                let mark = if f(e, "met").as_bool().unwrap_or(false) {
                    "✓"
                } else {
                    "✗"
                };
                let _ = writeln!(
                    out,
                    "  {mark} {:<22} {} — {}",
                    s(f(e, "place")),
                    s(f(e, "label")),
                    s(f(e, "note"))
                );
                for r in f(e, "remarks").as_array().into_iter().flatten() {
                    let _ = writeln!(out, "    ⚠ {}", s(r));
                }
            }
            if let Some(more) = f(i, "hidden_rows").as_str() {
                let _ = writeln!(out, "  {more}");
            }
        }
    }
    Ok(Some(out))
}

/// The edition-over-edition comparison as a terminal table.
pub fn diff_table(c: &crate::diff::Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Edition {} compared with {}",
        c.new_edition, c.old_edition
    );
    if let Some(reason) = &c.criteria_differ {
        let _ = writeln!(out, "NOTE: {reason}; totals are not strictly comparable.");
    }
    let rank = |r: Option<u64>| r.map_or_else(|| "—".to_string(), |r| r.to_string());
    let _ = writeln!(
        out,
        "\n  {} {:>8} {:>8} {:>8}  {:<22} {:>7}",
        pad("Institution", 40),
        c.old_edition,
        c.new_edition,
        "change",
        "band",
        "rank"
    );
    for ch in &c.changes {
        let band = format!("{} → {}", ch.old.band, ch.new.band);
        let _ = writeln!(
            out,
            "{} {} {:>8.2} {:>8.2} {:>+8.2}  {:<22} {:>7}",
            if ch.fell { "↓" } else { " " },
            pad(&ch.new.name, 40),
            ch.old.total,
            ch.new.total,
            ch.total_change,
            band,
            format!("{} → {}", rank(ch.old.rank), rank(ch.new.rank))
        );
    }
    let fallen: Vec<&str> = c
        .fallen_recipients()
        .map(|ch| ch.new.name.as_str())
        .collect();
    let _ = writeln!(
        out,
        "\nEarlier recipients whose band fell: {}",
        if fallen.is_empty() {
            "none".to_string()
        } else {
            fallen.join(", ")
        }
    );
    let names = |list: &[crate::diff::Standing]| {
        if list.is_empty() {
            "none".to_string()
        } else {
            list.iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let _ = writeln!(out, "New applicants: {}", names(&c.new_applicants));
    let _ = writeln!(out, "No longer present: {}", names(&c.missing));
    out
}
