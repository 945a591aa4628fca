//! Leave-one-writer-out check of the second reader's training settings, on the training sets
//! only (the held-out sets are never read): for each learner set by one writer, train on the
//! others and count, on that set, how many of the replies the rules let pass are doubted by
//! kind: over all of them, over those the rules code as a reflection, and over those short
//! enough for the reader to code itself ([`learned::DECIDE_MAX_WORDS`]).
//! `cargo run --release -p reframe-core --example cv_coach -- <l2> <threshold>…`.

use reframe_core::coach::learned::{self, TRAINING_SETS, TrainOptions};
use reframe_core::coach::text::Text;
use reframe_core::coach::{Group, code_by_rules};
use std::path::Path;

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
    let folds = [
        "learners-e.tsv",
        "learners-f.tsv",
        "learners-g.tsv",
        "learners-i.tsv",
        "learners-j.tsv",
        "learners-k.tsv",
        "learners-m.tsv",
        "learners-n.tsv",
        "learners-q.tsv",
        "learners-r.tsv",
    ];
    // Per threshold: misses doubted, misses, reflections doubted, reflections, rest doubted, rest.
    let mut totals = vec![[0usize; 6]; thresholds.len()];
    // The same, only over the replies the rules code as a reflection.
    let mut reflected = vec![[0usize; 6]; thresholds.len()];
    // The same, only over replies the reader may code itself.
    let mut short = vec![[0usize; 6]; thresholds.len()];
    for fold in folds {
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
            let by_rules = code_by_rules(reply).code.group();
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
            for (i, t) in thresholds.iter().enumerate() {
                let mut rows = vec![&mut totals[i]];
                if by_rules == Group::Reflection {
                    rows.push(&mut reflected[i]);
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
            short
                .iter()
                .map(|r| ("short enough to decide", r))
                .zip(thresholds.iter()),
        );
    for ((which, r), t) in rows {
        println!(
            "l2 {l2} threshold {t} ({which}): misses doubted {}/{} ({:.1} %), reflections {}/{} ({:.1} %), rest {}/{} ({:.1} %)",
            r[0],
            r[1],
            100.0 * r[0] as f64 / r[1].max(1) as f64,
            r[2],
            r[3],
            100.0 * r[2] as f64 / r[3].max(1) as f64,
            r[4],
            r[5],
            100.0 * r[4] as f64 / r[5].max(1) as f64
        );
    }
    Ok(())
}
