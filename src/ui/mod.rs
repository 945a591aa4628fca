//! The desktop app: one [`App`] holding the open collection, the screen on show and the commands
//! the screens sent this frame. Screens only draw and send [`Command`]s; the app applies them
//! after drawing, so "what happens when I press 4" lives in one place: [`App::apply`].

mod browse;
pub mod file_dialog;
mod import;
mod miti;
mod progress;
mod review;
mod settings;
mod summary;
mod theme;
mod today;
mod widgets;

pub use file_dialog::{FilePicker, NativePicker, ScriptedPicker};

use crate::clock::{Clock, SystemClock};
use crate::collection::Collection;
use crate::sm2::Grade;
use crate::store::CardKey;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Opens the Reframe window on `data_dir` and returns when it is closed.
pub fn run_app(data_dir: PathBuf) -> Result<(), String> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Reframe")
            .with_app_id("reframe")
            .with_inner_size([1000.0, 720.0])
            .with_min_inner_size([640.0, 480.0])
            .with_drag_and_drop(true),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "Reframe",
        options,
        Box::new(move |_cc| {
            let app = App::open(&data_dir, Arc::new(SystemClock), Box::new(NativePicker));
            Ok(Box::new(Window {
                app,
                log_frame_times: std::env::var_os("REFRAME_FRAME_TIMES").is_some(),
            }))
        }),
    )
    .map_err(|e| format!("could not open the Reframe window: {e}"))
}

/// The pages reachable from the top bar, with their keyboard shortcuts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Today,
    Browse,
    Import,
    Settings,
    Progress,
}

impl Page {
    const ALL: [Page; 5] = [
        Page::Today,
        Page::Browse,
        Page::Import,
        Page::Settings,
        Page::Progress,
    ];

    fn label(self) -> &'static str {
        match self {
            Page::Today => "Today",
            Page::Browse => "Browse",
            Page::Import => "Import",
            Page::Settings => "Settings",
            Page::Progress => "Progress",
        }
    }

    fn shortcut(self) -> KeyboardShortcut {
        let key = match self {
            Page::Today => Key::Num1,
            Page::Browse => Key::Num2,
            Page::Import => Key::Num3,
            Page::Settings => Key::Num4,
            Page::Progress => Key::Num5,
        };
        KeyboardShortcut::new(Modifiers::COMMAND, key)
    }
}

/// What a screen asks the app to do; applied between frames by [`App::apply`].
#[derive(Debug, Clone)]
pub(crate) enum Command {
    Show(Page),
    StartSession,
    Reveal,
    Answer(Grade),
    Undo,
    SetSuspended(CardKey, bool),
    SaveSettings(Box<crate::store::Settings>),
    PickDeck,
    PreviewDeck(PathBuf),
    InstallDeck,
    RetryOpen,
}

/// The screen on show and its own state (text typed, filters, drafts).
enum Screen {
    Today,
    Review(review::ReviewScreen),
    Summary(summary::SummaryScreen),
    Browse(Box<browse::BrowseScreen>),
    Import(import::ImportScreen),
    Settings(settings::SettingsScreen),
    Progress(progress::ProgressScreen),
}

impl Screen {
    fn page(&self) -> Page {
        match self {
            Screen::Today | Screen::Review(_) | Screen::Summary(_) => Page::Today,
            Screen::Browse(_) => Page::Browse,
            Screen::Import(_) => Page::Import,
            Screen::Settings(_) => Page::Settings,
            Screen::Progress(_) => Page::Progress,
        }
    }
}

/// The whole app. Tests drive it through [`App::ui`] with egui_kittest.
pub struct App {
    data_dir: PathBuf,
    clock: Arc<dyn Clock>,
    picker: Box<dyn FilePicker>,
    /// The open collection, or why it could not be opened (shown in the window).
    collection: Result<Collection, String>,
    screen: Screen,
    commands: Vec<Command>,
    /// A one-line outcome of the last action ("Deck installed", "Could not save: …").
    status: Option<Status>,
    /// A text box had the keyboard at the end of the last frame.
    was_typing: bool,
    /// The learner hid the notes about what was recovered when the collection opened.
    notices_hidden: bool,
    /// Theme and text size last given to egui, so the style is set only when they change.
    applied_style: Option<(egui::ThemePreference, u32)>,
}

#[derive(Debug, Clone)]
pub(crate) struct Status {
    pub problem: bool,
    pub text: String,
}

