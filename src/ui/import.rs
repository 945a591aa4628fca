//! Import: choose a deck file (dialog or drop on the window), see what it would change, confirm.
//! A broken deck shows every problem with its line and column and changes nothing.

use super::{Command, Page};
use egui::RichText;
use reframe_core::collection::Collection;
use reframe_core::deck::Diagnostic;
use reframe_core::library::ImportPreview;
use std::path::PathBuf;

#[derive(Default)]
pub(crate) enum ImportScreen {
    /// Nothing chosen yet: how to import.
    #[default]
    Choose,
    /// A valid deck, waiting for the learner to confirm.
    Ready(Box<ImportPreview>),
    /// A deck that cannot be imported, with every problem found.
    Broken {
        path: PathBuf,
        problems: Vec<Diagnostic>,
    },
    /// Installing failed (disk full, permissions): nothing changed.
    Failed { path: PathBuf, why: String },
}

impl ImportScreen {
    pub fn preview(collection: &Collection, path: PathBuf) -> ImportScreen {
        match collection.import_preview(&path) {
            Ok(p) => ImportScreen::Ready(Box::new(p)),
            Err(problems) => ImportScreen::Broken { path, problems },
        }
    }

    pub fn failed(path: PathBuf, why: String) -> ImportScreen {
        ImportScreen::Failed { path, why }
    }

    /// The preview the learner confirmed, if this screen holds one.
    pub fn take_ready(&mut self) -> Option<ImportPreview> {
        match std::mem::take(self) {
            ImportScreen::Ready(p) => Some(*p),
            other => {
                *self = other;
                None
            }
        }
    }
}

fn change_list(ui: &mut egui::Ui, title: &str, ids: &[String]) {
    if ids.is_empty() {
        return;
    }
    let shown: Vec<&str> = ids.iter().take(12).map(String::as_str).collect();
    let more = ids.len().saturating_sub(shown.len());
    let mut line = format!("{title} ({}): {}", ids.len(), shown.join(", "));
    if more > 0 {
        line.push_str(&format!(" and {more} more"));
    }
    ui.label(line);
}

impl super::ScreenUi for ImportScreen {
    fn ui(&mut self, ui: &mut egui::Ui, _collection: &Collection, out: &mut Vec<Command>) {
        ui.heading("Import a deck");
        ui.label("Drop a deck file (.ron) anywhere on this window, or choose one.");
        ui.horizontal(|ui| {
            if ui.button("Import deck…").clicked() {
                out.push(Command::PickDeck);
            }
            ui.label(RichText::new("Ctrl+O").small());
        });
        ui.add_space(10.0);
        match self {
            ImportScreen::Choose => {
                ui.label(
                    "A newer version of a deck you have replaces it and keeps your progress on \
                     every card it still contains. Nothing changes until you confirm.",
                );
            }
            ImportScreen::Ready(p) => {
                ui.label(RichText::new(format!("File: {}", p.path.display())).small());
                ui.label(RichText::new(p.describe()).strong());
                if p.installed_version.is_some() {
                    change_list(ui, "Added", &p.added);
                    change_list(ui, "Changed (progress kept)", &p.changed);
                    change_list(
                        ui,
                        "Retired (history kept, no longer scheduled)",
                        &p.retired,
                    );
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let verb = if p.installed_version.is_some() {
                        "Update deck"
                    } else {
                        "Install deck"
                    };
                    if ui.button(verb).clicked() {
                        out.push(Command::InstallDeck);
                    }
                    if ui.button("Cancel").clicked() {
                        out.push(Command::Show(Page::Import));
                    }
                });
            }
            ImportScreen::Broken { path, problems } => {
                ui.label(
                    RichText::new(format!(
                        "This deck cannot be imported: {} found. Nothing was changed.",
                        super::widgets::count(problems.len(), "problem", "problems")
                    ))
                    .strong(),
                );
                ui.label(RichText::new(format!("File: {}", path.display())).small());
                ui.add_space(6.0);
                let message_width = (ui.available_width() - 190.0).max(200.0);
                egui::Grid::new("deck-problems")
                    .num_columns(2)
                    .striped(true)
                    .spacing([16.0, 4.0])
                    .max_col_width(message_width)
                    .show(ui, |ui| {
                        ui.strong("Where");
                        ui.strong("Problem");
                        ui.end_row();
                        for d in problems.iter() {
                            ui.label(match d.position {
                                Some((line, col)) => format!("line {line}, column {col}"),
                                None => "whole file".to_string(),
                            });
                            ui.add(egui::Label::new(&d.message).wrap());
                            ui.end_row();
                        }
                    });
            }
            ImportScreen::Failed { path, why } => {
                ui.label(
                    RichText::new(format!(
                        "Could not install {}: {why}. Nothing was changed.",
                        path.display()
                    ))
                    .strong(),
                );
            }
        }
    }
}
