//! One table of pages and one of keys. The nav bar, the page shortcuts, the keys each screen
//! listens for and the README's key table all come from here (a test checks the README
//! against [`markdown_table`]), so what the help says is what the keys do.

use egui::{Key, KeyboardShortcut, Modifiers};

/// The pages reachable from the top bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Today,
    Browse,
    Import,
    Settings,
    Progress,
}

/// A page in the nav bar, with the key that opens it (with Ctrl, Cmd on macOS).
pub struct PageEntry {
    pub page: Page,
    pub label: &'static str,
    pub key: Key,
}

/// The nav bar, in order.
pub const PAGES: [PageEntry; 5] = [
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
/// Ctrl+Z: undo the last answer.
pub const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
/// Ctrl+Enter: reveal from inside the response box.
pub const REVEAL_IN_BOX: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter);
/// Ctrl+F: to the search box in Browse.
pub const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
/// The grade keys, 0 to 5.
pub const GRADES: [Key; 6] = [
    Key::Num0,
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
];

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

/// Every key the app answers to, in the order a learner meets them.
pub fn key_rows() -> Vec<KeyRow> {
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
        row(
            "anywhere",
            "Escape",
            "back to Today (in a text box: leave the box)",
        ),
        row("Today", "Enter", "start today's session"),
        row("review", "Tab", "into the \"Your response\" box"),
        row(
            "review",
            format!(
                "Space or Enter (Ctrl+{} in the box)",
                REVEAL_IN_BOX.logical_key.name()
            ),
            "reveal the model response",
        ),
        row(
            "review",
            format!("{} … {}", GRADES[0].name(), GRADES[5].name()),
            "grade",
        ),
        row(
            "review, summary",
            format!("Ctrl+{}", UNDO.logical_key.name()),
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
