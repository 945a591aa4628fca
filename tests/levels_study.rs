//! Introducing cards by level as a learner meets it, over days with a fake clock: beginner
//! statements first, intermediate once the beginner ones are mastered, deck order with the
//! setting off, reviews never held back, and "struggling" after three misses in a row.

#[path = "store_support/mod.rs"]
mod support;

use chrono::Duration;
use reframe_core::collection::Collection;
use reframe_core::deck::{Deck, Level};
use reframe_core::mi::Category;
use support::*;

const T0: &str = "2026-03-01T09:00:00+00:00";

/// Deck order deliberately mixes levels: i0 and a0 come before the beginner cards.
fn levelled_deck() -> Deck {
    let mut d = deck("d", 1, &["i0", "b0", "a0", "b1", "b2", "i1"]);
    d.format = 2;
    for c in &mut d.cards {
        c.level = match &c.id[..1] {
            "b" => Level::Beginner,
            "i" => Level::Intermediate,
            _ => Level::Advanced,
        };
    }
    d
}

fn session(c: &mut Collection, q: u8) -> Vec<String> {
    c.start_session();
    let mut seen = Vec::new();
    while c.current_card().is_some() {
        seen.push(answer(c, q));
    }
    seen
}

fn mandated(c: &Collection) -> reframe_core::levels::CategoryStanding {
    let (_, standings) = c.today().levels.expect("levels are on by default");
    *standings
        .iter()
        .find(|s| s.category == Category::from_id("mandated").unwrap())
        .expect("the deck's category is listed")
}

#[test]
fn beginner_statements_come_first_and_intermediate_opens_once_they_are_mastered() {
    let dir = tempfile::tempdir().unwrap();
    let (fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![levelled_deck()]);
    assert_eq!(c.today().totals.new, 3, "only the three beginner cards");
    let s = mandated(&c);
    assert_eq!(s.open, Level::Beginner);
    assert_eq!(s.level(Level::Beginner).cards, 3);

    // Day 1: the beginner cards, in deck order, though i0 and a0 come first in the deck.
    assert_eq!(session(&mut c, 5), ["b0", "b1", "b2"]);
    assert_eq!(
        c.today().totals.new,
        0,
        "nothing harder opens on the first day"
    );
    // Day 2 (interval 1) and day 8 (interval 6): two more perfect reviews make the interval
    // 16 days, past the 7 the default mastery rule asks for.
    fc.advance(Duration::days(1));
    assert_eq!(session(&mut c, 5), ["b0", "b1", "b2"]);
    assert_eq!(mandated(&c).level(Level::Beginner).mastered, 0);
    fc.advance(Duration::days(6));
    c.start_session();
    assert_eq!(answer(&mut c, 5), "b0");
    assert_eq!(answer(&mut c, 5), "b1");
    // Two of three mastered is 67 %, under 80 %: still beginner.
    assert_eq!(mandated(&c).open, Level::Beginner);
    assert_eq!(
        mandated(&c)
            .level(Level::Beginner)
            .still_to_master(Default::default()),
        1
    );
    assert_eq!(answer(&mut c, 5), "b2");
    let s = mandated(&c);
    assert_eq!(
        (s.open, s.level(Level::Beginner).mastered),
        (Level::Intermediate, 3)
    );
    // The intermediate cards are introduced the same day, in deck order; advanced still waits.
    assert_eq!(c.today().totals.new, 2);
    assert_eq!(session(&mut c, 5), ["i0", "i1"]);
}

#[test]
fn with_the_setting_off_new_cards_come_in_deck_order() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![levelled_deck()]);
    let mut s = c.settings().clone();
    s.introduce_by_level = false;
    c.update_settings(s).unwrap();
    assert!(c.today().levels.is_none());
    assert_eq!(session(&mut c, 5), ["i0", "b0", "a0", "b1", "b2", "i1"]);
}

#[test]
fn reviews_of_harder_cards_never_wait_for_the_level() {
    let dir = tempfile::tempdir().unwrap();
    let (fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![levelled_deck()]);
    // Studied with the setting off, then turned on: the advanced card a0 is still reviewed.
    let mut s = c.settings().clone();
    s.introduce_by_level = false;
    c.update_settings(s.clone()).unwrap();
    session(&mut c, 5);
    s.introduce_by_level = true;
    c.update_settings(s).unwrap();
    fc.advance(Duration::days(1));
    assert_eq!(c.today().totals.due, 6);
    assert_eq!(session(&mut c, 5).len(), 6);
}

#[test]
fn three_misses_in_a_row_on_a_level_are_struggling_and_take_nothing_away() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![levelled_deck()]);
    c.start_session();
    answer(&mut c, 1);
    answer(&mut c, 2);
    assert!(!mandated(&c).level(Level::Beginner).struggling);
    answer(&mut c, 0);
    let s = mandated(&c);
    assert!(s.level(Level::Beginner).struggling);
    assert_eq!(
        s.open,
        Level::Beginner,
        "struggling never moves the learner down"
    );
    // A good answer ends it.
    answer(&mut c, 5);
    assert!(!mandated(&c).level(Level::Beginner).struggling);
}
