//! Shared by the leave-one-writer-out examples (`cv_coach`, `cv_in_reply`): a row of doubted
//! counts as they print it, and the misses a ranking catches at each cost. Not an example of its
//! own (no `main.rs` in this folder).

/// `counts` is misses doubted, misses, reflections doubted, reflections, rest doubted, rest;
/// the reflections' share is printed with `reflection_decimals` decimals.
pub fn doubted(counts: &[usize; 6], reflection_decimals: usize) -> String {
    let share = |i: usize| 100.0 * counts[i] as f64 / counts[i + 1].max(1) as f64;
    format!(
        "misses doubted {}/{} ({:.1} %), reflections {}/{} ({:.*} %), rest {}/{} ({:.1} %)",
        counts[0],
        counts[1],
        share(0),
        counts[2],
        counts[3],
        reflection_decimals,
        share(2),
        counts[4],
        counts[5],
        share(4)
    )
}

/// Sorts `ranked` (probability, slot: 0 miss, 2 reflection, 4 rest) surest first and prints, for
/// each cost, how many misses come before that share of the reflections would be doubted; each
/// line starts with `label`.
pub fn print_misses_at_costs(label: &str, ranked: &mut [(f64, usize)], costs: &[f64]) {
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    let misses = ranked.iter().filter(|r| r.1 == 0).count();
    for &cost in costs {
        let caught = reframe_core::coach::learned::misses_at_cost(ranked, cost);
        println!(
            "{label} at most {:.2} % of reflections doubted: misses doubted {caught}/{misses} ({:.1} %)",
            100.0 * cost,
            100.0 * caught as f64 / misses.max(1) as f64
        );
    }
}
