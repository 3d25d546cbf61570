//! `langaward validate`: what an applicant runs before sending a workbook.

use super::*;
use langaward::i18n::Messages;
use langaward::submission::Finding;

#[derive(Args)]
pub(super) struct ValidateArgs {
    /// The workbooks to check.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
    /// The edition's criteria file.
    #[arg(long, value_name = "FILE", default_value = "criteria/2026.yaml")]
    criteria: PathBuf,
    /// Language of what is printed: sq, sr, sr-Cyrl or en (of a list, the
    /// first).
    #[arg(long, value_name = "LANGS", value_delimiter = ',', value_parser = parse_lang, default_value = "en")]
    lang: Vec<Lang>,
}

pub(super) fn run(args: &ValidateArgs) -> u8 {
    if let Err(code) = require(&args.files) {
        return code;
    }
    let lang = args.lang.first().copied().unwrap_or(Lang::En);
    let m = match Messages::cached(lang) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return exit::CANT_CREATE;
        }
    };
    let loaded = match langaward::criteria::load(&args.criteria) {
        Ok(loaded) => loaded,
        Err(e) => return fail_evaluate(&EvaluateError::Criteria(e)),
    };
    let c = &loaded.criteria;
    let mut clean = true;
    for file in &args.files {
        let read = langaward::submission::read(file, c, &Limits::default());
        let (findings, submission) = match read {
            Read::Usable {
                value: submission,
                findings,
            } => (findings, Some(submission)),
            Read::Rejected { findings } => (findings, None),
            Read::Skipped { reason } => (vec![reason], None),
        };
        let verdict = match (&submission, findings.is_empty()) {
            (Some(_), true) => "validate_accepted",
            (Some(_), false) => "validate_warned",
            (None, _) => "validate_rejected",
        };
        clean &= submission.is_some() && findings.is_empty();
        sayln!(
            "{}",
            m.fill(verdict, &[("file", &file.display().to_string())])
        );
        for f in &findings {
            sayln!("  {}", finding(m, f));
        }
        if let Some(s) = submission {
            provisional(m, c, &s);
        }
    }
    if clean { exit::OK } else { exit::DATA }
}

/// A finding in the reader's language, with its place and code.
fn finding(m: &Messages, f: &Finding) -> String {
    match &f.at {
        Some(at) => format!("{at}: {} [{}]", f.message(m), f.code),
        None => format!("{} [{}]", f.message(m), f.code),
    }
}

/// The provisional score per criterion, and why the applicant would not be
/// ranked, if it would not.
fn provisional(
    m: &Messages,
    c: &langaward::criteria::Criteria,
    s: &langaward::submission::Submission,
) {
    let card = langaward::scoring::score(c, s);
    let band = c
        .bands
        .get(card.band)
        .map_or(String::new(), |b| m.text(&b.name));
    let total = m.number(&card.total.to_string());
    sayln!(
        "  {}",
        m.fill("validate_total", &[("total", &total), ("band", &band)])
    );
    for (k, spec) in card.criteria.iter().zip(&c.criteria) {
        let name = m.text(&spec.name);
        let score = m.number(&k.score.to_string());
        sayln!("    {name:<28} {score:>7}");
    }
    if let Some(observed) = &card.observed {
        let parts = report::observed_parts(m, observed);
        sayln!("  {}: {parts}", m.get("rests_on"));
    }
    if let Some(why) = pipeline::Ineligible::of(c, &s.institution) {
        let reason = report::ineligible_reason(m, c, &why, &s.institution.kind);
        sayln!(
            "  {}",
            m.fill("validate_not_ranked", &[("reason", &reason)])
        );
    }
    for g in card.gates.iter().filter(|g| !g.passed) {
        let line = m.fill(
            "validate_gate",
            &[
                ("gate", &g.id.as_str()),
                ("found", &g.found),
                ("min", &g.min),
            ],
        );
        sayln!("  {line}");
    }
}
