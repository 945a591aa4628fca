//! Help (F1) and About. Help: the keys in use (from [`super::keys`], with the learner's review
//! keys), what each grade means and does, the coach's codes with an example each, and where the
//! deck format guide is. About: the version, the coder's version, the data folder (open it,
//! copy its path), where the backups are, and the licences. Shown in place of the screen, which
//! keeps its state (a half-typed reply survives a look at Help).

use super::{Command, Page, keys, licences, widgets};
use egui::RichText;
use reframe_core::coach::{CODER_VERSION, Code};
use reframe_core::review_keys::{ReviewAction, ReviewKeys};
use reframe_core::sm2::Grade;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};

/// The two pages behind F1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Help,
    About,
}

/// Opens a folder in the file manager. The answer comes later on the receiver (the system's
/// opener runs in a thread, so the window never waits); the context is for a repaint then.
pub type FolderOpener = Box<dyn Fn(&Path, &egui::Context) -> Receiver<Result<(), String>>>;

/// The system's file manager: `xdg-open` on Linux (`open` on macOS, `explorer` on Windows).
pub fn system_folder_opener() -> FolderOpener {
    Box::new(|path, ctx| {
        let (tx, rx) = mpsc::channel();
        let (path, ctx) = (path.to_path_buf(), ctx.clone());
        std::thread::spawn(move || {
            // The window may have closed meanwhile; then nobody is waiting for the answer.
            let _ = tx.send(open_with_system(&path));
            ctx.request_repaint();
        });
        rx
    })
}

fn open_with_system(path: &Path) -> Result<(), String> {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let status = std::process::Command::new(program)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    match status {
        // Explorer's exit status says nothing about success.
        Ok(s) if s.success() || cfg!(windows) => Ok(()),
        Ok(s) => Err(format!("{program} could not open it ({s})")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(format!(
            "{program} was not found (on Linux it comes with the xdg-utils package)"
        )),
        Err(e) => Err(format!("{program} did not start: {e}")),
    }
}

/// A folder opener that answers at once (tests, and the `App::with_folder_opener` builder).
pub fn immediate_opener(open: impl Fn(&Path) -> Result<(), String> + 'static) -> FolderOpener {
    Box::new(move |path, _| {
        let (tx, rx) = mpsc::channel();
        let _ = tx.send(open(path));
        rx
    })
}

pub(crate) struct HelpScreen {
    tab: Tab,
    /// The file manager was asked to open the data folder; its answer is awaited.
    opening: Option<Receiver<Result<(), String>>>,
    /// What became of "Open in file manager" or "Copy path": (is a problem, sentence).
    folder_note: Option<(bool, String)>,
}

/// What Help needs from the app to draw.
pub(crate) struct HelpContext<'a> {
    pub keys: &'a ReviewKeys,
    pub data_dir: &'a Path,
    /// This computer's backups folder.
    pub backups: PathBuf,
    pub opener: &'a FolderOpener,
}

impl HelpScreen {
    pub fn new(tab: Tab) -> HelpScreen {
        HelpScreen {
            tab,
            opening: None,
            folder_note: None,
        }
    }

