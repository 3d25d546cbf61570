//! The short summary printed after a run: a ranked table per category and a
//! line per file that needs attention.

use super::{display_name, jury};
use crate::evaluate::{Evaluation, Outcome, Role};
use crate::ix::{ApplicantIx, PerApplicant};
use crate::ranking::{CategoryRanking, Placed, tie_break_id};
use std::fmt::Write;

pub(super) fn pad(s: &str, width: usize) -> String {
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
    if let Some(line) = what_if(eval) {
        let _ = writeln!(out, "{line}");
    }
    if eval.has_sample_evidence() {
        let _ = writeln!(out, "NOTE: {}", super::SAMPLE_NOTICE);
    }
    if jury::unread(eval) {
        let _ = writeln!(
            out,
            "PROVISIONAL: the criteria give the jury {}% of the total, but no jury marks were read; every total is the evidence score alone.",
            c.jury.as_ref().map_or(0.0, |j| j.jury_weight)
        );
    }
    // With marks read, the table shows what the total is made of; with
    // provenance, how much of the evidence score the monitors observed.
    let columns = Columns {
        split: jury::read(eval),
        observed: c.provenance.is_some(),
    };
    if columns.observed {
        let _ = writeln!(out, "{OBSERVED_NOTE}");
    }
    for cat in &eval.ranking.categories {
        category(&mut out, eval, cat, columns);
    }
    let english = crate::i18n::Messages::load(crate::i18n::Lang::En).ok();
    for &e in &eval.ranking.ineligible {
        if let Some(a) = eval.applicants.at(e) {
            let why = english.as_ref().map_or_else(
                || a.institution.kind.clone(),
                |m| super::ineligible_reason(m, c, a.why_ineligible(), &a.institution.kind),
            );
            let _ = writeln!(out, "\nnot ranked: {} ({}): {why}", display_name(a), a.file);
        }
    }
    attention(&mut out, eval, verbose);
    let _ = writeln!(out);
    if let Some(line) = jury_line(eval) {
        let _ = writeln!(out, "{line}");
    }
    let [total, scored, warned, rejected, skipped] = jury::counts(eval, Role::Submission);
    let _ = writeln!(
        out,
        "{total} input file(s): {scored} scored, {warned} scored with warnings, {rejected} rejected, {skipped} skipped"
    );
    let [total, counted, warned, rejected, skipped] = jury::counts(eval, Role::JurySheet);
    if total > 0 {
        let _ = writeln!(
            out,
            "{total} jury sheet(s): {counted} marks counted, {warned} marks counted with warnings, {rejected} rejected, {skipped} skipped"
        );
    }
    out
}

/// The line that says a run is a what-if run, with its changes to the
/// criteria file; `None` for the edition's own run.
pub fn what_if(eval: &Evaluation) -> Option<String> {
    let changes: Vec<String> = eval
        .criteria
        .overrides
        .iter()
        .map(|a| change(&a.set.path.to_string(), &a.set.value, a.previous.as_deref()))
        .collect();
    (!changes.is_empty()).then(|| {
        format!(
            "WHAT-IF RUN: {} with {}; not the edition's result.",
            eval.criteria_file,
            changes.join(", ")
        )
    })
}

/// “criteria.communication.weight = 45 (was 40)”; a block the value
/// replaced on one line.
fn change(path: &str, value: &str, previous: Option<&str>) -> String {
    match previous {
        Some(previous) => {
            let previous: Vec<&str> = previous.split_whitespace().collect();
            format!("{path} = {value} (was {})", previous.join(" "))
        }
        None => format!("{path} = {value} (not in the file)"),
    }
}

/// Says what the "Observed" column holds, once above the tables; the rest of
/// the evidence score rests on what the applicant declared.
const OBSERVED_NOTE: &str =
    "Observed: the part of the evidence score resting on the monitors' own observation";

/// The columns a ranked table has besides rank, name, total, band and
/// criteria.
#[derive(Clone, Copy)]
struct Columns {
    /// The evidence and jury parts of the total.
    split: bool,
    /// The part of the evidence score resting on observed evidence.
    observed: bool,
}

impl Columns {
    /// The header row of a table of `who` (institutions or nominees) with
    /// these columns and one per criterion.
    fn header(self, who: &str, criteria: &[crate::criteria::Criterion]) -> String {
        let mut head = format!("  {:<5} {}", "Rank", pad(who, 40));
        if self.split {
            let _ = write!(head, " {:>8}", "Evidence");
        }
        if self.observed {
            let _ = write!(head, " {:>8}", "Observed");
        }
        if self.split {
            let _ = write!(head, " {:>7}", "Jury");
        }
        let _ = write!(head, " {:>7}  {}", "Total", pad("Band", 9));
        for k in criteria {
            let _ = write!(head, " {:>13}", k.id);
        }
        head.trim_end().to_string()
    }
}

