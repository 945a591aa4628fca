//! Decks: every deck — built in (read-only, with "Make an editable copy"), imported and the
//! learner's own — with its card count and version; New deck, Edit, Export…, Delete…, and
//! whether it is studied. What the page asks for is a [`DeckCommand`], applied by the app
//! between frames like every other command.

use super::commands::{done, problem};
use super::deck_editor::EditorScreen;
use super::file_dialog::{Asked, Purpose};
use super::{App, Command, Screen, widgets};
use egui::{Key, Modifiers, RichText};
use reframe_core::collection::{Change, Collection, DeckEntry, DeckOrigin, Effect};
use reframe_core::deck::DeckFileKind;
use std::path::PathBuf;

/// What the Decks page and the deck editor ask the app to do.
#[derive(Debug, Clone)]
pub(crate) enum DeckCommand {
    /// Open the editor on a new, empty deck.
    New,
    /// Open the editor on deck `id`.
    Edit(String),
    /// Make an editable copy of deck `id` and open it.
    Copy(String),
    /// Save the deck open in the editor.
    Save,
    /// The deck open in the editor was written on another thread.
    Written(Box<super::deck_editor::SaveResult>),
    /// Delete deck `id` (already confirmed on the page).
    Delete(String),
    /// Ask where to export deck `id`, suggesting this extension (`ron`, `csv`, `tsv`).
    Export(String, &'static str),
    /// Write deck `id` to `path`; `replace` once the learner agreed to replace a file.
    ExportTo {
        id: String,
        path: PathBuf,
        replace: bool,
    },
    /// Study deck `id` or not.
    SetActive(String, bool),
}

/// What Export can write: the words on the page, and the file extension.
const EXPORT_KINDS: [(&str, &str); 3] = [
    ("RON (.ron)", "ron"),
    ("spreadsheet (.csv)", "csv"),
    ("tab-separated (.tsv)", "tsv"),
];

/// The Decks page's own state: which deck is selected and what is being confirmed.
#[derive(Default)]
pub(crate) struct DecksScreen {
    selected: Option<String>,
    /// The kind of file Export writes: an index into [`EXPORT_KINDS`].
    export_kind: usize,
    confirm_delete: Option<String>,
    /// An export would replace this file: (deck id, path).
    confirm_replace: Option<(String, PathBuf)>,
}

impl DecksScreen {
    /// The page with deck `id` selected.
    pub fn showing(id: &str) -> DecksScreen {
        DecksScreen {
            selected: Some(id.to_string()),
            ..DecksScreen::default()
        }
    }

