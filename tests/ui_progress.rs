//! The Progress page: after a session with typed answers it shows each MITI figure with its
//! band in words; with none yet it says how to get coached; the study days are listed.

mod ui_support;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use reframe_core::coach::{self, CODER_VERSION, Code};
use reframe_core::scheduler::StoredCoding;
use reframe_core::sm2::Grade;
use ui_support::{Env, harness};

const SIMPLE: &str = "You're here because someone else decided it.";
const COMPLEX: &str = "Part of you likes how drinking helps you unwind, and part of you is worried about the mornings.";
const CLOSED: &str = "Do you drink every day?";

#[test]
fn after_typed_answers_progress_shows_the_figures_and_their_bands() {
    for (text, code) in [
        (SIMPLE, Code::SimpleReflection),
        (COMPLEX, Code::ComplexReflection),
        (CLOSED, Code::ClosedQuestion),
    ] {
        assert_eq!(
            coach::code(text).code,
            code,
            "the coder's reading of {text:?}"
        );
    }
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    h.key_press(Key::Enter);
    h.run();
    // Three cards, each answered by typing before revealing, then graded 5.
    for text in [COMPLEX, SIMPLE, CLOSED] {
        h.get_by_label("Your response").click();
        h.run();
        h.get_by_label("Your response").type_text(text);
        h.run();
        h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
        h.run();
        h.key_press(Key::Num5);
        h.run();
    }
    h.get_by_label("Session done");

    // Ctrl+5 opens Progress from anywhere.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num5);
    h.run();
    h.get_by_label("Your progress");
    // Two reflections to one question, one of the two reflections complex, nothing persuasive.
    assert_eq!(
        h.query_all_by_label("2.0 : 1, good").count(),
        2,
        "today and all time"
    );
    assert_eq!(h.query_all_by_label("50 %, good").count(), 2);
    assert_eq!(h.query_all_by_label("0, on target").count(), 2);
    h.get_by_label("All time");
    h.get_by_label_contains("fair from 1 : 1, good from 2 : 1");
    h.get_by_label_contains("fair from 40 %, good from 50 %");
    h.get_by_label_contains("the target is 0");
    // The study rhythm: today's three answers and the streak.
    h.get_by_label("Study streak: 1 day");
    h.get_by_label("3 answers on 1 of the last 14 days.");
    h.get_by_label_contains("Today, Mon 2 Mar");
}

#[test]
fn with_no_typed_answers_progress_says_how_to_get_coached() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    h.get_by_label("Progress").click();
    h.run();
    h.get_by_label_contains("Type your response before revealing to get coached");
    h.get_by_label("Study streak: 0 days");
    h.get_by_label("No answers in the last 14 days yet.");
    assert!(h.query_by_label("All time").is_none(), "no empty table");
}

#[test]
fn older_codings_are_recoded_and_bands_below_fair_are_named() {
    let env = Env::new();
    {
        // Two questions and a reflection an older coder got wrong, saved before this app opens.
        let mut c = env.open();
        c.start_session();
        let grade = Grade::new(5).expect("a grade");
        let old = StoredCoding {
            coder_version: CODER_VERSION - 1,
            code: "confront".to_string(),
            flags: vec!["confront".to_string()],
            also: None,
        };
        c.answer(grade, Some(SIMPLE.to_string()), Some(old))
            .expect("saved");
        for _ in 0..2 {
            let coding = StoredCoding::from(&coach::code(CLOSED));
            c.answer(grade, Some(CLOSED.to_string()), Some(coding))
                .expect("saved");
        }
    }
    let mut h = harness(env.app());
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num5);
    h.run();
    assert_eq!(h.query_all_by_label("0.5 : 1, below fair").count(), 2);
    assert_eq!(h.query_all_by_label("0 %, below fair").count(), 2);
    assert_eq!(
        h.query_all_by_label("0, on target").count(),
        2,
        "the old confront reading is gone"
    );
    h.get_by_label_contains("1 answer saved by an earlier version of the coach was coded again");
    // The table can show weeks instead of days, and says which it shows.
    h.get_by_label("By week").click();
    h.run();
    h.get_by_label("Week of Mon 2 Mar 2026");
}
