//! Reads Anki's "Notes in Plain Text" export (`.txt`): `#separator:`, `#html:`,
//! `#tags column:`, `#columns:` (and `#guid`/`#notetype`/`#deck column:`) lines at the top,
//! then one note per row. The front becomes the statement, the back the response; the
//! technique and category are chosen once for the whole import. Every card is tagged
//! [`NEEDS_REVIEW`] so an author knows to check it before learners rely on it.

use super::convert::ImportOptions;
use super::html::html_to_text;
use super::ids::IdMaker;
use super::sheet::{
    Problems, Row, Stop, check_quoting, declared_separator, metadata, rows, text_of,
};
use super::validate::{Field, card_problems};
use super::{Card, Deck, Diagnostic, FORMAT_VERSION, Level};
use crate::deck::rules::{MAX_TAG_CHARS, MAX_TAGS};
use std::collections::HashSet;

/// The tag every card imported from Anki carries until an author has reviewed it and removed
/// the tag (in the card editor, or in any spreadsheet or text editor).
pub const NEEDS_REVIEW: &str = "needs-review";

/// The note of a card whose Anki note has no field for one: the deck format needs a note, and
/// this one tells the author what to write.
pub const ANKI_NOTE: &str = "Imported from Anki without a note: say here why this response works.";

/// Where each part of a note is in a row (0-based columns).
struct Layout {
    front: usize,
    back: usize,
    note: Option<usize>,
    tags: Option<usize>,
    guid: Option<usize>,
    deck: Option<usize>,
}

pub(super) fn read_anki(
    bytes: &[u8],
    path: &str,
    options: &ImportOptions,
) -> Result<Deck, Vec<Diagnostic>> {
    let text = text_of(bytes, path)?;
    let mut problems = Problems::new(path);
    let (Some(technique), Some(category)) = (options.technique, options.category) else {
        let _ = problems.file(
            "an Anki export does not say which technique and category its cards use: choose one of each for the whole import".into(),
        );
        return Err(problems.finish(false));
    };
    let sep = match declared_separator(text) {
        Some(Ok(sep)) => sep,
        Some(Err(message)) => {
            let _ = problems.at(1, 1, message);
            return Err(problems.finish(false));
        }
        None => guess(text),
    };
    if let Err((line, col, message)) = check_quoting(text, sep) {
        let _ = problems.at(line, col, message);
        return Err(problems.finish(false));
    }
    let mut reader = AnkiReader {
        problems,
        template: Card {
            id: String::new(),
            statement: String::new(),
            response: String::new(),
            technique,
            secondary: Vec::new(),
            category,
            note: String::new(),
            foil: None,
            tags: Vec::new(),
            level: Level::Beginner,
            alternatives: Vec::new(),
        },
        cards: Vec::new(),
        ids: IdMaker::default(),
        deck_name: None,
    };
    let outcome = reader.read(text, sep);
    let stopped = outcome.is_err();
    if reader.problems.is_empty() && !stopped {
        if reader.cards.is_empty() {
            let _ = reader
                .problems
                .file("the file has no notes; a deck needs at least one card".into());
        } else {
            return Ok(reader.deck(path));
        }
    }
    Err(reader.problems.finish(stopped))
}

/// Tab unless the first note's row has none and has `;` or `,`.
fn guess(text: &str) -> u8 {
    let first = text
        .lines()
        .find(|l| !l.starts_with('#') && !l.trim().is_empty());
    match first {
        Some(l) if !l.contains('\t') && l.contains(';') => b';',
        Some(l) if !l.contains('\t') && l.contains(',') => b',',
        _ => b'\t',
    }
}

struct AnkiReader {
    problems: Problems,
    /// Technique and category for every card.
    template: Card,
    cards: Vec<Card>,
    ids: IdMaker,
    deck_name: Option<String>,
}

