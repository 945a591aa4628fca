//! The decks in `decks/`, compiled into the binary so the program has them from any working
//! directory. `build.rs` generates the table, sorted by file name.

use super::{Deck, Diagnostic, parse_deck};

/// One deck file shipped inside the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BundledDeck {
    /// The file name in `decks/`, e.g. `01-starter.ron`.
    pub file_name: &'static str,
    pub source: &'static str,
}

impl BundledDeck {
    /// Parses the deck; diagnostics name it `decks/FILE`.
    pub fn parse(&self) -> Result<Deck, Vec<Diagnostic>> {
        parse_deck(self.source.as_bytes(), &format!("decks/{}", self.file_name))
    }
}

include!(concat!(env!("OUT_DIR"), "/bundled_decks.rs"));

/// Every bundled deck, sorted by file name (empty if `decks/` has none).
pub fn bundled() -> &'static [BundledDeck] {
    BUNDLED
}
