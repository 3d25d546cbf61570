//! An indicator's table of evidence rows on the compiled scorecard page:
//! most of a page's length, a row for each row of a workbook.

use super::escape::Html;
use crate::i18n::Messages;
use crate::report::view::evidence::{EvidenceView, Place};

/// An indicator's table of evidence rows.
pub(super) fn table(w: &mut Html, m: &Messages, sourced: bool, rows: &[EvidenceView]) {
    w.raw("\n<table>\n<thead><tr><th>");
    w.text(m.get("place"));
    w.raw("</th><th>");
    w.text(m.get("item"));
    w.raw("</th><th>");
    w.text(m.get("result"));
    w.raw("</th>");
    if sourced {
        w.raw("<th>");
        w.text(m.get("source"));
        w.raw("</th>");
    }
    w.raw("</tr></thead>\n<tbody>\n");
    for e in rows {
        w.raw("<tr><td><code>");
        place(w, &e.place);
        w.raw("</code></td><td>");
        w.text(e.label);
        w.raw(if e.met {
            "</td><td class=\"met\">✓ "
        } else {
            "</td><td class=\"lost\">✗ "
        });
        w.text(&e.note);
        for r in &e.remarks {
            w.raw("<br><span class=\"muted\">⚠ ");
            w.text(r);
            w.raw("</span>");
        }
        w.raw("</td>");
        if sourced {
            w.raw("<td>");
            if let Some(s) = &e.source {
                w.text(s.name);
                if let Some(counts) = s.counts.as_deref().filter(|c| !c.is_empty()) {
                    w.raw("<br><span class=\"muted\">");
                    w.text(counts);
                    w.raw("</span>");
                }
                if let Some(reference) = s.reference.filter(|r| !r.is_empty()) {
                    w.raw("<br>");
                    match s.href.filter(|h| !h.is_empty()) {
                        Some(href) => {
                            w.raw("<a href=\"");
                            w.text(href);
                            w.raw("\">");
                            w.text(reference);
                            w.raw("</a>");
                        }
                        None => w.text(reference),
                    }
                }
                if let Some(by) = s.by.as_ref().filter(|b| !b.is_empty()) {
                    w.raw("<br><span class=\"muted\">");
                    w.display(by);
                    w.raw("</span>");
                }
            }
            w.raw("</td>");
        }
        w.raw("</tr>\n");
    }
    w.raw("</tbody>\n</table>\n");
}

/// A row's place, written from its parts.
fn place(w: &mut Html, place: &Place) {
    match place {
        Place::Cell {
            sheet,
            letters,
            row,
        } => {
            w.text(sheet);
            w.raw("!");
            w.text(letters);
            w.count(*row);
        }
        Place::Row { before, row, after } => {
            w.text(before);
            w.count(*row);
            w.text(after);
        }
        Place::Text(text) => w.text(text),
    }
}
