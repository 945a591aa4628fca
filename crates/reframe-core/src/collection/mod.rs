//! The one door the app and the command line use: a data folder opened with its decks. Each
//! concern has its own file: opening and what was found ([`open`]), the one write path every
//! change goes through ([`write`]), studying ([`study`]), browsing and its indexes ([`browse`]),
//! settings, imports and backups ([`care`]), today's counts and the coach's history.

mod browse;
mod care;
mod coach_history;
mod decks;
mod devices;
mod open;
mod study;
mod today;
mod write;

pub use browse::{
    BrowseQuery, BrowseRow, CardDetail, CardRef, CardStatus, HistoryEntry, StateFilter,
};
pub use care::Restored;
pub(crate) use care::load_settings;
pub use coach_history::{
    CoachHistory, DayMiti, Disagreement, RecentStudy, StudyDay, WeekMiti, coach_history_of,
    disagreements,
};
pub use decks::{DeckEntry, DeckOrigin, SavePlan, WrittenDeck};
pub use devices::FromDevice;
pub use open::OpenOptions;
pub use study::{Answered, CardView, Outcome};
pub use today::{DeckToday, Today, Totals, count_today};
pub use write::{Applied, Change, Effect};

pub use crate::store::backup::BackupInfo as Backup;

use crate::clock::Clock;
use crate::library::Library;
use crate::scheduler::Progress;
use crate::session::Session;
use crate::store::log::LogWriter;
use crate::store::merge::{Frontier, OrderKey};
use crate::store::{DataDir, FolderLock, Notice, Settings};
use chrono::NaiveDate;
use std::path::Path;
use std::sync::Arc;

/// An open data folder with its decks. Only one per folder at a time (the lock).
pub struct Collection {
    dir: DataDir,
    /// None when opened read-only.
    lock: Option<FolderLock>,
    clock: Arc<dyn Clock>,
    settings: Settings,
    library: Library,
    progress: Progress,
    /// What `progress` counts from every device (this one included).
    frontier: Frontier,
    /// Every device's name as it named itself (device id to name).
    device_names: std::collections::BTreeMap<String, String>,
    /// Per card, the latest record of another device folded in while open: an undo of an
    /// earlier answer to that card has to refold instead of putting the card back.
    touched: std::collections::HashMap<(String, String), OrderKey>,
    log: Option<LogWriter>,
    session: Option<Session>,
    notices: Vec<Notice>,
    /// The decks the learner wrote in the app (`own-decks.ron`).
    own: crate::store::own_decks::OwnDecks,
    answers_since_snapshot: u32,
    browser: browse::Browser,
}

impl std::fmt::Debug for Collection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Collection")
            .field("dir", &self.dir.root())
            .finish_non_exhaustive()
    }
}

impl Collection {
    /// False when opened with [`Collection::open_read_only`].
    pub fn is_writable(&self) -> bool {
        self.log.is_some()
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.root()
    }

    /// Plain sentences about what was recovered or kept aside while opening, and since.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    pub fn progress_state(&self) -> &Progress {
        &self.progress
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The study day it is now, by the clock and the day-start hour.
    pub fn study_day(&self) -> NaiveDate {
        self.settings.day_start().study_day(self.clock.now())
    }

    pub fn streak(&self) -> u32 {
        self.progress.streak(self.study_day())
    }

    /// Saves a final snapshot and releases the folder.
    pub fn close(mut self) -> Result<(), crate::store::StoreError> {
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
