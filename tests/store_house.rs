//! The data-safety defects the attacks on the data folder found (issue 8), one test each:
//! progress never moves backwards silently, a log changed under the app is noticed before an
//! answer goes into it, newer files are refused whole, restores and listings have no side
//! effects when they refuse, and small leftovers are tidied.

#[path = "store_support/mod.rs"]
mod support;

use reframe_core::collection::{Change, Effect};
use reframe_core::scheduler::LOG_VERSION;
use reframe_core::store::{OpenError, StoreError};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::*;

const T0: &str = "2026-03-01T09:00:00+01:00";

fn reframe(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reframe"))
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .env_remove("REFRAME_DATA_DIR")
        .output()
        .expect("the reframe binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every file under `dir` with its bytes, for "nothing changed" checks.
fn snapshot_of(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().is_some_and(|n| n != "lock") {
                out.push((p.clone(), fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn kept_aside(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir.join("kept-aside"))
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

/// `days` study days in a row, 3 answers each, ending on `T0`'s day; returns the clock.
fn study_days(dir: &Path, days: i64) -> reframe_core::clock::FakeClock {
    let (fc, clock) = clock(T0);
    fc.advance(chrono::Duration::days(-days));
    let mut c = open(dir, &clock, vec![deck_n("d", 60)]);
    for _ in 0..days {
        fc.advance(chrono::Duration::days(1));
        c.start_session();
        for _ in 0..3 {
            answer(&mut c, 5);
        }
    }
    c.close().unwrap();
    fc
}

fn reopen(dir: &Path) -> reframe_core::collection::Collection {
    let (_fc, clock) = clock(T0);
    open(dir, &clock, vec![deck_n("d", 60)])
}

#[test]
fn a_log_cut_short_keeps_the_snapshots_progress_and_says_how_much_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    // Days ending now by the real clock, because `reframe status` below reads the real clock.
    let now = chrono::Local::now().fixed_offset();
    let (fc, clock) = clock(&now.to_rfc3339());
    fc.advance(chrono::Duration::days(-12));
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 60)]);
    for _ in 0..12 {
        fc.advance(chrono::Duration::days(1));
        c.start_session();
        for _ in 0..3 {
            answer(&mut c, 5);
        }
    }
    c.close().unwrap();
    let reopen = |dir: &Path| open(dir, &clock, vec![deck_n("d", 60)]);
    let before = reopen(dir.path());
    let (streak, studied) = (before.streak(), before.progress_state().card_count());
    assert_eq!(streak, 12);
    drop(before);
    let log = own_log(dir.path());
    let whole = fs::read(&log).unwrap();
    // Cut in the middle of a line, as `truncate -s` does.
    let cut = &whole[..whole.len() / 2];
    fs::write(&log, cut).unwrap();

    // Read-only first (what `reframe status` sees): the streak does not drop to a fraction.
    let out = reframe(dir.path(), &["status"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Streak: 12 days"),
        "{}",
        text(&out.stdout)
    );
    assert!(text(&out.stderr).contains("lacks"), "{}", text(&out.stderr));
    assert_eq!(
        fs::read(&log).unwrap(),
        cut,
        "a read-only look changes nothing"
    );

    let mut c = reopen(dir.path());
    assert_eq!(c.streak(), streak, "the streak is kept");
    assert_eq!(c.progress_state().card_count(), studied);
    let notice = &c.notices()[0];
    assert!(
        notice.text.contains("lacks 18 entries") && notice.text.contains("nothing moves backwards"),
        "{}",
        notice.text
    );
    let kept = notice.kept_at.clone().expect("the log as found is kept");
    assert_eq!(
        fs::read(kept).unwrap(),
        cut,
        "the short log is kept aside as it was"
    );
    // Studying goes on after it, and the next open is clean.
    let today = c.today().studied_today;
    c.start_session();
    answer(&mut c, 4);
    drop(c);
    let c = reopen(dir.path());
    assert!(c.notices().is_empty(), "{:?}", c.notices());
    assert_eq!(c.streak(), streak);
    assert_eq!(c.today().studied_today, today + 1);
}

#[test]
fn an_emptied_or_deleted_log_keeps_progress_too() {
    for delete in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        study_days(dir.path(), 3);
        let log = own_log(dir.path());
        if delete {
            fs::remove_file(&log).unwrap();
        } else {
            fs::write(&log, b"").unwrap();
        }
        let c = reopen(dir.path());
        assert_eq!(c.streak(), 3, "deleted: {delete}");
        assert!(
            c.notices()[0].text.contains("lacks 9 entries"),
            "{}",
            c.notices()[0].text
        );
    }
}

#[test]
fn a_log_replaced_while_the_app_runs_is_noticed_before_the_next_answer() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 20)]);
    c.start_session();
    for _ in 0..3 {
        answer(&mut c, 5);
    }
    let log = own_log(dir.path());
    let first_line: String = fs::read_to_string(&log)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string()
        + "\n";
    // Another program swaps in a copy holding only the first answer.
    fs::write(dir.path().join("copy.log"), &first_line).unwrap();
    fs::rename(dir.path().join("copy.log"), &log).unwrap();

    let applied = c
        .apply(Change::Answer {
            grade: g(5),
            typed: None,
            coding: None,
            suggested: None,
        })
        .expect("the answer is saved after the change is handled");
    assert!(matches!(applied.effect, Effect::Answered(_)));
    let told: Vec<&str> = applied.notices.iter().map(|n| n.text.as_str()).collect();
    assert!(
        told.iter().any(|t| t.contains("replaced by another file")),
        "{told:?}"
    );
    assert!(
        told.iter().any(|t| t.contains("lacks 2 entries")),
        "{told:?}"
    );
    // The replaced file as found is kept; nothing was appended to it before it was kept.
    let kept: Vec<_> = kept_aside(dir.path());
    assert!(
        kept.iter()
            .any(|k| fs::read_to_string(k).unwrap() == first_line),
        "{kept:?}"
    );
    assert_eq!(c.progress_state().card_count(), 4, "all four answers count");
    drop(c);
    let c = reopen(dir.path());
    assert!(c.notices().is_empty(), "{:?}", c.notices());
    assert_eq!(c.progress_state().card_count(), 4);
    assert_eq!(c.today().studied_today, 4);
}

