//! Typed views of the pages: what each template is given, built once per
//! page from borrowed data. Every struct's field names are the names the
//! templates use, so the templates (and a secretariat's overrides of them)
//! keep working; the words of the page's language are looked up here, once
//! per language where they do not depend on the applicant.

pub(super) mod chart;
pub(super) mod diff;
pub(super) mod evidence;
pub(super) mod jury;
pub(super) mod jury_card;
mod lazy;
pub(super) mod matrix;
pub(super) mod nominee;
pub(super) mod report;
pub(super) mod robustness;
pub(super) mod scorecard;
mod words;

use crate::criteria::{Criteria, SheetSpec};
use crate::evaluate::{Applicant, Evaluation, Outcome};
use crate::i18n::{Lang, Messages, to_cyrillic};
use crate::ix::{ApplicantIx, PerApplicant, PerBand};
use crate::ranking::Placed;
use crate::submission::Finding;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// A name in the reader's language, and whether it fell back to another.
#[derive(Serialize)]
pub struct Name<'a> {
    pub text: Cow<'a, str>,
    pub fallback: bool,
}

impl Name<'_> {
    /// The name with its own copy of the text, for a [`lazy::Lazy`] list.
    fn into_owned(self) -> Name<'static> {
        Name {
            text: Cow::Owned(self.text.into_owned()),
            fallback: self.fallback,
        }
    }
}

/// The institution's name as a reader of `lang` should see it: Serbian
/// Cyrillic from the workbook's own Cyrillic name or by transliteration,
/// English pages both names, and visibly the other language's name (or the
/// id) when one is missing.
pub fn name(a: &Applicant, lang: Lang) -> Name<'_> {
    let i = &a.institution;
    let sq = i.name_sq.as_deref().map(Cow::Borrowed);
    let sr = i.name_sr.as_deref().map(Cow::Borrowed);
    let (own, other) = match lang {
        Lang::Sq => (sq, sr),
        Lang::Sr => (sr, sq),
        Lang::SrCyrl => (
            i.name_sr_cyrl
                .as_deref()
                .map(Cow::Borrowed)
                .or_else(|| i.name_sr.as_deref().map(|s| Cow::Owned(to_cyrillic(s)))),
            sq,
        ),
        Lang::En => {
            let both = match (sq, sr) {
                (Some(a), Some(b)) if a != b => Some(Cow::Owned(format!("{a} / {b}"))),
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
            text: Cow::Borrowed(&i.id),
            fallback: true,
        },
    }
}

/// A link to the same page in another language.
#[derive(Serialize)]
pub struct LanguageLink {
    label: &'static str,
    href: String,
    html_lang: &'static str,
    current: bool,
}

#[derive(Serialize)]
pub struct Award {
    pub name: String,
    pub edition: i64,
    pub period: String,
}

/// Where the page comes from, for its footer.
#[derive(Serialize)]
pub struct Provenance<'a> {
    version: &'static str,
    criteria_file: &'a str,
    criteria_sha256: &'a str,
    inputs: usize,
}

/// What every page has: its language, the message catalogue (`m`), the
/// links to its other languages, the award, what-if changes and the
/// provenance footer.
#[derive(Serialize)]
pub struct Base<'a> {
    html_lang: &'static str,
    /// The catalogue as one template value, shared by every page of the
    /// language rather than copied into each.
    m: minijinja::Value,
    languages: Vec<LanguageLink>,
    pub award: &'a Award,
    notice: Option<&'a str>,
    /// The changes a what-if run made to the criteria file, one box per
    /// results the page comes from (two on a comparison); empty for the
    /// edition's own results.
    what_if: Vec<WhatIf>,
    provenance: Provenance<'a>,
}

/// A what-if run's changes to the criteria file in the page's language, as
/// every page states them: the sentence introducing them, and each change.
#[derive(Clone, Serialize)]
pub struct WhatIf {
    pub intro: String,
    pub changes: Vec<WhatIfChange>,
}

#[derive(Clone, Serialize)]
pub struct WhatIfChange {
    /// Where, as given: `criteria.communication.weight`.
    pub path: String,
    /// The value, as given.
    pub value: String,
    /// The file's text the value replaced, on one line; `None` when the
    /// key was added.
    pub previous: Option<String>,
    /// “was 40”, or that the file lacked the key, in the page's language.
    pub was: String,
}

