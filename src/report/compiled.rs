//! The built-in scorecard and report pages written by compiled code:
//! thousands of scorecards are most of a report's pages, and running them
//! through the template engine cost more than reading every workbook; the
//! report pages hold a row for every applicant. The output is byte for byte
//! what the templates render (tests compare the two), so the templates stay
//! the documented form of the pages and the ones a `--templates` folder
//! replaces: a folder that overrides a template a page is made of gets the
//! engine's page.
//!
//! The layout around the page comes from the engine once per language (a
//! [`Shell`] with marks where the title, the body and the page's own file
//! name go), so every page keeps the layout's words, styles and notices.

mod escape;
mod evidence;
mod report;
mod stream;

use super::view::Name;
use super::view::jury_card::ScorecardJury;
use super::view::report::ReportPage;
use super::view::scorecard::{ScorecardPage, ScorecardView};
use crate::i18n::{Lang, Messages};
use escape::Html;
use std::io::{self, Write};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use stream::Streamed;

/// Private-use characters no message, name or file holds: where the
/// title, the body and the page's own file name go in the layout.
const TITLE: &str = "\u{E001}";
const BODY: &str = "\u{E002}";
const SLUG: &str = "\u{E003}";

/// The pages compiled code writes, each in place of the templates it is
/// made of.
#[derive(Clone, Copy)]
pub enum Compiled {
    Scorecard,
    Report,
}

impl Compiled {
    /// The templates the page is made of: a `--templates` folder that
    /// replaces any of them gets the template engine's page.
    pub fn templates(self) -> &'static [&'static str] {
        match self {
            Compiled::Scorecard => &["scorecard.html.j2", "layout.html.j2"],
            Compiled::Report => &["report.html.j2", "chart.html.j2", "layout.html.j2"],
        }
    }

    /// The name and source of the child template the layout is rendered
    /// through once per language, marks in place of the page's own parts.
    /// The report keeps the layout's own title.
    pub fn shell_template(self) -> (&'static str, &'static str) {
        match self {
            Compiled::Scorecard => (
                "scorecard-shell.html.j2",
                "{% extends \"layout.html.j2\" %}{% block title %}\u{E001}{% endblock %}{% block body %}\u{E002}{% endblock %}",
            ),
            Compiled::Report => (
                "report-shell.html.j2",
                "{% extends \"layout.html.j2\" %}{% block body %}\u{E002}{% endblock %}",
            ),
        }
    }

    /// The page's file in `lang`, as the layout's language links name it: a
    /// mark where each scorecard's own name goes.
    pub fn file(self, lang: Lang) -> String {
        match self {
            Compiled::Scorecard => format!("{SLUG}.{}.html", lang.code()),
            Compiled::Report => format!("report.{}.html", lang.code()),
        }
    }
}

/// The layout of one language's pages of a kind, cut where each page's own
/// parts go.
pub struct Shell {
    pieces: Vec<Piece>,
    /// The longest page so far, the room each page starts with so as not to
    /// be copied into a larger one as it fills (a nominee's page is short).
    longest: AtomicUsize,
}

enum Piece {
    Text(String),
    Title,
    Body,
    Slug,
}

impl Shell {
    /// Cuts the layout rendered with the marks in place of a page's parts.
    pub fn new(rendered: &str) -> Shell {
        let mut pieces = Vec::new();
        let mut rest = rendered;
        while let Some((at, mark)) = [TITLE, BODY, SLUG]
            .iter()
            .filter_map(|mark| rest.find(mark).map(|at| (at, *mark)))
            .min_by_key(|(at, _)| *at)
        {
            pieces.push(Piece::Text(rest[..at].to_string()));
            pieces.push(match mark {
                TITLE => Piece::Title,
                BODY => Piece::Body,
                _ => Piece::Slug,
            });
            rest = &rest[at + mark.len()..];
        }
        pieces.push(Piece::Text(rest.to_string()));
        let longest = AtomicUsize::new(32 * 1024);
        Shell { pieces, longest }
    }