    fn keys(&mut self, ui: &mut egui::Ui, decks: &[DeckEntry], out: &mut Vec<Command>) {
        if ui.input_mut(|i| i.consume_shortcut(&super::keys::NEW)) {
            out.push(Command::Deck(DeckCommand::New));
        }
        if ui.ctx().text_edit_focused() || decks.is_empty() {
            return;
        }
        let at = self
            .selected
            .as_ref()
            .and_then(|id| decks.iter().position(|d| d.id == *id));
        let step = |i: usize, down: bool| {
            if down {
                (i + 1).min(decks.len() - 1)
            } else {
                i.saturating_sub(1)
            }
        };
        for (key, down) in [(Key::ArrowDown, true), (Key::ArrowUp, false)] {
            if ui.input_mut(|i| i.consume_key(Modifiers::NONE, key)) {
                let next = at.map_or(0, |i| step(i, down));
                self.selected = Some(decks[next].id.clone());
                self.confirm_delete = None;
            }
        }
        // Enter edits the selected deck unless a control has the keyboard.
        if let Some(d) = at.map(|i| &decks[i])
            && d.origin != DeckOrigin::Bundled
            && ui.memory(|m| m.focused().is_none())
            && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter))
        {
            out.push(Command::Deck(DeckCommand::Edit(d.id.clone())));
        }
    }

    fn list(&mut self, ui: &mut egui::Ui, decks: &[DeckEntry]) {
        egui::Grid::new("decks-list")
            .num_columns(5)
            .striped(true)
            .spacing([18.0, 6.0])
            .show(ui, |ui| {
                ui.strong("Deck");
                ui.strong("From");
                ui.strong("Cards");
                ui.strong("Version");
                ui.strong("Studied");
                ui.end_row();
                for d in decks {
                    let selected = self.selected.as_deref() == Some(d.id.as_str());
                    if ui.selectable_label(selected, &d.title).clicked() {
                        self.selected = Some(d.id.clone());
                        self.confirm_delete = None;
                    }
                    ui.label(d.origin.label());
                    ui.label(d.cards.to_string());
                    ui.label(d.version.to_string());
                    ui.label(if d.active { "yes" } else { "no" });
                    ui.end_row();
                }
            });
    }

    fn detail(&mut self, ui: &mut egui::Ui, d: &DeckEntry, out: &mut Vec<Command>) {
        ui.heading(&d.title);
        if !d.description.is_empty() {
            ui.label(&d.description);
        }
        ui.label(
            RichText::new(format!(
                "By {} · language {} · id {} · version {} · {}",
                d.author,
                d.language,
                d.id,
                d.version,
                widgets::count(d.cards, "card", "cards")
            ))
            .weak(),
        );
        let mut active = d.active;
        if ui.checkbox(&mut active, "Study this deck").changed() {
            out.push(Command::Deck(DeckCommand::SetActive(d.id.clone(), active)));
        }
        ui.add_space(4.0);
        let deck = |c: DeckCommand| Command::Deck(c);
        ui.horizontal_wrapped(|ui| {
            if d.origin == DeckOrigin::Bundled {
                ui.label("Built into Reframe, so it cannot be changed.");
                if ui.button("Make an editable copy").clicked() {
                    out.push(deck(DeckCommand::Copy(d.id.clone())));
                }
            } else if ui.button("Edit deck").clicked() {
                out.push(deck(DeckCommand::Edit(d.id.clone())));
            }
            if ui.button("Export…").clicked() {
                let extension = EXPORT_KINDS[self.export_kind.min(2)].1;
                out.push(deck(DeckCommand::Export(d.id.clone(), extension)));
            }
            ui.label("as");
            for (i, (words, _)) in EXPORT_KINDS.iter().enumerate() {
                ui.radio_value(&mut self.export_kind, i, *words);
            }
            if d.origin != DeckOrigin::Bundled && ui.button("Delete deck…").clicked() {
                self.confirm_delete = Some(d.id.clone());
            }
        });
        if self.confirm_delete.as_deref() == Some(d.id.as_str()) {
            widgets::pane(ui, &format!("Delete \u{201c}{}\u{201d}?", d.title), |ui| {
                ui.label(format!(
                    "Its {} leave your decks. Your answers to them stay in your history \
                     (Browse lists them as retired), and the deck file is kept in the data \
                     folder's kept-aside folder.",
                    widgets::count(d.cards, "card", "cards")
                ));
                ui.horizontal(|ui| {
                    if ui.button("Delete this deck").clicked() {
                        out.push(deck(DeckCommand::Delete(d.id.clone())));
                        self.confirm_delete = None;
                    }
                    if ui.button("Keep it").clicked() {
                        self.confirm_delete = None;
                    }
                });
            });
        }
        if let Some((id, path)) = self.confirm_replace.clone() {
            widgets::pane(ui, "Replace the file?", |ui| {
                ui.label(format!("{} already exists.", path.display()));
                ui.horizontal(|ui| {
                    if ui.button("Replace it").clicked() {
                        out.push(deck(DeckCommand::ExportTo {
                            id,
                            path,
                            replace: true,
                        }));
                        self.confirm_replace = None;
                    }
                    if ui.button("Cancel export").clicked() {
                        self.confirm_replace = None;
                    }
                });
            });
        }
    }
}

impl super::ScreenUi for DecksScreen {
    fn ui(&mut self, ui: &mut egui::Ui, collection: &Collection, out: &mut Vec<Command>) {
        let decks = collection.deck_entries();
        self.keys(ui, &decks, out);
        ui.heading("Decks");
        ui.label(
            "Built-in decks are read-only: make an editable copy to change one. Decks you wrote \
             or imported can be edited, exported and deleted.",
        );
        ui.horizontal(|ui| {
            if ui.button("New deck").on_hover_text("Ctrl+N").clicked() {
                out.push(Command::Deck(DeckCommand::New));
            }
            if ui.button("Import deck…").on_hover_text("Ctrl+O").clicked() {
                out.push(Command::PickDeck);
            }
        });
        ui.add_space(8.0);
        if decks.is_empty() {
            ui.label("No decks are installed.");
            return;
        }
        self.list(ui, &decks);
        ui.add_space(8.0);
        ui.separator();
        let chosen = self
            .selected
            .as_ref()
            .and_then(|id| decks.iter().find(|d| d.id == *id));
        match chosen {
            Some(d) => self.detail(ui, d, out),
            None => {
                ui.label("Select a deck (click, or Up and Down) to edit, export or delete it.");
            }
        }
    }
}

