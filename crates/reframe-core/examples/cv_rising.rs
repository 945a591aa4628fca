//! Leave-one-writer-out check behind coder version 60 (docs/coach.md, "Version 60"): for each
//! learner set among the training sets, train the second reader on the others and score that
//! set's statements typed with a question mark, which the rules code as a closed question
//! without being sure ([`WHY_RISING`]), of at most [`learned::DECIDE_MAX_WORDS`] words. It counts,
//! by gold group, how many the reader doubts at each threshold: over all of them, over those of
//! one sentence, over those not closed by a tag ([`learned::ends_on_tag`]), and over those with
//! both (the terms the coach codes on). The held-out sets are never read.
//! `cargo run --release -p reframe-core --example cv_rising`.

use reframe_core::coach::learned::{self, TRAINING_SETS, TrainOptions};
use reframe_core::coach::text::Text;
use reframe_core::coach::{Group, WHY_RISING, code_by_rules};
use std::path::Path;

const THRESHOLDS: [f64; 5] = [0.7, 0.8, 0.9, 0.95, 0.99];
const KINDS: [&str; 4] = ["all", "one sentence", "no tag", "one sentence and no tag"];

fn main() -> Result<(), String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/coach");
    let mut sets = Vec::new();
    for name in TRAINING_SETS {
        sets.push((*name, learned::read_set_file(&dir, name)?));
    }
    let answers = learned::bundled_answers();
    // [kind][threshold][group]: doubted; [kind][group]: all. Groups: MI-inconsistent,
    // reflection, question, other.
    let mut doubted = [[[0usize; 4]; THRESHOLDS.len()]; KINDS.len()];
    let mut totals = [[0usize; 4]; KINDS.len()];
    for (fold, test) in sets.iter().filter(|(n, _)| n.starts_with("learners-")) {
        let mut train: Vec<_> = sets
            .iter()
            .filter(|(n, _)| n != fold)
            .flat_map(|(_, s)| s.iter().cloned())
            .collect();
        train.extend(answers.iter().cloned());
        let reader = learned::train(&train, TrainOptions::default());
        for (reply, truth) in test {
            let text = Text::new(reply);
            if code_by_rules(reply).why != WHY_RISING
                || text.words.len() > learned::DECIDE_MAX_WORDS
            {
                continue;
            }
            let p = reader
                .mi_inconsistent
                .probability(&learned::features(&text));
            let group = match truth.group() {
                Group::PersuadeConfront => 0,
                Group::Reflection => 1,
                Group::Question => 2,
                Group::Other => 3,
            };
            let one = text.sentences.len() == 1;
            let untagged = !learned::ends_on_tag(&text);
            for (k, counts) in [true, one, untagged, one && untagged].into_iter().zip(0..) {
                if !k {
                    continue;
                }
                totals[counts][group] += 1;
                for (t, threshold) in THRESHOLDS.iter().enumerate() {
                    if p > *threshold {
                        doubted[counts][t][group] += 1;
                    }
                }
            }
        }
    }
    for (k, kind) in KINDS.iter().enumerate() {
        let [m, r, q, o] = totals[k];
        println!("{kind}: {m} MI-inconsistent, {r} reflections, {q} questions, {o} other");
        for (t, threshold) in THRESHOLDS.iter().enumerate() {
            let [dm, dr, dq, do_] = doubted[k][t];
            println!(
                "  above {threshold}: doubted {dm} MI-inconsistent ({:.1} %), {dr} reflections, {dq} questions, {do_} other",
                100.0 * dm as f64 / m.max(1) as f64
            );
        }
    }
    Ok(())
}
