//! Hostile and broken deck files: each gets the message a deck author would need, at the
//! exact line and column, and none makes the program panic or run away with memory.
//! The files live in tests/hostile/; the huge ones are built here instead of committed.

use reframe_core::deck::{
    Card, Deck, Diagnostic, MAX_FILE_BYTES, bundled, check_files, load_deck_file, parse_deck,
    to_ron,
};
use reframe_core::mi::{Category, Technique};
use std::path::{Path, PathBuf};

fn corpus(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/hostile")
        .join(file)
}

/// Loads `file` and checks it fails with exactly these problems: (line, column, words).
fn expect(file: &str, expected: &[(usize, usize, &[&str])]) {
    let path = corpus(file);
    let diagnostics = match load_deck_file(&path) {
        Ok(deck) => panic!("{file} should fail, but loaded deck {:?}", deck.id),
        Err(d) => d,
    };
    assert_messages(&path.display().to_string(), &diagnostics, expected);
}

fn assert_messages(path: &str, diagnostics: &[Diagnostic], expected: &[(usize, usize, &[&str])]) {
    let shown: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        diagnostics.len(),
        expected.len(),
        "{path}:\n{}",
        shown.join("\n")
    );
    for ((d, line), &(l, c, words)) in diagnostics.iter().zip(&shown).zip(expected) {
        assert_eq!(d.position, Some((l, c)), "{line}");
        assert!(line.starts_with(&format!("{path}:{l}:{c}: ")), "{line}");
        for w in words {
            assert!(d.message.contains(w), "expected {w:?} in: {line}");
        }
    }
}

#[test]
fn the_base_of_the_corpus_is_a_valid_deck() {
    let deck = load_deck_file(&corpus("ok-two-cards.ron")).expect("ok-two-cards.ron is valid");
    assert_eq!(
        (deck.id.as_str(), deck.version, deck.cards.len()),
        ("sample", 2, 2)
    );
    assert_eq!(
        deck.cards[1].response,
        "Compared with them, it seems \"normal\" to you."
    );
}

#[test]
fn syntax_errors_point_at_the_spot() {
    expect(
        "syntax-missing-comma.ron",
        &[(
            14,
            13,
            &["expected `,` or `)`", "`response`", "comma missing"],
        )],
    );
    expect(
        "unterminated-string.ron",
        &[(18, 19, &["closing `\"` missing", "line 20, column 24"])],
    );
    expect(
        "unterminated-comment.ron",
        &[(10, 5, &["`/*`", "never closed"])],
    );
    expect(
        "unclosed-deck.ron",
        &[(
            34,
            1,
            &["file ends", "`Deck(`", "line 2, column 1", "`)` is missing"],
        )],
    );
    expect(
        "trailing-garbage.ron",
        &[(35, 1, &["after the end of the deck"])],
    );
    expect("single-quotes.ron", &[(26, 17, &["double quotes"])]);
    expect("bad-escape.ron", &[(18, 45, &["unknown escape `\\q`"])]);
    expect("empty.ron", &[(3, 1, &["only comments", "Deck("])]);
}

#[test]
fn missing_and_unknown_fields_are_named() {
    expect(
        "missing-field.ron",
        &[
            (2, 1, &["deck has no `author`"]),
            (
                10,
                9,
                &[
                    "card `sent-by-court` has no `note`",
                    "why the response works",
                ],
            ),
        ],
    );
    expect(
        "unknown-field.ron",
        &[
            (
                24,
                13,
                &[
                    "unknown field `hint` in a card",
                    "the fields are: id, statement",
                ],
            ),
            (
                25,
                13,
                &["unknown field `statment`", "did you mean `statement`?"],
            ),
        ],
    );
}

#[test]
fn wrong_types_say_what_was_expected_and_found() {
    expect(
        "wrong-types.ron",
        &[
            (
                8,
                14,
                &[
                    "`version` should be a whole number, found text \"2\"",
                    "without quotes",
                ],
            ),
            (19, 24, &["expected `Foil(`", "found `Fool(`"]),
            (23, 19, &["`tags` should be a list", "found text \"court\""]),
            (
                29,
                24,
                &[
                    "`technique` should be a technique id",
                    "found the number 3",
                    "simple-reflection",
                ],
            ),
        ],
    );
}

