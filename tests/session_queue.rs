//! Today's queue, daily limits, re-drills, undo and the calendar, as a learner meets them.

#[path = "store_support/mod.rs"]
mod support;

use chrono::{Duration, NaiveDate};
use reframe_core::collection::Collection;
use support::*;

const T0: &str = "2026-03-01T09:00:00+00:00";

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn state(c: &Collection, card: &str) -> reframe_core::sm2::Sm2State {
    c.progress_state().get("d", card).unwrap().sm2.unwrap()
}

/// Plays the whole session, grading every card `q`.
fn finish(c: &mut Collection, q: u8) -> Vec<String> {
    let mut seen = Vec::new();
    while c.current_card().is_some() {
        seen.push(answer(c, q));
    }
    seen
}

#[test]
fn new_cards_come_in_deck_order_within_the_daily_limit() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 15)]);
    assert_eq!(c.today().totals.new, 10);
    c.start_session();
    let seen = finish(&mut c, 5);
    let expected: Vec<String> = (0..10).map(|i| format!("c{i:02}")).collect();
    assert_eq!(seen, expected);
    // The limit holds for the rest of the day, also in a new session.
    assert_eq!(c.today().totals.new, 0);
    c.start_session();
    assert!(c.current_card().is_none());
}

#[test]
fn due_reviews_come_most_overdue_first_and_within_the_review_limit() {
    let dir = tempfile::tempdir().unwrap();
    let (fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 6)]);
    let mut s = c.settings().clone();
    s.new_per_day = 1;
    s.reviews_per_day = 0;
    c.update_settings(s.clone()).unwrap();
    // No reviews for three days: c00 is introduced on day 1, c01 on day 2, c02 on day 3,
    // each due the day after.
    for _ in 0..3 {
        c.start_session();
        assert_eq!(finish(&mut c, 5).len(), 1);
        fc.advance(Duration::days(1));
    }
    s.reviews_per_day = 2;
    c.update_settings(s).unwrap();
    // Day 10: c00 most overdue, then c01, then c02; the limit is 2 reviews, then 1 new card.
    fc.advance(Duration::days(6));
    c.start_session();
    let seen = finish(&mut c, 5);
    assert_eq!(seen, ["c00", "c01", "c03"]);
    assert_eq!(c.today().decks[0].due, 1, "c02 still waits, over the limit");
}

#[test]
fn a_redrill_comes_back_after_three_cards_until_graded_four_and_leaves_the_schedule_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 6)]);
    c.start_session();
    assert_eq!(answer(&mut c, 2), "c00");
    let after_lapse = state(&c, "c00");
    assert!(after_lapse.needs_redrill);
    for expected in ["c01", "c02", "c03"] {
        assert_eq!(answer(&mut c, 5), expected);
    }
    let view = c.current_card().unwrap();
    assert_eq!((view.key.card.as_str(), view.is_redrill), ("c00", true));
    let outcomes = c.grade_outcomes().unwrap();
    assert!(outcomes[2].again_today);
    answer(&mut c, 1); // still not there: back again
    assert_eq!(state(&c, "c00"), after_lapse);
    assert_eq!(c.progress().unwrap().redrills_pending, 1);
    let rest = finish(&mut c, 4);
    assert_eq!(rest, ["c04", "c05", "c00"]);
    let done = state(&c, "c00");
    assert!(!done.needs_redrill);
    assert_eq!(
        (done.repetitions, done.interval_days, done.ef100, done.due),
        (
            after_lapse.repetitions,
            after_lapse.interval_days,
            after_lapse.ef100,
            after_lapse.due
        )
    );
    let summary = c.summary().unwrap();
    assert_eq!(
        (summary.cards, summary.answers, summary.redrills),
        (6, 8, 2)
    );
    assert_eq!(summary.grades, [0, 1, 1, 0, 3, 3]);
}

#[test]
fn a_redrill_comes_back_at_once_when_nothing_else_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 1)]);
    c.start_session();
    answer(&mut c, 0);
    assert!(c.current_card().unwrap().is_redrill);
    answer(&mut c, 5);
    assert!(c.current_card().is_none());
}

#[test]
fn a_redrill_left_pending_is_offered_again_later_that_day() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 3)]);
    c.start_session();
    answer(&mut c, 3);
    c.end_session();
    drop(c);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 3)]);
    assert_eq!(c.today().totals.redrill, 1);
    c.start_session();
    let first = c.current_card().unwrap();
    assert_eq!((first.key.card.as_str(), first.is_redrill), ("c00", true));
}

