//! The jury report page: the outcome, how scores are made, the summary, one
//! ranked table and chart per category, the jury, every input file and the
//! methodology.

use super::chart::{Bar, label_lines};
use super::jury::JurySection;
use super::lazy::Lazy;
use super::{Base, FindingView, Name, Page, name};
use crate::criteria::{Counts, ProvenanceField, TieBreak};
use crate::evaluate::{Applicant, Role};
use crate::i18n::Number;
use crate::ix::{ApplicantIx, PerApplicant, PerCriterion, PerSource};
use serde::Serialize;

#[derive(Serialize)]
pub struct ReportPage<'a> {
    #[serde(flatten)]
    pub base: Base<'a>,
    pub awards: Vec<AwardRow>,
    pub criteria: Vec<CriterionSummary<'a>>,
    pub bands: Vec<BandRule>,
    pub categories: Vec<CategoryView<'a>>,
    pub ineligible: Vec<Listed<'a>>,
    pub files_summary: String,
    pub ties_rule: String,
    pub gates: Vec<String>,
    pub inputs: Vec<InputView<'a>>,
    pub provisional: Vec<String>,
    pub split: bool,
    pub jury: Option<JurySection<'a>>,
    pub robustness: Option<super::robustness::RobustnessSection>,
    pub method_final: Option<Vec<String>>,
    pub method_total: &'a str,
    /// The criteria declare provenance: the ranked tables show the part of
    /// each score resting on observed evidence, the methodology the rule.
    pub observed: bool,
    pub method_provenance: Option<ProvenanceMethod>,
}

/// The methodology's account of provenance: how a row says where it came
/// from, what each source counts for, and how the score is split.
#[derive(Serialize)]
pub struct ProvenanceMethod {
    pub intro: String,
    pub sources: Vec<String>,
    pub rules: Vec<String>,
}

/// One category's award tiers, for the outcome table.
#[derive(Serialize)]
pub struct AwardRow {
    pub name: String,
    pub tiers: Vec<TierView>,
    pub provisional: Option<String>,
}

#[derive(Serialize)]
pub struct TierView {
    pub name: String,
    pub recipients: Vec<String>,
    pub tied: Option<String>,
    pub close: Option<String>,
    /// Said when nobody receives the tier: no award, or pending the jury.
    pub empty: String,
}

#[derive(Serialize)]
pub struct CriterionSummary<'a> {
    pub name: String,
    pub short: String,
    pub weight: String,
    pub indicators: Vec<IndicatorSummary<'a>>,
}

#[derive(Serialize)]
pub struct IndicatorSummary<'a> {
    pub name: String,
    pub weight: String,
    pub method: &'a str,
}

#[derive(Serialize)]
pub struct BandRule {
    pub name: String,
    pub rule: String,
}

#[derive(Serialize)]
pub struct CategoryView<'a> {
    pub id: &'a str,
    pub name: String,
    /// What the total is, above the table: with the jury's marks, or
    /// always for a category the jury alone judges.
    pub total_rule: Option<String>,
    /// The jury alone judges the category: its rows are nominees, with no
    /// evidence or criteria columns.
    pub nominees: bool,
    /// Said when its nominees are invented.
    pub fictional: Option<&'a str>,
    pub awaiting_title: &'a str,
    pub count: usize,
    pub band_counts: Vec<usize>,
    /// The factsheet matrix: each ranked applicant's band per criterion and
    /// total; empty for nominees, who have no criteria.
    pub matrix: Lazy<super::matrix::MatrixRow>,
    pub rows: Lazy<RankedRow>,
    pub chart: Lazy<Bar>,
    pub excluded: Vec<Listed<'a>>,
    pub awaiting: Vec<Listed<'a>>,
}

#[derive(Serialize)]
pub struct RankedRow {
    pub rank: u32,
    pub tied: bool,
    pub name: Name<'static>,
    /// A nominee's kind and what they did.
    pub about: Option<String>,
    pub note: Option<String>,
    pub evidence: String,
    /// Points of the evidence score resting on observed evidence.
    pub observed: Option<String>,
    pub jury: Option<String>,
    pub consensus: bool,
    pub total: String,
    pub band: String,
    pub band_index: usize,
    pub scores: Vec<String>,
    pub scorecard: String,
}

/// An applicant listed with a reason: excluded, awaiting marks, ineligible.
#[derive(Serialize)]
pub struct Listed<'a> {
    pub name: Name<'a>,
    /// A nominee's kind and what they did.
    pub about: Option<String>,
    pub reason: String,
    pub scorecard: String,
}