    /// The whole page of one applicant, whose scorecard file is `slug`.
    pub fn page(&self, m: &Messages, p: &ScorecardPage, slug: &str) -> String {
        let title = |w: &mut Html| {
            let award = p.base.award;
            w.text(&p.card.name.text);
            w.raw(" — ");
            w.text(&award.name);
            w.raw(" ");
            w.num(award.edition);
        };
        let mut w = Html(String::with_capacity(self.longest.load(Relaxed)));
        self.fill(&mut w, slug, title, |w| body(w, m, p));
        self.longest.fetch_max(w.0.len(), Relaxed);
        w.0
    }

    /// The whole jury report page, written into `out` as it is made; its
    /// title is the layout's own.
    pub fn report(&self, m: &Messages, p: &ReportPage, out: &mut dyn Write) -> io::Result<()> {
        let mut w = Streamed::new(out);
        self.fill(&mut w, "", |_| {}, |w| report::body(w, m, p));
        w.finish()
    }

    /// The layout with the page's title, body and own file name in place.
    fn fill<W: AsMut<Html>>(
        &self,
        w: &mut W,
        slug: &str,
        mut title: impl FnMut(&mut W),
        mut body: impl FnMut(&mut W),
    ) {
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => w.as_mut().raw(text),
                Piece::Title => title(w),
                Piece::Body => body(w),
                Piece::Slug => w.as_mut().text(slug),
            }
        }
    }
}

/// A template's truth of an optional text: there and not empty.
fn said(s: &Option<String>) -> bool {
    s.as_deref().is_some_and(|s| !s.is_empty())
}

fn body(w: &mut Html, m: &Messages, p: &ScorecardPage) {
    let (card, award) = (&p.card, p.base.award);
    w.raw("\n<p><a href=\"");
    w.text(&p.report_href);
    w.raw("\">← ");
    w.text(&award.name);
    w.raw(" ");
    w.num(award.edition);
    w.raw("</a></p>\n<h1>");
    heading(w, m, &card.name);
    w.raw("</h1>\n<p>");
    w.text(card.category);
    w.raw(" · ");
    w.text(m.get("file"));
    w.raw(": ");
    w.text(card.file);
    w.raw("</p>\n");
    if let Some(n) = &card.nominee {
        w.raw("<p><strong>");
        w.text(n.kind);
        w.raw("</strong>: ");
        w.text(&n.description);
        w.raw("<br><span class=\"muted\">");
        w.text(&n.nominated_by);
        w.raw("</span></p>\n");
        if let Some(f) = n.fictional.filter(|f| !f.is_empty()) {
            w.raw("<p class=\"provisional\">");
            w.text(f);
            w.raw("</p>\n");
        }
    }
    summary(w, m, card);
    if card.nominee.is_none() {
        breakdown(w, m, card);
    }
    w.raw("\n");
    if let Some(jury) = card.jury.as_ref().filter(|j| !j.criteria.is_empty()) {
        jury_marks(w, m, jury);
    }
    w.raw("\n\n");
    if card.nominee.is_none() {
        w.raw("<h2>");
        w.text(m.get("evidence"));
        w.raw("</h2>\n");
    }
    for c in &card.criteria {
        for i in &c.indicators {
            w.raw("\n<h3>");
            w.text(c.name);
            w.raw(": ");
            w.text(i.name);
            w.raw("</h3>\n<p class=\"muted\">");
            w.text(i.method);
            w.raw("</p>\n");
            if said(&i.status) {
                w.raw("<p><strong>");
                w.text(i.status.as_deref().unwrap_or_default());
                w.raw("</strong></p>");
            }
            w.raw("\n");
            if !i.evidence.is_empty() {
                evidence::table(w, m, card.sourced, &i.evidence);
                if said(&i.hidden_rows) {
                    w.raw("<p class=\"muted\">");
                    w.text(i.hidden_rows.as_deref().unwrap_or_default());
                    w.raw("</p>");
                }
                w.raw("\n");
            }
            w.raw("\n");
        }
    }
    w.raw("\n\n");
    list(w, m, "gates", card.gates.iter(), |w, g| w.text(g));
    w.raw("\n");
    list(w, m, "findings", card.findings.iter(), report::finding);
    w.raw("\n");
}