    /// Draws the page; true when the learner closed it.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &HelpContext, out: &mut Vec<Command>) -> bool {
        let mut close = false;
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.tab, Tab::Help, "Help");
            ui.selectable_value(&mut self.tab, Tab::About, "About Reframe");
            ui.add_space(16.0);
            close = ui
                .button("Close help")
                .on_hover_text("F1 or Escape; back to where you were")
                .clicked();
        });
        ui.separator();
        match self.tab {
            Tab::Help => help_page(ui, cx.keys, out),
            Tab::About => self.about_page(ui, cx),
        }
        close
    }

    fn about_page(&mut self, ui: &mut egui::Ui, cx: &HelpContext) {
        if let Some(rx) = &self.opening
            && let Ok(result) = rx.try_recv()
        {
            self.opening = None;
            self.folder_note = Some(match result {
                Ok(()) => (false, "Opened in the file manager.".to_string()),
                Err(why) => (
                    true,
                    format!(
                        "Could not open the file manager: {why}. The folder is {}; \
                         \"Copy path\" puts that on the clipboard to paste into your file \
                         manager.",
                        cx.data_dir.display()
                    ),
                ),
            });
        }
        ui.heading("About Reframe");
        ui.label(format!("Reframe {}", env!("CARGO_PKG_VERSION")));
        ui.label(format!(
            "Coach rules: version {CODER_VERSION} (saved with every coded answer, so answers \
             coded by older rules can be found and coded again)"
        ));
        ui.add_space(10.0);

        ui.strong("Your data folder");
        ui.label("Progress, settings and imported decks, in plain files:");
        ui.label(RichText::new(cx.data_dir.display().to_string()).monospace());
        ui.horizontal(|ui| {
            if ui.button("Open in file manager").clicked() {
                self.folder_note = None;
                self.opening = Some((cx.opener)(cx.data_dir, ui.ctx()));
            }
            if ui.button("Copy path").clicked() {
                ui.ctx().copy_text(cx.data_dir.display().to_string());
                self.folder_note = Some((false, "The folder's path is on the clipboard.".into()));
            }
        });
        if self.opening.is_some() {
            ui.label("Asking the file manager to open it…");
        }
        if let Some((problem, note)) = &self.folder_note {
            ui.horizontal_wrapped(|ui| {
                if *problem {
                    ui.colored_label(widgets::problem_colour(ui), "Problem:");
                }
                ui.label(note);
            });
        }
        ui.add_space(10.0);

        ui.strong("Backups");
        ui.label(format!(
            "The first time Reframe opens on a study day it copies your progress, settings and \
             imported decks into {}, one folder a day. It keeps the last 7 days, then one a week \
             for 4 weeks, then one a month for 6 months. To go back to one, close this window \
             and run `reframe backups` to list them, then `reframe restore NAME`; what you have \
             now is backed up first, so a restore can be undone.",
            cx.backups.display()
        ));
        ui.add_space(10.0);

        ui.strong("Licences");
        ui.label(
            "Reframe is free software: you may use, change and share it under the MIT licence or \
             the Apache licence 2.0, whichever you choose.",
        );
        egui::CollapsingHeader::new("The MIT licence").show(ui, |ui| {
            ui.label(RichText::new(licences::MIT_TEXT).monospace());
        });
        egui::CollapsingHeader::new("The Apache licence 2.0").show(ui, |ui| {
            ui.label(RichText::new(licences::APACHE_TEXT).monospace());
        });
        let deps = licences::dependencies();
        ui.label(format!(
            "Reframe is built from {} open-source crates, each under its own licence (the list \
             includes those used only for tests and on other systems).",
            deps.len()
        ));
        egui::CollapsingHeader::new("The crates and their licences").show(ui, |ui| {
            egui::Grid::new("dependency-licences")
                .num_columns(3)
                .striped(true)
                .max_col_width((ui.available_width() * 0.4).max(120.0))
                .spacing([12.0, 2.0])
                .show(ui, |ui| {
                    for d in &deps {
                        ui.label(format!("{} {}", d.name, d.version));
                        ui.label(d.licence);
                        ui.label(RichText::new(d.authors).small());
                        ui.end_row();
                    }
                });
        });
    }
}

/// What a grade does to the card, after docs/scheduling.md ("One graded review", "Re-drills").
fn grade_effect(grade: Grade) -> &'static str {
    match grade.value() {
        5 => "Recalled: the gap before the next review grows, and grows faster from now on.",
        4 => "Recalled: the gap before the next review grows at the card's usual pace.",
        3 => {
            "Recalled, just: the gap grows but more slowly from now on, and the card comes back \
             later today as a re-drill."
        }
        2 | 1 => {
            "Missed: the card starts again (due tomorrow), its gaps grow more slowly from now on, \
             and it comes back later today as a re-drill."
        }
        _ => {
            "Missed completely: the card starts again (due tomorrow), its gaps grow much more \
             slowly from now on, and it comes back later today as a re-drill."
        }
    }
}

/// What each of the coach's codes means and a reply that gets it (written for this page;
/// a test checks that the coach codes each example as shown).
pub(crate) fn code_example(code: Code) -> (&'static str, &'static str) {
    match code {
        Code::SimpleReflection => (
            "says back what the client said, adding little",
            "You're here because the court sent you.",
        ),
        Code::ComplexReflection => (
            "adds the feeling, meaning or value under the words",
            "Part of you wonders whether any of this could make a difference.",
        ),
        Code::OpenQuestion => (
            "invites a wide answer in the client's own words",
            "What would you like to be different a year from now?",
        ),
        Code::ClosedQuestion => (
            "asks for a yes, a no or a fact",
            "Did the court set a number of sessions?",
        ),
        Code::Persuade => (
            "tries to change the client's mind or behaviour without permission: advice, \
             arguments, warnings",
            "You should cut down before it costs you your job.",
        ),
        Code::Confront => (
            "disagrees with, corrects, labels, shames or doubts the client",
            "You're in denial about how much you drink.",
        ),
        Code::Affirm => (
            "names a real strength or effort of the client's",
            "You kept coming back even when it was hard; that took real persistence.",
        ),
        Code::Autonomy => (
            "says the choice is the client's, and means it",
            "It's your decision what you do about this.",
        ),
        Code::Seek => (
            "shares power: asks permission, invites the client's ideas",
            "Let's work out together what would be most useful to talk about.",
        ),
        Code::Info => (
            "gives information without pressure",
            "The group meets on Tuesdays at six and lasts about an hour.",
        ),
        Code::Other => ("anything else: greetings, fillers, thanks", "Good morning."),
    }
}

