//! What the user did, as commands the screens send, and the one place they change the
//! collection: [`App::apply`], run between frames. "What happens when I press 4" is here.

use super::decks::{DeckCommand, DecksScreen};
use super::file_dialog::{Asked, Purpose};
use super::{
    App, Page, Screen, Status, browse, import, open_collection, progress, review, settings,
    summary, today,
};
use reframe_core::collection::{Applied, Change, Collection, Effect};
use reframe_core::scheduler::CardKey;
use reframe_core::scheduler::StoredCoding;
use reframe_core::sm2::Grade;
use std::path::PathBuf;

/// What a screen asks the app to do; applied between frames by [`App::apply`].
#[derive(Debug, Clone)]
pub(crate) enum Command {
    Show(Page),
    /// Help or About (F1), in place of the screen.
    ShowHelp(super::help::Tab),
    StartSession,
    Reveal,
    Answer(Grade),
    /// "The coach got this wrong": the learner's own code for their reply.
    Disagree(reframe_core::coach::Code),
    Undo,
    SetSuspended(CardKey, bool),
    /// Look for answers and settings other computers sharing the folder added.
    LookForOtherComputers,
    SaveSettings(Box<reframe_core::store::Settings>),
    PickDeck,
    PreviewDeck(PathBuf),
    /// Preview a file that needs choices made for the whole import (an Anki export).
    PreviewDeckWith(PathBuf, reframe_core::deck::ImportOptions),
    InstallDeck,
    RetryOpen,
    /// "Study …" on Progress: a session of one kind of resistance.
    StudyCategory(reframe_core::mi::Category),
    /// "Export report…": ask where, then write the report of the last `days` days.
    ExportReport {
        days: i64,
        typed: bool,
        csv: bool,
    },
    /// Write that report to `path` (chosen in the system dialog or the in-app browser).
    WriteReport {
        days: i64,
        typed: bool,
        csv: bool,
        path: PathBuf,
        /// The system dialog already asked before replacing `path` (the in-app browser does
        /// not ask, so an existing file is then left alone).
        replace_confirmed: bool,
    },
    /// From the Decks page and the deck editor.
    Deck(DeckCommand),
}

