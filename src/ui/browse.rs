//! Browse: search every card by text, deck, category, technique, tag and state; a virtualised
//! list (only the visible rows are laid out, so 100,000 cards scroll smoothly) and the selected
//! card's detail with its schedule, history and Suspend / Unsuspend.

use super::{Command, widgets};
use egui::{Key, Modifiers, RichText};
use reframe_core::collection::{BrowseQuery, CardDetail, CardRef, Collection, StateFilter};
use reframe_core::deck::Level;
use reframe_core::mi::{Category, Technique};
use reframe_core::scheduler::CardKey;
use reframe_core::scheduler::CardProgress;

pub(crate) struct BrowseScreen {
    query: BrowseQuery,
    /// The query the rows were computed for; the search runs again only when it changes.
    searched: Option<BrowseQuery>,
    rows: Vec<CardRef>,
    selected: Option<usize>,
    scroll_to_selected: bool,
    decks: Vec<(String, String)>,
    tags: Vec<String>,
    /// The selected card's detail, read once per selection: its history comes from the review
    /// log on disk, far too slow to read every frame at 100,000 cards.
    detail: Option<(CardKey, Detail)>,
}

type Detail = Result<Option<CardDetail>, String>;

impl BrowseScreen {
    pub fn new(collection: &Collection) -> BrowseScreen {
        let mut s = BrowseScreen {
            query: BrowseQuery::default(),
            searched: None,
            rows: Vec::new(),
            selected: None,
            scroll_to_selected: false,
            decks: deck_titles(collection),
            tags: collection.all_tags(),
            detail: None,
        };
        s.refresh(collection);
        s
    }

    /// Runs the search again (after a filter change), keeping the selected card if it still
    /// matches.
    pub fn refresh(&mut self, collection: &Collection) {
        let was = self.selected.and_then(|i| self.rows.get(i)).copied();
        self.rows = collection.search(&self.query);
        self.searched = Some(self.query.clone());
        self.selected = was.and_then(|r| self.rows.iter().position(|x| *x == r));
    }

    /// After a change to a card (suspend): search again and read its detail again.
    pub fn card_changed(&mut self, collection: &Collection) {
        self.detail = None;
        self.refresh(collection);
    }

    /// The selected card's detail, from the cache or read now.
    fn selected_detail(&mut self, collection: &Collection) -> Option<&(CardKey, Detail)> {
        let key = self.selected_key(collection)?;
        if self.detail.as_ref().is_none_or(|(k, _)| *k != key) {
            let d = collection.card_detail(&key).map_err(|e| e.to_string());
            self.detail = Some((key, d));
        }
        self.detail.as_ref()
    }

    fn selected_key(&self, collection: &Collection) -> Option<CardKey> {
        let r = self.selected.and_then(|i| self.rows.get(i))?;
        collection.card_ref(*r).map(|row| row.key)
    }