/// One category: its ranked table, its awards, and the applicants awaiting
/// jury marks or excluded by a gate.
fn category(out: &mut String, eval: &Evaluation, cat: &CategoryRanking, columns: Columns) {
    let c = &eval.criteria.criteria;
    let Some(spec) = c.categories.iter().find(|k| k.id == cat.category) else {
        return;
    };
    let mut title = format!("\n{} ({} ranked", spec.name.en, cat.placed.len());
    if !cat.awaiting.is_empty() {
        let _ = write!(title, ", {} awaiting jury marks", cat.awaiting.len());
    }
    let jury_only = spec.jury_only();
    if jury_only {
        title.push_str("; the total is the jury's mark alone");
    }
    title.push(')');
    if !cat.awaiting.is_empty() {
        title.push_str(" — PROVISIONAL");
    }
    let _ = writeln!(out, "{title}");
    // A nominee has no evidence, so neither its parts nor its criteria.
    let (columns, criteria) = match jury_only {
        true => (
            Columns {
                split: false,
                observed: false,
            },
            &[][..],
        ),
        false => (columns, &c.criteria[..]),
    };
    let who = if jury_only { "Nominee" } else { "Institution" };
    let _ = writeln!(out, "{}", columns.header(who, criteria));
    for line in cat
        .placed
        .iter()
        .filter_map(|p| ranked_line(eval, p, columns))
    {
        let _ = writeln!(out, "{line}");
    }
    for (o, tier) in cat.outcomes.iter().zip(&c.tiers) {
        let names = |list: &[ApplicantIx]| -> Vec<String> {
            list.iter()
                .filter_map(|&e| eval.applicants.at(e))
                .map(|a| display_name(a).to_string())
                .collect()
        };
        let mut line = match names(&o.recipients) {
            r if r.is_empty() && o.tied_for_last.is_empty() && jury::provisional(eval, cat) => {
                "pending the jury's marks".to_string()
            }
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
        match jury::tie_decided(eval, cat, o) {
            Some(by) => {
                let _ = write!(
                    line,
                    " (equal total with the next applicant; tie broken by {})",
                    tie_break_id(c, by)
                );
            }
            None if o.close => line.push_str(" (close result)"),
            None => {}
        }
        let _ = writeln!(out, "  {}: {line}", tier.name.en);
    }
    for &e in &cat.awaiting {
        let Some(a) = eval.applicants.at(e) else {
            continue;
        };
        let _ = writeln!(
            out,
            "  …     {} awaiting jury marks: {}",
            pad(display_name(a), 40).trim_end(),
            short_of_marks(eval, e)
        );
    }
    for &e in &cat.excluded {
        let Some(a) = eval.applicants.at(e) else {
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

/// A ranked applicant's row of the table, with the `columns` of its header.
fn ranked_line(eval: &Evaluation, p: &Placed, columns: Columns) -> Option<String> {
    let c = &eval.criteria.criteria;
    let a = eval.applicants.at(p.entry)?;
    let rank = format!("{}{}", p.rank, if p.tied { "=" } else { "" });
    let band = c.bands.get(a.card.band).map_or("", |b| b.name.en.as_str());
    let mut line = format!("  {rank:<5} {}", pad(display_name(a), 40));
    if columns.split {
        let _ = write!(line, " {:>8}", a.card.evidence.to_string());
    }
    if columns.observed {
        let observed = a
            .card
            .observed
            .map_or_else(|| "—".into(), |o| o.observed.to_string());
        let _ = write!(line, " {observed:>8}");
    }
    if columns.split {
        let jury_score = a
            .card
            .jury
            .map_or_else(|| "—".into(), |j| j.score.to_string());
        let _ = write!(line, " {jury_score:>7}");
    }
    let _ = write!(line, " {:>7}  {}", a.card.total.to_string(), pad(band, 9));
    for k in &a.card.criteria {
        let _ = write!(line, " {:>13}", k.score.to_string());
    }
    if let Some(by) = p.decided_by {
        let _ = write!(line, "  (tie broken by {})", tie_break_id(c, by));
    }
    if jury::card(eval, p.entry).is_some_and(|j| j.consensus) {
        line.push_str("  [consensus meeting]");
    }
    Some(line.trim_end().to_string())
}

/// The files that need attention, one line each: rejected, scored with
/// warnings, and with `verbose` skipped too and every finding.
fn attention(out: &mut String, eval: &Evaluation, verbose: bool) {
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
}

/// The criteria for which an applicant has too few jury marks, with counts.
fn short_of_marks(eval: &Evaluation, entry: ApplicantIx) -> String {
    let c = &eval.criteria.criteria;
    let min = c.jury.as_ref().map_or(0, |j| j.min_marks);
    let Some(card) = jury::card(eval, entry) else {
        return "pending the jury's marks".to_string();
    };
    jury::short_of_marks(card)
        .map(|(k, j)| format!("{} {} of {min}", jury::aspect_id(c, k), j.marks.len()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One line on the jury: sheets read, jurors missing, recusals, consensus
/// flags; or that its marks were not read. `None` without a jury.
fn jury_line(eval: &Evaluation) -> Option<String> {
    let spec = eval.criteria.criteria.jury.as_ref()?;
    let Some(results) = &eval.jury else {
        return jury::unread(eval).then(|| {
            "Jury: no marks read; totals are the evidence score alone and every outcome is PROVISIONAL".to_string()
        });
    };
    let jurors = spec.jurors.len();
    let mut line = format!(
        "Jury: {} of {jurors} juror sheet(s) read",
        jurors.saturating_sub(results.missing.len())
    );
    if !results.missing.is_empty() {
        let missing: Vec<&str> = results
            .missing
            .iter()
            .map(|&j| jury::juror_id(eval, j))
            .collect();
        let _ = write!(line, " (missing: {})", missing.join(", "));
    }
    let _ = write!(line, ", {} recusal(s)", results.recusals.len());
    let flagged: Vec<&str> = eval
        .applicants
        .indexed()
        .filter(|&(e, _)| jury::card(eval, e).is_some_and(|j| j.consensus))
        .map(|(_, a)| a.institution.id.as_str())
        .collect();
    match flagged.is_empty() {
        true => line.push_str(", no consensus meeting needed"),
        false => {
            let _ = write!(line, ", consensus meeting: {}", flagged.join(", "));
        }
    }
    Some(line)
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The edition-over-edition comparison as a terminal table.
pub fn diff_table(c: &crate::diff::Comparison) -> String {
    let mut out = String::new();
    // A what-if side is named so, not by its edition: a what-if run of the
    // same edition would otherwise head both columns "2026".
    let side = |edition: i64, overrides: &[crate::results::Override]| match overrides {
        [] => format!("edition {edition}"),
        _ => format!("what-if {edition}"),
    };
    let (old, new) = (
        side(c.old_edition, &c.old_overrides),
        side(c.new_edition, &c.new_overrides),
    );
    if c.old_overrides.is_empty() && c.new_overrides.is_empty() {
        let _ = writeln!(
            out,
            "Edition {} compared with {}",
            c.new_edition, c.old_edition
        );
    } else {
        let _ = writeln!(out, "{} compared with {old}", capitalise(&new));
    }
    if let Some(reason) = &c.criteria_differ {
        let _ = writeln!(out, "NOTE: {reason}; totals are not strictly comparable.");
    }
    for (side, overrides) in [("earlier", &c.old_overrides), ("newer", &c.new_overrides)] {
        let changes: Vec<String> = overrides
            .iter()
            .map(|o| change(&o.path, &o.value, o.previous.as_deref()))
            .collect();
        if !changes.is_empty() {
            let _ = writeln!(
                out,
                "WHAT-IF: the {side} results come from a what-if run with {}.",
                changes.join(", ")
            );
        }
    }
    let rank = |r: Option<u64>| r.map_or_else(|| "—".to_string(), |r| r.to_string());
    let column = |label: &str| match label.strip_prefix("edition ") {
        Some(year) => year.to_string(),
        None => "what-if".to_string(),
    };
    let _ = writeln!(
        out,
        "\n  {} {:>8} {:>8} {:>8}  {:<22} {:>7}",
        pad("Institution", 40),
        column(&old),
        column(&new),
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
    let moved: Vec<&crate::diff::Change> =
        c.changes.iter().filter(|ch| !ch.moved.is_empty()).collect();
    if !moved.is_empty() {
        let _ = writeln!(
            out,
            "\nChanges of status (recommendations and other numbered rows):"
        );
    }
    for ch in moved {
        let rows: Vec<String> = ch.moved.iter().map(moved_row).collect();
        let _ = writeln!(out, "  {}: {}", ch.new.name, rows.join("; "));
    }
    out
}

/// “R-2024-03 Partly implemented → Implemented”, or “R-2026-01 new:
/// Not implemented”, in English.
fn moved_row(m: &crate::diff::Moved) -> String {
    let name = |s: &crate::diff::RowStatus| {
        s.name
            .as_ref()
            .map_or_else(|| s.status.clone(), |t| t.en.to_string())
    };
    match &m.old {
        Some(old) => format!("{} {} → {}", m.new.id, name(old), name(&m.new)),
        None => format!("{} new: {}", m.new.id, name(&m.new)),
    }
}
