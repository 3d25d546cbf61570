//! `langaward validate`: what an applicant runs before sending a workbook.

use super::*;

#[derive(Args)]
pub(super) struct ValidateArgs {
    /// The workbooks to check.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
    /// The edition's criteria file.
    #[arg(long, value_name = "FILE", default_value = "criteria/2026.yaml")]
    criteria: PathBuf,
}

pub(super) fn run(args: &ValidateArgs) -> u8 {
    if let Err(code) = require(&args.files) {
        return code;
    }
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
            (Some(_), true) => "would be accepted",
            (Some(_), false) => "would be accepted, with warnings",
            (None, _) => "would be REJECTED",
        };
        clean &= submission.is_some() && findings.is_empty();
        sayln!("{}: {verdict}", file.display());
        for f in &findings {
            sayln!("  {f}");
        }
        if let Some(s) = submission {
            let card = langaward::scoring::score(c, &s);
            let band = c.bands.get(card.band).map_or("", |b| b.name.en.as_str());
            sayln!("  provisional total: {} ({band})", card.total);
            for (k, spec) in card.criteria.iter().zip(&c.criteria) {
                sayln!("    {:<28} {:>7}", spec.name.en, k.score.to_string());
            }
            if let Some(why) = pipeline::Ineligible::of(c, &s.institution)
                && let Ok(m) = langaward::i18n::Messages::load(Lang::En)
            {
                let reason = report::ineligible_reason(&m, c, &why, &s.institution.kind);
                sayln!("  would not be ranked: {reason}");
            }
            for g in card.gates.iter().filter(|g| !g.passed) {
                sayln!(
                    "  would not be ranked: condition `{}` not met ({} of {})",
                    g.id,
                    g.found,
                    g.min
                );
            }
        }
    }
    if clean { exit::OK } else { exit::DATA }
}
