//! The deck format (RON, version 2; version 1 still reads): what a deck file holds, how it is parsed, and every
//! problem an author needs to hear about, each with file, line and column where known.
//! See `docs/deck-format.md` for the reference an educator reads.

mod anki;
mod bundled;
mod card;
mod check;
mod columns;
pub mod convert;
mod header;
mod html;
mod ids;
mod lexeme;
mod position;
mod read;
mod rules;
mod sheet;
mod syntax;
mod table;
mod table_write;
pub mod validate;
mod write;

pub use anki::{ANKI_NOTE, NEEDS_REVIEW};
pub use bundled::{BundledDeck, bundled};
pub use check::{CheckResult, DeckSummary, check_files, summary_line};
pub use convert::{DeckFileKind, ImportOptions, read_deck_any, write_deck_as};
pub use html::html_to_text;
pub use ids::{IdMaker, derive_id};
pub use read::MAX_CARDS;
pub use sheet::{MAX_CELL_BYTES, guard, unguard};
pub use write::to_ron;

use crate::mi::{Category, Technique};
use std::fmt;
use std::io::Read;
use std::path::Path;

/// The newest deck format this program reads. Format 2 added each card's `level` and its
/// `alternatives`; format-1 decks still read, every card as a beginner card.
pub const FORMAT_VERSION: u32 = 2;

/// The most other good answers a card may carry.
pub const MAX_ALTERNATIVES: usize = 5;

/// The largest deck file this program reads (64 MiB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One deck: a titled, versioned set of cards from one author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    /// Deck file format version (1 or 2).
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
    /// How hard the statement is to answer well (format 2; format-1 cards are beginner).
    pub level: Level,
    /// Other good answers, shown after reveal (format 2).
    pub alternatives: Vec<Alternative>,
}

/// How hard a client statement is to answer well, as deliberate practice grades them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Level {
    /// One clear feeling or position, mild resistance.
    #[default]
    Beginner,
    /// Ambivalence, mixed feelings, some edge.
    Intermediate,
    /// Strong hostility, several issues at once, statements that provoke the clinician.
    Advanced,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Beginner, Level::Intermediate, Level::Advanced];

    /// The id deck files use.
    pub fn id(self) -> &'static str {
        match self {
            Level::Beginner => "beginner",
            Level::Intermediate => "intermediate",
            Level::Advanced => "advanced",
        }
    }

    /// "Beginner", "Intermediate", "Advanced".
    pub fn label(self) -> &'static str {
        match self {
            Level::Beginner => "Beginner",
            Level::Intermediate => "Intermediate",
            Level::Advanced => "Advanced",
        }
    }

    /// One line on what makes a statement this hard.
    pub fn summary(self) -> &'static str {
        match self {
            Level::Beginner => "one clear feeling or position, mild resistance",
            Level::Intermediate => "ambivalence, mixed feelings, some edge",
            Level::Advanced => {
                "strong hostility, several issues at once, statements that provoke the clinician's own reactions"
            }
        }
    }

    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The level below, if any.
    pub fn easier(self) -> Option<Level> {
        match self {
            Level::Beginner => None,
            Level::Intermediate => Some(Level::Beginner),
            Level::Advanced => Some(Level::Intermediate),
        }
    }
}

/// Another good answer to a card's statement, with its own technique.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    pub response: String,
    pub technique: Technique,
    /// Why it also works, in a sentence.
    pub note: String,
}

/// A tempting answer to avoid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Foil {
    /// The answer a learner might be tempted to give.
    pub text: String,
    /// What is wrong with it, in docs/mi.md, "What makes a reply MI-inconsistent" terms.
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

#[cfg(test)]
mod table_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod validate_tests;

impl Diagnostic {
    fn file_level(path: &str, message: String) -> Self {
        Diagnostic {
            path: path.to_string(),
            position: None,
            message,
        }
    }
}

fn too_big(len: u64) -> String {
    let mib = len as f64 / (1024.0 * 1024.0);
    format!(
        "the file is {mib:.1} MiB; a deck file may be at most 64 MiB, so split it into several decks"
    )
}

/// Parses and checks a deck file's bytes. `path` is only used in the diagnostics. Reports
/// every problem it finds (syntax errors stop the reading at the first one), never panics,
/// and takes time and memory in proportion to the input.
pub fn parse_deck(source: &[u8], path: &str) -> Result<Deck, Vec<Diagnostic>> {
    let rules = TextRules {
        locate: |source, at| position::line_col(source, at),
        what: "deck file",
        binary_advice: "a deck file is UTF-8 text that starts with `Deck(`",
        utf8_advice: "",
    };
    let text = checked_text(source, path, &rules)?;
    let fail = |position, message| {
        Err(vec![Diagnostic {
            path: path.to_string(),
            position,
            message,
        }])
    };
    if text.trim().is_empty() {
        return fail(
            None,
            "the file is empty; a deck file starts with `Deck(`".into(),
        );
    }
    read::read_deck(text).map_err(|problems| resolve(text, path, problems))
}