impl WhatIf {
    /// The box for `changes` (path, value, the file's text before),
    /// introduced by the message `intro`; `None` without changes.
    fn new<'c>(
        m: &Messages,
        intro: &str,
        changes: impl Iterator<Item = (String, &'c str, Option<&'c str>)>,
    ) -> Option<WhatIf> {
        let changes: Vec<WhatIfChange> = changes
            .map(|(path, value, previous)| {
                let previous = previous.map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "));
                WhatIfChange {
                    was: match &previous {
                        Some(p) => m.fill("what_if_was", &[("previous", p)]),
                        None => m.get("what_if_added").to_string(),
                    },
                    path,
                    value: value.to_string(),
                    previous,
                }
            })
            .collect();
        if changes.is_empty() {
            return None;
        }
        Some(WhatIf {
            intro: m.fill(intro, &[("n", &changes.len())]),
            changes,
        })
    }
}

/// A finding about an input file, in the page's language.
#[derive(Serialize)]
pub struct FindingView {
    pub place: Option<String>,
    pub message: String,
    pub code: &'static str,
}

impl FindingView {
    pub fn new(m: &Messages, f: &Finding) -> FindingView {
        FindingView {
            place: f.at.as_ref().map(ToString::to_string),
            message: f.message(m),
            code: f.code.as_str(),
        }
    }
}

/// A criterion's words in one language: its name and, per indicator, the
/// indicator's name and method sentence.
struct CriterionText {
    name: String,
    indicators: Vec<(String, String)>,
}

/// The criteria file's names every scorecard shows, in the page's
/// language: worded once (in Serbian Cyrillic, transliterated once), not on
/// every page.
struct Names {
    bands: Vec<String>,
    /// `criterion_bands[criterion]`: the bands its score is rated on.
    criterion_bands: Vec<Vec<String>>,
    categories: Vec<String>,
    gates: Vec<String>,
}

impl Names {
    fn new(m: &Messages, c: &Criteria) -> Names {
        let names =
            |bands: &[crate::criteria::Band]| bands.iter().map(|b| m.text(&b.name)).collect();
        Names {
            bands: names(&c.bands),
            criterion_bands: c.criteria.iter().map(|k| names(c.bands_of(k))).collect(),
            categories: c.categories.iter().map(|k| m.text(&k.name)).collect(),
            gates: c.gates.iter().map(|g| m.text(&g.name)).collect(),
        }
    }
}

/// Where an applicant stands in its category's ranking.
pub struct Standing<'a> {
    pub placed: &'a Placed,
    /// How many are ranked in the category.
    pub count: usize,
}

/// Everything the pages of one language need that does not depend on the
/// applicant, worked out once: the catalogue as a template value, the award,
/// each indicator's method sentence, and indexes from an applicant to its
/// place in the ranking and to the findings about its file.
pub struct Page<'a> {
    pub eval: &'a Evaluation,
    pub m: &'a Messages,
    pub langs: &'a [Lang],
    pub slugs: &'a BTreeMap<ApplicantIx, String>,
    m_value: minijinja::Value,
    award: Award,
    /// `texts[criterion]`: the criterion's name and, per indicator, its name
    /// and what it measures, worded once rather than on every scorecard.
    texts: Vec<CriterionText>,
    /// Each evidence source's name in this language, shown on every row.
    pub sources: Vec<String>,
    /// What every evidence row repeats, worded once.
    rows: evidence::RowWords,
    names: Names,
    /// `columns[sheet]`: each column's key and its name in this language.
    columns: Vec<Vec<(&'a str, String)>>,
    standings: Vec<Option<Standing<'a>>>,
    findings: Vec<&'a [Finding]>,
    /// The box of a what-if run's changes, when the run is one.
    what_if: Option<WhatIf>,
}