impl AnkiReader {
    fn read(&mut self, text: &str, sep: u8) -> Result<(), Stop> {
        let mut rows = rows(text, sep).peekable();
        let (mut html, mut names, mut special) = (true, None, [None; 4]);
        while let Some(row) = rows.next_if(|r| r.cells.get(0).is_some_and(|c| c.starts_with('#'))) {
            let Some((key, value)) = metadata(&row.cells, sep) else {
                continue;
            };
            let column = || {
                value
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n >= 1)
                    .map(|n| n - 1)
            };
            match key.as_str() {
                "html" => html = !value.eq_ignore_ascii_case("false"),
                "columns" => {
                    let list = value
                        .split(sep as char)
                        .map(|s| s.trim().to_ascii_lowercase());
                    names = Some(list.collect::<Vec<_>>());
                }
                "deck" => self.deck_name = Some(value.clone()),
                "tags column" => special[0] = column(),
                "guid column" => special[1] = column(),
                "deck column" => special[2] = column(),
                "notetype column" => special[3] = column(),
                _ => {}
            }
        }
        let mut layout = None;
        for row in rows.filter(|r| r.cells.iter().any(|c| !c.trim().is_empty())) {
            let layout = layout.get_or_insert_with(|| lay_out(&row, names.as_deref(), special));
            self.note(&row, layout, html)?;
        }
        Ok(())
    }

    fn note(&mut self, row: &Row, at: &Layout, html: bool) -> Result<(), Stop> {
        let cell = |i: usize| {
            let raw = row.cells.get(i).unwrap_or("");
            if html {
                html_to_text(raw)
            } else {
                raw.trim().to_string()
            }
        };
        if self.deck_name.is_none()
            && let Some(d) = at.deck
        {
            self.deck_name = Some(cell(d)).filter(|d| !d.is_empty());
        }
        let mut card = self.template.clone();
        card.statement = cell(at.front);
        card.response = cell(at.back);
        card.note = at
            .note
            .map(cell)
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| ANKI_NOTE.into());
        card.tags = at
            .tags
            .map(|t| tags(row.cells.get(t).unwrap_or("")))
            .unwrap_or_default();
        card.tags.push(NEEDS_REVIEW.into());
        let mut bad = false;
        // The id is made below, and always valid.
        for p in card_problems(&card)
            .into_iter()
            .filter(|p| p.field != Field::Id)
        {
            let col = match p.field {
                Field::Response => at.back,
                Field::Note => at.note.unwrap_or(at.front),
                Field::Tags => at.tags.unwrap_or(at.front),
                _ => at.front,
            };
            bad = true;
            self.problems.at(row.line, col + 1, p.message)?;
        }
        if bad {
            return Ok(());
        }
        let from_guid = at
            .guid
            .and_then(|g| guid_id(row.cells.get(g).unwrap_or("")));
        card.id = match from_guid {
            Some(id) if self.ids.take(&id) => id,
            _ => self.ids.make(&card.statement),
        };
        self.cards.push(card);
        Ok(())
    }

    fn deck(self, path: &str) -> Deck {
        let stem = std::path::Path::new(path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = self.deck_name.unwrap_or(stem);
        // Anki's subdecks are `Parent::Child`; the child names this deck.
        let title: String = name
            .rsplit("::")
            .next()
            .unwrap_or("")
            .trim()
            .chars()
            .take(120)
            .collect();
        let title = title.trim();
        let title = if title.is_empty() {
            "Anki import".to_string()
        } else {
            title.to_string()
        };
        Deck {
            format: FORMAT_VERSION,
            id: super::derive_id(&title, &HashSet::<String>::new()),
            description: format!(
                "Imported from an Anki text export. Every card is tagged {NEEDS_REVIEW} until an author has checked it."
            ),
            author: "Imported from Anki".into(),
            version: 1,
            language: "en".into(),
            title,
            cards: self.cards,
        }
    }
}

