//! The bundled curriculum held to issue 4 and docs/mi.md, "What makes a reply MI-inconsistent"/§6: every model response free of the
//! markers in `reframe_core::markers`, short, a statement unless its technique asks a question, and
//! the deck set broad enough (cards, categories, techniques, notes, foils). Also checks that the
//! educator's template and tutorial decks in `docs/` parse. Run with `--nocapture` for counts.

use reframe_core::deck::{Card, Deck, bundled, parse_deck};
use reframe_core::markers::find_markers;
use reframe_core::mi::{Category, Technique};
use std::collections::BTreeMap;
use std::path::Path;

const MIN_CARDS: usize = 150;
const MIN_PER_CATEGORY: usize = 8;
const MIN_MAIN_TECHNIQUES: usize = 10;
/// A response may run to this many words; the style rule is 35, with a little slack.
const MAX_WORDS: usize = 40;
const STYLE_WORDS: usize = 35;

/// Every bundled deck, parsed; a deck that does not parse fails the test with its diagnostics.
fn decks() -> Vec<Deck> {
    let decks: Vec<Deck> = bundled()
        .iter()
        .map(|b| match b.parse() {
            Ok(deck) => deck,
            Err(diagnostics) => panic!(
                "bundled deck {} does not parse:\n{}",
                b.file_name,
                lines(&diagnostics)
            ),
        })
        .collect();
    assert!(!decks.is_empty(), "no bundled decks found in decks/");
    decks
}

fn cards(decks: &[Deck]) -> impl Iterator<Item = (&Deck, &Card)> {
    decks
        .iter()
        .flat_map(|d| d.cards.iter().map(move |c| (d, c)))
}