impl App {
    /// Applies one command. Every change to the collection made by the window happens here.
    pub(super) fn apply(&mut self, command: Command) {
        // Leaving the deck editor with unsaved changes asks first.
        if let Screen::Editor(editor) = &mut self.screen
            && matches!(
                command,
                Command::Show(_) | Command::PickDeck | Command::PreviewDeck(_)
            )
            && editor.holds(&command)
        {
            return;
        }
        if let Command::Deck(deck) = command {
            self.apply_deck(deck);
            return;
        }
        if let Command::RetryOpen = command {
            self.collection = open_collection(&self.data_dir, &self.clock);
            self.applied_style = None;
            self.screen = Screen::Today(today::TodayScreen);
            return;
        }
        if let Command::ShowHelp(tab) = command {
            self.help = Some(super::help::HelpScreen::new(tab));
            return;
        }
        if let Command::PickDeck = command {
            match self.files.open_deck() {
                Asked::File(path) => self.apply(Command::PreviewDeck(path)),
                Asked::Cancelled => self.screen = Screen::Import(import::ImportScreen::default()),
                Asked::Browser(note) => {
                    self.screen = Screen::Import(import::ImportScreen::default());
                    if let Some(note) = note {
                        self.status = Some(problem(note.to_string()));
                    }
                }
            }
            return;
        }
        let Ok(collection) = &mut self.collection else {
            return;
        };
        // A message about the last action goes once the learner moves on.
        if matches!(
            command,
            Command::Show(_) | Command::StartSession | Command::Answer(_)
        ) {
            self.status = None;
        }
        match command {
            Command::Show(page) => {
                self.help = None;
                if matches!(self.screen, Screen::Summary(_)) {
                    collection.end_session();
                }
                if page == Page::Today {
                    self.look_for_other_computers();
                }
                let Ok(collection) = &mut self.collection else {
                    return;
                };
                self.screen = match page {
                    Page::Today => Screen::Today(today::TodayScreen),
                    Page::Browse => Screen::Browse(Box::new(browse::BrowseScreen::new(collection))),
                    Page::Import => Screen::Import(import::ImportScreen::default()),
                    Page::Settings => Screen::Settings(settings::SettingsScreen::new(collection)),
                    Page::Progress => Screen::Progress(progress::ProgressScreen::new(collection)),
                    Page::Decks => Screen::Decks(match &self.screen {
                        Screen::Editor(e) => {
                            e.deck_id().map(DecksScreen::showing).unwrap_or_default()
                        }
                        _ => DecksScreen::default(),
                    }),
                }
            }
            Command::StartSession => {
                collection.start_session();
                self.screen = next_review_screen(collection);
            }
            Command::Reveal => {
                if let Screen::Review(s) = &mut self.screen {
                    s.reveal(collection.current_card().as_ref());
                }
            }
            Command::Disagree(code) => {
                let Screen::Review(s) = &mut self.screen else {
                    return;
                };
                let (typed, coding) = s.answer();
                let (Some(typed), Some(coding)) = (typed, coding) else {
                    return;
                };
                match collection.apply(Change::Disagree {
                    typed,
                    coach: StoredCoding::from(&coding),
                    learner: code.id().to_string(),
                }) {
                    Ok(_) => s.disagreement_saved(code),
                    Err(e) => self.status = Some(problem(format!("Your code was not saved: {e}"))),
                }
            }
            Command::Answer(grade) => {
                // The screen keeps its typed text and reveal until the answer is saved, so a
                // failed save loses nothing and can be tried again.
                let (typed, coding, suggested) = match &self.screen {
                    Screen::Review(s) if s.is_revealed() && !s.choosing_code() => {
                        let (typed, coding) = s.answer();
                        (typed, coding, s.suggested())
                    }
                    _ => return,
                };
                let coding = coding.as_ref().map(StoredCoding::from);
                match collection.apply(Change::Answer {
                    grade,
                    typed,
                    coding,
                    suggested,
                }) {
                    Ok(applied) => {
                        show_notices(&mut self.notices_hidden, &applied.notices);
                        self.screen = next_review_screen(collection);
                    }
                    Err(e) => self.status = Some(problem(format!("The answer was not saved: {e}"))),
                }
            }
            Command::Undo => match collection.apply(Change::Undo) {
                Ok(Applied {
                    effect: Effect::Undone(_),
                    notices,
                }) => {
                    self.status = Some(done("The last answer was taken back.".into()));
                    show_notices(&mut self.notices_hidden, &notices);
                    self.screen = next_review_screen(collection);
                }
                Ok(_) => self.status = Some(problem("There is no answer to take back.".into())),
                Err(e) => {
                    self.status = Some(problem(format!("Could not take the answer back: {e}")))
                }
            },
            Command::SetSuspended(key, suspended) => {
                match collection.apply(Change::Suspend {
                    card: key,
                    suspended,
                }) {
                    Ok(applied) => show_notices(&mut self.notices_hidden, &applied.notices),
                    Err(e) => {
                        self.status = Some(problem(format!("Could not change the card: {e}")))
                    }
                }
                if let Screen::Browse(s) = &mut self.screen {
                    s.card_changed(collection);
                }
            }
            Command::SaveSettings(new) => {
                match collection.apply(Change::Settings(new)) {
                    Ok(_) => self.status = Some(done("Settings saved.".into())),
                    Err(e) => self.status = Some(problem(format!("Settings were not saved: {e}"))),
                }
                self.applied_style = None;
                if let Screen::Settings(s) = &mut self.screen {
                    *s = settings::SettingsScreen::new(collection);
                }
            }
            Command::PreviewDeck(path) => {
                self.screen = Screen::Import(import::ImportScreen::preview(collection, path));
            }
            Command::PreviewDeckWith(path, options) => {
                self.screen = Screen::Import(import::ImportScreen::preview_with(
                    collection, path, &options,
                ));
            }
            Command::InstallDeck => {
                let Screen::Import(s) = &mut self.screen else {
                    return;
                };
                let Some(preview) = s.take_ready() else {
                    return;
                };
                let path = preview.path.clone();
                match collection.apply(Change::Import(Box::new(preview))) {
                    Ok(Applied {
                        effect: Effect::Imported(what),
                        ..
                    }) => {
                        self.status = Some(done(what));
                        self.screen = Screen::Today(today::TodayScreen);
                    }
                    Ok(_) => {}
                    Err(e) => {
                        *s = import::ImportScreen::failed(path, e.to_string());
                    }
                }
            }
            Command::LookForOtherComputers => self.look_for_other_computers(),
            Command::StudyCategory(category) => {
                collection.start_session_in(Some(category));
                if collection.current_card().is_some() {
                    self.screen = Screen::Review(review::ReviewScreen::default());
                } else {
                    collection.end_session();
                    self.status = Some(done(progress::nothing_to_study(category)));
                }
            }
            Command::ExportReport { days, typed, csv } => {
                let name = progress::report_file_name(collection.study_day());
                let purpose = Purpose::Report { days, typed, csv };
                match self.files.save_report(&name, purpose) {
                    Asked::File(path) => self.apply(Command::WriteReport {
                        days,
                        typed,
                        csv,
                        path,
                        replace_confirmed: true,
                    }),
                    Asked::Cancelled => {}
                    Asked::Browser(note) => {
                        if let Some(note) = note {
                            self.status = Some(problem(note.to_string()));
                        }
                    }
                }
            }
            Command::WriteReport {
                days,
                typed,
                csv,
                path,
                replace_confirmed,
            } => {
                let today = collection.study_day();
                let csv_path = csv.then(|| path.with_extension("csv"));
                // Nobody was asked about these files: an existing one is kept, never replaced.
                let unasked = (!replace_confirmed).then_some(&path).into_iter();
                if let Some(existing) = unasked.chain(csv_path.as_ref()).find(|p| p.exists()) {
                    self.status = Some(problem(format!(
                        "Nothing was saved: {} already exists, and Reframe does not replace a \
                         file it was not asked to. Export again and choose another name.",
                        existing.display()
                    )));
                    return;
                }
                let options = reframe_core::report::ReportOptions {
                    from: reframe_core::report::stats::shift(today, 1 - days),
                    to: today,
                    typed,
                };
                self.status = Some(
                    match collection.write_report(options, &path, csv_path.as_deref()) {
                        Ok(_) => done(crate::cli::report::written(
                            options.from,
                            options.to,
                            &path,
                            csv_path.as_deref(),
                        )),
                        Err(e) => problem(format!("The report was not saved: {e}")),
                    },
                );
            }
            Command::RetryOpen | Command::PickDeck | Command::ShowHelp(_) | Command::Deck(_) => {}
        }
    }