impl App {
    /// Opens the collection in `data_dir`; if that fails the app still opens and explains why.
    pub fn open(data_dir: &Path, clock: Arc<dyn Clock>, picker: Box<dyn FilePicker>) -> App {
        let collection = open_collection(data_dir, &clock);
        App::new(data_dir, collection, clock, picker)
    }

    /// An app over an already opened collection (or the sentence saying why it did not open).
    pub fn new(
        data_dir: &Path,
        collection: Result<Collection, String>,
        clock: Arc<dyn Clock>,
        picker: Box<dyn FilePicker>,
    ) -> App {
        App {
            data_dir: data_dir.to_path_buf(),
            clock,
            picker,
            collection,
            screen: Screen::Today,
            commands: Vec::new(),
            status: None,
            notices_hidden: false,
            was_typing: false,
            applied_style: None,
        }
    }

    /// The collection, when it is open (for tests and the command handlers).
    pub fn collection(&self) -> Option<&Collection> {
        self.collection.as_ref().ok()
    }

    /// Draws one frame and applies what the user did in it.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.apply_style(&ctx);
        self.take_dropped_files(&ctx);
        self.global_keys(&ctx);

        egui::Panel::top("nav").show(ui, |ui| self.nav_bar(ui));
        if let (Screen::Review(s), Ok(c)) = (&self.screen, &self.collection)
            && s.is_revealed()
            && c.current_card().is_some()
        {
            let out = &mut self.commands;
            egui::Panel::bottom("grades").show(ui, |ui| {
                reading_column(ui, |ui| review::grade_panel(ui, c, out));
            });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.add_space(6.0);
            if matches!(self.screen, Screen::Browse(_)) {
                // Browse scrolls its own list and detail; an outer scroll would defeat show_rows.
                self.status_line(ui);
                self.screen_ui(ui);
            } else {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        reading_column(ui, |ui| {
                            self.status_line(ui);
                            self.screen_ui(ui);
                        })
                    });
            }
        });

        self.was_typing = ctx.text_edit_focused();
        if !self.commands.is_empty() {
            let commands = std::mem::take(&mut self.commands);
            for c in commands {
                self.apply(c);
            }
            // Show the result of the commands now; this happens only after input, never in a loop.
            ctx.request_repaint();
        }
    }

    fn apply_style(&mut self, ctx: &egui::Context) {
        let (pref, scale) = match &self.collection {
            Ok(c) => {
                let s = c.settings();
                (settings::theme_preference(s.theme), s.text_scale)
            }
            Err(_) => (egui::ThemePreference::System, 1.0),
        };
        let key = (pref, scale.to_bits());
        if self.applied_style != Some(key) {
            theme::apply(ctx, pref, scale);
            self.applied_style = Some(key);
        }
    }

    /// A deck file dropped anywhere on the window goes to the Import screen's preview.
    fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        if let Some(file) = dropped.first() {
            self.commands
                .push(Command::PreviewDeck(file.path().to_path_buf()));
        }
    }

    /// Shortcuts that work on every screen: Ctrl+1..4 switch pages, Ctrl+O imports, Escape
    /// goes back to Today.
    fn global_keys(&mut self, ctx: &egui::Context) {
        for page in Page::ALL {
            if ctx.input_mut(|i| i.consume_shortcut(&page.shortcut())) {
                self.commands.push(Command::Show(page));
            }
        }
        // Ctrl+Plus / Ctrl+Minus change the text size, saved like the Settings slider.
        if let Ok(c) = &self.collection {
            let bigger = ctx.input_mut(|i| {
                i.consume_key(Modifiers::COMMAND, Key::Plus)
                    || i.consume_key(Modifiers::COMMAND, Key::Equals)
            });
            let smaller = ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::Minus));
            if bigger || smaller {
                let mut s = c.settings().clone();
                s.text_scale = settings::step_scale(s.text_scale, if bigger { 0.1 } else { -0.1 });
                self.commands.push(Command::SaveSettings(Box::new(s)));
            }
        }
        let open = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
        if ctx.input_mut(|i| i.consume_shortcut(&open)) {
            self.commands.push(Command::PickDeck);
        }
        // In a text box Escape belongs to the box: egui has already taken the keyboard from it
        // this frame, so look at where the keyboard was at the end of the last one.
        if !matches!(self.screen, Screen::Today)
            && !self.was_typing
            && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
        {
            self.commands.push(Command::Show(Page::Today));
        }
    }

    fn nav_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.heading("Reframe");
            ui.add_space(12.0);
            if self.collection.is_err() {
                // Nothing to navigate to until the data folder opens.
                return;
            }
            let here = self.screen.page();
            for page in Page::ALL {
                let text = page.label();
                let r = ui
                    .selectable_label(here == page, text)
                    .on_hover_text(ui.ctx().format_shortcut(&page.shortcut()));
                if r.clicked() {
                    self.commands.push(Command::Show(page));
                }
            }
        });
    }

    fn status_line(&mut self, ui: &mut egui::Ui) {
        if let Some(status) = self.status.clone() {
            ui.horizontal_wrapped(|ui| {
                if status.problem {
                    ui.colored_label(widgets::problem_colour(ui), "Problem:");
                } else {
                    ui.strong("Done:");
                }
                ui.label(&status.text);
                if ui.button("Dismiss message").clicked() {
                    self.status = None;
                }
            });
            ui.separator();
        }
    }

    fn screen_ui(&mut self, ui: &mut egui::Ui) {
        let collection = match &mut self.collection {
            Ok(c) => c,
            Err(why) => {
                problem_page(ui, why, &self.data_dir, &mut self.commands);
                return;
            }
        };
        if !self.notices_hidden {
            self.notices_hidden = notices(ui, collection);
        }
        let out = &mut self.commands;
        match &mut self.screen {
            Screen::Today => today::ui(ui, collection, out),
            Screen::Review(s) => s.ui(ui, collection, out),
            Screen::Summary(s) => s.ui(ui, out),
            Screen::Browse(s) => s.ui(ui, collection, out),
            Screen::Import(s) => s.ui(ui, collection, out),
            Screen::Settings(s) => s.ui(ui, collection, out),
            Screen::Progress(s) => s.ui(ui),
        }
    }

    /// Applies one command. Every change to the collection made by the window happens here.
    fn apply(&mut self, command: Command) {
        if let Command::RetryOpen = command {
            self.collection = open_collection(&self.data_dir, &self.clock);
            self.applied_style = None;
            self.screen = Screen::Today;
            return;
        }
        if let Command::PickDeck = command {
            if let Some(path) = self.picker.pick_deck() {
                self.apply(Command::PreviewDeck(path));
            } else {
                self.screen = Screen::Import(import::ImportScreen::default());
            }
            return;
        }
        let Ok(collection) = &mut self.collection else {
            return;
        };
        match command {
            Command::Show(page) => {
                if matches!(self.screen, Screen::Summary(_)) {
                    collection.end_session();
                }
                self.screen = match page {
                    Page::Today => Screen::Today,
                    Page::Browse => Screen::Browse(Box::new(browse::BrowseScreen::new(collection))),
                    Page::Import => Screen::Import(import::ImportScreen::default()),
                    Page::Settings => Screen::Settings(settings::SettingsScreen::new(collection)),
                    Page::Progress => Screen::Progress(progress::ProgressScreen::new(collection)),
                }
            }
            Command::StartSession => {
                collection.start_session();
                self.screen = next_review_screen(collection);
            }
            Command::Reveal => {
                if let Screen::Review(s) = &mut self.screen {
                    s.reveal();
                }
            }
            Command::Answer(grade) => {
                let (typed, coding) = match &mut self.screen {
                    Screen::Review(s) if s.is_revealed() => s.take_answer(),
                    _ => return,
                };
                let stored = coding.as_ref().map(|c| {
                    let (coder_version, code, flags) = crate::coach::stored(c);
                    crate::store::StoredCoding {
                        coder_version,
                        code,
                        flags,
                    }
                });
                match collection.answer(grade, typed, stored) {
                    Ok(_) => self.screen = next_review_screen(collection),
                    Err(e) => self.status = Some(problem(format!("The answer was not saved: {e}"))),
                }
            }
            Command::Undo => match collection.undo() {
                Ok(true) => {
                    self.status = Some(done("The last answer was taken back.".into()));
                    self.screen = next_review_screen(collection);
                }
                Ok(false) => self.status = Some(problem("There is no answer to take back.".into())),
                Err(e) => {
                    self.status = Some(problem(format!("Could not take the answer back: {e}")))
                }
            },
            Command::SetSuspended(key, suspended) => {
                if let Err(e) = collection.set_suspended(&key, suspended) {
                    self.status = Some(problem(format!("Could not change the card: {e}")));
                }
                if let Screen::Browse(s) = &mut self.screen {
                    s.card_changed(collection);
                }
            }
            Command::SaveSettings(new) => {
                match collection.update_settings(*new) {
                    Ok(()) => self.status = Some(done("Settings saved.".into())),
                    Err(e) => self.status = Some(problem(format!("Settings were not saved: {e}"))),
                }
                self.applied_style = None;
                if let Screen::Settings(s) = &mut self.screen {
                    *s = settings::SettingsScreen::new(collection);
                }
            }
            Command::PreviewDeck(path) => {
                self.screen = Screen::Import(import::ImportScreen::preview(collection, path));
            }
            Command::InstallDeck => {
                let Screen::Import(s) = &mut self.screen else {
                    return;
                };
                let Some(preview) = s.take_ready() else {
                    return;
                };
                match collection.import(&preview) {
                    Ok(()) => {
                        self.status = Some(done(preview.describe()));
                        self.screen = Screen::Today;
                    }
                    Err(e) => {
                        *s = import::ImportScreen::failed(preview.path.clone(), e.to_string());
                    }
                }
            }
            Command::RetryOpen | Command::PickDeck => {}
        }
    }
}

