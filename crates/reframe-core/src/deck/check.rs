//! `reframe check FILE...`: validates deck files for authors and their CI, one result per
//! file, without keeping the decks themselves in memory.

use super::{Deck, Diagnostic, load_deck_file};
use std::fmt;
use std::path::{Path, PathBuf};

/// What a valid deck file holds, in brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckSummary {
    pub id: String,
    pub title: String,
    pub version: u32,
    pub cards: usize,
}

impl DeckSummary {
    pub fn of(deck: &Deck) -> Self {
        DeckSummary {
            id: deck.id.clone(),
            title: deck.title.clone(),
            version: deck.version,
            cards: deck.cards.len(),
        }
    }
}

/// The outcome of checking one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckResult {
    pub path: PathBuf,
    pub outcome: Result<DeckSummary, Vec<Diagnostic>>,
}

impl CheckResult {
    pub fn is_ok(&self) -> bool {
        self.outcome.is_ok()
    }
}

/// `decks/starter.ron: ok — deck "starter" v1, 40 cards`, or one diagnostic per line.
impl fmt::Display for CheckResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.outcome {
            Ok(s) => write!(
                f,
                "{}: ok — {}",
                self.path.display(),
                summary_text(&s.id, s.version, s.cards)
            ),
            Err(diagnostics) => {
                for (i, d) in diagnostics.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{d}")?;
                }
                Ok(())
            }
        }
    }
}

fn summary_text(id: &str, version: u32, cards: usize) -> String {
    let noun = if cards == 1 { "card" } else { "cards" };
    format!("deck \"{id}\" v{version}, {cards} {noun}")
}

/// `decks/starter.ron: ok — deck "starter" v1, 40 cards`
pub fn summary_line(path: &Path, deck: &Deck) -> String {
    format!(
        "{}: ok — {}",
        path.display(),
        summary_text(&deck.id, deck.version, deck.cards.len())
    )
}

/// Checks each file in turn; the caller exits 0 only if every result is ok.
pub fn check_files(paths: &[PathBuf]) -> Vec<CheckResult> {
    paths
        .iter()
        .map(|path| CheckResult {
            path: path.clone(),
            outcome: load_deck_file(path).map(|deck| DeckSummary::of(&deck)),
        })
        .collect()
}
