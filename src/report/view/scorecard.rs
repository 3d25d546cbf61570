//! One applicant's scorecard: its total, band and standing, where the points
//! were lost, every criterion and indicator with the rows behind it, its
//! jury marks, gates and the findings about its file.

use super::evidence::{EvidenceView, evidence};
use super::jury_card::ScorecardJury;
use super::nominee::NomineeView;
use super::words::indicator_status;
use super::{Base, FindingView, Name, Page, name};
use crate::evaluate::Applicant;
use crate::exact;
use crate::i18n::Number;
use crate::ix::ApplicantIx;
use crate::scoring::IndicatorScore;
use serde::Serialize;

/// The scorecard page: the shared parts and the card.
#[derive(Serialize)]
pub struct ScorecardPage<'a> {
    #[serde(flatten)]
    pub base: Base<'a>,
    pub report_href: String,
    pub card: ScorecardView<'a>,
}

#[derive(Serialize)]
pub struct ScorecardView<'a> {
    pub name: Name<'a>,
    pub category: &'a str,
    pub file: &'a str,
    pub total: String,
    pub evidence: String,
    /// What the breakdown adds up to: the evidence score, which is the
    /// total only while the jury has no part in it.
    pub breakdown_total: &'a str,
    pub breakdown_note: &'a str,
    pub jury: Option<ScorecardJury<'a>>,
    /// A nominee's card, which has no evidence: who they are and what they
    /// did instead of the breakdown.
    pub nominee: Option<NomineeView<'a>>,
    /// "32.10 on observed evidence + 18.35 on declared evidence", with
    /// provenance.
    pub observed: Option<String>,
    /// The criteria declare provenance: every row shows its source.
    pub sourced: bool,
    pub band: &'a str,
    pub band_index: usize,
    pub standing: String,
    pub lost: Vec<Lost>,
    pub criteria: Vec<CriterionView<'a>>,
    pub gates: Vec<String>,
    pub findings: Vec<FindingView>,
}

/// Points an indicator missed, for "where the points were lost".
#[derive(Serialize)]
pub struct Lost {
    pub name: String,
    /// "3,5 boda": the number with the word that agrees with it.
    pub points: String,
}

#[derive(Serialize)]
pub struct CriterionView<'a> {
    pub name: &'a str,
    pub score: String,
    /// The score's band, so the card says where the applicant is strong.
    pub band: &'a str,
    pub band_index: usize,
    pub weight: String,
    pub contribution: String,
    pub indicators: Vec<IndicatorView<'a>>,
}

#[derive(Serialize)]
pub struct IndicatorView<'a> {
    pub name: &'a str,
    pub value: String,
    pub score: String,
    pub weight: String,
    pub contribution: String,
    pub status: Option<String>,
    pub method: &'a str,
    pub evidence: Vec<EvidenceView<'a>>,
    pub hidden_rows: Option<String>,
}

/// The scorecard page of applicant `entry` in the page's language.
pub fn page<'a>(page: &'a Page, entry: ApplicantIx, a: &'a Applicant) -> ScorecardPage<'a> {
    let slug = page.slugs.get(&entry).map_or("", String::as_str);
    ScorecardPage {
        base: page.base(|l| format!("{slug}.{}.html", l.code())),
        report_href: format!("../report.{}.html", page.m.lang().code()),
        card: view(page, entry, a),
    }
}

/// The card alone: what the page shows, and what `explain` prints.
pub fn view<'a>(page: &'a Page, entry: ApplicantIx, a: &'a Applicant) -> ScorecardView<'a> {
    let (m, c) = (page.m, page.c());
    let category_name = a
        .category
        .and_then(|i| page.category_name(i))
        .unwrap_or_else(|| m.get("ineligible"));
    let standing = standing(page, entry, a, category_name);
    let (criteria, lost) = criteria(page, a);
    let (band, band_index) = page.band_name(a);
    let with_jury = a.card.jury.is_some();
    ScorecardView {
        name: name(a, m.lang()),
        category: category_name,
        file: &a.file,
        total: m.number_of(&a.card.total),
        evidence: m.number_of(&a.card.evidence),
        breakdown_total: m.get(if with_jury { "evidence_score" } else { "total" }),
        breakdown_note: m.get(if with_jury {
            "contributions_add_up_evidence"
        } else {
            "contributions_add_up"
        }),
        jury: page.scorecard_jury(entry, a),
        nominee: page.nominee(a),
        observed: a
            .card
            .observed
            .map(|o| crate::report::observed_parts(m, &o)),
        sourced: c.provenance.is_some(),
        band,
        band_index,
        standing,
        lost,
        criteria,
        gates: page.gate_lines(a),
        findings: page
            .findings(entry)
            .iter()
            .map(|f| FindingView::new(m, f))
            .collect(),
    }
}

