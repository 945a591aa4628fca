//! One table of pages and one of keys. The nav bar, the page shortcuts, the keys each screen
//! listens for and the README's key table all come from here (a test checks the README
//! against [`markdown_table`]), so what the help says is what the keys do.

use egui::{Key, KeyboardShortcut, Modifiers};
use reframe_core::review_keys::{KeyBinding, ReviewAction, ReviewKeys};

/// The pages reachable from the top bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Today,
    Browse,
    Import,
    Settings,
    Progress,
    Decks,
}

/// A page in the nav bar, with the key that opens it (with Ctrl, Cmd on macOS).
pub struct PageEntry {
    pub page: Page,
    pub label: &'static str,
    pub key: Key,
}

/// The nav bar, in order.
pub const PAGES: [PageEntry; 6] = [
    PageEntry {
        page: Page::Today,
        label: "Today",
        key: Key::Num1,
    },
    PageEntry {
        page: Page::Browse,
        label: "Browse",
        key: Key::Num2,
    },
    PageEntry {
        page: Page::Import,
        label: "Import",
        key: Key::Num3,
    },
    PageEntry {
        page: Page::Settings,
        label: "Settings",
        key: Key::Num4,
    },
    PageEntry {
        page: Page::Progress,
        label: "Progress",
        key: Key::Num5,
    },
    PageEntry {
        page: Page::Decks,
        label: "Decks",
        key: Key::Num6,
    },
];

impl Page {
    pub fn entry(self) -> &'static PageEntry {
        PAGES.iter().find(|e| e.page == self).unwrap_or(&PAGES[0])
    }

    pub fn label(self) -> &'static str {
        self.entry().label
    }

    pub fn shortcut(self) -> KeyboardShortcut {
        KeyboardShortcut::new(Modifiers::COMMAND, self.entry().key)
    }
}

/// Ctrl+O: import a deck file.
pub const IMPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Ctrl+Enter: reveal from inside the response box.
pub const REVEAL_IN_BOX: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter);
/// Ctrl+F: to the search box in Browse.
pub const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
/// F1: Help and About, from anywhere.
pub const HELP: Key = Key::F1;

/// The window's key for a review action the learner may have changed (Settings); `None` only
/// for a name egui does not know, which [`ReviewKeys`] never hands out.
pub fn review_shortcut(keys: &ReviewKeys, action: ReviewAction) -> Option<KeyboardShortcut> {
    shortcut(keys.key(action))
}

fn shortcut(binding: KeyBinding) -> Option<KeyboardShortcut> {
    let modifiers = if binding.ctrl {
        Modifiers::COMMAND
    } else {
        Modifiers::NONE
    };
    Key::from_name(binding.key).map(|key| KeyboardShortcut::new(modifiers, key))
}

/// The review key for `action`, as the learner reads it ("J", "Space", "Ctrl+Z").
pub fn review_key_text(keys: &ReviewKeys, action: ReviewAction) -> String {
    keys.key(action).to_string()
}

/// The six grade keys in one phrase: "0–5" while they are the digits, else "J K L ; ' A" in
/// grade order.
pub fn grade_keys_text(keys: &ReviewKeys) -> String {
    let grades: Vec<String> = (0..=5)
        .map(|q| review_key_text(keys, ReviewAction::Grade(q)))
        .collect();
    if grades.iter().enumerate().all(|(q, k)| *k == q.to_string()) {
        "0–5".to_string()
    } else {
        grades.join(" ")
    }
}

/// Keys the window already uses for something else, with what they do there: a review key
/// cannot be one of these.
pub fn reserved_keys() -> Vec<(KeyBinding, String)> {
    let mut out: Vec<(KeyBinding, String)> = PAGES
        .iter()
        .filter_map(|p| {
            KeyBinding::new(true, p.key.name())
                .ok()
                .map(|k| (k, format!("opens {}", p.label)))
        })
        .collect();
    for (key, does) in [
        (IMPORT.logical_key, "imports a deck file"),
        (FIND.logical_key, "searches in Browse"),
        (Key::Minus, "makes the text smaller"),
        (Key::Equals, "makes the text larger"),
        (NEW.logical_key, "adds a deck or a card on the Decks page"),
        (SAVE.logical_key, "saves in the deck editor"),
        (
            DUPLICATE.logical_key,
            "duplicates a card in the deck editor",
        ),
        (PREVIEW.logical_key, "previews a card in the deck editor"),
    ] {
        if let Ok(k) = KeyBinding::new(true, key.name()) {
            out.push((k, does.to_string()));
        }
    }
    out
}
/// Ctrl+N: a new deck on the Decks page, a new card in the deck editor.
pub const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
/// Ctrl+S: save the deck in the editor.
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
/// Ctrl+D: duplicate the card in the editor.
pub const DUPLICATE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::D);
/// Ctrl+Z: undo in the deck editor (the review's undo key can be changed; this one cannot).
pub const EDIT_UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
/// Ctrl+Shift+Z: redo in the editor.
pub const REDO: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
/// Ctrl+P: the card as a learner sees it, and back.
pub const PREVIEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::P);
/// Alt+Up / Alt+Down: move the card in the editor.
pub const MOVE_UP: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp);
pub const MOVE_DOWN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown);

