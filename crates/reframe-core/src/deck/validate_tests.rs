//! Unit tests of deck::validate: the same words as `reframe check`, field by field.

use super::validate::*;
use super::{Alternative, Card, Deck, Foil, Level, parse_deck};
use crate::mi::{Category, Technique};

fn card() -> Card {
    Card {
        id: "c".into(),
        statement: "s".into(),
        response: "r".into(),
        technique: Technique::Reframe,
        secondary: vec![],
        category: Category::Blaming,
        note: "n".into(),
        foil: None,
        tags: vec![],
        level: Level::Beginner,
        alternatives: vec![],
    }
}

/// The message `reframe check` gives for the one problem in a RON card.
fn ron_message(fields: &str) -> String {
    let src = format!(
        "Deck(format: 2, id: \"d\", title: \"T\", author: \"A\", version: 1, language: \"en\", cards: [Card({fields})])"
    );
    let d = parse_deck(src.as_bytes(), "t.ron").expect_err("should fail");
    assert_eq!(d.len(), 1, "{d:?}");
    d[0].message.clone()
}

const BASE: &str =
    "id: \"c\", statement: \"s\", technique: \"reframe\", category: \"blaming\", note: \"n\"";

#[test]
fn the_words_are_those_of_reframe_check() {
    let mut c = card();
    c.response = " ".into();
    let built = card_problems(&c);
    assert_eq!(built.len(), 1);
    assert_eq!(built[0].field, Field::Response);
    assert_eq!(
        built[0].message,
        ron_message(&format!("{BASE}, response: \"\""))
    );

    let mut c = card();
    c.statement = "x".repeat(601);
    let ron = ron_message(&format!(
        "{BASE}, response: \"r\"",
        BASE = BASE.replace("\"s\"", &format!("\"{}\"", "x".repeat(601)))
    ));
    assert_eq!(card_problems(&c)[0].message, ron);

    let mut c = card();
    c.secondary = vec![Technique::Autonomy, Technique::Autonomy, Technique::Reframe];
    let messages: Vec<String> = card_problems(&c).into_iter().map(|p| p.message).collect();
    assert_eq!(
        messages,
        [
            "`secondary` lists \"autonomy\" twice",
            "`secondary` lists \"reframe\", which is already the main technique"
        ]
    );

    let ron = ron_message(&format!("{BASE}, response: \"r\"").replace("reframe", "refram"));
    assert_eq!(
        parse_technique(Field::Technique, " refram ").unwrap_err(),
        ron
    );
    assert!(ron.contains("did you mean \"reframe\"?"), "{ron}");
    assert_eq!(
        parse_category(Field::Category, "blaming"),
        Ok(Category::Blaming)
    );
    assert_eq!(parse_level(Field::Level, ""), Ok(Level::Beginner));
    let ron = ron_message(&format!("{BASE}, response: \"r\", level: \"expert\""));
    assert_eq!(parse_level(Field::Level, "expert").unwrap_err(), ron);
}

#[test]
fn foils_tags_and_alternatives_are_checked_by_their_column() {
    let mut c = card();
    c.foil = Some(Foil {
        text: "t".into(),
        flaw: String::new(),
    });
    c.tags = vec!["Court!".into()];
    c.alternatives = vec![Alternative {
        response: "a".into(),
        technique: Technique::Autonomy,
        note: String::new(),
    }];
    c.alternatives.push(Alternative {
        response: "r".into(),
        technique: Technique::Autonomy,
        note: "n".into(),
    });
    let problems = card_problems(&c);
    let fields: Vec<String> = problems.iter().map(|p| p.field.name()).collect();
    assert_eq!(fields, ["foil_why", "tags", "alt1_note", "alt2"]);
    assert!(problems[3].message.contains("same word for word"));
    assert!(
        problems[0]
            .message
            .contains("what is wrong with the tempting answer")
    );
    assert!(problems[1].message.contains("tag `Court!`"));
}

#[test]
fn deck_fields_and_duplicates() {
    let deck = Deck {
        format: 1,
        id: "Bad Id".into(),
        title: String::new(),
        description: String::new(),
        author: "A".into(),
        version: 0,
        language: "English".into(),
        cards: vec![
            card(),
            Card {
                level: Level::Advanced,
                ..card()
            },
        ],
    };
    let fields: Vec<DeckField> = deck_problems(&deck).iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        [
            DeckField::Format,
            DeckField::Id,
            DeckField::Title,
            DeckField::Version,
            DeckField::Language
        ]
    );
    assert_eq!(duplicate_ids(&deck.cards), [(1, 0)]);
}