fn heading(w: &mut Html, m: &Messages, name: &Name) {
    w.text(&name.text);
    if name.fallback {
        w.raw(" <span class=\"fallback muted\">(");
        w.text(m.get("name_fallback"));
        w.raw(")</span>");
    }
}

/// The table of total, jury share, observed part, band and standing.
fn summary(w: &mut Html, m: &Messages, card: &ScorecardView) {
    let status = card.jury.as_ref().and_then(|j| j.status.as_ref());
    let status = status.filter(|s| !s.is_empty());
    let awaiting_nominee = status.is_some() && card.nominee.is_some();
    w.raw("<table>\n<tbody>\n<tr><th>");
    w.text(m.get("total"));
    w.raw("</th><td class=\"num\">");
    if awaiting_nominee {
        w.raw("—");
    } else {
        w.raw("<strong>");
        w.text(&card.total);
        w.raw("</strong> / 100");
    }
    w.raw("</td></tr>\n");
    if let Some(share) = card.jury.as_ref().and_then(|j| j.share.as_ref()) {
        if card.nominee.is_none() {
            let evidence = [card.evidence.as_str(), " / 100"];
            row(w, m.get("evidence_score"), Some("num"), &evidence);
        }
        row(
            w,
            m.get("jury_score"),
            Some("num"),
            &[&share.score, " / 100"],
        );
        row(w, m.get("made_of"), None, &[&share.parts]);
    }
    if let Some(observed) = card.observed.as_deref().filter(|o| !o.is_empty()) {
        row(w, m.get("rests_on"), None, &[observed]);
    }
    if let Some(status) = status {
        row(w, m.get("jury_title"), Some("provisional"), &[status]);
    }
    w.raw("\n");
    if !awaiting_nominee {
        w.raw("<tr><th>");
        w.text(m.get("band"));
        w.raw("</th><td><span class=\"band band-");
        w.num(card.band_index);
        w.raw("\">");
        w.text(card.band);
        w.raw("</span></td></tr>\n");
    }
    row(w, m.get("rank"), None, &[&card.standing]);
    w.raw("</tbody>\n</table>\n\n");
}

/// `<tr><th>head</th><td class="class">parts…</td></tr>`, the parts after
/// the first written as they are.
fn row(w: &mut Html, head: &str, class: Option<&str>, parts: &[&str]) {
    w.raw("<tr><th>");
    w.text(head);
    match class {
        Some(class) => {
            w.raw("</th><td class=\"");
            w.raw(class);
            w.raw("\">");
        }
        None => w.raw("</th><td>"),
    }
    for (k, part) in parts.iter().enumerate() {
        if k == 0 { w.text(part) } else { w.raw(part) }
    }
    w.raw("</td></tr>\n");
}

/// Where the points were lost, and the score breakdown.
fn breakdown(w: &mut Html, m: &Messages, card: &ScorecardView) {
    w.raw("<h2>");
    w.text(m.get("points_lost"));
    w.raw("</h2>\n");
    if card.lost.is_empty() {
        w.raw("<p>");
        w.text(m.get("nothing_lost"));
        w.raw("</p>");
    } else {
        w.raw("<ol>");
        for l in &card.lost {
            w.raw("<li>");
            w.text(&l.name);
            w.raw(" — ");
            w.text(&l.points);
            w.raw("</li>");
        }
        w.raw("</ol>");
    }
    w.raw("\n\n<h2>");
    w.text(m.get("score_breakdown"));
    w.raw("</h2>\n<table>\n<thead><tr><th>");
    w.text(m.get("criterion"));
    w.raw(" / ");
    w.text(m.get("indicator"));
    for key in ["value", "score", "weight", "contribution"] {
        w.raw("</th><th class=\"num\">");
        w.text(m.get(key));
    }
    w.raw("</th></tr></thead>\n<tbody>\n");
    for c in &card.criteria {
        w.raw("\n<tr><th>");
        w.text(c.name);
        w.raw("</th><th class=\"num\"><span class=\"band band-");
        w.num(c.band_index);
        w.raw("\">");
        w.text(c.band);
        w.raw("</span>");
        for cell in [&c.score, &c.weight, &c.contribution] {
            w.raw("</th><th class=\"num\">");
            w.text(cell);
        }
        w.raw("</th></tr>\n");
        for i in &c.indicators {
            w.raw("<tr><td>&nbsp;&nbsp;");
            w.text(i.name);
            for cell in [&i.value, &i.score, &i.weight, &i.contribution] {
                w.raw("</td><td class=\"num\">");
                w.text(cell);
            }
            w.raw("</td></tr>\n");
        }
    }
    w.raw("\n<tr><th>");
    w.text(card.breakdown_total);
    w.raw("</th><th></th><th></th><th class=\"num\">100</th><th class=\"num\">");
    w.text(&card.evidence);
    w.raw("</th></tr>\n</tbody>\n</table>\n<p class=\"muted\">");
    w.text(card.breakdown_note);
    w.raw("</p>\n");
}

