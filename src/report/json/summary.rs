//! The criteria a results.json was scored with, as its `criteria` field
//! summarises them: what makes totals comparable across editions.

use crate::criteria;
use crate::evaluate::Evaluation;
use crate::ix::PerSource;
use crate::results as schema;

pub(super) fn criteria_summary(eval: &Evaluation) -> schema::CriteriaSummary<'_> {
    let c = &eval.criteria.criteria;
    schema::CriteriaSummary {
        file: eval.criteria_file.as_str().into(),
        sha256: eval.criteria.sha256.as_str().into(),
        edition: c.edition,
        award: text(&c.award),
        period: schema::Period {
            from: c.period.from,
            to: c.period.to,
        },
        bands: c.bands.iter().map(band).collect(),
        criteria: c
            .criteria
            .iter()
            .map(|k| schema::CriterionSummary {
                id: k.id.as_str().into(),
                name: text(&k.name),
                weight: k.weight,
                indicators: k
                    .indicators
                    .iter()
                    .map(|i| schema::IndicatorSummary {
                        id: i.id.as_str().into(),
                        name: text(&i.name),
                        weight: i.weight,
                        statuses: statuses(c, i),
                    })
                    .collect(),
                bands: k.bands.iter().flatten().map(band).collect(),
            })
            .collect(),
        provenance: c.provenance.as_ref().map(|p| schema::ProvenanceSummary {
            sources: p
                .sources
                .iter()
                .map(|s| schema::SourceSummary {
                    key: s.key.as_str().into(),
                    name: text(&s.name),
                    observed: s.observed,
                    weight: s.weight,
                    verified_only: s.counts == criteria::Counts::VerifiedOnly,
                })
                .collect(),
            default: p
                .sources
                .at_source(p.default)
                .map_or("", |s| s.key.as_str())
                .into(),
        }),
        overrides: eval
            .criteria
            .overrides
            .iter()
            .map(|a| schema::Override {
                path: a.set.path.to_string().into(),
                value: a.set.value.as_str().into(),
                previous: a.previous.as_deref().map(Into::into),
            })
            .collect(),
    }
}

/// A `status_share` indicator's statuses with their names and counts, from
/// its status column's choices; none for other kinds.
fn statuses<'c>(
    c: &'c criteria::Criteria,
    i: &'c criteria::Indicator,
) -> Vec<schema::StatusSummary<'c>> {
    let criteria::Rule::StatusShare { column, counts } = &i.rule else {
        return Vec::new();
    };
    let choices = match c.sheets.get(i.sheet).and_then(|s| s.columns.get(*column)) {
        Some(criteria::ColumnSpec {
            ty: criteria::ColumnType::Choice { choices },
            ..
        }) => choices.as_slice(),
        _ => &[],
    };
    counts
        .iter()
        .filter_map(|count| {
            let choice = choices.iter().find(|ch| ch.key == count.status)?;
            Some(schema::StatusSummary {
                key: choice.key.as_str().into(),
                name: text(&choice.name),
                credit: count.credit,
            })
        })
        .collect()
}

pub(super) fn text(t: &criteria::Text) -> schema::Text<'_> {
    schema::Text {
        sq: t.sq.as_str().into(),
        sr: t.sr.as_str().into(),
        en: t.en.as_str().into(),
    }
}

fn band(b: &criteria::Band) -> schema::Band<'_> {
    let bound = |x: &criteria::Bound| schema::Bound {
        value: x.value,
        inclusive: x.inclusive,
    };
    schema::Band {
        id: b.id.as_str().into(),
        name: text(&b.name),
        lower: bound(&b.lower),
        upper: bound(&b.upper),
    }
}