fn help_page(ui: &mut egui::Ui, review_keys: &ReviewKeys, out: &mut Vec<Command>) {
    ui.heading("Help");
    ui.label(
        "Each card shows something a client says. Think or type what you would say, reveal the \
         model response, and grade how close you were; Reframe brings the card back when it is \
         due. Everything stays on this computer.",
    );
    ui.add_space(10.0);

    ui.strong("Keys");
    // Columns at most this wide, so long rows wrap inside the reading column at any text size.
    let column = (ui.available_width() * 0.42).max(120.0);
    egui::Grid::new("help-keys")
        .num_columns(3)
        .striped(true)
        .max_col_width(column)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for r in keys::key_rows_with(review_keys) {
                ui.label(r.place);
                ui.label(RichText::new(&r.keys).strong());
                ui.label(&r.does);
                ui.end_row();
            }
        });
    ui.horizontal_wrapped(|ui| {
        ui.label("The review keys (reveal, grades, undo, the coach's W) can be changed.");
        if ui.button("Change the review keys").clicked() {
            out.push(Command::Show(Page::Settings));
        }
    });
    ui.add_space(10.0);

    ui.strong("What each grade means");
    ui.label(
        "Grade how close your answer was to the model, not whether you liked it. Grades 0–2 \
         count as missed, 3–5 as recalled; below 4 the card comes back in the same session.",
    );
    for grade in Grade::ALL.into_iter().rev() {
        let key = keys::review_key_text(review_keys, ReviewAction::Grade(grade.value()));
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{} · {}", grade.value(), grade.meaning())).strong());
            ui.label(format!("key {key}"));
        });
        ui.indent(("grade", grade.value()), |ui| ui.label(grade_effect(grade)));
    }
    ui.label(
        RichText::new(
            "The exact rules (SM-2) are in docs/scheduling.md in Reframe's source, \
             /usr/share/doc/reframe/ when installed from the package.",
        )
        .small(),
    );
    ui.add_space(10.0);

    ui.strong("The coach's codes");
    ui.label(format!(
        "If you type your reply, the coach gives it one of these codes (MITI 4.2.1 behaviour \
         codes), brackets the words behind each flag and says why. Persuading or confronting \
         anywhere in a reply decides its code. The coach also has a second reader, trained on \
         replies written for Reframe: when the rules find nothing MI-inconsistent but the second \
         reader doubts the reply, the coach shows the words it doubts under the code and \
         suggests no more than 3. The code itself stays. If you think the coach got your reply \
         wrong, press {} after the reveal and pick your own code.",
        keys::review_key_text(review_keys, ReviewAction::CoachWrong)
    ));
    for &code in Code::ALL {
        let (means, example) = code_example(code);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("{}:", code.label())).strong());
            ui.label(means);
        });
        ui.indent(("code", code.id()), |ui| {
            ui.label(RichText::new(format!("e.g. \u{201c}{example}\u{201d}")).italics())
        });
    }
    ui.add_space(10.0);

    ui.strong("Writing your own decks");
    ui.label(
        "A deck is one plain-text file. The guide to writing one is docs/deck-format.md in \
         Reframe's source, with a commented template beside it (docs/template-deck.ron); the \
         package installs both in /usr/share/doc/reframe/. `reframe check FILE` checks a deck \
         and names every problem's line and column. Import a deck with Ctrl+O or by dropping \
         the file on the window.",
    );
    egui::CollapsingHeader::new("Read the deck format guide here").show(ui, |ui| {
        ui.label(RichText::new(include_str!("../../docs/deck-format.md")).monospace());
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_codes_example_gets_that_code_from_the_coach() {
        for &code in Code::ALL {
            let (_, example) = code_example(code);
            let coding = reframe_core::coach::code(example);
            assert_eq!(coding.code, code, "{example:?}: {}", coding.why);
            assert!(coding.sure, "{example:?}: the coach is not sure");
        }
    }
}