/// One row of the key table: where it works, the keys, what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRow {
    pub place: &'static str,
    pub keys: String,
    pub does: String,
}

fn row(place: &'static str, keys: impl Into<String>, does: impl Into<String>) -> KeyRow {
    KeyRow {
        place,
        keys: keys.into(),
        does: does.into(),
    }
}

/// Every key the app answers to, in the order a learner meets them, with the default review
/// keys (the README's table).
pub fn key_rows() -> Vec<KeyRow> {
    key_rows_with(&ReviewKeys::default())
}

/// Every key the app answers to, with the review keys the learner set (Help shows these).
pub fn key_rows_with(keys: &ReviewKeys) -> Vec<KeyRow> {
    let key = |a: ReviewAction| review_key_text(keys, a);
    let first = PAGES.first().map_or("", |p| p.key.name());
    let last = PAGES.last().map_or("", |p| p.key.name());
    let names: Vec<&str> = PAGES.iter().map(|p| p.label).collect();
    vec![
        row(
            "anywhere",
            format!("Ctrl+{first} … Ctrl+{last}"),
            names.join(", "),
        ),
        row(
            "anywhere",
            format!("Ctrl+{}", IMPORT.logical_key.name()),
            "import a deck file",
        ),
        row(
            "anywhere",
            "Ctrl+Plus / Ctrl+Minus",
            "larger / smaller text",
        ),
        row("anywhere", HELP.name(), "Help, and About Reframe"),
        row(
            "anywhere",
            "Escape",
            "close Help, else back to Today (in a text box: leave the box)",
        ),
        row("Today", "Enter", "start today's session"),
        row("review", "Tab", "into the \"Your response\" box"),
        row(
            "review",
            format!(
                "{} or Enter (Ctrl+{} in the box)",
                key(ReviewAction::Reveal),
                REVEAL_IN_BOX.logical_key.name()
            ),
            "reveal the model response",
        ),
        row("review", grade_keys_text(keys), "grade 0 to 5"),
        row(
            "review, after reveal",
            "Enter",
            "take the coach's suggested grade",
        ),
        row(
            "review, after reveal",
            key(ReviewAction::CoachWrong),
            "the coach got this wrong: record your own code",
        ),
        row(
            "review, summary",
            key(ReviewAction::Undo),
            "undo the last answer (several steps back)",
        ),
        row(
            "Browse",
            format!("Ctrl+{}, Up/Down", FIND.logical_key.name()),
            "search, move through the results",
        ),
        row(
            "Progress",
            "Tab to the calendar, then arrow keys, Home, End",
            "read any day's answers (a day or a week at a time)",
        ),
        row(
            "Decks",
            format!("Ctrl+{}, Up/Down, Enter", NEW.logical_key.name()),
            "new deck, move through the decks, edit the selected one",
        ),
        row(
            "deck editor",
            format!(
                "Ctrl+{} / Ctrl+{}",
                NEW.logical_key.name(),
                DUPLICATE.logical_key.name()
            ),
            "add a card / duplicate the card",
        ),
        row(
            "deck editor",
            "Up/Down, Alt+Up / Alt+Down",
            "move through the cards, move the card up / down",
        ),
        row(
            "deck editor",
            format!(
                "Ctrl+{} / Ctrl+Shift+{}",
                EDIT_UNDO.logical_key.name(),
                REDO.logical_key.name()
            ),
            "undo / redo",
        ),
        row(
            "deck editor",
            format!(
                "Ctrl+{}, Ctrl+{}",
                PREVIEW.logical_key.name(),
                SAVE.logical_key.name()
            ),
            "preview the card as a learner sees it, save",
        ),
    ]
}

/// The key table as the README shows it.
pub fn markdown_table() -> String {
    let mut out = String::from("| where | key | does |\n|---|---|---|\n");
    for r in key_rows() {
        out.push_str(&format!("| {} | {} | {} |\n", r.place, r.keys, r.does));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_a_review_action_can_have_is_a_key_of_the_window() {
        for name in reframe_core::review_keys::KEY_NAMES {
            let key = Key::from_name(name).unwrap_or_else(|| panic!("{name} is not an egui key"));
            assert_eq!(key.name(), *name, "stored names are egui's own");
        }
        for (binding, _) in reserved_keys() {
            assert!(shortcut(binding).is_some(), "{binding}");
        }
    }
}
