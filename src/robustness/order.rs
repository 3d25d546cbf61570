//! One draw's order of a category's members: highest total first, and equal
//! totals in the exact ranking's order (which already applied the
//! tie-breaks), the order a stable sort of the members by total gives. A
//! thousand draws sort every category, so the order is sorted as plain
//! integers, which sort in less than half the time positions compared
//! through their totals take.

/// A draw's members in order, each as one integer: the upper bits its total
/// (highest first), the lower bits its position in the exact ranking.
#[derive(Default)]
pub(super) struct Order {
    keys: Vec<u64>,
    /// The mask of the lower bits: as many as the positions need.
    position: u64,
}

impl Order {
    /// Sorts the members by `totals`, one per member in the exact ranking's
    /// order. A total keeps only the upper bits the positions leave it, so
    /// two totals that differ in the lower bits alone come out by position;
    /// every run of keys whose upper bits are equal is then sorted again by
    /// the whole totals, which puts it in the stable sort's order: the
    /// upper bits order two totals the same way, unless they are equal.
    /// Such runs are rare and short (mostly equal totals, already in
    /// order).
    pub(super) fn sort(&mut self, totals: &[f64]) {
        let bits = usize::BITS - totals.len().saturating_sub(1).leading_zeros();
        let position = 1u64.checked_shl(bits).map_or(u64::MAX, |b| b - 1);
        self.position = position;
        self.keys.clear();
        self.keys.extend(
            totals
                .iter()
                .enumerate()
                .map(|(m, &total)| descending(total) & !position | m as u64),
        );
        self.keys.sort_unstable();
        let whole = |key: &u64| {
            let m = (key & position) as usize;
            (descending(totals.get(m).copied().unwrap_or(0.0)), m)
        };
        for run in self
            .keys
            .chunk_by_mut(|a, b| a & !position == b & !position)
            .filter(|run| run.len() > 1)
        {
            run.sort_unstable_by_key(whole);
        }
    }

    /// The members' positions in the exact ranking, highest total first.
    pub(super) fn members(&self) -> impl Iterator<Item = usize> + '_ {
        self.keys.iter().map(|key| (key & self.position) as usize)
    }
}

/// A total's bits as an unsigned number that orders totals the opposite
/// way to `f64::total_cmp`, so the highest total has the lowest number.
/// `total_cmp` compares the bits as a signed number after flipping all but
/// the sign bit of a negative value; as an unsigned number, that is a
/// negative value's bits all flipped and a positive value's sign bit set.
fn descending(total: f64) -> u64 {
    let bits = total.to_bits();
    let ascending = if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    };
    !ascending
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::robustness::draw::unit;
    use rand_chacha::ChaCha8Rng;
    use rand_chacha::rand_core::{RngCore, SeedableRng};

    /// The order a stable sort of the positions by total gives.
    fn stable(totals: &[f64]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..totals.len()).collect();
        order.sort_by(|&a, &b| totals[b].total_cmp(&totals[a]));
        order
    }

    fn sorted(totals: &[f64]) -> Vec<usize> {
        let mut order = Order::default();
        order.sort(totals);
        order.members().collect()
    }

    #[test]
    fn descending_reverses_total_cmp() {
        let values = [
            f64::NEG_INFINITY,
            -1e300,
            -1.5,
            -f64::MIN_POSITIVE,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            1.5,
            1.5 + f64::EPSILON,
            100.0,
            f64::INFINITY,
            f64::NAN,
            -f64::NAN,
        ];
        for a in values {
            for b in values {
                assert_eq!(
                    descending(a).cmp(&descending(b)),
                    b.total_cmp(&a),
                    "{a} {b}"
                );
            }
        }
    }

    #[test]
    fn the_order_is_the_stable_sorts_whatever_the_totals() {
        let mut rng = ChaCha8Rng::seed_from_u64(14);
        for n in [0, 1, 2, 3, 7, 16, 17, 100, 500, 2049, 5000] {
            for round in 0..20 {
                let totals: Vec<f64> = (0..n)
                    .map(|_| match (round % 4, rng.next_u64() % 8) {
                        // Few distinct totals: long runs of equal ones.
                        (0, k) => k as f64 * 12.5,
                        // Totals a bit or a few apart, which the upper
                        // bits alone cannot tell apart.
                        (1, k) => f64::from_bits(60.0f64.to_bits() + k % 3),
                        (2, 0 | 1) => {
                            let odd = [-0.0, 0.0, f64::NAN, -1.0, f64::INFINITY];
                            odd[(rng.next_u64() % 5) as usize]
                        }
                        _ => unit(&mut rng) * 100.0,
                    })
                    .collect();
                assert_eq!(
                    sorted(&totals),
                    stable(&totals),
                    "{n} totals, round {round}"
                );
            }
        }
    }
}
