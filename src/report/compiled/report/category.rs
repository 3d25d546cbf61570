//! A category's section of the report: the factsheet matrix, the ranked
//! table and the chart of totals, a row or bar for each ranked applicant,
//! then who awaits marks and who was excluded.

use super::super::escape::round1;
use super::super::stream::Streamed;
use super::{listed, said};
use crate::i18n::Messages;
use crate::report::view::chart::Bar;
use crate::report::view::matrix::{BandCell, MatrixRow};
use crate::report::view::report::{CategoryView, RankedRow, ReportPage};

pub(super) fn section(w: &mut Streamed, m: &Messages, p: &ReportPage, c: &CategoryView) {
    w.raw("\n<section class=\"category\" id=\"category-");
    w.text(c.id);
    w.raw("\">\n<h2>");
    w.text(&c.name);
    w.raw("</h2>\n");
    if let Some(fictional) = c.fictional.filter(|f| !f.is_empty()) {
        w.raw("<p class=\"provisional\">");
        w.text(fictional);
        w.raw("</p>\n");
    }
    let total_rule = said(&c.total_rule);
    if c.rows.items().is_empty() {
        w.raw("\n");
        if let Some(rule) = total_rule.filter(|_| c.nominees) {
            w.raw("<p class=\"muted\">");
            w.text(rule);
            w.raw("</p>\n");
        }
        w.raw("<p class=\"muted\">");
        w.text(m.get("nobody_ranked"));
        w.raw("</p>\n");
    } else {
        w.raw("\n");
        matrix(w, m, p, c.matrix.items());
        if let Some(rule) = total_rule {
            w.raw("<p class=\"muted\">");
            w.text(rule);
            w.raw("</p>");
        }
        w.raw("\n");
        ranked(w, m, p, c);
        chart(w, m, c.chart.items());
        w.raw("\n");
    }
    w.raw("\n");
    if !c.awaiting.is_empty() {
        w.raw("\n<h3>");
        w.text(c.awaiting_title);
        w.raw("</h3>\n");
        listed(w, &c.awaiting, true);
    }
    w.raw("\n");
    if !c.excluded.is_empty() {
        w.raw("\n<h3>");
        w.text(m.get("excluded_by_gate"));
        w.raw("</h3>\n");
        listed(w, &c.excluded, false);
    }
    w.raw("\n</section>\n");
}

/// Each ranked applicant's band per criterion and total.
fn matrix(w: &mut Streamed, m: &Messages, p: &ReportPage, rows: &[MatrixRow]) {
    if rows.is_empty() {
        return;
    }
    w.raw("<table class=\"matrix\">\n<caption>");
    w.text(m.get("matrix_title"));
    w.raw("</caption>\n<thead><tr><th>");
    w.text(m.get("institution"));
    w.raw("</th>");
    for k in &p.criteria {
        w.raw("<th>");
        w.text(&k.short);
        w.raw("</th>");
    }
    w.raw("<th>");
    w.text(m.get("total"));
    w.raw("</th></tr></thead>\n<tbody>\n");
    for r in rows {
        w.raw("<tr><td><a href=\"");
        w.text(&r.scorecard);
        w.raw("\">");
        w.text(&r.name.text);
        w.raw("</a></td>");
        for x in &r.cells {
            band_cell(w, x, ("", ""));
        }
        band_cell(w, &r.total, ("<strong>", "</strong>"));
        w.raw("</tr>\n");
        w.spill();
    }
    w.raw("</tbody>\n</table>\n");
}

/// A matrix cell: the band's name and the score, the score set between
/// `mark`'s two tags (the total's is bold).
fn band_cell(w: &mut Streamed, x: &BandCell, mark: (&str, &str)) {
    w.raw("<td class=\"cell band-");
    w.index(x.band_index);
    w.raw("\"><span class=\"band band-");
    w.index(x.band_index);
    w.raw("\">");
    w.text(&x.band);
    w.raw("</span> ");
    w.raw(mark.0);
    w.text(&x.score);
    w.raw(mark.1);
    w.raw("</td>");
}

/// The ranked table: rank, name, the evidence and jury scores when the
/// jury's marks were read, total, band, the observed part with provenance,
/// and each criterion's score.
fn ranked(w: &mut Streamed, m: &Messages, p: &ReportPage, c: &CategoryView) {
    let columns = p.split && !c.nominees;
    let sources = p.observed && !c.nominees;
    w.raw("<table>\n<thead><tr><th class=\"num\">");
    w.text(m.get("rank"));
    w.raw("</th><th>");
    w.text(m.get(if c.nominees { "nominee" } else { "institution" }));
    w.raw("</th>");
    if columns {
        for key in ["evidence_score", "jury_score"] {
            w.raw("<th class=\"num\">");
            w.text(m.get(key));
            w.raw("</th>");
        }
    }
    w.raw("<th class=\"num\">");
    w.text(m.get("total"));
    w.raw("</th><th>");
    w.text(m.get("band"));
    w.raw("</th>");
    if sources {
        w.raw("<th class=\"num\">");
        w.text(m.get("observed_short"));
        w.raw("</th>");
    }
    if !c.nominees {
        for k in &p.criteria {
            w.raw("<th class=\"num\">");
            w.text(&k.short);
            w.raw("</th>");
        }
    }
    w.raw("</tr></thead>\n<tbody>\n");
    for r in c.rows.items() {
        row(w, m, r, columns, sources);
        w.spill();
    }
    w.raw("</tbody>\n</table>\n");
}

