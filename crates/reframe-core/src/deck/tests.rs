//! Unit tests of the deck reader and writer: the RON spellings a deck may use, and the exact
//! wording and place of each kind of problem.

use super::*;

const CARD: &str = r#"Card(id: "c", statement: "s", response: "r", technique: "reframe", category: "blaming", note: "n")"#;

fn deck_with(cards: &str) -> String {
    format!(
        "Deck(format: 1, id: \"d\", title: \"T\", author: \"A\", version: 1, language: \"en\", cards: [{cards}])"
    )
}

fn parse(src: &str) -> Deck {
    match parse_deck(src.as_bytes(), "t.ron") {
        Ok(deck) => deck,
        Err(d) => panic!(
            "{src}\n{:?}",
            d.iter().map(|d| d.to_string()).collect::<Vec<_>>()
        ),
    }
}

/// Each problem as `line:col: message`.
fn problems(src: &str) -> Vec<String> {
    match parse_deck(src.as_bytes(), "t.ron") {
        Ok(_) => panic!("should fail: {src}"),
        Err(d) => d
            .iter()
            .map(|d| d.to_string().trim_start_matches("t.ron:").to_string())
            .collect(),
    }
}

fn one_problem(src: &str) -> String {
    let p = problems(src);
    assert_eq!(p.len(), 1, "{p:#?}");
    p[0].clone()
}

#[test]
fn optional_fields_default_and_text_is_trimmed() {
    let deck = parse(&deck_with(&CARD.replace("\"s\"", "\"  spaced out \\n \"")));
    assert_eq!(deck.description, "");
    let card = &deck.cards[0];
    assert_eq!(card.statement, "spaced out");
    assert!(card.secondary.is_empty() && card.tags.is_empty() && card.foil.is_none());
}

#[test]
fn every_ron_spelling_a_deck_may_use() {
    let src = "\u{feff}// comment\r\n(\r\n  version: 0x1_0, /* a /* nested */ comment */ language: \"en\",\r\n  cards: [(id: \"c\", \
        statement: r#\"He said \"no\"\"#, response: \"caf\\u{e9} \\x41 \\' \\\n      continued\", \
        technique: \"reframe\", category: \"blaming\", note: r\"n\", foil: Foil(text: \"t\", flaw: \"f\",), \
        secondary: [\"autonomy\",], tags: [\"a-1\"],),],\r\n  id: \"d\", title: \"T\", author: \"A\", format: 1,\r\n)\r\n";
    let deck = parse(src);
    assert_eq!(deck.version, 16);
    let card = &deck.cards[0];
    assert_eq!(card.statement, "He said \"no\"");
    assert_eq!(card.response, "café A ' continued");
    assert_eq!(
        card.foil,
        Some(Foil {
            text: "t".into(),
            flaw: "f".into()
        })
    );
    assert_eq!(card.secondary, vec![Technique::Autonomy]);
    for foil in [
        "Some(Foil(text: \"t\", flaw: \"f\"))",
        "Some((text: \"t\", flaw: \"f\"),)",
        "None",
    ] {
        let deck = parse(&deck_with(
            &CARD.replace("note: \"n\"", &format!("note: \"n\", foil: {foil}")),
        ));
        assert_eq!(deck.cards[0].foil.is_some(), foil != "None", "{foil}");
    }
}

#[test]
fn syntax_errors_say_what_was_expected() {
    assert_eq!(
        one_problem("[1, 2]"),
        "1:1: a deck file holds one `Deck(...)` with named fields; found a list `[...]`"
    );
    assert!(one_problem("Deck(\"x\")").contains("found `Deck(...)` without field names"));
    assert_eq!(
        one_problem("Deck(id: x { })"),
        "1:12: expected `(` or `,` after `x`, found `{`"
    );
    assert_eq!(
        one_problem("Deck(id: \"d\", title \"x\")"),
        "1:21: expected `:` after the field name `title`, found text in quotes"
    );
    assert_eq!(
        one_problem("Deck(version: 12ab)"),
        "1:15: `12ab` is not a number"
    );
    assert!(one_problem("Deck(x: {})").starts_with("1:9: `{` starts a map"));
    assert!(
        one_problem("Deck(title: \"a\\u{zz}\")").starts_with("1:15: a `\\u` escape must look like")
    );
    assert!(one_problem("Deck(title: r#\"abc\")").contains("never closed"));
    assert!(one_problem("Deck(title: \"abc)").starts_with("1:13: this text is never closed"));
    assert!(one_problem("Deck(/ x)").contains("single `/`"));
    assert!(one_problem("Deck(id: “d”)").starts_with("1:10: found `“`: curly quotes"));
    let unclosed = deck_with(&format!("{}, {CARD}", CARD.trim_end_matches(')')));
    assert!(
        one_problem(&unclosed)
            .contains("`)` that closes the previous value missing before `Card(`?")
    );
}

#[test]
fn foils_and_techniques_are_checked() {
    let with_foil =
        |foil: &str| deck_with(&CARD.replace("note: \"n\"", &format!("note: \"n\", foil: {foil}")));
    assert!(one_problem(&with_foil("Some()")).contains("`Some(...)` must hold a foil"));
    assert!(one_problem(&with_foil("Some(text: \"t\", flaw: \"f\")")).contains("must hold a foil"));
    assert!(
        one_problem(&with_foil("Some(Foil(text: \"t\", flaw: \"f\"), 3)"))
            .contains("holds one foil")
    );
    assert!(one_problem(&with_foil("\"bad\"")).contains("`foil` should be `Some(Foil("));
    assert!(one_problem(&with_foil("Foil(text: \"t\")")).contains("the foil has no `flaw`"));
    let bare = deck_with(&CARD.replace("technique: \"reframe\"", "technique: SimpleReflection"));
    assert!(one_problem(&bare).contains("write \"simple-reflection\", not `SimpleReflection`"));
    let main_again =
        deck_with(&CARD.replace("note: \"n\"", "note: \"n\", secondary: [\"reframe\"]"));
    assert!(one_problem(&main_again).contains("already the main technique"));
}