impl<'a> Page<'a> {
    pub fn new(
        eval: &'a Evaluation,
        m: &'a Messages,
        langs: &'a [Lang],
        slugs: &'a BTreeMap<ApplicantIx, String>,
    ) -> Page<'a> {
        let c = &eval.criteria.criteria;
        let award = Award {
            name: m.text(&c.award),
            edition: c.edition,
            period: m.fill(
                "period",
                &[
                    ("from", &m.date(c.period.from)),
                    ("to", &m.date(c.period.to)),
                ],
            ),
        };
        let n = eval.applicants.len();
        let mut standings: Vec<Option<Standing>> = (0..n).map(|_| None).collect();
        for cat in &eval.ranking.categories {
            for placed in &cat.placed {
                if let Some(slot) = standings.at_mut(placed.entry) {
                    *slot = Some(Standing {
                        placed,
                        count: cat.placed.len(),
                    });
                }
            }
        }
        let mut findings: Vec<&[Finding]> = vec![&[]; n];
        for input in &eval.inputs {
            if let Some(slot) = input.applicant.and_then(|a| findings.at_mut(a)) {
                *slot = &input.findings;
            }
        }
        let mut page = Page {
            eval,
            m,
            langs,
            slugs,
            m_value: minijinja::Value::from(minijinja::value::Serde(m.map())),
            award,
            texts: Vec::new(),
            sources: c
                .provenance
                .iter()
                .flat_map(|p| &p.sources)
                .map(|s| m.text(&s.name))
                .collect(),
            columns: c
                .sheets
                .iter()
                .map(|s| {
                    s.columns
                        .iter()
                        .map(|col| (col.key.as_str(), m.text(&col.name)))
                        .collect()
                })
                .collect(),
            rows: evidence::RowWords::new(m, c),
            names: Names::new(m, c),
            standings,
            findings,
            what_if: WhatIf::new(
                m,
                "what_if_intro",
                eval.criteria.overrides.iter().map(|a| {
                    let path = a.set.path.to_string();
                    (path, a.set.value.as_str(), a.previous.as_deref())
                }),
            ),
        };
        page.texts = c
            .criteria
            .iter()
            .map(|k| CriterionText {
                name: m.text(&k.name),
                indicators: k
                    .indicators
                    .iter()
                    .map(|i| (m.text(&i.name), page.method(k, i)))
                    .collect(),
            })
            .collect();
        page
    }

    /// The changes of a what-if run, when the run is one.
    pub fn what_if(&self) -> Option<&WhatIf> {
        self.what_if.as_ref()
    }

    pub fn c(&self) -> &'a Criteria {
        &self.eval.criteria.criteria
    }

    /// The parts every page shares; `file_of` names this page in a language.
    pub fn base(&self, file_of: impl Fn(Lang) -> String) -> Base<'_> {
        let m = self.m;
        Base {
            html_lang: m.lang().html_lang(),
            m: self.m_value.clone(),
            languages: self
                .langs
                .iter()
                .map(|&l| LanguageLink {
                    label: l.label(),
                    href: file_of(l),
                    html_lang: l.html_lang(),
                    current: l == m.lang(),
                })
                .collect(),
            award: &self.award,
            notice: self.eval.has_sample_evidence().then(|| m.get("notice")),
            what_if: self.what_if.iter().cloned().collect(),
            provenance: Provenance {
                version: env!("CARGO_PKG_VERSION"),
                criteria_file: &self.eval.criteria_file,
                criteria_sha256: &self.eval.criteria.sha256,
                inputs: self.eval.inputs.len(),
            },
        }
    }

    /// The method sentence of indicator `i` of criterion `k`.
    pub fn method_of(&self, k: usize, i: usize) -> &str {
        self.indicator_text(k, i)
            .map_or("", |(_, method)| method.as_str())
    }

    /// The name of criterion `k` in this language.
    pub fn criterion_name(&self, k: usize) -> &str {
        self.texts.get(k).map_or("", |t| t.name.as_str())
    }

    /// The name of indicator `i` of criterion `k` in this language.
    pub fn indicator_name(&self, k: usize, i: usize) -> &str {
        self.indicator_text(k, i)
            .map_or("", |(name, _)| name.as_str())
    }

    fn indicator_text(&self, k: usize, i: usize) -> Option<&(String, String)> {
        self.texts.get(k).and_then(|t| t.indicators.get(i))
    }

    pub fn standing(&self, entry: ApplicantIx) -> Option<&Standing<'a>> {
        self.standings.at(entry).and_then(Option::as_ref)
    }

    /// The findings about the file an applicant came from.
    pub fn findings(&self, entry: ApplicantIx) -> &'a [Finding] {
        self.findings.at(entry).copied().unwrap_or_default()
    }

    /// A column's name in this language, found by its key; the key itself
    /// when the sheet has no such column.
    pub fn column_name<'k>(&'k self, sheet: usize, key: &'k str) -> &'k str {
        self.columns
            .get(sheet)
            .and_then(|cols| cols.iter().find(|(k, _)| *k == key))
            .map_or(key, |(_, name)| name.as_str())
    }

    pub fn column(&self, sheet: &SheetSpec, index: usize) -> String {
        sheet
            .columns
            .get(index)
            .map_or_else(String::new, |col| self.m.text(&col.name))
    }

    /// A language's name in the reader's language, from the language-status file.
    pub fn language_name(&self, code: &str) -> String {
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

    pub fn band(&self, a: &Applicant) -> (String, usize) {
        let (name, index) = self.band_name(a);
        (name.to_string(), index)
    }

    /// The name and index of the applicant's band.
    pub fn band_name(&self, a: &Applicant) -> (&str, usize) {
        let name = self.names.bands.get(a.card.band);
        (name.map_or("", String::as_str), a.card.band)
    }

    /// The name and index of the band of criterion `ck`'s score.
    pub fn criterion_band_name(
        &self,
        ck: usize,
        k: &crate::scoring::CriterionScore,
    ) -> (&str, usize) {
        let bands = self.names.criterion_bands.get(ck);
        let name = bands.and_then(|b| b.get(k.band.index()));
        (name.map_or("", String::as_str), k.band.index())
    }

    /// The name of category `i` in this language.
    pub fn category_name(&self, i: usize) -> Option<&str> {
        self.names.categories.get(i).map(String::as_str)
    }

    /// A criterion score's band name and index in the criterion's band
    /// table, for the matrix and the scorecard.
    pub fn criterion_band(
        &self,
        spec: &crate::criteria::Criterion,
        k: &crate::scoring::CriterionScore,
    ) -> (String, usize) {
        let name = self
            .c()
            .bands_of(spec)
            .at_band(k.band)
            .map(|b| self.m.text(&b.name))
            .unwrap_or_default();
        (name, k.band.index())
    }

    pub fn scorecard_href(&self, entry: ApplicantIx, from_scorecards: bool) -> String {
        let slug = self.slugs.get(&entry).map_or("", String::as_str);
        let prefix = if from_scorecards { "" } else { "scorecards/" };
        format!("{prefix}{slug}.{}.html", self.m.lang().code())
    }

    pub fn gate_lines(&self, a: &Applicant) -> Vec<String> {
        let m = self.m;
        a.card
            .gates
            .iter()
            .zip(&self.names.gates)
            .map(|(g, gate)| {
                if g.passed {
                    m.fill("gate_passed", &[("gate", gate), ("found", &g.found)])
                } else {
                    m.fill(
                        "gate_failed",
                        &[("gate", gate), ("found", &g.found), ("min", &g.min)],
                    )
                }
            })
            .collect()
    }

    pub fn failed_gates(&self, a: &Applicant) -> String {
        let failed: Vec<String> = a
            .card
            .gates
            .iter()
            .zip(self.gate_lines(a))
            .filter(|(g, _)| !g.passed)
            .map(|(_, line)| line)
            .collect();
        failed.join("; ")
    }

    pub fn ineligible_reason(&self, a: &Applicant) -> String {
        super::ineligible_reason(self.m, self.c(), a.why_ineligible(), &a.institution.kind)
    }

    pub fn outcome(&self, o: Outcome) -> &str {
        self.m.get(match o {
            Outcome::Scored => "outcome_scored",
            Outcome::ScoredWithWarnings => "outcome_warned",
            Outcome::Rejected => "outcome_rejected",
            Outcome::Skipped => "outcome_skipped",
        })
    }
}
