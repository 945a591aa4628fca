//! The desktop app: one [`App`] holding the open collection, the screen on show and the commands
//! the screens sent this frame. Screens only draw and send [`Command`]s; the app applies them
//! after drawing, so "what happens when I press 4" lives in one place: [`App::apply`].

mod browse;
mod card_form;
mod charts;
mod commands;
mod deck_editor;
mod decks;
pub mod file_dialog;
pub mod help;
mod import;
mod key_settings;
pub mod keys;
mod levels;
pub mod licences;
mod miti;
mod problems;
mod progress;
mod review;
mod settings;
mod summary;
mod theme;
mod today;
mod widgets;
mod window_loss;

use commands::Command;
pub use file_dialog::{Choice, FilePicker, NativePicker, ScriptedPicker};
pub use keys::Page;

use egui::{Key, Modifiers};
use reframe_core::clock::{Clock, SystemClock};
use reframe_core::collection::Collection;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The app id: the window's (Wayland app id, X11 class), the launcher entry's and the
/// AppStream metainfo's (`assets/org.reframe.Reframe.*`); a test checks the three agree.
pub const APP_ID: &str = "org.reframe.Reframe";

/// The window icon, rendered from `assets/icons/org.reframe.Reframe.svg`.
const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/org.reframe.Reframe-256.png");

/// The window icon as eframe takes it.
pub fn window_icon() -> Result<egui::IconData, String> {
    eframe::icon_data::from_png_bytes(ICON_PNG).map_err(|e| format!("the icon does not load: {e}"))
}

/// Opens the Reframe window on `data_dir` and returns when it is closed.
pub fn run_app(data_dir: PathBuf) -> Result<(), String> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Reframe")
        .with_app_id(APP_ID);
    match window_icon() {
        Ok(icon) => viewport = viewport.with_icon(Arc::new(icon)),
        // A missing icon is no reason to keep the learner from their cards.
        Err(e) => eprintln!("reframe: {e}"),
    }
    let options = eframe::NativeOptions {
        viewport: viewport
            .with_inner_size([1000.0, 720.0])
            .with_min_inner_size([640.0, 480.0])
            .with_drag_and_drop(true),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    // The coach's readers are 7.3 MB of weights (three models since coder version 146), read
    // on first use (about 80 ms here): read them while the window opens, so the first reveal
    // does not wait for them.
    std::thread::spawn(|| {
        reframe_core::coach::learned::shipped();
    });
    let run = || {
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
    };
    match window_loss::run_surviving_window_loss(run) {
        Ok(result) => result.map_err(|e| format!("could not open the Reframe window: {e}")),
        Err(window_loss::WindowLost) => {
            eprintln!("reframe: the window was closed by the window system; every answer is saved");
            Ok(())
        }
    }
}

/// Every screen has this shape: its own state (text typed, filters, drafts), drawn from the
/// collection, sending [`Command`]s for the app to apply after the frame.
pub(crate) trait ScreenUi {
    fn ui(&mut self, ui: &mut egui::Ui, collection: &Collection, out: &mut Vec<Command>);
}

/// The screen on show and its own state (text typed, filters, drafts).
enum Screen {
    Today(today::TodayScreen),
    Review(review::ReviewScreen),
    Summary(summary::SummaryScreen),
    Browse(Box<browse::BrowseScreen>),
    Import(import::ImportScreen),
    Settings(settings::SettingsScreen),
    Progress(progress::ProgressScreen),
    Decks(decks::DecksScreen),
    Editor(Box<deck_editor::EditorScreen>),
}

impl Screen {
    fn page(&self) -> Page {
        match self {
            Screen::Today(_) | Screen::Review(_) | Screen::Summary(_) => Page::Today,
            Screen::Browse(_) => Page::Browse,
            Screen::Import(_) => Page::Import,
            Screen::Settings(_) => Page::Settings,
            Screen::Progress(_) => Page::Progress,
            Screen::Decks(_) | Screen::Editor(_) => Page::Decks,
        }
    }
}

