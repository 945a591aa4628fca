//! Import: choose a deck file (dialog or drop on the window), see what it would change, confirm.
//! RON, CSV, TSV and Anki text exports are read (for an Anki export the learner first picks
//! the technique and category of every card). A broken deck shows every problem with its
//! line (or row) and column and changes nothing.

use super::{Command, Page};
use egui::RichText;
use reframe_core::collection::Collection;
use reframe_core::deck::{DeckFileKind, Diagnostic, ImportOptions};
use reframe_core::library::ImportPreview;
use reframe_core::mi::{Category, Technique};
use std::path::PathBuf;

#[derive(Default)]
pub(crate) enum ImportScreen {
    /// Nothing chosen yet: how to import.
    #[default]
    Choose,
    /// An Anki export: the technique and category for all its cards, chosen before reading.
    AnkiChoices {
        path: PathBuf,
        options: ImportOptions,
    },
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
    /// The preview of a dropped or picked file; an Anki export asks for its choices first.
    pub fn preview(collection: &Collection, path: PathBuf) -> ImportScreen {
        if DeckFileKind::of(&path).is_some_and(DeckFileKind::needs_choices) {
            return ImportScreen::AnkiChoices {
                path,
                options: ImportOptions::default(),
            };
        }
        ImportScreen::preview_with(collection, path, &ImportOptions::default())
    }

    pub fn preview_with(
        collection: &Collection,
        path: PathBuf,
        options: &ImportOptions,
    ) -> ImportScreen {
        match collection.import_preview_with(&path, options) {
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
        ui.label(
            "Drop a deck file anywhere on this window, or choose one: a Reframe deck (.ron), a \
             spreadsheet saved as CSV or tab-separated text (.csv, .tsv), or an Anki \
             \"Notes in Plain Text\" export (.txt).",
        );
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
            ImportScreen::AnkiChoices { path, options } => anki_choices(ui, path, options, out),
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
                        // Spreadsheets and Anki exports count rows; RON files count lines.
                        let line_word = match DeckFileKind::of(path) {
                            Some(DeckFileKind::Ron) | None => "line",
                            Some(_) => "row",
                        };
                        for d in problems.iter() {
                            ui.label(match d.position {
                                Some((line, col)) => format!("{line_word} {line}, column {col}"),
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

/// For an Anki export: one technique and one category for every card, each shown with its
/// one-line definition, then the usual preview. The cards come in tagged `needs-review`.
fn anki_choices(
    ui: &mut egui::Ui,
    path: &std::path::Path,
    options: &mut ImportOptions,
    out: &mut Vec<Command>,
) {
    ui.label(RichText::new(format!("File: {}", path.display())).small());
    ui.label(
        RichText::new(
            "This is an Anki export: its notes have a front and a back, but no technique or \
             category. Choose one of each for every card; each card is tagged needs-review so \
             you can check it in the deck editor.",
        )
        .strong(),
    );
    ui.add_space(6.0);
    // Side by side, so both lists and the buttons fit on one screen.
    ui.columns(2, |cols| {
        choice_list(
            &mut cols[0],
            "Technique of every response",
            Technique::ALL,
            &mut options.technique,
            |t| format!("{} — {}", t.label(), t.summary()),
        );
        choice_list(
            &mut cols[1],
            "Category of every statement",
            Category::ALL,
            &mut options.category,
            |c| format!("{} — {}", c.label(), c.summary()),
        );
    });
    ui.add_space(8.0);
    let ready = options.technique.is_some() && options.category.is_some();
    ui.horizontal(|ui| {
        let preview = ui.add_enabled(ready, egui::Button::new("Read the cards"));
        if preview.clicked() {
            out.push(Command::PreviewDeckWith(path.to_path_buf(), *options));
        }
        if ui.button("Cancel").clicked() {
            out.push(Command::Show(Page::Import));
        }
    });
    if !ready {
        ui.label("Choose a technique and a category to go on.");
    }
}

/// A heading and one radio button per choice, each labelled with its one-line definition.
fn choice_list<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    heading: &str,
    all: &[T],
    chosen: &mut Option<T>,
    label: impl Fn(T) -> String,
) {
    ui.heading(heading);
    for &item in all {
        ui.radio_value(chosen, Some(item), label(item));
    }
}