impl App {
    /// Applies what the Decks page or the deck editor asked for.
    pub(super) fn apply_deck(&mut self, command: DeckCommand) {
        let Ok(collection) = &mut self.collection else {
            return;
        };
        match command {
            DeckCommand::New => {
                let author = collection
                    .deck_entries()
                    .into_iter()
                    .rev()
                    .find(|d| d.origin == DeckOrigin::Own)
                    .map(|d| d.author)
                    .unwrap_or_default();
                self.status = None;
                self.screen = Screen::Editor(Box::new(EditorScreen::new_deck(&author)));
            }
            DeckCommand::Edit(id) => {
                if let Some(d) = collection.library().deck(&id) {
                    self.status = None;
                    self.screen = Screen::Editor(Box::new(EditorScreen::open(&d.deck)));
                }
            }
            DeckCommand::Copy(id) => {
                let Some(copy) = collection.editable_copy(&id) else {
                    return;
                };
                let original = collection
                    .library()
                    .deck(&id)
                    .map(|d| d.deck.title.clone())
                    .unwrap_or_default();
                match collection.apply(Change::SaveDeck(Box::new(copy.clone()))) {
                    Ok(_) => {
                        self.status = Some(done(format!(
                            "Made \u{201c}{}\u{201d}, an editable copy of \u{201c}{original}\u{201d}. \
                             The original is unchanged and your progress on it stays with it; \
                             turn it off on the Decks page if you only want to study the copy.",
                            copy.title
                        )));
                        self.screen = Screen::Editor(Box::new(EditorScreen::open(&copy)));
                    }
                    Err(e) => self.status = Some(problem(format!("No copy was made: {e}"))),
                }
            }
            DeckCommand::Save | DeckCommand::Written(_) => {
                let Screen::Editor(editor) = &mut self.screen else {
                    return;
                };
                let next = match command {
                    DeckCommand::Written(written) => {
                        editor.saved_in_background(collection, *written)
                    }
                    _ => editor.save(collection),
                };
                self.commands.extend(next);
            }
            DeckCommand::Delete(id) => match collection.apply(Change::DeleteDeck(id)) {
                Ok(applied) => {
                    if let Effect::DeckDeleted { title, kept_at } = applied.effect {
                        self.status = Some(done(format!(
                            "Deleted \u{201c}{title}\u{201d}. Your answers to its cards stay in your \
                             history (Browse lists them as retired); the deck file is kept at {}.",
                            kept_at.display()
                        )));
                    }
                    self.screen = Screen::Decks(DecksScreen::default());
                }
                Err(e) => self.status = Some(problem(format!("The deck was not deleted: {e}"))),
            },
            DeckCommand::Export(id, extension) => match self.files.export_deck(&id, extension) {
                Asked::File(path) => self.commands.push(Command::Deck(DeckCommand::ExportTo {
                    id,
                    path,
                    // The system dialog has already asked about replacing a file.
                    replace: true,
                })),
                Asked::Cancelled => {}
                Asked::Browser(note) => {
                    if let Some(note) = note {
                        self.status = Some(problem(note.to_string()));
                    }
                }
            },
            DeckCommand::ExportTo { id, path, replace } => {
                let writable = DeckFileKind::of(&path).is_some_and(DeckFileKind::writable);
                // A name typed without an extension becomes .ron: a different file from the
                // one the dialog asked about, so replacing it must be asked again.
                let (path, replace) = match path.extension() {
                    None => (path.with_extension("ron"), false),
                    Some(_) if writable => (path, replace),
                    Some(_) => {
                        self.status = Some(problem(format!(
                            "Nothing was exported: Reframe writes decks as .ron, .csv or .tsv \
                             files, and {} ends otherwise. Export again and choose one of those.",
                            path.display()
                        )));
                        return;
                    }
                };
                if path.exists() && !replace {
                    if let Screen::Decks(s) = &mut self.screen {
                        s.confirm_replace = Some((id, path));
                    } else {
                        self.status = Some(problem(format!(
                            "Nothing was exported: {} already exists. Export again from the \
                             Decks page to choose whether to replace it.",
                            path.display()
                        )));
                    }
                    return;
                }
                let own = collection
                    .deck_entries()
                    .iter()
                    .any(|d| d.id == id && d.origin == DeckOrigin::Own);
                match collection.apply(Change::ExportDeck {
                    id: id.clone(),
                    path: path.clone(),
                }) {
                    Ok(applied) => {
                        if let Effect::Exported { path, version } = applied.effect {
                            let after = if own {
                                "; a change you save from now on gets a higher version, so it \
                                 arrives as an update"
                            } else {
                                ""
                            };
                            self.status = Some(done(format!(
                                "Exported version {version} to {}. Anyone can import that \
                                 file{after}.",
                                path.display()
                            )));
                        }
                    }
                    Err(e) => {
                        self.status = Some(problem(format!("The deck was not exported: {e}")))
                    }
                }
            }
            DeckCommand::SetActive(id, on) => {
                let mut settings = collection.settings().clone();
                if on {
                    settings.inactive_decks.remove(&id);
                } else {
                    settings.inactive_decks.insert(id);
                }
                if let Err(e) = collection.apply(Change::Settings(Box::new(settings))) {
                    self.status = Some(problem(format!("The change was not saved: {e}")));
                }
            }
        }
    }

    /// A file chosen in the in-app browser.
    pub(super) fn file_chosen(&mut self, purpose: Purpose, path: PathBuf) {
        self.commands.push(match purpose {
            Purpose::Import => Command::PreviewDeck(path),
            Purpose::Export(id) => Command::Deck(DeckCommand::ExportTo {
                id,
                path,
                replace: false,
            }),
            Purpose::Report { days, typed, csv } => Command::WriteReport {
                days,
                typed,
                csv,
                path,
                replace_confirmed: false,
            },
        });
    }
}
