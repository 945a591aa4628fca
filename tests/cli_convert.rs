//! `reframe convert`, `import` and `export` through the real binary, as an educator's script
//! runs them: exit codes, `file:row:column` problems on stderr, nothing written on failure.

mod cli_support;

use cli_support::{reframe, text};
use reframe_core::deck::{Deck, ImportOptions, NEEDS_REVIEW, bundled, read_deck_any};
use std::path::{Path, PathBuf};
use std::process::Output;

/// A sheet with an empty response and a misspelt technique on its fourth row.
const BAD_SHEET: &str = "#title: T\n#author: A\nstatement,response,technique,category,note\n\
         I'm fine.,,simple-reflect,mandated,N\n";

/// Anki's "Notes in Plain Text" export of two notes, with HTML and a tags column.
const ANKI_EXPORT: &str = "#separator:tab\n#html:true\n#tags column:3\n\
         I only came because the judge said so.\tYou're here because you had to be.\tcourt\n\
         \"He says &quot;cut down&quot;,<br>I say it's fine.\"\tYou see it differently from him.\t\n";

fn template() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/template-deck.csv")
}

fn read(path: &Path) -> Deck {
    read_deck_any(path, &ImportOptions::default()).expect("the written deck reads")
}

/// Writes `text` to `dir/name` and gives its path.
fn file(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn the_template_csv_converts_to_ron_tsv_and_back_unchanged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ron = dir.path().join("intake.ron");
    let tsv = dir.path().join("intake.tsv");
    let csv = dir.path().join("again.csv");
    let out = reframe(&["convert", path_str(&template()), path_str(&ron)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("deck \"intake-week-template\" v1, 3 cards"),
        "{}",
        text(&out.stdout)
    );
    let check = reframe(&["check", path_str(&ron)]);
    assert!(check.status.success(), "{}", text(&check.stderr));
    for (from, to) in [(&ron, &tsv), (&tsv, &csv)] {
        let out = reframe(&["convert", path_str(from), path_str(to)]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let original = read(&template());
    assert_eq!(read(&ron), original);
    assert_eq!(read(&tsv), original);
    assert_eq!(read(&csv), original);
    assert_eq!(original.cards[1].alternatives.len(), 1);
}

#[test]
fn a_broken_sheet_is_reported_by_row_and_column_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = file(dir.path(), "bad.csv", BAD_SHEET);
    let out_path = file(dir.path(), "out.ron", "the old file");
    let out = reframe(&["convert", path_str(&bad), path_str(&out_path)]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let shown = path_str(&bad);
    assert!(
        err.contains(&format!("{shown}:4:2: `response` is empty")),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{shown}:4:3: unknown technique \"simple-reflect\""
        )),
        "{err}"
    );
    assert!(err.contains("did you mean \"simple-reflection\"?"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&out_path).expect("read"),
        "the old file"
    );
}

#[test]
fn an_anki_export_needs_a_technique_and_category_and_comes_out_marked_for_review() {
    let dir = tempfile::tempdir().expect("temp dir");
    let anki = file(dir.path(), "Court week.txt", ANKI_EXPORT);
    let csv = dir.path().join("court.csv");
    let out = reframe(&["convert", path_str(&anki), path_str(&csv)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("--technique ID and --category ID"));
    assert!(!csv.exists());
    let out = reframe(&[
        "convert",
        path_str(&anki),
        path_str(&csv),
        "--technique",
        "simple-reflect",
        "--category",
        "mandated",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("did you mean \"simple-reflection\"?"));
    let out = reframe(&[
        "convert",
        path_str(&anki),
        path_str(&csv),
        "--technique",
        "simple-reflection",
        "--category",
        "mandated",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let deck = read(&csv);
    assert_eq!(deck.title, "Court week");
    assert_eq!(deck.cards.len(), 2);
    assert_eq!(
        deck.cards[1].statement,
        "He says \"cut down\",\nI say it's fine."
    );
    assert!(
        deck.cards
            .iter()
            .all(|c| c.tags.contains(&NEEDS_REVIEW.to_string()))
    );
    assert_eq!(deck.cards[0].tags, ["court", NEEDS_REVIEW]);
}

fn deck_csv(version: u32, second: &str) -> String {
    format!(
        "#title: Court week\n#author: Tests\n#version: {version}\n#id: court-week\n\
         id,statement,response,technique,category,note\n\
         one,I only came because the judge said so.,You had to be here.,simple-reflection,mandated,Says it back.\n\
         two,{second},It feels pointless to you.,simple-reflection,discounting,Says it back.\n"
    )
}

#[test]
fn import_installs_updates_and_leaves_everything_alone_on_a_broken_file() {
    let data = tempfile::tempdir().expect("temp dir");
    let files = tempfile::tempdir().expect("temp dir");
    let dir = path_str(data.path());
    // Writes a deck file and runs `reframe --data-dir DATA import` on it.
    let import = |name: &str, text: String| -> Output {
        let path = file(files.path(), name, text);
        reframe(&["--data-dir", dir, "import", path_str(&path)])
    };
    let out = import("court-v1.csv", deck_csv(1, "This is a waste of time."));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Installed \"Court week\" (version 1, 2 cards)."));
    let installed = data.path().join("decks/court-week.ron");
    let before = std::fs::read(&installed).expect("the deck is in the data folder as RON");

    let out = import(
        "court-v2.csv",
        deck_csv(2, "").replace("discounting", "discount"),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains(":7:2: `statement` is empty"), "{err}");
    assert!(err.contains(":7:5: unknown category \"discount\""), "{err}");
    assert!(err.contains("nothing was changed"), "{err}");
    assert_eq!(std::fs::read(&installed).expect("still there"), before);

    let out = import(
        "court-v2.csv",
        deck_csv(2, "\"Honestly, this is a waste of my time.\""),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.contains(
            "from version 1 to 2: 0 card(s) added, 1 changed, 0 retired. Your progress was kept."
        ),
        "{said}"
    );

    // Export gives back what was imported.
    let back = files.path().join("back.tsv");
    let out = reframe(&["--data-dir", dir, "export", "court-week", path_str(&back)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(read(&back), read(&files.path().join("court-v2.csv")));
}

#[test]
fn export_writes_a_bundled_deck_that_reads_back_the_same() {
    let data = tempfile::tempdir().expect("temp dir");
    let dir = path_str(data.path());
    let first = bundled()[0].parse().expect("bundled deck parses");
    for ext in ["csv", "tsv", "ron"] {
        let out_path = data.path().join(format!("out.{ext}"));
        let out = reframe(&["--data-dir", dir, "export", &first.id, path_str(&out_path)]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(read(&out_path), first, "{ext}");
    }
    let out = reframe(&["--data-dir", dir, "export", "no-such-deck", "x.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("there is no deck `no-such-deck`; the decks are:"));
    let out = reframe(&["--data-dir", dir, "export", &first.id, "x.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("does not write them"));
}
