//! Choosing a deck file or where to save one: a small trait so the native dialog can be swapped for a fake in tests
//! (a native dialog cannot be driven by kittest).

use std::path::PathBuf;

/// Asks the user for one deck file; `None` when they cancel or no dialog is available.
pub trait FilePicker {
    fn pick_deck(&mut self) -> Option<PathBuf>;

    /// Asks where to save a file, suggesting `name`; `filter` is (what, extensions). `None`
    /// when they cancel or no dialog is available.
    fn save_file(&mut self, title: &str, name: &str, filter: (&str, &[&str])) -> Option<PathBuf> {
        let _ = (title, name, filter);
        None
    }
}

/// The system's file dialog through the XDG desktop portal (or zenity when that is installed).
/// Blocks the window while it is open, which also means it cannot be opened twice.
#[derive(Debug, Default)]
pub struct NativePicker;

impl FilePicker for NativePicker {
    fn pick_deck(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Import a Reframe deck")
            .add_filter(
                "Deck (.ron, .csv, .tsv, Anki .txt)",
                &reframe_core::deck::convert::READABLE_EXTENSIONS,
            )
            .add_filter("Any file", &["*"])
            .pick_file()
    }

    fn save_file(&mut self, title: &str, name: &str, filter: (&str, &[&str])) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .set_file_name(name)
            .add_filter(filter.0, filter.1)
            .save_file()
    }
}

/// A picker that hands out prepared answers in order, for tests and scripted demos.
#[derive(Debug, Default)]
pub struct ScriptedPicker {
    answers: std::collections::VecDeque<Option<PathBuf>>,
}

impl ScriptedPicker {
    pub fn new(answers: impl IntoIterator<Item = Option<PathBuf>>) -> ScriptedPicker {
        ScriptedPicker {
            answers: answers.into_iter().collect(),
        }
    }
}

impl FilePicker for ScriptedPicker {
    fn pick_deck(&mut self) -> Option<PathBuf> {
        self.answers.pop_front().flatten()
    }

    fn save_file(
        &mut self,
        _title: &str,
        _name: &str,
        _filter: (&str, &[&str]),
    ) -> Option<PathBuf> {
        self.answers.pop_front().flatten()
    }
}
