//! Daily backups on a tiered schedule, and restoring one, over months of a fake clock.

#[path = "store_support/mod.rs"]
mod support;

use chrono::Duration;
use support::*;

#[test]
fn a_backup_a_day_pruned_to_seven_daily_four_weekly_six_monthly() {
    let dir = tempfile::tempdir().unwrap();
    let (fc, clock) = clock("2026-01-01T09:00:00+00:00");
    for _ in 0..200 {
        let mut c = open(dir.path(), &clock, vec![deck_n("d", 3)]);
        c.start_session();
        if c.current_card().is_some() {
            answer(&mut c, 5);
        }
        // A second opening the same day makes no second backup.
        drop(c);
        drop(open(dir.path(), &clock, vec![deck_n("d", 3)]));
        fc.advance(Duration::days(1));
    }
    let c = open(dir.path(), &clock, vec![deck_n("d", 3)]);
    let names: Vec<String> = c
        .list_backups()
        .unwrap()
        .into_iter()
        .map(|b| b.name)
        .collect();
    // The last 7 days, the Sundays of the 4 weeks before, then the newest backup of each month.
    assert_eq!(
        names,
        [
            "2026-07-20",
            "2026-07-19",
            "2026-07-18",
            "2026-07-17",
            "2026-07-16",
            "2026-07-15",
            "2026-07-14",
            "2026-07-12",
            "2026-07-05",
            "2026-06-30",
            "2026-06-28",
            "2026-06-21",
            "2026-05-31",
            "2026-04-30",
            "2026-03-31",
            "2026-02-28",
            "2026-01-31",
        ]
    );
}

#[test]
fn restoring_a_backup_brings_back_its_progress_and_keeps_the_current_state() {
    let dir = tempfile::tempdir().unwrap();
    let (fc, clock) = clock("2026-03-01T09:00:00+00:00");
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 10)]);
    c.start_session();
    answer(&mut c, 5);
    drop(c);
    fc.advance(Duration::days(1));
    // 03-02 opens with a backup holding one answer, then studies more.
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 10)]);
    c.start_session();
    for _ in 0..4 {
        answer(&mut c, 5);
    }
    let mut s = c.settings().clone();
    s.new_per_day = 2;
    c.update_settings(s).unwrap();
    assert_eq!(c.progress_state().card_count(), 4);

    c.restore_backup("2026-03-02").unwrap();
    assert_eq!(c.progress_state().card_count(), 1);
    assert_eq!(c.settings().new_per_day, 10);
    let names: Vec<String> = c
        .list_backups()
        .unwrap()
        .into_iter()
        .map(|b| b.name)
        .collect();
    let safety = names
        .iter()
        .find(|n| n.contains("before-restore"))
        .expect("the state before restoring is backed up")
        .clone();
    drop(c);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 10)]);
    assert_eq!(
        c.progress_state().card_count(),
        1,
        "the restore holds after reopening"
    );
    // And the restore can be undone by restoring the safety copy.
    c.restore_backup(&safety).unwrap();
    assert_eq!(c.progress_state().card_count(), 4);
    assert_eq!(c.settings().new_per_day, 2);
    assert!(matches!(
        c.restore_backup("1999-01-01"),
        Err(reframe_core::store::StoreError::NoSuchBackup(_))
    ));
}