/// The window: the app plus, when `REFRAME_FRAME_TIMES` is set, a line on stderr per frame
/// with the CPU time egui and the app took for the previous frame (how the README's frame
/// times were measured).
struct Window {
    app: App,
    log_frame_times: bool,
}

impl eframe::App for Window {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if self.log_frame_times
            && let Some(cpu) = frame.info().cpu_usage
        {
            eprintln!("frame_cpu_ms {:.3}", cpu * 1000.0);
        }
        self.app.ui(ui);
    }
}

/// Lines longer than this are hard to read; wider windows get margins instead.
const READING_WIDTH: f32 = 860.0;

/// Lays `add` out in a column at most [`READING_WIDTH`] wide, centred in the window.
fn reading_column(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    let width = ui.available_width();
    let margin = ((width - READING_WIDTH) / 2.0).max(0.0);
    ui.horizontal_top(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width.min(READING_WIDTH));
            add(ui);
        });
    });
}

fn open_collection(data_dir: &Path, clock: &Arc<dyn Clock>) -> Result<Collection, String> {
    Collection::open(data_dir, clock.clone()).map_err(|e| e.to_string())
}

/// After a session step: the next card, or the summary once the queue is empty (which also
/// ends the session).
fn next_review_screen(collection: &mut Collection) -> Screen {
    if collection.current_card().is_some() {
        return Screen::Review(review::ReviewScreen::default());
    }
    // The session stays open on the summary, so Ctrl+Z can still take the last answer back.
    match collection.summary() {
        Some(summary) if summary.answers > 0 => {
            Screen::Summary(summary::SummaryScreen::new(summary))
        }
        _ => {
            collection.end_session();
            Screen::Today
        }
    }
}

