//! Settings, "Keys for reviewing": the key of each review action (reveal, grades 0–5, undo,
//! "the coach got this wrong"). "Change…" waits for the next key pressed; a key another
//! action already answers to at that moment, or one the window uses elsewhere, is refused
//! with the reason; "Reset the review keys" brings the defaults back.

use super::{keys, widgets};
use egui::{Event, RichText, Role, WidgetInfo};
use reframe_core::review_keys::{KeyBinding, ReviewAction, ReviewKeys};
use reframe_core::sm2::Grade;

#[derive(Default)]
pub(crate) struct KeySettings {
    /// The action waiting for its new key.
    waiting: Option<ReviewAction>,
    /// Why the last key pressed was refused.
    refused: Option<String>,
}

/// "Grade 3 · I got there, with real difficulty", "Reveal the model response".
fn action_text(action: ReviewAction) -> String {
    let label = action.label();
    let mut chars = label.chars();
    let capital: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    match action {
        ReviewAction::Grade(q) => Grade::new(q)
            .map(|g| format!("{capital} · {}", g.meaning()))
            .unwrap_or(capital),
        _ => capital,
    }
}

impl KeySettings {
    /// True while a key is awaited: the window's own shortcuts wait too, so the key pressed
    /// arrives here (and Ctrl+1 is refused with a reason instead of switching page).
    pub fn waiting(&self) -> bool {
        self.waiting.is_some()
    }

    /// Takes the key pressed for the action that waits for one. Call before any widget of the
    /// frame is drawn, so the key never reaches a button.
    pub fn take_key(&mut self, ui: &mut egui::Ui, review_keys: &mut ReviewKeys) {
        let Some(action) = self.waiting else {
            return;
        };
        let pressed = ui.input_mut(|i| {
            let at = i
                .events
                .iter()
                .position(|e| matches!(e, Event::Key { pressed: true, .. }))?;
            // Everything typed with it goes too (the "j" of J), so no widget sees it.
            let taken = i.events.remove(at);
            i.events.retain(|e| !matches!(e, Event::Text(_)));
            match taken {
                Event::Key { key, modifiers, .. } => Some((key, modifiers)),
                _ => None,
            }
        });
        let Some((key, modifiers)) = pressed else {
            return;
        };
        self.waiting = None;
        if key == egui::Key::Escape {
            self.refused = None;
            return;
        }
        let ctrl = modifiers.command || modifiers.ctrl;
        let chosen = KeyBinding::new(ctrl, key.name())
            .and_then(|k| review_keys.with(action, k, &keys::reserved_keys()));
        match chosen {
            Ok(next) => {
                *review_keys = next;
                self.refused = None;
            }
            Err(why) => self.refused = Some(why),
        }
    }

    /// The table of actions and keys, the reason for a refused key, and the reset.
    pub fn ui(&mut self, ui: &mut egui::Ui, review_keys: &mut ReviewKeys) {
        ui.strong("Keys for reviewing");
        ui.label(
            "Choose Change, then press the new key (with Ctrl if you like). Enter keeps \
             revealing and taking the coach's grade, Escape and Tab keep their jobs.",
        );
        // The action's column wraps, so the keys stay in view at any text size.
        egui::Grid::new("review-keys")
            .num_columns(3)
            .max_col_width((ui.available_width() * 0.55).max(120.0))
            .spacing([16.0, 6.0])
            .show(ui, |ui| {
                for action in ReviewAction::ALL {
                    ui.label(action_text(action));
                    let waiting = self.waiting == Some(action);
                    if waiting {
                        ui.label(RichText::new("press a key… (Escape cancels)").italics());
                        let cancel = ui.button("Cancel");
                        let name = format!("Cancel changing the key for {}", action.label());
                        cancel
                            .widget_info(|| WidgetInfo::labeled(Role::Button, true, name.clone()));
                        if cancel.clicked() {
                            self.waiting = None;
                        }
                    } else {
                        let key = keys::review_key_text(review_keys, action);
                        ui.label(RichText::new(key).monospace().strong());
                        let change = ui.button("Change…");
                        let name = format!("Change the key for {}", action.label());
                        change
                            .widget_info(|| WidgetInfo::labeled(Role::Button, true, name.clone()));
                        if change.clicked() {
                            self.waiting = Some(action);
                            self.refused = None;
                            // No widget keeps the keyboard, so Space or Enter cannot press it.
                            ui.memory_mut(|m| {
                                if let Some(id) = m.focused() {
                                    m.surrender_focus(id);
                                }
                            });
                        }
                    }
                    ui.end_row();
                }
            });
        if let Some(why) = &self.refused {
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(widgets::problem_colour(ui), "Not changed:");
                ui.label(why);
            });
        }
        let reset = ui.add_enabled(
            !review_keys.all_default(),
            egui::Button::new("Reset the review keys"),
        );
        let defaults = ReviewKeys::default();
        let default_of = |a| keys::review_key_text(&defaults, a);
        let hint = format!(
            "Back to {} to reveal, {} to grade, {} to undo and {} for \"the coach got this wrong\"",
            default_of(ReviewAction::Reveal),
            keys::grade_keys_text(&defaults),
            default_of(ReviewAction::Undo),
            default_of(ReviewAction::CoachWrong)
        );
        if reset.on_hover_text(hint).clicked() {
            *review_keys = ReviewKeys::default();
            self.refused = None;
        }
    }
}