#[derive(Serialize)]
pub struct InputView<'a> {
    pub file: &'a str,
    pub sha256: Option<&'a str>,
    pub role: &'a str,
    pub outcome: &'a str,
    pub findings: Vec<FindingView>,
}

/// The report page in the page's language.
pub fn page<'a>(page: &'a Page) -> ReportPage<'a> {
    let (eval, m, c) = (page.eval, page.m, page.c());
    let [total, scored, warned, rejected, skipped] =
        super::super::jury::counts(eval, Role::Submission);
    let files_summary = m.fill(
        "files_summary",
        &[
            ("total", &total),
            ("scored", &scored),
            ("warned", &warned),
            ("rejected", &rejected),
            ("skipped", &skipped),
        ],
    );
    ReportPage {
        base: page.base(|l| format!("report.{}.html", l.code())),
        awards: awards(page),
        criteria: criteria(page),
        bands: bands(page),
        categories: categories(page),
        ineligible: eval
            .ranking
            .ineligible
            .iter()
            .filter_map(|&e| {
                let a = eval.applicants.at(e)?;
                Some(listed(page, e, a, page.ineligible_reason(a)))
            })
            .collect(),
        files_summary,
        ties_rule: ties_rule(page),
        gates: gates(page),
        inputs: eval
            .inputs
            .iter()
            .map(|i| InputView {
                file: &i.file,
                sha256: i.sha256.as_deref(),
                role: page.role(i.role),
                outcome: page.input_outcome(i.role, i.outcome),
                findings: i.findings.iter().map(|f| FindingView::new(m, f)).collect(),
            })
            .collect(),
        provisional: page.provisional_notices(),
        split: super::super::jury::read(eval),
        jury: page.jury_section(),
        robustness: super::robustness::section(page),
        method_final: page.method_final(),
        method_total: m.get(if c.jury.is_some() {
            "method_evidence"
        } else {
            "method_total"
        }),
        observed: c.provenance.is_some(),
        method_provenance: method_provenance(page),
    }
}

/// The provenance rule in plain words, from the criteria: the source
/// column and the default, each source's weight (and whether it needs
/// verifying), then how shares and the observed part are made.
fn method_provenance(page: &Page) -> Option<ProvenanceMethod> {
    let (m, c) = (page.m, page.c());
    let p = c.provenance.as_ref()?;
    let column = |field| {
        p.column(field)
            .and_then(|i| p.columns.get(i))
            .map_or_else(String::new, |col| m.text(&col.spec.name))
    };
    let default = p
        .sources
        .at_source(p.default)
        .map_or_else(String::new, |s| m.text(&s.name));
    let sources = p
        .sources
        .iter()
        .map(|s| {
            let kind = m.get(if s.observed {
                "source_observed"
            } else {
                "source_declared"
            });
            let args: [(&str, &dyn crate::i18n::Arg); 4] = [
                ("source", &m.text(&s.name)),
                ("kind", &kind),
                ("weight", &Number::decimal(s.weight)),
                ("column", &column(ProvenanceField::Verified)),
            ];
            match s.counts {
                Counts::Always => m.fill("method_source", &args[..3]),
                Counts::VerifiedOnly => m.fill("method_source_verified", &args),
            }
        })
        .collect();
    Some(ProvenanceMethod {
        intro: m.fill(
            "method_provenance",
            &[
                ("column", &column(ProvenanceField::Source)),
                ("default", &default),
            ],
        ),
        sources,
        rules: vec![
            m.get("method_weighted").to_string(),
            m.get("method_observed").to_string(),
        ],
    })
}

fn listed<'a>(page: &Page, entry: ApplicantIx, a: &'a Applicant, reason: String) -> Listed<'a> {
    Listed {
        name: name(a, page.m.lang()),
        about: page.nominee_line(a),
        reason,
        scorecard: page.scorecard_href(entry, false),
    }
}

