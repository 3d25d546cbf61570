//! The jury report and the scorecards as self-contained HTML pages, one per
//! language, from embedded minijinja templates that a folder can override.

mod jury;

use super::{RenderError, slug};
use crate::criteria::{Criteria, Rule, SheetSpec};
use crate::evaluate::{Applicant, Evaluation, Outcome, Role};
use crate::i18n::{Lang, Messages, to_cyrillic};
use crate::output::{Content, OutputFile};
use crate::scoring::{IndicatorScore, Note, Status};
use crate::script::ScriptRule;
use crate::submission::{CellRef, Finding};
use minijinja::{Environment, UndefinedBehavior, Value};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The templates compiled into the binary; `--templates DIR` may replace any
/// of them by file name.
pub const TEMPLATES: [(&str, &str); 6] = [
    ("layout.html.j2", include_str!("templates/layout.html.j2")),
    ("chart.html.j2", include_str!("templates/chart.html.j2")),
    ("report.html.j2", include_str!("templates/report.html.j2")),
    (
        "scorecard.html.j2",
        include_str!("templates/scorecard.html.j2"),
    ),
    ("index.html.j2", include_str!("templates/index.html.j2")),
    ("diff.html.j2", include_str!("templates/diff.html.j2")),
];

fn environment(overrides: Option<&Path>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html.j2") || name.ends_with(".html") {
            minijinja::AutoEscape::Html
        } else {
            minijinja::AutoEscape::None
        }
    });
    let dir: Option<PathBuf> = overrides.map(Path::to_path_buf);
    env.set_loader(move |name| {
        if let Some(dir) = &dir {
            let path = dir.join(name);
            if path.is_file() {
                return std::fs::read_to_string(&path).map(Some).map_err(|e| {
                    minijinja::Error::new(
                        minijinja::ErrorKind::InvalidOperation,
                        format!("cannot read template {}: {e}", path.display()),
                    )
                });
            }
        }
        Ok(TEMPLATES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, source)| source.to_string()))
    });
    env
}

fn render_template(
    env: &Environment,
    name: &str,
    ctx: &impl Serialize,
) -> Result<String, RenderError> {
    let template = env.get_template(name).map_err(template_error)?;
    template
        .render(Value::from(minijinja::value::Serde(ctx)))
        .map_err(template_error)
}

fn template_error(e: minijinja::Error) -> RenderError {
    let place = match (e.name(), e.line()) {
        (Some(name), Some(line)) => format!("{name}:{line}: "),
        (Some(name), None) => format!("{name}: "),
        _ => String::new(),
    };
    let detail = e.detail().map(|d| format!(": {d}")).unwrap_or_default();
    RenderError::Template(format!("{place}{}{detail}", e.kind()))
}

/// Most evidence rows one indicator shows on a scorecard page.
const EVIDENCE_ROWS: usize = 200;

/// A name in the reader's language, and whether it fell back to another.
#[derive(Serialize)]
struct Name {
    text: String,
    fallback: bool,
}

fn name(a: &Applicant, lang: Lang) -> Name {
    let i = &a.institution;
    let sq = i.name_sq.clone();
    let sr = i.name_sr.clone();
    let (own, other) = match lang {
        Lang::Sq => (sq, sr),
        Lang::Sr => (sr, sq),
        Lang::SrCyrl => (
            i.name_sr_cyrl
                .clone()
                .or_else(|| sr.as_deref().map(to_cyrillic)),
            sq,
        ),
        Lang::En => {
            let both = match (sq, sr) {
                (Some(a), Some(b)) if a != b => Some(format!("{a} / {b}")),
                (a, b) => a.or(b),
            };
            (both, None)
        }
    };
    match (own, other) {
        (Some(text), _) => Name {
            text,
            fallback: false,
        },
        (None, Some(text)) => Name {
            text,
            fallback: true,
        },
        (None, None) => Name {
            text: i.id.clone(),
            fallback: true,
        },
    }
}

/// Everything a page needs that does not depend on the applicant.
struct Page<'a> {
    eval: &'a Evaluation,
    m: &'a Messages,
    langs: &'a [Lang],
    slugs: &'a BTreeMap<usize, String>,
}

