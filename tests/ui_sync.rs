//! Two computers in the window: answers another computer added while the app was open are
//! picked up when the window gets the focus back, said in plain words and counted on Today;
//! this computer's name is set in Settings.

mod ui_support;

use egui_kittest::kittest::Queryable;
use reframe_core::scheduler::LogRecord;
use reframe_core::sm2::Grade;
use ui_support::{Env, harness};

/// Three answers of the computer "work" (named "Office desktop") to the test deck.
fn work_files(env: &Env) {
    let mut log = String::new();
    for (seq, card) in [(1, "one"), (2, "two"), (3, "three")] {
        let at: chrono::DateTime<chrono::Utc> = "2026-03-02T07:30:00Z".parse().unwrap();
        let record = LogRecord::Review {
            v: reframe_core::scheduler::LOG_VERSION,
            seq,
            dev: Some("work".into()),
            deck: "test".into(),
            card: card.into(),
            at: at + chrono::Duration::minutes(seq as i64),
            day: at.date_naive(),
            grade: Grade::new(4).unwrap(),
            redrill: false,
            typed: None,
            coding: None,
            suggested: None,
        };
        log.push_str(&record.to_line().unwrap());
    }
    std::fs::write(env.path().join("reviews-work.log"), log).unwrap();
    std::fs::write(
        env.path().join("settings-work.ron"),
        "Settings(device_name: \"Office desktop\")",
    )
    .unwrap();
}

#[test]
fn answers_from_another_computer_arrive_when_the_window_gets_the_focus() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    h.get_by_label_contains("3 cards to study");

    // The window loses the focus; meanwhile the sync tool delivers the other computer's files.
    h.input_mut().focused = false;
    h.run();
    work_files(&env);
    h.input_mut().focused = true;
    h.run();
    h.get_by_label_contains("3 answers from Office desktop were added.");
    h.get_by_label_contains("Nothing is due");

    // Settings lists it and names this computer.
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label_contains("Office desktop (id work)");
    // Clearing the box and typing a new name gives exactly that name (the box is not
    // refilled with the default while it is being retyped).
    h.get_by_label("This computer's name").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.key_press(egui::Key::Backspace);
    h.run();
    h.get_by_label("This computer's name")
        .type_text("Home laptop");
    h.run();
    drop(h);
    let c = env.open();
    assert_eq!(c.settings().device_name, "Home laptop");
    assert_eq!(c.today().studied_today, 3);
}