fn problem(text: String) -> Status {
    Status {
        problem: true,
        text,
    }
}

fn done(text: String) -> Status {
    Status {
        problem: false,
        text,
    }
}

/// What was recovered or could not be loaded when the collection opened, in plain words.
/// Returns true when the learner chose to hide the notes.
fn notices(ui: &mut egui::Ui, collection: &Collection) -> bool {
    let notices = collection.notices();
    if notices.is_empty() {
        return false;
    }
    let mut hide = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.colored_label(
            widgets::problem_colour(ui),
            "Please note: Reframe found problems and kept going",
        );
        for n in notices {
            ui.label(format!("• {}", n.text));
            if let Some(kept) = n
                .kept_at
                .as_ref()
                .filter(|k| !n.text.contains(&k.display().to_string()))
            {
                ui.label(format!("  The original was kept at {}", kept.display()));
            }
        }
        hide = ui.button("Hide these notes").clicked();
    });
    ui.add_space(8.0);
    hide
}

/// The window shown when the data folder could not be opened (locked by another Reframe,
/// written by a newer version, unreadable): what happened and what to do.
fn problem_page(ui: &mut egui::Ui, why: &str, data_dir: &Path, out: &mut Vec<Command>) {
    ui.heading("Reframe cannot open your progress");
    ui.add_space(8.0);
    let mut chars = why.chars();
    let sentence = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
        None => String::new(),
    };
    ui.label(sentence);
    ui.add_space(8.0);
    ui.label(format!("Data folder: {}", data_dir.display()));
    ui.label("Nothing was changed. Close the other Reframe window if one is open, then try again.");
    ui.add_space(8.0);
    if ui.button("Try again").clicked() {
        out.push(Command::RetryOpen);
    }
}
