//! Warnings a secretariat wants before a new edition: nothing here stops an
//! evaluation, but each is probably a mistake in the file.

use super::Criteria;
use super::diagnostic::{Code, Diagnostic, Pos, Severity};
use super::raw::RawCriteria;

fn warning(code: Code, at: Pos, message: String, hint: &str) -> Diagnostic {
    Diagnostic {
        code,
        severity: Severity::Warning,
        line: at.line,
        column: at.column,
        message,
        hint: hint.into(),
        set_by: None,
    }
}

/// Every column an indicator or gate reads, by sheet.
fn used_columns(c: &Criteria) -> Vec<(usize, usize)> {
    let mut used = Vec::new();
    for ind in c.criteria.iter().flat_map(|k| &k.indicators) {
        let s = ind.sheet;
        used.extend(ind.by_language.iter().map(|(_, col)| (s, *col)));
        used.extend(ind.rule.columns().into_iter().map(|col| (s, col)));
        used.extend(ind.filter.iter().map(|f| (s, f.column)));
        used.extend(ind.row_id.map(|col| (s, col)));
    }
    used.extend(
        c.gates
            .iter()
            .filter_map(|g| g.nonempty.map(|col| (g.sheet, col))),
    );
    used
}

/// Whether any score written with `decimals` decimals falls in the band.
fn reachable(band: &super::Band, decimals: u32) -> bool {
    let scale = 10f64.powi(decimals as i32);
    let lowest = (band.lower.value * scale).ceil() as i64;
    (lowest..=lowest + 1).any(|units| band.contains(units as f64 / scale))
}

pub fn lint(raw: &RawCriteria, c: &Criteria) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (k, rk) in c.criteria.iter().zip(&raw.criteria.value) {
        for (i, ri) in k.indicators.iter().zip(&rk.indicators.value) {
            if i.weight == 0.0 {
                out.push(warning(
                    Code::ZeroWeight,
                    Pos::of(&ri.weight),
                    format!(
                        "indicator `{}` has weight 0: it is shown but never counts",
                        i.id
                    ),
                    "give it a weight or remove it",
                ));
            }
        }
    }
    for (b, rb) in c.bands.iter().zip(&raw.bands.value) {
        if !reachable(b, c.decimals) {
            out.push(warning(
                Code::UnreachableBand,
                Pos::of(&rb.id),
                format!(
                    "no score with {} decimals falls in band `{}`",
                    c.decimals, b.id
                ),
                "widen the band or use more decimals",
            ));
        }
    }
    for (cat, rc) in c.categories.iter().zip(&raw.categories) {
        if cat.open_from > c.edition {
            out.push(warning(
                Code::ClosedCategory,
                Pos::of(&rc.open_from),
                format!(
                    "category `{}` opens in {}, so it is closed in the {} edition",
                    cat.id, cat.open_from, c.edition
                ),
                "its applicants will be listed as ineligible",
            ));
        }
    }
    for (t, rt) in c.tiers.iter().zip(&raw.tiers) {
        let band = t.min_band.and_then(|b| c.bands.get(b));
        if let (Some(min), Some(band), Some(at)) = (t.min_total, band, &rt.min_total)
            && min < band.lower.value
        {
            out.push(warning(
                Code::TierBelowBand,
                Pos::of(at),
                format!(
                    "tier `{}` asks for a total of {min}, below its band `{}` (from {}): the band decides",
                    t.id, band.id, band.lower.value
                ),
                "raise min_total or drop it",
            ));
        }
    }
    let used = used_columns(c);
    for (si, (sheet, rs)) in c.sheets.iter().zip(&raw.sheets).enumerate() {
        for (ci, (col, rcol)) in sheet.columns.iter().zip(&rs.columns.value).enumerate() {
            if !col.required && !used.contains(&(si, ci)) {
                out.push(warning(
                    Code::UnusedColumn,
                    Pos::of(&rcol.key),
                    format!(
                        "column `{}` of sheet `{}` is used by no indicator or gate",
                        col.key, sheet.key
                    ),
                    "use it in an indicator, mark it required as a label, or remove it",
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria::{Band, Bound, Text};

    #[test]
    fn a_band_between_two_hundredths_is_unreachable() {
        let name = Text {
            sq: String::new(),
            sr: String::new(),
            en: String::new(),
        };
        let band = |lo: f64, hi: f64| Band {
            id: "b".into(),
            name: name.clone(),
            lower: Bound {
                value: lo,
                inclusive: false,
            },
            upper: Bound {
                value: hi,
                inclusive: false,
            },
        };
        assert!(reachable(&band(66.0, 66.02), 2));
        assert!(!reachable(&band(66.0, 66.01), 2));
        assert!(!reachable(&band(66.0, 66.5), 0));
        assert!(reachable(&band(65.0, 67.0), 0));
    }
}
