//! The deck editor: the deck's title, description, author and language; its cards in a
//! virtualised list (only the visible rows are laid out, so a 10,000-card deck stays quick) with
//! add, duplicate, delete and reorder; the selected card's form or its preview exactly as a
//! learner sees it; Save (Ctrl+S), undo and redo. Checks run on the card being edited only; each
//! card's problem count is kept up to date by the core's editor as it changes.

use super::card_form::{self, FormContext};
use super::decks::DeckCommand;
use super::keys;
use super::review::ReviewScreen;
use super::{Command, widgets};
use egui::{Key, Modifiers, RichText};
use reframe_core::authoring::{
    Blocked, CardDraft, CoachNote, DeckField, Editor, Field, SaveTicket, coach_notes,
};
use reframe_core::collection::{Applied, CardView, Change, Collection, Effect, WrittenDeck};
use reframe_core::deck::Deck;
use reframe_core::review_keys::ReviewKeys;
use reframe_core::scheduler::CardKey;
use std::sync::mpsc::{Receiver, channel};

/// A card as last checked, with its problems and the coach's notes.
type Checked = (CardDraft, Vec<(Field, String)>, Vec<CoachNote>);

/// A deck with at least this many cards is written on another thread, so the window never
/// stalls while a big file is written and fsynced (a 10,000-card deck takes about 60 ms).
const SAVE_IN_BACKGROUND_FROM: usize = 2_000;

/// What a save gives back: the file written, or why not.
pub(crate) type SaveResult = Result<WrittenDeck, String>;

/// A save under way on another thread.
struct Saving {
    done: Receiver<SaveResult>,
    ticket: SaveTicket,
}

/// Where the author was going when asked about unsaved changes.
enum Leave {
    Command(Box<Command>),
    CloseWindow,
}

pub(crate) struct EditorScreen {
    editor: Editor,
    selected: Option<usize>,
    scroll_to_selected: bool,
    /// The statement box takes the keyboard next frame (a card was just added).
    focus_statement: bool,
    /// The title box takes the keyboard next frame (a new deck).
    focus_title: bool,
    /// `Some` while the selected card is shown as a learner sees it.
    preview: Option<ReviewScreen>,
    /// The selected card's problems and coach notes, worked out when the card last changed.
    checked: Option<Checked>,
    /// Asking what to do with unsaved changes before leaving.
    leaving: Option<Leave>,
    /// The author chose to discard the changes: leaving is no longer stopped.
    discarded: bool,
    /// Where to go once the save under way (or asked for) is done.
    after_save: Option<Leave>,
    /// A big deck being written on another thread.
    saving: Option<Saving>,
    /// The window's context, for waking it when a background save is done.
    ctx: Option<egui::Context>,
    /// The outcome of the last save, or why it could not be done: (is a problem, text).
    message: Option<(bool, String)>,
}

impl EditorScreen {
    fn with(editor: Editor) -> EditorScreen {
        let selected = (!editor.is_empty()).then_some(0);
        EditorScreen {
            focus_title: editor.is_new(),
            editor,
            selected,
            scroll_to_selected: false,
            focus_statement: false,
            preview: None,
            checked: None,
            leaving: None,
            discarded: false,
            after_save: None,
            saving: None,
            ctx: None,
            message: None,
        }
    }

    pub fn new_deck(author: &str) -> EditorScreen {
        EditorScreen::with(Editor::new_deck(author))
    }

    pub fn open(deck: &Deck) -> EditorScreen {
        EditorScreen::with(Editor::open(deck))
    }

    /// Called before a command that would leave the editor: while a save is under way the
    /// command waits for it; with unsaved changes the author is asked first. True when the
    /// command waits.
    pub fn holds(&mut self, command: &Command) -> bool {
        let leave = Leave::Command(Box::new(command.clone()));
        if self.saving.is_some() {
            self.after_save = Some(leave);
            return true;
        }
        if self.discarded || !self.editor.is_dirty() {
            return false;
        }
        self.leaving = Some(leave);
        true
    }

    /// The deck id once saved, to show it on the Decks page after leaving.
    pub fn deck_id(&self) -> Option<&str> {
        self.editor.deck_id()
    }