/// The jurors' marks per criterion, recusals and the jury share.
fn jury_marks(w: &mut Html, m: &Messages, jury: &ScorecardJury) {
    w.raw("\n<h2>");
    w.text(m.get("jury_marks_title"));
    w.raw("</h2>\n");
    for k in &jury.criteria {
        w.raw("\n<h3>");
        w.text(&k.name);
        w.raw("</h3>\n");
        if k.marks.is_empty() {
            w.raw("<p class=\"muted\">");
            w.text(m.get("no_marks"));
            w.raw("</p>");
        } else {
            w.raw("<table>\n<thead><tr><th>");
            w.text(m.get("juror"));
            w.raw("</th><th class=\"num\">");
            w.text(m.get("mark"));
            if jury.standardised {
                w.raw("</th><th class=\"num\">");
                w.text(m.get("standardised"));
            }
            w.raw("</th><th>");
            w.text(m.get("counted"));
            w.raw("</th><th>");
            w.text(m.get("place"));
            w.raw("</th></tr></thead>\n<tbody>\n");
            for x in &k.marks {
                w.raw("<tr><td class=\"id\">");
                w.text(x.juror);
                w.raw("</td><td class=\"num\">");
                w.text(&x.value);
                if jury.standardised {
                    w.raw("</td><td class=\"num\">");
                    w.text(&x.used);
                }
                if x.trimmed {
                    w.raw("</td><td class=\"lost\">✗ ");
                    w.text(m.get("trimmed"));
                } else {
                    w.raw("</td><td class=\"met\">✓");
                }
                w.raw("</td><td>");
                w.text(x.file);
                w.raw(", <code>");
                w.text(&x.cell);
                w.raw("</code></td></tr>\n");
            }
            w.raw("<tr><th>");
            w.text(m.get("aggregated"));
            w.raw(" (");
            w.text(jury.aggregate);
            w.raw(")</th><th class=\"num\">");
            w.text(k.mark.as_deref().filter(|k| !k.is_empty()).unwrap_or("—"));
            w.raw("</th>");
            if jury.standardised {
                w.raw("<th></th>");
            }
            w.raw("<th></th><th></th></tr>\n</tbody>\n</table>");
        }
        w.raw("\n<p class=\"muted\">");
        w.text(m.get("spread"));
        w.raw(": ");
        w.text(&k.spread);
        for f in &k.flags {
            w.raw(" · <span class=\"flag\">");
            w.text(f);
            w.raw("</span>");
        }
        w.raw("</p>\n");
    }
    w.raw("\n");
    if !jury.recusals.is_empty() {
        w.raw("<h3>");
        w.text(m.get("recusals"));
        w.raw("</h3>\n<ul>");
        for r in &jury.recusals {
            w.raw("<li>");
            w.text(r.juror);
            w.raw(": ");
            w.text(&r.reason);
            w.raw(" — ");
            match r.file.filter(|f| !f.is_empty()) {
                Some(file) => {
                    w.text(file);
                    if let Some(cell) = r.cell.as_deref().filter(|c| !c.is_empty()) {
                        w.raw(", <code>");
                        w.text(cell);
                        w.raw("</code>");
                    }
                }
                None => w.text(r.implied.unwrap_or("none")),
            }
            w.raw("</li>");
        }
        w.raw("</ul>\n");
    }
    w.raw("\n");
    if let Some(share) = &jury.share {
        w.raw("<p><strong>");
        w.text(m.get("jury_score"));
        w.raw(": ");
        w.text(&share.score);
        w.raw("</strong> · ");
        w.text(m.get("total"));
        w.raw(": ");
        w.text(&share.parts);
        w.raw("</p>");
    }
    w.raw("\n");
}