    fn filters(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let label = ui.label("Search");
            let search = ui
                .add(
                    egui::TextEdit::singleline(&mut self.query.text)
                        .hint_text("words in the statement, response, note or tags (Ctrl+F)")
                        .desired_width(ui.available_width().min(480.0)),
                )
                .labelled_by(label.id);
            if ui.input_mut(|i| i.consume_shortcut(&super::keys::FIND)) {
                search.request_focus();
            }
            ui.label(format!(
                "{} match",
                widgets::count(self.rows.len(), "card", "cards")
            ));
        });
        ui.horizontal_wrapped(|ui| {
            let deck_names = self.decks.clone();
            choice(ui, "Deck", &mut self.query.deck, &deck_names);
            let categories: Vec<(String, String)> = Category::ALL
                .iter()
                .map(|c| (c.id().to_string(), c.label().to_string()))
                .collect();
            let mut category = self.query.category.map(|c| c.id().to_string());
            choice(ui, "Category", &mut category, &categories);
            self.query.category = category.as_deref().and_then(Category::from_id);
            let levels: Vec<(String, String)> = Level::ALL
                .iter()
                .map(|l| (l.id().to_string(), l.label().to_string()))
                .collect();
            let mut level = self.query.level.map(|l| l.id().to_string());
            choice(ui, "Level", &mut level, &levels);
            self.query.level = level.as_deref().and_then(Level::from_id);
            let techniques: Vec<(String, String)> = Technique::ALL
                .iter()
                .map(|t| (t.id().to_string(), t.label().to_string()))
                .collect();
            let mut technique = self.query.technique.map(|t| t.id().to_string());
            choice(ui, "Technique", &mut technique, &techniques);
            self.query.technique = technique.as_deref().and_then(Technique::from_id);
            let tags: Vec<(String, String)> =
                self.tags.iter().map(|t| (t.clone(), t.clone())).collect();
            choice(ui, "Tag", &mut self.query.tag, &tags);
            let states: Vec<(String, String)> = STATES[1..]
                .iter()
                .map(|(_, l)| (l.to_string(), l.to_string()))
                .collect();
            let mut state = STATES
                .iter()
                .find(|(f, _)| *f == self.query.state && *f != StateFilter::Any)
                .map(|(_, l)| l.to_string());
            choice(ui, "State", &mut state, &states);
            self.query.state = state
                .as_deref()
                .and_then(|l| STATES.iter().find(|(_, x)| *x == l))
                .map_or(StateFilter::Any, |(f, _)| *f);
        });
    }

    /// Up and Down move the selection while no text box has the keyboard.
    fn arrow_keys(&mut self, ui: &mut egui::Ui) {
        if ui.ctx().text_edit_focused() || self.rows.is_empty() {
            return;
        }
        let last = self.rows.len() - 1;
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowDown)) {
            self.selected = Some(self.selected.map_or(0, |i| (i + 1).min(last)));
            self.scroll_to_selected = true;
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowUp)) {
            self.selected = Some(self.selected.map_or(0, |i| i.saturating_sub(1)));
            self.scroll_to_selected = true;
        }
    }

    fn list(&mut self, ui: &mut egui::Ui, collection: &Collection) {
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        let mut area = egui::ScrollArea::vertical()
            .id_salt("browse-list")
            .auto_shrink([false, false]);
        if self.scroll_to_selected {
            if let Some(i) = self.selected {
                let spacing = ui.spacing().item_spacing.y;
                let y = (i as f32) * (row_height + spacing) - 3.0 * row_height;
                area = area.vertical_scroll_offset(y.max(0.0));
            }
            self.scroll_to_selected = false;
        }
        area.show_rows(ui, row_height, self.rows.len(), |ui, range| {
            for i in range {
                let Some(row) = self.rows.get(i).and_then(|r| collection.card_ref(*r)) else {
                    break;
                };
                let selected = self.selected == Some(i);
                let text = match row.card {
                    Some(card) => {
                        format!("[{}] {}", status_word(&row.progress, true), card.statement)
                    }
                    None => format!("[retired] {} / {}", row.key.deck, row.key.card),
                };
                let r = ui.add(
                    egui::Button::selectable(selected, text)
                        .truncate()
                        .min_size(egui::vec2(ui.available_width(), row_height)),
                );
                if r.clicked() {
                    self.selected = Some(i);
                }
            }
        });
    }
}

/// A combo box with "Any" and the given (value, label) choices.
fn choice(ui: &mut egui::Ui, name: &str, value: &mut Option<String>, choices: &[(String, String)]) {
    let shown = value
        .as_ref()
        .and_then(|v| choices.iter().find(|(id, _)| id == v))
        .map_or("Any", |(_, label)| label.as_str());
    // The name goes before the box (egui's own label sits after it, which reads wrongly in a row).
    let label = ui.label(name);
    let combo = egui::ComboBox::from_id_salt(name)
        .selected_text(shown)
        .width(112.0)
        .truncate()
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, "Any");
            for (id, label) in choices {
                ui.selectable_value(value, Some(id.clone()), label);
            }
        });
    combo.response.labelled_by(label.id);
    ui.add_space(8.0);
}

/// The filter choices in the State box, with their words.
const STATES: [(StateFilter, &str); 5] = [
    (StateFilter::Any, "Any"),
    (StateFilter::New, "New"),
    (StateFilter::Due, "Due"),
    (StateFilter::Suspended, "Suspended"),
    (StateFilter::Retired, "Retired"),
];

/// A card's state in a word or two; `live` is false for a card that left its deck.
fn status_word(p: &CardProgress, live: bool) -> String {
    match (live, p.suspended, p.sm2) {
        (false, _, _) => "retired".to_string(),
        (true, true, _) => "suspended".to_string(),
        (true, false, None) => "new".to_string(),
        (true, false, Some(s)) => format!("due {}", s.due.format("%Y-%m-%d")),
    }
}

/// (id, title) of every installed deck, for the Deck filter and the Settings screen.
pub(crate) fn deck_titles(collection: &Collection) -> Vec<(String, String)> {
    collection
        .library()
        .decks()
        .iter()
        .map(|d| (d.deck.id.clone(), d.deck.title.clone()))
        .collect()
}

