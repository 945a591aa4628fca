//! Shared set-up for the UI tests: a temp data folder with a small test deck, a fake clock, and
//! an app driven by egui_kittest with a scripted file picker.
#![allow(dead_code)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reframe::ui::{App, ScriptedPicker};
use reframe_core::clock::FakeClock;
use reframe_core::collection::Collection;
use reframe_core::deck::{Deck, parse_deck};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const NOW: &str = "2026-03-02T09:00:00+01:00";

/// A deck of `cards.len()` cards with the given (id, statement) pairs, at `version`.
pub fn deck_text(id: &str, version: u32, cards: &[(&str, &str)]) -> String {
    let mut s = format!(
        "Deck(format: 1, id: \"{id}\", title: \"Test deck {id}\", author: \"Tests\", version: {version}, language: \"en\", cards: [\n"
    );
    for (cid, statement) in cards {
        s.push_str(&format!(
            "Card(id: \"{cid}\", statement: \"{statement}\", response: \"It sounds like you want to decide this for yourself.\", technique: \"complex-reflection\", category: \"mandated\", note: \"Reflects the wish for control.\", foil: Some(Foil(text: \"You have to come here.\", flaw: \"A reminder of force invites more push-back.\")), tags: [\"court\"]),\n"
        ));
    }
    s.push_str("])\n");
    s
}

pub fn three_cards() -> Vec<(&'static str, &'static str)> {
    vec![
        ("one", "My probation officer made me come."),
        ("two", "Therapy is a waste of my time."),
        ("three", "I only drink on weekends, it is fine."),
    ]
}

pub fn test_deck() -> Deck {
    parse_deck(deck_text("test", 1, &three_cards()).as_bytes(), "test.ron")
        .expect("test deck parses")
}

pub struct Env {
    pub dir: tempfile::TempDir,
    /// Where deck files to import are written (outside the data folder).
    pub files: tempfile::TempDir,
    pub clock: FakeClock,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
            files: tempfile::tempdir().expect("temp dir"),
            clock: FakeClock::at(NOW),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn open(&self) -> Collection {
        self.open_on(vec![test_deck()])
    }

    /// The collection on this folder with `decks` as the bundled decks.
    pub fn open_on(&self, decks: Vec<Deck>) -> Collection {
        Collection::open_with_decks(self.path(), Arc::new(self.clock.clone()), decks)
            .expect("collection opens")
    }

    pub fn app(&self) -> App {
        self.app_with_picker(ScriptedPicker::default())
    }

    /// The app on this folder with `decks` as the bundled decks instead of the test deck.
    pub fn app_on(&self, decks: Vec<Deck>) -> App {
        self.app_from(self.open_on(decks), ScriptedPicker::default())
    }

    pub fn app_with_picker(&self, picker: ScriptedPicker) -> App {
        self.app_from(self.open(), picker)
    }

    fn app_from(&self, collection: Collection, picker: ScriptedPicker) -> App {
        App::new(
            self.path(),
            Ok(collection),
            Arc::new(self.clock.clone()),
            Box::new(picker),
        )
    }

    /// Writes a file next to the data folder and returns its path.
    pub fn file(&self, name: &str, text: &str) -> PathBuf {
        let p = self.files.path().join(name);
        std::fs::write(&p, text).expect("write test file");
        p
    }
}

pub fn harness(app: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1000.0, 720.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

/// One key press and the frames it causes.
pub fn press(h: &mut Harness<'static, App>, key: egui::Key) {
    h.key_press(key);
    h.run();
}

/// Ctrl (Cmd on macOS) with a key, and the frames it causes.
pub fn press_ctrl(h: &mut Harness<'static, App>, key: egui::Key) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, key);
    h.run();
}

/// Text typed into the box that has the keyboard, and the frames it causes.
pub fn type_keys(h: &mut Harness<'static, App>, text: &str) {
    h.input_mut()
        .events
        .push(egui::Event::Text(text.to_string()));
    h.run();
}

/// Replaces the text of the box that has the keyboard.
pub fn retype(h: &mut Harness<'static, App>, text: &str) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    press(h, egui::Key::Backspace);
    type_keys(h, text);
}

/// In Reframe's own file browser (shown when no system dialog can be): types `path` as the
/// file name and presses Enter, as a learner would.
pub fn choose_in_browser(h: &mut Harness<'static, App>, path: &Path) {
    h.get_by_label("File name").focus();
    h.run();
    retype(h, &path.display().to_string());
    press(h, egui::Key::Enter);
}

/// From Today: start the session (Enter) and answer the first card without typing
/// (Space reveals, then the grade key).
pub fn start_and_answer_first(h: &mut Harness<'static, App>, grade_key: egui::Key) {
    press(h, egui::Key::Enter);
    press(h, egui::Key::Space);
    press(h, grade_key);
}
// This computer's own files, shared with the store tests' helpers.
#[path = "../own_files/mod.rs"]
mod own_files;
#[allow(unused_imports)]
pub use own_files::*;

/// From Today: start the session and type `text` into the first card's response box.
pub fn start_and_type(h: &mut Harness<'static, App>, text: &str) {
    press(h, egui::Key::Enter);
    type_response(h, text);
}

/// Types `text` into the shown card's "Your response" box.
pub fn type_response(h: &mut Harness<'static, App>, text: &str) {
    use egui_kittest::kittest::Queryable;
    h.get_by_label("Your response").click();
    h.run();
    h.get_by_label("Your response").type_text(text);
    h.run();
}
