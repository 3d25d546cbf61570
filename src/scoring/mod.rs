//! Pure scoring: (criteria, submission) → scorecard. No I/O. Every number
//! keeps the rows behind it, and the contributions shown add up exactly to
//! the total shown.
//!
//! [`points`] holds the rounded score and how a rounded total is shared
//! among its parts; [`card`] the scorecard an applicant gets; [`measure`]
//! turns one indicator's rows into its share, judging each row by its
//! rule, one file per kind of indicator under [`rules`]. This file weighs the indicators into criteria and the
//! criteria into the total, checks the gates, and joins the jury's mark.

mod card;
mod measure;
mod points;
mod rules;
#[cfg(test)]
mod testing;

pub use card::{
    CriterionScore, Evidence, GateResult, IndicatorScore, JuryShare, Note, ObservedShare, Origin,
    Scorecard, Status, Weighted,
};
pub use points::{Score, apportion};

use crate::criteria::languages::MunicipalityIndex;
use crate::criteria::{Counts, Criteria, Gate, ProvenanceField};
use crate::exact::{self, Exact};
use crate::ix::{PerSource, SourceIx};
use crate::script;
use crate::submission::{Submission, Value};
use crate::text::fold;
use measure::{RowFacts, Weighed, measure};
use num_traits::Zero;
use rules::{Context, first_text};
use std::sync::Arc;

/// Scores one submission. Pure: the same inputs always give the same card.
/// To score many submissions with the same criteria, prepare a [`Scorer`]
/// once instead.
pub fn score(criteria: &Criteria, submission: &Submission) -> Scorecard {
    Scorer::new(criteria).score(submission)
}

/// What scoring needs from the criteria besides the criteria themselves,
/// prepared once for all applicants: the names a sign may repeat in every
/// language and the known names whose lost diacritics are pointed out
/// (both normalised and folded), and the municipalities by name.
pub struct Scorer<'a> {
    criteria: &'a Criteria,
    municipalities: MunicipalityIndex<'a>,
    /// Names a second language may repeat unchanged.
    same_everywhere: script::ProperNames,
    /// Names whose lost diacritics are worth pointing out.
    known: script::KnownNames,
    /// Each criterion's weight and its indicators' weights, as exact decimals.
    weights: Vec<(Exact, Vec<Exact>)>,
    /// Each source's weight as an exact decimal, with provenance.
    source_weights: Vec<Exact>,
}

