//! Properties of the deck reader and writer over generated input: no input makes it panic,
//! every diagnostic has a real position, and every valid deck survives `to_ron` → `parse_deck`
//! unchanged (and is also standard RON that the `ron` crate reads).

mod deck_support;

use deck_support::positions_are_real;
use proptest::prelude::*;
use reframe_core::deck::{Deck, parse_deck, to_ron};

const BASE: &str = include_str!("hostile/ok-two-cards.ron");

/// A trimmed, non-empty text with the characters that need escaping in RON.
fn text(max: usize) -> impl Strategy<Value = String> {
    let ch = prop_oneof![
        6 => any::<char>(),
        1 => prop::sample::select(vec!['"', '\\', '\n', '\t', '\r', '#', '\0', ' ', '\u{7f}', 'é']),
    ];
    prop::collection::vec(ch, 1..max)
        .prop_map(|cs| cs.into_iter().collect::<String>().trim().to_string())
        .prop_filter("text is non-empty after trimming", |s| !s.is_empty())
}

fn deck() -> impl Strategy<Value = Deck> {
    let head = (
        "[a-z0-9][a-z0-9._-]{0,20}",
        text(60),
        proptest::option::of(text(80)),
        text(40),
    );
    let language = prop::sample::select(vec!["en", "en-GB", "de", "pt-BR", "zh-Hant-TW"]);
    (
        head,
        1..=u32::MAX,
        language,
        prop::collection::vec(deck_support::card(|m| text(m).boxed(), 60, 3), 1..5),
    )
        .prop_map(
            |((id, title, description, author), version, language, mut cards)| {
                for (i, card) in cards.iter_mut().enumerate() {
                    card.id = format!("card-{i}");
                }
                Deck {
                    format: 2,
                    id,
                    title,
                    description: description.unwrap_or_default(),
                    author,
                    version,
                    language: language.to_string(),
                    cards,
                }
            },
        )
}

/// One edit of a valid deck's text: delete, duplicate, or insert syntax-ish characters.
fn mutate(base: &str, edits: &[(u8, usize, usize, String)]) -> Vec<u8> {
    let mut bytes = base.as_bytes().to_vec();
    for (kind, at, len, insert) in edits {
        let at = at % (bytes.len() + 1);
        let end = (at + len).min(bytes.len());
        match kind % 4 {
            0 => {
                bytes.drain(at..end);
            }
            1 => {
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            2 => {
                bytes.splice(at..at, insert.bytes());
            }
            _ => bytes.truncate(at),
        }
    }
    bytes
}

proptest! {
    // 256 cases each by default; PROPTEST_CASES=20000 for a long run.
    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4000)) {
        if let Err(d) = parse_deck(&bytes, "random.ron") {
            positions_are_real(&bytes, &d);
        }
    }

    #[test]
    fn mutated_decks_never_panic_and_valid_results_round_trip(
        edits in prop::collection::vec(
            (any::<u8>(), any::<usize>(), 0usize..40, "[\\[\\](){}:,\"'#r/*\\\\ a-zA-Z0-9\n-]{0,6}"),
            1..4,
        )
    ) {
        let bytes = mutate(BASE, &edits);
        match parse_deck(&bytes, "mutated.ron") {
            Ok(deck) => prop_assert_eq!(parse_deck(to_ron(&deck).as_bytes(), "again.ron"), Ok(deck)),
            Err(d) => positions_are_real(&bytes, &d),
        }
    }

    #[test]
    fn valid_decks_round_trip_through_to_ron(deck in deck()) {
        let text = to_ron(&deck);
        prop_assert_eq!(parse_deck(text.as_bytes(), "round.ron"), Ok(deck.clone()));
        let standard: mirror::Deck = ron::from_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(standard.matches(&deck), "the ron crate read something else from:\n{}", text);
    }
}

/// The deck format as plain serde types, to check that `to_ron` writes standard RON.
mod mirror {
    use serde::Deserialize;

    #[derive(Deserialize)]
    pub struct Deck {
        format: u32,
        id: String,
        title: String,
        description: String,
        author: String,
        version: u32,
        language: String,
        cards: Vec<Card>,
    }

    #[derive(Deserialize)]
    struct Card {
        id: String,
        statement: String,
        response: String,
        technique: String,
        secondary: Vec<String>,
        category: String,
        note: String,
        foil: Option<Foil>,
        tags: Vec<String>,
        #[serde(default)]
        level: String,
        #[serde(default)]
        alternatives: Vec<Alternative>,
    }

    #[derive(Deserialize)]
    struct Alternative {
        response: String,
        technique: String,
        note: String,
    }

    #[derive(Deserialize)]
    struct Foil {
        text: String,
        flaw: String,
    }

    impl Deck {
        pub fn matches(&self, d: &reframe_core::deck::Deck) -> bool {
            let head = (
                self.format,
                &self.id,
                &self.title,
                &self.description,
                &self.author,
            ) == (d.format, &d.id, &d.title, &d.description, &d.author)
                && (self.version, &self.language) == (d.version, &d.language);
            head && self.cards.len() == d.cards.len()
                && self.cards.iter().zip(&d.cards).all(|(m, c)| {
                    let secondary: Vec<&str> = c.secondary.iter().map(|t| t.id()).collect();
                    let foil = |f: &Foil| (f.text.clone(), f.flaw.clone());
                    let theirs = c.foil.as_ref().map(|f| (f.text.clone(), f.flaw.clone()));
                    (&m.id, &m.statement, &m.response, &m.note)
                        == (&c.id, &c.statement, &c.response, &c.note)
                        && (m.technique.as_str(), m.category.as_str())
                            == (c.technique.id(), c.category.id())
                        && m.secondary == secondary
                        && m.foil.as_ref().map(foil) == theirs
                        && m.tags == c.tags
                        && m.level == c.level.id()
                        && m.alternatives.len() == c.alternatives.len()
                        && m.alternatives.iter().zip(&c.alternatives).all(|(ma, a)| {
                            (&ma.response, ma.technique.as_str(), &ma.note)
                                == (&a.response, a.technique.id(), &a.note)
                        })
                })
        }
    }
}
