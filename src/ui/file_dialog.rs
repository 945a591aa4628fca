//! Choosing a deck file to open, or where to save one. The system's dialog (through rfd) when it
//! can be shown; when it cannot (no file portal, no D-Bus, no zenity), Reframe's own file
//! browser (egui_file) in the window, and the learner is told once why. A small trait keeps the
//! system dialog out of the tests, which script it (a native dialog cannot be driven by kittest).

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// What a file dialog gave back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    File(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown at all.
    NoDialog,
}

/// Asks the user for a deck file to open, or for where to save one.
pub trait FilePicker {
    fn pick_deck(&mut self) -> Choice;
    /// Asks where to save a file: `title` heads the dialog, `file_name` is suggested
    /// (`my-deck.ron`), and `filters` are (what, extensions) in the order offered.
    fn save_file(&mut self, title: &str, file_name: &str, filters: &[(&str, &[&str])]) -> Choice;
}

/// The system's file dialog through the XDG desktop portal (or zenity when that is installed).
/// Blocks the window while it is open, which also means it cannot be opened twice.
#[derive(Debug, Default)]
pub struct NativePicker;

impl NativePicker {
    fn run(&self, show: impl FnOnce() -> Option<PathBuf>) -> Choice {
        if !native_dialog_possible() {
            return Choice::NoDialog;
        }
        let counting = rfd_errors::install();
        let before = rfd_errors::count();
        match show() {
            Some(path) => Choice::File(path),
            // rfd says nothing when the user cancels, and logs an error when neither the
            // portal nor zenity could show a dialog.
            None if counting && rfd_errors::count() > before => Choice::NoDialog,
            None => Choice::Cancelled,
        }
    }
}

impl FilePicker for NativePicker {
    fn pick_deck(&mut self) -> Choice {
        self.run(|| {
            rfd::FileDialog::new()
                .set_title("Import a Reframe deck")
                .add_filter(
                    "Deck (.ron, .csv, .tsv, Anki .txt)",
                    &reframe_core::deck::convert::READABLE_EXTENSIONS,
                )
                .add_filter("Any file", &["*"])
                .pick_file()
        })
    }

    fn save_file(&mut self, title: &str, file_name: &str, filters: &[(&str, &[&str])]) -> Choice {
        self.run(|| {
            filters
                .iter()
                .fold(rfd::FileDialog::new().set_title(title), |d, (what, ext)| {
                    d.add_filter(*what, ext)
                })
                .set_file_name(file_name)
                .save_file()
        })
    }
}

/// Whether a system dialog can be tried at all. `REFRAME_FILE_DIALOG=builtin` always uses the
/// in-app browser. On Linux and the BSDs the portal needs a D-Bus session bus, and zenity is
/// the other way rfd has; with neither there is nothing to try.
fn native_dialog_possible() -> bool {
    if std::env::var_os("REFRAME_FILE_DIALOG").is_some_and(|v| v == "builtin") {
        return false;
    }
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| Path::new(&d).join("bus").exists());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("zenity").is_file()));
    bus || zenity
}

/// Counts the errors rfd logs: the only sign it gives that no dialog could be shown.
mod rfd_errors {
    use super::{AtomicUsize, Ordering};

    static ERRORS: AtomicUsize = AtomicUsize::new(0);
    static LOGGER: RfdErrors = RfdErrors;
    static INSTALLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

    struct RfdErrors;

    impl log::Log for RfdErrors {
        fn enabled(&self, metadata: &log::Metadata) -> bool {
            metadata.level() <= log::Level::Error && metadata.target().starts_with("rfd")
        }
        fn log(&self, record: &log::Record) {
            if self.enabled(record.metadata()) {
                ERRORS.fetch_add(1, Ordering::Relaxed);
            }
        }
        fn flush(&self) {}
    }

    /// Installs the counter as the process's logger (once); false if another logger was
    /// there first, when the errors cannot be counted.
    pub fn install() -> bool {
        *INSTALLED.get_or_init(|| {
            let ok = log::set_logger(&LOGGER).is_ok();
            if ok {
                log::set_max_level(log::LevelFilter::Error);
            }
            ok
        })
    }

