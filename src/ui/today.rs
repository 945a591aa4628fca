//! Today (home): each active deck with its due, new and re-drill counts, today's total, the
//! streak, and one obvious Start (Enter). On first run, a three-line welcome.

use super::Command;
use egui::{Key, Modifiers, RichText};
use reframe_core::collection::Collection;

/// Today has no state of its own: everything it shows comes from the collection.
pub(crate) struct TodayScreen;

impl super::ScreenUi for TodayScreen {
    fn ui(&mut self, ui: &mut egui::Ui, collection: &Collection, out: &mut Vec<Command>) {
        today_ui(ui, collection, out);
    }
}

fn today_ui(ui: &mut egui::Ui, collection: &Collection, out: &mut Vec<Command>) {
    let today = collection.today();
    let first_run = today.first_run;
    let total = today.totals.due + today.totals.new + today.totals.redrill;

    if first_run {
        egui::Frame::group(ui.style())
            .inner_margin(egui::Margin::same(12))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new("Welcome to Reframe").heading());
                ui.label(
                    "1. You see what a resistant client says; think or type what you would answer.",
                );
                ui.label(
                    "2. Reveal the model response, its technique and why it works, and the answer to avoid.",
                );
                ui.label(
                    "3. Grade yourself from 0 (I had nothing) to 5 (I'd have said essentially this); \
                     low grades come back today, good ones in days or weeks.",
                );
            });
        ui.add_space(12.0);
    }

    ui.heading(format!(
        "Today: {} to study",
        super::widgets::count(total, "card", "cards")
    ));
    ui.label(format!(
        "Study streak: {}",
        super::widgets::count(today.streak_days as usize, "day", "days")
    ));
    ui.add_space(8.0);

    if today.decks.is_empty() {
        ui.label("No deck is active. Turn one on in Settings, or import a deck.");
    } else {
        egui::Grid::new("today-decks")
            .num_columns(4)
            .striped(true)
            .spacing([24.0, 6.0])
            .show(ui, |ui| {
                ui.strong("Deck");
                ui.strong("Due");
                ui.strong("New");
                ui.strong("Re-drill");
                ui.end_row();
                for d in &today.decks {
                    ui.label(&d.title);
                    ui.label(d.due.to_string());
                    ui.label(d.new.to_string());
                    ui.label(d.redrill.to_string());
                    ui.end_row();
                }
                let t = today.totals;
                ui.strong("Today's total");
                ui.strong(t.due.to_string());
                ui.strong(t.new.to_string());
                ui.strong(t.redrill.to_string());
                ui.end_row();
            });
    }
    ui.add_space(16.0);

    if total == 0 {
        ui.label("Nothing is due. Come back tomorrow, or raise the new cards per day in Settings.");
    } else {
        start_button(ui, out);
    }
    if let Some((rule, standings)) = &today.levels {
        ui.add_space(20.0);
        super::levels::levels_ui(ui, *rule, standings);
    }
}

/// The one obvious way in: a big Start, and Enter from anywhere on the page.
fn start_button(ui: &mut egui::Ui, out: &mut Vec<Command>) {
    let start = ui.add(
        egui::Button::new(
            RichText::new("Start")
                .heading()
                .color(ui.visuals().strong_text_color()),
        )
        .fill(ui.visuals().selection.bg_fill)
        .min_size(egui::vec2(180.0, 48.0)),
    );
    ui.label(RichText::new("Press Enter to start.").small());
    // Enter starts from anywhere on this page unless another control has the keyboard.
    let nothing_focused = ui.memory(|m| m.focused().is_none());
    let enter = nothing_focused && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
    if start.clicked() || enter {
        out.push(Command::StartSession);
    }
}