fn categories<'a>(page: &'a Page) -> Vec<CategoryView<'a>> {
    let (eval, m, c) = (page.eval, page.m, page.c());
    eval.ranking
        .categories
        .iter()
        .filter_map(|cat| {
            let k = c.categories.iter().position(|k| k.id == cat.category)?;
            let spec = c.categories.get(k)?;
            let nominees = spec.jury_only();
            let mut band_counts = vec![0usize; c.bands.len()];
            let (mut rows, mut chart, mut matrix) = (Vec::new(), Vec::new(), Vec::new());
            for p in &cat.placed {
                let Some(a) = eval.applicants.at(p.entry) else {
                    continue;
                };
                if let Some(n) = band_counts.get_mut(a.card.band) {
                    *n += 1;
                }
                let (row, bar) = ranked_row(page, p, a);
                // Nominees have no criteria, so no row of the matrix.
                if !nominees {
                    let shared = super::matrix::Shared {
                        name: &row.name,
                        scorecard: &row.scorecard,
                        total: &row.total,
                        scores: &row.scores,
                    };
                    matrix.push(super::matrix::row(page, a, shared));
                }
                rows.push(row);
                chart.push(bar);
            }
            let list = |entries: &[ApplicantIx],
                        reason: &dyn Fn(ApplicantIx, &Applicant) -> String| {
                entries
                    .iter()
                    .filter_map(|&e| {
                        let a = eval.applicants.at(e)?;
                        Some(listed(page, e, a, reason(e, a)))
                    })
                    .collect()
            };
            Some(CategoryView {
                id: &spec.id,
                name: m.text(&spec.name),
                total_rule: page.total_rule(k),
                nominees,
                fictional: page.fictional_nominees(k),
                awaiting_title: m.get(if nominees {
                    "awaiting_pending_title"
                } else {
                    "awaiting_title"
                }),
                count: rows.len(),
                band_counts,
                matrix: Lazy::new(matrix),
                rows: Lazy::new(rows),
                chart: Lazy::new(chart),
                excluded: list(&cat.excluded, &|_, a| page.failed_gates(a)),
                awaiting: list(&cat.awaiting, &|e, _| page.awaiting_reason(e)),
            })
        })
        .collect()
}

/// A ranked applicant's table row and chart bar.
fn ranked_row(page: &Page, p: &crate::ranking::Placed, a: &Applicant) -> (RankedRow, Bar) {
    let (eval, m) = (page.eval, page.m);
    let (band, band_index) = page.band(a);
    let note = p
        .decided_by
        .and_then(|by| tie_break_name(page, by))
        .map(|name| m.fill("decided_by", &[("criterion", &name)]));
    let name = name(a, m.lang());
    let total = m.number(&a.card.total.to_string());
    let bar = Bar {
        label: label_lines(&name.text),
        value: a.card.total.value(),
        total: total.clone(),
        band: band.clone(),
        band_index,
    };
    let row = RankedRow {
        rank: p.rank,
        tied: p.tied,
        name: name.into_owned(),
        about: page.nominee_line(a),
        note,
        evidence: m.number(&a.card.evidence.to_string()),
        observed: a.card.observed.map(|o| m.number(&o.observed.to_string())),
        jury: a.card.jury.map(|j| m.number(&j.score.to_string())),
        consensus: super::super::jury::card(eval, p.entry).is_some_and(|j| j.consensus),
        total,
        band,
        band_index,
        scores: a
            .card
            .criteria
            .iter()
            .map(|k| m.number(&k.score.to_string()))
            .collect(),
        scorecard: page.scorecard_href(p.entry, false),
    };
    (row, bar)
}

fn awards(page: &Page) -> Vec<AwardRow> {
    let (eval, m, c) = (page.eval, page.m, page.c());
    eval.ranking
        .categories
        .iter()
        .filter(|cat| !cat.outcomes.is_empty())
        .filter_map(|cat| {
            let spec = c.categories.iter().find(|k| k.id == cat.category)?;
            let provisional = super::super::jury::provisional(eval, cat);
            let tiers = cat
                .outcomes
                .iter()
                .zip(&c.tiers)
                .map(|(o, tier)| tier_view(page, cat, o, m.text(&tier.name), provisional))
                .collect();
            Some(AwardRow {
                name: m.text(&spec.name),
                tiers,
                provisional: provisional.then(|| m.get("provisional_short").to_string()),
            })
        })
        .collect()
}