    pub fn count() -> usize {
        ERRORS.load(Ordering::Relaxed)
    }
}

/// A picker that hands out prepared answers in order, for tests and scripted demos.
#[derive(Debug, Default)]
pub struct ScriptedPicker {
    answers: VecDeque<Choice>,
    no_dialog: bool,
}

impl ScriptedPicker {
    /// `Some(path)` is a chosen file, `None` a cancelled dialog; after the last, cancelled.
    pub fn new(answers: impl IntoIterator<Item = Option<PathBuf>>) -> ScriptedPicker {
        ScriptedPicker {
            answers: answers
                .into_iter()
                .map(|a| a.map_or(Choice::Cancelled, Choice::File))
                .collect(),
            no_dialog: false,
        }
    }

    /// A desktop without a file portal: no system dialog can ever be shown.
    pub fn without_dialog() -> ScriptedPicker {
        ScriptedPicker {
            answers: VecDeque::new(),
            no_dialog: true,
        }
    }

    fn next(&mut self) -> Choice {
        if self.no_dialog {
            return Choice::NoDialog;
        }
        self.answers.pop_front().unwrap_or(Choice::Cancelled)
    }
}

impl FilePicker for ScriptedPicker {
    fn pick_deck(&mut self) -> Choice {
        self.next()
    }
    fn save_file(
        &mut self,
        _title: &str,
        _file_name: &str,
        _filters: &[(&str, &[&str])],
    ) -> Choice {
        self.next()
    }
}

/// What the in-app browser was opened for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Purpose {
    /// A deck file to import.
    Import,
    /// Where to export deck `id`.
    Export(String),
    /// Where to save the progress report of the last `days` days (and its CSV beside it).
    Report { days: i64, typed: bool, csv: bool },
}

/// What asking for a file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Asked {
    File(PathBuf),
    Cancelled,
    /// The in-app browser is open; the sentence to show the first time this happens.
    Browser(Option<&'static str>),
}

/// Said once, the first time the in-app browser stands in for the system dialog.
const NO_SYSTEM_DIALOG: &str = "This desktop could not show the system's file dialog (it needs a \
     file portal or zenity), so Reframe's own file browser is open instead: choose a file in the \
     list, or type its full path in \"File name\" and press Enter.";

/// The window's file dialogs: the system picker, and the in-app browser standing in for it.
pub(crate) struct FileDialogs {
    picker: Box<dyn FilePicker>,
    browser: Option<(egui_file::FileDialog, Purpose)>,
    /// No system dialog could be shown once: the in-app browser is used from then on.
    native_missing: bool,
    told: bool,
}

const EXPORT_BROWSER_TITLE: &str = "Export the deck: choose a folder and a file name";

const BROWSER_ID: &str = "reframe-file-browser";

impl FileDialogs {
    pub fn new(picker: Box<dyn FilePicker>) -> FileDialogs {
        FileDialogs {
            picker,
            browser: None,
            native_missing: false,
            told: false,
        }
    }

    /// Asks for a deck file to import.
    pub fn open_deck(&mut self) -> Asked {
        let choice = if self.native_missing {
            Choice::NoDialog
        } else {
            self.picker.pick_deck()
        };
        self.asked(choice, Purpose::Import, None)
    }

    /// Asks where to export deck `id` (as `<id>.<extension>`).
    pub fn export_deck(&mut self, id: &str, extension: &str) -> Asked {
        let file_name = format!("{id}.{extension}");
        let filters: [(&str, &[&str]); 3] = [
            ("Reframe deck (.ron)", &["ron"]),
            ("Spreadsheet (.csv)", &["csv"]),
            ("Tab-separated text (.tsv)", &["tsv"]),
        ];
        let title = "Export the deck";
        let choice = self.save_file(title, &file_name, &filters);
        let purpose = Purpose::Export(id.to_string());
        self.asked(choice, purpose, Some((EXPORT_BROWSER_TITLE, file_name)))
    }