    /// Saves the deck (a big one on another thread); says how it went in the editor.
    pub fn save(&mut self, collection: &mut Collection) -> Option<Command> {
        if self.saving.is_some() {
            return None;
        }
        let deck = match self.editor.to_deck(&collection.taken_deck_ids()) {
            Ok(deck) => deck,
            Err(blocked) => {
                if let Blocked::Cards { first, .. } = blocked {
                    self.select(first);
                    self.preview = None;
                }
                self.after_save = None;
                self.message = Some((true, format!("Not saved yet: {blocked}.")));
                return None;
            }
        };
        let ticket = self.editor.ticket();
        let plan = match collection.plan_save(deck) {
            Ok(plan) => plan,
            Err(e) => return self.failed(e.to_string()),
        };
        let cards = plan.deck().cards.len();
        if cards < SAVE_IN_BACKGROUND_FROM {
            let written = plan.write().map_err(|e| e.to_string());
            return self.finish_save(collection, written, ticket);
        }
        let (tx, done) = channel();
        let ctx = self.ctx.clone();
        std::thread::spawn(move || {
            let _ = tx.send(plan.write().map_err(|e| e.to_string()));
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
        self.saving = Some(Saving { done, ticket });
        self.message = Some((
            false,
            format!("Saving {}…", widgets::count(cards, "card", "cards")),
        ));
        None
    }

    /// A background save is done: install the deck (through the collection's one write path).
    /// Returns the command that was waiting for the save, if any.
    pub fn saved_in_background(
        &mut self,
        collection: &mut Collection,
        written: SaveResult,
    ) -> Option<Command> {
        let ticket = self.saving.take()?.ticket;
        self.finish_save(collection, written, ticket)
    }

    fn finish_save(
        &mut self,
        collection: &mut Collection,
        written: SaveResult,
        ticket: SaveTicket,
    ) -> Option<Command> {
        let written = match written {
            Ok(w) => w,
            Err(e) => return self.failed(e),
        };
        let deck = written.deck().clone();
        match collection.apply(Change::DeckWritten(Box::new(written))) {
            Ok(Applied {
                effect:
                    Effect::DeckSaved {
                        version, raised, ..
                    },
                ..
            }) => {
                self.editor.saved(&deck, &ticket);
                let text = if raised {
                    format!(
                        "Saved as version {version}: an earlier version had left this computer, \
                         so whoever imports this one gets it as an update. It is ready to study."
                    )
                } else {
                    format!(
                        "Saved: version {version}, {}. It is ready to study on Today.",
                        widgets::count(deck.cards.len(), "card", "cards")
                    )
                };
                self.message = Some((false, text));
            }
            Ok(_) => {}
            Err(e) => return self.failed(e.to_string()),
        }
        match self.after_save.take() {
            Some(Leave::Command(c)) => Some(*c),
            Some(Leave::CloseWindow) => {
                if let Some(ctx) = &self.ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                None
            }
            None => None,
        }
    }

    fn failed(&mut self, why: String) -> Option<Command> {
        self.after_save = None;
        self.message = Some((
            true,
            format!("Not saved: {why}. Your changes are still here."),
        ));
        None
    }

    fn select(&mut self, i: usize) {
        if self.editor.is_empty() {
            self.selected = None;
        } else {
            self.selected = Some(i.min(self.editor.len() - 1));
            self.scroll_to_selected = true;
        }
    }

    fn add_card(&mut self) {
        let at = self.selected.map_or(self.editor.len(), |i| i + 1);
        let i = self.editor.add_card(at);
        self.select(i);
        self.preview = None;
        self.focus_statement = true;
    }

    fn undo_redo(&mut self, redo: bool) {
        let touched = if redo {
            self.editor.redo()
        } else {
            self.editor.undo()
        };
        match touched {
            Some(Some(i)) => self.select(i),
            Some(None) => {}
            None => {
                let what = if redo { "redo" } else { "undo" };
                self.message = Some((false, format!("Nothing to {what}.")));
            }
        }
    }

    fn move_selected(&mut self, up: bool) {
        let Some(i) = self.selected else { return };
        let to = if up { i.checked_sub(1) } else { Some(i + 1) };
        if let Some(to) = to
            && self.editor.move_card(i, to)
        {
            self.select(to);
        }
    }

    fn keys(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        let shortcut =
            |ui: &mut egui::Ui, s: &egui::KeyboardShortcut| ui.input_mut(|i| i.consume_shortcut(s));
        if shortcut(ui, &keys::SAVE) {
            out.push(Command::Deck(DeckCommand::Save));
        }
        // Redo before undo, and Alt+arrows before arrows: egui lets a shortcut without Shift
        // or Alt match with them held.
        if shortcut(ui, &keys::REDO) {
            self.undo_redo(true);
        }
        if shortcut(ui, &keys::EDIT_UNDO) {
            self.undo_redo(false);
        }
        if shortcut(ui, &keys::NEW) {
            self.add_card();
        }
        if shortcut(ui, &keys::DUPLICATE)
            && let Some(i) = self.selected.and_then(|i| self.editor.duplicate(i))
        {
            self.select(i);
        }
        if shortcut(ui, &keys::PREVIEW) {
            self.toggle_preview();
        }
        if shortcut(ui, &keys::MOVE_UP) {
            self.move_selected(true);
        }
        if shortcut(ui, &keys::MOVE_DOWN) {
            self.move_selected(false);
        }
        if ui.ctx().text_edit_focused() || self.editor.is_empty() {
            return;
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowDown)) {
            self.select(self.selected.map_or(0, |i| i + 1));
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowUp)) {
            self.select(self.selected.map_or(0, |i| i.saturating_sub(1)));
        }
    }

