//! What a learner sees when the data folder was damaged, is from a newer Reframe, or is in use.

#[path = "store_support/mod.rs"]
mod support;

use reframe_core::store::OpenError;
use std::fs;
use support::*;

const T0: &str = "2026-03-01T09:00:00+01:00";

/// Answers `n` cards and closes, leaving a log (and snapshot) behind.
fn studied(dir: &std::path::Path, n: usize) -> Vec<String> {
    let (_fc, clock) = clock(T0);
    let mut c = open(dir, &clock, vec![deck_n("d", 20)]);
    c.start_session();
    let answered = (0..n).map(|_| answer(&mut c, 5)).collect();
    c.close().unwrap();
    answered
}

fn reopen(dir: &std::path::Path) -> reframe_core::collection::Collection {
    let (_fc, clock) = clock(T0);
    open(dir, &clock, vec![deck_n("d", 20)])
}

fn kept_aside(dir: &std::path::Path) -> Vec<String> {
    fs::read_dir(dir.join("kept-aside"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn progress_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let cards = studied(dir.path(), 4);
    let c = reopen(dir.path());
    assert!(c.notices().is_empty(), "{:?}", c.notices());
    for card in cards {
        let p = c.progress_state().get("d", &card).unwrap();
        assert_eq!(p.sm2.unwrap().repetitions, 1);
    }
    assert_eq!(c.today().studied_today, 4);
}

#[test]
fn a_torn_last_line_is_dropped_kept_aside_and_the_rest_loads() {
    let dir = tempfile::tempdir().unwrap();
    studied(dir.path(), 3);
    fs::remove_file(own_snapshot(dir.path())).unwrap();
    let log = own_log(dir.path());
    let mut bytes = fs::read(&log).unwrap();
    bytes.extend_from_slice(b"Review(v:1,seq:4,deck:\"d\",ca");
    fs::write(&log, &bytes).unwrap();

    let c = reopen(dir.path());
    assert_eq!(c.today().studied_today, 3);
    assert_eq!(c.notices().len(), 1);
    assert!(c.notices()[0].text.contains("cut off"));
    let kept = c.notices()[0].kept_at.clone().unwrap();
    assert_eq!(fs::read(kept).unwrap(), b"Review(v:1,seq:4,deck:\"d\",ca");
    assert!(fs::read_to_string(&log).unwrap().ends_with(")\n"));
}

#[test]
fn a_corrupt_middle_line_is_left_out_the_original_kept_and_the_user_told() {
    let dir = tempfile::tempdir().unwrap();
    studied(dir.path(), 4);
    fs::remove_file(own_snapshot(dir.path())).unwrap();
    let log = own_log(dir.path());
    let original = fs::read_to_string(&log).unwrap();
    let mut lines: Vec<&str> = original.lines().collect();
    lines[1] = "Review(v:1,seq:2,this is not a record";
    fs::write(&log, lines.join("\n") + "\n").unwrap();

    let c = reopen(dir.path());
    assert_eq!(c.today().studied_today, 3);
    assert_eq!(c.notices().len(), 1, "{:?}", c.notices());
    assert!(c.notices()[0].text.contains("line 2"));
    let kept = c.notices()[0].kept_at.clone().unwrap();
    assert!(
        fs::read_to_string(kept)
            .unwrap()
            .contains("this is not a record")
    );
    drop(c);
    // The repaired log opens cleanly the next time.
    let c = reopen(dir.path());
    assert!(c.notices().is_empty(), "{:?}", c.notices());
    assert_eq!(c.today().studied_today, 3);
}

#[test]
fn a_corrupt_snapshot_is_rebuilt_from_the_log() {
    let dir = tempfile::tempdir().unwrap();
    studied(dir.path(), 5);
    fs::write(
        own_snapshot(dir.path()),
        "Snapshot(format:1,log_seq:5,garbage",
    )
    .unwrap();
    let c = reopen(dir.path());
    assert_eq!(c.today().studied_today, 5);
    assert_eq!(c.notices().len(), 1);
    assert!(c.notices()[0].text.contains("rebuilt"));
    // The notice names the file as the learner finds it on disk.
    let name = own_snapshot(dir.path())
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(
        c.notices()[0].text.contains(&format!("({name})")),
        "{}",
        c.notices()[0].text
    );
    assert!(
        kept_aside(dir.path())
            .iter()
            .any(|n| n.contains("snapshot-") && n.ends_with(".ron"))
    );
    // A fresh snapshot was written.
    assert!(
        fs::read_to_string(own_snapshot(dir.path()))
            .unwrap()
            .starts_with("Snapshot(")
    );
}

#[test]
fn a_log_shorter_than_its_snapshot_keeps_the_snapshots_progress() {
    let dir = tempfile::tempdir().unwrap();
    studied(dir.path(), 5);
    // The log is replaced by a shorter one (say, copied back by hand).
    let log = own_log(dir.path());
    let text = fs::read_to_string(&log).unwrap();
    let first_two: String = text.lines().take(2).map(|l| format!("{l}\n")).collect();
    fs::write(&log, first_two).unwrap();
    let c = reopen(dir.path());
    assert_eq!(c.today().studied_today, 5, "progress never moves backwards");
    assert!(
        c.notices()[0].text.contains("lacks 3 entries"),
        "{}",
        c.notices()[0].text
    );
    let log_name = log.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        c.notices()[0].text.contains(&format!("({log_name})")),
        "{}",
        c.notices()[0].text
    );
}

#[test]
fn files_from_a_newer_reframe_are_refused_and_left_untouched() {
    for (file, text) in [
        ("settings.ron", "Settings(format: 9, new_per_day: 3)"),
        (
            "snapshot.ron",
            "Snapshot(format:9,log_seq:0,log_len:0)\nEnd(cards:0)\n",
        ),
        ("reviews.log", "Review(v:9,seq:1,from:\"the future\")\n"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(file), text).unwrap();
        let (_fc, clock) = clock(T0);
        let err = reframe_core::collection::Collection::open_with_decks(
            dir.path(),
            clock,
            vec![deck_n("d", 3)],
        )
        .unwrap_err();
        assert!(
            matches!(err, OpenError::MadeByNewer { found: 9, .. }),
            "{file}: {err}"
        );
        assert!(err.to_string().contains("newer Reframe"));
        assert_eq!(fs::read_to_string(dir.path().join(file)).unwrap(), text);
    }
}

#[test]
fn a_second_copy_on_the_same_folder_is_told_it_is_locked() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let first = open(dir.path(), &clock, vec![deck_n("d", 3)]);
    let err =
        reframe_core::collection::Collection::open_with_decks(dir.path(), clock.clone(), vec![])
            .unwrap_err();
    assert!(matches!(err, OpenError::Locked(_)));
    let msg = err.to_string();
    assert!(msg.contains("another Reframe") && msg.contains(&dir.path().display().to_string()));
    drop(first);
    open(dir.path(), &clock, vec![deck_n("d", 3)]);
}

