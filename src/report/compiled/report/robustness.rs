//! The report's robustness section: per category, the verdict and a chart
//! of each applicant's 90 % rank interval, then the same in sentences.

use super::super::escape::round1;
use super::super::stream::Streamed;
use crate::i18n::Messages;
use crate::report::view::robustness::{RobustnessCategory, RobustnessSection};

pub(super) fn section(w: &mut Streamed, m: &Messages, r: &RobustnessSection) {
    w.raw("\n<h2 id=\"robustness\">");
    w.text(m.get("robustness_title"));
    w.raw("</h2>\n<p class=\"muted\">");
    w.text(&r.about);
    w.raw("</p>");
    for v in &r.varied {
        w.raw("\n<p class=\"muted\">");
        w.text(v);
        w.raw("</p>");
    }
    w.raw("\n");
    for c in &r.categories {
        category(w, m, c);
    }
    w.raw("\n");
}

/// Bar height, gap between bars, label column and plot widths of the rank
/// intervals, in the drawing's units (`report.html.j2`).
const BAR_H: i64 = 14;
const GAP: i64 = 6;
const LABEL_W: i64 = 160;
const PLOT_W: i64 = 360;

/// One category's verdict, its chart of rank intervals (rank 1 on the
/// left; a bar from the 5th to the 95th percentile rank, a tick at the
/// median) and their sentences.
fn category(w: &mut Streamed, m: &Messages, c: &RobustnessCategory) {
    w.raw("\n<h3>");
    w.text(&c.name);
    w.raw(if c.contested {
        "</h3>\n<p class=\"provisional\"><strong>"
    } else {
        "</h3>\n<p><strong>"
    });
    w.text(&c.verdict);
    let bars = c.bars.items();
    let count = i64::try_from(bars.len()).unwrap_or(i64::MAX);
    let step = PLOT_W as f64 / c.places as f64;
    let label_w = LABEL_W as f64;
    w.raw("</strong></p><svg class=\"chart\" role=\"img\" aria-label=\"");
    w.text(m.get("robustness_title"));
    w.raw("\" width=\"100%\" viewBox=\"0 0 ");
    w.coordinate(LABEL_W + PLOT_W + 20);
    w.raw(" ");
    w.coordinate(count * (BAR_H + GAP) + 24);
    w.raw("\" xmlns=\"http://www.w3.org/2000/svg\">");
    let mut y = 0;
    for b in bars {
        let (low, high) = (i64::from(b.low), i64::from(b.high));
        w.raw("\n<text x=\"");
        w.coordinate(LABEL_W - 6);
        w.raw("\" y=\"");
        w.coordinate(y + 11);
        w.raw("\" text-anchor=\"end\">");
        w.text(&b.label);
        w.raw("</text>\n<rect class=\"bar-0\" x=\"");
        w.float(round1(label_w + (low - 1) as f64 * step));
        w.raw("\" y=\"");
        w.coordinate(y);
        w.raw("\" width=\"");
        w.float(round1((high - low + 1) as f64 * step));
        w.raw("\" height=\"");
        w.coordinate(BAR_H);
        let median = round1(label_w + (f64::from(b.median) - 0.5) * step);
        w.raw("\"/>\n<line x1=\"");
        w.float(median);
        w.raw("\" y1=\"");
        w.coordinate(y - 2);
        w.raw("\" x2=\"");
        w.float(median);
        w.raw("\" y2=\"");
        w.coordinate(y + BAR_H + 2);
        w.raw("\" stroke=\"currentColor\" stroke-width=\"2\"/>");
        y += BAR_H + GAP;
        w.spill();
    }
    let axis_y = count * (BAR_H + GAP) + 4;
    super::axis(w, (LABEL_W, LABEL_W + PLOT_W), axis_y);
    for rank in 1..=c.places {
        w.raw("<text x=\"");
        w.float(round1(label_w + (rank as f64 - 0.5) * step));
        w.raw("\" y=\"");
        w.coordinate(axis_y + 14);
        w.raw("\" text-anchor=\"middle\">");
        w.index(rank);
        w.raw("</text>");
    }
    w.raw("\n</svg>\n<ul>");
    for b in bars {
        w.raw("<li>");
        w.text(&b.line);
        w.raw("</li>");
        w.spill();
    }
    if let Some(influence) = c.influence.as_deref().filter(|i| !i.is_empty()) {
        w.raw("<li>");
        w.text(influence);
        w.raw("</li>");
    }
    w.raw("</ul>\n");
}