#[test]
fn numbers_ids_and_tags_are_checked() {
    let src = deck_with(CARD)
        .replace("version: 1", "version: 0")
        .replace("format: 1", "format: 0");
    let p = problems(&src);
    assert!(
        p[0].contains("`format` is 0; write `format: 2`") && p[1].contains("`version` is 0"),
        "{p:?}"
    );
    let tags = format!("[{}]", vec!["\"t\""; 21].join(","));
    let many = deck_with(&CARD.replace("note: \"n\"", &format!("note: \"n\", tags: {tags}")));
    assert!(one_problem(&many).contains("21 tags; the most is 20"));
    let twice = deck_with(&format!(
        "{CARD}, {}",
        CARD.replace("id: \"c\"", "id: \"x\", id: \"e\"")
    ));
    assert!(one_problem(&twice).contains("`id` is given twice in a card; the first is at line 1"));
    assert!(one_problem(&deck_with(&CARD.replace("\"c\"", "\"\""))).contains("`id` is empty"));
}

#[test]
fn a_wrong_deck_name_is_reported_and_reading_goes_on() {
    let p = problems(
        &deck_with(CARD)
            .replacen("Deck(", "Dekc(", 1)
            .replace("\"blaming\"", "\"blame\""),
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].starts_with("1:1: expected `Deck(` or `(` here, found `Dekc(`"));
    assert!(
        p[1].contains("unknown category \"blame\" in `category`; did you mean \"blaming\"?"),
        "{p:?}"
    );
}

#[test]
fn to_ron_writes_the_canonical_layout() {
    let mut deck = parse(&deck_with(CARD));
    deck.cards[0].statement = "She said \"stop\"\\\n\tthen\u{1}left".into();
    deck.cards[0].foil = Some(Foil {
        text: "t".into(),
        flaw: "f".into(),
    });
    let text = to_ron(&deck);
    assert!(
        text.starts_with("Deck(\n    format: 1,\n    id: \"d\",\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "\n            statement: \"She said \\\"stop\\\"\\\\\\n\\tthen\\u{1}left\",\n"
        ),
        "{text}"
    );
    assert!(text.contains("\n            secondary: [],\n"), "{text}");
    assert!(text.contains("            foil: Some(Foil(\n                text: \"t\",\n                flaw: \"f\",\n            )),\n"));
    assert!(text.ends_with("        ),\n    ],\n)\n"), "{text}");
    assert_eq!(parse(&text), deck);
}

#[test]
fn format_2_reads_levels_and_alternatives_and_format_1_reads_as_beginner() {
    let v2 = deck_with(&CARD.replace(
        "note: \"n\"",
        "note: \"n\", level: \"advanced\", alternatives: [Alternative(response: \"It's yours to decide.\", technique: \"autonomy\", note: \"Hands the choice back.\")]",
    ))
    .replace("format: 1", "format: 2");
    let deck = parse_deck(v2.as_bytes(), "v2.ron").expect("a format-2 deck parses");
    let card = &deck.cards[0];
    assert_eq!(card.level, Level::Advanced);
    assert_eq!(card.alternatives.len(), 1);
    assert_eq!(
        card.alternatives[0].technique,
        crate::mi::Technique::Autonomy
    );
    // The canonical writer keeps both, and reads back the same.
    assert_eq!(
        parse_deck(to_ron(&deck).as_bytes(), "again.ron").unwrap(),
        deck
    );
    // A format-1 deck: every card a beginner card, no alternatives.
    let v1 = parse_deck(deck_with(CARD).as_bytes(), "v1.ron").expect("format 1 still reads");
    assert_eq!(v1.cards[0].level, Level::Beginner);
    assert!(v1.cards[0].alternatives.is_empty());
}

#[test]
fn format_2_fields_in_a_format_1_deck_and_bad_levels_are_told() {
    let v1_with_level = deck_with(&CARD.replace("note: \"n\"", "note: \"n\", level: \"beginner\""));
    assert!(
        one_problem(&v1_with_level).contains("write `format: 2`"),
        "{:?}",
        problems(&v1_with_level)
    );
    let typo = deck_with(&CARD.replace("note: \"n\"", "note: \"n\", level: \"advnced\""))
        .replace("format: 1", "format: 2");
    assert!(one_problem(&typo).contains("did you mean \"advanced\""));
    let alt_missing = deck_with(&CARD.replace(
        "note: \"n\"",
        "note: \"n\", alternatives: [Alternative(response: \"r\", technique: \"autonomy\")]",
    ))
    .replace("format: 1", "format: 2");
    assert!(
        one_problem(&alt_missing).contains("has no `note`"),
        "{:?}",
        problems(&alt_missing)
    );
    let too_many = deck_with(&CARD.replace(
        "note: \"n\"",
        &format!(
            "note: \"n\", alternatives: [{}]",
            ["Alternative(response: \"r\", technique: \"autonomy\", note: \"n\")"; 6].join(",")
        ),
    ))
    .replace("format: 1", "format: 2");
    assert!(one_problem(&too_many).contains("the most is 5"));
}
