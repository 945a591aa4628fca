//! Settings: daily limits, day start hour, introducing cards by level, active decks, theme,
//! text size and the review keys. Every change is saved and applied at once (a drag is saved
//! when the mouse is let go).

use super::Command;
use reframe_core::collection::Collection;
use reframe_core::store::{Settings, Theme};

pub(crate) struct SettingsScreen {
    draft: Settings,
    saved: Settings,
    decks: Vec<(String, String)>,
    /// The name this computer takes when the field is left empty, and the other computers
    /// sharing the folder (id, name).
    default_name: String,
    others: Vec<(String, String)>,
    keys: super::key_settings::KeySettings,
}

/// The egui theme preference for a saved theme.
pub(crate) fn theme_preference(theme: Theme) -> egui::ThemePreference {
    match theme {
        Theme::System => egui::ThemePreference::System,
        Theme::Light => egui::ThemePreference::Light,
        Theme::Dark => egui::ThemePreference::Dark,
    }
}

impl SettingsScreen {
    pub fn new(collection: &Collection) -> SettingsScreen {
        let saved = collection.settings().clone();
        let device = collection.device_id().to_string();
        let default_name = collection.default_device_name();
        let others = collection
            .devices()
            .into_iter()
            .filter(|(id, _)| *id != device)
            .collect();
        SettingsScreen {
            draft: saved.clone(),
            saved,
            decks: super::browse::deck_titles(collection),
            default_name,
            others,
            keys: Default::default(),
        }
    }

    /// A new review key is awaited: the window's shortcuts hold off so it arrives here.
    pub fn waiting_for_key(&self) -> bool {
        self.keys.waiting()
    }
}

fn number(ui: &mut egui::Ui, name: &str, value: &mut u32, range: std::ops::RangeInclusive<u32>) {
    let label = ui.label(name);
    ui.add(egui::DragValue::new(value).range(range))
        .labelled_by(label.id);
    ui.end_row();
}

/// This computer's name (shown on the others) and the computers sharing the data folder.
fn computers(ui: &mut egui::Ui, d: &mut Settings, default_name: &str, others: &[(String, String)]) {
    ui.strong("Computers sharing this data folder");
    ui.horizontal(|ui| {
        let label = ui.label("This computer's name");
        ui.add(
            egui::TextEdit::singleline(&mut d.device_name)
                .char_limit(60)
                .hint_text(default_name),
        )
        .labelled_by(label.id)
        .on_hover_text("Shown on your other computers: \"3 answers from Home laptop were added\".");
    });
    if others.is_empty() {
        ui.label(
            "No other computer has studied in this folder. To study on two computers, keep the \
             data folder in a synced folder (see the README).",
        );
    } else {
        for (id, name) in others {
            if name == id {
                ui.label(format!("Another computer (id {id})"));
            } else {
                ui.label(format!("{name} (id {id})"));
            }
        }
    }
}

/// "Introduce harder statements when I'm ready" and the two figures that say when a level is
/// mastered (greyed out, but kept, while the setting is off).
fn levels_settings(ui: &mut egui::Ui, d: &mut Settings) {
    ui.checkbox(
        &mut d.introduce_by_level,
        "Introduce harder statements when I'm ready",
    )
    .on_hover_text(
        "Within each kind of resistance, new intermediate statements wait until you have \
         mastered its beginner ones, and advanced ones wait for intermediate. Reviews never wait.",
    );
    ui.add_enabled_ui(d.introduce_by_level, |ui| {
        egui::Grid::new("settings-levels")
            .num_columns(2)
            .spacing([16.0, 10.0])
            .show(ui, |ui| {
                let label = ui.label("A level is mastered when this share of its cards is");
                ui.add(
                    egui::DragValue::new(&mut d.mastery_percent)
                        .range(50..=100)
                        .suffix(" %"),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label("A card is mastered at an interval of at least");
                ui.add(
                    egui::DragValue::new(&mut d.mastery_interval_days)
                        .range(1..=365)
                        .suffix(" days"),
                )
                .labelled_by(label.id)
                .on_hover_text("…with a last grade of 4 or 5.");
                ui.end_row();
            });
    });
    if !d.introduce_by_level {
        ui.label("New cards come in deck order.");
    }
}

pub(crate) fn step_scale(scale: f32, by: f32) -> f32 {
    (((scale + by) * 20.0).round() / 20.0).clamp(Settings::TEXT_SCALE_MIN, Settings::TEXT_SCALE_MAX)
}

impl super::ScreenUi for SettingsScreen {
    fn ui(&mut self, ui: &mut egui::Ui, _collection: &Collection, out: &mut Vec<Command>) {
        self.keys.take_key(ui, &mut self.draft.review_keys);
        ui.heading("Settings");
        ui.label("Changes are saved and applied at once.");
        ui.add_space(8.0);
        let d = &mut self.draft;
        egui::Grid::new("settings-grid")
            .num_columns(2)
            .spacing([16.0, 10.0])
            .show(ui, |ui| {
                number(ui, "New cards per day", &mut d.new_per_day, 0..=1000);
                number(ui, "Reviews per day", &mut d.reviews_per_day, 0..=100_000);
                let label = ui.label("Day starts at hour");
                ui.add(
                    egui::DragValue::new(&mut d.day_start_hour)
                        .range(0..=23)
                        .suffix(":00"),
                )
                .labelled_by(label.id)
                .on_hover_text("A session before this hour counts for the day before.");
                ui.end_row();

                ui.label("Theme");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut d.theme, Theme::System, "Follow the system");
                    ui.radio_value(&mut d.theme, Theme::Light, "Light");
                    ui.radio_value(&mut d.theme, Theme::Dark, "Dark");
                });
                ui.end_row();

                let label = ui.label("Text size");
                ui.horizontal(|ui| {
                    if ui.button("Smaller text").clicked() {
                        d.text_scale = step_scale(d.text_scale, -0.1);
                    }
                    ui.add(
                        egui::Slider::new(
                            &mut d.text_scale,
                            Settings::TEXT_SCALE_MIN..=Settings::TEXT_SCALE_MAX,
                        )
                        .step_by(0.05)
                        .custom_formatter(|v, _| format!("{:.0} %", v * 100.0)),
                    )
                    .labelled_by(label.id);
                    if ui.button("Larger text").clicked() {
                        d.text_scale = step_scale(d.text_scale, 0.1);
                    }
                });
                ui.end_row();
            });
        ui.add_space(10.0);
        levels_settings(ui, d);
        ui.add_space(10.0);
        ui.strong("Active decks");
        if self.decks.is_empty() {
            ui.label("No decks are installed.");
        }
        for (id, title) in &self.decks {
            let mut active = d.is_active(id);
            if ui.checkbox(&mut active, title.as_str()).changed() {
                if active {
                    d.inactive_decks.remove(id);
                } else {
                    d.inactive_decks.insert(id.clone());
                }
            }
        }

        ui.add_space(10.0);
        computers(ui, &mut self.draft, &self.default_name, &self.others);
        ui.add_space(10.0);
        self.keys.ui(ui, &mut self.draft.review_keys);
        ui.add_space(10.0);
        if ui.button("About Reframe").clicked() {
            out.push(Command::ShowHelp(super::help::Tab::About));
        }

        // Save when something changed and no drag is in progress, so a slider is saved once.
        let dragging = ui.input(|i| i.pointer.any_down());
        if self.draft != self.saved && !dragging {
            self.saved = self.draft.clone();
            out.push(Command::SaveSettings(Box::new(self.draft.clone())));
        }
    }
}