    fn toggle_preview(&mut self) {
        self.preview = match self.preview {
            Some(_) => None,
            None => self.selected.map(|_| ReviewScreen::default()),
        };
    }

    /// Closing the window with unsaved changes asks first, like leaving the page; while a save
    /// is under way the window closes once it is done.
    /// Runs whatever else the window shows (Help over the editor): a background save is
    /// picked up and closing the window still asks. True when the editor needs the learner
    /// (it is asking about unsaved changes), so whatever covers it should step aside.
    pub(super) fn watch(&mut self, ui: &egui::Ui, out: &mut Vec<Command>) -> bool {
        self.close_guard(ui, out);
        self.leaving.is_some()
    }

    fn close_guard(&mut self, ui: &egui::Ui, out: &mut Vec<Command>) {
        let ctx = ui.ctx();
        self.ctx = Some(ctx.clone());
        if let Some(saving) = &self.saving
            && let Ok(written) = saving.done.try_recv()
        {
            out.push(Command::Deck(DeckCommand::Written(Box::new(written))));
        }
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        if self.saving.is_some() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.after_save = Some(Leave::CloseWindow);
        } else if self.editor.is_dirty() && !self.discarded {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.leaving = Some(Leave::CloseWindow);
        }
    }

    fn header(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        let title = self.editor.fields().title.trim();
        ui.horizontal_wrapped(|ui| {
            ui.heading(if title.is_empty() {
                "New deck".to_string()
            } else {
                format!("Editing \u{201c}{title}\u{201d}")
            });
            ui.label(if self.editor.is_dirty() {
                RichText::new("Unsaved changes").strong()
            } else {
                RichText::new("All changes saved").weak()
            });
        });
        ui.horizontal_wrapped(|ui| {
            let save = ui.add_enabled(self.saving.is_none(), egui::Button::new("Save deck"));
            if save.on_hover_text("Ctrl+S").clicked() {
                out.push(Command::Deck(DeckCommand::Save));
            }
            let undo = ui.add_enabled(self.editor.can_undo(), egui::Button::new("Undo"));
            if undo.on_hover_text("Ctrl+Z").clicked() {
                self.undo_redo(false);
            }
            let redo = ui.add_enabled(self.editor.can_redo(), egui::Button::new("Redo"));
            if redo.on_hover_text("Ctrl+Shift+Z").clicked() {
                self.undo_redo(true);
            }
            if ui.button("Back to decks").clicked() {
                out.push(Command::Show(super::Page::Decks));
            }
        });
        if let Some((is_problem, text)) = &self.message {
            let colour = if *is_problem {
                widgets::problem_colour(ui)
            } else {
                ui.visuals().text_color()
            };
            let word = if *is_problem { "Problem: " } else { "" };
            ui.label(RichText::new(format!("{word}{text}")).color(colour));
        }
    }

    fn leave_bar(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        let Some(leave) = &self.leaving else { return };
        let closing = matches!(leave, Leave::CloseWindow);
        let mut choice = None;
        widgets::pane(ui, "Unsaved changes", |ui| {
            ui.label("This deck has changes that are not saved yet.");
            ui.horizontal_wrapped(|ui| {
                let (save, discard) = if closing {
                    ("Save and close", "Close without saving")
                } else {
                    ("Save and go on", "Discard the changes")
                };
                if ui.button(save).clicked() {
                    choice = Some(true);
                }
                if ui.button(discard).clicked() {
                    choice = Some(false);
                }
                if ui.button("Keep editing").clicked() {
                    self.leaving = None;
                }
            });
        });
        let Some(save) = choice else { return };
        let Some(leave) = self.leaving.take() else {
            return;
        };
        if save {
            self.after_save = Some(leave);
            out.push(Command::Deck(DeckCommand::Save));
            return;
        }
        self.discarded = true;
        match leave {
            Leave::Command(c) => out.push(*c),
            Leave::CloseWindow => ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    fn deck_fields(&mut self, ui: &mut egui::Ui) {
        let mut f = self.editor.fields().clone();
        let problems = f.problems();
        // Open for a new deck or one with a problem; otherwise folded, to leave room for cards.
        let header =
            egui::CollapsingHeader::new("Deck details: title, author, language and description")
                .id_salt("deck-details")
                .default_open(self.editor.is_new() || !problems.is_empty());
        let header = if self.focus_title || !problems.is_empty() {
            header.open(Some(true))
        } else {
            header
        };
        header.show(ui, |ui| self.deck_field_boxes(ui, &mut f, &problems));
        self.editor.set_fields(f);
    }

    fn deck_field_boxes(
        &mut self,
        ui: &mut egui::Ui,
        f: &mut reframe_core::authoring::DeckFields,
        problems: &[(DeckField, String)],
    ) {
        let p = |field: DeckField| {
            problems
                .iter()
                .find(|(x, _)| *x == field)
                .map(|(_, m)| m.as_str())
        };
        ui.columns(2, |cols| {
            let title =
                card_form::text_field(&mut cols[0], "Title", &mut f.title, 0, p(DeckField::Title));
            if std::mem::take(&mut self.focus_title) {
                title.request_focus();
            }
            card_form::text_field(
                &mut cols[0],
                "Author",
                &mut f.author,
                0,
                p(DeckField::Author),
            );
            card_form::text_field(
                &mut cols[0],
                "Language (a tag such as en or en-GB)",
                &mut f.language,
                0,
                p(DeckField::Language),
            );
            card_form::text_field(
                &mut cols[1],
                "Description",
                &mut f.description,
                3,
                p(DeckField::Description),
            );
            let id = match self.editor.deck_id() {
                Some(id) => format!("Deck id {id}, version {}.", self.editor.version()),
                None => "The deck id is made from the title at the first save.".to_string(),
            };
            cols[1].label(RichText::new(id).weak());
        });
    }

    fn card_list(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            if ui.button("Add card").on_hover_text("Ctrl+N").clicked() {
                self.add_card();
            }
            let one = self.selected.is_some();
            if ui
                .add_enabled(one, egui::Button::new("Duplicate card"))
                .on_hover_text("Ctrl+D")
                .clicked()
                && let Some(i) = self.selected.and_then(|i| self.editor.duplicate(i))
            {
                self.select(i);
            }
            if ui
                .add_enabled(one, egui::Button::new("Delete card"))
                .on_hover_text("Ctrl+Z brings it back")
                .clicked()
                && let Some(i) = self.selected
            {
                self.editor.remove(i);
                self.select(i);
                self.message = Some((false, "Card deleted; Ctrl+Z brings it back.".into()));
            }
            if ui
                .add_enabled(one, egui::Button::new("Move card up"))
                .on_hover_text("Alt+Up")
                .clicked()
            {
                self.move_selected(true);
            }
            if ui
                .add_enabled(one, egui::Button::new("Move card down"))
                .on_hover_text("Alt+Down")
                .clicked()
            {
                self.move_selected(false);
            }
        });
        let fixing = self.editor.cards_with_problems();
        let mut line = widgets::count(self.editor.len(), "card", "cards");
        if fixing > 0 {
            line.push_str(&format!(" · {fixing} to fix"));
        }
        let reviewing = self.editor.cards_to_review();
        if reviewing > 0 {
            line.push_str(&format!(" · {reviewing} to review"));
        }
        ui.label(line);
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        let mut area = egui::ScrollArea::vertical()
            .id_salt("editor-cards")
            .auto_shrink([false, false]);
        if std::mem::take(&mut self.scroll_to_selected)
            && let Some(i) = self.selected
        {
            let spacing = ui.spacing().item_spacing.y;
            let y = (i as f32) * (row_height + spacing) - 3.0 * row_height;
            area = area.vertical_scroll_offset(y.max(0.0));
        }
        area.show_rows(ui, row_height, self.editor.len(), |ui, range| {
            for i in range {
                let Some(card) = self.editor.cards().get(i) else {
                    break;
                };
                let statement = card.statement.trim();
                let statement = if statement.is_empty() {
                    "(no statement yet)"
                } else {
                    statement
                };
                let mark = match (self.editor.card_problems(i) > 0, card.needs_review()) {
                    (true, _) => "[to fix] ",
                    (false, true) => "[to review] ",
                    (false, false) => "",
                };
                let text = format!("{}. {mark}{statement}", i + 1);
                let r = ui.add(
                    egui::Button::selectable(self.selected == Some(i), text)
                        .truncate()
                        .min_size(egui::vec2(ui.available_width(), row_height)),
                );
                if r.clicked() {
                    self.selected = Some(i);
                    self.preview = None;
                }
            }
        });
    }

    fn card_pane(&mut self, ui: &mut egui::Ui, review_keys: &ReviewKeys) {
        let Some(i) = self.selected.filter(|&i| i < self.editor.len()) else {
            ui.label(if self.editor.is_empty() {
                "No cards yet: Add card (Ctrl+N) to write the first one."
            } else {
                "Select a card (click, or Up and Down) to edit it."
            });
            return;
        };
        ui.horizontal_wrapped(|ui| {
            let label = if self.preview.is_some() {
                "Back to editing"
            } else {
                "Preview as a learner sees it"
            };
            if ui.button(label).on_hover_text("Ctrl+P").clicked() {
                self.toggle_preview();
            }
            if self.preview.is_some() && ui.button("Start the preview again").clicked() {
                self.preview = Some(ReviewScreen::default());
            }
        });
        ui.separator();
        if self.preview.is_some() {
            self.preview_ui(ui, i, review_keys);
            return;
        }
        let mut card = self.editor.cards()[i].clone();
        if card.needs_review() {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    "To review: this card came from Anki, so its technique and category were \
                     chosen once for the whole import, and its response and note may need \
                     rewriting. Check them, then:",
                );
                if ui
                    .button("Mark as reviewed")
                    .on_hover_text("Takes the needs-review tag off this card")
                    .clicked()
                {
                    card = card.reviewed();
                }
            });
            ui.add_space(6.0);
        }
        if self.checked.as_ref().is_none_or(|(c, _, _)| *c != card) {
            self.checked = Some((card.clone(), card.problems(), coach_notes(&card)));
        }
        let (_, problems, notes) = self.checked.as_ref().expect("checked above");
        let cx = FormContext {
            problems,
            notes,
            focus_statement: std::mem::take(&mut self.focus_statement),
            id: self.editor.card_id(i),
        };
        card_form::card_form(ui, &mut card, &cx);
        self.editor.set_card(i, card);
    }

    /// The card exactly as the Review screen shows it, before and after reveal.
    fn preview_ui(&mut self, ui: &mut egui::Ui, i: usize, review_keys: &ReviewKeys) {
        let draft = &self.editor.cards()[i];
        let id = self.editor.card_id(i).unwrap_or("new-card").to_string();
        let Some(card) = draft.to_card(id.clone()) else {
            let first = draft.problems().into_iter().next().map(|(_, m)| m);
            ui.label(format!(
                "The preview shows once this card has no problems; the first: {}",
                first.unwrap_or_default()
            ));
            return;
        };
        let view = CardView {
            key: CardKey::new(self.editor.deck_id().unwrap_or("new-deck"), &id),
            card,
            deck_title: self.editor.fields().title.trim().to_string(),
            state: None,
            is_redrill: false,
            is_new: true,
        };
        let Some(preview) = self.preview.as_mut() else {
            return;
        };
        let mut asked = Vec::new();
        // The Review screen's keys too (Space, Enter or Ctrl+Enter reveal); what it asks of
        // the app besides revealing (grading) has no meaning in a preview.
        preview.keys(ui, review_keys, &mut asked);
        preview.card_ui(ui, &view, None, review_keys, &mut asked);
        if asked.iter().any(|c| matches!(c, Command::Reveal)) {
            preview.reveal(Some(&view));
        }
    }
}

impl super::ScreenUi for EditorScreen {
    fn ui(&mut self, ui: &mut egui::Ui, collection: &Collection, out: &mut Vec<Command>) {
        self.close_guard(ui, out);
        self.keys(ui, out);
        self.header(ui, out);
        self.leave_bar(ui, out);
        ui.separator();
        self.deck_fields(ui);
        ui.separator();
        let height = ui.available_height();
        ui.horizontal_top(|ui| {
            let list_width = (ui.available_width() * 0.34).clamp(220.0, 380.0);
            ui.vertical(|ui| {
                ui.set_width(list_width);
                ui.set_height(height);
                self.card_list(ui);
            });
            ui.separator();
            ui.vertical(|ui| {
                egui::ScrollArea::vertical()
                    .id_salt("editor-card")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                            self.card_pane(ui, &collection.settings().review_keys)
                        });
                    });
            });
        });
    }
}
