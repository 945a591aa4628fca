//! The bundled curriculum held to docs/mi.md ("What makes a reply MI-inconsistent") and
//! docs/deck-format.md ("Levels and other good answers"): every model response and other good
//! answer free of the markers in `reframe_core::markers`, short, a statement unless its technique
//! asks a question; enough cards at every level of every kind of resistance; alternatives that
//! vary the technique; every technique used, none dominating. Also checks that the educator's
//! template and tutorial decks in `docs/` parse. Run with `--nocapture` for the counts.

use reframe_core::deck::{Card, Deck, Level, bundled, parse_deck};
use reframe_core::markers::find_markers;
use reframe_core::mi::{Category, Technique};
use std::collections::BTreeMap;
use std::path::Path;

const MIN_CARDS: usize = 330;
/// Cards each kind of resistance needs at each level, so a learner can master one level and
/// still find new statements at the next.
const MIN_PER_LEVEL: [(Level, usize); 3] = [
    (Level::Beginner, 8),
    (Level::Intermediate, 6),
    (Level::Advanced, 5),
];
/// No technique is the main answer on more than a quarter of the cards.
const MAX_TECHNIQUE_SHARE: f64 = 0.25;
/// A response may run to this many words; the style rule is 35, with a little slack.
const MAX_WORDS: usize = 40;
const STYLE_WORDS: usize = 35;
/// "A median near 20 words": short enough to say aloud in one breath.
const MEDIAN_WORDS: std::ops::RangeInclusive<usize> = 15..=24;

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

/// The model response and every other good answer: all of them are answers a learner copies.
fn answers(card: &Card) -> impl Iterator<Item = &str> {
    std::iter::once(card.response.as_str())
        .chain(card.alternatives.iter().map(|a| a.response.as_str()))
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
        for answer in answers(card) {
            for hit in find_markers(answer) {
                problems.push(format!(
                    "{}/{}: \"{}\" ({}) in \"{}\": {}",
                    deck.id, card.id, hit.words, hit.kind, answer, hit.reason
                ));
            }
        }
    }
    assert_none(
        "model responses or other good answers carry an MI-inconsistent marker",
        &problems,
    );
}

#[test]
fn answers_are_short_and_ask_only_when_the_technique_is_a_question() {
    let decks = decks();
    let mut problems = Vec::new();
    let mut over_style = Vec::new();
    let mut lengths = Vec::new();
    for (deck, card) in cards(&decks) {
        let alternatives = card.alternatives.iter().map(|a| (&a.response, a.technique));
        for (i, (answer, technique)) in std::iter::once((&card.response, card.technique))
            .chain(alternatives)
            .enumerate()
        {
            let what = if i == 0 {
                "response".to_string()
            } else {
                format!("other good answer {i}")
            };
            let words = word_count(answer);
            if i == 0 {
                lengths.push(words);
            }
            if words > MAX_WORDS {
                problems.push(format!(
                    "{}/{}: {what} is {words} words; the most is {MAX_WORDS}",
                    deck.id, card.id
                ));
            } else if words > STYLE_WORDS {
                over_style.push(format!("{}/{} {what} ({words} words)", deck.id, card.id));
            }
            if answer.trim_end().ends_with('?') && !technique.is_question() {
                problems.push(format!(
                    "{}/{}: {what} ends in a question but its technique `{}` is a statement",
                    deck.id,
                    card.id,
                    technique.id()
                ));
            }
        }
    }
    // "As a rule <= 35 words": a few longer answers are fine, a habit of them is not.
    if over_style.len() * 20 > lengths.len() {
        problems.push(format!(
            "{} answers are over {STYLE_WORDS} words (at most 5% of {} cards may be): {}",
            over_style.len(),
            lengths.len(),
            over_style.join(", ")
        ));
    }
    lengths.sort_unstable();
    let median = lengths[lengths.len() / 2];
    println!("median model response: {median} words");
    if !MEDIAN_WORDS.contains(&median) {
        problems.push(format!(
            "the median model response is {median} words; it should sit in {MEDIAN_WORDS:?}"
        ));
    }
    assert_none("answers break the length or question rules", &problems);
}

#[test]
fn every_card_and_answer_has_a_note_and_nearly_every_card_a_foil() {
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
        for (i, alternative) in card.alternatives.iter().enumerate() {
            if alternative.note.trim().is_empty() {
                problems.push(format!(
                    "{}/{}: other good answer {} has no note",
                    deck.id,
                    card.id,
                    i + 1
                ));
            }
        }
        if card.foil.is_some() {
            with_foil += 1;
        }
    }
    println!("foils: {with_foil} of {total} cards");
    if with_foil * 10 < total * 9 {
        problems.push(format!(
            "only {with_foil} of {total} cards have a foil; at least 90% should"
        ));
    }
    assert_none("cards lack a note or foil", &problems);
}