/// How a kind of deck file places a bad byte and says what to do about it.
struct TextRules {
    /// The (line or row, column) of a byte offset.
    locate: fn(&[u8], usize) -> (usize, usize),
    /// "this is not a {what}: it holds binary data …"
    what: &'static str,
    binary_advice: &'static str,
    /// Added after "save the file as UTF-8".
    utf8_advice: &'static str,
}

/// A deck file's bytes as text: at most 64 MiB, UTF-8 (a leading byte order mark, which
/// editors on Windows may write, dropped), no binary data; else the one problem, placed.
fn checked_text<'a>(
    source: &'a [u8],
    path: &str,
    rules: &TextRules,
) -> Result<&'a str, Vec<Diagnostic>> {
    let fail = |position, message| {
        Err(vec![Diagnostic {
            path: path.to_string(),
            position,
            message,
        }])
    };
    if source.len() as u64 > MAX_FILE_BYTES {
        return fail(None, too_big(source.len() as u64));
    }
    let source = source.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(source);
    if let Some(at) = binary_byte(source) {
        let message = format!(
            "this is not a {}: it holds binary data (byte 0x{:02X} here); {}",
            rules.what, source[at], rules.binary_advice
        );
        return fail(Some((rules.locate)(source, at)), message);
    }
    std::str::from_utf8(source).or_else(|e| {
        let at = e.valid_up_to();
        let message = format!(
            "the file is not UTF-8 text: byte 0x{:02X} (byte offset {at}) is not part of a UTF-8 character; save the file as UTF-8{}",
            source[at], rules.utf8_advice
        );
        fail(Some((rules.locate)(source, at)), message)
    })
}

/// The first byte that marks binary data: a zero byte anywhere, or the first control
/// character when they are more than 1 in 20 of the first 8 KiB (text has only tabs and
/// line breaks; a stray one is left to the syntax check, which names it).
fn binary_byte(source: &[u8]) -> Option<usize> {
    if let Some(zero) = memchr::memchr(0, source) {
        return Some(zero);
    }
    let head = &source[..source.len().min(8192)];
    let control = |b: &u8| b.is_ascii_control() && !matches!(b, b'\t' | b'\n' | b'\r');
    let count = head.iter().filter(|b| control(b)).count();
    if count * 20 > head.len().max(20) {
        head.iter().position(control)
    } else {
        None
    }
}

/// Turns byte offsets into lines and columns (one pass over the text) and sorts by position.
fn resolve(text: &str, path: &str, mut problems: Vec<read::Problem>) -> Vec<Diagnostic> {
    problems.sort_by_key(|p| p.at.unwrap_or(usize::MAX));
    let offsets: Vec<usize> = problems
        .iter()
        .flat_map(|p| p.at.into_iter().chain(p.first))
        .collect();
    let mut positions = position::line_cols(text, &offsets).into_iter();
    problems
        .into_iter()
        .map(|p| {
            let position = p.at.and_then(|_| positions.next());
            let mut message = p.message;
            if p.first.is_some()
                && let Some((line, col)) = positions.next()
            {
                message.push_str(&format!("; the first is at line {line}, column {col}"));
            }
            Diagnostic {
                path: path.to_string(),
                position,
                message,
            }
        })
        .collect()
}

/// Reads and parses a deck file. The size is checked before reading, and reading stops past
/// the limit, so a huge or endless file costs no more than 64 MiB.
pub fn load_deck_file(path: &Path) -> Result<Deck, Vec<Diagnostic>> {
    let shown = path.display().to_string();
    let bytes =
        read_capped(path).map_err(|message| vec![Diagnostic::file_level(&shown, message)])?;
    parse_deck(&bytes, &shown)
}

/// A deck file's bytes, refusing folders and files over 64 MiB before reading them.
fn read_capped(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| read_error(&e))?;
    if meta.is_dir() {
        return Err("this is a folder, not a deck file".into());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| read_error(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

fn read_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "cannot read the file: it does not exist".into(),
        std::io::ErrorKind::PermissionDenied => "cannot read the file: permission denied".into(),
        _ => format!("cannot read the file: {e}"),
    }
}
