//! Hostile and broken spreadsheet and Anki files: each gets a clear problem at its row and
//! column, or imports correctly; none panics or runs away with time or memory. Small files
//! live in tests/hostile/sheets/; the huge ones (60 MB, a 10 MB cell, 100,000 rows) are built
//! here.

use reframe_core::deck::convert::{DeckFileKind, deck_bytes, parse_deck_as};
use reframe_core::deck::{Deck, Diagnostic, ImportOptions, MAX_FILE_BYTES, read_deck_any};
use reframe_core::mi::{Category, Technique};
use std::path::{Path, PathBuf};

fn corpus(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/hostile/sheets")
        .join(file)
}

fn anki_options() -> ImportOptions {
    ImportOptions {
        technique: Some(Technique::SimpleReflection),
        category: Some(Category::Mandated),
    }
}

/// Reads CSV text as a file named `name` would be read.
fn read_csv(text: &str, name: &str) -> Result<Deck, Vec<Diagnostic>> {
    parse_deck_as(
        text.as_bytes(),
        name,
        DeckFileKind::Csv,
        &ImportOptions::default(),
    )
}

fn load(file: &str) -> Result<Deck, Vec<Diagnostic>> {
    read_deck_any(&corpus(file), &anki_options())
}

/// One expected problem: its (row, column), or `None` for the whole file, and words in it.
type Expected<'a> = (Option<(usize, usize)>, &'a [&'a str]);

/// `file` fails with exactly these problems.
fn expect(file: &str, expected: &[Expected]) {
    let problems = match load(file) {
        Ok(deck) => panic!("{file} should fail, but read {} cards", deck.cards.len()),
        Err(d) => d,
    };
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems.len(),
        expected.len(),
        "{file}:\n{}",
        shown.join("\n")
    );
    for ((d, line), (position, words)) in problems.iter().zip(&shown).zip(expected) {
        assert_eq!(d.position, *position, "{line}");
        let prefix = match position {
            Some((r, c)) => format!("{}:{r}:{c}: ", corpus(file).display()),
            None => format!("{}: ", corpus(file).display()),
        };
        assert!(line.starts_with(&prefix), "{line}");
        for w in *words {
            assert!(d.message.contains(w), "expected {w:?} in: {line}");
        }
    }
}

#[test]
fn quoting_mistakes_point_at_the_cell() {
    expect(
        "unbalanced-quotes.csv",
        &[(Some((4, 1)), &["opens a double quote that is never closed"])],
    );
    expect(
        "quote-in-unquoted.csv",
        &[(
            Some((4, 1)),
            &[
                "a double quote inside a cell that does not start with one",
                "\"\"no\"\"",
            ],
        )],
    );
    expect("anki-unbalanced.txt", &[(Some((3, 1)), &["never closed"])]);
}

#[test]
fn rows_and_headers_that_do_not_fit_are_named() {
    expect(
        "ragged-rows.csv",
        &[
            (
                Some((4, 6)),
                &["a cell in column 6", "names 5 columns", "double quotes"],
            ),
            (Some((5, 3)), &["`technique` is empty"]),
            (Some((5, 4)), &["`category` is empty"]),
            (Some((5, 5)), &["`note` is empty", "why the response works"]),
        ],
    );
    expect(
        "unknown-columns.csv",
        &[
            (
                Some((3, 6)),
                &[
                    "unknown column `difficulty`",
                    "the columns are: id, statement",
                ],
            ),
            (
                Some((3, 7)),
                &["unknown column `statment`", "did you mean `statement`?"],
            ),
        ],
    );
    expect(
        "duplicate-headers.csv",
        &[(
            Some((3, 6)),
            &["`response` is given twice in the header row", "column 2"],
        )],
    );
}

#[test]
fn empty_files_and_files_without_cards_say_what_a_deck_needs() {
    expect("empty.csv", &[(None, &["the file is empty", "header row"])]);
    expect(
        "header-only.csv",
        &[(Some((3, 1)), &["no cards under the header row"])],
    );
    expect(
        "anki-empty-front.txt",
        &[(Some((3, 1)), &["`statement` is empty"])],
    );
    expect(
        "anki-bad-separator.txt",
        &[(Some((1, 1)), &["unknown separator `wavy`", "tab, comma"])],
    );
}

#[test]
fn bytes_that_are_not_clean_text_are_refused_where_they_are() {
    expect(
        "bom-in-middle.csv",
        &[(Some((5, 1)), &["byte order mark", "two files were joined"])],
    );
    expect("nul-bytes.tsv", &[(Some((4, 2)), &["binary data", "0x00"])]);
    expect(
        "latin1.csv",
        &[(Some((4, 1)), &["not UTF-8", "0xE9", "CSV UTF-8"])],
    );
}