/// Front, back and the rest, from the first note's row: the columns `#columns:` names
/// `front`/`back`/`note`, else the first and second columns that are not guid, note type,
/// deck or tags.
fn lay_out(row: &Row, names: Option<&[String]>, special: [Option<usize>; 4]) -> Layout {
    let width = row.cells.len().max(names.map_or(0, <[String]>::len)).max(2);
    let fields: Vec<usize> = (0..width)
        .filter(|i| !special.contains(&Some(*i)))
        .collect();
    let named = |wanted: &[&str]| {
        names.and_then(|n| {
            fields
                .iter()
                .copied()
                .find(|&i| n.get(i).is_some_and(|x| wanted.contains(&x.as_str())))
        })
    };
    let front = named(&["front", "statement"])
        .or(fields.first().copied())
        .unwrap_or(0);
    let back = named(&["back", "response"])
        .or_else(|| fields.iter().copied().find(|&i| i != front))
        .unwrap_or(front + 1);
    Layout {
        front,
        back,
        note: named(&["note", "notes", "extra", "back extra"]),
        tags: special[0],
        guid: special[1],
        deck: special[2],
    }
}

/// Anki's tags as Reframe tags: lowercase, `::` and other characters a tag cannot hold become
/// `-`, at most 32 characters; room is left for [`NEEDS_REVIEW`].
fn tags(cell: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in cell.split_whitespace() {
        let mut tag = String::with_capacity(raw.len());
        for c in raw.chars().flat_map(char::to_lowercase) {
            let c = if c.is_ascii_lowercase() || c.is_ascii_digit() {
                c
            } else {
                '-'
            };
            if !(c == '-' && (tag.is_empty() || tag.ends_with('-'))) {
                tag.push(c);
            }
        }
        tag.truncate(MAX_TAG_CHARS);
        let tag = tag.trim_end_matches('-').to_string();
        if !tag.is_empty() && tag != NEEDS_REVIEW && !out.contains(&tag) && out.len() < MAX_TAGS - 1
        {
            out.push(tag);
        }
    }
    out
}

/// A card id from an Anki note's guid, so a later export of the same notes keeps the same
/// ids (and learners their progress): `anki-` and the guid's bytes in hex.
fn guid_id(guid: &str) -> Option<String> {
    let guid = guid.trim();
    if guid.is_empty() || guid.len() > 29 {
        return None;
    }
    let hex: String = guid.bytes().map(|b| format!("{b:02x}")).collect();
    Some(format!("anki-{hex}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mi::{Category, Technique};

    fn options() -> ImportOptions {
        ImportOptions {
            technique: Some(Technique::ComplexReflection),
            category: Some(Category::Mandated),
        }
    }

    #[test]
    fn a_plain_text_export_becomes_cards_marked_for_review() {
        let export = "#separator:tab\n#html:true\n#guid column:1\n#tags column:4\n\
            Ob@Y!(Q/vi\t<div>My wife <b>made</b> me come.</div>\tIt was her idea, not yours.\tMI::Court Mandated_Clients\n\
            x1\t\"Fine, &quot;whatever&quot;<br>you say.\"\tYou don't see the point.\t\n";
        let deck =
            read_anki(export.as_bytes(), "/tmp/Resistance drills.txt", &options()).expect("reads");
        assert_eq!(deck.title, "Resistance drills");
        assert_eq!(deck.cards.len(), 2);
        let c = &deck.cards[0];
        assert_eq!(c.statement, "My wife made me come.");
        assert_eq!(c.id, "anki-4f6240592128512f7669");
        assert_eq!(c.tags, ["mi-court", "mandated-clients", NEEDS_REVIEW]);
        assert_eq!(
            (c.technique, c.category),
            (Technique::ComplexReflection, Category::Mandated)
        );
        assert_eq!(deck.cards[1].statement, "Fine, \"whatever\"\nyou say.");
        assert_eq!(deck.cards[1].note, ANKI_NOTE);
    }

    #[test]
    fn problems_point_at_the_note_and_choices_are_required() {
        let d = read_anki(b"a\t\nb\tc\n", "x.txt", &options()).unwrap_err();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].position, Some((1, 2)));
        assert!(d[0].message.contains("`response` is empty"), "{}", d[0]);
        let d = read_anki(b"a\tb\n", "x.txt", &ImportOptions::default()).unwrap_err();
        assert!(d[0].message.contains("choose one of each"), "{}", d[0]);
    }
}