#[test]
fn content_rules_are_all_reported() {
    expect(
        "duplicate-ids.ron",
        &[(
            26,
            17,
            &[
                "`sent-by-court` is used by two cards",
                "first is at line 12, column 17",
            ],
        )],
    );
    expect(
        "empty-text.ron",
        &[
            (5, 12, &["`title` is empty"]),
            (14, 23, &["`response` is empty"]),
        ],
    );
    expect(
        "overlong-text.ron",
        &[(
            27,
            24,
            &["`statement` is 636 characters long", "most is 600"],
        )],
    );
    expect(
        "no-cards.ron",
        &[(10, 12, &["`cards` is empty", "at least one"])],
    );
    expect(
        "wrong-struct-name.ron",
        &[(11, 9, &["expected `Card(`", "found `Crad(`"])],
    );
    expect(
        "unknown-technique.ron",
        &[
            (
                15,
                24,
                &[
                    "unknown technique \"simple-reflect\"",
                    "did you mean \"simple-reflection\"?",
                    "asking-permission",
                ],
            ),
            (
                16,
                58,
                &["\"autonomy\" twice", "first is at line 16, column 25"],
            ),
            (
                30,
                23,
                &[
                    "unknown category \"denial\"",
                    "the categories are: discounting",
                ],
            ),
        ],
    );
    expect(
        "bad-ids-and-tags.ron",
        &[
            (4, 9, &["deck id `Sample Deck`", "' '", "lowercase"]),
            (9, 15, &["language tag", "\"English\""]),
            (23, 29, &["tag `Probation!`", "'!'"]),
        ],
    );
}

#[test]
fn a_newer_format_is_the_one_thing_said() {
    // The file also has a field format 2 does not know; that is not worth mentioning.
    expect(
        "future-format.ron",
        &[(
            3,
            13,
            &[
                "made for a newer Reframe (format 3)",
                "reads format 2",
                "update Reframe",
            ],
        )],
    );
}

#[test]
fn bytes_that_are_not_text_are_refused_with_a_position() {
    expect(
        "not-utf8.ron",
        &[(5, 28, &["not UTF-8", "0xE9", "save the file as UTF-8"])],
    );
    expect(
        "binary-junk.png",
        &[(3, 115, &["not a deck file", "binary"])],
    );
    let nul = parse_deck(b"Deck(\n  id: \"a\0\"", "nul.ron").unwrap_err();
    assert_messages("nul.ron", &nul, &[(2, 9, &["binary"])]);
}

#[test]
fn deep_nesting_stops_at_32_levels() {
    for opener in ["[", "(", "Some(", "([", "(x: "] {
        let src = format!("Deck(cards: {}", opener.repeat(100_000));
        let diagnostics = parse_deck(src.as_bytes(), "deep.ron").unwrap_err();
        assert_eq!(diagnostics.len(), 1, "{opener}: {diagnostics:?}");
        assert!(
            diagnostics[0].message.contains("more than 32 levels"),
            "{}",
            diagnostics[0]
        );
    }
    let src = format!("Deck(cards: {}", "[".repeat(100_000));
    let d = parse_deck(src.as_bytes(), "deep.ron").unwrap_err();
    // `Deck(` is level 1, so the 32nd `[` is level 33: column 12 + 32.
    assert_messages("deep.ron", &d, &[(1, 44, &["nested more than 32 levels"])]);
}

fn synthetic_deck(cards: usize) -> Deck {
    let cards = (0..cards)
        .map(|i| Card {
            id: format!("card-{i}"),
            statement: format!("Nothing I try ever works for more than a week or two, number {i}."),
            response:
                "You have kept trying even though it keeps slipping, and that takes something."
                    .into(),
            technique: Technique::ALL[i % Technique::ALL.len()],
            secondary: vec![],
            category: Category::ALL[i % Category::ALL.len()],
            note: "Affirms the effort instead of arguing with the hopelessness.".into(),
            foil: None,
            tags: vec!["effort".into()],
            level: Default::default(),
            alternatives: Vec::new(),
        })
        .collect();
    Deck {
        format: 1,
        id: "synthetic".into(),
        title: "Synthetic".into(),
        description: String::new(),
        author: "tests".into(),
        version: 1,
        language: "en".into(),
        cards,
    }
}

#[test]
fn a_deck_of_tens_of_megabytes_is_read_and_its_last_problem_found() {
    let deck = synthetic_deck(50_000);
    let text = to_ron(&deck);
    assert!(text.len() > 20_000_000, "{} bytes", text.len());
    assert_eq!(parse_deck(text.as_bytes(), "big.ron"), Ok(deck));
    // Break the very last card: its id repeats the first one.
    let broken = text.replacen("id: \"card-49999\"", "id: \"card-0\"", 1);
    let at = broken.rfind("id: \"card-0\"").expect("the broken id");
    let last_line = broken[..at].matches('\n').count() + 1;
    let d = parse_deck(broken.as_bytes(), "big.ron").unwrap_err();
    assert_messages(
        "big.ron",
        &d,
        &[(
            last_line,
            17,
            &["`card-0` is used by two cards", "first is at line 11"],
        )],
    );
}

