//! The one door the app and the command line use: open a data folder, see today, study a
//! session, browse and suspend cards, change settings, import decks, back up and restore.
//! It joins the library (decks), the store (disk) and the session (what comes next).

mod browse;
mod care;
mod coach_history;
mod today;

pub use browse::{
    BrowseQuery, BrowseRow, CardDetail, CardRef, CardStatus, HistoryEntry, StateFilter,
};
pub(crate) use care::load_settings;
pub use coach_history::{CoachHistory, DayMiti, RecentStudy, StudyDay, WeekMiti};
pub use today::{DeckToday, Today, Totals, count_today};

use crate::clock::{Clock, utc};
use crate::deck::{Card, Deck};
use crate::library::Library;
use crate::scheduler::{CardKey, StoredCoding};
use crate::scheduler::{LOG_VERSION, LogRecord};
use crate::scheduler::{Progress, answer_effect};
use crate::session::{self, DeckCards, ItemKind, Limits, Session, SessionProgress, SessionSummary};
use crate::sm2::{Grade, Sm2State};
use crate::store::Settings;
use crate::store::log::LogWriter;
use crate::store::recover;
use crate::store::{DataDir, FolderLock, Notice, OpenError, StoreError};
use chrono::NaiveDate;
use std::path::Path;
use std::sync::{Arc, OnceLock};

pub use crate::store::backup::BackupInfo as Backup;

/// A fresh snapshot is written after this many answers, so start-up replays little.
const SNAPSHOT_EVERY: u32 = 500;

/// The card in front of the learner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardView {
    pub key: CardKey,
    pub card: Card,
    pub deck_title: String,
    /// None for a card never answered.
    pub state: Option<Sm2State>,
    pub is_redrill: bool,
    pub is_new: bool,
}

/// Where one grade would send the current card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub grade: Grade,
    /// The card's schedule after this grade (unchanged for a re-drill).
    pub state: Sm2State,
    /// The card comes back later in this session.
    pub again_today: bool,
    /// Days from today to the next due day.
    pub days: i64,
}

impl Outcome {
    /// Short words for a grade button: "in 6 days", "again today, then tomorrow".
    pub fn describe(&self) -> String {
        let when = match self.days {
            i64::MIN..=0 => "today".to_string(),
            1 => "tomorrow".to_string(),
            n => format!("in {n} days"),
        };
        if self.again_today {
            format!("again today, then {when}")
        } else {
            when
        }
    }
}

/// What saving an answer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answered {
    pub seq: u64,
    pub grade: Grade,
    pub was_redrill: bool,
    pub state: Sm2State,
}

/// How to open a data folder.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// Decks standing in for the built-in ones (tests, tools); None: the real bundled decks.
    pub bundled: Option<Vec<Deck>>,
    /// No lock, no writes at all.
    pub read_only: bool,
    /// Make today's backup if there is none yet (default true).
    pub daily_backup: bool,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            bundled: None,
            read_only: false,
            daily_backup: true,
        }
    }
}

/// An open data folder with its decks. Only one per folder at a time (the lock).
pub struct Collection {
    dir: DataDir,
    /// None when opened read-only.
    lock: Option<FolderLock>,
    clock: Arc<dyn Clock>,
    settings: Settings,
    library: Library,
    progress: Progress,
    log: Option<LogWriter>,
    session: Option<Session>,
    notices: Vec<Notice>,
    answers_since_snapshot: u32,
    index: OnceLock<browse::Index>,
    history: browse::HistoryIndex,
}

impl std::fmt::Debug for Collection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Collection")
            .field("dir", &self.dir.root())
            .finish_non_exhaustive()
    }
}

fn stamp(clock: &dyn Clock) -> String {
    utc(clock.now()).format("%Y%m%dT%H%M%SZ").to_string()
}

