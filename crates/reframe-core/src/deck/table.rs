//! Reads a deck from a spreadsheet saved as CSV or TSV: `#title:`-style lines at the top, a
//! header row naming the columns, one card per row. Every card is checked with the rules of
//! `reframe check` (deck::validate), and each problem points at its row and cell.

use super::columns::{Header, guess_separator};
use super::ids::IdMaker;
use super::read::purpose;
use super::rules::shorten;
use super::sheet::{
    MAX_CELL_BYTES, Problems, Row, Stop, check_quoting, declared_separator, metadata, rows,
    text_of, unguard,
};
use super::validate::{
    AltPart, DeckField, Field, card_problems, deck_problems, duplicate_id_message, parse_category,
    parse_level, parse_technique,
};
use super::{Alternative, Card, Deck, Diagnostic, FORMAT_VERSION, Foil, MAX_ALTERNATIVES};
use crate::mi::{Category, Technique};
use std::collections::{HashMap, HashSet};

/// The metadata lines a spreadsheet deck may start with.
pub(super) const METADATA: [&str; 7] = [
    "title",
    "author",
    "language",
    "version",
    "id",
    "description",
    "format",
];

/// Reads a spreadsheet deck. `default_sep` comes from the file's extension (`,` for .csv,
/// tab for .tsv); a `#separator:` line or the header row can say otherwise. Without an
/// `#id:` line the deck's id is made from its title.
pub(super) fn read_table(
    bytes: &[u8],
    path: &str,
    default_sep: u8,
) -> Result<Deck, Vec<Diagnostic>> {
    let text = text_of(bytes, path)?;
    let mut problems = Problems::new(path);
    let sep = match declared_separator(text) {
        Some(Ok(sep)) => sep,
        Some(Err(message)) => {
            let _ = problems.at(1, 1, message);
            return Err(problems.finish(false));
        }
        None => guess_separator(text, default_sep),
    };
    if let Err((line, col, message)) = check_quoting(text, sep) {
        let _ = problems.at(line, col, message);
        return Err(problems.finish(false));
    }
    let mut reader = TableReader {
        problems,
        sep,
        meta: Vec::new(),
    };
    let outcome = reader.read(text);
    let stopped = outcome.is_err();
    match outcome {
        Ok(Some(deck)) if reader.problems.is_empty() => Ok(deck),
        _ => {
            if reader.problems.is_empty() {
                let _ = reader.problems.file("the deck could not be read".into());
            }
            Err(reader.problems.finish(stopped))
        }
    }
}

struct TableReader {
    problems: Problems,
    sep: u8,
    /// Each metadata key given, with its value and line.
    meta: Vec<(String, String, usize)>,
}

/// A card read from one row, with what its problems need to be placed.
struct RowCard {
    line: usize,
    card: Card,
    /// The id was made from the statement.
    derived_id: bool,
}

impl TableReader {
    fn read(&mut self, text: &str) -> Result<Option<Deck>, Stop> {
        let mut rows = rows(text, self.sep).peekable();
        while let Some(row) = rows.next_if(|r| r.cells.get(0).is_some_and(|c| c.starts_with('#'))) {
            self.metadata_line(&row)?;
        }
        let Some(header_row) = rows.find(|r| !blank(r)) else {
            let message = if self.meta.is_empty() {
                "the file is empty; a spreadsheet deck starts with a header row naming the columns, such as: id, statement, response, technique, category, note"
            } else {
                "the file has no header row; after the `#` lines, a row names the columns, such as: id, statement, response, technique, category, note"
            };
            self.problems.file(message.into())?;
            return Ok(None);
        };
        let header = Header::read(&header_row.cells, header_row.line, &mut self.problems)?;
        if !self.problems.is_empty() {
            return Ok(None);
        }
        let mut cards = Vec::new();
        for row in rows.filter(|r| !blank(r)) {
            if let Some(card) = self.card(&header, &row)? {
                cards.push(card);
            }
        }
        self.give_ids(&header, &mut cards)?;
        if cards.is_empty() && self.problems.is_empty() {
            self.problems.at(
                header_row.line,
                1,
                "there are no cards under the header row; a deck needs at least one card".into(),
            )?;
        }
        if !self.problems.is_empty() {
            return Ok(None);
        }
        let deck = self.deck(cards.into_iter().map(|c| c.card).collect())?;
        Ok(deck)
    }