#[test]
fn undo_takes_back_several_answers_on_disk_too() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 5)]);
    c.start_session();
    answer(&mut c, 5);
    answer(&mut c, 2);
    answer(&mut c, 4);
    assert!(c.undo().unwrap());
    assert!(c.undo().unwrap());
    assert_eq!(c.current_card().unwrap().key.card, "c01");
    let never_answered = |c: &reframe_core::collection::Collection, card| {
        c.progress_state()
            .get("d", card)
            .is_none_or(|p| p.sm2.is_none())
    };
    assert!(never_answered(&c, "c01"));
    assert!(never_answered(&c, "c02"));
    assert_eq!(c.progress().unwrap().answered, 1);
    assert_eq!(c.today().studied_today, 1);
    // Replaying the log honours the undo records.
    drop(c);
    std::fs::remove_file(own_snapshot(dir.path())).unwrap();
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 5)]);
    assert_eq!(c.today().studied_today, 1);
    assert!(never_answered(&c, "c01"));
    let detail = c
        .card_detail(&reframe_core::scheduler::CardKey::new("d", "c01"))
        .unwrap()
        .unwrap();
    assert!(detail.history.is_empty(), "an undone answer is not history");
    c.start_session();
    assert!(!c.undo().unwrap(), "nothing to undo in a fresh session");
}

#[test]
fn the_day_starts_at_the_configured_hour() {
    let dir = tempfile::tempdir().unwrap();
    let (fc, clock) = clock("2026-03-01T23:00:00+00:00");
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 3)]);
    c.start_session();
    answer(&mut c, 5); // c00 due 2026-03-02
    fc.set("2026-03-02T03:30:00+00:00");
    assert_eq!(
        c.study_day(),
        day(3, 1),
        "before 04:00 it is still the evening before"
    );
    assert_eq!(c.today().decks[0].due, 0);
    fc.set("2026-03-02T04:00:00+00:00");
    assert_eq!(c.study_day(), day(3, 2));
    assert_eq!(c.today().decks[0].due, 1);
    let mut s = c.settings().clone();
    s.day_start_hour = 6;
    c.update_settings(s).unwrap();
    assert_eq!(c.study_day(), day(3, 1));
}

#[test]
fn a_clock_that_jumps_back_never_gives_a_negative_interval_or_loses_an_answer() {
    let dir = tempfile::tempdir().unwrap();
    let (fc, clock) = clock("2026-03-10T09:00:00+00:00");
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 3)]);
    c.start_session();
    answer(&mut c, 5); // c00 answered on 03-10, due 03-11
    fc.set("2026-03-11T09:00:00+00:00");
    c.start_session();
    assert_eq!(answer(&mut c, 5), "c00"); // due 03-17
    // The clock goes back a week; the card is answered again as if on 03-11.
    fc.set("2026-03-04T09:00:00+00:00");
    c.start_session();
    while let Some(v) = c.current_card() {
        let outcomes = c.grade_outcomes().unwrap();
        assert!(outcomes.iter().all(|o| o.state.due > day(3, 4)));
        answer(&mut c, 5);
        if v.key.card == "c00" {
            break;
        }
    }
    let p = *c.progress_state().get("d", "c00").unwrap();
    assert!(p.sm2.unwrap().due >= p.last_day.unwrap());
    assert_eq!(p.reviews, 2);
    drop(c);
    let c = open(dir.path(), &clock, vec![deck_n("d", 3)]);
    assert_eq!(c.progress_state().get("d", "c00").unwrap().reviews, 2);
}

#[test]
fn a_time_zone_change_keeps_due_days_and_every_answer() {
    let dir = tempfile::tempdir().unwrap();
    let (fc, clock) = clock("2026-03-01T20:00:00+00:00");
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 3)]);
    c.start_session();
    answer(&mut c, 5); // study day 03-01, due 03-02
    // Fly east: the same instant is 06:00 on 03-02 in UTC+10.
    fc.set_offset(10 * 3600);
    assert_eq!(c.study_day(), day(3, 2));
    c.start_session();
    assert_eq!(c.current_card().unwrap().key.card, "c00");
    answer(&mut c, 5);
    // And back west: it is 03-01 again there, but the card's last answer counts for 03-02.
    fc.set_offset(-8 * 3600);
    let p = *c.progress_state().get("d", "c00").unwrap();
    assert_eq!(p.last_day, Some(day(3, 2)));
    assert_eq!(p.sm2.unwrap().due, day(3, 8));
    assert_eq!(p.reviews, 2);
}

#[test]
fn suspended_cards_are_never_queued() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 3)]);
    c.set_suspended(&reframe_core::scheduler::CardKey::new("d", "c00"), true)
        .unwrap();
    c.start_session();
    assert_eq!(finish(&mut c, 5), ["c01", "c02"]);
    drop(c);
    let c = open(dir.path(), &clock, vec![deck_n("d", 3)]);
    assert!(c.progress_state().get("d", "c00").unwrap().suspended);
}

