//! One way in and one way out for every deck file kind, chosen by extension: `.ron` (the deck
//! format), `.csv` and `.tsv` (spreadsheets), `.txt` (Anki's "Notes in Plain Text" export,
//! read only). The window's import, `reframe import`, `reframe convert` and `reframe export`
//! all go through here.

use super::{Deck, Diagnostic, parse_deck, read_capped, to_ron};
use crate::mi::{Category, Technique};
use std::path::Path;

/// A kind of deck file, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeckFileKind {
    Ron,
    Csv,
    Tsv,
    /// Anki's "Notes in Plain Text" export; read only.
    AnkiText,
}

impl DeckFileKind {
    /// The kind a path's extension names (any case), if it is one Reframe reads.
    pub fn of(path: &Path) -> Option<DeckFileKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "ron" => Some(DeckFileKind::Ron),
            "csv" => Some(DeckFileKind::Csv),
            "tsv" | "tab" => Some(DeckFileKind::Tsv),
            "txt" => Some(DeckFileKind::AnkiText),
            _ => None,
        }
    }

    /// Whether importing needs a technique and category chosen for the whole file.
    pub fn needs_choices(self) -> bool {
        self == DeckFileKind::AnkiText
    }

    /// Whether Reframe can write this kind.
    pub fn writable(self) -> bool {
        self != DeckFileKind::AnkiText
    }
}

/// The extensions Reframe reads, for file dialogs.
pub const READABLE_EXTENSIONS: [&str; 5] = ["ron", "csv", "tsv", "tab", "txt"];

/// What an import needs that the file may not say: the technique and category of every card
/// of an Anki export (other kinds ignore them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOptions {
    pub technique: Option<Technique>,
    pub category: Option<Category>,
}

/// Reads and checks a deck file of any kind Reframe reads; problems as
/// `file:line:column` (RON) or `file:row:column` (CSV, TSV, Anki). At most 64 MiB is read.
pub fn read_deck_any(path: &Path, options: &ImportOptions) -> Result<Deck, Vec<Diagnostic>> {
    read_deck_source(path, options).map(|(deck, _)| deck)
}

/// Like [`read_deck_any`], also giving the canonical RON text to store for the deck: the
/// file's own bytes for a RON file (comments kept), the written RON for anything else.
pub fn read_deck_source(
    path: &Path,
    options: &ImportOptions,
) -> Result<(Deck, Vec<u8>), Vec<Diagnostic>> {
    let shown = path.display().to_string();
    let bytes = read_capped(path).map_err(|message| {
        vec![Diagnostic {
            path: shown.clone(),
            position: None,
            message,
        }]
    })?;
    let kind = DeckFileKind::of(path).unwrap_or(DeckFileKind::Ron);
    let deck = parse_deck_as(&bytes, &shown, kind, options)?;
    let source = match kind {
        DeckFileKind::Ron => bytes,
        _ => to_ron(&deck).into_bytes(),
    };
    Ok((deck, source))
}

/// Parses bytes as the given kind; `shown` names the file in the problems.
pub fn parse_deck_as(
    bytes: &[u8],
    shown: &str,
    kind: DeckFileKind,
    options: &ImportOptions,
) -> Result<Deck, Vec<Diagnostic>> {
    match kind {
        DeckFileKind::Ron => parse_deck(bytes, shown),
        DeckFileKind::Csv => super::table::read_table(bytes, shown, b','),
        DeckFileKind::Tsv => super::table::read_table(bytes, shown, b'\t'),
        DeckFileKind::AnkiText => super::anki::read_anki(bytes, shown, options),
    }
}

/// The deck in a writable kind: canonical RON, or CSV/TSV with formula cells guarded.
pub fn deck_bytes(deck: &Deck, kind: DeckFileKind) -> Result<Vec<u8>, String> {
    match kind {
        DeckFileKind::Ron => Ok(to_ron(deck).into_bytes()),
        DeckFileKind::Csv => Ok(super::table_write::to_table(deck, b',')),
        DeckFileKind::Tsv => Ok(super::table_write::to_table(deck, b'\t')),
        DeckFileKind::AnkiText => Err(
            "Reframe reads Anki text exports but does not write them; write .ron, .csv or .tsv"
                .into(),
        ),
    }
}

/// Writes the deck to `path` in the kind its extension names, atomically: the file is either
/// the whole new deck or untouched.
pub fn write_deck_as(deck: &Deck, path: &Path) -> Result<(), String> {
    let kind = DeckFileKind::of(path).ok_or_else(|| {
        format!(
            "{}: cannot tell the kind of file from its extension; use .ron, .csv or .tsv",
            path.display()
        )
    })?;
    let bytes = deck_bytes(deck, kind).map_err(|e| format!("{}: {e}", path.display()))?;
    crate::store::write_atomic(path, &bytes).map_err(|e| e.to_string())
}