#[test]
fn a_log_cut_short_under_the_running_app_is_noticed_too() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 20)]);
    c.start_session();
    for _ in 0..4 {
        answer(&mut c, 5);
    }
    let log = own_log(dir.path());
    let len = fs::metadata(&log).unwrap().len();
    fs::OpenOptions::new()
        .write(true)
        .open(&log)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
    let applied = c
        .apply(Change::Answer {
            grade: g(5),
            typed: None,
            coding: None,
            suggested: None,
        })
        .unwrap();
    assert!(
        applied.notices.iter().any(|n| n.text.contains("cut short")),
        "{:?}",
        applied.notices
    );
    drop(c);
    assert_eq!(reopen(dir.path()).today().studied_today, 5);
}

#[test]
fn a_newer_log_line_that_still_parses_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    study_days(dir.path(), 1);
    let log = own_log(dir.path());
    let text_before = fs::read_to_string(&log).unwrap();
    fs::write(
        &log,
        text_before.replacen(&format!("v:{LOG_VERSION},"), "v:99,", 1),
    )
    .unwrap();
    // A broken settings file too: it must not be moved aside before the refusal.
    fs::write(own_settings(dir.path()), "not settings").unwrap();
    let before = snapshot_of(dir.path());
    let (_fc, clock) = clock(T0);
    let err = reframe_core::collection::Collection::open_with_decks(
        dir.path(),
        clock,
        vec![deck_n("d", 60)],
    )
    .unwrap_err();
    assert!(
        matches!(err, OpenError::MadeByNewer { found: 99, .. }),
        "{err}"
    );
    assert!(err.changes().is_empty());
    assert_eq!(snapshot_of(dir.path()), before, "a refusal changes nothing");
}