#[test]
fn a_new_deck_version_keeps_progress_and_retires_removed_cards() {
    let dir = tempfile::tempdir().unwrap();
    let (fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck("d", 1, &["a", "b", "c"])]);
    c.start_session();
    finish(&mut c, 5);
    // Version 2: "a" reworded, "b" removed, "z" added.
    let mut v2 = deck("d", 2, &["a", "c", "z"]);
    v2.cards[0].statement = "A new wording".to_string();
    let file = dir.path().join("d-v2.ron");
    std::fs::write(&file, reframe_core::deck::to_ron(&v2)).unwrap();
    let preview = c.import_preview(&file).unwrap();
    assert_eq!(
        (preview.installed_version, preview.new_version),
        (Some(1), 2)
    );
    assert_eq!(preview.added, ["z"]);
    assert_eq!(preview.changed, ["a"]);
    assert_eq!(preview.retired, ["b"]);
    c.import(&preview).unwrap();
    drop(c);

    fc.advance(Duration::days(1));
    let mut c = open(dir.path(), &clock, vec![deck("d", 1, &["a", "b", "c"])]);
    assert_eq!(c.library().deck("d").unwrap().deck.version, 2);
    c.start_session();
    let seen = finish(&mut c, 5);
    assert_eq!(
        seen,
        ["a", "c", "z"],
        "b is retired, a and c keep their schedule"
    );
    assert_eq!(state(&c, "a").repetitions, 2);
    let retired = c.search(&reframe_core::collection::BrowseQuery {
        state: reframe_core::collection::StateFilter::Retired,
        ..Default::default()
    });
    assert_eq!(retired.len(), 1);
    let row = c.card_ref(retired[0]).unwrap();
    assert_eq!(row.key.card, "b");
    let detail = c.card_detail(&row.key).unwrap().unwrap();
    assert_eq!(detail.history.len(), 1, "its history stays");
}

#[test]
fn a_broken_or_older_deck_file_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let c = open(dir.path(), &clock, vec![deck("d", 3, &["a"])]);
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Deck(format: 1, id: \"d\", cards: [").unwrap();
    let problems = c.import_preview(&broken).unwrap_err();
    assert!(!problems.is_empty());
    let old = dir.path().join("old.ron");
    std::fs::write(&old, reframe_core::deck::to_ron(&deck("d", 2, &["a"]))).unwrap();
    let problems = c.import_preview(&old).unwrap_err();
    assert!(problems[0].message.contains("older"));
    assert_eq!(
        std::fs::read_dir(dir.path().join("decks")).unwrap().count(),
        0
    );
}

#[test]
fn browsing_finds_cards_by_text_and_state() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut d = deck_n("d", 4);
    d.cards[2].statement = "My PROBATION officer made me come".to_string();
    let mut c = open(dir.path(), &clock, vec![d]);
    use reframe_core::collection::{BrowseQuery, StateFilter};
    let hits = c.search(&BrowseQuery {
        text: "probation OFFICER".into(),
        ..Default::default()
    });
    assert_eq!(hits.len(), 1);
    assert_eq!(c.card_ref(hits[0]).unwrap().key.card, "c02");
    c.start_session();
    answer(&mut c, 5);
    let new = c.search(&BrowseQuery {
        state: StateFilter::New,
        ..Default::default()
    });
    assert_eq!(new.len(), 3);
    assert_eq!(c.all_tags(), ["court"]);
}

#[test]
fn importing_a_version_mid_session_drops_retired_cards_from_the_queue() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck("d", 1, &["a", "b", "c"])]);
    c.start_session();
    assert_eq!(answer(&mut c, 5), "a");
    let file = dir.path().join("v2.ron");
    std::fs::write(
        &file,
        reframe_core::deck::to_ron(&deck("d", 2, &["a", "c"])),
    )
    .unwrap();
    let preview = c.import_preview(&file).unwrap();
    c.import(&preview).unwrap();
    assert_eq!(finish(&mut c, 5), ["c"]);
    assert!(c.undo().unwrap());
    assert_eq!(c.current_card().unwrap().key.card, "c");
}

#[test]
fn grade_buttons_say_where_each_grade_sends_the_card() {
    let dir = tempfile::tempdir().unwrap();
    let (fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("d", 2)]);
    c.start_session();
    let words: Vec<String> = c
        .grade_outcomes()
        .unwrap()
        .iter()
        .map(|o| o.describe())
        .collect();
    assert_eq!(words[5], "tomorrow");
    assert_eq!(words[0], "again today, then tomorrow");
    // A card seen once before: a 4 sends it 6 days out.
    answer(&mut c, 5);
    answer(&mut c, 5);
    fc.advance(Duration::days(1));
    c.start_session();
    let outcomes = c.grade_outcomes().unwrap();
    assert_eq!(outcomes[4].describe(), "in 6 days");
    assert_eq!(outcomes[4].state.repetitions, 2);
}
