//! The deck rules applied to values already built (a card typed in the editor, a row read from
//! a spreadsheet), in the same words `reframe check` uses for a RON file. Technique, category
//! and level come in as text through [`parse_technique`], [`parse_category`] and
//! [`parse_level`], which give the same "did you mean" a RON file gets.

use super::read::{MAX_CARD_TEXT, MAX_DESCRIPTION, MAX_NOTE, MAX_TITLE, purpose};
use super::rules::{
    MAX_TAGS, duplicate_card_id, id_problem, language_problem, repeated_answer, secondary_is_main,
    secondary_twice, tag_problem, text_problem, too_many_alternatives, too_many_cards,
    too_many_tags, unknown_id, version_problem,
};
use super::{Card, Deck, Level, MAX_ALTERNATIVES, MAX_CARDS};
use crate::mi::{Category, Technique};
use std::collections::HashMap;

/// One field of a card, named as the spreadsheet columns name it (docs/deck-format.md,
/// "Decks in a spreadsheet"): the deck format's field names, plus `foil`/`foil_why` for the
/// foil's text and flaw and `alt1`, `alt1_technique`, `alt1_note`, … for the alternatives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Id,
    Statement,
    Response,
    Technique,
    Secondary,
    Category,
    Note,
    /// The foil's text: the tempting answer.
    Foil,
    /// The foil's flaw: what is wrong with it.
    FoilWhy,
    Tags,
    Level,
    /// Part of the alternative at `index` (0-based) in the card's list.
    Alternative {
        index: usize,
        part: AltPart,
    },
}

/// The three parts of an alternative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AltPart {
    Response,
    Technique,
    Note,
}

impl Field {
    /// The column name: `statement`, `foil_why`, `alt2_technique`, ….
    pub fn name(self) -> String {
        let plain = match self {
            Field::Id => "id",
            Field::Statement => "statement",
            Field::Response => "response",
            Field::Technique => "technique",
            Field::Secondary => "secondary",
            Field::Category => "category",
            Field::Note => "note",
            Field::Foil => "foil",
            Field::FoilWhy => "foil_why",
            Field::Tags => "tags",
            Field::Level => "level",
            Field::Alternative { index, part } => {
                let n = index + 1;
                return match part {
                    AltPart::Response => format!("alt{n}"),
                    AltPart::Technique => format!("alt{n}_technique"),
                    AltPart::Note => format!("alt{n}_note"),
                };
            }
        };
        plain.to_string()
    }

    /// What the field is for, as the messages say it: " (the model response)".
    pub(super) fn purpose(self) -> &'static str {
        match self {
            Field::Foil => purpose("text"),
            Field::FoilWhy => purpose("flaw"),
            Field::Alternative { part, .. } => match part {
                AltPart::Response => " (another good answer to the statement)",
                AltPart::Technique => " (the id of the alternative's technique)",
                AltPart::Note => " (what this other answer does)",
            },
            other => purpose(&other.name()),
        }
    }
}

/// One problem with one field of a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: Field,
    pub message: String,
}

/// The deck's own fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeckField {
    Format,
    Id,
    Title,
    Description,
    Author,
    Version,
    Language,
    Cards,
}

/// One problem with one of the deck's own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckProblem {
    pub field: DeckField,
    pub message: String,
}

/// A technique id as text (trimmed): the technique, or the message `reframe check` gives.
pub fn parse_technique(field: Field, given: &str) -> Result<Technique, String> {
    parse_term(
        field,
        given,
        ("technique", "techniques"),
        Technique::ALL,
        Technique::id,
    )
}

/// A category id as text: the category, or the message `reframe check` gives.
pub fn parse_category(field: Field, given: &str) -> Result<Category, String> {
    parse_term(
        field,
        given,
        ("category", "categories"),
        Category::ALL,
        Category::id,
    )
}

/// A level id as text; empty means beginner, as an absent `level` does.
pub fn parse_level(field: Field, given: &str) -> Result<Level, String> {
    if given.trim().is_empty() {
        return Ok(Level::Beginner);
    }
    parse_term(field, given, ("level", "levels"), &Level::ALL, Level::id)
}

fn parse_term<T: Copy>(
    field: Field,
    given: &str,
    kind: (&str, &str),
    all: &[T],
    id_of: fn(T) -> &'static str,
) -> Result<T, String> {
    let given = given.trim();
    let name = field.name();
    if let Some(message) = text_problem(&name, field.purpose(), given, usize::MAX, false) {
        return Err(message);
    }
    all.iter()
        .copied()
        .find(|&t| id_of(t) == given)
        .ok_or_else(|| unknown_id(kind, &name, given, all.iter().map(|&t| id_of(t))))
}