#[test]
fn formula_cells_import_as_text_and_export_guarded() {
    let deck = load("formula-cells.csv").expect("formula cells are only text to Reframe");
    let c = &deck.cards[0];
    assert_eq!(
        c.statement,
        "=HYPERLINK(\"http://example.invalid\";\"click\")"
    );
    assert_eq!(
        (c.response.as_str(), c.note.as_str()),
        ("+1 for trying", "-- keeps trying")
    );
    assert_eq!(deck.cards[1].response, "tab first");
    let csv =
        String::from_utf8(deck_bytes(&deck, DeckFileKind::Csv).expect("writes")).expect("utf-8");
    for cell in [
        "\"'=HYPERLINK(",
        ",'+1 for trying,",
        ",'-- keeps trying",
        "'@SUM(A1:A9)",
    ] {
        assert!(csv.contains(cell), "{cell} in\n{csv}");
    }
    let back = read_csv(&csv, "back.csv");
    assert_eq!(back, Ok(deck));
}

#[test]
fn anki_columns_can_come_in_any_order() {
    let deck = load("anki-columns.txt").expect("reads");
    assert_eq!(deck.cards[0].statement, "I never asked for this.");
    assert_eq!(deck.cards[0].response, "You feel pushed.");
}

const HEAD: &str = "#title: Big\n#author: Tests\nstatement,response,technique,category,note\n";

/// `rows` valid rows with the same statement (so every id is made from one stem) and a
/// note of `note_len` characters.
fn big_sheet(rows: usize, note_len: usize) -> String {
    let note = "n".repeat(note_len);
    let mut s = String::with_capacity(HEAD.len() + rows * (note_len + 120));
    s.push_str(HEAD);
    for _ in 0..rows {
        s.push_str("Nothing I try ever works for more than a week or two.,You keep trying.,affirmation,pessimism,");
        s.push_str(&note);
        s.push('\n');
    }
    s
}

#[test]
fn a_60_mb_sheet_of_100000_rows_reads_with_unique_ids() {
    let text = big_sheet(100_000, 520);
    assert!(
        text.len() > 60_000_000 && (text.len() as u64) < MAX_FILE_BYTES,
        "{}",
        text.len()
    );
    let deck = read_csv(&text, "big.csv").expect("a big valid sheet reads");
    assert_eq!(deck.cards.len(), 100_000);
    assert_eq!(deck.cards[0].id, "nothing-i-try-ever-works-for-more-than-a");
    assert_eq!(
        deck.cards[99_999].id,
        "nothing-i-try-ever-works-for-more-than-a-100000"
    );
    // The same sheet with its last row broken: the one problem is found at its row.
    let broken = format!("{}x,y,affirmation,pessimism,\n", text);
    let d = read_csv(&broken, "big.csv").unwrap_err();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].position, Some((100_004, 5)));
    // Over 64 MiB is refused before reading.
    let dir = tempfile::tempdir().expect("temp dir");
    let huge = dir.path().join("huge.csv");
    std::fs::File::create(&huge)
        .and_then(|f| f.set_len(MAX_FILE_BYTES + 1))
        .expect("sparse file");
    let d = read_deck_any(&huge, &ImportOptions::default()).unwrap_err();
    assert!(d[0].message.contains("at most 64 MiB"), "{}", d[0]);
}

#[test]
fn a_10_mb_cell_is_refused_without_being_kept() {
    let text = format!("{HEAD}\"{}\",R,reframe,blaming,N\n", "a".repeat(10_000_000));
    let d = read_csv(&text, "cell.csv").unwrap_err();
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].position, Some((4, 1)));
    assert!(
        d[0].message
            .contains("the cell holds 9765 KiB; a cell may hold at most 64 KiB"),
        "{}",
        d[0]
    );
    let anki = format!("{}\tback\n", "a".repeat(10_000_000));
    let d = parse_deck_as(
        anki.as_bytes(),
        "cell.txt",
        DeckFileKind::AnkiText,
        &anki_options(),
    )
    .unwrap_err();
    assert!(
        d[0].message.contains("10000000 characters long"),
        "{}",
        d[0]
    );
}

#[test]
fn thousands_of_bad_rows_stop_at_500_problems() {
    let mut text = HEAD.to_string();
    for _ in 0..5_000 {
        text.push_str("S,R,nope,blaming,N\n");
    }
    let d = read_csv(&text, "many.csv").unwrap_err();
    assert_eq!(d.len(), 501);
    assert!(
        d[500].message.contains("stopped after 500 problems"),
        "{}",
        d[500]
    );
}
