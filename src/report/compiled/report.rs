//! The built-in jury report page written by compiled code: its ranked
//! tables, matrices and charts hold a row for every applicant in every
//! language, and the template engine spent more on them than on anything
//! else the report does. The output is byte for byte what
//! `templates/report.html.j2` (with `chart.html.j2`) renders; tests compare
//! the two on evaluations that reach every branch of the template, which
//! stays the documented form of the page and the one a `--templates`
//! folder replaces.

mod category;
mod jury;
mod robustness;

use super::escape::Html;
use super::stream::Streamed;
use crate::i18n::Messages;
use crate::report::view::FindingView;
use crate::report::view::report::{InputView, Listed, ReportPage};

/// The report's body, where the layout's `body` block goes.
pub(super) fn body(w: &mut Streamed, m: &Messages, p: &ReportPage) {
    let award = p.base.award;
    w.raw("\n<header>\n<h1>");
    w.text(&award.name);
    w.raw("</h1>\n<p><strong>");
    w.text(m.get("edition"));
    w.raw(" ");
    w.num(award.edition);
    w.raw("</strong> · ");
    w.text(m.get("assessment_period"));
    w.raw(": ");
    w.text(&award.period);
    w.raw("</p>\n</header>\n\n");
    outcome(w, m, p);
    w.raw("\n\n");
    how_scored(w, m, p);
    summary(w, m, p);
    for c in &p.categories {
        category::section(w, m, p, c);
    }
    w.raw("\n\n");
    if !p.ineligible.is_empty() {
        w.raw("\n<h2>");
        w.text(m.get("ineligible"));
        w.raw("</h2>\n");
        listed(w, &p.ineligible, false);
    }
    w.raw("\n\n");
    if let Some(r) = &p.robustness {
        robustness::section(w, m, r);
    }
    w.raw("\n\n");
    if let Some(j) = &p.jury {
        jury::section(w, m, j);
    }
    w.raw("\n\n");
    inputs(w, m, &p.inputs);
    methodology(w, m, p);
}