    /// Folds in what other computers sharing the folder added, and says so in words ("3 answers
    /// from Home laptop were added."). Cheap when nothing changed; run when the window gets the
    /// focus and when Today is shown.
    pub(super) fn look_for_other_computers(&mut self) {
        let Ok(collection) = &mut self.collection else {
            return;
        };
        if !collection.is_writable() {
            return;
        }
        let result = collection.refresh_from_devices();
        // Settings another computer changed show at once, and an open Settings page starts
        // from them (a draft of the old values would otherwise win back the fields it changed).
        if let Screen::Settings(s) = &mut self.screen {
            *s = settings::SettingsScreen::new(collection);
        }
        match result {
            Ok(added) if !added.is_empty() => {
                let text = added
                    .iter()
                    .map(|a| a.sentence())
                    .collect::<Vec<_>>()
                    .join(" ");
                self.status = Some(done(text));
            }
            Ok(_) => {}
            Err(e) => {
                self.status = Some(Status {
                    problem: true,
                    text: format!("Could not read what the other computers added: {e}"),
                });
            }
        }
    }
}

/// After a session step: the next card, or the summary once the queue is empty (which also
/// ends the session).
fn next_review_screen(collection: &mut Collection) -> Screen {
    if collection.current_card().is_some() {
        return Screen::Review(review::ReviewScreen::default());
    }
    // The session stays open on the summary, so Ctrl+Z can still take the last answer back.
    match collection.summary() {
        Some(summary) if summary.answers > 0 => {
            Screen::Summary(summary::SummaryScreen::new(summary))
        }
        _ => {
            collection.end_session();
            Screen::Today(today::TodayScreen)
        }
    }
}

/// Notices a change raised (a log changed from outside, say) join the notes at the top, which
/// show again even if the learner had hidden earlier ones.
fn show_notices(hidden: &mut bool, notices: &[reframe_core::store::Notice]) {
    if !notices.is_empty() {
        *hidden = false;
    }
}

pub(super) fn problem(text: String) -> Status {
    Status {
        problem: true,
        text,
    }
}

pub(super) fn done(text: String) -> Status {
    Status {
        problem: false,
        text,
    }
}
