//! `langaward explain`: one institution's scorecard in the terminal, in the
//! reader's language, read from the same view the scorecard page is made of.

use super::terminal::pad;
use super::view::Page;
use super::view::jury_card::ScorecardJury;
use super::view::scorecard::{self, ScorecardView};
use crate::evaluate::Evaluation;
use crate::i18n::{Lang, Messages};
use crate::ix::PerApplicant;
use std::fmt::Write;

/// Every criterion and indicator with value, weight and points (which add
/// up to the total), the jury's marks, then the evidence rows. `None` when
/// no applicant has `id`.
pub fn explain(
    eval: &Evaluation,
    id: &str,
    lang: Lang,
) -> Result<Option<String>, super::RenderError> {
    let wanted = crate::text::fold(id);
    let Some((entry, a)) = eval
        .applicants
        .indexed()
        .find(|(_, a)| crate::text::fold(&a.institution.id) == wanted)
    else {
        return Ok(None);
    };
    let m = Messages::cached(lang)?;
    let slugs = super::slug::assign(eval);
    let langs = [lang];
    let page = Page::new(eval, m, &langs, &slugs);
    let a = eval.with_evidence(a)?;
    let card = scorecard::view(&page, entry, &a);
    let mut out = String::new();
    headline(&mut out, &card, m);
    if let Some(n) = &card.nominee {
        // A nominee has no evidence: who they are stands in its place.
        let _ = writeln!(out, "{}: {} ({})", n.kind, n.description, n.nominated_by);
        if let Some(fictional) = n.fictional {
            let _ = writeln!(out, "{fictional}");
        }
    } else {
        breakdown(&mut out, &card, m);
    }
    if let Some(jury) = &card.jury {
        jury_marks(&mut out, jury, m);
    }
    if card.nominee.is_none() {
        evidence(&mut out, &card, m);
    }
    Ok(Some(out))
}

/// Name and category; total, band and rank; with a jury, how the total is
/// made; with provenance, how much of the evidence score rests on observed
/// evidence.
fn headline(out: &mut String, card: &ScorecardView, m: &Messages) {
    let _ = writeln!(out, "{} — {}", card.name.text, card.category);
    let _ = writeln!(
        out,
        "{}: {} / 100 · {}: {} · {}: {}",
        m.get("total"),
        card.total,
        m.get("band"),
        card.band,
        m.get("rank"),
        card.standing
    );
    if let Some(share) = card.jury.as_ref().and_then(|j| j.share.as_ref()) {
        let evidence = match card.nominee {
            Some(_) => String::new(),
            None => format!("{}: {} · ", m.get("evidence_score"), card.evidence),
        };
        let _ = writeln!(
            out,
            "{evidence}{}: {} · {}: {}",
            m.get("jury_score"),
            share.score,
            m.get("made_of"),
            share.parts
        );
    }
    if let Some(status) = card.jury.as_ref().and_then(|j| j.status.as_ref()) {
        let _ = writeln!(out, "{}: {status}", m.get("jury_title"));
    }
    if let Some(observed) = &card.observed {
        let _ = writeln!(out, "{}: {observed}", m.get("rests_on"));
    }
}

/// The table of criteria and indicators: value, score, weight and points.
fn breakdown(out: &mut String, card: &ScorecardView, m: &Messages) {
    // As wide as the longest name, so long indicator names are not cut,
    // up to a width that still fits a wide terminal beside the numbers.
    let names = card.criteria.iter().flat_map(|c| {
        std::iter::once(c.name.chars().count())
            .chain(c.indicators.iter().map(|i| i.name.chars().count() + 2))
    });
    let width = names.max().unwrap_or(0).clamp(40, 90);
    let row = |out: &mut String, name: &str, cells: [&str; 4]| {
        let [value, score, weight, contribution] = cells;
        let _ = writeln!(
            out,
            "{name:<width$} {value:>8} {score:>8} {weight:>7} {contribution:>8}"
        );
    };
    out.push('\n');
    row(
        out,
        m.get("score_breakdown"),
        [
            m.get("value"),
            m.get("score"),
            m.get("weight"),
            m.get("contribution"),
        ],
    );
    for c in &card.criteria {
        row(
            out,
            &pad(c.name, width),
            ["", &c.score, &c.weight, &c.contribution],
        );
        for i in &c.indicators {
            let name = format!("  {}", pad(i.name, width - 2));
            row(out, &name, [&i.value, &i.score, &i.weight, &i.contribution]);
        }
    }
    row(out, card.breakdown_total, ["", "", "100", &card.evidence]);
}

/// Every indicator's rows, each met or not with its place and reason.
fn evidence(out: &mut String, card: &ScorecardView, m: &Messages) {
    let _ = writeln!(out, "\n{}", m.get("evidence"));
    for c in &card.criteria {
        for i in &c.indicators {
            let _ = writeln!(out, "\n{}: {}", c.name, i.name);
            if let Some(status) = &i.status {
                let _ = writeln!(out, "  {status}");
            }
            for e in &i.evidence {
                let mark = if e.met { "✓" } else { "✗" };
                let _ = writeln!(out, "  {mark} {:<22} {} — {}", e.place, e.label, e.note);
                for r in &e.remarks {
                    let _ = writeln!(out, "    ⚠ {r}");
                }
            }
            if let Some(more) = &i.hidden_rows {
                let _ = writeln!(out, "  {more}");
            }
        }
    }
}

/// The jury's marks of one scorecard: per criterion each juror's mark with
/// its place, what trimming dropped, the aggregated mark and spread; then
/// recusals and the jury score.
fn jury_marks(out: &mut String, jury: &ScorecardJury, m: &Messages) {
    for (n, k) in jury.criteria.iter().enumerate() {
        if n == 0 {
            let _ = writeln!(out, "\n{}", m.get("jury_marks_title"));
        }
        let mut line = format!(
            "\n{}: {} ({}) {} · {} {}",
            k.name,
            m.get("aggregated"),
            jury.aggregate,
            k.mark.as_deref().unwrap_or("—"),
            m.get("spread"),
            k.spread
        );
        for flag in &k.flags {
            let _ = write!(line, " · {flag}");
        }
        let _ = writeln!(out, "{line}");
        for x in &k.marks {
            let mut line = format!(
                "  {} {:<12} {:>5}",
                if x.trimmed { "✗" } else { "✓" },
                x.juror,
                x.value
            );
            if jury.standardised {
                let _ = write!(line, " → {:>6}", x.used);
            }
            let _ = write!(line, "  {}, {}", x.file, x.cell);
            if x.trimmed {
                let _ = write!(line, " ({})", m.get("trimmed"));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    if !jury.recusals.is_empty() {
        let _ = writeln!(out, "\n{}", m.get("recusals"));
        for r in &jury.recusals {
            let place = match (r.file, &r.cell) {
                (Some(file), Some(cell)) => format!("{file}, {cell}"),
                (Some(file), None) => file.to_string(),
                (None, _) => r.implied.unwrap_or_default().to_string(),
            };
            let _ = writeln!(out, "  {}: {} — {place}", r.juror, r.reason);
        }
    }
    if let Some(share) = &jury.share {
        let _ = writeln!(out, "\n{}: {} / 100", m.get("jury_score"), share.score);
    }
}