/// A heading and a bulleted list, when there is anything to list.
fn list<'i, T: 'i>(
    w: &mut Html,
    m: &Messages,
    title: &str,
    items: impl ExactSizeIterator<Item = &'i T>,
    item: impl Fn(&mut Html, &T),
) {
    if items.len() == 0 {
        return;
    }
    w.raw("<h2>");
    w.text(m.get(title));
    w.raw("</h2><ul>");
    for x in items {
        w.raw("<li>");
        item(w, x);
        w.raw("</li>");
    }
    w.raw("</ul>");
}

#[cfg(test)]
mod tests {
    use crate::evaluate::{Evaluation, Options, evaluate};
    use crate::output::{Content, OutputFile};
    use crate::report::html::{TEMPLATES, render};
    use crate::submission::Limits;
    use std::collections::BTreeMap;
    use std::path::Path;
    use std::sync::Mutex;

    /// The bundled sample (with the jury, nominees, monitors' rows and the
    /// robustness analysis) evaluated with the options `edit` makes.
    pub(super) fn sample(edit: impl FnOnce(&mut Options)) -> Evaluation {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut options = Options {
            criteria: root.join("criteria/2026.yaml"),
            submissions: vec![root.join("submissions")],
            jury: Some(root.join("jury")),
            jury_by_default: false,
            limits: Limits::default(),
            overrides: Vec::new(),
        };
        edit(&mut options);
        evaluate(&options).unwrap()
    }

    /// Every page of `eval`, in every language, rendered into a map of file
    /// name to text, with the given templates folder.
    fn pages(eval: &Evaluation, templates: Option<&Path>) -> BTreeMap<String, String> {
        let pages = Mutex::new(BTreeMap::new());
        let sink = |f: OutputFile| -> Result<(), crate::report::RenderError> {
            let bytes = match f.content {
                Content::Bytes(bytes) => bytes,
                Content::Stream(write) => {
                    let mut bytes = Vec::new();
                    write(&mut bytes).unwrap();
                    bytes
                }
            };
            let text = String::from_utf8(bytes).unwrap();
            pages.lock().unwrap().insert(f.name, text);
            Ok(())
        };
        render(eval, &crate::i18n::Lang::ALL, templates, &sink, || Ok(())).unwrap();
        pages.into_inner().unwrap()
    }

    /// Asserts that the pages of `eval` whose names start with `prefix`
    /// (at least `count` of them) come out of the compiled writer byte for
    /// byte as the template engine renders them once a templates folder
    /// holds the built-in `template`; shows where the first page differs.
    pub(super) fn assert_compiled_is_template(
        eval: &Evaluation,
        template: &str,
        prefix: &str,
        count: usize,
    ) {
        let compiled = pages(eval, None);
        let dir = tempfile::tempdir().unwrap();
        let (name, source) = TEMPLATES.iter().find(|(n, _)| *n == template).unwrap();
        std::fs::write(dir.path().join(name), source).unwrap();
        let engine = pages(eval, Some(dir.path()));
        let chosen = compiled.keys().filter(|n| n.starts_with(prefix));
        assert!(chosen.clone().count() >= count);
        for name in chosen {
            let (a, b) = (&compiled[name], &engine[name]);
            let at = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
            let from = a.floor_char_boundary(at.saturating_sub(80));
            assert!(
                a == b,
                "{name} differs at byte {at}:\ncompiled: {:?}\ntemplate: {:?}",
                &a[from..a.ceil_char_boundary((at + 80).min(a.len()))],
                &b[from..b.ceil_char_boundary((at + 80).min(b.len()))],
            );
        }
        assert_eq!(compiled, engine);
    }

    #[test]
    fn the_compiled_scorecard_is_the_template_s_page_byte_for_byte() {
        let eval = sample(|_| {});
        assert_compiled_is_template(&eval, "scorecard.html.j2", "scorecards/", 4 * 20);
    }
}
