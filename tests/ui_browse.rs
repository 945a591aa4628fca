//! Browse: filters narrow the list, a card's detail shows its schedule and history, and
//! Suspend takes it out of today's study.

mod ui_support;

use egui::Key;
use egui_kittest::kittest::Queryable;
use ui_support::{Env, harness, press};

#[test]
fn filters_narrow_the_list_and_suspend_works() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    h.get_by_label("Browse").click();
    h.run();
    h.get_by_label_contains("3 cards match");

    h.get_by_label("Search").click();
    h.run();
    h.get_by_label("Search").type_text("waste");
    h.run();
    h.get_by_label_contains("1 card match");
    h.get_by_label_contains("Therapy is a waste of my time.");
    assert!(h.query_by_label_contains("My probation officer").is_none());

    // Escape leaves the search box (not the page); then Down selects the first match.
    press(&mut h, Key::Escape);
    press(&mut h, Key::ArrowDown);
    assert!(h.query_by_label_contains("Select a card").is_none());
    h.get_by_label_contains("Search");
    // Open the card's detail and suspend it.
    h.get_by_label_contains("[new] Therapy is a waste").click();
    h.run();
    h.get_by_label_contains("Not studied yet.");
    h.get_by_label("Suspend").click();
    h.run();
    h.get_by_label("Unsuspend");
    h.get_by_label_contains("State: suspended");

    // Clear the text; the State filter finds it among the suspended.
    h.get_by_label("Search").click();
    h.run();
    for _ in 0..5 {
        h.key_press(Key::Backspace);
    }
    h.run();
    h.get_by_label_contains("3 cards match");
    h.get_by_label("State").click();
    h.run();
    h.get_by_label("Suspended").click();
    h.run();
    h.get_by_label_contains("1 card match");
    h.get_by_label("Today").click();
    h.run();
    h.get_by_label_contains("2 cards to study");
}