/// Where the applicant stands: its rank, or why it has none.
fn standing(page: &Page, entry: ApplicantIx, a: &Applicant, category: &str) -> String {
    let m = page.m;
    match page.standing(entry) {
        Some(s) => m.fill(
            if s.placed.tied {
                "standing_tied"
            } else {
                "standing_ranked"
            },
            &[
                ("rank", &s.placed.rank),
                ("count", &s.count),
                ("category", &category),
            ],
        ),
        None if a.category.is_none() => m.fill(
            "standing_ineligible",
            &[("reason", &page.ineligible_reason(a))],
        ),
        None if !a.card.passed_gates() => m.get("standing_excluded").to_string(),
        None if a.pending() => m.get("standing_pending").to_string(),
        None => m.get("standing_awaiting").to_string(),
    }
}

/// Every criterion with its indicators, and "where the points were lost":
/// the indicators ordered by the points they missed.
fn criteria<'a>(page: &'a Page, a: &'a Applicant) -> (Vec<CriterionView<'a>>, Vec<Lost>) {
    let (m, c) = (page.m, page.c());
    let mut lost: Vec<(f64, String, String)> = Vec::new();
    let criteria = a
        .card
        .criteria
        .iter()
        .zip(&c.criteria)
        .enumerate()
        .map(|(ck, (k, spec))| {
            let indicators = k
                .indicators
                .iter()
                .zip(&spec.indicators)
                .enumerate()
                .map(|(ik, (i, ispec))| {
                    let missed = i.effective_weight - i.contribution.value();
                    if missed > 0.0 {
                        lost.push((
                            missed,
                            format!(
                                "{}: {}",
                                page.criterion_name(ck),
                                page.indicator_name(ck, ik)
                            ),
                            m.fill(
                                "points",
                                &[("n", &Number::decimal((missed * 100.0).round() / 100.0))],
                            ),
                        ));
                    }
                    indicator(page, (ck, ik), i, ispec)
                })
                .collect();
            let (band, band_index) = page.criterion_band_name(ck, k);
            CriterionView {
                name: page.criterion_name(ck),
                score: m.number_of(&k.score),
                band,
                band_index,
                weight: m.decimal(k.weight),
                contribution: m.number_of(&k.contribution),
                indicators,
            }
        })
        .collect();
    lost.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let lost = lost
        .into_iter()
        .map(|(_, name, points)| Lost { name, points })
        .collect();
    (criteria, lost)
}

/// One indicator's line of the card, with the rows behind it.
fn indicator<'a>(
    page: &'a Page,
    (ck, ik): (usize, usize),
    i: &'a IndicatorScore,
    ispec: &crate::criteria::Indicator,
) -> IndicatorView<'a> {
    let m = page.m;
    let (evidence, hidden) = evidence(page, ispec.sheet, i);
    IndicatorView {
        name: page.indicator_name(ck, ik),
        value: value(page, i),
        score: m.number_of(&i.score),
        weight: m.decimal((i.effective_weight * 100.0).round() / 100.0),
        contribution: m.number_of(&i.contribution),
        status: indicator_status(m, i, ispec.min_rows),
        method: page.method_of(ck, ik),
        evidence,
        hidden_rows: (hidden > 0).then(|| m.fill("more_rows", &[("n", &hidden)])),
    }
}

/// “6 of 7”: the rows met, or the points earned where a row may earn part
/// of one (“2.5 of 4”); and where the sources' weights change the share,
/// the weighed counts it is the share of ("; by weight 4.5 of 5.5").
fn value(page: &Page, i: &IndicatorScore) -> String {
    let m = page.m;
    let earned = i.earned.map(Number::decimal);
    let met: &dyn crate::i18n::Arg = match &earned {
        Some(points) => points,
        None => &i.met,
    };
    let plain = m.fill("value_share", &[("met", met), ("rows", &i.rows)]);
    let counted = match i.earned {
        Some(points) => exact::decimal(points) / exact::ratio(i.rows.into(), 1),
        None => exact::ratio(i.met.into(), i.rows.into()),
    };
    match &i.weighted {
        Some(w) if exact::positive(&w.rows) && &w.met / &w.rows != counted => {
            let weighed = m.fill(
                "value_weighted",
                &[
                    ("met", &Number::decimal(exact::to_f64(&w.met))),
                    ("rows", &Number::decimal(exact::to_f64(&w.rows))),
                ],
            );
            format!("{plain}; {weighed}")
        }
        _ => plain,
    }
}
