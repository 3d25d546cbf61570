//! The report's jury section: the method, the jurors and their sheets,
//! warnings, recusals, marks spread too wide and criteria short of marks.

use super::super::escape::Html;
use super::super::stream::Streamed;
use super::said;
use crate::i18n::Messages;
use crate::report::view::Name;
use crate::report::view::jury::{JurySection, RecusalView};

pub(super) fn section(w: &mut Streamed, m: &Messages, j: &JurySection) {
    w.raw("\n<h2 id=\"jury\">");
    w.text(m.get("jury_title"));
    w.raw("</h2>\n");
    if j.unread {
        w.raw("<p class=\"provisional\">");
        w.text(m.get("jury_unread"));
        w.raw("</p>");
    }
    w.raw("\n<ul>");
    for line in &j.method {
        w.raw("<li>");
        w.text(line);
        w.raw("</li>");
    }
    w.raw("</ul>\n<h3>");
    w.text(m.get("jurors"));
    w.raw("</h3>\n");
    head(w, m, &["juror", "categories", "jury_sheet"], None);
    for x in &j.jurors {
        w.raw("<tr><td class=\"id\">");
        w.text(x.id);
        w.raw("<br><span class=\"muted\">");
        w.text(x.name);
        w.raw("</span></td><td>");
        w.text(&x.categories);
        w.raw(if x.missing {
            "</td><td class=\"lost\">"
        } else {
            "</td><td>"
        });
        w.text(&x.sheet);
        w.raw("</td></tr>\n");
    }
    w.raw("</tbody>\n</table>\n");
    if !j.warnings.is_empty() {
        w.raw("<h3>");
        w.text(m.get("jury_warnings_title"));
        w.raw("</h3>\n<ul class=\"provisional\">");
        for warning in &j.warnings {
            w.raw("<li>");
            w.text(warning);
            w.raw("</li>");
        }
        w.raw("</ul>\n");
    }
    if j.read {
        marks(w, m, j);
    }
    w.raw("\n");
}

/// What came of the marks: recusals, disputed marks, missing marks.
fn marks(w: &mut Streamed, m: &Messages, j: &JurySection) {
    w.raw("\n<h3>");
    w.text(m.get("recusals"));
    w.raw("</h3>\n");
    if j.recusals.is_empty() {
        none(w, m);
    } else {
        head(
            w,
            m,
            &["juror", "institution", "reason", "recused_where"],
            None,
        );
        for r in &j.recusals {
            recusal(w, r);
            w.spill();
        }
        w.raw("</tbody>\n</table>");
    }
    w.raw("\n");
    if let Some(intro) = said(&j.consensus_intro) {
        w.raw("\n<h3>");
        w.text(m.get("consensus_title"));
        w.raw("</h3>\n<p>");
        w.text(intro);
        w.raw("</p>\n");
        if j.consensus.is_empty() {
            none(w, m);
        } else {
            head(w, m, &["institution", "criterion", "marks"], Some("spread"));
            for x in &j.consensus {
                linked(w, &x.scorecard, &x.name, &x.criterion, &x.marks);
                w.raw("<td class=\"num\">");
                w.text(&x.spread);
                w.raw("</td></tr>\n");
                w.spill();
            }
            w.raw("</tbody>\n</table>");
        }
        w.raw("\n");
    }
    w.raw("\n<h3>");
    w.text(m.get("insufficient_title"));
    w.raw("</h3>\n");
    if j.insufficient.is_empty() {
        none(w, m);
    } else {
        head(w, m, &["institution", "criterion", "marks"], None);
        for x in &j.insufficient {
            linked(w, &x.scorecard, &x.name, &x.criterion, &x.marks);
            w.raw("</tr>\n");
            w.spill();
        }
        w.raw("</tbody>\n</table>");
    }
    w.raw("\n");
}

/// A table's opening and head row, the `num` column last when there is one.
fn head(w: &mut Html, m: &Messages, keys: &[&str], num: Option<&str>) {
    w.raw("<table>\n<thead><tr>");
    for key in keys {
        w.raw("<th>");
        w.text(m.get(key));
        w.raw("</th>");
    }
    if let Some(key) = num {
        w.raw("<th class=\"num\">");
        w.text(m.get(key));
        w.raw("</th>");
    }
    w.raw("</tr></thead>\n<tbody>\n");
}

fn none(w: &mut Html, m: &Messages) {
    w.raw("<p class=\"muted\">");
    w.text(m.get("jury_none"));
    w.raw("</p>");
}

fn recusal(w: &mut Html, r: &RecusalView) {
    w.raw("<tr><td class=\"id\">");
    w.text(r.juror);
    w.raw("</td><td><a href=\"");
    w.text(&r.scorecard);
    w.raw("\">");
    w.text(&r.name.text);
    w.raw("</a></td><td>");
    w.text(&r.reason);
    w.raw("</td><td>");
    match r.place.file.filter(|f| !f.is_empty()) {
        Some(file) => {
            w.text(file);
            if let Some(cell) = said(&r.place.cell) {
                w.raw(", <code>");
                w.text(cell);
                w.raw("</code>");
            }
        }
        // What the template engine writes for a missing value.
        None => w.text(r.place.implied.unwrap_or("none")),
    }
    w.raw("</td></tr>\n");
}

/// A row's linked name, criterion and marks, left open for what follows.
fn linked(w: &mut Html, href: &str, name: &Name, criterion: &str, marks: &str) {
    w.raw("<tr><td><a href=\"");
    w.text(href);
    w.raw("\">");
    w.text(&name.text);
    w.raw("</a></td><td>");
    w.text(criterion);
    w.raw("</td><td>");
    w.text(marks);
    w.raw("</td>");
}