impl Collection {
    /// Opens (creating if needed) the data folder with the bundled and imported decks.
    pub fn open(data_dir: &Path, clock: Arc<dyn Clock>) -> Result<Collection, OpenError> {
        Collection::open_with(data_dir, clock, OpenOptions::default())
    }

    /// Like `open`, with `bundled` standing in for the built-in decks (for tests and tools).
    pub fn open_with_decks(
        data_dir: &Path,
        clock: Arc<dyn Clock>,
        bundled: Vec<Deck>,
    ) -> Result<Collection, OpenError> {
        Collection::open_with(
            data_dir,
            clock,
            OpenOptions {
                bundled: Some(bundled),
                ..OpenOptions::default()
            },
        )
    }

    /// Opens without taking the lock or writing anything (no backup, no snapshot, no repair):
    /// for quick commands like `reframe status` that may run while the app is open. Answering,
    /// settings and imports return [`StoreError::ReadOnly`].
    pub fn open_read_only(data_dir: &Path, clock: Arc<dyn Clock>) -> Result<Collection, OpenError> {
        Collection::open_with(
            data_dir,
            clock,
            OpenOptions {
                read_only: true,
                ..OpenOptions::default()
            },
        )
    }

    pub fn open_with(
        data_dir: &Path,
        clock: Arc<dyn Clock>,
        options: OpenOptions,
    ) -> Result<Collection, OpenError> {
        let dir = DataDir::new(data_dir);
        let write = !options.read_only;
        let lock = if write {
            dir.create()?;
            Some(FolderLock::acquire(&dir)?)
        } else {
            None
        };
        let stamp = stamp(clock.as_ref());
        let mut notices = Vec::new();
        let settings = load_settings(&dir, &stamp, &mut notices, write)?;
        let library = match options.bundled {
            Some(b) => Library::load_over(b, data_dir),
            None => Library::load(data_dir),
        };
        notices.extend(library.notices().iter().cloned());
        let loaded = recover::load(&dir, &stamp, write)?;
        notices.extend(loaded.notices);
        let mut c = Collection {
            dir,
            lock,
            clock,
            settings,
            library,
            progress: loaded.progress,
            log: loaded.log,
            session: None,
            notices,
            answers_since_snapshot: 0,
            index: OnceLock::new(),
            history: browse::HistoryIndex::default(),
        };
        if c.lock.as_ref().is_some_and(|l| !l.held) {
            c.notices.push(Notice::new(
                "This folder's file system cannot lock files, so Reframe cannot stop a second copy \
                 from using it at the same time; please make sure only one runs."
                    .to_string(),
                None,
            ));
        }
        // Neither a snapshot nor a backup is needed to study: if one cannot be written (a full
        // disk, say), say so and go on.
        if loaded.snapshot_stale
            && let Err(e) = c.save_snapshot()
        {
            c.notices.push(Notice::new(
                format!("The quick-start summary of your progress could not be saved ({e}); Reframe will try again later."),
                None,
            ));
        }
        if write
            && options.daily_backup
            && let Err(e) = c.daily_backup()
        {
            c.notices.push(Notice::new(
                format!("Today's backup could not be made ({e}); your progress itself is safe."),
                None,
            ));
        }
        Ok(c)
    }

    /// False when opened with [`Collection::open_read_only`].
    pub fn is_writable(&self) -> bool {
        self.log.is_some()
    }

    fn writer(&mut self) -> Result<&mut LogWriter, StoreError> {
        self.log.as_mut().ok_or(StoreError::ReadOnly)
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.root()
    }

