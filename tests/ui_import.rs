//! Importing decks through the window: a broken file shows every problem with its line and
//! column and changes nothing; a newer version says what changes and keeps progress.

mod ui_support;

use egui::Key;
use egui_kittest::kittest::Queryable;
use reframe::ui::ScriptedPicker;
use reframe_core::scheduler::CardKey;
use std::path::PathBuf;
use ui_support::{Env, deck_text, harness, press_ctrl, start_and_answer_first, three_cards};

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_broken_deck_lists_its_problems_and_changes_nothing() {
    let env = Env::new();
    let broken = env.file(
        "broken.ron",
        "Deck(format: 1, id: \"Bad Id\", title: \"\", author: \"A\", version: 1, language: \"en\",\n  cards: [Card(id: \"x\", statement: \"s\", response: \"r\", technique: \"lecturing\", category: \"mandated\", note: \"n\")])\n",
    );
    let picker = ScriptedPicker::new([Some(broken)]);
    let mut h = harness(env.app_with_picker(picker));
    let decks_before = std::fs::read_dir(env.path().join("decks"))
        .map(|d| d.count())
        .ok();
    h.run();
    press_ctrl(&mut h, Key::Num3);
    h.get_by_label("Import deck…").click();
    h.run();
    h.get_by_label_contains("This deck cannot be imported");
    h.get_by_label_contains("Nothing was changed");
    // Every problem is listed with where it is.
    assert!(h.get_all_by_label_contains("line 2, column").count() >= 1);
    h.get_by_label_contains("lecturing");
    assert!(h.query_by_label("Install deck").is_none());
    drop(h);
    let decks_after = std::fs::read_dir(env.path().join("decks"))
        .map(|d| d.count())
        .ok();
    assert_eq!(decks_before, decks_after, "no deck file was added");
    let c = env.open();
    assert_eq!(c.library().decks().len(), 1);
}

#[test]
fn a_new_version_dropped_on_the_window_keeps_progress() {
    let env = Env::new();
    // Study one card of version 1 first.
    {
        let mut h = harness(env.app());
        h.run();
        start_and_answer_first(&mut h, Key::Num5);
    }
    let mut cards = three_cards();
    cards[1].1 = "Therapy has never helped anyone I know.";
    cards.push(("four", "My wife exaggerates how much I drink."));
    let v2 = env.file("test-v2.ron", &deck_text("test", 2, &cards));

    let mut h = harness(env.app());
    h.run();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(v2)));
    h.run();
    h.get_by_label_contains("from version 1 to 2");
    h.get_by_label_contains("Your progress is kept");
    h.get_by_label_contains("Added (1): four");
    h.get_by_label_contains("Changed (progress kept) (1): two");
    h.get_by_label("Update deck").click();
    h.run();
    h.get_by_label_contains("Done:");
    h.get_by_label_contains("3 cards to study");
    drop(h);

    let c = env.open();
    let deck = &c.library().deck("test").expect("installed").deck;
    assert_eq!((deck.version, deck.cards.len()), (2, 4));
    let one = c
        .card_detail(&CardKey::new("test", "one"))
        .expect("reads")
        .expect("exists");
    assert_eq!(
        one.history.len(),
        1,
        "the answer to card one survived the update"
    );
    assert!(one.progress.sm2.is_some());
}
