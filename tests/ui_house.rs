//! What the house issue's window defects look like to a learner, each driven through the real
//! app: a failed save keeps the typed reply, the grade buttons appear once at any text size, a
//! huge paste is cut with a visible counter, the session summary and the Progress page say
//! the same MITI figures, and the problem page says what was actually done.

mod ui_support;

use egui::Key;
use egui_kittest::kittest::Queryable;
use reframe::ui::{App, ScriptedPicker};
use std::sync::Arc;
use ui_support::{Env, harness, own_log, own_settings, press, press_ctrl};

const TYPED: &str = "Part of you wants to keep it and part of you is tired of it.";

/// Starts the session, types `text` into the response box and reveals with Ctrl+Enter.
fn type_and_reveal(h: &mut egui_kittest::Harness<'static, App>, text: &str) {
    press(h, Key::Enter);
    h.get_by_label("Your response").click();
    h.run();
    h.get_by_label("Your response").type_text(text);
    h.run();
    press_ctrl(h, Key::Enter);
}

#[test]
fn a_failed_save_keeps_the_typed_reply_and_the_reveal_so_it_can_be_tried_again() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    type_and_reveal(&mut h, TYPED);
    h.get_by_label_contains("What you wrote");
    // Something outside the app puts a folder where the log was: the save cannot happen.
    let log = own_log(env.path());
    std::fs::remove_file(&log).ok();
    std::fs::create_dir(&log).expect("a folder in the log's place");
    press(&mut h, Key::Num4);
    h.get_by_label_contains("The answer was not saved");
    // Still revealed, with the learner's words and the grade buttons: nothing was lost.
    h.get_by_label_contains("What you wrote");
    h.get_by_label_contains(TYPED);
    assert!(
        h.query_all_by_label_contains("Next:").count() == 6,
        "the six grade buttons are still there"
    );
    // Once the folder is back to normal the same grade saves.
    std::fs::remove_dir(&log).expect("remove the folder");
    press(&mut h, Key::Num4);
    assert!(
        h.query_by_label_contains("The answer was not saved")
            .is_none()
    );
    drop(h);
    let c = env.open();
    assert_eq!(c.today().studied_today, 1);
}

#[test]
fn at_the_largest_text_size_the_grade_buttons_are_drawn_once_from_the_first_frame() {
    let env = Env::new();
    {
        let mut c = env.open();
        let mut s = c.settings().clone();
        s.text_scale = 2.0;
        c.update_settings(s).expect("settings saved");
    }
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(900.0, 560.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), env.app());
    h.run();
    press(&mut h, Key::Enter);
    // One frame after the reveal, before the layout could settle on a second pass.
    h.key_press(Key::Space);
    h.step();
    let fives = h.query_all_by_label_contains("5 ·").count();
    assert_eq!(fives, 1, "grade 5 is offered once, not in two places");
    h.run();
    assert_eq!(h.query_all_by_label_contains("5 ·").count(), 1);
}

#[test]
fn a_huge_paste_is_cut_to_the_limit_and_the_counter_says_so() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    press(&mut h, Key::Enter);
    h.get_by_label_contains("0 / 1000 characters");
    h.get_by_label("Your response").click();
    h.run();
    h.event(egui::Event::Paste("You need to stop. ".repeat(60_000)));
    h.run();
    h.get_by_label_contains("1000 / 1000 characters");
    h.get_by_label_contains("What you pasted was cut to fit");
    // Typing within the limit again clears the note.
    for _ in 0..5 {
        h.key_press(Key::Backspace);
    }
    h.run();
    h.get_by_label_contains("995 / 1000 characters");
    assert!(h.query_by_label_contains("cut to fit").is_none());
}

#[test]
fn the_session_summary_and_the_progress_page_give_the_same_miti_figures() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    // Three cards, each answered with a typed reflection; no questions at all.
    press(&mut h, Key::Enter);
    for reply in [
        "You'd rather be anywhere else than here.",
        "Nothing about this feels useful to you.",
        "The weekends feel like yours and yours alone.",
    ] {
        h.get_by_label("Your response").click();
        h.run();
        h.get_by_label("Your response").type_text(reply);
        h.run();
        press_ctrl(&mut h, Key::Enter);
        press(&mut h, Key::Num5);
    }
    h.get_by_label("Session done");
    let m = {
        let mut m = reframe_core::coach::MitiSummary::default();
        for reply in [
            "You'd rather be anywhere else than here.",
            "Nothing about this feels useful to you.",
            "The weekends feel like yours and yours alone.",
        ] {
            m.add(&reframe_core::coach::code(reply));
        }
        m
    };
    let words = [
        m.reflection_to_question_words(),
        m.percent_complex_words(),
        m.non_adherent_words(),
    ];
    for w in &words {
        h.get_by_label(w);
    }
    press_ctrl(&mut h, Key::Num5);
    for w in &words {
        assert!(
            h.query_all_by_label(w).count() >= 1,
            "the Progress page says {w:?} too"
        );
    }
}

#[test]
fn the_problem_page_says_nothing_changed_only_when_nothing_did() {
    let env = Env::new();
    drop(env.open());
    // A log from a newer Reframe beside broken settings: refused before anything moves.
    std::fs::write(own_log(env.path()), "Review(v:9,seq:1,future:true)\n").expect("write log");
    std::fs::write(own_settings(env.path()), "broken").expect("write settings");
    let app = App::open(
        env.path(),
        Arc::new(env.clock.clone()),
        Box::new(ScriptedPicker::default()),
    );
    let mut h = harness(app);
    h.run();
    h.get_by_label("Reframe cannot open your progress");
    h.get_by_label("Nothing was changed.");
    assert_eq!(
        std::fs::read_to_string(own_settings(env.path())).expect("still there"),
        "broken",
        "the settings file was not moved aside"
    );
}