#[test]
fn a_restore_of_a_backup_from_a_newer_reframe_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    study_days(dir.path(), 2);
    let mut c = reopen(dir.path());
    let name = c.list_backups().unwrap()[0].name.clone();
    let backup_log = own_backups(dir.path()).join(&name).join(own_log_name());
    let t = fs::read_to_string(&backup_log).unwrap();
    fs::write(
        &backup_log,
        t.replacen(&format!("v:{LOG_VERSION},"), "v:7,", 1),
    )
    .unwrap();
    let before = snapshot_of(dir.path());
    let err = c.restore_backup(&name).unwrap_err();
    assert!(err.to_string().contains("newer Reframe"), "{err}");
    assert!(err.to_string().contains("nothing was changed"), "{err}");
    drop(c);
    let after = snapshot_of(dir.path());
    // Dropping the collection may rewrite the snapshot file with the same state; compare the
    // rest byte for byte and the list of files exactly.
    let names = |v: &[(PathBuf, Vec<u8>)]| v.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&after),
        names(&before),
        "no file was added or removed"
    );
    for ((p, a), (_, b)) in before.iter().zip(&after) {
        if !p.ends_with("snapshot.ron") {
            assert_eq!(a, b, "{} changed", p.display());
        }
    }
    // The folder, the listing and the app still work.
    assert!(reframe(dir.path(), &["backups"]).status.success());
    assert!(reopen(dir.path()).notices().is_empty());
}

#[test]
fn two_restores_in_the_same_second_each_make_their_own_safety_backup() {
    let dir = tempfile::tempdir().unwrap();
    study_days(dir.path(), 2);
    let mut c = reopen(dir.path());
    let name = c.list_backups().unwrap()[0].name.clone();
    let first = c.restore_backup(&name).unwrap();
    let second = c.restore_backup(&name).unwrap();
    let safety = |e: &Effect| match e {
        Effect::Restored(r) => r.safety.clone(),
        other => panic!("{other:?}"),
    };
    let (a, b) = (safety(&first.effect), safety(&second.effect));
    assert_ne!(a, b, "the second restore names the backup it made");
    assert!(own_backups(dir.path()).join(&a).is_dir());
    assert!(own_backups(dir.path()).join(&b).is_dir());
}

#[test]
fn listing_backups_works_while_the_app_is_open_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    study_days(dir.path(), 1);
    // Today's backup is gone, so a listing that made one would show.
    for b in fs::read_dir(own_backups(dir.path())).unwrap().flatten() {
        fs::remove_dir_all(b.path()).unwrap();
    }
    let before = snapshot_of(dir.path());
    let (_fc, clock) = clock(T0);
    let held = reframe_core::collection::Collection::open_with(
        dir.path(),
        clock,
        reframe_core::collection::OpenOptions {
            bundled: Some(vec![deck_n("d", 60)]),
            daily_backup: false,
            ..Default::default()
        },
    )
    .unwrap();
    let out = reframe(dir.path(), &["backups"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("No backups yet"),
        "{}",
        text(&out.stdout)
    );
    drop(held);
    let after = snapshot_of(dir.path());
    let names = |v: &[(PathBuf, Vec<u8>)]| v.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&after), names(&before), "listing made no backup");
}