    /// Plain sentences about what was recovered or kept aside while opening.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    pub fn progress_state(&self) -> &Progress {
        &self.progress
    }

    /// The study day it is now, by the clock and the day-start hour.
    pub fn study_day(&self) -> NaiveDate {
        self.settings.day_start().study_day(self.clock.now())
    }

    pub fn streak(&self) -> u32 {
        self.progress.streak(self.study_day())
    }

    fn limits(&self) -> Limits {
        Limits {
            new_per_day: self.settings.new_per_day,
            reviews_per_day: self.settings.reviews_per_day,
        }
    }

    fn active_decks(&self) -> Vec<DeckCards<'_>> {
        self.library
            .decks()
            .iter()
            .filter(|d| self.settings.is_active(&d.deck.id))
            .map(|d| DeckCards {
                deck: &d.deck.id,
                cards: d.deck.cards.iter().map(|c| c.id.as_str()).collect(),
            })
            .collect()
    }

    /// Counts per active deck, totals within today's limits, streak.
    pub fn today(&self) -> Today {
        let decks = self
            .library
            .decks()
            .iter()
            .filter(|d| self.settings.is_active(&d.deck.id))
            .map(|d| {
                let cards = DeckCards {
                    deck: &d.deck.id,
                    cards: d.deck.cards.iter().map(|c| c.id.as_str()).collect(),
                };
                (d.deck.title.as_str(), cards)
            });
        count_today(decks, &self.settings, &self.progress, self.study_day())
    }

    /// Builds today's queue and starts a session (replacing any session in progress).
    pub fn start_session(&mut self) -> SessionProgress {
        let queue = session::build_queue(
            &self.active_decks(),
            &self.progress,
            self.study_day(),
            self.limits(),
        );
        let s = Session::new(queue, utc(self.clock.now()));
        let p = s.progress();
        self.session = Some(s);
        p
    }

    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    fn find_card(&self, key: &CardKey) -> Option<(&Deck, &Card)> {
        let deck = &self.library.deck(&key.deck)?.deck;
        let card = deck.cards.iter().find(|c| c.id == key.card)?;
        Some((deck, card))
    }

    /// The card to answer now, or None when the session is over (or not started).
    pub fn current_card(&self) -> Option<CardView> {
        let item = self.session.as_ref()?.current()?;
        let (deck, card) = self.find_card(&item.key)?;
        let p = self.progress.of(&item.key);
        Some(CardView {
            key: item.key.clone(),
            card: card.clone(),
            deck_title: deck.title.clone(),
            state: p.sm2,
            is_redrill: item.kind == ItemKind::Redrill,
            is_new: p.is_new(),
        })
    }

    /// What each grade 0..=5 would do to the current card, for the buttons.
    pub fn grade_outcomes(&self) -> Option<[Outcome; 6]> {
        let item = self.session.as_ref()?.current()?;
        let before = self.progress.of(&item.key);
        let today = self.study_day();
        let redrill = item.kind == ItemKind::Redrill;
        Some(Grade::ALL.map(|grade| {
            let e = answer_effect(before, grade, redrill, today);
            let state = e.after.sm2.unwrap_or_else(|| Sm2State::fresh(e.day));
            Outcome {
                grade,
                state,
                again_today: grade.needs_redrill(),
                days: (state.due - today).num_days(),
            }
        }))
    }

    /// Answers the current card. The answer is on disk (fsynced) before this returns.
    pub fn answer(
        &mut self,
        grade: Grade,
        typed: Option<String>,
        coding: Option<StoredCoding>,
    ) -> Result<Answered, StoreError> {
        let item = self
            .session
            .as_ref()
            .and_then(Session::current)
            .cloned()
            .ok_or_else(|| StoreError::Refused("there is no card to answer".to_string()))?;
        let now = self.clock.now();
        let today = self.settings.day_start().study_day(now);
        let redrill = item.kind == ItemKind::Redrill;
        let before = self.progress.of(&item.key);
        let effect = answer_effect(before, grade, redrill, today);
        let seq = self.progress.last_seq() + 1;
        let code = coding.as_ref().map(|c| c.code.clone());
        let has_typed = typed.as_ref().is_some_and(|t| !t.trim().is_empty());
        let record = LogRecord::Review {
            v: LOG_VERSION,
            seq,
            deck: item.key.deck.clone(),
            card: item.key.card.clone(),
            at: utc(now),
            day: today,
            grade,
            redrill,
            typed,
            coding,
        };
        self.writer()?.append(&record)?;
        self.progress.apply(&record);
        if let Some(s) = self.session.as_mut() {
            s.answered(seq, grade, effect, has_typed, code);
        }
        self.after_write();
        Ok(Answered {
            seq,
            grade,
            was_redrill: redrill,
            state: effect
                .after
                .sm2
                .unwrap_or_else(|| Sm2State::fresh(effect.day)),
        })
    }

    /// Takes back the last answer of this session (repeatable). False when there is none.
    pub fn undo(&mut self) -> Result<bool, StoreError> {
        let Some(step) = self.session.as_ref().and_then(Session::last_step).cloned() else {
            return Ok(false);
        };
        let record = LogRecord::Undo {
            v: LOG_VERSION,
            seq: self.progress.last_seq() + 1,
            of: step.seq,
            deck: step.item.key.deck.clone(),
            card: step.item.key.card.clone(),
            at: utc(self.clock.now()),
            restore: step.effect.before,
            undone_day: step.effect.day,
            undone_kind: step.effect.kind,
        };
        self.writer()?.append(&record)?;
        self.progress.apply(&record);
        if let Some(s) = self.session.as_mut() {
            s.undo();
        }
        self.after_write();
        Ok(true)
    }

    /// Every so many answers, a fresh snapshot. The answer is already safe in the log, so a
    /// snapshot that cannot be written is no reason to report the answer as failed.
    fn after_write(&mut self) {
        self.answers_since_snapshot += 1;
        if self.answers_since_snapshot >= SNAPSHOT_EVERY && self.save_snapshot().is_err() {
            // Try again after another full round rather than on every answer.
            self.answers_since_snapshot = 0;
        }
    }

    pub fn progress(&self) -> Option<SessionProgress> {
        self.session.as_ref().map(Session::progress)
    }

    /// The session so far: cards, time, grades, typed answers and how they were coded, streak.
    pub fn summary(&self) -> Option<SessionSummary> {
        let s = self.session.as_ref()?;
        Some(s.summary(utc(self.clock.now()), self.streak()))
    }

    /// Ends the session, returning its summary.
    pub fn end_session(&mut self) -> Option<SessionSummary> {
        let summary = self.summary();
        self.session = None;
        summary
    }

    /// Suspends a card (never scheduled) or brings it back. Saved at once.
    pub fn set_suspended(&mut self, key: &CardKey, suspended: bool) -> Result<(), StoreError> {
        if self.progress.of(key).suspended == suspended {
            return Ok(());
        }
        let record = LogRecord::Suspend {
            v: LOG_VERSION,
            seq: self.progress.last_seq() + 1,
            deck: key.deck.clone(),
            card: key.card.clone(),
            at: utc(self.clock.now()),
            suspended,
        };
        self.writer()?.append(&record)?;
        self.progress.apply(&record);
        self.after_write();
        Ok(())
    }

    /// Writes a snapshot of every card state now (also done on open and close).
    pub fn save_snapshot(&mut self) -> Result<(), StoreError> {
        let Some(log) = &self.log else {
            return Err(StoreError::ReadOnly);
        };
        recover::save_snapshot(&self.dir, &self.progress, log)?;
        self.answers_since_snapshot = 0;
        Ok(())
    }

    /// Saves a final snapshot and releases the folder.
    pub fn close(mut self) -> Result<(), StoreError> {
        if !self.is_writable() {
            return Ok(());
        }
        self.save_snapshot()
    }
}

impl Drop for Collection {
    /// Best effort: a snapshot makes the next start quick; the log already holds every answer.
    fn drop(&mut self) {
        if self.answers_since_snapshot > 0 && self.is_writable() {
            let _ = self.save_snapshot();
        }
    }
}
