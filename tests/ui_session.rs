//! A whole study session through the window: keyboard only, mouse only, undo, and the coach's
//! reading of a typed answer. Each ends by checking what a learner would see or find on disk.

mod ui_support;

use egui::Key;
use egui_kittest::kittest::Queryable;
use reframe_core::scheduler::CardKey;
use ui_support::{
    Env, harness, own_log, press, press_ctrl, start_and_answer_first, start_and_type,
};

const TYPED: &str = "You need to stop drinking, don't you think?";

#[test]
fn keyboard_only_session_from_today_to_summary_is_saved() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    h.get_by_label_contains("Welcome to Reframe");
    h.get_by_label_contains("3 cards to study");

    press(&mut h, Key::Enter);
    // First card: think it, reveal with Space, grade 3 (it comes back as a re-drill).
    h.get_by_label_contains("Your response");
    press(&mut h, Key::Space);
    h.get_by_label_contains("Model response");
    h.get_by_label_contains("Avoid:");
    press(&mut h, Key::Num3);
    // Second card: Tab goes into the response box; typing there, Space is a space; Escape
    // lets go of the box (staying on the card) and Space then reveals.
    press(&mut h, Key::Tab);
    h.event(egui::Event::Text("So nobody asked you.".into()));
    press(&mut h, Key::Space);
    press(&mut h, Key::Escape);
    h.get_by_label("Your response");
    press(&mut h, Key::Space);
    h.get_by_label_contains("What you wrote");
    press(&mut h, Key::Num5);
    // Then grade every card 5 until the summary; the re-drill comes back in between.
    let mut answered = 2;
    while h.query_by_label("Session done").is_none() {
        assert!(answered < 10, "the session should end");
        press(&mut h, Key::Enter);
        press(&mut h, Key::Num5);
        answered += 1;
    }
    assert_eq!(answered, 4, "three cards and one re-drill");
    h.get_by_label_contains("3 cards in");
    h.get_by_label_contains("1 of them re-drills");
    press(&mut h, Key::Enter);
    h.get_by_label_contains("Today: 0 cards to study");
    h.get_by_label_contains("Study streak: 1 day");

    // Close the app (releases the folder), reopen the collection: the answers are on disk.
    drop(h);
    let c = env.open();
    let history = |card: &str| {
        c.card_detail(&CardKey::new("test", card))
            .expect("history reads")
            .expect("card exists")
            .history
    };
    let first = history("one");
    assert_eq!(first.len(), 2, "graded 3, then re-drilled with 5");
    assert_eq!(first[0].grade.value(), 3);
    assert!(first[1].redrill);
    let two = history("two");
    assert_eq!(two.len(), 1);
    assert_eq!(two[0].typed.as_deref(), Some("So nobody asked you."));
    assert_eq!(history("three").len(), 1);
    let log = std::fs::read_to_string(own_log(env.path())).expect("log exists");
    assert_eq!(log.lines().filter(|l| l.contains("Review")).count(), 4);
}

#[test]
fn mouse_path_reveals_and_grades_with_buttons() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    h.get_by_label("Start").click();
    h.run();
    h.get_by_label("Reveal").click();
    h.run();
    // Each grade button says what it means and where it sends the card.
    h.get_by_label_contains("0 · I had nothing\nNext: again today");
    h.get_by_label_contains("5 · I'd have said essentially this, without effort\nNext: tomorrow");
    h.get_by_label_contains("I got the gist, after some thought")
        .click();
    h.run();
    h.get_by_label_contains("2 cards left");
    // Navigation works with the mouse too.
    h.get_by_label("Browse").click();
    h.run();
    h.get_by_label_contains("3 cards match");
    h.get_by_label("Today").click();
    h.run();
    h.get_by_label_contains("2 cards to study");
}

#[test]
fn undo_takes_the_last_answer_back() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    start_and_answer_first(&mut h, Key::Num4);
    h.get_by_label_contains("2 cards left");
    press_ctrl(&mut h, Key::Z);
    h.get_by_label_contains("The last answer was taken back");
    h.get_by_label_contains("3 cards left");
    h.get_by_label_contains("My probation officer made me come.");
    drop(h);
    let c = env.open();
    let detail = c
        .card_detail(&CardKey::new("test", "one"))
        .expect("history reads")
        .expect("card exists");
    assert!(
        detail.history.is_empty(),
        "the undone answer is not in the history"
    );
    assert!(detail.progress.sm2.is_none(), "the card is new again");
}

#[test]
fn the_last_answer_can_be_undone_from_the_summary() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    press(&mut h, Key::Enter);
    for _ in 0..3 {
        press(&mut h, Key::Space);
        press(&mut h, Key::Num5);
    }
    h.get_by_label("Session done");
    h.get_by_label("Undo last answer").click();
    h.run();
    h.get_by_label_contains("1 card left");
    h.get_by_label_contains("I only drink on weekends");
}

#[test]
fn typed_answer_shows_the_coach_reading_and_each_flag_reason() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    start_and_type(&mut h, TYPED);
    press_ctrl(&mut h, Key::Enter);
    // The code of the learner's answer beside the model's technique.
    let coding = reframe_core::coach::code(TYPED);
    h.get_by_label(&format!(
        "yours: {} · model: complex reflection",
        coding.code.label()
    ));
    // Their own words with the flagged ones bracketed and numbered, and each flag's reason.
    assert!(
        !coding.flags.is_empty(),
        "this answer gives advice and leads"
    );
    h.get_by_label_contains("What you wrote");
    h.get_by_label_contains("What the coach noticed");
    for (n, flag) in coding.flags.iter().enumerate() {
        h.get_by_label_contains(&format!("[{}]({})", flag.words, n + 1));
        h.get_by_label(&format!(
            "({}) \u{201c}{}\u{201d}: {}",
            n + 1,
            flag.words,
            flag.reason
        ));
    }
    // Grading saves the typed text and its code.
    press(&mut h, Key::Num2);
    drop(h);
    let c = env.open();
    let detail = c
        .card_detail(&CardKey::new("test", "one"))
        .expect("history reads")
        .expect("card exists");
    let entry = &detail.history[0];
    assert_eq!(entry.typed.as_deref(), Some(TYPED));
    let stored = entry.coding.as_ref().expect("the coding is saved");
    assert_eq!(stored.code, coding.code.id());
}