    /// Asks where to save a progress report, suggesting `file_name` (`reframe-report-….html`).
    pub fn save_report(&mut self, file_name: &str, purpose: Purpose) -> Asked {
        let title = "Save the progress report";
        let choice = self.save_file(title, file_name, &[("Web page (.html)", &["html"])]);
        let browser_title = "Save the progress report: choose a folder and a file name";
        self.asked(
            choice,
            purpose,
            Some((browser_title, file_name.to_string())),
        )
    }

    fn save_file(&mut self, title: &str, file_name: &str, filters: &[(&str, &[&str])]) -> Choice {
        if self.native_missing {
            Choice::NoDialog
        } else {
            self.picker.save_file(title, file_name, filters)
        }
    }

    /// `save`: the in-app browser's title and suggested file name when a file is to be saved.
    fn asked(&mut self, choice: Choice, purpose: Purpose, save: Option<(&str, String)>) -> Asked {
        match choice {
            Choice::File(p) => Asked::File(p),
            Choice::Cancelled => Asked::Cancelled,
            Choice::NoDialog => {
                self.native_missing = true;
                let start = directories::UserDirs::new()
                    .map(|u| u.home_dir().to_path_buf())
                    .or_else(|| std::env::current_dir().ok())
                    .unwrap_or_default();
                let dialog = match save {
                    Some((title, name)) => egui_file::FileDialog::save_file()
                        .title(title)
                        .default_filename(name),
                    None => {
                        egui_file::FileDialog::open_file().title("Choose a deck file to import")
                    }
                };
                let mut dialog = dialog
                    .file_label_text("File name:".into())
                    .initial_path(start)
                    .id(egui::Id::unique(BROWSER_ID))
                    .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
                    .default_size([640.0, 480.0])
                    .show_rename(false)
                    .show_new_folder(false)
                    .keep_on_top(true);
                dialog.open();
                self.browser = Some((dialog, purpose));
                let first = !std::mem::replace(&mut self.told, true);
                Asked::Browser(first.then_some(NO_SYSTEM_DIALOG))
            }
        }
    }

    /// Draws the in-app browser when it is open; returns what was chosen with it, once.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<(Purpose, PathBuf)> {
        let (dialog, _) = self.browser.as_mut()?;
        dialog.show(ctx);
        name_unlabelled_widgets(ctx);
        let chosen = match dialog.state() {
            egui_file::State::Open => return None,
            egui_file::State::Selected => dialog.path().map(Path::to_path_buf),
            _ => None,
        };
        let (_, purpose) = self.browser.take()?;
        chosen.map(|p| (purpose, p))
    }
}

/// egui_file leaves its two text boxes without a name and its two icon buttons named by their
/// glyphs; a screen reader (and a test) finds them by these names instead.
fn name_unlabelled_widgets(ctx: &egui::Context) {
    use egui::accesskit::Role;
    let layer = egui::LayerId::new(egui::Order::Middle, egui::Id::unique(BROWSER_ID));
    let mut widgets: Vec<(egui::Id, f32)> = ctx.viewport(|vp| {
        vp.this_pass
            .widgets
            .get_layer(layer)
            .map(|w| (w.id, w.rect.top()))
            .collect()
    });
    widgets.sort_by(|a, b| a.1.total_cmp(&b.1));
    let mut text_boxes = 0;
    for (id, _) in widgets {
        ctx.accesskit_node_builder(id, |node| {
            let label = node.label().map(str::to_string);
            match (node.role(), label.as_deref()) {
                (Role::TextInput, None | Some("")) => {
                    node.set_label(if text_boxes == 0 {
                        "Folder"
                    } else {
                        "File name"
                    });
                    text_boxes += 1;
                }
                (Role::Button, Some("⬆")) => node.set_label("Parent folder"),
                (Role::Button, Some("⟲")) => node.set_label("Refresh the list"),
                _ => {}
            }
        });
    }
}