fn row(w: &mut Streamed, m: &Messages, r: &RankedRow, columns: bool, sources: bool) {
    w.raw(if r.tied {
        "<tr><td class=\"num tie\">"
    } else {
        "<tr><td class=\"num\">"
    });
    w.count(r.rank);
    if r.tied {
        w.raw(" =");
    }
    w.raw("</td><td><a href=\"");
    w.text(&r.scorecard);
    w.raw("\">");
    w.text(&r.name.text);
    w.raw("</a>");
    if r.name.fallback {
        w.raw(" <span class=\"fallback muted\">(");
        w.text(m.get("name_fallback"));
        w.raw(")</span>");
    }
    for line in [said(&r.about), said(&r.note)].into_iter().flatten() {
        w.raw("<br><span class=\"muted\">");
        w.text(line);
        w.raw("</span>");
    }
    if r.consensus {
        w.raw("<br><span class=\"flag\">");
        w.text(m.get("consensus_flag"));
        w.raw("</span>");
    }
    w.raw("</td>");
    if columns {
        w.raw("<td class=\"num\">");
        w.text(&r.evidence);
        w.raw("</td><td class=\"num\">");
        w.text(said(&r.jury).unwrap_or("—"));
        w.raw("</td>");
    }
    w.raw("<td class=\"num\"><strong>");
    w.text(&r.total);
    w.raw("</strong></td><td><span class=\"band band-");
    w.index(r.band_index);
    w.raw("\">");
    w.text(&r.band);
    w.raw("</span></td>");
    if sources {
        w.raw("<td class=\"num\">");
        // What the template engine writes for a missing value.
        w.text(r.observed.as_deref().unwrap_or("none"));
        w.raw("</td>");
    }
    for s in &r.scores {
        w.raw("<td class=\"num\">");
        w.text(s);
        w.raw("</td>");
    }
    w.raw("</tr>\n");
}

/// Bar height, gap between bars, label column and plot widths of the chart
/// of totals, in its drawing's units (`chart.html.j2`).
const BAR_H: i64 = 18;
const GAP: i64 = 8;
const LABEL_W: i64 = 230;
const PLOT_W: i64 = 360;

/// The chart of totals: a hatched bar per applicant, its name beside it in
/// one or two lines and its total and band after it.
fn chart(w: &mut Streamed, m: &Messages, bars: &[Bar]) {
    let height = len(bars) * (BAR_H + GAP) + 24;
    w.raw("<svg class=\"chart\" role=\"img\" aria-label=\"");
    w.text(m.get("chart_label"));
    w.raw("\" width=\"100%\" viewBox=\"0 0 ");
    w.coordinate(LABEL_W + PLOT_W + 150);
    w.raw(" ");
    w.coordinate(height);
    w.raw("\" xmlns=\"http://www.w3.org/2000/svg\">\n<defs>");
    for i in 0..5 {
        w.raw("<pattern id=\"hatch-");
        w.coordinate(i);
        w.raw("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(");
        w.coordinate(i * 45);
        w.raw(")\"><rect width=\"6\" height=\"6\" fill=\"var(--band-");
        w.coordinate(i);
        w.raw(")\" fill-opacity=\"0.35\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"var(--band-");
        w.coordinate(i);
        w.raw(")\" stroke-width=\"");
        w.coordinate(1 + i);
        w.raw("\"/></pattern>");
    }
    w.raw("</defs>");
    let mut y = 0;
    for b in bars {
        w.raw("\n<text x=\"");
        w.coordinate(LABEL_W - 6);
        w.raw("\" y=\"");
        w.coordinate(y + 13 - (len(&b.label) - 1) * 5);
        w.raw("\" text-anchor=\"end\">");
        for (n, line) in b.label.iter().enumerate() {
            w.raw("<tspan x=\"");
            w.coordinate(LABEL_W - 6);
            w.raw(if n == 0 {
                "\" dy=\"0\">"
            } else {
                "\" dy=\"11\">"
            });
            w.text(line);
            w.raw("</tspan>");
        }
        let width = round1(b.value * PLOT_W as f64 / 100.0);
        w.raw("</text>\n<rect class=\"bar-");
        w.index(b.band_index);
        w.raw("\" x=\"");
        w.coordinate(LABEL_W);
        w.raw("\" y=\"");
        w.coordinate(y);
        w.raw("\" width=\"");
        w.float(width);
        w.raw("\" height=\"");
        w.coordinate(BAR_H);
        w.raw("\"/>\n<text x=\"");
        w.float(LABEL_W as f64 + width + 5.0);
        w.raw("\" y=\"");
        w.coordinate(y + 13);
        w.raw("\">");
        w.text(&b.total);
        w.raw(" · ");
        w.text(&b.band);
        w.raw("</text>");
        y += BAR_H + GAP;
        w.spill();
    }
    let axis_y = len(bars) * (BAR_H + GAP) + 4;
    super::axis(w, (LABEL_W, LABEL_W + PLOT_W), axis_y);
    for t in [0, 25, 50, 75, 100] {
        w.raw("<text x=\"");
        w.float(LABEL_W as f64 + (t * PLOT_W) as f64 / 100.0);
        w.raw("\" y=\"");
        w.coordinate(axis_y + 14);
        w.raw("\" text-anchor=\"middle\">");
        w.coordinate(t);
        w.raw("</text>");
    }
    w.raw("\n</svg>");
}

/// A list's length as the template engine's integers count it.
fn len<T>(items: &[T]) -> i64 {
    i64::try_from(items.len()).unwrap_or(i64::MAX)
}