/// One tier's cell of the outcome table. A tier nobody receives while the
/// outcome is provisional waits for the jury rather than going unawarded.
fn tier_view(
    page: &Page,
    cat: &crate::ranking::CategoryRanking,
    o: &crate::ranking::TierOutcome,
    tier: String,
    provisional: bool,
) -> TierView {
    let (eval, m) = (page.eval, page.m);
    let names = |list: &[ApplicantIx]| -> Vec<String> {
        list.iter()
            .filter_map(|&e| eval.applicants.at(e))
            .map(|a| name(a, m.lang()).text.into_owned())
            .collect()
    };
    let tied = names(&o.tied_for_last);
    let empty = if provisional {
        "award_pending"
    } else {
        "no_award"
    };
    TierView {
        name: tier,
        recipients: names(&o.recipients),
        tied: (!tied.is_empty()).then(|| m.fill("jury_decides", &[("names", &m.list(&tied))])),
        close: o.close.then(|| close_note(page, cat, o)),
        empty: m.get(empty).to_string(),
    }
}

/// Why a tier's last place was close: an equal total separated by a
/// tie-break names the tie-break, since "less than a point behind" would
/// hide that the totals were the same.
fn close_note(
    page: &Page,
    cat: &crate::ranking::CategoryRanking,
    o: &crate::ranking::TierOutcome,
) -> String {
    let (m, c) = (page.m, page.c());
    match super::super::jury::tie_decided(page.eval, cat, o).and_then(|by| tie_break_name(page, by))
    {
        Some(rule) => m.fill("tie_decided", &[("criterion", &rule)]),
        None => m.fill(
            "close_result",
            &[(
                "margin",
                &Number::decimal(c.close_margin.unwrap_or_default()),
            )],
        ),
    }
}

fn criteria<'a>(page: &'a Page) -> Vec<CriterionSummary<'a>> {
    let m = page.m;
    page.c()
        .criteria
        .iter()
        .enumerate()
        .map(|(ck, k)| CriterionSummary {
            name: m.text(&k.name),
            short: m.text(&k.name),
            weight: m.decimal(k.weight),
            indicators: k
                .indicators
                .iter()
                .enumerate()
                .map(|(ik, i)| IndicatorSummary {
                    name: m.text(&i.name),
                    weight: m.decimal(i.weight),
                    method: page.method_of(ck, ik),
                })
                .collect(),
        })
        .collect()
}

fn bands(page: &Page) -> Vec<BandRule> {
    let m = page.m;
    page.c()
        .bands
        .iter()
        .map(|b| {
            let x = Number::decimal;
            let lower = m.fill(
                if b.lower.inclusive {
                    "band_from"
                } else {
                    "band_above"
                },
                &[("x", &x(b.lower.value))],
            );
            let upper = m.fill(
                if b.upper.inclusive {
                    "band_to"
                } else {
                    "band_below"
                },
                &[("x", &x(b.upper.value))],
            );
            BandRule {
                name: m.text(&b.name),
                rule: format!("{lower}, {upper}"),
            }
        })
        .collect()
}

/// A tie-break in the page's language: the criterion's name, or what the
/// jury's mark or the full indicators are called.
fn tie_break_name(page: &Page, tie_break: TieBreak) -> Option<String> {
    let (m, c) = (page.m, page.c());
    match tie_break {
        TieBreak::Criterion(i) => c.criteria.at_criterion(i).map(|k| m.text(&k.name)),
        TieBreak::Jury => Some(m.get("tie_jury").to_string()),
        TieBreak::FullIndicators => Some(m.get("tie_full_indicators").to_string()),
    }
}

fn ties_rule(page: &Page) -> String {
    let (m, c) = (page.m, page.c());
    let names: Vec<String> = c
        .tie_breaks
        .iter()
        .filter_map(|&t| tie_break_name(page, t))
        .collect();
    if names.is_empty() {
        m.get("ties_rule_none").to_string()
    } else {
        m.fill("ties_rule", &[("criteria", &m.list(&names))])
    }
}

fn gates(page: &Page) -> Vec<String> {
    let (m, c) = (page.m, page.c());
    c.gates
        .iter()
        .map(|g| {
            let sheet = c.sheets.get(g.sheet);
            let sheet_name = sheet.map(|s| m.text(&s.name)).unwrap_or_default();
            let gate = m.text(&g.name);
            let min = g.min;
            match (g.nonempty, sheet) {
                (Some(col), Some(s)) => m.fill(
                    "gate_rule_column",
                    &[
                        ("gate", &gate),
                        ("min", &min),
                        ("sheet", &sheet_name),
                        ("column", &page.column(s, col)),
                    ],
                ),
                _ => m.fill(
                    "gate_rule",
                    &[("gate", &gate), ("min", &min), ("sheet", &sheet_name)],
                ),
            }
        })
        .collect()
}