/// One card in full: its text, schedule and every answer given to it.
fn detail(ui: &mut egui::Ui, key: &CardKey, d: &Detail, out: &mut Vec<Command>) {
    let d = match d {
        Ok(Some(d)) => d,
        Ok(None) => {
            ui.label("This card is no longer in any deck.");
            return;
        }
        Err(e) => {
            ui.label(format!("Could not read this card's history: {e}"));
            return;
        }
    };
    match &d.card {
        Some(card) => {
            ui.label(
                RichText::new(format!(
                    "{} · {} level · {}",
                    card.category.label(),
                    card.level.label(),
                    d.deck_title.as_deref().unwrap_or("")
                ))
                .weak(),
            );
            ui.label(RichText::new(&card.statement).heading());
            ui.add_space(4.0);
            ui.label(RichText::new("Model response").strong());
            ui.label(&card.response);
            ui.label(format!("Technique: {}", card.technique.label()));
            ui.label(&card.note);
            if let Some(foil) = &card.foil {
                ui.label(RichText::new("Avoid:").strong());
                ui.label(format!("\u{201c}{}\u{201d} {}", foil.text, foil.flaw));
            }
            if !card.tags.is_empty() {
                ui.label(format!("Tags: {}", card.tags.join(", ")));
            }
        }
        None => {
            ui.label(format!(
                "Retired card {} from deck {}: it is no longer in the deck; its history is kept.",
                d.key.card, d.key.deck
            ));
        }
    }
    ui.separator();
    ui.label(RichText::new("Schedule").strong());
    ui.label(format!(
        "State: {}",
        status_word(&d.progress, d.card.is_some())
    ));
    match &d.progress.sm2 {
        Some(s) => {
            egui::Grid::new("schedule").num_columns(2).show(ui, |ui| {
                ui.label("Repetitions");
                ui.label(s.repetitions.to_string());
                ui.end_row();
                ui.label("Easiness (EF)");
                ui.label(s.easiness());
                ui.end_row();
                ui.label("Interval");
                ui.label(widgets::count(s.interval_days as usize, "day", "days"));
                ui.end_row();
                ui.label("Due");
                ui.label(s.due.format("%a %-d %b %Y").to_string());
                ui.end_row();
            });
        }
        None => {
            ui.label("Not studied yet.");
        }
    }
    if d.card.is_some() {
        let (text, to) = if d.progress.suspended {
            ("Unsuspend", false)
        } else {
            ("Suspend", true)
        };
        if ui.button(text).clicked() {
            out.push(Command::SetSuspended(key.clone(), to));
        }
    }
    ui.separator();
    ui.label(RichText::new("History").strong());
    if d.history.is_empty() {
        ui.label("No answers yet.");
    }
    for h in d.history.iter().rev() {
        let mut line = format!(
            "{} · grade {}{}",
            h.at.format("%Y-%m-%d %H:%M UTC"),
            h.grade.value(),
            if h.redrill { " (re-drill)" } else { "" }
        );
        if let Some(c) = &h.coding {
            line.push_str(&format!(" · coded {}", c.code));
        }
        if let Some(t) = &h.typed {
            line.push_str(&format!(" · you wrote \u{201c}{t}\u{201d}"));
        }
        ui.label(line);
    }
}

impl super::ScreenUi for BrowseScreen {
    fn ui(&mut self, ui: &mut egui::Ui, collection: &Collection, out: &mut Vec<Command>) {
        self.filters(ui);
        if self.searched.as_ref() != Some(&self.query) {
            self.refresh(collection);
            // The count above was drawn before the new search; draw once more (on change only).
            ui.ctx().request_repaint();
        }
        self.arrow_keys(ui);
        ui.separator();
        ui.columns(2, |cols| {
            self.list(&mut cols[0], collection);
            let selected = self.selected_detail(collection);
            egui::ScrollArea::vertical()
                .id_salt("browse-detail")
                .auto_shrink([false, false])
                .show(&mut cols[1], |ui| {
                    // Left-aligned, not justified (columns justify, which stretches word gaps).
                    ui.with_layout(
                        egui::Layout::top_down(egui::Align::Min),
                        |ui| match &selected {
                            Some((key, d)) => detail(ui, key, d, out),
                            None => {
                                ui.label(
                                    "Select a card (click, or Up and Down) to see its schedule \
                                     and history.",
                                );
                            }
                        },
                    );
                });
        });
    }
}
