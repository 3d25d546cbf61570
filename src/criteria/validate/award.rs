//! How the award is given once the totals are known: the rounding, the
//! tie-break cascade and rank style, and the award tiers.

use super::checker::{Checker, hint_known, text};
use crate::criteria::diagnostic::{Code, Pos};
use crate::criteria::raw::{Int, RawCriteria, RawRanking, RawTier, S};
use crate::criteria::{Band, Criterion, RankStyle, TieBreak, Tier};

const MAX_DECIMALS: i64 = 4;

/// The decimals every score is rounded to, once.
pub(super) fn decimals(c: &mut Checker, raw: &S<Int>) -> u32 {
    match u32::try_from(raw.value.0) {
        Ok(d) if i64::from(d) <= MAX_DECIMALS => d,
        _ => {
            c.error(
                Code::InvalidValue,
                Pos::of(raw),
                format!(
                    "decimals must be from 0 to {MAX_DECIMALS}, found {}",
                    raw.value.0
                ),
                "use 2 for scores such as 66.67",
            );
            2
        }
    }
}

/// The tie-break cascade: criteria by id, the jury, or full indicators.
pub(super) fn tie_breaks(
    c: &mut Checker,
    raw: &RawCriteria,
    criteria: &[Criterion],
) -> Vec<TieBreak> {
    raw.ranking
        .iter()
        .flat_map(|r| &r.tie_breaks)
        .filter_map(|t| {
            if t.value == "full_indicators" {
                return Some(TieBreak::FullIndicators);
            }
            if t.value == "jury" {
                if raw.jury.is_none() {
                    c.error(
                        Code::UnknownCriterion,
                        Pos::of(t),
                        "tie-break `jury` needs a `jury` section",
                        "add the jury, or remove `jury` from tie_breaks",
                    );
                }
                return Some(TieBreak::Jury);
            }
            let found = criteria.iter().position(|k| k.id == t.value);
            if found.is_none() {
                c.error(
                    Code::UnknownCriterion,
                    Pos::of(t),
                    format!("tie-break names unknown criterion `{}`", t.value),
                    hint_known(
                        "criteria (or jury, full_indicators)",
                        &t.value,
                        criteria.iter().map(|k| k.id.as_str()),
                    ),
                );
            }
            found.map(|k| TieBreak::Criterion(crate::ix::CriterionIx::new(k)))
        })
        .collect()
}

pub(super) fn rank_style(c: &mut Checker, raw: Option<&RawRanking>) -> RankStyle {
    match raw.and_then(|r| r.style.as_ref()) {
        None => RankStyle::Competition,
        Some(s) if s.value == "competition" => RankStyle::Competition,
        Some(s) if s.value == "dense" => RankStyle::Dense,
        Some(s) => {
            c.error(
                Code::InvalidValue,
                Pos::of(s),
                format!("rank style `{}` is unknown", s.value),
                "use competition (1-2-2-4) or dense (1-2-2-3)",
            );
            RankStyle::Competition
        }
    }
}

/// The award tiers, highest first, each naming a declared band if any.
pub(super) fn tiers(c: &mut Checker, raw: &[RawTier], bands: &[Band]) -> Vec<Tier> {
    c.unique_ids("tier", raw.iter().map(|t| &t.id));
    raw.iter()
        .map(|t| {
            let min_band = t.min_band.as_ref().and_then(|b| {
                let found = bands.iter().position(|band| band.id == b.value);
                if found.is_none() {
                    c.error(
                        Code::InvalidValue,
                        Pos::of(b),
                        format!("tier `{}` names unknown band `{}`", t.id.value, b.value),
                        hint_known("bands", &b.value, bands.iter().map(|x| x.id.as_str())),
                    );
                }
                found
            });
            Tier {
                id: t.id.value.clone(),
                name: text(&t.name),
                min_total: t.min_total.as_ref().map(|m| m.value.0),
                min_band,
                max_recipients: c.count(&t.max_recipients, "max_recipients"),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::snapshot::{case, cases, replacing_block};

    #[test]
    fn rounding_and_ranking() {
        insta::assert_snapshot!(cases(&[
            ("too many decimals", &[("decimals: 2", "decimals: 9")]),
            ("negative decimals", &[("decimals: 2", "decimals: -1")]),
            (
                "an unknown tie-break",
                &[(
                    "tie_breaks: [communication, services, jury, full_indicators]",
                    "tie_breaks: [comunication]"
                )]
            ),
            (
                "an unknown rank style",
                &[("style: competition", "style: olympic")]
            ),
        ]));
    }

    #[test]
    fn the_jury_tie_break_needs_a_jury() {
        let without = replacing_block("\njury:\n", "\nranking:\n", "\n");
        insta::assert_snapshot!(case("no jury", without.as_bytes()));
    }

    #[test]
    fn tiers() {
        insta::assert_snapshot!(cases(&[
            (
                "an unknown band",
                &[("min_band: moderate", "min_band: medium")]
            ),
            (
                "a negative number of recipients",
                &[("max_recipients: 1", "max_recipients: -1")]
            ),
            ("a tier declared twice", &[("id: certificate", "id: main")]),
            (
                "a minimum total the band already asks",
                &[("min_band: high\n", "min_band: high\n    min_total: 50\n")]
            ),
        ]));
    }
}