/// The whole app. Tests drive it through [`App::ui`] with egui_kittest.
pub struct App {
    data_dir: PathBuf,
    clock: Arc<dyn Clock>,
    /// The system file dialog, and the in-app browser standing in when it cannot be shown.
    files: file_dialog::FileDialogs,
    /// The open collection, or why it could not be opened (shown in the window).
    collection: Result<Collection, OpenProblem>,
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
    /// The window had the keyboard focus last frame (getting it back looks for other
    /// computers' answers).
    had_window_focus: bool,
    /// Help or About, shown in place of the screen (which keeps its state) while open.
    help: Option<help::HelpScreen>,
    /// "Open in file manager" in About.
    open_folder: help::FolderOpener,
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
        collection: Result<Collection, OpenProblem>,
        clock: Arc<dyn Clock>,
        picker: Box<dyn FilePicker>,
    ) -> App {
        App {
            data_dir: data_dir.to_path_buf(),
            clock,
            files: file_dialog::FileDialogs::new(picker),
            collection,
            screen: Screen::Today(today::TodayScreen),
            commands: Vec::new(),
            status: None,
            notices_hidden: false,
            was_typing: false,
            applied_style: None,
            had_window_focus: true,
            help: None,
            open_folder: help::system_folder_opener(),
        }
    }

    /// The same app with another way to open a folder in the file manager (tests use one that
    /// fails, to see what the learner is told).
    pub fn with_folder_opener(
        mut self,
        open: impl Fn(&Path) -> Result<(), String> + 'static,
    ) -> App {
        self.open_folder = help::immediate_opener(open);
        self
    }

    /// The collection, when it is open (for tests and the command handlers).
    pub fn collection(&self) -> Option<&Collection> {
        self.collection.as_ref().ok()
    }

    /// Draws one frame and applies what the user did in it.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.apply_style(&ctx);
        let focused = ctx.input(|i| i.focused);
        if focused && !self.had_window_focus {
            self.commands.push(Command::LookForOtherComputers);
        }
        self.had_window_focus = focused;
        self.take_dropped_files(&ctx);
        self.global_keys(&ctx);

        egui::Panel::top("nav").show(ui, |ui| self.nav_bar(ui));
        if let (Screen::Review(s), Ok(c), None) = (&self.screen, &self.collection, &self.help)
            && s.is_revealed()
            && review::ReviewScreen::grades_docked(ui.ctx())
            && c.current_card().is_some()
        {
            let out = &mut self.commands;
            egui::Panel::bottom("grades").show(ui, |ui| {
                reading_column(ui, |ui| review::grade_panel(ui, c, out));
            });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.add_space(6.0);
            if matches!(self.screen, Screen::Browse(_) | Screen::Editor(_)) {
                // Browse and the deck editor scroll their own lists and detail; an outer scroll
                // would defeat show_rows.
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

        if let Some((purpose, path)) = self.files.show(&ctx) {
            self.file_chosen(purpose, path);
        }
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
    /// While a file is dragged over the window, says what dropping it will do.
    fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        if let Some(file) = dropped.first() {
            self.commands
                .push(Command::PreviewDeck(file.path().to_path_buf()));
        }
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            let painter = ctx.layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                egui::Id::unique("drop-hint"),
            ));
            let rect = ctx.content_rect();
            painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(170));
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "Drop the deck file to see what importing it would change",
                egui::TextStyle::Heading.resolve(&ctx.global_style()),
                egui::Color32::WHITE,
            );
        }
    }

    /// Shortcuts that work on every screen: Ctrl+1..5 switch pages, Ctrl+O imports, Escape
    /// goes back to Today.
    fn global_keys(&mut self, ctx: &egui::Context) {
        // Settings is waiting for a new review key: the key pressed is for it, not for these.
        if let Screen::Settings(s) = &self.screen
            && s.waiting_for_key()
        {
            return;
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, keys::HELP)) {
            self.help = match self.help {
                Some(_) => None,
                None => Some(help::HelpScreen::new(help::Tab::Help)),
            };
        }
        if self.help.is_some()
            && !self.was_typing
            && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
        {
            self.help = None;
        }
        for entry in &keys::PAGES {
            if ctx.input_mut(|i| i.consume_shortcut(&entry.page.shortcut())) {
                self.commands.push(Command::Show(entry.page));
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
        if ctx.input_mut(|i| i.consume_shortcut(&keys::IMPORT)) {
            self.commands.push(Command::PickDeck);
        }
        // In a text box Escape belongs to the box: egui has already taken the keyboard from it
        // this frame, so look at where the keyboard was at the end of the last one.
        if !matches!(self.screen, Screen::Today(_))
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
            let here = self.help.is_none().then(|| self.screen.page());
            for entry in &keys::PAGES {
                let r = ui
                    .selectable_label(here == Some(entry.page), entry.label)
                    .on_hover_text(ui.ctx().format_shortcut(&entry.page.shortcut()));
                if r.clicked() {
                    self.commands.push(Command::Show(entry.page));
                }
            }
            self.help_button(ui);
        });
    }

    /// "Help" at the right of the top bar; open, it closes Help again.
    fn help_button(&mut self, ui: &mut egui::Ui) {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let open = self.help.is_some();
            let r = ui
                .selectable_label(open, "Help")
                .on_hover_text(keys::HELP.name());
            if r.clicked() {
                self.help = (!open).then(|| help::HelpScreen::new(help::Tab::Help));
            }
        });
    }

    /// Help or About, when open: true if it was drawn (in place of the screen).
    fn help_ui(&mut self, ui: &mut egui::Ui) -> bool {
        let Some(help) = &mut self.help else {
            return false;
        };
        let default_keys = reframe_core::review_keys::ReviewKeys::default();
        let collection = self.collection.as_ref().ok();
        let device =
            collection.and_then(|c| reframe_core::store::device::DeviceId::new(c.device_id()));
        let cx = help::HelpContext {
            keys: collection.map_or(&default_keys, |c| &c.settings().review_keys),
            data_dir: &self.data_dir,
            // Each computer's backups are its own; before the folder opens, the folder of all.
            backups: match &device {
                Some(d) => reframe_core::store::DataDir::new(&self.data_dir, d).backups(),
                None => self.data_dir.join(reframe_core::store::BACKUPS_DIR),
            },
            opener: &self.open_folder,
        };
        if help.ui(ui, &cx, &mut self.commands) {
            self.help = None;
        }
        true
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
        // Help drawn over the deck editor must not switch the editor off: its background save
        // is still picked up, and closing the window with unsaved changes still asks (Help
        // steps aside so the question shows).
        if self.help.is_some()
            && let Screen::Editor(editor) = &mut self.screen
            && editor.watch(ui, &mut self.commands)
        {
            self.help = None;
        }
        if self.help_ui(ui) {
            return;
        }
        let collection = match &mut self.collection {
            Ok(c) => c,
            Err(why) => {
                problems::problem_page(ui, why, &self.data_dir, &mut self.commands);
                return;
            }
        };
        if !self.notices_hidden {
            self.notices_hidden = problems::notices(ui, collection);
        }
        let screen: &mut dyn ScreenUi = match &mut self.screen {
            Screen::Today(s) => s,
            Screen::Review(s) => s,
            Screen::Summary(s) => s,
            Screen::Browse(s) => s.as_mut(),
            Screen::Import(s) => s,
            Screen::Settings(s) => s,
            Screen::Progress(s) => s,
            Screen::Decks(s) => s,
            Screen::Editor(s) => s.as_mut(),
        };
        screen.ui(ui, collection, &mut self.commands);
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

/// Why the data folder could not be opened, and what had been done on disk before that (files
/// moved aside), so the window never says "nothing was changed" when something was.
#[derive(Debug, Clone)]
pub struct OpenProblem {
    pub text: String,
    pub changes: Vec<String>,
}

impl From<reframe_core::store::OpenError> for OpenProblem {
    fn from(e: reframe_core::store::OpenError) -> OpenProblem {
        let changes = e.changes().iter().map(|n| n.text.clone()).collect();
        let text = match e {
            reframe_core::store::OpenError::AfterChanges { error, .. } => error.to_string(),
            other => other.to_string(),
        };
        OpenProblem { text, changes }
    }
}

impl From<String> for OpenProblem {
    fn from(text: String) -> OpenProblem {
        OpenProblem {
            text,
            changes: Vec::new(),
        }
    }
}

fn open_collection(data_dir: &Path, clock: &Arc<dyn Clock>) -> Result<Collection, OpenProblem> {
    Collection::open(data_dir, clock.clone()).map_err(OpenProblem::from)
}
