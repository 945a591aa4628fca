//! The command line as educators and shell prompts use it: exact output, exit codes, and
//! `status` working beside a running app.

mod cli_support;

use cli_support::{reframe, text};
use reframe_core::clock::{Clock, FakeClock};
use reframe_core::collection::Collection;
use std::path::Path;
use std::sync::Arc;

#[test]
fn sm2_prints_one_exact_line_per_grade() {
    let out = reframe(&["sm2", "3", "3", "5", "0"]);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout),
        "q=3 repetitions=1 interval_days=1 easiness=2.36\n\
         q=3 repetitions=2 interval_days=6 easiness=2.22\n\
         q=5 repetitions=3 interval_days=14 easiness=2.32\n\
         q=0 repetitions=0 interval_days=1 easiness=1.52\n"
    );
}

#[test]
fn sm2_refuses_a_grade_out_of_range() {
    let out = reframe(&["sm2", "4", "6"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("0 to 5"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn check_passes_the_bundled_decks_and_fails_a_broken_one_with_its_position() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut decks: Vec<String> = std::fs::read_dir(root.join("decks"))
        .expect("decks/")
        .map(|e| e.expect("entry").path().display().to_string())
        .filter(|p| p.ends_with(".ron"))
        .collect();
    decks.sort();
    let args: Vec<&str> = std::iter::once("check")
        .chain(decks.iter().map(String::as_str))
        .collect();
    let out = reframe(&args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), decks.len());

    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        "Deck(format: 1, id: \"d\", title: \"T\", author: \"A\", version: 1, language: \"en\",\n\
         cards: [Card(id: \"c\", statement: \"s\", response: \"r\", technique: \"lecture\",\n\
         category: \"minimizing\", note: \"n\")])",
    )
    .expect("written");
    let out = reframe(&["check", bad.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("bad.ron:2:"), "{err}");
    assert!(err.contains("unknown technique \"lecture\""), "{err}");
}

#[test]
fn status_counts_a_fresh_folder_without_creating_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("never-opened");
    let out = reframe(&[
        "status",
        "--short",
        "--data-dir",
        data.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "0 due · 10 new · 0 re-drill · streak 0\n"
    );
    assert!(!data.exists(), "status is read-only");
}

#[test]
fn status_works_while_the_app_holds_the_folder_and_sees_its_answers() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The real clock: the child process reads the system time.
    let now = chrono::Local::now().fixed_offset().to_rfc3339();
    let clock: Arc<dyn Clock> = Arc::new(FakeClock::at(&now));
    let mut app = Collection::open(dir.path(), clock).expect("opens");
    app.start_session();
    let first = app.current_card().expect("a new card");
    assert!(first.is_new);
    app.answer(reframe_core::sm2::Grade::new(5).expect("grade"), None, None)
        .expect("saved");
    let out = reframe(&["status", "--data-dir", dir.path().to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    // One of today's ten new cards is done; the streak counts today.
    assert!(shown.contains("total"), "{shown}");
    assert!(shown.contains("9 new"), "{shown}");
    assert!(shown.contains("Streak: 1 day"), "{shown}");
}

#[test]
fn code_prints_one_line_per_response_and_a_miti_summary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("transcript.txt");
    std::fs::write(
        &file,
        "You're in denial about how much you drink.\n\
         What does a good night out look like for you?\n\
         Part of you wants to quit, and part of you loves the routine.\n",
    )
    .expect("written");
    let out = reframe(&["code", "--summary", file.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    let lines: Vec<&str> = shown.lines().collect();
    assert!(lines[0].starts_with("confront"), "{shown}");
    assert!(lines[0].contains("in denial"), "{shown}");
    assert!(lines[1].starts_with("open-question"), "{shown}");
    assert!(lines[2].starts_with("complex-reflection"), "{shown}");
    assert!(shown.contains("R:Q"), "{shown}");
    assert!(shown.contains("%CR"), "{shown}");
}

/// `--statements`: a line of statement, tab, reply is coded in reply to the statement, as the
/// app codes it; a line without a tab is coded alone.
#[test]
fn code_statements_codes_each_reply_in_reply_to_the_client() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("replies.tsv");
    std::fs::write(
        &file,
        "I've seen three therapists already and nothing changed.\tThree therapists, and nothing changed.\n\
         Three therapists, and nothing changed.\n",
    )
    .expect("written");
    let out = reframe(&["code", "--statements", file.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines.len(), 2, "{shown}");
    assert!(lines[0].starts_with("simple-reflection"), "{shown}");
    assert!(!lines[0].contains("unsure"), "{shown}");
    assert!(lines[1].contains("unsure"), "{shown}");
}