impl<'a> Scorer<'a> {
    pub fn new(criteria: &'a Criteria) -> Scorer<'a> {
        let same_everywhere = criteria.languages.same_everywhere();
        let mut allowed: Vec<&str> = same_everywhere.iter().map(String::as_str).collect();
        allowed.extend(criteria.proper_names.iter().map(String::as_str));
        let names = criteria.languages.known_names();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        Scorer {
            criteria,
            municipalities: MunicipalityIndex::new(&criteria.languages),
            same_everywhere: script::ProperNames::new(&allowed),
            known: script::KnownNames::new(&names),
            weights: criteria
                .criteria
                .iter()
                .map(|k| {
                    let indicators = k.indicators.iter().map(|i| exact::decimal(i.weight));
                    (exact::decimal(k.weight), indicators.collect())
                })
                .collect(),
            source_weights: criteria
                .provenance
                .iter()
                .flat_map(|p| &p.sources)
                .map(|s| exact::decimal(s.weight))
                .collect(),
        }
    }

    /// Where a row came from, read from its provenance cells (after the
    /// sheet's `own` columns): an empty or unreadable source cell means the
    /// default source, so a wrong cell never gains the applicant weight.
    fn origin(&self, own: usize, values: &[Value]) -> Option<Weighed> {
        let p = self.criteria.provenance.as_ref()?;
        let cell = |field| {
            p.column(field)
                .and_then(|i| values.get(own + i))
                .unwrap_or(&Value::Empty)
        };
        let text = |field| match cell(field) {
            Value::Text(t) if !t.trim().is_empty() => Some(Box::from(t.trim())),
            _ => None,
        };
        let named = match cell(ProvenanceField::Source) {
            Value::Choice(key) => p.sources.iter().position(|s| s.key == *key),
            _ => None,
        };
        let source = named.map_or(p.default, SourceIx::new);
        let spec = p.sources.at_source(source)?;
        let verified = matches!(cell(ProvenanceField::Verified), Value::Bool(true));
        let counts = spec.counts == Counts::Always || verified;
        let weight = match self.source_weights.get(source.index()) {
            Some(w) if counts => w.clone(),
            _ => Exact::zero(),
        };
        let observed_on = match cell(ProvenanceField::ObservedOn) {
            Value::DateTime(t) => Some(t.date()),
            _ => None,
        };
        Some(Weighed {
            origin: Arc::new(Origin {
                source,
                weight: if counts { spec.weight } else { 0.0 },
                verified,
                reference: text(ProvenanceField::Reference),
                observer: text(ProvenanceField::Observer),
                observed_on,
            }),
            weight,
            observed: spec.observed,
        })
    }

    /// See [`score`].
    pub fn score(&self, submission: &Submission) -> Scorecard {
        scorecard(self, submission)
    }
}

/// Scores one submission with what `scorer` prepared; see [`score`].
fn scorecard(scorer: &Scorer, submission: &Submission) -> Scorecard {
    let criteria = scorer.criteria;
    let d = criteria.decimals;
    let mut raw: Vec<(usize, IndicatorScore, Exact)> = Vec::new();
    let mut criteria_scores = Vec::with_capacity(criteria.criteria.len());
    let municipality = submission.institution.municipality.as_deref();
    // Each row's name and origin, made once and shared by every indicator
    // of its sheet; the name comes from the sheet's own columns.
    let facts: Vec<Vec<RowFacts>> = submission
        .sheets
        .iter()
        .zip(&criteria.sheets)
        .map(|(sheet, spec)| {
            let own = spec.columns.len();
            sheet
                .rows
                .iter()
                .map(|r| RowFacts {
                    label: Arc::from(first_text(r.values.get(..own).unwrap_or(&r.values))),
                    origin: scorer.origin(own, &r.values),
                })
                .collect()
        })
        .collect();
    let weighted = criteria.criteria.iter().zip(&scorer.weights).enumerate();
    for (ci, (criterion, (criterion_weight, weights))) in weighted {
        let owed = scorer
            .municipalities
            .owed(municipality, criterion.in_official_use);
        let context = Context {
            sign_first: fold(&owed.sign_first),
            owed,
            same_everywhere: &scorer.same_everywhere,
            known: &scorer.known,
        };
        let measured: Vec<(IndicatorScore, Exact)> = criterion
            .indicators
            .iter()
            .map(|ind| {
                let spec = criteria.sheets.get(ind.sheet);
                let sheet = submission.sheets.get(ind.sheet);
                let facts = facts.get(ind.sheet).map_or(&[][..], Vec::as_slice);
                let weighed = criteria.provenance.is_some();
                measure(ind, (spec, sheet), facts, weighed, d, &context)
            })
            .collect();
        let (criterion_raw, parts) = weigh(measured, criterion_weight, weights);
        raw.extend(parts.into_iter().map(|(s, part)| (ci, s, part)));
        let score = Score::exact(&(criterion_raw * exact::ratio(100, 1)), d);
        criteria_scores.push(CriterionScore {
            id: criterion.id.clone(),
            band: criteria.criterion_band(criterion, score.value()),
            score,
            weight: criterion.weight,
            contribution: Score::zero(d),
            indicators: Vec::new(),
        });
    }
    let exact: Vec<Exact> = raw.iter().map(|(_, _, part)| part.clone()).collect();
    let observed = criteria
        .provenance
        .is_some()
        .then(|| observed_share(&raw, d));
    let (total, parts) = apportion(&exact, d);
    for ((ci, mut s, _), part) in raw.into_iter().zip(parts) {
        s.contribution = part;
        if let Some(c) = criteria_scores.get_mut(ci) {
            c.contribution = c.contribution + part;
            c.indicators.push(s);
        }
    }
    let band = criteria
        .band_for(total.value())
        .unwrap_or(criteria.bands.len().saturating_sub(1));
    Scorecard {
        total,
        evidence: total,
        jury: None,
        observed,
        band,
        criteria: criteria_scores,
        gates: criteria
            .gates
            .iter()
            .map(|g| gate(g, submission, &facts))
            .collect(),
    }
}

/// How much of the evidence score rests on observed rows: each
/// indicator's exact points times the share of its met weight from
/// observed sources, summed; the rest rests on declared rows. Apportioned
/// together, the two parts add up exactly to the evidence score.
fn observed_share(raw: &[(usize, IndicatorScore, Exact)], d: u32) -> ObservedShare {
    let mut observed = Exact::zero();
    let mut declared = Exact::zero();
    for (_, s, part) in raw {
        let from_observed = match &s.weighted {
            Some(w) if exact::positive(&w.met) => part * &w.observed_met / &w.met,
            _ => Exact::zero(),
        };
        declared += part - &from_observed;
        observed += from_observed;
    }
    let (_, parts) = apportion(&[observed, declared], d);
    let part = |i: usize| parts.get(i).copied().unwrap_or(Score::zero(d));
    ObservedShare {
        observed: part(0),
        declared: part(1),
    }
}

/// Weighs one criterion's measured indicators: the criterion's own share
/// (0–1), and each indicator with its exact points of the 100-point total.
/// An excluded indicator's weight goes to its included siblings.
fn weigh(
    measured: Vec<(IndicatorScore, Exact)>,
    criterion_weight: &Exact,
    weights: &[Exact],
) -> (Exact, Vec<(IndicatorScore, Exact)>) {
    let included: Exact = measured
        .iter()
        .zip(weights)
        .filter(|((s, _), _)| s.status != Status::Excluded)
        .map(|(_, weight)| weight)
        .sum();
    let mut criterion_raw = Exact::zero();
    let mut parts = Vec::with_capacity(measured.len());
    for ((mut s, share), weight) in measured.into_iter().zip(weights) {
        // The indicator's points of the 100-point total, exactly.
        let points = if s.status == Status::Excluded || !exact::positive(&included) {
            Exact::zero()
        } else {
            criterion_weight * weight / &included
        };
        s.effective_weight = exact::to_f64(&points);
        if !points.is_zero() {
            criterion_raw += &share * weight / &included;
        }
        parts.push((s, share * points));
    }
    (criterion_raw, parts)
}

/// Counts the gate's rows (those with its column filled, if it names one);
/// a row that counts 0 by its source is no evidence for a gate either.
fn gate(g: &Gate, submission: &Submission, facts: &[Vec<RowFacts>]) -> GateResult {
    let facts = facts.get(g.sheet).map_or(&[][..], Vec::as_slice);
    let found = submission.sheets.get(g.sheet).map_or(0, |sheet| {
        sheet
            .rows
            .iter()
            .zip(facts)
            .filter(|(r, f)| {
                let counts = f.origin.as_ref().is_none_or(|o| exact::positive(&o.weight));
                counts
                    && g.nonempty
                        .is_none_or(|c| r.values.get(c).is_some_and(|v| !v.is_empty()))
            })
            .count()
    });
    let found = u32::try_from(found).unwrap_or(u32::MAX);
    GateResult {
        id: g.id.clone(),
        passed: found >= g.min,
        found,
        min: g.min,
    }
}

/// The card of a nominee of a category the jury alone judges: no evidence,
/// no criteria, no gates, so the jury's mark, once [`combine`]d, is its
/// whole total.
pub fn nominee_card(criteria: &Criteria) -> Scorecard {
    let zero = Score::zero(criteria.decimals);
    Scorecard {
        total: zero,
        evidence: zero,
        jury: None,
        observed: None,
        band: criteria
            .band_for(0.0)
            .unwrap_or(criteria.bands.len().saturating_sub(1)),
        criteria: Vec::new(),
        gates: Vec::new(),
    }
}

/// Joins the jury's mark (0–100) to the evidence score with the weights of
/// the applicant's category (its own, else the jury's). With a jury weight
/// of 0 the total stays the evidence score to the last unit; with an
/// evidence weight of 0 it is the jury's mark.
pub fn combine(
    criteria: &Criteria,
    category: Option<usize>,
    card: &mut Scorecard,
    jury_score: &Exact,
) {
    if criteria.jury.is_none() {
        return;
    }
    let weights = criteria.weights(category);
    let d = criteria.decimals;
    let hundred = exact::ratio(100, 1);
    let exact = [
        card.evidence.as_exact() * exact::decimal(weights.evidence) / &hundred,
        jury_score * exact::decimal(weights.jury) / &hundred,
    ];
    let (total, parts) = apportion(&exact, d);
    let part = |i: usize| parts.get(i).copied().unwrap_or(Score::zero(d));
    card.jury = Some(JuryShare {
        score: Score::exact(jury_score, d),
        evidence_part: part(0),
        jury_part: part(1),
    });
    card.total = total;
    card.band = criteria
        .band_for(total.value())
        .unwrap_or(criteria.bands.len().saturating_sub(1));
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;
    use crate::submission::{Row, Value};
    use proptest::prelude::*;

    #[test]
    fn perfect_evidence_scores_100_and_high() {
        let c = bundled();
        let card = score(&c, &full());
        assert_eq!(card.total.to_string(), "100.00");
        assert_eq!(c.bands[card.band].id, "high");
        assert!(card.passed_gates());
    }

    /// Services' own bands, the factsheet's: High from 90, Moderate from
    /// 60, Low below.
    const OWN_BANDS: [(&str, &str); 1] = [(
        "    in_official_use: true\n    indicators:\n",
        "    in_official_use: true\n    bands:\n      - { id: high, name: { sq: a, sr: b, en: c }, from: 90, to: 100 }\n      - { id: moderate, name: { sq: a, sr: b, en: c }, from: 60, below: 90 }\n      - { id: low, name: { sq: a, sr: b, en: c }, from: 0, below: 60 }\n    indicators:\n",
    )];

    #[test]
    fn a_criterion_score_is_banded_on_its_own_table_at_the_edges() {
        let c = criteria(&OWN_BANDS);
        let [services, communication, ..] = &c.criteria[..] else {
            panic!("the bundled criteria have services and communication");
        };
        let own = |v: f64| {
            c.bands_of(services)[c.criterion_band(services, v).index()]
                .id
                .clone()
        };
        for (value, band) in [
            (100.0, "high"),
            (90.0, "high"),
            (89.99, "moderate"),
            (60.0, "moderate"),
            (59.99, "low"),
            (0.0, "low"),
        ] {
            assert_eq!(own(value), band, "{value}");
        }
        // Without its own table a criterion is rated on the edition's.
        let edition = |v: f64| {
            c.bands[c.criterion_band(communication, v).index()]
                .id
                .clone()
        };
        for (value, band) in [(66.01, "high"), (66.0, "moderate"), (32.99, "low")] {
            assert_eq!(edition(value), band, "{value}");
        }
        let card = score(&c, &full());
        assert!(card.criteria.iter().all(|k| k.band.index() == 0));
    }

    #[test]
    fn too_few_rows_scores_zero_or_renormalises() {
        let c = bundled();
        // 4 communication items: below min_rows 5. `simultaneous` scores 0
        // (policy zero) and `equivalent` is excluded (policy exclude), so
        // `simultaneous` carries the whole communication weight of 40.
        let s = submission(
            vec![service(true, true); 3],
            vec![item("2026-03-01 10:00", Some("2026-03-01 11:00"), (100.0, 100.0)); 4],
            vec![sign("Hyrja", "Улаз"); 2],
        );
        let card = score(&c, &s);
        let sim = indicator(&card, "simultaneous");
        let eq = indicator(&card, "equivalent");
        assert_eq!(sim.status, Status::Insufficient);
        assert_eq!(eq.status, Status::Excluded);
        assert_eq!(sim.effective_weight, 40.0);
        assert_eq!(eq.effective_weight, 0.0);
        assert_eq!(card.total.to_string(), "60.00");
    }

    #[test]
    fn two_of_three_is_66_67_and_high() {
        let c = bundled();
        assert_eq!(Score::round(200.0 / 3.0, 2).to_string(), "66.67");
        let band = |v: f64| c.bands[c.band_for(v).unwrap()].id.clone();
        assert_eq!(band(66.67), "high");
        assert_eq!(band(66.0), "moderate");
        assert_eq!(band(66.01), "high");
        assert_eq!(band(33.0), "moderate");
        assert_eq!(band(32.99), "low");
        assert_eq!(band(0.0), "low");
        assert_eq!(band(100.0), "high");
    }

    #[test]
    fn gate_counts_rows_with_a_serbian_version() {
        let c = bundled();
        let s = submission(
            vec![service(true, true); 3],
            vec![item("2026-03-01 10:00", None, (100.0, 100.0)); 5],
            vec![sign("Hyrja", "Улаз"); 2],
        );
        let card = score(&c, &s);
        assert!(!card.passed_gates());
        assert_eq!(card.gates[0].found, 0);
    }

    #[test]
    fn a_total_ending_in_5_is_rounded_half_away_from_zero() {
        let c = bundled();
        // 4 of 12 served verbally and 11 of 12 in writing, with services
        // weighing 35 and its two indicators 50 each: 35 × 15 / 24 =
        // 21.875 exactly, which floating point summed to 21.874999….
        let services = (0..12).map(|i| service(i < 4, i < 11)).collect();
        let card = score(&c, &submission(services, Vec::new(), Vec::new()));
        assert_eq!(card.total.to_string(), "21.88");
        assert_eq!(card.criteria[0].score.to_string(), "62.50");
        let contributions: i64 = card.criteria[0]
            .indicators
            .iter()
            .map(|i| i.contribution.units())
            .sum();
        assert_eq!(contributions, 2188);
    }

    proptest! {
        #[test]
        fn the_total_is_the_exact_fraction_rounded_once(
            rows in proptest::collection::vec((any::<bool>(), any::<bool>()), 3..60),
        ) {
            let c = bundled();
            let services = rows.iter().map(|&(v, w)| service(v, w)).collect();
            let card = score(&c, &submission(services, Vec::new(), Vec::new()));
            // Services weigh 35, verbal and written 50 each; the rest earn 0.
            let met = rows.iter().map(|&(v, w)| i128::from(v) + i128::from(w)).sum::<i128>();
            let n = rows.len() as i128;
            prop_assert_eq!(card.total.units(), super::points::tests::reference_units(35 * met, 2 * n, c.decimals));
        }

        #[test]
        fn any_evidence_gives_contributions_summing_to_the_total(
            verbal in proptest::collection::vec(any::<bool>(), 0..8),
            late in proptest::collection::vec(0u32..72, 0..9),
        ) {
            let c = bundled();
            let services = verbal.iter().map(|&v| service(v, !v)).collect();
            let items = late.iter().map(|&h| {
                let sr = format!("2026-03-{:02} {:02}:00", 1 + h / 24, h % 24);
                item("2026-03-01 00:00", Some(&sr), (100.0, 90.0))
            }).collect();
            let card = score(&c, &submission(services, items, vec![sign("A", "B")]));
            let sum: i64 = card.criteria.iter().flat_map(|k| &k.indicators).map(|i| i.contribution.units()).sum();
            prop_assert_eq!(sum, card.total.units());
            let by_criterion: i64 = card.criteria.iter().map(|k| k.contribution.units()).sum();
            prop_assert_eq!(by_criterion, card.total.units());
        }

        #[test]
        fn evidence_and_jury_parts_add_up_and_100_0_is_the_evidence_alone(
            evidence in 0u32..=10_000,
            jury in 0.0f64..=100.0,
            jury_weight in 0u32..=100,
        ) {
            let mut c = bundled();
            let mut card = score(&c, &submission(Vec::new(), Vec::new(), Vec::new()));
            card.evidence = Score::from_units(i64::from(evidence), c.decimals);
            if let Some(j) = c.jury.as_mut() {
                j.evidence_weight = f64::from(100 - jury_weight);
                j.jury_weight = f64::from(jury_weight);
            }
            combine(&c, None, &mut card, &exact::decimal(jury));
            let share = card.jury.unwrap();
            prop_assert_eq!(share.evidence_part.units() + share.jury_part.units(), card.total.units());
            prop_assert_eq!(card.band, c.band_for(card.total.value()).unwrap());
            if jury_weight == 0 {
                prop_assert_eq!(card.total, card.evidence);
            }
            if jury_weight == 100 {
                prop_assert_eq!(card.total, Score::exact(&exact::decimal(jury), c.decimals));
            }
        }
    }

    /// A nominee of a category the jury alone judges (the bundled
    /// `individuals`, weights 0/100) has no evidence: its total is the
    /// jury's mark, whatever the jury's own weights.
    #[test]
    fn a_nominee_s_total_is_the_jury_mark_alone() {
        let c = bundled();
        let individuals = c.categories.iter().position(|k| k.jury_only());
        let mut card = nominee_card(&c);
        assert!(card.criteria.is_empty() && card.passed_gates());
        assert_eq!(card.total, Score::zero(c.decimals));
        combine(&c, individuals, &mut card, &exact::ratio(1747, 20));
        assert_eq!(card.total.to_string(), "87.35");
        let share = card.jury.unwrap();
        assert_eq!(share.jury_part, card.total);
        assert_eq!(share.evidence_part, Score::zero(c.decimals));
        assert_eq!(c.bands[card.band].id, "high");
        // The same mark in an evidence category counts for its 30 %.
        let mut institution = nominee_card(&c);
        combine(&c, Some(0), &mut institution, &exact::ratio(1747, 20));
        assert_eq!(institution.total.to_string(), "26.21");
    }

    /// A category's own weights replace the jury's for its applicants only.
    #[test]
    fn a_category_s_own_weights_make_its_totals() {
        let c = criteria(&[(
            "    kinds: [ministry]\n",
            "    kinds: [ministry]\n    weights: { evidence: 50, jury: 50 }\n",
        )]);
        let combined = |category: usize| {
            let mut card = score(&c, &full());
            combine(&c, Some(category), &mut card, &exact::decimal(60.0));
            card.total.to_string()
        };
        assert_eq!(combined(0), "80.00", "ministries: 50 % of 100 + 50 % of 60");
        assert_eq!(combined(1), "88.00", "executive: 70 % of 100 + 30 % of 60");
    }

    #[test]
    fn languages_in_official_use_count_when_the_criterion_says_so() {
        let t = |s: &str| {
            Value::DateTime(chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
        };
        let item = vec![
            Value::Text("News".into()),
            Value::Choice("news_release".into()),
            t("2026-03-01 10:00"),
            t("2026-03-01 12:00"),
            Value::Empty,
            Value::Empty,
            Value::Number(100.0),
            Value::Number(100.0),
        ];
        let mut s = signs_of(Some("prishtina"), Vec::new());
        s.sheets[1].rows = vec![Row {
            number: 2,
            values: item,
        }];
        let simultaneous = |c: &Criteria| {
            let card = score(c, &s);
            let sim = card
                .criteria
                .iter()
                .flat_map(|k| &k.indicators)
                .find(|i| i.id == "simultaneous")
                .cloned()
                .unwrap();
            sim.evidence[0].note.clone()
        };
        assert_eq!(
            simultaneous(&criteria(&[])),
            Note::Met,
            "Turkish is only in official use in Prishtinë"
        );
        let in_use = criteria(&[(
            "weight: 40\n    indicators:",
            "weight: 40\n    in_official_use: true\n    indicators:",
        )]);
        assert_eq!(
            simultaneous(&in_use),
            Note::Missing {
                column: "published_tr".into()
            }
        );
    }
}