/// Every problem with one card's fields (not whether its id is unique: see
/// [`duplicate_ids`]). Empty for a card `reframe check` would accept.
pub fn card_problems(card: &Card) -> Vec<FieldProblem> {
    let mut out = Vec::new();
    let mut add = |field: Field, message: Option<String>| {
        if let Some(message) = message {
            out.push(FieldProblem { field, message });
        }
    };
    let text = |field: Field, value: &str, max: usize| {
        text_problem(&field.name(), field.purpose(), value.trim(), max, false)
    };
    add(
        Field::Id,
        text(Field::Id, &card.id, usize::MAX).or_else(|| id_problem("card id", &card.id)),
    );
    add(
        Field::Statement,
        text(Field::Statement, &card.statement, MAX_CARD_TEXT),
    );
    add(
        Field::Response,
        text(Field::Response, &card.response, MAX_CARD_TEXT),
    );
    let mut seen = Vec::new();
    for &t in &card.secondary {
        if t == card.technique {
            add(Field::Secondary, Some(secondary_is_main(t.id())));
        } else if seen.contains(&t) {
            add(Field::Secondary, Some(secondary_twice(t.id())));
        } else {
            seen.push(t);
        }
    }
    add(Field::Note, text(Field::Note, &card.note, MAX_NOTE));
    if let Some(foil) = &card.foil {
        add(Field::Foil, text(Field::Foil, &foil.text, MAX_CARD_TEXT));
        add(
            Field::FoilWhy,
            text(Field::FoilWhy, &foil.flaw, MAX_CARD_TEXT),
        );
    }
    for tag in &card.tags {
        add(Field::Tags, tag_problem(tag));
    }
    if card.tags.len() > MAX_TAGS {
        add(Field::Tags, Some(too_many_tags(card.tags.len())));
    }
    if card.alternatives.len() > MAX_ALTERNATIVES {
        let field = Field::Alternative {
            index: MAX_ALTERNATIVES,
            part: AltPart::Response,
        };
        add(field, Some(too_many_alternatives(card.alternatives.len())));
    }
    for (index, a) in card.alternatives.iter().enumerate() {
        let at = |part| Field::Alternative { index, part };
        let response = at(AltPart::Response);
        add(response, text(response, &a.response, MAX_CARD_TEXT));
        add(
            at(AltPart::Note),
            text(at(AltPart::Note), &a.note, MAX_NOTE),
        );
        let earlier = &card.alternatives[..index];
        if a.response == card.response || earlier.iter().any(|b| b.response == a.response) {
            add(response, Some(repeated_answer()));
        }
    }
    out
}

/// Cards whose id an earlier card already has, as (this card, the first card) indices.
pub fn duplicate_ids(cards: &[Card]) -> Vec<(usize, usize)> {
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(cards.len());
    let mut out = Vec::new();
    for (i, c) in cards.iter().enumerate() {
        match first.get(c.id.as_str()) {
            Some(&f) => out.push((i, f)),
            None => {
                first.insert(&c.id, i);
            }
        }
    }
    out
}

/// The message for a card whose id an earlier card has.
pub fn duplicate_id_message(id: &str) -> String {
    duplicate_card_id(id)
}

/// Every problem with the deck's own fields, and with its number of cards and the format
/// its cards need. The cards themselves: [`card_problems`] and [`duplicate_ids`].
pub fn deck_problems(deck: &Deck) -> Vec<DeckProblem> {
    let mut out = Vec::new();
    let mut add = |field: DeckField, message: Option<String>| {
        if let Some(message) = message {
            out.push(DeckProblem { field, message });
        }
    };
    let text = |name: &str, value: &str, max: usize, may_be_empty: bool| {
        text_problem(name, purpose(name), value.trim(), max, may_be_empty)
    };
    if deck.format < 2 && deck.cards.iter().any(needs_format_2) {
        add(
            DeckField::Format,
            Some(format!("{}: use format 2", super::rules::NEWER_FIELDS)),
        );
    }
    add(
        DeckField::Id,
        text("id", &deck.id, usize::MAX, false).or_else(|| id_problem("deck id", &deck.id)),
    );
    add(
        DeckField::Title,
        text("title", &deck.title, MAX_TITLE, false),
    );
    add(
        DeckField::Description,
        text("description", &deck.description, MAX_DESCRIPTION, true),
    );
    add(
        DeckField::Author,
        text("author", &deck.author, MAX_TITLE, false),
    );
    if deck.version == 0 {
        add(DeckField::Version, Some(version_problem(0)));
    }
    add(
        DeckField::Language,
        text("language", &deck.language, 35, false).or_else(|| language_problem(&deck.language)),
    );
    if deck.cards.is_empty() {
        add(
            DeckField::Cards,
            Some("`cards` is empty; a deck needs at least one card".into()),
        );
    }
    if deck.cards.len() > MAX_CARDS {
        add(DeckField::Cards, Some(too_many_cards(deck.cards.len())));
    }
    out
}

/// A card that uses a field of format 2 (a level other than beginner, or alternatives).
pub fn needs_format_2(card: &Card) -> bool {
    card.level != Level::Beginner || !card.alternatives.is_empty()
}