#[test]
fn restoring_a_backup_that_does_not_exist_changes_nothing_even_in_a_damaged_folder() {
    let dir = tempfile::tempdir().unwrap();
    study_days(dir.path(), 2);
    let log = own_log(dir.path());
    let mut t = fs::read_to_string(&log).unwrap();
    let second_line = t.find('\n').unwrap() + 1;
    t.insert_str(second_line, "Review(damaged\n");
    fs::write(&log, t).unwrap();
    let before = snapshot_of(dir.path());
    let out = reframe(dir.path(), &["restore", "../../etc"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("there is no backup called \"../../etc\""),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        snapshot_of(dir.path()),
        before,
        "nothing was moved aside or backed up"
    );
}

#[test]
fn a_snapshot_temp_file_left_by_a_kill_is_removed() {
    let dir = tempfile::tempdir().unwrap();
    study_days(dir.path(), 1);
    let tmp = dir.path().join(".snapshot.ron.tmp-424242");
    fs::write(&tmp, "Snapshot(format:2,log_seq:").unwrap();
    let c = reopen(dir.path());
    assert!(!tmp.exists(), "the half-written temp file is gone");
    assert!(c.notices().is_empty());
}

#[test]
fn a_record_numbered_at_the_maximum_does_not_wrap_the_next_to_zero() {
    let dir = tempfile::tempdir().unwrap();
    study_days(dir.path(), 1);
    let log = own_log(dir.path());
    let t = fs::read_to_string(&log).unwrap();
    let last = t.lines().last().unwrap();
    let seq = last
        .split("seq:")
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap();
    let hostile = last.replacen(&format!("seq:{seq},"), &format!("seq:{},", u64::MAX), 1);
    fs::write(&log, format!("{t}{hostile}\n")).unwrap();
    fs::remove_file(own_snapshot(dir.path())).unwrap();
    let mut c = reopen(dir.path());
    c.start_session();
    let err = c.answer(g(5), None, None).unwrap_err();
    assert!(matches!(err, StoreError::Refused(_)), "{err}");
    assert!(err.to_string().contains("run out"), "{err}");
    assert!(
        !fs::read_to_string(&log).unwrap().contains("seq:0,"),
        "no record was numbered 0"
    );
}

#[test]
fn a_restore_tells_what_it_had_to_repair() {
    let dir = tempfile::tempdir().unwrap();
    study_days(dir.path(), 2);
    let mut c = reopen(dir.path());
    let name = c.list_backups().unwrap()[0].name.clone();
    let backup_log = own_backups(dir.path()).join(&name).join(own_log_name());
    let mut t = fs::read_to_string(&backup_log).unwrap();
    t.insert_str(0, "garbage line\n");
    fs::write(&backup_log, t).unwrap();
    let applied = c.restore_backup(&name).unwrap();
    assert!(
        applied
            .notices
            .iter()
            .any(|n| n.text.contains("could not be read")),
        "{:?}",
        applied.notices
    );
    assert!(
        c.notices()
            .iter()
            .any(|n| n.text.contains("could not be read"))
    );
}

#[test]
fn importing_over_a_differently_named_deck_file_removes_its_cache_too() {
    let dir = tempfile::tempdir().unwrap();
    let decks = dir.path().join("decks");
    fs::create_dir_all(&decks).unwrap();
    let v1 = deck("shared", 1, &["a", "b"]);
    fs::write(
        decks.join("from-email.ron"),
        reframe_core::deck::to_ron(&v1),
    )
    .unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![]);
    let cache = dir.path().join("cache");
    let caches = || fs::read_dir(&cache).unwrap().flatten().count();
    assert_eq!(caches(), 1, "the hand-copied deck got its cache");
    let v2 = deck("shared", 2, &["a", "b", "c"]);
    let file = dir.path().join("v2.ron");
    fs::write(&file, reframe_core::deck::to_ron(&v2)).unwrap();
    let preview = c.import_preview(&file).unwrap();
    c.import(&preview).unwrap();
    assert!(!decks.join("from-email.ron").exists());
    assert_eq!(caches(), 1, "only the new deck's cache is left");
}

#[test]
fn a_restore_from_the_command_line_tells_what_it_had_to_repair() {
    let dir = tempfile::tempdir().unwrap();
    study_days(dir.path(), 2);
    let name = {
        let c = reopen(dir.path());
        c.list_backups().unwrap()[0].name.clone()
    };
    let backup_log = own_backups(dir.path()).join(&name).join(own_log_name());
    let mut t = fs::read_to_string(&backup_log).unwrap();
    t.insert_str(0, "garbage line\n");
    fs::write(&backup_log, t).unwrap();
    let out = reframe(dir.path(), &["restore", &name]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("could not be read"),
        "the repair made while restoring is told: {}",
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains(&format!("Restored backup {name}")));
}
