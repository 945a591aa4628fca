//! Unit tests of spreadsheet decks: what a CSV/TSV file means, where each problem is reported,
//! and that writing then reading gives the same deck.

use super::convert::{DeckFileKind, ImportOptions, deck_bytes, parse_deck_as};
use super::{Alternative, Card, Deck, Foil, Level, parse_deck};
use crate::mi::{Category, Technique};

const HEAD: &str = "#title: Court week\n#author: Riverside Clinic\n";

fn read(text: &str) -> Result<Deck, Vec<String>> {
    parse_deck_as(
        text.as_bytes(),
        "t.csv",
        DeckFileKind::Csv,
        &ImportOptions::default(),
    )
    .map_err(|d| d.iter().map(|d| d.to_string()).collect())
}

fn problems(text: &str) -> Vec<String> {
    match read(text) {
        Ok(deck) => panic!("should fail: {deck:?}"),
        Err(p) => p,
    }
}

fn sample() -> Deck {
    let card = |id: &str, statement: &str| Card {
        id: id.into(),
        statement: statement.into(),
        response: "You'd rather decide this yourself, \"on your terms\".".into(),
        technique: Technique::ComplexReflection,
        secondary: vec![Technique::Autonomy, Technique::Reframe],
        category: Category::Mandated,
        note: "Line one,\nline two; with \"quotes\"\tand a tab.".into(),
        foil: Some(Foil {
            text: "=You have to be here.".into(),
            flaw: "-- a reminder of force.".into(),
        }),
        tags: vec!["court".into(), "anger-2".into()],
        level: Level::Intermediate,
        alternatives: vec![Alternative {
            response: "@ your pace: it's your call.".into(),
            technique: Technique::Autonomy,
            note: "+ hands the choice back.".into(),
        }],
    };
    Deck {
        format: 2,
        id: "court-week".into(),
        title: "Court week, part 2".into(),
        description: "For intake.\nSecond line.".into(),
        author: "Riverside Clinic".into(),
        version: 3,
        language: "en-GB".into(),
        cards: vec![
            card("one", "My probation officer made me come. 😤"),
            Card {
                foil: None,
                alternatives: vec![],
                secondary: vec![],
                tags: vec![],
                ..card("two", "אני לא צריך את זה, באמת")
            },
        ],
    }
}

#[test]
fn csv_and_tsv_give_back_the_deck_they_were_written_from() {
    let deck = sample();
    for kind in [DeckFileKind::Csv, DeckFileKind::Tsv] {
        let bytes = deck_bytes(&deck, kind).expect("writes");
        let back = parse_deck_as(&bytes, "t", kind, &ImportOptions::default());
        assert_eq!(
            back,
            Ok(deck.clone()),
            "{}",
            String::from_utf8_lossy(&bytes)
        );
    }
    let csv =
        String::from_utf8(deck_bytes(&deck, DeckFileKind::Csv).expect("writes")).expect("utf-8");
    assert!(csv.starts_with("\"#title: Court week, part 2\"\n#author: Riverside Clinic\n"));
    // Formula cells are guarded so a spreadsheet shows them as text.
    assert!(
        csv.contains(",'=You have to be here.,'-- a reminder of force.,"),
        "{csv}"
    );
    assert!(csv.contains("'@ your pace"), "{csv}");
}

#[test]
fn a_minimal_sheet_with_crlf_and_a_bom_reads_with_ids_made_from_statements() {
    let text = format!(
        "\u{feff}{}Statement,Response,Technique,Category,Note,Tags\r\n\
         \"I'm fine, really.\",You feel fine.,simple-reflection,minimizing,Says it back.,a;b\r\n\
         I'm fine really!,\"Two\r\nlines\",reframe,minimizing,N,\r\n",
        HEAD.replace('\n', "\r\n")
    );
    let deck = read(&text).expect("reads");
    assert_eq!(
        (deck.id.as_str(), deck.version, deck.language.as_str()),
        ("court-week", 1, "en")
    );
    let ids: Vec<&str> = deck.cards.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["i-m-fine-really", "i-m-fine-really-2"]);
    assert_eq!(deck.cards[0].tags, ["a", "b"]);
    assert_eq!(deck.cards[1].response, "Two\r\nlines");
    assert_eq!(deck.cards[0].level, Level::Beginner);
}

