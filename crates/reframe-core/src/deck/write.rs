//! The canonical deck writer: the layout of docs/deck-format.md (4-space indent, every card
//! field written, `foil: Some(Foil(...))`, format 2's `level` and `alternatives` when the deck
//! is format 2). What it writes parses back to the same deck.

use super::{Card, Deck};

/// Writes a deck as canonical RON text.
pub fn to_ron(deck: &Deck) -> String {
    let text_bytes: usize = deck
        .cards
        .iter()
        .map(|c| {
            c.statement.len()
                + c.response.len()
                + c.note.len()
                + c.foil.as_ref().map_or(0, |f| f.text.len() + f.flaw.len())
        })
        .sum();
    let mut out = String::with_capacity(text_bytes + deck.cards.len() * 320 + 512);
    out.push_str("Deck(\n");
    number(&mut out, 1, "format", deck.format);
    text(&mut out, 1, "id", &deck.id);
    text(&mut out, 1, "title", &deck.title);
    text(&mut out, 1, "description", &deck.description);
    text(&mut out, 1, "author", &deck.author);
    number(&mut out, 1, "version", deck.version);
    text(&mut out, 1, "language", &deck.language);
    out.push_str("    cards: [\n");
    for card in &deck.cards {
        write_card(&mut out, card, deck.format);
    }
    out.push_str("    ],\n)\n");
    out
}

/// A card; `level` and `alternatives` are written for format 2 and later.
fn write_card(out: &mut String, card: &Card, format: u32) {
    out.push_str("        Card(\n");
    text(out, 3, "id", &card.id);
    text(out, 3, "statement", &card.statement);
    text(out, 3, "response", &card.response);
    text(out, 3, "technique", card.technique.id());
    list(out, 3, "secondary", card.secondary.iter().map(|t| t.id()));
    text(out, 3, "category", card.category.id());
    text(out, 3, "note", &card.note);
    match &card.foil {
        Some(foil) => {
            out.push_str("            foil: Some(Foil(\n");
            text(out, 4, "text", &foil.text);
            text(out, 4, "flaw", &foil.flaw);
            out.push_str("            )),\n");
        }
        None => out.push_str("            foil: None,\n"),
    }
    list(out, 3, "tags", card.tags.iter().map(String::as_str));
    if format >= 2 {
        text(out, 3, "level", card.level.id());
        if !card.alternatives.is_empty() {
            out.push_str("            alternatives: [\n");
            for a in &card.alternatives {
                out.push_str("                Alternative(\n");
                text(out, 5, "response", &a.response);
                text(out, 5, "technique", a.technique.id());
                text(out, 5, "note", &a.note);
                out.push_str("                ),\n");
            }
            out.push_str("            ],\n");
        }
    }
    out.push_str("        ),\n");
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("    ");
    }
}

fn number(out: &mut String, level: usize, field: &str, n: u32) {
    indent(out, level);
    out.push_str(field);
    out.push_str(": ");
    out.push_str(&n.to_string());
    out.push_str(",\n");
}

fn text(out: &mut String, level: usize, field: &str, value: &str) {
    indent(out, level);
    out.push_str(field);
    out.push_str(": ");
    quoted(out, value);
    out.push_str(",\n");
}

fn list<'s>(out: &mut String, level: usize, field: &str, items: impl Iterator<Item = &'s str>) {
    indent(out, level);
    out.push_str(field);
    out.push_str(": [");
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        quoted(out, item);
    }
    out.push_str("],\n");
}

/// A RON string literal: quotes, backslashes and control characters escaped.
fn quoted(out: &mut String, s: &str) {
    out.push('"');
    if !s.chars().any(|c| c == '"' || c == '\\' || c.is_control()) {
        out.push_str(s);
    } else {
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
                c => out.push(c),
            }
        }
    }
    out.push('"');
}