fn lines<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(|i| format!("  {}", i.to_string()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Fails with every problem at once, so one run shows the whole list to fix.
fn assert_none(what: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{} {what}:\n{}",
        problems.len(),
        lines(problems)
    );
}

#[test]
fn no_model_response_carries_a_marker() {
    let decks = decks();
    let mut problems = Vec::new();
    for (deck, card) in cards(&decks) {
        for hit in find_markers(&card.response) {
            problems.push(format!(
                "{}/{}: \"{}\" ({}) in \"{}\": {}",
                deck.id, card.id, hit.words, hit.kind, card.response, hit.reason
            ));
        }
    }
    assert_none("model responses carry an MI-inconsistent marker", &problems);
}

#[test]
fn responses_are_short_and_ask_only_when_the_technique_is_a_question() {
    let decks = decks();
    let mut problems = Vec::new();
    let mut over_style = Vec::new();
    let total = cards(&decks).count();
    for (deck, card) in cards(&decks) {
        let words = word_count(&card.response);
        if words > MAX_WORDS {
            problems.push(format!(
                "{}/{}: response is {words} words; the most is {MAX_WORDS}",
                deck.id, card.id
            ));
        } else if words > STYLE_WORDS {
            over_style.push(format!("{}/{} ({words} words)", deck.id, card.id));
        }
        if card.response.trim_end().ends_with('?') && !card.technique.is_question() {
            problems.push(format!(
                "{}/{}: response ends in a question but its technique `{}` is a statement",
                deck.id,
                card.id,
                card.technique.id()
            ));
        }
    }
    // "As a rule <= 35 words": a few longer responses are fine, a habit of them is not.
    if over_style.len() * 20 > total {
        problems.push(format!(
            "{} of {total} responses are over {STYLE_WORDS} words (at most 5% may be): {}",
            over_style.len(),
            over_style.join(", ")
        ));
    }
    assert_none("responses break the length or question rules", &problems);
}

#[test]
fn every_card_has_a_note_and_at_least_half_have_a_foil() {
    let decks = decks();
    let mut problems = Vec::new();
    let (mut total, mut with_foil) = (0, 0);
    for (deck, card) in cards(&decks) {
        total += 1;
        if card.note.trim().is_empty() {
            problems.push(format!(
                "{}/{}: no note saying why the response works",
                deck.id, card.id
            ));
        }
        if card.foil.is_some() {
            with_foil += 1;
        }
    }
    if with_foil * 2 < total {
        problems.push(format!(
            "only {with_foil} of {total} cards have a foil; at least half should"
        ));
    }
    assert_none("cards lack a note or foil", &problems);
}

#[test]
fn the_curriculum_is_broad_enough() {
    let decks = decks();
    let total = cards(&decks).count();
    let mut by_category: BTreeMap<&str, usize> =
        Category::ALL.iter().map(|c| (c.id(), 0)).collect();
    let mut by_technique: BTreeMap<&str, usize> =
        Technique::ALL.iter().map(|t| (t.id(), 0)).collect();
    for (_, card) in cards(&decks) {
        *by_category.entry(card.category.id()).or_default() += 1;
        *by_technique.entry(card.technique.id()).or_default() += 1;
    }

    println!("curriculum: {total} cards in {} decks", decks.len());
    for deck in &decks {
        let foils = deck.cards.iter().filter(|c| c.foil.is_some()).count();
        println!(
            "  {:<14} {:>4} cards, {foils} with a foil",
            deck.id,
            deck.cards.len()
        );
    }
    println!("by category:");
    for (id, n) in &by_category {
        println!("  {id:<24} {n:>4}");
    }
    println!("by main technique:");
    for (id, n) in &by_technique {
        println!(
            "  {id:<24} {n:>4} ({:.0}%)",
            *n as f64 * 100.0 / total as f64
        );
    }

    let mut problems = Vec::new();
    if total < MIN_CARDS {
        problems.push(format!(
            "{total} cards in all; at least {MIN_CARDS} are needed"
        ));
    }
    for (id, n) in &by_category {
        if *n < MIN_PER_CATEGORY {
            problems.push(format!(
                "category `{id}` has {n} cards; at least {MIN_PER_CATEGORY} are needed"
            ));
        }
    }
    let used = by_technique.values().filter(|n| **n > 0).count();
    if used < MIN_MAIN_TECHNIQUES {
        problems.push(format!(
            "{used} techniques are used as a main technique; at least {MIN_MAIN_TECHNIQUES} are needed"
        ));
    }
    for (id, n) in &by_technique {
        if n * 3 > total {
            problems.push(format!(
                "technique `{id}` is the main one on {n} of {total} cards; at most a third may be"
            ));
        }
    }
    let mut deck_ids: Vec<&str> = decks.iter().map(|d| d.id.as_str()).collect();
    deck_ids.sort_unstable();
    for pair in deck_ids.windows(2) {
        if pair[0] == pair[1] {
            problems.push(format!("two bundled decks share the id `{}`", pair[0]));
        }
    }
    assert_none("curriculum counts fall short", &problems);
}

fn read_doc(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A deck an educator copies must parse and must model responses as clean as the bundled ones.
fn assert_example_deck(source: &str, path: &str) -> Deck {
    let deck = parse_deck(source.as_bytes(), path)
        .unwrap_or_else(|diagnostics| panic!("{path} does not parse:\n{}", lines(&diagnostics)));
    let mut problems = Vec::new();
    for card in &deck.cards {
        for hit in find_markers(&card.response) {
            problems.push(format!(
                "{path} {}: \"{}\": {}",
                card.id, hit.words, hit.reason
            ));
        }
    }
    assert_none("example responses carry a marker", &problems);
    deck
}

#[test]
fn the_template_deck_parses() {
    let deck = assert_example_deck(&read_doc("template-deck.ron"), "docs/template-deck.ron");
    assert!(
        (2..=3).contains(&deck.cards.len()),
        "the template shows 2-3 example cards, found {}",
        deck.cards.len()
    );
    let full = deck
        .cards
        .iter()
        .any(|c| c.foil.is_some() && !c.tags.is_empty());
    assert!(
        full,
        "no template card shows a foil and tags; one should show every field"
    );
}

#[test]
fn the_tutorial_deck_parses_with_five_cards() {
    let guide = read_doc("deck-format.md");
    // The finished tutorial deck is the ```ron block that holds a whole deck of five cards.
    let finished = guide
        .split("```ron")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .find(|block| block.matches("Card(").count() == 5)
        .unwrap_or_else(|| panic!("docs/deck-format.md has no ```ron block with a five-card deck"));
    let deck = assert_example_deck(finished, "docs/deck-format.md (tutorial)");
    assert_eq!(deck.cards.len(), 5);
}
