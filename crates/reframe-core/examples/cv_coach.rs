//! Leave-one-writer-out check of the second reader's training settings, on the training sets
//! only (the held-out sets are never read): for each learner set by one writer, train on the
//! others and count, on that set, how many of the replies the rules let pass are doubted by
//! kind: over all of them, over those the rules code as a reflection, as information or as a
//! question, and over those short enough for the reader to code itself
//! ([`learned::DECIDE_MAX_WORDS`]). Last, whatever the
//! thresholds, how many short misses the reader ranks above all but 0.1 %, 0.25 %… of the
//! short reflections: a way to compare two readers (features, training settings) at the same
//! cost, however differently sure they are.
//! `cargo run --release -p reframe-core --example cv_coach -- <l2> <threshold>…`.

use reframe_core::coach::learned::{self, TRAINING_SETS, TrainOptions};
use reframe_core::coach::text::Text;
use reframe_core::coach::{Code, Group, code_by_rules};
use std::path::Path;

#[path = "cv_common/counts.rs"]
mod cv_common;

fn main() -> Result<(), String> {
    let args: Vec<f64> = std::env::args()
        .skip(1)
        .map(|a| a.parse().map_err(|e| format!("{a}: {e}")))
        .collect::<Result<_, _>>()?;
    let l2 = args.first().copied().unwrap_or(TrainOptions::default().l2);
    let thresholds: Vec<f64> = if args.len() > 1 {
        args[1..].to_vec()
    } else {
        vec![learned::CAUTION_THRESHOLD]
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/coach");
    let mut sets = Vec::new();
    for name in TRAINING_SETS {
        sets.push((*name, learned::read_set_file(&dir, name)?));
    }
    let answers = learned::bundled_answers();
    let folds = learned::CV_FOLDS;
    // Per threshold: misses doubted, misses, reflections doubted, reflections, rest doubted, rest.
    let mut totals = vec![[0usize; 6]; thresholds.len()];
    // The same, only over the replies the rules code as a reflection.
    let mut reflected = vec![[0usize; 6]; thresholds.len()];
    // The same, only over the replies the rules code as information.
    let mut informed = vec![[0usize; 6]; thresholds.len()];
    // The same, only over the replies the rules code as a question (coder version 73's
    // evidence: in reply any doubt above 0.7 about a question decides).
    let mut asked = vec![[0usize; 6]; thresholds.len()];
    // The same, only over replies the reader may code itself.
    let mut short = vec![[0usize; 6]; thresholds.len()];
    // Every short reply the rules let pass: the reader's probability and whether it was a miss
    // (MI-inconsistent) or a reflection, to compare settings at the same cost whatever their
    // calibration.
    let mut ranked: Vec<(f64, usize)> = Vec::new();
    for &fold in folds {
        let mut train: Vec<_> = sets
            .iter()
            .filter(|(n, _)| *n != fold)
            .flat_map(|(_, s)| s.iter().cloned())
            .collect();
        train.extend(answers.iter().cloned());
        let options = TrainOptions {
            l2,
            ..TrainOptions::default()
        };
        let reader = learned::train(&train, options);
        let test = &sets.iter().find(|(n, _)| *n == fold).ok_or("fold")?.1;
        for (reply, truth) in test {
            let coded = code_by_rules(reply).code;
            let by_rules = coded.group();
            if by_rules == Group::PersuadeConfront {
                continue;
            }
            let text = Text::new(reply);
            let p = reader
                .mi_inconsistent
                .probability(&learned::features(&text));
            let slot = match truth.group() {
                Group::PersuadeConfront => 0,
                Group::Reflection => 2,
                _ => 4,
            };
            if text.words.len() <= learned::DECIDE_MAX_WORDS {
                ranked.push((p, slot));
            }
            for (i, t) in thresholds.iter().enumerate() {
                let mut rows = vec![&mut totals[i]];
                if by_rules == Group::Reflection {
                    rows.push(&mut reflected[i]);
                }
                if coded == Code::Info {
                    rows.push(&mut informed[i]);
                }
                if coded.is_question() {
                    rows.push(&mut asked[i]);
                }
                if text.words.len() <= learned::DECIDE_MAX_WORDS {
                    rows.push(&mut short[i]);
                }
                for row in rows {
                    row[slot + 1] += 1;
                    if p > *t {
                        row[slot] += 1;
                    }
                }
            }
        }
    }
    let rows = totals
        .iter()
        .map(|r| ("all let pass", r))
        .zip(thresholds.iter())
        .chain(
            reflected
                .iter()
                .map(|r| ("coded reflection", r))
                .zip(thresholds.iter()),
        )
        .chain(
            informed
                .iter()
                .map(|r| ("coded information", r))
                .zip(thresholds.iter()),
        )
        .chain(
            asked
                .iter()
                .map(|r| ("coded question", r))
                .zip(thresholds.iter()),
        )
        .chain(
            short
                .iter()
                .map(|r| ("short enough to decide", r))
                .zip(thresholds.iter()),
        );
    for ((which, r), t) in rows {
        println!(
            "l2 {l2} threshold {t} ({which}): {}",
            cv_common::doubted(r, 1)
        );
    }
    cv_common::print_misses_at_costs(
        &format!("l2 {l2} short replies,"),
        &mut ranked,
        &[0.001, 0.0025, 0.005, 0.01, 0.02],
    );
    Ok(())
}
