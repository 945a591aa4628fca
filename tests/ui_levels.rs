//! Levels in the window: Today shows the level of each kind of resistance and how close the
//! next one is, Review shows the card's level and, after reveal, the other good answers, and
//! Settings turns the introduction by level off and on.

mod ui_support;

use egui_kittest::kittest::Queryable;
use reframe::ui::App;
use reframe_core::deck::parse_deck;
use ui_support::{Env, harness, press};

/// Three beginner cards, one intermediate with two other good answers, one advanced; the
/// intermediate card comes first in the deck.
const DECK: &str = r#"Deck(format: 2, id: "lv", title: "Levels deck", author: "Tests", version: 1, language: "en", cards: [
Card(id: "i0", level: "intermediate", statement: "I want to stop, but the court can't make me.", response: "Part of you wants to stop, and you want it to be your choice.", technique: "double-sided-reflection", category: "mandated", note: "Both sides, ending on the wish to stop.",
  alternatives: [
    Alternative(response: "Whether you stop is up to you, whatever the court says.", technique: "autonomy", note: "Hands the choice back."),
    Alternative(response: "What would stopping give you?", technique: "open-question", note: "Invites the client's own reasons."),
  ]),
Card(id: "b0", statement: "My probation officer made me come.", response: "Coming here wasn't your idea.", technique: "simple-reflection", category: "mandated", note: "Reflects the pressure."),
Card(id: "a0", level: "advanced", statement: "You people are all the same, and I'm done talking.", response: "You've had enough of being told what to do.", technique: "complex-reflection", category: "mandated", note: "Reflects the anger under the words."),
Card(id: "b1", level: "beginner", statement: "I only came to get the letter.", response: "The letter is what matters to you today.", technique: "simple-reflection", category: "mandated", note: "Reflects the goal."),
Card(id: "b2", level: "beginner", statement: "My boss sent me, not my choice.", response: "This was your boss's idea, not yours.", technique: "simple-reflection", category: "mandated", note: "Reflects who decided."),
])"#;

fn app(env: &Env) -> App {
    let deck = parse_deck(DECK.as_bytes(), "lv.ron").expect("the test deck parses");
    env.app_on(vec![deck])
}

#[test]
fn today_shows_each_kind_of_resistance_at_its_level_and_review_shows_the_card_level() {
    let env = Env::new();
    let mut h = harness(app(&env));
    h.run();
    h.get_by_label("Today: 3 cards to study");
    h.get_by_label("Your levels");
    h.get_by_label("Mandated");
    h.get_by_label(
        "new cards from beginner; 3 more to master for intermediate (0 of 3 beginner mastered)",
    );

    press(&mut h, egui::Key::Enter);
    // The first card is the first beginner one, not the intermediate card that heads the deck.
    h.get_by_label_contains("My probation officer made me come.");
    h.get_by_label_contains("Beginner level");
}

#[test]
fn other_good_answers_show_after_reveal_with_their_technique() {
    let env = Env::new();
    let mut h = harness(app(&env));
    h.run();
    // Levels off: deck order, so the intermediate card with other good answers comes first.
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("Introduce harder statements when I'm ready")
        .click();
    h.run();
    h.get_by_label("New cards come in deck order.");
    h.get_by_label("Today").click();
    h.run();
    h.get_by_label("Today: 5 cards to study");
    assert!(h.query_by_label("Your levels").is_none());

    press(&mut h, egui::Key::Enter);
    h.get_by_label_contains("Intermediate level");
    assert!(
        h.query_by_label("Other good answers").is_none(),
        "hidden before reveal"
    );
    press(&mut h, egui::Key::Space);
    h.get_by_label("Other good answers");
    h.get_by_label_contains("Whether you stop is up to you, whatever the court says.");
    h.get_by_label("Emphasising autonomy: Hands the choice back.");
    h.get_by_label_contains("What would stopping give you?");
    drop(h);

    // The setting was saved.
    let deck = parse_deck(DECK.as_bytes(), "lv.ron").unwrap();
    let c = env.open_on(vec![deck]);
    assert!(!c.settings().introduce_by_level);
}

#[test]
fn three_misses_in_a_row_say_so_on_today() {
    let env = Env::new();
    let mut h = harness(app(&env));
    h.run();
    // b0, b1 and b2 missed: the three beginner cards answered last were all missed.
    press(&mut h, egui::Key::Enter);
    for _ in 0..3 {
        press(&mut h, egui::Key::Space);
        press(&mut h, egui::Key::Num1);
    }
    h.get_by_label("Today").click();
    h.run();
    h.get_by_label_contains("Mandated: your last three beginner answers were graded below 3.");
}
