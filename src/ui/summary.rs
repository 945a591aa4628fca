//! The end of a session: cards, time, answers per grade, streak, and the MITI summary of the
//! answers the learner typed, against the MITI 4.2.1 fair and good thresholds.

use super::{Command, Page, widgets};
use egui::{Key, Modifiers, RichText};
use reframe_core::collection::Collection;
use reframe_core::session::SessionSummary;
use reframe_core::sm2::Grade;

pub(crate) struct SummaryScreen {
    summary: SessionSummary,
}

impl SummaryScreen {
    pub fn new(summary: SessionSummary) -> SummaryScreen {
        SummaryScreen { summary }
    }
}

/// "4 min 05 s", "35 s".
fn duration(seconds: i64) -> String {
    let s = seconds.max(0);
    if s < 60 {
        format!("{s} s")
    } else if s < 3600 {
        format!("{} min {:02} s", s / 60, s % 60)
    } else {
        format!("{} h {:02} min", s / 3600, (s % 3600) / 60)
    }
}

impl super::ScreenUi for SummaryScreen {
    fn ui(&mut self, ui: &mut egui::Ui, collection: &Collection, out: &mut Vec<Command>) {
        let s = &self.summary;
        ui.heading("Session done");
        ui.add_space(6.0);
        ui.label(format!(
            "{} in {} ({} answers, {} of them re-drills)",
            widgets::count(s.cards, "card", "cards"),
            duration(s.seconds),
            s.answers,
            s.redrills
        ));
        ui.label(format!(
            "Study streak: {}",
            widgets::count(s.streak_days as usize, "day", "days")
        ));
        ui.add_space(8.0);
        ui.strong("Answers per grade");
        egui::Grid::new("summary-grades")
            .num_columns(3)
            .striped(true)
            .show(ui, |ui| {
                for grade in Grade::ALL.into_iter().rev() {
                    ui.label(grade.value().to_string());
                    ui.label(grade.meaning());
                    ui.label(s.grades[usize::from(grade.value())].to_string());
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        super::miti::summary_ui(ui, &s.miti);
        ui.add_space(12.0);
        let back = ui.add(
            egui::Button::new(RichText::new("Back to Today").heading())
                .min_size(egui::vec2(160.0, 40.0)),
        );
        ui.label(RichText::new("Press Enter to go back.").small());
        ui.add_space(8.0);
        let keys = &collection.settings().review_keys;
        let undo = reframe_core::review_keys::ReviewAction::Undo;
        let key = super::keys::review_shortcut(keys, undo);
        if ui
            .button("Undo last answer")
            .on_hover_text(super::keys::review_key_text(keys, undo))
            .clicked()
            || key.is_some_and(|k| ui.input_mut(|i| i.consume_shortcut(&k)))
        {
            out.push(Command::Undo);
        }
        let nothing_focused = ui.memory(|m| m.focused().is_none());
        if back.clicked()
            || (nothing_focused && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)))
        {
            out.push(Command::Show(Page::Today));
        }
    }
}
