//! CSV for spreadsheets: one row per applicant, one per input finding. Text
//! from submissions is guarded against formula injection. Columns added
//! since the first edition are appended, so a reader that counts columns
//! keeps working.

use super::RenderError;
use super::jury::{self, Standing};
use crate::evaluate::{Applicant, Evaluation};
use crate::ix::{ApplicantIx, PerApplicant, PerBand, PerCriterion};

/// A cell starting with = + - @ tab or CR would run as a formula in a
/// spreadsheet; a leading apostrophe makes it plain text.
pub fn guard(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

fn writer() -> ::csv::Writer<Vec<u8>> {
    ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new())
}

fn finish(w: ::csv::Writer<Vec<u8>>) -> Result<Vec<u8>, RenderError> {
    w.into_inner()
        .map_err(|e| RenderError::Csv(e.into_error().into()))
}

pub fn results(eval: &Evaluation) -> Result<Vec<u8>, RenderError> {
    let c = &eval.criteria.criteria;
    let mut w = writer();
    let mut header = vec![
        "category", "rank", "tied", "id", "name_sq", "name_sr", "total", "band",
    ];
    header.extend(c.criteria.iter().map(|k| k.id.as_str()));
    header.extend(["gates", "award", "warnings", "file"]);
    header.extend(["evidence_score", "jury_score", "jury"]);
    // Only criteria with provenance split the evidence score.
    let split = c.provenance.is_some();
    if split {
        header.extend(["observed_score", "declared_score"]);
    }
    // Each criterion's band, last: the factsheet matrix.
    let band_columns: Vec<String> = c
        .criteria
        .iter()
        .map(|k| format!("{}_band", k.id))
        .collect();
    header.extend(band_columns.iter().map(String::as_str));
    w.write_record(&header)?;
    let award = |entry: ApplicantIx| match jury::award(eval, entry) {
        Some(jury::Award::Receives(o)) => o.tier.clone(),
        Some(jury::Award::TiedFor(o)) => format!("tied for {}: jury decides", o.tier),
        None => String::new(),
    };
    let row = |a: &Applicant,
               entry: ApplicantIx,
               category: &str,
               rank: String,
               tied: bool|
     -> Vec<String> {
        let i = &a.institution;
        let failed = a.card.failed_gates();
        // A nominee has no evidence, and no total before the jury's mark.
        let shown = |value: String, empty: bool| if empty { String::new() } else { value };
        let pending = a.pending();
        let mut r = vec![
            category.to_string(),
            rank,
            if tied { "yes" } else { "" }.to_string(),
            guard(&i.id),
            guard(i.name_sq.as_deref().unwrap_or_default()),
            guard(i.name_sr.as_deref().unwrap_or_default()),
            shown(a.card.total.to_string(), pending),
            c.bands
                .get(a.card.band)
                .filter(|_| !pending)
                .map_or_else(String::new, |b| b.id.clone()),
        ];
        r.extend(c.criteria.by_criterion().map(|(k, _)| {
            a.card
                .criteria
                .at_criterion(k)
                .map_or_else(String::new, |s| s.score.to_string())
        }));
        r.push(if failed.is_empty() {
            "passed".into()
        } else {
            format!("failed: {}", failed.join(" "))
        });
        r.push(award(entry));
        r.push(a.warnings.to_string());
        r.push(guard(&a.file));
        r.push(shown(a.card.evidence.to_string(), a.nominee.is_some()));
        r.push(
            a.card
                .jury
                .map_or_else(String::new, |j| j.score.to_string()),
        );
        r.push(jury::flags(eval, entry).join(" "));
        if split {
            let part = |f: fn(&crate::scoring::ObservedShare) -> crate::scoring::Score| {
                a.card
                    .observed
                    .as_ref()
                    .map_or_else(String::new, |o| f(o).to_string())
            };
            r.push(part(|o| o.observed));
            r.push(part(|o| o.declared));
        }
        r.extend(c.criteria.by_criterion().map(|(k, spec)| {
            a.card
                .criteria
                .at_criterion(k)
                .and_then(|s| c.bands_of(spec).at_band(s.band))
                .map_or_else(String::new, |b| b.id.clone())
        }));
        r
    };
    for cat in &eval.ranking.categories {
        for (entry, standing) in jury::members(cat) {
            let Some(a) = eval.applicants.at(entry) else {
                continue;
            };
            let (rank, tied) = match standing {
                Standing::Ranked { rank, tied } => (rank.to_string(), tied),
                _ => (String::new(), false),
            };
            w.write_record(row(a, entry, &cat.category, rank, tied))?;
        }
    }
    for &e in &eval.ranking.ineligible {
        if let Some(a) = eval.applicants.at(e) {
            w.write_record(row(a, e, "ineligible", String::new(), false))?;
        }
    }
    finish(w)
}

pub fn inputs(eval: &Evaluation) -> Result<Vec<u8>, RenderError> {
    let mut w = writer();
    w.write_record([
        "file", "sha256", "outcome", "code", "level", "place", "message", "role",
    ])?;
    for input in &eval.inputs {
        let base = [
            guard(&input.file),
            input.sha256.clone().unwrap_or_default(),
            jury::outcome_word(input.role, input.outcome).to_string(),
        ];
        let role = jury::role_word(input.role).to_string();
        if input.findings.is_empty() {
            w.write_record(
                base.iter()
                    .cloned()
                    .chain(std::iter::repeat_n(String::new(), 4))
                    .chain([role.clone()]),
            )?;
        }
        for f in &input.findings {
            let level = match f.level() {
                crate::submission::Level::Error => "error",
                crate::submission::Level::Warning => "warning",
                crate::submission::Level::Note => "note",
            };
            w.write_record(
                base.iter().cloned().chain([
                    f.code.to_string(),
                    level.to_string(),
                    f.at.as_ref()
                        .map(ToString::to_string)
                        .map(|s| guard(&s))
                        .unwrap_or_default(),
                    guard(&f.english()),
                    role.clone(),
                ]),
            )?;
        }
    }
    finish(w)
}

#[cfg(test)]
mod tests {
    use super::guard;

    #[test]
    fn formula_prefixes_are_neutralised() {
        for s in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-1",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert!(guard(s).starts_with('\''), "{s:?}");
        }
        assert_eq!(guard("Ministria e Financave"), "Ministria e Financave");
    }
}