#[test]
fn problems_name_row_and_column_in_the_words_of_reframe_check() {
    let text = format!(
        "{HEAD}id,statement,response,technique,category,note\n\
         a,S,R,simple-reflect,mandated,N\n\
         b,S,,reframe,denial,N\n\
         a,S,R,reframe,mandated,N\n"
    );
    let p = problems(&text);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(
        p[0].starts_with("t.csv:4:4: unknown technique \"simple-reflect\""),
        "{}",
        p[0]
    );
    assert!(p[0].contains("did you mean \"simple-reflection\"?"));
    assert!(p[1].starts_with("t.csv:5:3: `response` is empty; it needs text (the model response)"));
    assert!(
        p[2].starts_with("t.csv:5:5: unknown category \"denial\""),
        "{}",
        p[2]
    );
    assert!(
        p[3].starts_with("t.csv:6:1: card id `a` is used by two cards"),
        "{}",
        p[3]
    );
    assert!(
        p[3].ends_with("the first is at row 4, column 1"),
        "{}",
        p[3]
    );
}

#[test]
fn header_problems_come_first_and_alone() {
    let p = problems(&format!(
        "{HEAD}statment,response,response,technique,category,hint\nx\n"
    ));
    let has = |start: &str, words: &str| {
        assert!(
            p.iter().any(|m| m.starts_with(start) && m.contains(words)),
            "{start} {words}: {p:#?}"
        )
    };
    assert_eq!(p.len(), 5, "{p:#?}");
    has(
        "t.csv:3:1: unknown column `statment`",
        "did you mean `statement`?",
    );
    has(
        "t.csv:3:3: `response` is given twice",
        "the first is at column 2",
    );
    has(
        "t.csv:3:6: unknown column `hint`",
        "the columns are: id, statement",
    );
    has("t.csv:3:1: the header row has no `statement` column", "");
    has(
        "t.csv:3:1: the header row has no `note` column",
        "(why the response works)",
    );
}

#[test]
fn ragged_rows_missing_metadata_and_quotes() {
    let head = "statement,response,technique,category,note\n";
    let p = problems(&format!("{HEAD}{head}S,R,reframe,blaming,N,extra\n"));
    assert!(
        p[0].starts_with("t.csv:4:6: this row has a cell in column 6"),
        "{p:?}"
    );
    // A short row is a row with empty cells.
    let p = problems(&format!("{HEAD}{head}S,R,reframe\n"));
    assert!(p[0].contains("`category` is empty"), "{p:?}");
    let p = problems(&format!("#author: A\n{head}S,R,reframe,blaming,N\n"));
    assert_eq!(
        p,
        [
            "t.csv: the file has no `#title:` line (the name learners see); write it above the header row"
        ]
    );
    let p = problems(&format!("{HEAD}{head}S,\"R,reframe,blaming,N\n"));
    assert!(
        p[0].starts_with("t.csv:4:2:") && p[0].contains("never closed"),
        "{p:?}"
    );
    assert!(problems("")[0].contains("the file is empty"));
    assert!(problems(&format!("{HEAD}{head}"))[0].contains("no cards under the header row"));
}

#[test]
fn separators_are_guessed_or_declared() {
    let rows = "statement;response;technique;category;note\nS, more;R;reframe;blaming;N\n";
    let deck = read(&format!("{HEAD}{rows}")).expect("semicolons guessed");
    assert_eq!(deck.cards[0].statement, "S, more");
    let piped = format!("#separator:pipe\n{HEAD}{}", rows.replace(';', "|"));
    assert_eq!(
        read(&piped).expect("declared").cards[0].statement,
        "S, more"
    );
    let tsv = format!("{HEAD}{}", rows.replace(';', "\t"));
    let deck = parse_deck_as(
        tsv.as_bytes(),
        "t.tsv",
        DeckFileKind::Tsv,
        &ImportOptions::default(),
    );
    assert_eq!(deck.map(|d| d.cards.len()), Ok(1));
}

#[test]
fn the_written_csv_of_a_ron_deck_reads_as_that_deck() {
    let ron = super::to_ron(&sample());
    let deck = parse_deck(ron.as_bytes(), "t.ron").expect("ron reads");
    let csv = deck_bytes(&deck, DeckFileKind::Csv).expect("writes");
    let back = parse_deck_as(&csv, "t.csv", DeckFileKind::Csv, &ImportOptions::default());
    assert_eq!(back.map(|d| super::to_ron(&d)), Ok(ron));
}