#[test]
fn settings_survive_reopening_and_a_broken_file_is_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = reopen(dir.path());
    let mut s = c.settings().clone();
    s.new_per_day = 3;
    s.inactive_decks.insert("d".into());
    s.theme = reframe_core::store::Theme::Dark;
    c.update_settings(s.clone()).unwrap();
    drop(c);
    let c = reopen(dir.path());
    // What the learner set, as saved (the file also keeps when each field changed).
    let mut saved = c.settings().clone();
    saved.changed.clear();
    saved.device_name.clear();
    assert_eq!(saved, s);
    assert!(
        c.today().decks.is_empty(),
        "an inactive deck is not counted"
    );
    drop(c);

    fs::write(own_settings(dir.path()), "Settings(new_per_day: \"lots\"").unwrap();
    let c = reopen(dir.path());
    assert_eq!(c.settings().new_per_day, 10);
    assert!(c.notices()[0].text.contains("settings"));
    assert!(
        kept_aside(dir.path())
            .iter()
            .any(|n| n.contains("settings-") && n.ends_with(".ron"))
    );
}

#[test]
fn an_unreadable_imported_deck_is_reported_and_its_progress_kept() {
    let dir = tempfile::tempdir().unwrap();
    studied(dir.path(), 2);
    fs::write(
        dir.path().join("decks").join("broken.ron"),
        "Deck(format: 1, id: ",
    )
    .unwrap();
    let c = reopen(dir.path());
    let n = &c.notices()[0].text;
    assert!(
        n.contains("broken.ron") && n.contains("progress on it is kept"),
        "{n}"
    );
    assert_eq!(c.today().studied_today, 2);
}

#[test]
fn a_read_only_open_works_while_the_app_holds_the_folder_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut app = open(dir.path(), &clock, vec![deck_n("d", 20)]);
    app.start_session();
    answer(&mut app, 5);
    answer(&mut app, 4);
    let before = fs::read_dir(dir.path()).unwrap().count();
    let mut status = reframe_core::collection::Collection::open_with(
        dir.path(),
        clock.clone(),
        reframe_core::collection::OpenOptions {
            bundled: Some(vec![deck_n("d", 20)]),
            read_only: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(status.today().studied_today, 2);
    assert_eq!(status.today().totals.new, 8);
    status.start_session();
    assert!(matches!(
        status.answer(g(5), None, None),
        Err(reframe_core::store::StoreError::ReadOnly)
    ));
    drop(status);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), before);

    let missing = dir.path().join("never-created");
    let c = reframe_core::collection::Collection::open_read_only(&missing, clock.clone()).unwrap();
    assert!(c.today().first_run);
    assert!(!missing.exists());
}

#[test]
fn a_foreign_review_log_is_kept_aside_whole_and_the_folder_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = "name,grade\nalice,4\nbob,5\n";
    fs::write(own_log(dir.path()), foreign).unwrap();
    let mut c = reopen(dir.path());
    assert!(c.today().first_run);
    assert!(
        c.notices()[0].text.contains("3 line(s)"),
        "{}",
        c.notices()[0].text
    );
    let kept = c.notices()[0].kept_at.clone().unwrap();
    assert_eq!(fs::read_to_string(kept).unwrap(), foreign);
    // Studying goes on in a clean log.
    c.start_session();
    answer(&mut c, 5);
    drop(c);
    assert!(reopen(dir.path()).notices().is_empty());
}

#[test]
fn a_very_long_typed_answer_does_not_force_a_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 5)]);
    c.start_session();
    let long = "I hear you. ".repeat(20_000);
    c.answer(g(4), Some(long.clone()), None).unwrap();
    c.close().unwrap();
    let c = reopen(dir.path());
    assert!(c.notices().is_empty(), "{:?}", c.notices());
    let detail = c
        .card_detail(&reframe_core::scheduler::CardKey::new("d", "c00"))
        .unwrap()
        .unwrap();
    assert_eq!(detail.history[0].typed.as_deref(), Some(long.as_str()));
}