#[test]
fn other_good_answers_vary_the_technique() {
    let decks = decks();
    let total = cards(&decks).count();
    let with_alternatives: Vec<&Card> = cards(&decks)
        .map(|(_, c)| c)
        .filter(|c| !c.alternatives.is_empty())
        .collect();
    let other_family = with_alternatives
        .iter()
        .filter(|c| {
            c.alternatives
                .iter()
                .any(|a| a.technique.family() != c.technique.family())
        })
        .count();
    println!(
        "cards with other good answers: {} of {total}; {other_family} of them offer another \
         family of technique",
        with_alternatives.len()
    );
    let mut problems = Vec::new();
    if with_alternatives.len() * 10 < total * 6 {
        problems.push(format!(
            "{} of {total} cards have other good answers; at least 60% should",
            with_alternatives.len()
        ));
    }
    if other_family * 2 < with_alternatives.len() {
        problems.push(format!(
            "{other_family} of {} cards with other good answers offer a different family of \
             technique; at least half should",
            with_alternatives.len()
        ));
    }
    for (deck, card) in cards(&decks) {
        if card
            .alternatives
            .iter()
            .any(|a| a.response.trim() == card.response.trim())
        {
            problems.push(format!(
                "{}/{}: an other good answer repeats the response",
                deck.id, card.id
            ));
        }
    }
    assert_none("other good answers fall short", &problems);
}

#[test]
fn the_curriculum_is_broad_enough_at_every_level() {
    let decks = decks();
    let total = cards(&decks).count();
    let mut by_level: BTreeMap<(&str, Level), usize> = BTreeMap::new();
    let mut by_technique: BTreeMap<&str, usize> =
        Technique::ALL.iter().map(|t| (t.id(), 0)).collect();
    for (_, card) in cards(&decks) {
        *by_level
            .entry((card.category.id(), card.level))
            .or_default() += 1;
        *by_technique.entry(card.technique.id()).or_default() += 1;
    }

    println!("curriculum: {total} cards in {} decks", decks.len());
    for deck in &decks {
        println!("  {:<16} {:>4} cards", deck.id, deck.cards.len());
    }
    println!(
        "{:<24} {:>9} {:>13} {:>9} {:>6}",
        "category", "beginner", "intermediate", "advanced", "total"
    );
    let mut problems = Vec::new();
    for category in Category::ALL {
        let n = |level| by_level.get(&(category.id(), level)).copied().unwrap_or(0);
        let counts = Level::ALL.map(n);
        println!(
            "{:<24} {:>9} {:>13} {:>9} {:>6}",
            category.id(),
            counts[0],
            counts[1],
            counts[2],
            counts.iter().sum::<usize>()
        );
        for (level, min) in MIN_PER_LEVEL {
            if n(level) < min {
                problems.push(format!(
                    "category `{}` has {} {} cards; at least {min} are needed",
                    category.id(),
                    n(level),
                    level.id()
                ));
            }
        }
    }
    println!("by main technique:");
    for (id, n) in &by_technique {
        println!(
            "  {id:<24} {n:>4} ({:.1}%)",
            *n as f64 * 100.0 / total as f64
        );
    }

    if total < MIN_CARDS {
        problems.push(format!(
            "{total} cards in all; at least {MIN_CARDS} are needed"
        ));
    }
    for (id, n) in &by_technique {
        if *n == 0 {
            problems.push(format!("technique `{id}` is never the main answer"));
        }
        if *n as f64 > MAX_TECHNIQUE_SHARE * total as f64 {
            problems.push(format!(
                "technique `{id}` is the main one on {n} of {total} cards; at most a quarter may be"
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
    let mut statements: BTreeMap<String, String> = BTreeMap::new();
    for (deck, card) in cards(&decks) {
        let key = card.statement.to_lowercase();
        if let Some(first) = statements.insert(key, format!("{}/{}", deck.id, card.id)) {
            problems.push(format!(
                "{}/{} repeats the statement of {first}",
                deck.id, card.id
            ));
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

#[test]
fn every_example_in_the_format_guide_parses_and_models_clean_answers() {
    let guide = read_doc("deck-format.md");
    let mut checked = 0;
    for (n, block) in guide
        .split("```ron")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .enumerate()
    {
        // Tutorial steps that show an empty deck or one field are not whole examples.
        let source = if block.contains("Deck(") && block.contains("Card(") {
            block.to_string()
        } else if block.trim_start().starts_with("Card(") {
            format!(
                "Deck(format: 2, id: \"example\", title: \"Example\", author: \"Guide\", \
                 version: 1, language: \"en\", cards: [\n{block}\n])"
            )
        } else {
            continue;
        };
        let deck = assert_example_deck(&source, &format!("docs/deck-format.md (example {n})"));
        for card in &deck.cards {
            for alternative in &card.alternatives {
                let hits = find_markers(&alternative.response);
                assert!(hits.is_empty(), "{}: {hits:?}", alternative.response);
            }
        }
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} examples found in the guide");
}
