//! Statistics the ranking rules name: the Wilson score interval, Newcombe's interval for a difference of
//! two shares, and pooled shares.

/// The normal quantile for a two-sided 95 % interval, as statsmodels uses it.
pub const Z95: f64 = 1.959_963_984_540_054;

/// A two-sided 95 % Wilson score interval for a published share of `n`.
///
/// Matches statsmodels `proportion_confint(count=share*n, nobs=n, alpha=0.05, method="wilson")`:
/// the count need not be whole (survey shares are weighted). `n` must be ≥ 1.
pub fn wilson(share: f64, n: u32) -> (f64, f64) {
    let n = f64::from(n.max(1));
    let z2 = Z95 * Z95;
    let denom = 1.0 + z2 / n;
    let center = (share + z2 / (2.0 * n)) / denom;
    let dist = Z95 * (share * (1.0 - share) / n + z2 / (4.0 * n * n)).sqrt() / denom;
    // At share 0 (or 1) the bound is exactly 0 (or 1); floating point leaves ~1e-18, which would
    // rank "above" a city figure of 0 and flag an offer with no complaints at all.
    let low = if share <= 0.0 { 0.0 } else { (center - dist).max(0.0) };
    let high = if share >= 1.0 { 1.0 } else { (center + dist).min(1.0) };
    (low, high)
}

/// Newcombe's hybrid score interval (95 %) for the difference `share1 − share2` of two independent
/// proportions, built from the two Wilson intervals (ranking-rules.md, rule 10).
///
/// Matches statsmodels `confint_proportions_2indep(share1*n1, n1, share2*n2, n2, method="newcomb")`
/// (tests/newcombe.rs against scripts/newcombe_fixture.py). `n1` and `n2` must be ≥ 1.
pub fn newcombe(share1: f64, n1: u32, share2: f64, n2: u32) -> (f64, f64) {
    let (low1, high1) = wilson(share1, n1);
    let (low2, high2) = wilson(share2, n2);
    let diff = share1 - share2;
    let below = ((share1 - low1).powi(2) + (high2 - share2).powi(2)).sqrt();
    let above = ((share2 - low2).powi(2) + (high1 - share1).powi(2)).sqrt();
    (diff - below, diff + above)
}

/// Accumulates Σ(share × n) / Σ n.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pool {
    weighted: f64,
    n: u64,
}

impl Pool {
    pub fn add(&mut self, share: f64, n: u32) {
        self.weighted += share * f64::from(n);
        self.n += u64::from(n);
    }

    /// The pooled share and the total n, if anything was added.
    pub fn share(&self) -> Option<(f64, u64)> {
        (self.n > 0).then(|| (self.weighted / self.n as f64, self.n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_contains_the_share_and_stays_in_unit_range() {
        for &(share, n) in &[(0.0, 1), (1.0, 1), (0.5, 10), (0.755, 341), (0.01, 10_000)] {
            let (low, high) = wilson(share, n);
            assert!(low <= share && share <= high, "{share} {n}: {low}..{high}");
            assert!(low >= -1e-12 && high <= 1.0 + 1e-12);
        }
    }

    /// Regression: 0 complaints of 140 got a complaints flag when the city's rate was 0, because
    /// the lower bound came out as 1.7e-18 instead of 0.
    #[test]
    fn wilson_bounds_are_exact_at_zero_and_one() {
        for n in [1, 25, 140, 341, 100_000] {
            assert_eq!(wilson(0.0, n).0, 0.0);
            assert_eq!(wilson(1.0, n).1, 1.0);
        }
    }

    #[test]
    fn wilson_narrows_with_more_people() {
        let (l1, h1) = wilson(0.3, 50);
        let (l2, h2) = wilson(0.3, 500);
        assert!(h2 - l2 < h1 - l1);
    }

    #[test]
    fn newcombe_contains_the_difference_and_is_symmetric() {
        let (low, high) = newcombe(0.24, 120, 0.18, 110);
        assert!(low < 0.06 && 0.06 < high);
        let (low2, high2) = newcombe(0.18, 110, 0.24, 120);
        assert!((low + high2).abs() < 1e-15 && (high + low2).abs() < 1e-15);
        // Equal shares: the interval straddles 0.
        let (low, high) = newcombe(0.3, 500, 0.3, 500);
        assert!(low < 0.0 && high > 0.0);
    }

    #[test]
    fn pool_weights_by_n() {
        let mut pool = Pool::default();
        pool.add(0.2, 100);
        pool.add(0.5, 300);
        let (share, n) = pool.share().unwrap();
        assert!((share - 0.425).abs() < 1e-12);
        assert_eq!(n, 400);
        assert_eq!(Pool::default().share(), None);
    }
}
