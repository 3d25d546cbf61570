//! The robustness analysis as results.json lays it out: applicants, tiers
//! and weights by id.

use super::applicant_id;
use crate::evaluate::Evaluation;
use crate::results as schema;
use crate::robustness::{Analysis, CategoryRobustness, Verdict};

pub(super) fn block<'a>(eval: &'a Evaluation, analysis: &Analysis) -> schema::Robustness<'a> {
    schema::Robustness {
        draws: analysis.draws,
        seed: analysis.seed,
        weights: analysis.weights,
        jury_split: analysis.jury_split,
        band_bounds: analysis.band_bounds,
        categories: analysis
            .categories
            .iter()
            .map(|cat| category(eval, cat))
            .collect(),
    }
}

fn category<'a>(eval: &'a Evaluation, cat: &CategoryRobustness) -> schema::CategoryRobustness<'a> {
    let criteria = &eval.criteria.criteria;
    let (verdict, contenders) = match &cat.main_award {
        Verdict::NoAward => (schema::Verdict::NoAward, &[][..]),
        Verdict::Settled { contenders } => (schema::Verdict::Settled, &contenders[..]),
        Verdict::Contested { contenders } => (schema::Verdict::Contested, &contenders[..]),
    };
    schema::CategoryRobustness {
        category: cat.category.clone().into(),
        main_award: verdict,
        contenders: contenders
            .iter()
            .map(|&(entry, share)| schema::Contender {
                id: applicant_id(eval, entry),
                share,
            })
            .collect(),
        applicants: cat
            .applicants
            .iter()
            .map(|a| schema::Spread {
                id: applicant_id(eval, a.entry),
                median_rank: a.median_rank,
                low_rank: a.low_rank,
                high_rank: a.high_rank,
                tiers: criteria
                    .tiers
                    .iter()
                    .zip(&a.tiers)
                    .map(|(tier, &share)| schema::TierShare {
                        tier: tier.id.as_str().into(),
                        share,
                    })
                    .collect(),
                band_kept: a.band_kept,
            })
            .collect(),
        influence: cat
            .influence
            .iter()
            .map(|i| schema::Influence {
                weight: i.weight.id(criteria).into(),
                index: i.index,
            })
            .collect(),
    }
}
