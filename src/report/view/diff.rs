//! The edition-over-edition page: per institution the change in total, band
//! and rank, earlier recipients whose band fell, new and missing applicants.

use super::{Award, Base, Provenance, WhatIf};
use crate::diff::{Change, Comparison, Moved, RowStatus, Standing};
use crate::i18n::{Lang, Messages, to_cyrillic};
use crate::results::{Results, Text};
use serde::Serialize;

#[derive(Serialize)]
pub struct DiffPage<'a> {
    #[serde(flatten)]
    base: Base<'a>,
    title: String,
    differ: Option<&'a str>,
    old_edition: i64,
    new_edition: i64,
    fell: Vec<ChangeView<'a>>,
    changes: Vec<ChangeView<'a>>,
    new_applicants: Vec<StandingView<'a>>,
    missing: Vec<StandingView<'a>>,
    /// Institutions in both editions with followed rows whose status moved.
    moved: Vec<MovedView<'a>>,
}

/// One institution's followed rows whose status moved, in words.
#[derive(Serialize)]
struct MovedView<'a> {
    name: &'a str,
    rows: Vec<String>,
}

#[derive(Serialize)]
struct ChangeView<'a> {
    name: &'a str,
    renamed: Option<String>,
    old_total: String,
    new_total: String,
    change: String,
    old_band: String,
    new_band: String,
    fell: bool,
    old_rank: String,
    new_rank: String,
}

#[derive(Serialize)]
struct StandingView<'a> {
    name: &'a str,
    total: String,
    band: String,
}

/// The comparison in `m`'s language, headed by the newer edition's award.
pub fn page<'a>(
    c: &'a Comparison,
    newer: &'a Results,
    m: &'a Messages,
    award: &'a Award,
) -> DiffPage<'a> {
    let num = |x: f64| m.number(&format!("{x:.2}"));
    let rank = |r: Option<u64>| r.map_or_else(|| "—".to_string(), |r| r.to_string());
    let band = |s: &Standing| band_name(s, m.lang());
    let standing = |s: &'a Standing| StandingView {
        name: &s.name,
        total: num(s.total),
        band: band(s),
    };
    let change = |ch: &'a Change| ChangeView {
        name: &ch.new.name,
        renamed: (ch.old.id != ch.new.id).then(|| m.fill("diff_renamed", &[("id", &ch.old.id)])),
        old_total: num(ch.old.total),
        new_total: num(ch.new.total),
        change: format!(
            "{}{}",
            if ch.total_change > 0.0 { "+" } else { "" },
            num(ch.total_change)
        ),
        old_band: band(&ch.old),
        new_band: band(&ch.new),
        fell: ch.fell,
        old_rank: rank(ch.old.rank),
        new_rank: rank(ch.new.rank),
    };
    DiffPage {
        base: Base {
            html_lang: m.lang().html_lang(),
            m: minijinja::Value::from(minijinja::value::Serde(m.map())),
            languages: Vec::new(),
            award,
            notice: newer.notice.as_ref().map(|_| m.get("notice")),
            what_if: [
                ("what_if_older", &c.old_overrides),
                ("what_if_newer", &c.new_overrides),
            ]
            .into_iter()
            .filter_map(|(intro, overrides)| {
                let changes = overrides.iter().map(|o| {
                    let path = o.path.to_string();
                    (path, o.value.as_ref(), o.previous.as_deref())
                });
                WhatIf::new(m, intro, changes)
            })
            .collect(),
            provenance: Provenance {
                version: env!("CARGO_PKG_VERSION"),
                criteria_file: &newer.criteria.file,
                criteria_sha256: &newer.criteria.sha256,
                inputs: newer.inputs.len(),
            },
        },
        title: m.fill(
            "diff_title",
            &[
                ("new", &c.new_edition.to_string()),
                ("old", &c.old_edition.to_string()),
            ],
        ),
        differ: c.criteria_differ.as_ref().map(|_| m.get("diff_differ")),
        old_edition: c.old_edition,
        new_edition: c.new_edition,
        fell: c.fallen_recipients().map(change).collect(),
        changes: c.changes.iter().map(change).collect(),
        new_applicants: c.new_applicants.iter().map(standing).collect(),
        missing: c.missing.iter().map(standing).collect(),
        moved: c
            .changes
            .iter()
            .filter(|ch| !ch.moved.is_empty())
            .map(|ch| MovedView {
                name: &ch.new.name,
                rows: ch.moved.iter().map(|mv| moved_row(mv, m)).collect(),
            })
            .collect(),
    }
}

/// “R-2024-03: Partly implemented → Implemented”, or “R-2026-01 (new):
/// Not implemented”, in `m`'s language.
fn moved_row(mv: &Moved, m: &Messages) -> String {
    let name = |s: &RowStatus| {
        s.name
            .as_ref()
            .map_or_else(|| s.status.clone(), |t| text(t, m.lang()))
    };
    match &mv.old {
        Some(old) => m.fill(
            "diff_moved_row",
            &[
                ("id", &mv.new.id),
                ("old", &name(old)),
                ("new", &name(&mv.new)),
            ],
        ),
        None => m.fill(
            "diff_moved_new",
            &[("id", &mv.new.id), ("status", &name(&mv.new))],
        ),
    }
}

/// A results.json text in `lang`.
fn text(t: &Text, lang: Lang) -> String {
    match lang {
        Lang::Sq => t.sq.to_string(),
        Lang::Sr => t.sr.to_string(),
        Lang::SrCyrl => to_cyrillic(&t.sr),
        Lang::En => t.en.to_string(),
    }
}

/// A standing's band by its name in `lang`; by its id when its results name
/// no such band.
fn band_name(s: &Standing, lang: Lang) -> String {
    s.band_name
        .as_ref()
        .map_or_else(|| s.band.clone(), |t| text(t, lang))
}

/// The newer edition's award, as its results.json names it, with no period.
pub fn award(newer: &Results, edition: i64, lang: Lang) -> Award {
    Award {
        name: text(&newer.criteria.award, lang),
        edition,
        period: String::new(),
    }
}