/// A template's truth of an optional text: there and not empty.
fn said(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

/// The award tiers per category and the notices that they may change.
fn outcome(w: &mut Html, m: &Messages, p: &ReportPage) {
    if p.awards.is_empty() && p.provisional.is_empty() {
        return;
    }
    w.raw("\n<h2>");
    w.text(m.get("outcome_title"));
    w.raw("</h2>\n");
    for notice in &p.provisional {
        w.raw("<p class=\"provisional\"><strong>");
        w.text(m.get("provisional"));
        w.raw(":</strong> ");
        w.text(notice);
        w.raw("</p>\n");
    }
    w.raw("\n");
    if let Some(first) = p.awards.first() {
        w.raw("\n<table>\n<thead><tr><th>");
        w.text(m.get("category"));
        w.raw("</th>");
        for t in &first.tiers {
            w.raw("<th>");
            w.text(&t.name);
            w.raw("</th>");
        }
        w.raw("</tr></thead>\n<tbody>\n");
        for a in &p.awards {
            w.raw("<tr><td>");
            w.text(&a.name);
            if let Some(flag) = said(&a.provisional) {
                w.raw("<br><span class=\"flag\">");
                w.text(flag);
                w.raw("</span>");
            }
            w.raw("</td>");
            for t in &a.tiers {
                w.raw("<td>");
                let tied = said(&t.tied);
                if !t.recipients.is_empty() {
                    w.raw("<strong>");
                    for (k, name) in t.recipients.iter().enumerate() {
                        if k > 0 {
                            w.raw(", ");
                        }
                        w.text(name);
                    }
                    w.raw("</strong>");
                } else if tied.is_none() {
                    w.raw("<span class=\"muted\">");
                    w.text(&t.empty);
                    w.raw("</span>");
                }
                if let Some(tied) = tied {
                    if !t.recipients.is_empty() {
                        w.raw("<br>");
                    }
                    w.raw("<span class=\"tie\">");
                    w.text(tied);
                    w.raw("</span>");
                }
                if let Some(close) = said(&t.close) {
                    w.raw("<br><span class=\"muted\">");
                    w.text(close);
                    w.raw("</span>");
                }
                w.raw("</td>");
            }
            w.raw("</tr>\n");
        }
        w.raw("</tbody>\n</table>\n");
    }
    w.raw("\n");
}

/// The criteria with their weights and indicators, and the bands.
fn how_scored(w: &mut Html, m: &Messages, p: &ReportPage) {
    w.raw("<h2>");
    w.text(m.get("how_scored"));
    w.raw("</h2>\n<p>");
    w.text(m.get("how_scored_intro"));
    w.raw("</p>\n<table>\n<thead><tr><th>");
    w.text(m.get("criterion"));
    w.raw("</th><th class=\"num\">");
    w.text(m.get("weight"));
    w.raw("</th><th>");
    w.text(m.get("indicators"));
    w.raw("</th></tr></thead>\n<tbody>\n");
    for c in &p.criteria {
        w.raw("<tr><td>");
        w.text(&c.name);
        w.raw("</td><td class=\"num\">");
        w.text(&c.weight);
        w.raw("</td><td>");
        for (k, i) in c.indicators.iter().enumerate() {
            if k > 0 {
                w.raw("; ");
            }
            w.text(&i.name);
            w.raw(" (");
            w.text(&i.weight);
            w.raw(")");
        }
        w.raw("</td></tr>\n");
    }
    w.raw("</tbody>\n</table>\n<p>");
    w.text(m.get("bands_intro"));
    w.raw("</p>\n<ul>");
    for (k, b) in p.bands.iter().enumerate() {
        w.raw("<li><span class=\"band band-");
        w.num(k);
        w.raw("\">");
        w.text(&b.name);
        w.raw("</span> ");
        w.text(&b.rule);
        w.raw("</li>");
    }
    w.raw("</ul>\n\n");
}

/// The count of applicants per category and band, and of the files read.
fn summary(w: &mut Html, m: &Messages, p: &ReportPage) {
    w.raw("<h2>");
    w.text(m.get("summary"));
    w.raw("</h2>\n<table>\n<thead><tr><th>");
    w.text(m.get("category"));
    w.raw("</th><th class=\"num\">");
    w.text(m.get("applicants"));
    w.raw("</th>");
    for b in &p.bands {
        w.raw("<th class=\"num\">");
        w.text(&b.name);
        w.raw("</th>");
    }
    if p.split {
        w.raw("<th class=\"num\">");
        w.text(m.get("awaiting_count"));
        w.raw("</th>");
    }
    w.raw("<th class=\"num\">");
    w.text(m.get("excluded"));
    w.raw("</th></tr></thead>\n<tbody>\n");
    for c in &p.categories {
        w.raw("<tr><td>");
        w.text(&c.name);
        w.raw("</td><td class=\"num\">");
        w.num(c.count);
        w.raw("</td>");
        for n in &c.band_counts {
            w.raw("<td class=\"num\">");
            w.num(n);
            w.raw("</td>");
        }
        if p.split {
            w.raw("<td class=\"num\">");
            w.num(c.awaiting.len());
            w.raw("</td>");
        }
        w.raw("<td class=\"num\">");
        w.num(c.excluded.len());
        w.raw("</td></tr>\n");
    }
    w.raw("</tbody>\n</table>\n<p>");
    w.text(&p.files_summary);
    if let Some(files) = p.jury.as_ref().and_then(|j| said(&j.files)) {
        w.raw(" ");
        w.text(files);
    }
    w.raw("</p>\n\n");
}

/// A list of applicants with the reason each is listed; `about` adds a
/// nominee's line.
fn listed(w: &mut Html, entries: &[Listed], about: bool) {
    w.raw("<ul>");
    for e in entries {
        w.raw("<li><a href=\"");
        w.text(&e.scorecard);
        w.raw("\">");
        w.text(&e.name.text);
        w.raw("</a>: ");
        w.text(&e.reason);
        if let Some(line) = said(&e.about).filter(|_| about) {
            w.raw("<br><span class=\"muted\">");
            w.text(line);
            w.raw("</span>");
        }
        w.raw("</li>");
    }
    w.raw("</ul>\n");
}

/// Every input file, what became of it, its findings and its digest.
fn inputs(w: &mut Streamed, m: &Messages, inputs: &[InputView]) {
    w.raw("<h2>");
    w.text(m.get("inputs_title"));
    w.raw("</h2>\n<p>");
    w.text(m.get("inputs_intro"));
    w.raw("</p>\n<table>\n<thead><tr>");
    for key in ["file", "role", "outcome", "findings"] {
        w.raw("<th>");
        w.text(m.get(key));
        w.raw("</th>");
    }
    w.raw("<th>SHA-256</th></tr></thead>\n<tbody>\n");
    for i in inputs {
        w.raw("<tr><td>");
        w.text(i.file);
        w.raw("</td><td>");
        w.text(i.role);
        w.raw("</td><td>");
        w.text(i.outcome);
        w.raw("</td><td>");
        for (k, f) in i.findings.iter().enumerate() {
            if k > 0 {
                w.raw("<br>");
            }
            finding(w, f);
        }
        w.raw("</td><td>");
        if let Some(sha) = i.sha256.filter(|s| !s.is_empty()) {
            // The template cuts the digest at its 32nd character.
            let cut = sha.char_indices().nth(32).map_or(sha.len(), |(at, _)| at);
            let (head, tail) = sha.split_at(cut);
            w.raw("<code class=\"hash\">");
            w.text(head);
            w.raw("<wbr>");
            w.text(tail);
            w.raw("</code>");
        }
        w.raw("</td></tr>\n");
        w.spill();
    }
    w.raw("</tbody>\n</table>\n\n");
}

/// A finding about a file, as the report and the scorecards show it.
pub(super) fn finding(w: &mut Html, f: &FindingView) {
    if let Some(place) = said(&f.place) {
        w.raw("<code>");
        w.text(place);
        w.raw("</code>: ");
    }
    w.text(&f.message);
    w.raw(" <span class=\"muted\">[");
    w.text(f.code);
    w.raw("]</span>");
}

/// Each criterion's indicators and how they are judged, the gates, the
/// provenance rule, how the total is made, the bands and the tie-breaks.
fn methodology(w: &mut Html, m: &Messages, p: &ReportPage) {
    w.raw("<h2>");
    w.text(m.get("methodology"));
    w.raw("</h2>\n");
    for c in &p.criteria {
        w.raw("\n<h3>");
        w.text(&c.name);
        w.raw(" (");
        w.text(m.get("weight"));
        w.raw(" ");
        w.text(&c.weight);
        w.raw(")</h3>\n<ul>");
        for i in &c.indicators {
            w.raw("<li><strong>");
            w.text(&i.name);
            w.raw("</strong> (");
            w.text(m.get("weight"));
            w.raw(" ");
            w.text(&i.weight);
            w.raw("): ");
            w.text(i.method);
            w.raw("</li>");
        }
        w.raw("</ul>\n");
    }
    w.raw("\n");
    if !p.gates.is_empty() {
        w.raw("<h3>");
        w.text(m.get("gates"));
        w.raw("</h3>");
        items(w, &p.gates);
    }
    w.raw("\n");
    if let Some(prov) = &p.method_provenance {
        w.raw("<h3>");
        w.text(m.get("provenance_title"));
        w.raw("</h3>\n<p>");
        w.text(&prov.intro);
        w.raw("</p>\n");
        items(w, &prov.sources);
        w.raw("\n");
        paragraphs(w, &prov.rules);
    }
    w.raw("\n<p>");
    w.text(p.method_total);
    w.raw("</p>\n");
    if let Some(last) = &p.method_final {
        paragraphs(w, last);
    }
    w.raw("\n<p>");
    w.text(m.get("method_bands"));
    w.raw("</p>\n<p>");
    w.text(&p.ties_rule);
    w.raw("</p>\n");
}

/// `<ul>` of texts, one `<li>` each.
/// A chart's horizontal axis from `x.0` to `x.1` at height `y`, as
/// `chart.html.j2` and the robustness chart draw it.
fn axis(w: &mut Html, x: (i64, i64), y: i64) {
    w.raw("\n<line x1=\"");
    w.coordinate(x.0);
    w.raw("\" y1=\"");
    w.coordinate(y);
    w.raw("\" x2=\"");
    w.coordinate(x.1);
    w.raw("\" y2=\"");
    w.coordinate(y);
    w.raw("\" stroke=\"currentColor\"/>");
}

fn items(w: &mut Html, texts: &[String]) {
    w.raw("<ul>");
    for t in texts {
        w.raw("<li>");
        w.text(t);
        w.raw("</li>");
    }
    w.raw("</ul>");
}

/// A paragraph per text, each on its line.
fn paragraphs(w: &mut Html, texts: &[String]) {
    for t in texts {
        w.raw("<p>");
        w.text(t);
        w.raw("</p>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_compiled_is_template, sample};
    use crate::criteria::{Override, TieBreak};
    use crate::evaluate::Evaluation;
    use std::path::Path;

    /// Asserts that the report page in every language is the template's,
    /// byte for byte.
    fn assert_same(eval: &Evaluation) {
        assert_compiled_is_template(eval, "report.html.j2", "report.", 4);
    }

    #[test]
    fn the_sample_with_its_jury_tables_nominees_and_robustness() {
        let eval = sample(|_| {});
        assert!(eval.jury.is_some() && eval.robustness.is_some());
        assert_same(&eval);
    }

    #[test]
    fn without_the_jury_s_marks_the_outcome_is_provisional() {
        assert_same(&sample(|o| o.jury = None));
    }

    #[test]
    fn a_what_if_run_says_what_it_changed() {
        let eval = sample(|o| {
            o.overrides = ["criteria.services.weight=55", "criteria.signage.weight=5"]
                .iter()
                .map(|set| Override::parse(set).unwrap())
                .collect();
        });
        assert!(!eval.criteria.overrides.is_empty());
        assert_same(&eval);
    }

    #[test]
    fn a_lone_applicant_leaves_the_other_categories_empty() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert_same(&sample(|o| {
            o.submissions = vec![root.join("submissions/mof.xlsx")];
            o.jury = None;
        }));
    }

    #[test]
    fn a_juror_s_sheet_missing_leaves_applicants_awaiting_marks() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let jury = tempfile::tempdir().unwrap();
        for juror in ["juror-a", "juror-b", "juror-c", "juror-d"] {
            let file = format!("{juror}.xlsx");
            std::fs::copy(root.join("jury").join(&file), jury.path().join(&file)).unwrap();
        }
        assert_same(&sample(|o| o.jury = Some(jury.path().to_path_buf())));
    }

    /// The sample bent into what it lacks: names and files full of the
    /// characters HTML escapes, a category nobody is ranked in, ties for a
    /// rank and for the last place of an award, a close result, an
    /// ineligible applicant, applicants awaiting marks, a tier nobody
    /// receives, a ranked applicant with no name and one with no jury mark.
    #[test]
    fn hostile_names_ties_and_an_empty_category() {
        let mut eval = sample(|_| {});
        for (k, a) in eval.applicants.iter_mut().enumerate() {
            let i = &mut a.institution;
            let hostile = |name: &str| format!("<b>\"{name}\"</b> & 'co' / {k}");
            i.name_sq = i.name_sq.as_deref().map(hostile);
            i.name_sr = i.name_sr.as_deref().map(hostile);
            i.name_sr_cyrl = i.name_sr_cyrl.as_deref().map(hostile);
        }
        for input in &mut eval.inputs {
            input.file = format!("<i>{}</i> & \"'", input.file);
        }
        let [emptied, tied, awaiting, plain, ..] = &mut eval.ranking.categories[..] else {
            panic!("the sample has fewer categories than this test bends");
        };
        emptied
            .excluded
            .extend(emptied.placed.drain(..).map(|p| p.entry));
        emptied.outcomes.clear();
        let [first, second, third, ..] = &mut tied.placed[..] else {
            panic!("too few ranked to tie");
        };
        second.rank = first.rank;
        (first.tied, second.tied) = (true, true);
        third.decided_by = Some(TieBreak::Jury);
        let last_place = vec![first.entry, second.entry];
        let tiers = &mut tied.outcomes;
        tiers[0].recipients.clear();
        tiers[0].tied_for_last = last_place;
        tiers.last_mut().unwrap().close = true;
        eval.ranking.ineligible.push(tied.placed.remove(3).entry);
        awaiting.awaiting.push(awaiting.placed.pop().unwrap().entry);
        plain.outcomes.last_mut().unwrap().recipients.clear();
        let (nameless, unmarked) = (plain.placed[0].entry, plain.placed[1].entry);
        let i = &mut eval.applicants[nameless.index()].institution;
        (i.name_sq, i.name_sr, i.name_sr_cyrl) = (None, None, None);
        eval.applicants[unmarked.index()].card.jury = None;
        assert_same(&eval);
    }
}
