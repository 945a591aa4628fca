//! Trains the coach's second reader on the labelled sets written for this project and writes
//! `src/coach/learned.model`: `cargo run --release -p reframe-core --example train_coach`.
//! The sets it reads are `coach::learned::TRAINING_SETS`, with the bundled decks' model answers;
//! the held-out sets are never read.

use reframe_core::coach::learned::{self, TRAINING_SETS, TrainOptions};
use std::path::Path;

fn main() -> Result<(), String> {
    let sets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/coach");
    let (examples, paired) = learned::training_examples(&sets)?;
    println!(
        "{} training sets and the bundled decks' answers: {} replies, {} with the statement \
         they answer",
        TRAINING_SETS.len(),
        examples.len(),
        paired.len()
    );
    let reader = learned::train_all(&examples, &paired, TrainOptions::default());
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/coach/learned.model");
    std::fs::write(&out, reader.to_text()).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "{} replies; {}, {} and {} weights written to {}",
        examples.len(),
        reader.mi_inconsistent.len(),
        reader.confront.len(),
        reader.in_reply.len(),
        out.display()
    );
    Ok(())
}
