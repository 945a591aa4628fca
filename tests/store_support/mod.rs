//! Shared helpers for the store and session tests: small decks built in code, a fake clock,
//! a collection opened on a temp folder.
#![allow(dead_code)]

use reframe_core::clock::{Clock, FakeClock};
use reframe_core::collection::Collection;
use reframe_core::deck::{Card, Deck};
use reframe_core::mi::{Category, Technique};
use reframe_core::sm2::Grade;
use std::path::Path;
use std::sync::Arc;

pub fn card(id: &str, statement: &str) -> Card {
    Card {
        id: id.to_string(),
        statement: statement.to_string(),
        response: format!("A reflection of: {statement}"),
        technique: Technique::from_id("simple-reflection").expect("a technique id"),
        secondary: Vec::new(),
        category: Category::from_id("mandated").expect("a category id"),
        note: "Reflects without arguing.".to_string(),
        foil: None,
        tags: vec!["court".to_string()],
        level: Default::default(),
        alternatives: Vec::new(),
    }
}

pub fn deck(id: &str, version: u32, cards: &[&str]) -> Deck {
    Deck {
        format: 1,
        id: id.to_string(),
        title: format!("Deck {id}"),
        description: String::new(),
        author: "Tests".to_string(),
        version,
        language: "en".to_string(),
        cards: cards
            .iter()
            .map(|c| card(c, &format!("Statement {c}")))
            .collect(),
    }
}

/// A deck with cards `c00`, `c01`, ….
pub fn deck_n(id: &str, n: usize) -> Deck {
    let ids: Vec<String> = (0..n).map(|i| format!("c{i:02}")).collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    deck(id, 1, &refs)
}

pub fn clock(rfc3339: &str) -> (FakeClock, Arc<dyn Clock>) {
    let c = FakeClock::at(rfc3339);
    (c.clone(), Arc::new(c))
}

pub fn open(dir: &Path, clock: &Arc<dyn Clock>, decks: Vec<Deck>) -> Collection {
    Collection::open_with_decks(dir, clock.clone(), decks).expect("the collection opens")
}

pub fn g(q: u8) -> Grade {
    Grade::new(q).expect("a grade")
}

/// Answers the current card, returning its card id.
pub fn answer(c: &mut Collection, q: u8) -> String {
    let card = c.current_card().expect("a card to answer").key.card;
    c.answer(g(q), None, None).expect("the answer is saved");
    card
}

// This computer's own files, shared with the store tests' helpers.
#[path = "../own_files/mod.rs"]
mod own_files;
#[allow(unused_imports)]
pub use own_files::*;