    fn metadata_line(&mut self, row: &Row) -> Result<(), Stop> {
        let Some((key, value)) = metadata(&row.cells, self.sep) else {
            return Ok(());
        };
        if !METADATA.contains(&key.as_str()) {
            // `#separator:` is read before the rows; other `#` lines are comments.
            return Ok(());
        }
        if let Some((_, _, first)) = self.meta.iter().find(|(k, _, _)| *k == key) {
            let message = format!("`#{key}:` is given twice; the first is at row {first}");
            return self.problems.at(row.line, 1, message);
        }
        self.meta.push((key, value, row.line));
        Ok(())
    }

    fn meta(&self, key: &str) -> Option<(&str, usize)> {
        self.meta
            .iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, v, line)| (v.as_str(), *line))
    }

    /// Reads one row into a card, reporting every problem in it; `None` when a cell is too
    /// big to read or the row too long. A card with problems is still given back, for the
    /// check that ids are unique, with the first technique or category where its own was
    /// not understood; the deck is not built.
    fn card(&mut self, header: &Header, row: &Row) -> Result<Option<RowCard>, Stop> {
        let line = row.line;
        let width = header.width;
        if let Some(extra) = row
            .cells
            .iter()
            .skip(width)
            .position(|c| !c.trim().is_empty())
        {
            let message = format!(
                "this row has a cell in column {}, but the header row names {width} columns; a cell that holds the separator ({}) must be in double quotes",
                width + extra + 1,
                super::sheet::separator_word(self.sep)
            );
            self.problems.at(line, width + extra + 1, message)?;
            return Ok(None);
        }
        let before = self.problems.count();
        for (i, cell) in row.cells.iter().enumerate() {
            if cell.len() > MAX_CELL_BYTES {
                let message = format!(
                    "the cell holds {} KiB; a cell may hold at most {} KiB",
                    cell.len() / 1024,
                    MAX_CELL_BYTES / 1024
                );
                self.problems.at(line, i + 1, message)?;
            }
        }
        if self.problems.count() > before {
            return Ok(None);
        }
        let get = |field: Field| unguard(header.cell(&row.cells, field)).trim();
        let col = |field| header.column_of(field).unwrap_or(1);
        let technique = parse_technique(Field::Technique, get(Field::Technique));
        let technique = self.term(line, col(Field::Technique), technique)?;
        let category = parse_category(Field::Category, get(Field::Category));
        let category = self.term(line, col(Field::Category), category)?;
        let level = self.term(
            line,
            col(Field::Level),
            parse_level(Field::Level, get(Field::Level)),
        )?;
        let mut secondary = Vec::new();
        for id in list(get(Field::Secondary)) {
            let t = parse_technique(Field::Secondary, id);
            secondary.extend(self.term(line, col(Field::Secondary), t)?);
        }
        let mut alternatives = Vec::new();
        for index in 0..MAX_ALTERNATIVES {
            let at = |part| Field::Alternative { index, part };
            let cells = [AltPart::Response, AltPart::Technique, AltPart::Note].map(|p| get(at(p)));
            if cells.iter().all(|c| c.is_empty()) {
                continue;
            }
            let field = at(AltPart::Technique);
            let technique = self.term(line, col(field), parse_technique(field, cells[1]))?;
            alternatives.push((
                index,
                Alternative {
                    response: cells[0].to_string(),
                    technique: technique.unwrap_or(Technique::ALL[0]),
                    note: cells[2].to_string(),
                },
            ));
        }
        let technique = technique.unwrap_or(Technique::ALL[0]);
        let category = category.unwrap_or(Category::ALL[0]);
        let level = level.unwrap_or_default();
        let (foil, foil_why) = (get(Field::Foil), get(Field::FoilWhy));
        let card = Card {
            id: get(Field::Id).to_string(),
            statement: get(Field::Statement).to_string(),
            response: get(Field::Response).to_string(),
            technique,
            secondary,
            category,
            note: get(Field::Note).to_string(),
            foil: (!foil.is_empty() || !foil_why.is_empty()).then(|| Foil {
                text: foil.to_string(),
                flaw: foil_why.to_string(),
            }),
            tags: list(get(Field::Tags)).map(String::from).collect(),
            level,
            alternatives: alternatives.iter().map(|(_, a)| a.clone()).collect(),
        };
        let derived_id = card.id.is_empty();
        for p in card_problems(&card) {
            // An id made later from the statement is always valid.
            if derived_id && p.field == Field::Id {
                continue;
            }
            // The card's n-th alternative sits in the columns of the group it came from.
            let field = match p.field {
                Field::Alternative { index, part } => Field::Alternative {
                    index: alternatives.get(index).map_or(index, |(i, _)| *i),
                    part,
                },
                f => f,
            };
            self.problems
                .at(line, header.column_of(field).unwrap_or(1), p.message)?;
        }
        Ok(Some(RowCard {
            line,
            card,
            derived_id,
        }))
    }

    /// A parsed id, or its problem reported at the cell.
    fn term<T>(
        &mut self,
        line: usize,
        col: usize,
        parsed: Result<T, String>,
    ) -> Result<Option<T>, Stop> {
        match parsed {
            Ok(t) => Ok(Some(t)),
            Err(message) => self.problems.at(line, col, message).map(|()| None),
        }
    }

    /// Ids for rows without one (made from the statement, unlike every id given), and a
    /// problem for each id given twice.
    fn give_ids(&mut self, header: &Header, cards: &mut [RowCard]) -> Result<(), Stop> {
        let given = cards.iter().filter(|c| !c.derived_id);
        let mut maker = IdMaker::new(given.map(|c| c.card.id.clone()).collect());
        for c in cards.iter_mut().filter(|c| c.derived_id) {
            c.card.id = maker.make(&c.card.statement);
        }
        let col = header.column_of(Field::Id).unwrap_or(1);
        let mut first: HashMap<&str, usize> = HashMap::with_capacity(cards.len());
        for c in cards.iter() {
            match first.get(c.card.id.as_str()) {
                Some(&first_line) => {
                    let message = format!(
                        "{}; the first is at row {first_line}, column {col}",
                        duplicate_id_message(&c.card.id)
                    );
                    self.problems.at(c.line, col, message)?;
                }
                None => {
                    first.insert(&c.card.id, c.line);
                }
            }
        }
        Ok(())
    }

    /// The deck from the metadata lines, checked like a RON deck's own fields.
    fn deck(&mut self, cards: Vec<Card>) -> Result<Option<Deck>, Stop> {
        let number = |this: &mut Self, key: &str, default: u32| -> Result<Option<u32>, Stop> {
            let Some((value, line)) = this.meta(key) else {
                return Ok(Some(default));
            };
            match value.parse::<u32>() {
                Ok(n) => Ok(Some(n)),
                Err(_) => {
                    let message = format!(
                        "`#{key}:` should be a whole number, found \"{}\"",
                        shorten(value)
                    );
                    this.problems.at(line, 1, message).map(|()| None)
                }
            }
        };
        let format = number(self, "format", FORMAT_VERSION)?;
        let version = number(self, "version", 1)?;
        for key in ["title", "author"] {
            if self.meta(key).is_none() {
                let message = format!(
                    "the file has no `#{key}:` line{}; write it above the header row",
                    purpose(key)
                );
                self.problems.file(message)?;
            }
        }
        let (Some(format), Some(version)) = (format, version) else {
            return Ok(None);
        };
        if format > FORMAT_VERSION {
            let line = self.meta("format").map_or(1, |(_, l)| l);
            let message = format!(
                "this deck was made for a newer Reframe (format {format}); this program reads format {FORMAT_VERSION} — update Reframe"
            );
            self.problems.at(line, 1, message)?;
            return Ok(None);
        }
        let text = |key| self.meta(key).map(|(v, _)| v.to_string());
        let title = text("title").unwrap_or_default();
        let deck = Deck {
            format,
            id: text("id").unwrap_or_else(|| super::derive_id(&title, &HashSet::<String>::new())),
            description: text("description").unwrap_or_default(),
            author: text("author").unwrap_or_default(),
            version,
            language: text("language").unwrap_or_else(|| "en".into()),
            title,
            cards,
        };
        for p in deck_problems(&deck) {
            let key = match p.field {
                DeckField::Format => "format",
                DeckField::Id => "id",
                DeckField::Title => "title",
                DeckField::Description => "description",
                DeckField::Author => "author",
                DeckField::Version => "version",
                DeckField::Language => "language",
                DeckField::Cards => "",
            };
            match self.meta(key) {
                Some((_, line)) => self.problems.at(line, 1, p.message)?,
                None if key.is_empty() => self.problems.file(p.message)?,
                // A value that was not given is reported once, as missing, above.
                None => {}
            }
        }
        Ok(self.problems.is_empty().then_some(deck))
    }
}

/// A row with nothing in it (`,,,,` as spreadsheets write empty rows).
fn blank(row: &Row) -> bool {
    row.cells.iter().all(|c| c.trim().is_empty())
}

/// Ids in one cell, separated by spaces, commas or semicolons.
fn list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|s| !s.is_empty())
}
