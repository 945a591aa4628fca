//! Leave-one-writer-out check of the in-reply reader (coder version 146) against the reader
//! that reads a reply alone, on the training sets only (the held-out sets are never read): for
//! each learner set by one writer, train both on the others and read that set's replies, each
//! with the client's statement it answers, that the rules let pass. Prints, per threshold and
//! by the rules' code, how many MI-inconsistent replies (misses) and reflections each reader
//! doubts; then, whatever the thresholds, how many misses each ranks above all but 0.1 %,
//! 0.25 %… of the reflections. Two ways to combine the readers are printed too: the mean of
//! their probabilities and the larger of them.
//! `cargo run --release -p reframe-core --example cv_in_reply -- <threshold>…`.

use reframe_core::coach::learned::{self, TRAINING_SETS, TrainOptions};
use reframe_core::coach::text::Text;
use reframe_core::coach::{Code, Group, code_by_rules};
use std::path::Path;

#[path = "cv_common/counts.rs"]
mod cv_common;

/// A way to pick replies by the rules' code, with its name.
type Kind = (&'static str, fn(Code) -> bool);

fn main() -> Result<(), String> {
    let thresholds: Vec<f64> = std::env::args()
        .skip(1)
        .map(|a| a.parse().map_err(|e| format!("{a}: {e}")))
        .collect::<Result<_, _>>()?;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/coach");
    let mut sets = Vec::new();
    for name in TRAINING_SETS {
        let (alone, paired) = learned::split_lines(learned::read_set_lines(&dir, name)?);
        sets.push((*name, alone, paired));
    }
    let paired_answers = learned::bundled_paired_answers();
    let answers = learned::bundled_answers();
    let folds = learned::CV_FOLDS;
    // (alone probability, in-reply probability, slot, rules' code), slot 0 miss, 2 reflection, 4 rest.
    let mut read: Vec<(f64, f64, usize, Code)> = Vec::new();
    for fold in folds {
        let mut train: Vec<(String, Code)> = Vec::new();
        let mut paired: Vec<(String, String, Code)> = Vec::new();
        for (n, s, p) in &sets {
            if n != fold {
                train.extend(s.iter().cloned());
                paired.extend(p.iter().cloned());
            }
        }
        train.extend(answers.iter().cloned());
        paired.extend(paired_answers.iter().cloned());
        let reader = learned::train_all(&train, &paired, TrainOptions::default());
        let test = &sets.iter().find(|(n, _, _)| n == fold).ok_or("fold")?.2;
        for (statement, reply, truth) in test {
            let coded = code_by_rules(reply).code;
            if coded.group() == Group::PersuadeConfront {
                continue;
            }
            let text = Text::new(reply);
            let alone = reader
                .mi_inconsistent
                .probability(&learned::features(&text));
            let in_reply = reader
                .in_reply
                .probability(&learned::features_in_reply(&Text::new(statement), &text));
            let slot = match truth.group() {
                Group::PersuadeConfront => 0,
                Group::Reflection => 2,
                _ => 4,
            };
            read.push((alone, in_reply, slot, coded));
        }
        eprintln!("{fold} done");
    }
    let kinds: [Kind; 4] = [
        ("all let pass", |_| true),
        ("coded reflection", |c| c.group() == Group::Reflection),
        ("coded information", |c| c == Code::Info),
        ("coded question", |c| c.is_question()),
    ];
    for (which, keep) in kinds {
        for t in &thresholds {
            for (name, pick) in [("alone", 0usize), ("in reply", 1), ("mean", 2), ("max", 3)] {
                let mut r = [0usize; 6];
                for (a, b, slot, c) in &read {
                    if !keep(*c) {
                        continue;
                    }
                    let p = pick_p(pick, *a, *b);
                    r[slot + 1] += 1;
                    if p > *t {
                        r[*slot] += 1;
                    }
                }
                println!(
                    "{name} threshold {t} ({which}): {}",
                    cv_common::doubted(&r, 2)
                );
            }
        }
    }
    for (name, pick) in [("alone", 0usize), ("in reply", 1), ("mean", 2), ("max", 3)] {
        let mut ranked: Vec<(f64, usize)> = read
            .iter()
            .map(|(a, b, s, _)| (pick_p(pick, *a, *b), *s))
            .collect();
        cv_common::print_misses_at_costs(
            &format!("{name}:"),
            &mut ranked,
            &[0.001, 0.0025, 0.005, 0.0075, 0.01, 0.02],
        );
    }
    Ok(())
}

fn pick_p(pick: usize, a: f64, b: f64) -> f64 {
    match pick {
        0 => a,
        1 => b,
        2 => (a + b) / 2.0,
        _ => a.max(b),
    }
}
