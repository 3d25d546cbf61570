//! Nominees on the pages: who they are and what they did, in the page's
//! language, for the rows of a category the jury alone judges and for
//! their own card; and the note that says when they are invented.

use super::Page;
use crate::evaluate::Applicant;
use serde::Serialize;

/// A nominee's card: who they are, what they did, who nominated them.
#[derive(Serialize)]
pub struct NomineeView<'a> {
    pub kind: &'a str,
    pub description: String,
    pub nominated_by: String,
    /// Said when the nominations file says its nominees are invented.
    pub fictional: Option<&'a str>,
}

impl Page<'_> {
    /// A nominee's card, `None` for an institution.
    pub(super) fn nominee(&self, a: &Applicant) -> Option<NomineeView<'_>> {
        let (n, m) = (a.nominee.as_ref()?, self.m);
        Some(NomineeView {
            kind: m.get(n.kind.message_key()),
            description: m.text(&n.description),
            nominated_by: m.fill("nominated_by", &[("by", &n.nominated_by)]),
            fictional: a.institution.sample.then(|| m.get("nominees_fictional")),
        })
    }

    /// A nominee in one line, beside their name in a list or table:
    /// "Journalist: Editor of … (nominated by …)".
    pub(super) fn nominee_line(&self, a: &Applicant) -> Option<String> {
        let n = self.nominee(a)?;
        Some(format!(
            "{}: {} ({})",
            n.kind, n.description, n.nominated_by
        ))
    }

    /// Said above a category whose nominees are invented.
    pub(super) fn fictional_nominees(&self, category: usize) -> Option<&str> {
        let spec = self.c().categories.get(category)?;
        let fictional = spec.nominations.as_ref().is_some_and(|n| n.fictional);
        fictional.then(|| self.m.get("nominees_fictional"))
    }
}
