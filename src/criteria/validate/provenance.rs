//! Provenance: the ways evidence is obtained (the choice list of the
//! `source` column), what a row of each counts for, and the optional
//! columns every evidence sheet may carry. Checked here so that scoring can
//! trust every weight to lie within 0–1 and every source a row names to
//! exist.

use super::checker::{Checker, hint_known, text};
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::{RawCounts, RawProvenance, RawProvenanceColumn, RawSource, S};
use crate::criteria::{
    Choice, ColumnSpec, ColumnType, Counts, Provenance, ProvenanceColumn, ProvenanceField,
    SheetSpec, Source,
};
use crate::ix::SourceIx;
use crate::text::fold;

pub(super) fn provenance(
    c: &mut Checker,
    raw: &S<RawProvenance>,
    sheets: &[SheetSpec],
) -> Provenance {
    let p = &raw.value;
    c.unique_ids("source", p.sources.value.iter().map(|s| &s.key));
    if p.sources.value.is_empty() {
        c.error(
            Code::InvalidValue,
            Pos::of(&p.sources),
            "provenance lists no sources",
            "list the ways evidence is obtained, e.g. self_reported and website",
        );
    }
    let verified = p.columns.verified.is_some();
    let sources: Vec<Source> = p
        .sources
        .value
        .iter()
        .map(|s| source(c, s, verified))
        .collect();
    let default = match sources.iter().position(|s| s.key == p.default.value) {
        Some(i) => SourceIx::new(i),
        None => {
            c.error(
                Code::UnknownSource,
                Pos::of(&p.default),
                format!("the default source `{}` is not listed", p.default.value),
                hint_known(
                    "sources",
                    &p.default.value,
                    sources.iter().map(|s| s.key.as_str()),
                ),
            );
            SourceIx::new(0)
        }
    };
    Provenance {
        columns: columns(c, p, &sources, sheets),
        sources,
        default,
    }
}

/// One source: its weight within 0–1 (1 when absent), and `verified_only`
/// only where a verified column can say which rows are verified.
fn source(c: &mut Checker, s: &RawSource, verified: bool) -> Source {
    let weight = s.weight.as_ref().map_or(1.0, |w| {
        let value = w.value.0;
        if (0.0..=1.0).contains(&value) {
            value
        } else {
            c.error(
                Code::SourceWeight,
                Pos::of(w),
                format!(
                    "source `{}` weighs {value}, outside 0–1: a row counts at most once",
                    s.key.value
                ),
                "use a weight from 0 to 1, e.g. 0.5",
            );
            0.0
        }
    });
    let counts = match s.counts.as_ref() {
        Some(at) if at.value == RawCounts::VerifiedOnly => {
            if !verified {
                c.error(
                    Code::UnverifiableSource,
                    Pos::of(at),
                    format!(
                        "source `{}` counts only verified rows, but no `verified` column is declared",
                        s.key.value
                    ),
                    "add `verified: { name: { sq: …, sr: …, en: … } }` under `provenance.columns`",
                );
            }
            Counts::VerifiedOnly
        }
        _ => Counts::Always,
    };
    Source {
        key: s.key.value.clone(),
        name: text(&s.name),
        observed: s.observed,
        weight,
        counts,
    }
}

/// The declared provenance columns in [`ProvenanceField::ALL`]'s order,
/// each typed by its meaning. A name a sheet's own column also answers to
/// would let one header cell feed both, so it is an error.
fn columns(
    c: &mut Checker,
    p: &RawProvenance,
    sources: &[Source],
    sheets: &[SheetSpec],
) -> Vec<ProvenanceColumn> {
    let cols = &p.columns;
    let declared = [
        Some(&cols.source),
        cols.reference.as_ref(),
        cols.observer.as_ref(),
        cols.observed_on.as_ref(),
        cols.verified.as_ref(),
    ];
    ProvenanceField::ALL
        .into_iter()
        .zip(declared)
        .filter_map(|(field, raw)| {
            let raw = raw?;
            clash(c, field, raw, sheets);
            let ty = match field {
                ProvenanceField::Source => ColumnType::Choice {
                    choices: sources
                        .iter()
                        .map(|s| Choice {
                            key: s.key.clone(),
                            name: s.name.clone(),
                        })
                        .collect(),
                },
                ProvenanceField::Reference | ProvenanceField::Observer => ColumnType::Text,
                ProvenanceField::ObservedOn => ColumnType::DateTime,
                ProvenanceField::Verified => ColumnType::YesNo,
            };
            Some(ProvenanceColumn {
                field,
                spec: ColumnSpec {
                    key: field.key().to_string(),
                    name: text(&raw.name.value),
                    aliases: raw.aliases.clone(),
                    ty,
                    required: false,
                    optional: true,
                    language: None,
                },
            })
        })
        .collect()
}

/// Reports a provenance column that answers to a name of a sheet's own
/// column (its key, names or aliases, compared as headers are matched).
fn clash(c: &mut Checker, field: ProvenanceField, raw: &RawProvenanceColumn, sheets: &[SheetSpec]) {
    let n = &raw.name.value;
    let own: Vec<String> = [field.key(), &n.sq, &n.sr, &n.en]
        .into_iter()
        .chain(raw.aliases.iter().map(String::as_str))
        .map(fold)
        .collect();
    for sheet in sheets {
        let clashing = sheet.columns.iter().find_map(|col| {
            let names = col.name.all().into_iter().chain([col.key.as_str()]);
            names
                .chain(col.aliases.iter().map(String::as_str))
                .find(|name| own.contains(&fold(name)))
                .map(|name| (col, name))
        });
        if let Some((col, name)) = clashing {
            c.error(
                Code::ColumnClash,
                Pos::of(&raw.name),
                format!(
                    "provenance column `{}` answers to \"{name}\", a name of column `{}` of sheet `{}`",
                    field.key(),
                    col.key,
                    sheet.key
                ),
                "give the provenance column names no sheet column uses",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::{case, cases, replacing_block};

    #[test]
    fn sources_and_their_weights() {
        insta::assert_snapshot!(cases(&[
            (
                "a default source that is not listed",
                &[("default: self_reported", "default: self_report")]
            ),
            (
                "a weight above 1 and a negative one",
                &[
                    ("weight: 0.5", "weight: 2"),
                    ("weight: 1\n", "weight: -1\n")
                ]
            ),
            (
                "a source listed twice",
                &[("- key: test_email\n", "- key: website\n")]
            ),
            (
                "an unknown way of counting",
                &[("counts: always", "counts: sometimes")]
            ),
        ]));
    }

    #[test]
    fn a_provenance_lists_its_sources() {
        let none = replacing_block("  sources:\n", "  default: ", "  sources: []\n");
        insta::assert_snapshot!(case("no sources", none.as_bytes()));
    }

    #[test]
    fn verified_only_needs_the_verified_column() {
        insta::assert_snapshot!(cases(&[(
            "verified_only without a verified column",
            &[
                ("counts: always", "counts: verified_only"),
                (
                    "    verified:\n      name: { sq: E verifikuar, sr: Provereno, en: Verified }\n",
                    ""
                )
            ]
        )]));
    }

    #[test]
    fn a_provenance_column_is_named_unlike_the_sheets_columns() {
        insta::assert_snapshot!(cases(&[(
            "a reference column named like the signs' location",
            &[(
                "sq: Referenca, sr: Referenca, en: Reference",
                "sq: Referenca, sr: Lokacija, en: Reference"
            )]
        )]));
    }
}
