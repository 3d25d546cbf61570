//! Pure scoring: (criteria, submission) → scorecard. No I/O. Every number
//! keeps the rows behind it, and the contributions shown add up exactly to
//! the total shown.

use crate::criteria::languages::{MunicipalityIndex, Owed};
use crate::criteria::{Criteria, Indicator, Insufficient, Rule, SheetSpec};
use crate::exact::{self, Exact};
use crate::script::{self, ScriptProblem};
use crate::submission::{EvidenceSheet, Submission, Value};
use crate::text::fold;
use num_traits::Zero;
use serde::{Serialize, Serializer};
use std::fmt;
use std::sync::Arc;

/// A score rounded once to the edition's decimals, kept as an integer count
/// of the smallest unit so sums are exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score {
    units: i64,
    decimals: u32,
}

impl Score {
    /// An exact value rounded once, half away from zero: the rule the
    /// criteria README documents.
    pub fn exact(value: &Exact, decimals: u32) -> Score {
        Score {
            units: exact::round_units(value, decimals),
            decimals,
        }
    }

    /// A value that needs no exact rounding (a count, a displayed mark).
    pub fn round(value: f64, decimals: u32) -> Score {
        Score {
            units: (value * scale(decimals)).round() as i64,
            decimals,
        }
    }

    pub fn zero(decimals: u32) -> Score {
        Score { units: 0, decimals }
    }

    pub fn value(self) -> f64 {
        self.units as f64 / scale(self.decimals)
    }

    pub fn units(self) -> i64 {
        self.units
    }

    /// The rounded score as an exact fraction, to compute with further.
    pub fn as_exact(self) -> Exact {
        exact::from_units(self.units, self.decimals)
    }

    fn from_units(units: i64, decimals: u32) -> Score {
        Score { units, decimals }
    }
}

fn scale(decimals: u32) -> f64 {
    10f64.powi(decimals as i32)
}

impl std::ops::Add for Score {
    type Output = Score;
    fn add(self, other: Score) -> Score {
        Score::from_units(self.units + other.units, self.decimals)
    }
}

/// Fixed decimals, '.' separator: the machine-readable form (CSV, JSON).
impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.units < 0 { "-" } else { "" };
        let abs = self.units.unsigned_abs();
        if self.decimals == 0 {
            return write!(f, "{sign}{abs}");
        }
        let s = 10u64.pow(self.decimals);
        write!(
            f,
            "{sign}{}.{:0width$}",
            abs / s,
            abs % s,
            width = self.decimals as usize
        )
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.value())
    }
}

/// Why a row earned or lost an indicator's point: structured, so every
/// report language can explain it in its own words.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Note {
    Met,
    /// A yes/no column is not "yes".
    NotYes {
        column: String,
    },
    /// A language version was never published.
    Missing {
        column: String,
    },
    /// Versions published too far apart.
    Late {
        hours: f64,
        tolerance: f64,
    },
    /// The length ratio of `column` to the first version is outside the bounds.
    Ratio {
        column: String,
        ratio: f64,
        min: f64,
        max: f64,
    },
    /// The quality rating in `column` is below the threshold.
    Rating {
        column: String,
        rating: f64,
        min: f64,
    },
    /// The second-language text repeats the first.
    Copy {
        column: String,
    },
    /// The Serbian text is in the wrong alphabet for the rule.
    Script {
        column: String,
        expected: String,
        found: String,
    },
    /// The sign lacks Serbian in an alphabet the rule requires.
    ScriptMissing {
        script: String,
    },
    /// A word mixes Latin and Cyrillic letters (look-alikes typed by mistake).
    MixedScript {
        column: String,
        word: String,
        position: usize,
        intruders: String,
    },
    /// The language written first is not the local majority language.
    Order {
        expected: String,
        found: String,
    },
    /// A known name written without its diacritics (costs no points).
    LostDiacritics {
        column: String,
        found: String,
        intended: String,
    },
}

