//! The deck format (RON, version 1): what a deck file holds, how it is parsed, and every
//! problem an author needs to hear about, each with file, line and column where known.
//! See `docs/deck-format.md` for the reference an educator reads.

use crate::mi::{Category, Technique};
use std::fmt;

/// The newest deck format this program reads.
pub const FORMAT_VERSION: u32 = 1;

/// One deck: a titled, versioned set of cards from one author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    /// Deck file format version (1).
    pub format: u32,
    /// Stable id, unique among the decks a learner has; progress is keyed by it.
    pub id: String,
    pub title: String,
    pub description: String,
    pub author: String,
    /// The author's version of this deck; a higher one replaces a lower one on import.
    pub version: u32,
    /// BCP 47 language tag, e.g. `en`.
    pub language: String,
    pub cards: Vec<Card>,
}

/// One card: a resistant client statement and a model response to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Stable id, unique in the deck; progress is keyed by (deck id, card id).
    pub id: String,
    /// What the client says.
    pub statement: String,
    /// The model response.
    pub response: String,
    /// The main technique of the model response.
    pub technique: Technique,
    /// Other techniques the response also uses.
    pub secondary: Vec<Technique>,
    /// The kind of resistance in the statement.
    pub category: Category,
    /// Why the response works.
    pub note: String,
    /// A tempting MI-inconsistent answer and what is wrong with it.
    pub foil: Option<Foil>,
    pub tags: Vec<String>,
}

/// A tempting answer to avoid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Foil {
    /// The answer a learner might be tempted to give.
    pub text: String,
    /// What is wrong with it, in mi-guide §4 terms.
    pub flaw: String,
}

/// One problem found in a deck file, as `path:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    /// 1-based line and column, where the parser knows them.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => write!(f, "{}:{}:{}: {}", self.path, line, col, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}
