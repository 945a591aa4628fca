//! Shared by the leave-one-writer-out examples (`cv_coach`, `cv_in_reply`): a row of doubted
//! counts as they print it. Not an example of its own (no `main.rs` in this folder).

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