/// One row's part in an indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub row: u32,
    /// The spreadsheet column (0-based) of the cell that decided, if one did.
    pub column: Option<u32>,
    /// Shared by every indicator judging the same row.
    pub label: Arc<str>,
    pub met: bool,
    pub note: Note,
    /// Observations that cost no points, such as lost diacritics.
    pub remarks: Vec<Note>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Scored,
    /// Fewer rows than the minimum; scored 0.
    Insufficient,
    /// Fewer rows than the minimum; left out, siblings renormalised.
    Excluded,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorScore {
    pub id: String,
    pub status: Status,
    pub sheet: String,
    pub rows: u32,
    pub met: u32,
    /// Share of rows meeting the indicator, 0–100.
    pub score: Score,
    /// The weight within its criterion as written in the criteria file.
    pub weight: f64,
    /// Points of the 100-point total this indicator can give after renormalisation.
    pub effective_weight: f64,
    /// Points it gave; all contributions sum exactly to the total.
    pub contribution: Score,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionScore {
    pub id: String,
    /// The criterion's own score, 0–100.
    pub score: Score,
    pub weight: f64,
    pub contribution: Score,
    pub indicators: Vec<IndicatorScore>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GateResult {
    pub id: String,
    pub passed: bool,
    pub found: u32,
    pub min: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Scorecard {
    /// The total that ranks: the evidence score, or evidence and jury
    /// combined once the jury's marks are in.
    pub total: Score,
    /// The evidence score; the criteria's contributions add up to it.
    pub evidence: Score,
    /// The jury's part of the total, once its marks are in.
    pub jury: Option<JuryShare>,
    pub band: usize,
    pub criteria: Vec<CriterionScore>,
    pub gates: Vec<GateResult>,
}

/// How the final total splits between evidence and jury; the two parts add
/// up exactly to the total.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct JuryShare {
    /// The jury's mark, 0–100.
    pub score: Score,
    pub evidence_part: Score,
    pub jury_part: Score,
}

impl Scorecard {
    /// A copy whose strings are all allocated anew, the labels that several
    /// indicators share still shared: made once the workbook's rows are
    /// freed, it packs what the report keeps together instead of leaving it
    /// scattered among the freed rows (a plain clone would keep the shared
    /// labels where they were).
    pub fn compacted(&self) -> Scorecard {
        let mut copies: std::collections::HashMap<*const u8, Arc<str>> =
            std::collections::HashMap::new();
        let mut card = self.clone();
        for evidence in card
            .criteria
            .iter_mut()
            .flat_map(|c| c.indicators.iter_mut())
            .flat_map(|i| i.evidence.iter_mut())
        {
            let copy = copies
                .entry(evidence.label.as_ptr())
                .or_insert_with(|| Arc::from(&*evidence.label));
            evidence.label = Arc::clone(copy);
        }
        card
    }

    pub fn passed_gates(&self) -> bool {
        self.gates.iter().all(|g| g.passed)
    }

    /// Ids of the gates this applicant failed.
    pub fn failed_gates(&self) -> Vec<&str> {
        self.gates
            .iter()
            .filter(|g| !g.passed)
            .map(|g| g.id.as_str())
            .collect()
    }
}

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
        }
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
    // Each row's name, made once and shared by every indicator of its sheet.
    let labels: Vec<Vec<Arc<str>>> = submission
        .sheets
        .iter()
        .map(|sheet| {
            sheet
                .rows
                .iter()
                .map(|r| Arc::from(first_text(&r.values)))
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
                let labels = labels.get(ind.sheet).map_or(&[][..], Vec::as_slice);
                measure(ind, spec, sheet, labels, d, &context)
            })
            .collect();
        let included: Exact = measured
            .iter()
            .zip(weights)
            .filter(|((s, _), _)| s.status != Status::Excluded)
            .map(|(_, weight)| weight)
            .sum();
        let mut criterion_raw = Exact::zero();
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
            raw.push((ci, s, share * points));
        }
        criteria_scores.push(CriterionScore {
            id: criterion.id.clone(),
            score: Score::exact(&(criterion_raw * exact::ratio(100, 1)), d),
            weight: criterion.weight,
            contribution: Score::zero(d),
            indicators: Vec::new(),
        });
    }
    let exact: Vec<Exact> = raw.iter().map(|(_, _, part)| part.clone()).collect();
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
    let gates = criteria
        .gates
        .iter()
        .map(|g| {
            let found = submission.sheets.get(g.sheet).map_or(0, |sheet| {
                sheet
                    .rows
                    .iter()
                    .filter(|r| {
                        g.nonempty
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
        })
        .collect();
    Scorecard {
        total,
        evidence: total,
        jury: None,
        band,
        criteria: criteria_scores,
        gates,
    }
}

/// Joins the jury's mark (0–100) to the evidence score with the criteria's
/// weights. With a jury weight of 0 the total stays the evidence score to
/// the last unit.
pub fn combine(criteria: &Criteria, card: &mut Scorecard, jury_score: &Exact) {
    let Some(jury) = &criteria.jury else {
        return;
    };
    let d = criteria.decimals;
    let hundred = exact::ratio(100, 1);
    let exact = [
        card.evidence.as_exact() * exact::decimal(jury.evidence_weight) / &hundred,
        jury_score * exact::decimal(jury.jury_weight) / &hundred,
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

/// Rounds the exact total once, then shares its units among the parts by
/// largest remainder, so the rounded parts add up to the rounded total.
pub fn apportion(exact: &[Exact], decimals: u32) -> (Score, Vec<Score>) {
    let total_units = exact::round_units(&exact.iter().sum(), decimals);
    let (mut floors, rests): (Vec<i64>, Vec<Exact>) = exact
        .iter()
        .map(|x| exact::floor_units(x, decimals))
        .unzip();
    let mut deficit = total_units - floors.iter().sum::<i64>();
    let mut order: Vec<usize> = (0..exact.len()).collect();
    order.sort_by(|&a, &b| rests.get(b).cmp(&rests.get(a)).then(a.cmp(&b)));
    for i in order.iter().cycle().take(exact.len().max(1) * 2) {
        if deficit == 0 {
            break;
        }
        if let Some(f) = floors.get_mut(*i) {
            let step = deficit.signum();
            *f += step;
            deficit -= step;
        }
    }
    (
        Score::from_units(total_units, decimals),
        floors
            .into_iter()
            .map(|u| Score::from_units(u, decimals))
            .collect(),
    )
}

/// Measures one indicator; returns its card (without weights) and the exact share.
/// What one applicant owes, for the language-aware checks.
struct Context<'a> {
    owed: Owed,
    /// The language expected first on signs, folded.
    sign_first: String,
    /// Names a second language may repeat unchanged, prepared once.
    same_everywhere: &'a script::ProperNames,
    /// Names whose lost diacritics are worth pointing out, prepared once.
    known: &'a script::KnownNames,
}

/// The rule with its columns narrowed to the languages the applicant owes,
/// and which language each checked column is in.
fn for_applicant(ind: &Indicator, owed: &Owed) -> (Rule, Vec<(String, usize)>) {
    if ind.by_language.is_empty() {
        return (ind.rule.clone(), Vec::new());
    }
    let columns: Vec<(String, usize)> = owed
        .languages
        .iter()
        .filter_map(|l| ind.by_language.iter().find(|(lang, _)| lang == l).cloned())
        .collect();
    let list: Vec<usize> = columns.iter().map(|(_, c)| *c).collect();
    let mut rule = ind.rule.clone();
    match &mut rule {
        Rule::Share { all_yes } => *all_yes = list,
        Rule::Simultaneity { versions, .. } => *versions = list,
        Rule::Signage { texts, .. } => *texts = list,
        Rule::Equivalence { .. } => {}
    }
    (rule, columns)
}

fn measure(
    ind: &Indicator,
    spec: Option<&SheetSpec>,
    sheet: Option<&EvidenceSheet>,
    labels: &[Arc<str>],
    d: u32,
    context: &Context,
) -> (IndicatorScore, Exact) {
    let (rule, languages) = for_applicant(ind, &context.owed);
    let key = |c: usize| {
        spec.and_then(|s| s.columns.get(c))
            .map_or_else(String::new, |c| c.key.clone())
    };
    let evidence: Vec<Evidence> = sheet
        .map(|sheet| {
            sheet
                .rows
                .iter()
                .enumerate()
                .map(|(r, row)| {
                    let (note, decided_by) = judge(&rule, &row.values, &key);
                    let (note, decided_by) = match (&note, &rule) {
                        (Note::Met, Rule::Signage { .. }) => {
                            sign_checks(&rule, &languages, &row.values, &key, context)
                                .map_or((note, decided_by), |(n, c)| (n, Some(c)))
                        }
                        _ => (note, decided_by),
                    };
                    let remarks = match &rule {
                        Rule::Signage { texts, .. } => {
                            lost_diacritics(texts, &row.values, &key, context.known)
                        }
                        _ => Vec::new(),
                    };
                    Evidence {
                        row: row.number,
                        column: decided_by.and_then(|c| sheet.columns.get(c).copied().flatten()),
                        label: match &rule {
                            Rule::Signage { texts, .. } => sign_label(texts, &row.values),
                            _ => labels.get(r).cloned().unwrap_or_else(|| Arc::from("")),
                        },
                        met: note == Note::Met,
                        note,
                        remarks,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let rows = u32::try_from(evidence.len()).unwrap_or(u32::MAX);
    let met = u32::try_from(evidence.iter().filter(|e| e.met).count()).unwrap_or(u32::MAX);
    let (status, share) = if rows < ind.min_rows || rows == 0 {
        match ind.insufficient {
            Insufficient::Zero => (Status::Insufficient, Exact::zero()),
            Insufficient::Exclude => (Status::Excluded, Exact::zero()),
        }
    } else {
        (Status::Scored, exact::ratio(met.into(), rows.into()))
    };
    (
        IndicatorScore {
            id: ind.id.clone(),
            status,
            sheet: sheet.map(|s| s.name.clone()).unwrap_or_default(),
            rows,
            met,
            score: Score::exact(&(&share * exact::ratio(100, 1)), d),
            weight: ind.weight,
            effective_weight: 0.0,
            contribution: Score::zero(d),
            evidence,
        },
        share,
    )
}

/// A text cell as a label shows it: at most 120 characters.
fn label_text(v: &Value) -> Option<String> {
    match v {
        Value::Text(t) if !t.is_empty() => Some(crate::text::truncate(t, 120).0),
        _ => None,
    }
}

/// The row's first text, to name it in a scorecard ("news release 'X' …").
fn first_text(values: &[Value]) -> String {
    values.iter().find_map(label_text).unwrap_or_default()
}

/// A sign is named by its first text followed by the texts checked, since
/// they are the evidence.
fn sign_label(texts: &[usize], values: &[Value]) -> Arc<str> {
    let shown: Vec<String> = texts
        .iter()
        .map(|&c| {
            values
                .get(c)
                .and_then(label_text)
                .unwrap_or_else(|| "—".into())
        })
        .collect();
    Arc::from(format!("{}: {}", first_text(values), shown.join(" | ")))
}

/// Judges one row; returns why, and which declared column decided it.
fn judge(rule: &Rule, values: &[Value], key: &dyn Fn(usize) -> String) -> (Note, Option<usize>) {
    let get = |i: usize| values.get(i).unwrap_or(&Value::Empty);
    let at = |note: Note, c: usize| (note, Some(c));
    let met = (Note::Met, None);
    match rule {
        Rule::Share { all_yes } => all_yes
            .iter()
            .find(|&&c| get(c) != &Value::Bool(true))
            .map_or(met, |&c| at(Note::NotYes { column: key(c) }, c)),
        Rule::Simultaneity {
            versions,
            tolerance_hours,
        } => {
            let mut times = Vec::with_capacity(versions.len());
            for &c in versions {
                match get(c) {
                    Value::DateTime(t) => times.push((*t, c)),
                    _ => return at(Note::Missing { column: key(c) }, c),
                }
            }
            let (Some(first), Some(last)) = (times.iter().min(), times.iter().max()) else {
                return met;
            };
            let hours = (last.0 - first.0).num_minutes() as f64 / 60.0;
            if hours <= *tolerance_hours {
                met
            } else {
                at(
                    Note::Late {
                        hours,
                        tolerance: *tolerance_hours,
                    },
                    last.1,
                )
            }
        }
        Rule::Equivalence {
            first,
            second,
            ratio,
            rating,
        } => {
            let measure = |c: usize| match get(c) {
                Value::Number(n) => Some(*n),
                Value::Text(t) if !t.is_empty() => Some(t.chars().count() as f64),
                _ => None,
            };
            let Some(a) = measure(*first) else {
                return at(
                    Note::Missing {
                        column: key(*first),
                    },
                    *first,
                );
            };
            let Some(b) = measure(*second) else {
                return at(
                    Note::Missing {
                        column: key(*second),
                    },
                    *second,
                );
            };
            if let Some((min, max)) = ratio {
                let r = if a > 0.0 { b / a } else { f64::INFINITY };
                if !(r >= *min && r <= *max) {
                    let ratio = if r.is_finite() { r } else { 0.0 };
                    return at(
                        Note::Ratio {
                            column: key(*second),
                            ratio,
                            min: *min,
                            max: *max,
                        },
                        *second,
                    );
                }
            }
            if let Some((col, min)) = rating {
                match get(*col) {
                    Value::Number(n) if n >= min => {}
                    Value::Number(n) => {
                        return at(
                            Note::Rating {
                                column: key(*col),
                                rating: *n,
                                min: *min,
                            },
                            *col,
                        );
                    }
                    _ => return at(Note::Missing { column: key(*col) }, *col),
                }
            }
            met
        }
        Rule::Signage { texts, .. } => {
            if let Some(&c) = texts.iter().find(|&&c| get(c).is_empty()) {
                return at(Note::Missing { column: key(c) }, c);
            }
            met
        }
    }
}

fn text_of(v: &Value) -> &str {
    match v {
        Value::Text(t) => t,
        _ => "",
    }
}

fn script_name(s: script::Script) -> String {
    match s {
        script::Script::Latin => "latin",
        script::Script::Cyrillic => "cyrillic",
        script::Script::Mixed => "mixed",
        script::Script::Neither => "none",
    }
    .to_string()
}

/// The checks a sign must pass once every owed text is there: no copy of the
/// first text, no word mixing alphabets, Serbian in the required alphabet,
/// and the expected language first. Returns the first failure.
fn sign_checks(
    rule: &Rule,
    languages: &[(String, usize)],
    values: &[Value],
    key: &dyn Fn(usize) -> String,
    context: &Context,
) -> Option<(Note, usize)> {
    let Rule::Signage {
        texts,
        distinct,
        script: script_rule,
        cyrillic,
        first_language,
        order,
    } = rule
    else {
        return None;
    };
    let get = |i: usize| text_of(values.get(i).unwrap_or(&Value::Empty));
    // The Serbian Cyrillic column is a second language's text too: a copy of
    // the Albanian in Cyrillic letters ("Аркиви" for "Arkivi") is no translation.
    if *distinct && let Some((&first, rest)) = texts.split_first() {
        let others = rest.iter().chain(cyrillic.iter()).map(|&c| (c, get(c)));
        if let Some(c) = context.same_everywhere.first_copy(get(first), others) {
            return Some((Note::Copy { column: key(c) }, c));
        }
    }
    for &c in texts.iter().chain(cyrillic.iter()) {
        if let Some(w) = script::mixed_words(get(c)).into_iter().next() {
            let note = Note::MixedScript {
                column: key(c),
                word: w.word,
                position: w.position,
                intruders: w.intruders.iter().collect(),
            };
            return Some((note, c));
        }
    }
    let serbian = languages.iter().find(|(l, _)| l == "sr").map(|(_, c)| *c);
    if let (Some(rule), Some(sr)) = (script_rule, serbian) {
        let cyr = cyrillic.map(get).filter(|t| !t.is_empty());
        match script::meets_script_rule(*rule, Some(get(sr)), cyr) {
            Ok(()) => {}
            Err(ScriptProblem::WrongScript { expected, found }) => {
                let note = Note::Script {
                    column: key(sr),
                    expected: script_name(expected),
                    found: script_name(found),
                };
                return Some((note, sr));
            }
            Err(ScriptProblem::MissingScript(s)) => {
                return Some((
                    Note::ScriptMissing {
                        script: script_name(s),
                    },
                    cyrillic.unwrap_or(sr),
                ));
            }
            Err(ScriptProblem::Mixed(words)) => {
                let w = words.into_iter().next()?;
                let note = Note::MixedScript {
                    column: key(sr),
                    word: w.word,
                    position: w.position,
                    intruders: w.intruders.iter().collect(),
                };
                return Some((note, sr));
            }
        }
    }
    if *order && let Some(col) = first_language {
        let found = match values.get(*col) {
            Some(Value::Choice(k)) => k.clone(),
            Some(Value::Text(t)) => t.clone(),
            _ => String::new(),
        };
        if fold(&found) != context.sign_first {
            let note = Note::Order {
                expected: context.owed.sign_first.clone(),
                found,
            };
            return Some((note, *col));
        }
    }
    None
}

/// Known names written without their diacritics, in any of the sign's texts.
fn lost_diacritics(
    texts: &[usize],
    values: &[Value],
    key: &dyn Fn(usize) -> String,
    known: &script::KnownNames,
) -> Vec<Note> {
    texts
        .iter()
        .flat_map(|&c| {
            let text = text_of(values.get(c).unwrap_or(&Value::Empty));
            known
                .lost_diacritics(text)
                .into_iter()
                .map(move |l| Note::LostDiacritics {
                    column: key(c),
                    found: l.found,
                    intended: l.intended,
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::{Criteria, parse};
    use crate::submission::{Institution, Row};
    use chrono::NaiveDateTime;
    use proptest::prelude::*;

    pub fn bundled() -> Criteria {
        parse(include_bytes!("../criteria/2026.yaml")).unwrap().0
    }

    fn t(s: &str) -> Value {
        Value::DateTime(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
    }

    pub(super) fn sheet(rows: Vec<Vec<Value>>) -> EvidenceSheet {
        let width = rows.first().map_or(0, Vec::len);
        EvidenceSheet {
            name: "Sheet".into(),
            columns: (0..width as u32).map(Some).collect(),
            rows: rows
                .into_iter()
                .enumerate()
                .map(|(i, values)| Row {
                    number: i as u32 + 2,
                    values,
                })
                .collect(),
        }
    }

    pub(super) fn submission(
        services: Vec<Vec<Value>>,
        communication: Vec<Vec<Value>>,
        signage: Vec<Vec<Value>>,
    ) -> Submission {
        Submission {
            institution: Institution {
                id: "x".into(),
                name_sq: None,
                name_sr: None,
                name_sr_cyrl: None,
                kind: "ministry".into(),
                municipality: None,
                contact: None,
                submitted: None,
                edition: None,
                sample: false,
            },
            sheets: vec![sheet(services), sheet(communication), sheet(signage)],
        }
    }

    fn service(verbal: bool, written: bool) -> Vec<Value> {
        vec![
            Value::Text("s".into()),
            Value::Bool(true),
            Value::Bool(verbal),
            Value::Bool(true),
            Value::Bool(written),
        ]
    }

    fn item(sq: &str, sr: Option<&str>, words: (f64, f64)) -> Vec<Value> {
        vec![
            Value::Text("News".into()),
            Value::Choice("news_release".into()),
            t(sq),
            sr.map_or(Value::Empty, t),
            Value::Empty,
            Value::Empty,
            Value::Number(words.0),
            Value::Number(words.1),
        ]
    }

    fn sign(sq: &str, sr: &str) -> Vec<Value> {
        let v = |s: &str| {
            if s.is_empty() {
                Value::Empty
            } else {
                Value::Text(s.into())
            }
        };
        vec![
            Value::Text("Door".into()),
            v(sq),
            v(sr),
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::Empty,
        ]
    }

    fn full() -> Submission {
        submission(
            vec![service(true, true); 3],
            vec![item("2026-03-01 10:00", Some("2026-03-01 11:00"), (100.0, 100.0)); 5],
            vec![sign("Hyrja", "Улаз"); 2],
        )
    }

    fn indicator<'a>(card: &'a Scorecard, id: &str) -> &'a IndicatorScore {
        card.criteria
            .iter()
            .flat_map(|c| &c.indicators)
            .find(|i| i.id == id)
            .unwrap()
    }

    #[test]
    fn perfect_evidence_scores_100_and_high() {
        let c = bundled();
        let card = score(&c, &full());
        assert_eq!(card.total.to_string(), "100.00");
        assert_eq!(c.bands[card.band].id, "high");
        assert!(card.passed_gates());
    }

    #[test]
    fn simultaneity_tolerance_is_inclusive_and_missing_version_fails() {
        let c = bundled();
        let mut s = full();
        s.sheets[1].rows[0].values =
            item("2026-03-01 10:00", Some("2026-03-02 10:00"), (100.0, 100.0));
        s.sheets[1].rows[1].values =
            item("2026-03-01 10:00", Some("2026-03-02 10:01"), (100.0, 100.0));
        s.sheets[1].rows[2].values = item("2026-03-01 10:00", None, (100.0, 100.0));
        let card = score(&c, &s);
        let sim = indicator(&card, "simultaneous");
        assert_eq!((sim.met, sim.rows), (3, 5));
        assert_eq!(
            sim.evidence[1].note,
            Note::Late {
                hours: 24.0 + 1.0 / 60.0,
                tolerance: 24.0
            }
        );
        assert_eq!(
            sim.evidence[2].note,
            Note::Missing {
                column: "published_sr".into()
            }
        );
        assert_eq!(sim.score.to_string(), "60.00");
    }

    #[test]
    fn equivalence_ratio_bounds() {
        let c = bundled();
        let mut s = full();
        s.sheets[1].rows[0].values =
            item("2026-03-01 10:00", Some("2026-03-01 10:00"), (100.0, 80.0));
        s.sheets[1].rows[1].values =
            item("2026-03-01 10:00", Some("2026-03-01 10:00"), (100.0, 79.0));
        s.sheets[1].rows[2].values =
            item("2026-03-01 10:00", Some("2026-03-01 10:00"), (100.0, 125.0));
        s.sheets[1].rows[3].values =
            item("2026-03-01 10:00", Some("2026-03-01 10:00"), (0.0, 10.0));
        let card = score(&c, &s);
        let eq = indicator(&card, "equivalent");
        assert_eq!((eq.met, eq.rows), (3, 5));
    }

    #[test]
    fn signage_copy_ignores_case_spacing_and_diacritics() {
        let c = bundled();
        let s = submission(
            vec![service(true, true); 3],
            vec![item("2026-03-01 10:00", Some("2026-03-01 11:00"), (100.0, 100.0)); 5],
            vec![
                sign("Zyra e Pritjes", "zyra e  pritjes"),
                sign("Hyrja", ""),
                sign("Hyrja", "Улаз"),
            ],
        );
        let card = score(&c, &s);
        let signs = indicator(&card, "bilingual_signs");
        assert_eq!((signs.met, signs.rows), (1, 3));
        assert_eq!(
            signs.evidence[0].note,
            Note::Copy {
                column: "text_sr".into()
            }
        );
        assert_eq!(
            signs.evidence[1].note,
            Note::Missing {
                column: "text_sr".into()
            }
        );
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
            vec![sign("Hyrja", "Ulaz"); 2],
        );
        let card = score(&c, &s);
        assert!(!card.passed_gates());
        assert_eq!(card.gates[0].found, 0);
    }

    #[test]
    fn score_display_is_fixed_decimals() {
        assert_eq!(Score::round(5.0, 2).to_string(), "5.00");
        assert_eq!(Score::round(0.005, 2).to_string(), "0.01");
        assert_eq!(Score::round(12.345, 0).to_string(), "12");
        assert_eq!(Score::round(-1.5, 1).to_string(), "-1.5");
    }

    /// The reference the exact arithmetic is checked against, written
    /// independently: `num / den` in units of `10^-d`, rounded half away
    /// from zero, in plain integers.
    fn reference_units(num: i128, den: i128, d: u32) -> i64 {
        let scaled = num * 10i128.pow(d);
        let twice = 2 * scaled.abs() + den;
        let units = (twice / (2 * den)) as i64;
        if scaled < 0 { -units } else { units }
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
        fn contributions_add_up_to_the_total(
            parts in proptest::collection::vec((0i128..4_000, 1i128..100), 1..12),
            d in 0u32..4,
        ) {
            let exact: Vec<Exact> = parts
                .iter()
                .map(|&(n, q)| exact::ratio(n as u64, q as u64))
                .collect();
            let (total, shares) = apportion(&exact, d);
            let sum: i64 = shares.iter().map(|s| s.units()).sum();
            prop_assert_eq!(sum, total.units());
            let den: i128 = parts.iter().map(|p| p.1).product();
            let num: i128 = parts.iter().map(|&(n, q)| n * (den / q)).sum();
            prop_assert_eq!(total.units(), reference_units(num, den, d));
            // Each shown part is within one unit of its exact value.
            for ((n, q), s) in parts.iter().zip(&shares) {
                prop_assert!((i128::from(s.units()) * q - n * 10i128.pow(d)).abs() < *q);
            }
        }

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
            prop_assert_eq!(card.total.units(), reference_units(35 * met, 2 * n, c.decimals));
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
            combine(&c, &mut card, &exact::decimal(jury));
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
}

#[cfg(test)]
mod language_tests {
    use super::*;
    use crate::criteria::parse;
    use crate::submission::Row;

    /// The bundled criteria with the bundled language-status file, and the
    /// sign options replaced as `edit` says.
    fn criteria(edit: &[(&str, &str)]) -> Criteria {
        let mut c = parse(langaward_devkit::criteria_with(edit).as_bytes())
            .unwrap()
            .0;
        c.languages =
            crate::criteria::languages::parse(include_bytes!("../criteria/languages.yaml"))
                .unwrap()
                .0;
        c
    }

    /// The bundled rule relaxed to Serbian in either alphabet.
    const EITHER: [(&str, &str); 1] = [("serbian_script: cyrillic", "serbian_script: either")];
    /// The bundled rule (Cyrillic) with the local majority language first.
    const STRICT: [(&str, &str); 1] = [("order: false", "order: true")];

    fn text(s: &str) -> Value {
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s.into())
        }
    }

    /// One sign: Albanian, Serbian, Serbian Cyrillic, Turkish, Bosnian, first language.
    fn sign(texts: [&str; 5], first: &str) -> Vec<Value> {
        let mut row = vec![Value::Text("Entrance".into())];
        row.extend(texts.iter().map(|t| text(t)));
        row.push(if first.is_empty() {
            Value::Empty
        } else {
            Value::Choice(first.into())
        });
        row
    }

    fn signs_of(municipality: Option<&str>, signs: Vec<Vec<Value>>) -> Submission {
        let mut s = super::tests::submission(Vec::new(), Vec::new(), signs);
        s.institution.municipality = municipality.map(str::to_string);
        s
    }

    fn notes(c: &Criteria, s: &Submission) -> Vec<(bool, Note, Vec<Note>)> {
        let card = score(c, s);
        let signs = card
            .criteria
            .iter()
            .flat_map(|k| &k.indicators)
            .find(|i| i.id == "bilingual_signs")
            .unwrap();
        signs
            .evidence
            .iter()
            .map(|e| (e.met, e.note.clone(), e.remarks.clone()))
            .collect()
    }

    #[test]
    fn prizren_owes_four_languages_on_signs() {
        let c = criteria(&[]);
        let both = sign(["Hyrja", "Улаз", "", "", ""], "");
        let four = sign(["Hyrja", "Улаз", "", "Giriş", "Ulaz u zgradu"], "");
        let central = notes(&c, &signs_of(None, vec![both.clone()]));
        assert!(central[0].0, "a ministry owes Albanian and Serbian only");
        let prizren = notes(&c, &signs_of(Some("prizren"), vec![both, four]));
        assert_eq!(
            prizren[0].1,
            Note::Missing {
                column: "text_tr".into()
            }
        );
        assert!(prizren[1].0, "{:?}", prizren[1]);
    }

    #[test]
    fn a_homoglyph_in_a_serbian_sign_fails_with_the_word() {
        let c = criteria(&[]);
        let mixed = sign(
            ["Komuna e Graçanicës", "Општинa Грачаница", "", "", ""],
            "sr",
        );
        let n = notes(&c, &signs_of(Some("gracanica"), vec![mixed]));
        assert_eq!(
            n[0].1,
            Note::MixedScript {
                column: "text_sr".into(),
                word: "Општинa".into(),
                position: 1,
                intruders: "a".into()
            }
        );
    }

    #[test]
    fn the_north_mitrovica_road_sign_depends_on_the_rule() {
        let road = sign(
            ["Mitrovicë e Veriut", "Severna Mitrovica", "", "", ""],
            "sq",
        );
        let lenient = notes(
            &criteria(&EITHER),
            &signs_of(Some("mitrovica-north"), vec![road.clone()]),
        );
        assert!(lenient[0].0, "both languages present passes: {lenient:?}");
        let bundled = notes(
            &criteria(&[]),
            &signs_of(Some("mitrovica-north"), vec![road]),
        );
        assert_eq!(
            bundled[0].1,
            Note::Script {
                column: "text_sr".into(),
                expected: "cyrillic".into(),
                found: "latin".into()
            }
        );
        let cyrillic_but_albanian_first = sign(
            ["Mitrovicë e Veriut", "Северна Митровица", "", "", ""],
            "sq",
        );
        let strict = notes(
            &criteria(&STRICT),
            &signs_of(Some("mitrovica-north"), vec![cyrillic_but_albanian_first]),
        );
        assert_eq!(
            strict[0].1,
            Note::Order {
                expected: "sr".into(),
                found: "sq".into()
            }
        );
        let right = sign(
            ["Mitrovicë e Veriut", "Северна Митровица", "", "", ""],
            "sr",
        );
        assert!(
            notes(
                &criteria(&STRICT),
                &signs_of(Some("mitrovica-north"), vec![right])
            )[0]
            .0
        );
    }

    #[test]
    fn copies_fail_but_proper_names_may_repeat() {
        let c = criteria(&[]);
        let copy = sign(["Zyra e pritjes", "zyra e  pritjes", "", "", ""], "");
        let name = sign(["Prizren", "Призрен", "", "", ""], "");
        // An English name is no proper name: the sign is in neither language.
        let police = sign(["Kosovo Police", "Kosovo Police", "", "", ""], "");
        let n = notes(&c, &signs_of(None, vec![copy, name, police]));
        assert_eq!(
            n[0].1,
            Note::Copy {
                column: "text_sr".into()
            }
        );
        assert!(n[1].0, "{n:?}");
        assert_eq!(
            n[2].1,
            Note::Copy {
                column: "text_sr".into()
            }
        );
    }

    #[test]
    fn a_copy_in_cyrillic_letters_is_still_a_copy() {
        let c = criteria(&[("serbian_script: cyrillic", "serbian_script: both")]);
        let copied = sign(["Arkivi", "Arhiva", "Аркиви", "", ""], "");
        let translated = sign(["Arkivi", "Arhiva", "Архива", "", ""], "");
        let n = notes(&c, &signs_of(None, vec![copied, translated]));
        assert_eq!(
            n[0].1,
            Note::Copy {
                column: "text_sr_cyrl".into()
            }
        );
        assert!(n[1].0, "{n:?}");
    }

    #[test]
    fn lost_diacritics_are_a_remark_not_a_failure() {
        let c = criteria(&[]);
        let n = notes(
            &c,
            &signs_of(
                Some("prishtina"),
                vec![sign(
                    [
                        "Komuna e Prishtinës",
                        "Opština Pristina",
                        "Општина Приштина",
                        "",
                        "",
                    ],
                    "",
                )],
            ),
        );
        assert!(n[0].0);
        assert_eq!(
            n[0].2,
            vec![Note::LostDiacritics {
                column: "text_sr".into(),
                found: "Pristina".into(),
                intended: "Priština".into()
            }]
        );
    }

    #[test]
    fn simultaneity_spans_every_owed_language() {
        let c = criteria(&[]);
        let t = |s: &str| {
            Value::DateTime(chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap())
        };
        let item = |tr: Value, bs: Value| {
            vec![
                Value::Text("News".into()),
                Value::Choice("news_release".into()),
                t("2026-03-01 10:00"),
                t("2026-03-01 12:00"),
                tr,
                bs,
                Value::Number(100.0),
                Value::Number(100.0),
            ]
        };
        let mut s = signs_of(Some("prizren"), Vec::new());
        s.sheets[1].rows = [
            item(t("2026-03-01 11:00"), t("2026-03-02 09:00")),
            item(t("2026-03-03 10:00"), t("2026-03-01 10:00")),
            item(t("2026-03-01 11:00"), Value::Empty),
        ]
        .into_iter()
        .enumerate()
        .map(|(i, values)| Row {
            number: i as u32 + 2,
            values,
        })
        .collect();
        let card = score(&c, &s);
        let sim = card
            .criteria
            .iter()
            .flat_map(|k| &k.indicators)
            .find(|i| i.id == "simultaneous")
            .unwrap();
        assert!(
            sim.evidence[0].met,
            "23 hours from the first to the last version"
        );
        assert_eq!(
            sim.evidence[1].note,
            Note::Late {
                hours: 48.0,
                tolerance: 24.0
            }
        );
        assert_eq!(
            sim.evidence[2].note,
            Note::Missing {
                column: "published_bs".into()
            }
        );
        s.institution.municipality = None;
        let central = score(&c, &s);
        let sim = central
            .criteria
            .iter()
            .flat_map(|k| &k.indicators)
            .find(|i| i.id == "simultaneous")
            .unwrap();
        assert!(
            sim.evidence.iter().all(|e| e.met),
            "a ministry owes only Albanian and Serbian"
        );
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