#[test]
fn one_huge_line_and_many_problems_stay_bounded() {
    // A 20 MB statement on one line: reported with its length, not a crash.
    let huge = format!(
        "Deck(cards: [Card(statement: \"{}\")])",
        "a".repeat(20_000_000)
    );
    let d = parse_deck(huge.as_bytes(), "line.ron").unwrap_err();
    assert!(
        d.iter()
            .any(|d| d.message.contains("20000000 characters long")),
        "{d:?}"
    );
    // Thousands of bad cards on one line: reading stops after 500 problems and says so.
    let card = "Card(id: \"x\", statement: \"s\", response: \"r\", technique: \"nope\", category: \"blaming\", note: \"n\"),";
    let many = format!("Deck(format: 1, cards: [{}])", card.repeat(5_000));
    let d = parse_deck(many.as_bytes(), "many.ron").unwrap_err();
    assert_eq!(d.len(), 501);
    assert!(
        d[500].message.contains("stopped after 500 problems"),
        "{}",
        d[500]
    );
    assert_eq!(d[500].position, None);
}

#[test]
fn more_than_200000_cards_is_one_clear_problem() {
    let mut src = String::from(
        "Deck(format: 1, id: \"d\", title: \"T\", author: \"A\", version: 1, language: \"en\",\ncards: [\n",
    );
    for i in 0..200_001 {
        src.push_str(&format!(
            "(id: \"c{i}\", statement: \"s\", response: \"r\", technique: \"reframe\", category: \"blaming\", note: \"n\"),\n"
        ));
    }
    src.push_str("])\n");
    let d = parse_deck(src.as_bytes(), "many.ron").unwrap_err();
    assert_messages(
        "many.ron",
        &d,
        &[(2, 8, &["200001 cards", "the most is 200000", "split it"])],
    );
}

#[test]
fn files_over_64_mib_are_refused_before_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    // A sparse file: 65 MiB long on paper, nothing written, so only the size check can catch it.
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(MAX_FILE_BYTES + 1024 * 1024).expect("set_len");
    let d = load_deck_file(&path).unwrap_err();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].position, None);
    assert!(
        d[0].message.contains("65.0 MiB") && d[0].message.contains("at most 64 MiB"),
        "{}",
        d[0]
    );
    let bytes = vec![b' '; MAX_FILE_BYTES as usize + 1];
    let d = parse_deck(&bytes, "big.ron").unwrap_err();
    assert!(d[0].message.contains("at most 64 MiB"), "{}", d[0]);
}

#[test]
fn unreadable_paths_become_diagnostics() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("nope.ron");
    let d = load_deck_file(&missing).unwrap_err();
    assert!(d[0].message.contains("does not exist"), "{}", d[0]);
    let d = load_deck_file(dir.path()).unwrap_err();
    assert!(d[0].message.contains("folder"), "{}", d[0]);
}

#[test]
fn check_files_reports_each_file() {
    let results = check_files(&[corpus("ok-two-cards.ron"), corpus("duplicate-ids.ron")]);
    assert!(results[0].is_ok() && !results[1].is_ok());
    let ok = results[0].to_string();
    assert!(
        ok.ends_with("ok-two-cards.ron: ok — deck \"sample\" v2, 2 cards"),
        "{ok}"
    );
    assert!(
        results[1]
            .to_string()
            .contains("duplicate-ids.ron:26:17: card id"),
        "{}",
        results[1]
    );
}

#[test]
fn every_bundled_deck_parses() {
    let names: Vec<&str> = bundled().iter().map(|b| b.file_name).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(names, sorted, "bundled decks are sorted by file name");
    for deck in bundled() {
        assert!(deck.file_name.ends_with(".ron"), "{}", deck.file_name);
        if let Err(d) = deck.parse() {
            let shown: Vec<String> = d.iter().map(|d| d.to_string()).collect();
            panic!(
                "bundled deck {} does not parse:\n{}",
                deck.file_name,
                shown.join("\n")
            );
        }
    }
}

#[test]
fn format_2_mistakes_are_each_told_where_they_are() {
    let all: [(usize, usize, &[&str]); 7] = [
        (
            11,
            20,
            &[
                "unknown level \"expert\"",
                "beginner, intermediate, advanced",
            ],
        ),
        (26, 39, &["`response` is empty", "another good answer"]),
        (27, 84, &["did you mean \"autonomy\""]),
        (28, 17, &["the alternative has no `note`"]),
        (29, 119, &["unknown field `colour` in an alternative"]),
        (39, 27, &["6 alternatives; the most is 5"]),
        (55, 13, &["the same word for word"]),
    ];
    expect("format2-mistakes.ron", &all);
    // The same cards in a format-1 deck also say why `level` and `alternatives` are not read.
    let mut v1 = all.to_vec();
    v1.insert(1, (11, 20, &["format 2: write `format: 2`"]));
    expect("format1-with-levels.ron", &v1);
}
