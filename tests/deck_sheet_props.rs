//! Properties of spreadsheet decks over generated input: RON → CSV → RON and RON → TSV → RON
//! give the same deck for random decks full of commas, quotes, line breaks, tabs, emoji,
//! right-to-left text and formula-like starts; no bytes make the CSV, TSV or Anki reader
//! panic, and every problem they report has a real row.

mod deck_support;

use deck_support::positions_are_real;
use proptest::prelude::*;
use reframe_core::deck::convert::{DeckFileKind, deck_bytes, parse_deck_as};
use reframe_core::deck::{Card, Deck, ImportOptions, Level, parse_deck, to_ron};
use reframe_core::mi::{Category, Technique};

/// A trimmed, non-empty text mixing what is hard for CSV: separators, quotes, line breaks,
/// emoji, Hebrew and Arabic, and starts a spreadsheet would take for a formula.
fn text(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zA-Z ]{1,8}",
        1 => prop::sample::select(vec![
            ",", ";", "\"", "\"\"", "'", "\n", "\r\n", "\t", "😤", "👩🏽‍⚕️", "שלום, עולם",
            "لا أريد", "=", "+", "-", "@", "#", "|", "é", "\u{200f}",
        ])
        .prop_map(String::from),
    ];
    prop::collection::vec(piece, 1..max)
        .prop_map(|ps| ps.concat().trim().to_string())
        .prop_filter("non-empty after trimming", |s| !s.is_empty())
}

fn deck() -> impl Strategy<Value = Deck> {
    let cards = prop::collection::vec(deck_support::card(|m| text(m).boxed(), 10, 6), 1..5);
    (
        text(6),
        text(4),
        proptest::option::of(text(10)),
        1..50u32,
        any::<bool>(),
        cards,
    )
        .prop_map(
            |(title, author, description, version, format_2, cards)| Deck {
                format: if format_2 { 2 } else { 1 },
                id: "generated".into(),
                title,
                description: description.unwrap_or_default(),
                author,
                version,
                language: "he".into(),
                // A format-1 deck has only beginner cards without alternatives.
                cards: cards
                    .into_iter()
                    .enumerate()
                    .map(|(n, c)| {
                        let id = format!("card-{n}");
                        if format_2 {
                            Card { id, ..c }
                        } else {
                            Card {
                                id,
                                level: Level::Beginner,
                                alternatives: vec![],
                                ..c
                            }
                        }
                    })
                    .collect(),
            },
        )
}

fn options() -> ImportOptions {
    ImportOptions {
        technique: Some(Technique::Reframe),
        category: Some(Category::Blaming),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn ron_to_csv_or_tsv_and_back_gives_the_same_deck(deck in deck()) {
        let ron = to_ron(&deck);
        let from_ron = parse_deck(ron.as_bytes(), "d.ron").expect("the generated deck is valid");
        prop_assert_eq!(&from_ron, &deck);
        for kind in [DeckFileKind::Csv, DeckFileKind::Tsv] {
            let sheet = deck_bytes(&from_ron, kind).expect("writes");
            let back = parse_deck_as(&sheet, "d", kind, &ImportOptions::default());
            prop_assert_eq!(
                back.as_ref().map(to_ron).map_err(|d| d.iter().map(ToString::to_string).collect::<Vec<_>>()),
                Ok(ron.clone()),
                "{}", String::from_utf8_lossy(&sheet)
            );
        }
    }

    #[test]
    fn no_bytes_make_a_reader_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        for kind in [DeckFileKind::Csv, DeckFileKind::Tsv, DeckFileKind::AnkiText] {
            if let Err(d) = parse_deck_as(&bytes, "x", kind, &options()) {
                positions_are_real(&bytes, &d);
            }
        }
    }

    #[test]
    fn no_near_miss_anki_export_makes_the_reader_panic(
        head in prop::sample::subsequence(vec![
            "#separator:tab\n", "#separator:Comma\n", "#separator:|\n", "#html:true\n",
            "#html:false\n", "#tags column:3\n", "#tags column:0\n", "#guid column:1\n",
            "#deck column:2\n", "#notetype column:9\n", "#columns:Back\tFront\tTags\n",
            "#columns:\n", "#deck:Parent::Child\n",
        ], 0..6),
        rows in prop::collection::vec(
            prop::collection::vec(prop_oneof![
                "[a-z <>&;#/\"]{0,12}".prop_map(String::from),
                prop::sample::select(vec!["<br>", "&amp;", "&#x1F600;", "&#99999999;", "<b", "\"\"", "\"a\tb\"", "", "::"]).prop_map(String::from),
            ], 0..5).prop_map(|cells| cells.join("\t")),
            0..6,
        ),
    ) {
        let text = format!("{}{}", head.concat(), rows.join("\n"));
        match parse_deck_as(text.as_bytes(), "x.txt", DeckFileKind::AnkiText, &options()) {
            Ok(deck) => {
                prop_assert!(!deck.cards.is_empty());
                for c in &deck.cards {
                    prop_assert!(c.tags.iter().any(|t| t == "needs-review"));
                }
                let ron = to_ron(&deck);
                prop_assert!(parse_deck(ron.as_bytes(), "x.ron").is_ok(), "{}", ron);
            }
            Err(d) => positions_are_real(text.as_bytes(), &d),
        }
    }
}
