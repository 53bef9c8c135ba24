//! Percentiles of a sample.

/// Nearest-rank percentiles of one sample.
pub struct Summary {
    pub min: f64,
    pub p50: f64,
    pub p99: f64,
    pub max: f64,
}

impl Summary {
    /// Summarises `values`; `None` for none.
    pub fn of(values: &[f64]) -> Option<Self> {
        if values.is_empty() {
            return None;
        }
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let rank = |p: f64| sorted[((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1];
        Some(Self { min: sorted[0], p50: rank(0.50), p99: rank(0.99), max: sorted[sorted.len() - 1] })
    }
}
