//! What the deck property tests check of every problem a reader reports.
#![allow(dead_code)]

use reframe_core::deck::Diagnostic;

/// Every position is inside the file: a line (or row) that exists, a column from 1.
pub fn positions_are_real(source: &[u8], diagnostics: &[Diagnostic]) {
    let lines = source.split(|&b| b == b'\n').count();
    for d in diagnostics {
        if let Some((line, col)) = d.position {
            assert!(
                line >= 1 && line <= lines && col >= 1,
                "{d} (file has {lines} lines)"
            );
        }
        assert!(!d.message.is_empty());
    }
}

use proptest::prelude::*;
use reframe_core::deck::{Alternative, Card, Foil, Level};
use reframe_core::mi::{Category, Technique};

/// A valid card without an id, its texts from `text(max)` (`size` for the statement, response
/// and note, two thirds of it for the foil and the other answers), with up to
/// `alternatives - 1` other good answers, every answer different from the others.
pub fn card(
    text: fn(usize) -> BoxedStrategy<String>,
    size: usize,
    alternatives: usize,
) -> impl Strategy<Value = Card> {
    let short = (size * 2 / 3).max(2);
    let ids = (0..Technique::ALL.len(), 0..Category::ALL.len());
    let secondary = prop::sample::subsequence(Technique::ALL.to_vec(), 0..4);
    let tags = prop::collection::vec("[a-z0-9-]{1,12}", 0..4);
    let level = prop::sample::select(Level::ALL.to_vec());
    let foil = proptest::option::of((text(short), text(short)));
    let others = prop::collection::vec(
        (text(short), 0..Technique::ALL.len(), text(short)),
        0..alternatives,
    );
    (
        (
            text(size),
            text(size),
            text(size),
            ids,
            secondary,
            foil,
            tags,
        ),
        (level, others),
    )
        .prop_map(
            |((statement, response, note, (t, c), secondary, foil, tags), (level, others))| {
                let technique = Technique::ALL[t];
                Card {
                    id: String::new(),
                    statement,
                    response,
                    technique,
                    secondary: secondary.into_iter().filter(|&s| s != technique).collect(),
                    category: Category::ALL[c],
                    note,
                    foil: foil.map(|(text, flaw)| Foil { text, flaw }),
                    tags,
                    level,
                    alternatives: others
                        .into_iter()
                        .map(|(response, t, note)| Alternative {
                            response,
                            technique: Technique::ALL[t],
                            note,
                        })
                        .collect(),
                }
            },
        )
        .prop_filter("every answer differs, as the deck format requires", |c| {
            let mut answers: Vec<&str> =
                c.alternatives.iter().map(|a| a.response.as_str()).collect();
            answers.push(&c.response);
            answers.sort_unstable();
            answers.windows(2).all(|w| w[0] != w[1])
        })
}