impl Page<'_> {
    fn c(&self) -> &Criteria {
        &self.eval.criteria.criteria
    }

    fn base(&self, file_of: impl Fn(Lang) -> String) -> serde_json::Value {
        let c = self.c();
        let m = self.m;
        serde_json::json!({
            "html_lang": m.lang().html_lang(),
            "m": m.map(),
            "languages": self.langs.iter().map(|&l| serde_json::json!({
                "label": l.label(), "href": file_of(l), "html_lang": l.html_lang(), "current": l == m.lang(),
            })).collect::<Vec<_>>(),
            "award": {
                "name": m.text(&c.award),
                "edition": c.edition,
                "period": m.fill("period", &[("from", &m.date(c.period.from)), ("to", &m.date(c.period.to))]),
            },
            "notice": self.eval.has_sample_evidence().then(|| m.get("notice")),
            "provenance": {
                "version": env!("CARGO_PKG_VERSION"),
                "criteria_file": self.eval.criteria_file,
                "criteria_sha256": self.eval.criteria.sha256,
                "inputs": self.eval.inputs.len(),
            },
        })
    }

    fn column(&self, sheet: &SheetSpec, index: usize) -> String {
        sheet
            .columns
            .get(index)
            .map_or_else(String::new, |col| self.m.text(&col.name))
    }

    /// What an indicator measures, in plain words.
    fn method(&self, ind: &crate::criteria::Indicator) -> String {
        let m = self.m;
        let Some(sheet) = self.c().sheets.get(ind.sheet) else {
            return String::new();
        };
        let sheet_name = m.text(&sheet.name);
        let owed_columns: Vec<usize> = ind.by_language.iter().map(|(_, c)| *c).collect();
        let pick = |listed: &[usize]| -> Vec<usize> {
            if ind.by_language.is_empty() {
                listed.to_vec()
            } else {
                owed_columns.clone()
            }
        };
        let cols = |idx: &[usize]| -> String {
            let names: Vec<String> = idx
                .iter()
                .map(|&i| m.fill("quote", &[("x", &self.column(sheet, i))]))
                .collect();
            m.list(&names)
        };
        let main = match &ind.rule {
            Rule::Share { all_yes } => m.fill(
                "method_share",
                &[("sheet", &sheet_name), ("columns", &cols(&pick(all_yes)))],
            ),
            Rule::Simultaneity {
                versions,
                tolerance_hours,
            } => m.fill(
                "method_simultaneity",
                &[
                    ("sheet", &sheet_name),
                    ("columns", &cols(&pick(versions))),
                    ("hours", &m.decimal(*tolerance_hours)),
                ],
            ),
            Rule::Equivalence {
                first,
                second,
                ratio,
                rating,
            } => {
                let (f, s) = (self.column(sheet, *first), self.column(sheet, *second));
                match (ratio, rating) {
                    (Some((lo, hi)), Some((col, min))) => m.fill(
                        "method_equivalence_both",
                        &[
                            ("sheet", &sheet_name),
                            ("first", &f),
                            ("second", &s),
                            ("min", &m.decimal(*lo)),
                            ("max", &m.decimal(*hi)),
                            ("column", &self.column(sheet, *col)),
                            ("min_rating", &m.decimal(*min)),
                        ],
                    ),
                    (Some((lo, hi)), None) => m.fill(
                        "method_equivalence_ratio",
                        &[
                            ("sheet", &sheet_name),
                            ("first", &f),
                            ("second", &s),
                            ("min", &m.decimal(*lo)),
                            ("max", &m.decimal(*hi)),
                        ],
                    ),
                    (None, Some((col, min))) => m.fill(
                        "method_equivalence_rating",
                        &[
                            ("sheet", &sheet_name),
                            ("column", &self.column(sheet, *col)),
                            ("min", &m.decimal(*min)),
                        ],
                    ),
                    (None, None) => String::new(),
                }
            }
            Rule::Signage {
                texts,
                distinct,
                script,
                order,
                ..
            } => {
                let kind = if *distinct {
                    "method_signage_distinct"
                } else {
                    "method_signage"
                };
                let mut parts = vec![
                    m.fill(
                        kind,
                        &[("sheet", &sheet_name), ("columns", &cols(&pick(texts)))],
                    ),
                    m.get("method_mixed").to_string(),
                ];
                if let Some(rule) = script {
                    let name = match rule {
                        ScriptRule::Cyrillic => "method_script_cyrillic",
                        ScriptRule::Latin => "method_script_latin",
                        ScriptRule::Either => "method_script_either",
                        ScriptRule::Both => "method_script_both",
                    };
                    parts.push(m.get(name).to_string());
                }
                if *order {
                    parts.push(m.get("method_order").to_string());
                }
                parts.join(" ")
            }
        };
        let policy = match ind.insufficient {
            crate::criteria::Insufficient::Zero => m.get("policy_zero"),
            crate::criteria::Insufficient::Exclude => m.get("policy_exclude"),
        };
        let rows = m.fill(
            "method_min_rows",
            &[("n", &ind.min_rows.to_string()), ("policy", policy)],
        );
        let described = ind
            .description
            .as_ref()
            .map(|d| format!("{} ", m.text(d)))
            .unwrap_or_default();
        let owed = if ind.by_language.is_empty() {
            String::new()
        } else {
            format!(" {}", m.get("method_owed"))
        };
        format!("{described}{main}{owed} {rows}")
    }

    fn criteria(&self) -> serde_json::Value {
        let m = self.m;
        self.c()
            .criteria
            .iter()
            .map(|k| {
                serde_json::json!({
                    "name": m.text(&k.name),
                    "short": m.text(&k.name),
                    "weight": m.decimal(k.weight),
                    "indicators": k.indicators.iter().map(|i| serde_json::json!({
                        "name": m.text(&i.name),
                        "weight": m.decimal(i.weight),
                        "method": self.method(i),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect()
    }

    fn bands(&self) -> serde_json::Value {
        let m = self.m;
        self.c()
            .bands
            .iter()
            .map(|b| {
                let x = |v: f64| m.decimal(v);
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
                serde_json::json!({ "name": m.text(&b.name), "rule": format!("{lower}, {upper}") })
            })
            .collect()
    }

    /// A language's name in the reader's language, from the language-status file.
    fn language_name(&self, code: &str) -> String {
        if code.is_empty() {
            return "—".into();
        }
        let names = self.c().languages.names.get(code);
        let pick = |k: &str| names.and_then(|n| n.get(k)).cloned();
        match self.m.lang() {
            Lang::Sq => pick("sq"),
            Lang::Sr => pick("sr"),
            Lang::SrCyrl => pick("sr").map(|n| to_cyrillic(&n)),
            Lang::En => pick("en"),
        }
        .unwrap_or_else(|| code.to_string())
    }

    fn band(&self, a: &Applicant) -> (String, usize) {
        let name = self
            .c()
            .bands
            .get(a.card.band)
            .map(|b| self.m.text(&b.name))
            .unwrap_or_default();
        (name, a.card.band)
    }

    fn scorecard_href(&self, entry: usize, from_scorecards: bool) -> String {
        let slug = self.slugs.get(&entry).cloned().unwrap_or_default();
        let prefix = if from_scorecards { "" } else { "scorecards/" };
        format!("{prefix}{slug}.{}.html", self.m.lang().code())
    }

    fn gate_lines(&self, a: &Applicant) -> Vec<String> {
        let m = self.m;
        a.card
            .gates
            .iter()
            .zip(&self.c().gates)
            .map(|(g, spec)| {
                let gate = m.text(&spec.name);
                if g.passed {
                    m.fill(
                        "gate_passed",
                        &[("gate", &gate), ("found", &g.found.to_string())],
                    )
                } else {
                    m.fill(
                        "gate_failed",
                        &[
                            ("gate", &gate),
                            ("found", &g.found.to_string()),
                            ("min", &g.min.to_string()),
                        ],
                    )
                }
            })
            .collect()
    }

    fn failed_gates(&self, a: &Applicant) -> String {
        let failed: Vec<String> = a
            .card
            .gates
            .iter()
            .zip(&self.c().gates)
            .zip(self.gate_lines(a))
            .filter(|((g, _), _)| !g.passed)
            .map(|(_, line)| line)
            .collect();
        failed.join("; ")
    }

    fn ineligible_reason(&self, a: &Applicant) -> String {
        super::ineligible_reason(self.m, self.c(), a.why_ineligible(), &a.institution.kind)
    }

    fn outcome(&self, o: Outcome) -> &str {
        self.m.get(match o {
            Outcome::Scored => "outcome_scored",
            Outcome::ScoredWithWarnings => "outcome_warned",
            Outcome::Rejected => "outcome_rejected",
            Outcome::Skipped => "outcome_skipped",
        })
    }
}

fn finding(m: &Messages, f: &Finding) -> serde_json::Value {
    serde_json::json!({
        "place": f.at.as_ref().map(ToString::to_string),
        "message": f.message(m),
        "code": f.code,
    })
}

fn report(page: &Page) -> serde_json::Value {
    let (eval, m, c) = (page.eval, page.m, page.c());
    let mut ctx = page.base(|l| format!("report.{}.html", l.code()));
    let categories: Vec<serde_json::Value> = eval
        .ranking
        .categories
        .iter()
        .filter_map(|cat| {
            let spec = c.categories.iter().find(|k| k.id == cat.category)?;
            let mut band_counts = vec![0usize; c.bands.len()];
            let (rows, chart): (Vec<serde_json::Value>, Vec<serde_json::Value>) = cat
                .placed
                .iter()
                .filter_map(|p| {
                    let a = eval.applicants.get(p.entry)?;
                    if let Some(n) = band_counts.get_mut(a.card.band) {
                        *n += 1;
                    }
                    let (band, band_index) = page.band(a);
                    let note = p.decided_by.as_ref().map(|by| {
                        let name = match c.criteria.iter().find(|k| &k.id == by) {
                            Some(k) => m.text(&k.name),
                            None if by == "jury" => m.get("tie_jury").to_string(),
                            None => m.get("tie_full_indicators").to_string(),
                        };
                        m.fill("decided_by", &[("criterion", &name)])
                    });
                    let name = name(a, m.lang());
                    let total = m.number(&a.card.total.to_string());
                    let (mut label, cut) = crate::text::truncate(&name.text, 34);
                    if cut {
                        label = format!("{}…", label.trim_end());
                    }
                    let chart = serde_json::json!({
                        "label": label, "value": a.card.total.value(), "total": total,
                        "band": band, "band_index": band_index,
                    });
                    let row = serde_json::json!({
                        "rank": p.rank,
                        "tied": p.tied,
                        "name": name,
                        "note": note,
                        "evidence": m.number(&a.card.evidence.to_string()),
                        "jury": a.card.jury.map(|j| m.number(&j.score.to_string())),
                        "consensus": super::jury::card(eval, p.entry).is_some_and(|j| j.consensus),
                        "total": total,
                        "band": band,
                        "band_index": band_index,
                        "scores": a.card.criteria.iter().map(|k| m.number(&k.score.to_string())).collect::<Vec<_>>(),
                        "scorecard": page.scorecard_href(p.entry, false),
                    });
                    Some((row, chart))
                })
                .unzip();
            let listed = |entries: &[usize], reason: &dyn Fn(usize, &Applicant) -> String| -> Vec<serde_json::Value> {
                entries
                    .iter()
                    .filter_map(|&e| {
                        let a = eval.applicants.get(e)?;
                        Some(serde_json::json!({ "name": name(a, m.lang()), "reason": reason(e, a), "scorecard": page.scorecard_href(e, false) }))
                    })
                    .collect()
            };
            Some(serde_json::json!({
                "id": spec.id,
                "name": m.text(&spec.name),
                "count": rows.len(),
                "band_counts": band_counts,
                "rows": rows,
                "chart": chart,
                "excluded": listed(&cat.excluded, &|_, a| page.failed_gates(a)),
                "awaiting": listed(&cat.awaiting, &|e, _| page.awaiting_reason(e)),
            }))
        })
        .collect();
    let ineligible: Vec<serde_json::Value> = eval
        .ranking
        .ineligible
        .iter()
        .filter_map(|&e| {
            let a = eval.applicants.get(e)?;
            Some(serde_json::json!({ "name": name(a, m.lang()), "reason": page.ineligible_reason(a), "scorecard": page.scorecard_href(e, false) }))
        })
        .collect();
    let [total, scored, warned, rejected, skipped] =
        super::jury::counts(eval, Role::Submission).map(|n| n.to_string());
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
    let tie_names: Vec<String> = c
        .tie_breaks
        .iter()
        .filter_map(|t| match t {
            crate::criteria::TieBreak::Criterion(i) => c.criteria.get(*i).map(|k| m.text(&k.name)),
            crate::criteria::TieBreak::Jury => Some(m.get("tie_jury").to_string()),
            crate::criteria::TieBreak::FullIndicators => {
                Some(m.get("tie_full_indicators").to_string())
            }
        })
        .collect();
    let ties_rule = if tie_names.is_empty() {
        m.get("ties_rule_none").to_string()
    } else {
        m.fill("ties_rule", &[("criteria", &m.list(&tie_names))])
    };
    let gates: Vec<String> = c
        .gates
        .iter()
        .map(|g| {
            let sheet = c.sheets.get(g.sheet);
            let sheet_name = sheet.map(|s| m.text(&s.name)).unwrap_or_default();
            let gate = m.text(&g.name);
            let min = g.min.to_string();
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
        .collect();
    let inputs: Vec<serde_json::Value> = eval
        .inputs
        .iter()
        .map(|i| {
            serde_json::json!({
                "file": i.file,
                "sha256": i.sha256,
                "role": page.role(i.role),
                "outcome": page.input_outcome(i.role, i.outcome),
                "findings": i.findings.iter().map(|f| finding(m, f)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let awards: Vec<serde_json::Value> = eval
        .ranking
        .categories
        .iter()
        .filter(|cat| !cat.outcomes.is_empty())
        .filter_map(|cat| {
            let spec = c.categories.iter().find(|k| k.id == cat.category)?;
            let names = |list: &[usize]| -> Vec<String> {
                list.iter()
                    .filter_map(|&e| eval.applicants.get(e))
                    .map(|a| name(a, m.lang()).text)
                    .collect()
            };
            let tiers: Vec<serde_json::Value> = cat
                .outcomes
                .iter()
                .zip(&c.tiers)
                .map(|(o, tier)| {
                    let tied = names(&o.tied_for_last);
                    serde_json::json!({
                        "name": m.text(&tier.name),
                        "recipients": names(&o.recipients),
                        "tied": (!tied.is_empty()).then(|| m.fill("jury_decides", &[("names", &m.list(&tied))])),
                        "close": o.close.then(|| {
                            m.fill("close_result", &[("margin", &m.decimal(c.close_margin.unwrap_or_default()))])
                        }),
                    })
                })
                .collect();
            Some(serde_json::json!({
                "name": m.text(&spec.name),
                "tiers": tiers,
                "provisional": super::jury::provisional(eval, cat).then(|| m.get("provisional_short")),
            }))
        })
        .collect();
    if let Some(obj) = ctx.as_object_mut() {
        obj.insert("awards".into(), awards.into());
        obj.insert("criteria".into(), page.criteria());
        obj.insert("bands".into(), page.bands());
        obj.insert("categories".into(), categories.into());
        obj.insert("ineligible".into(), ineligible.into());
        obj.insert("files_summary".into(), files_summary.into());
        obj.insert("ties_rule".into(), ties_rule.into());
        obj.insert("gates".into(), gates.into());
        obj.insert("inputs".into(), inputs.into());
        obj.insert("provisional".into(), page.provisional_notices().into());
        obj.insert("split".into(), super::jury::read(eval).into());
        obj.insert("total_rule".into(), page.total_rule().into());
        obj.insert("jury".into(), page.jury_section().into());
        obj.insert("method_final".into(), page.method_final().into());
        let method_total = if c.jury.is_some() {
            "method_evidence"
        } else {
            "method_total"
        };
        obj.insert("method_total".into(), m.get(method_total).into());
    }
    ctx
}

fn note(page: &Page, sheet: &SheetSpec, note: &Note) -> String {
    let m = page.m;
    let col = |key: &str| {
        sheet
            .columns
            .iter()
            .find(|c| c.key == key)
            .map_or_else(|| key.to_string(), |c| m.text(&c.name))
    };
    let first_of = |key: &str| col(key);
    match note {
        Note::Met => m.get("note_met").to_string(),
        Note::NotYes { column } => m.fill("note_not_yes", &[("column", &first_of(column))]),
        Note::Missing { column } => m.fill("note_missing", &[("column", &col(column))]),
        Note::Late { hours, tolerance } => m.fill(
            "note_late",
            &[
                ("hours", &m.decimal((hours * 10.0).round() / 10.0)),
                ("tolerance", &m.decimal(*tolerance)),
            ],
        ),
        Note::Ratio {
            column,
            ratio,
            min,
            max,
        } => m.fill(
            "note_ratio",
            &[
                ("column", &col(column)),
                ("ratio", &m.decimal((ratio * 100.0).round() / 100.0)),
                ("min", &m.decimal(*min)),
                ("max", &m.decimal(*max)),
            ],
        ),
        Note::Rating {
            column,
            rating,
            min,
        } => m.fill(
            "note_rating",
            &[
                ("column", &col(column)),
                ("rating", &m.decimal(*rating)),
                ("min", &m.decimal(*min)),
            ],
        ),
        Note::Copy { column } => m.fill("note_copy", &[("column", &col(column))]),
        Note::Script {
            column,
            expected,
            found,
        } => m.fill(
            "note_script",
            &[
                ("column", &col(column)),
                ("expected", m.get(&format!("script_{expected}"))),
                ("found", m.get(&format!("script_{found}"))),
            ],
        ),
        Note::ScriptMissing { script } => m.fill(
            "note_script_missing",
            &[("script", m.get(&format!("script_{script}")))],
        ),
        Note::MixedScript {
            column,
            word,
            position,
            intruders,
        } => m.fill(
            "note_mixed",
            &[
                ("column", &col(column)),
                ("word", word),
                ("position", &position.to_string()),
                ("letters", intruders),
            ],
        ),
        Note::Order { expected, found } => m.fill(
            "note_order",
            &[
                ("expected", &page.language_name(expected)),
                ("found", &page.language_name(found)),
            ],
        ),
        Note::LostDiacritics {
            column,
            found,
            intended,
        } => m.fill(
            "note_lost_diacritics",
            &[
                ("column", &col(column)),
                ("found", found),
                ("intended", intended),
            ],
        ),
    }
}

fn indicator_status(m: &Messages, ind: &IndicatorScore, min_rows: u32) -> Option<String> {
    let args = [
        ("rows", ind.rows.to_string()),
        ("min", min_rows.to_string()),
    ];
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    match ind.status {
        Status::Scored => None,
        Status::Insufficient => Some(m.fill("status_insufficient", &args)),
        Status::Excluded => Some(m.fill("status_excluded", &args)),
    }
}

fn scorecard(page: &Page, entry: usize, a: &Applicant, findings: &[Finding]) -> serde_json::Value {
    let (eval, m, c) = (page.eval, page.m, page.c());
    let slug = page.slugs.get(&entry).cloned().unwrap_or_default();
    let mut ctx = page.base(|l| format!("{slug}.{}.html", l.code()));
    let category = a.category.and_then(|i| c.categories.get(i));
    let placed = eval.ranking.categories.iter().find_map(|cat| {
        cat.placed
            .iter()
            .find(|p| p.entry == entry)
            .map(|p| (p, cat.placed.len()))
    });
    let category_name = category
        .map(|k| m.text(&k.name))
        .unwrap_or_else(|| m.get("ineligible").to_string());
    let standing = match placed {
        Some((p, count)) => m.fill(
            if p.tied {
                "standing_tied"
            } else {
                "standing_ranked"
            },
            &[
                ("rank", &p.rank.to_string()),
                ("count", &count.to_string()),
                ("category", &category_name),
            ],
        ),
        None if a.category.is_none() => m.fill(
            "standing_ineligible",
            &[(
                "reason",
                &super::ineligible_reason(m, c, a.why_ineligible(), &a.institution.kind),
            )],
        ),
        None if !a.card.passed_gates() => m.get("standing_excluded").to_string(),
        None => m.get("standing_awaiting").to_string(),
    };
    let mut lost: Vec<(f64, String, String)> = Vec::new();
    let criteria: Vec<serde_json::Value> = a
        .card
        .criteria
        .iter()
        .zip(&c.criteria)
        .map(|(k, spec)| {
            let indicators: Vec<serde_json::Value> = k
                .indicators
                .iter()
                .zip(&spec.indicators)
                .map(|(i, ispec)| {
                    let sheet = c.sheets.get(ispec.sheet);
                    let missed = i.effective_weight - i.contribution.value();
                    if missed > 0.0 {
                        lost.push((missed, format!("{}: {}", m.text(&spec.name), m.text(&ispec.name)), m.decimal((missed * 100.0).round() / 100.0)));
                    }
                    // Rows that lost points come first; a page shows at most
                    // EVIDENCE_ROWS of them (results.json keeps every row).
                    let mut shown: Vec<&crate::scoring::Evidence> = i.evidence.iter().filter(|e| !e.met).collect();
                    shown.extend(i.evidence.iter().filter(|e| e.met));
                    let hidden = shown.len().saturating_sub(EVIDENCE_ROWS);
                    shown.truncate(EVIDENCE_ROWS);
                    shown.sort_by_key(|e| e.row);
                    let evidence: Vec<serde_json::Value> = shown
                        .into_iter()
                        .map(|e| {
                            let place = match e.column {
                                Some(_) => CellRef {
                                    sheet: i.sheet.clone(),
                                    row: e.row,
                                    column: e.column,
                                }
                                .to_string(),
                                None => m.fill("place_row", &[("sheet", &i.sheet), ("row", &e.row.to_string())]),
                            };
                            serde_json::json!({
                                "place": place,
                                "label": e.label,
                                "met": e.met,
                                "note": sheet.map(|s| note(page, s, &e.note)).unwrap_or_default(),
                                "remarks": e.remarks.iter().filter_map(|r| sheet.map(|s| note(page, s, r))).collect::<Vec<_>>(),
                            })
                        })
                        .collect();
                    serde_json::json!({
                        "name": m.text(&ispec.name),
                        "value": m.fill("value_share", &[("met", &i.met.to_string()), ("rows", &i.rows.to_string())]),
                        "score": m.number(&i.score.to_string()),
                        "weight": m.decimal((i.effective_weight * 100.0).round() / 100.0),
                        "contribution": m.number(&i.contribution.to_string()),
                        "status": indicator_status(m, i, ispec.min_rows),
                        "method": page.method(ispec),
                        "evidence": evidence,
                        "hidden_rows": (hidden > 0).then(|| m.fill("more_rows", &[("n", &hidden.to_string())])),
                    })
                })
                .collect();
            serde_json::json!({
                "name": m.text(&spec.name),
                "score": m.number(&k.score.to_string()),
                "weight": m.decimal(k.weight),
                "contribution": m.number(&k.contribution.to_string()),
                "indicators": indicators,
            })
        })
        .collect();
    lost.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let (band, band_index) = page.band(a);
    if let Some(obj) = ctx.as_object_mut() {
        obj.insert(
            "report_href".into(),
            format!("../report.{}.html", m.lang().code()).into(),
        );
        obj.insert(
            "card".into(),
            serde_json::json!({
                "name": name(a, m.lang()),
                "category": category_name,
                "file": a.file,
                "total": m.number(&a.card.total.to_string()),
                "evidence": m.number(&a.card.evidence.to_string()),
                // The breakdown adds up to the evidence score, which is the
                // total only while the jury has no part in it.
                "breakdown_total": if a.card.jury.is_some() { m.get("evidence_score") } else { m.get("total") },
                "breakdown_note": if a.card.jury.is_some() { m.get("contributions_add_up_evidence") } else { m.get("contributions_add_up") },
                "jury": page.scorecard_jury(entry, a),
                "band": band,
                "band_index": band_index,
                "standing": standing,
                "lost": lost.iter().map(|(_, n, p)| serde_json::json!({"name": n, "points": p})).collect::<Vec<_>>(),
                "criteria": criteria,
                "gates": page.gate_lines(a),
                "findings": findings.iter().map(|f| finding(m, f)).collect::<Vec<_>>(),
            }),
        );
    }
    ctx
}

/// One applicant's scorecard as data in one language: what the scorecard
/// page shows, for the terminal's `explain`.
pub fn scorecard_view(
    eval: &Evaluation,
    lang: Lang,
    entry: usize,
) -> Result<Option<serde_json::Value>, RenderError> {
    let Some(a) = eval.applicants.get(entry) else {
        return Ok(None);
    };
    let m = Messages::load(lang)?;
    let slugs = slug::assign(eval);
    let page = Page {
        eval,
        m: &m,
        langs: &[lang],
        slugs: &slugs,
    };
    let findings = eval
        .inputs
        .iter()
        .find(|i| i.applicant == Some(entry))
        .map_or(&[][..], |i| &i.findings[..]);
    let mut ctx = scorecard(&page, entry, a, findings);
    // The terminal has no template: it takes the labels along with the card.
    if let Some(card) = ctx.get_mut("card") {
        card["m"] = serde_json::to_value(m.map()).unwrap_or_default();
    }
    Ok(ctx.get("card").cloned())
}

/// The edition-over-edition page, in the report's style, from the newer
/// edition's `results.json` and the comparison.
pub fn render_diff(
    c: &crate::diff::Comparison,
    newer: &super::schema::Results,
    lang: Lang,
    templates: Option<&Path>,
) -> Result<String, RenderError> {
    let m = Messages::load(lang)?;
    let text = |t: &super::schema::Text| match lang {
        Lang::Sq => t.sq.to_string(),
        Lang::Sr => t.sr.to_string(),
        Lang::SrCyrl => to_cyrillic(&t.sr),
        Lang::En => t.en.to_string(),
    };
    let num = |x: f64| m.number(&format!("{x:.2}"));
    let rank = |r: Option<u64>| r.map_or_else(|| "—".to_string(), |r| r.to_string());
    let standing = |s: &crate::diff::Standing| serde_json::json!({"name": s.name, "total": num(s.total), "band": s.band});
    let change = |ch: &crate::diff::Change| {
        serde_json::json!({
            "name": ch.new.name,
            "renamed": (ch.old.id != ch.new.id).then(|| m.fill("diff_renamed", &[("id", &ch.old.id)])),
            "old_total": num(ch.old.total), "new_total": num(ch.new.total),
            "change": format!("{}{}", if ch.total_change > 0.0 { "+" } else { "" }, num(ch.total_change)),
            "old_band": ch.old.band, "new_band": ch.new.band, "fell": ch.fell,
            "old_rank": rank(ch.old.rank), "new_rank": rank(ch.new.rank),
        })
    };
    let ctx = serde_json::json!({
        "html_lang": lang.html_lang(),
        "m": m.map(),
        "languages": [],
        "award": {"name": text(&newer.criteria.award), "edition": c.new_edition, "period": ""},
        "notice": newer.notice.as_ref().map(|_| m.get("notice")),
        "provenance": {
            "version": env!("CARGO_PKG_VERSION"),
            "criteria_file": newer.criteria.file,
            "criteria_sha256": newer.criteria.sha256,
            "inputs": newer.inputs.len(),
        },
        "title": m.fill("diff_title", &[("new", &c.new_edition.to_string()), ("old", &c.old_edition.to_string())]),
        "differ": c.criteria_differ.as_ref().map(|_| m.get("diff_differ")),
        "old_edition": c.old_edition,
        "new_edition": c.new_edition,
        "fell": c.fallen_recipients().map(change).collect::<Vec<_>>(),
        "changes": c.changes.iter().map(change).collect::<Vec<_>>(),
        "new_applicants": c.new_applicants.iter().map(standing).collect::<Vec<_>>(),
        "missing": c.missing.iter().map(standing).collect::<Vec<_>>(),
    });
    render_template(&environment(templates), "diff.html.j2", &ctx)
}

/// The files [`render`] writes, in order, so overwrite checks can run first.
pub fn file_names(eval: &Evaluation, langs: &[Lang]) -> Vec<String> {
    let slugs = slug::assign(eval);
    let mut names = vec!["index.html".to_string()];
    for lang in langs {
        names.push(format!("report.{}.html", lang.code()));
        names.extend((0..eval.applicants.len()).map(|entry| {
            let slug = slugs.get(&entry).cloned().unwrap_or_default();
            format!("scorecards/{slug}.{}.html", lang.code())
        }));
    }
    names
}

/// Renders the index, then the report and every scorecard in each language,
/// handing each page to `sink` as soon as it is ready.
pub fn render<E: From<RenderError>>(
    eval: &Evaluation,
    langs: &[Lang],
    templates: Option<&Path>,
    sink: &mut dyn FnMut(OutputFile) -> Result<(), E>,
) -> Result<(), E> {
    let env = environment(templates);
    let slugs = slug::assign(eval);
    let pages: Vec<serde_json::Value> = langs
        .iter()
        .map(|&lang| {
            Messages::load(lang).map(|m| {
                serde_json::json!({
                    "href": format!("report.{}.html", lang.code()),
                    "html_lang": lang.html_lang(),
                    "label": lang.label(),
                    "title": m.get("report_title"),
                })
            })
        })
        .collect::<Result<_, _>>()
        .map_err(RenderError::from)?;
    if let Some(&first) = langs.first() {
        let m = Messages::load(first).map_err(RenderError::from)?;
        let page = Page {
            eval,
            m: &m,
            langs,
            slugs: &slugs,
        };
        let mut ctx = page.base(|l| format!("report.{}.html", l.code()));
        if let Some(obj) = ctx.as_object_mut() {
            obj.insert("pages".into(), pages.into());
        }
        sink(OutputFile {
            name: "index.html".into(),
            content: Content::Bytes(render_template(&env, "index.html.j2", &ctx)?.into_bytes()),
        })?;
    }
    for &lang in langs {
        let m = Messages::load(lang).map_err(RenderError::from)?;
        let page = Page {
            eval,
            m: &m,
            langs,
            slugs: &slugs,
        };
        sink(OutputFile {
            name: format!("report.{}.html", lang.code()),
            content: Content::Bytes(
                render_template(&env, "report.html.j2", &report(&page))?.into_bytes(),
            ),
        })?;
        // Pages are rendered in parallel a batch at a time, then written in
        // order: output stays deterministic and memory stays at one batch.
        let applicants: Vec<(usize, &Applicant)> = eval.applicants.iter().enumerate().collect();
        for batch in applicants.chunks(64) {
            let rendered: Vec<Result<(String, String), RenderError>> = batch
                .par_iter()
                .map(|&(entry, a)| {
                    let findings = eval
                        .inputs
                        .iter()
                        .find(|i| i.applicant == Some(entry))
                        .map_or(&[][..], |i| &i.findings[..]);
                    let slug = slugs.get(&entry).cloned().unwrap_or_default();
                    let ctx = scorecard(&page, entry, a, findings);
                    let html = render_template(&env, "scorecard.html.j2", &ctx)?;
                    Ok((format!("scorecards/{slug}.{}.html", lang.code()), html))
                })
                .collect();
            for file in rendered {
                let (name, html) = file?;
                sink(OutputFile {
                    name,
                    content: Content::Bytes(html.into_bytes()),
                })?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_key_is_used_by_a_template_or_the_renderer() {
        let m = Messages::load(Lang::En).unwrap();
        let templates: String = TEMPLATES.iter().map(|(_, s)| *s).collect();
        let readers: String = [
            include_str!("../submission/mod.rs"),
            include_str!("../submission/cells.rs"),
            include_str!("../submission/grid.rs"),
            include_str!("../submission/sniff.rs"),
            include_str!("../evaluate.rs"),
            include_str!("../jury/marks.rs"),
        ]
        .concat();
        let renderer: String = [
            include_str!("html.rs"),
            include_str!("html/jury.rs"),
            include_str!("mod.rs"),
            include_str!("../i18n.rs"),
            include_str!("../template.rs"),
        ]
        .iter()
        .map(|source| source.split("#[cfg(test)]").next().unwrap())
        .collect();
        for key in m.map().keys() {
            let used = templates.contains(&format!("m.{key} "))
                || templates.contains(&format!("m.{key}}}"))
                || renderer.contains(&format!("\"{key}\""))
                || key.starts_with("month_")
                || key.starts_with("script_")
                || key
                    .strip_prefix("finding_")
                    .is_some_and(|code| readers.contains(&format!("\"{code}\"")));
            assert!(used, "message `{key}` is not used anywhere");
        }
    }

    #[test]
    fn every_template_key_exists_in_the_catalogue() {
        let m = Messages::load(Lang::En).unwrap();
        for (name, source) in TEMPLATES {
            for part in source.split("m.").skip(1) {
                let key: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !key.is_empty() {
                    assert!(
                        m.map().contains_key(&key),
                        "{name} uses unknown message `{key}`"
                    );
                }
            }
        }
    }
}
