//! Problems told in the window in plain words: what was recovered when the collection opened,
//! and the page shown when the data folder cannot be opened at all.

use super::{Command, widgets};
use reframe_core::collection::Collection;
use std::path::Path;

/// What was recovered or could not be loaded when the collection opened, in plain words.
/// Returns true when the learner chose to hide the notes.
pub(super) fn notices(ui: &mut egui::Ui, collection: &Collection) -> bool {
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
pub(super) fn problem_page(
    ui: &mut egui::Ui,
    why: &super::OpenProblem,
    data_dir: &Path,
    out: &mut Vec<Command>,
) {
    ui.heading("Reframe cannot open your progress");
    ui.add_space(8.0);
    let mut chars = why.text.chars();
    let sentence = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
        None => String::new(),
    };
    ui.label(sentence);
    ui.add_space(8.0);
    ui.label(format!("Data folder: {}", data_dir.display()));
    if why.changes.is_empty() {
        ui.label("Nothing was changed.");
    } else {
        ui.label("Before it stopped, Reframe had already done this:");
        for change in &why.changes {
            ui.label(format!("• {change}"));
        }
    }
    ui.label("Close the other Reframe window if one is open, then try again.");
    ui.add_space(8.0);
    if ui.button("Try again").clicked() {
        out.push(Command::RetryOpen);
    }
}
