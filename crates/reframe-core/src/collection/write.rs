//! The one write path. Every change to a data folder — an answer, an undo, a suspension, the
//! settings, an imported deck, a restored backup, a deck saved, deleted or exported from the
//! Decks page — is a [`Change`] given to
//! [`Collection::apply`], which saves it (appending to the log and folding the record in, or
//! writing the file atomically) and reports what it did. "What happens when I press 4" is
//! `apply(Change::Answer { grade: 4, .. })`, read from here.

use super::Collection;
use super::care::Restored;
use super::open::stamp;
use super::study::Answered;
use crate::library::ImportPreview;
use crate::scheduler::{CardKey, LogRecord, StoredCoding};
use crate::sm2::Grade;
use crate::store::log::LogWriter;
use crate::store::merge::OrderKey;
use crate::store::{Notice, OpenError, Settings, StoreError, load, recover};
use std::path::PathBuf;

/// A fresh snapshot is written after this many log records, so start-up replays little.
const SNAPSHOT_EVERY: u32 = 500;

/// Something the learner does that changes the data folder.
#[derive(Debug, Clone)]
pub enum Change {
    /// Answer the session's current card (with what was typed and how the coach coded it).
    Answer {
        grade: Grade,
        typed: Option<String>,
        coding: Option<StoredCoding>,
        /// The grade the coach suggested for the typed reply, if it suggested one.
        suggested: Option<Grade>,
    },
    /// "The coach got this wrong": the learner's own code (a code id) for the typed reply to
    /// the current card, saved beside the coach's.
    Disagree {
        typed: String,
        coach: StoredCoding,
        learner: String,
    },
    /// Take back the session's last answer.
    Undo,
    /// Suspend a card (never scheduled) or bring it back.
    Suspend {
        card: CardKey,
        suspended: bool,
    },
    Settings(Box<Settings>),
    /// Install a previewed deck file (progress on cards that keep their ids is kept).
    Import(Box<ImportPreview>),
    /// Bring back a backup by name (the current state is backed up first).
    Restore(String),
    /// Save a deck written in the app into the data folder (its version raised when an
    /// earlier version has left this computer). A built-in deck is refused.
    SaveDeck(Box<crate::deck::Deck>),
    /// Install a deck whose file was written, off the window's thread, by `SavePlan::write`
    /// (a big deck): the second half of `SaveDeck`.
    DeckWritten(Box<super::WrittenDeck>),
    /// Delete a deck of the data folder by id: the file is moved aside, its history kept.
    DeleteDeck(String),
    /// Write a deck by id as a RON file at this path.
    ExportDeck {
        id: String,
        path: PathBuf,
    },
}

/// What a change did.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Answered(Answered),
    Undone(CardKey),
    /// Undo with no answer in this session to take back.
    NothingToUndo,
    /// The card is now suspended or not (`changed` false: it already was).
    Suspended {
        card: CardKey,
        suspended: bool,
        changed: bool,
    },
    SettingsSaved,
    /// The learner's own code for a reply was saved.
    Disagreed {
        card: CardKey,
        learner: String,
    },
    /// The deck was installed; one sentence on what changed.
    Imported(String),
    Restored(Restored),
    /// The deck was saved at this version (`raised`: a higher one than before, because an
    /// earlier version had left this computer).
    DeckSaved {
        id: String,
        version: u32,
        raised: bool,
    },
    /// The deck was deleted; its file is kept at `kept_at`.
    DeckDeleted {
        title: String,
        kept_at: PathBuf,
    },
    /// The deck was written to `path` at this version.
    Exported {
        path: PathBuf,
        version: u32,
    },
}

/// What [`Collection::apply`] did, and anything the learner should hear about because of it
/// (a log changed from outside, a restored file that had to be repaired).
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub effect: Effect,
    pub notices: Vec<Notice>,
}

impl Collection {
    /// Saves one change. For a log record it is on disk (fsynced) before this returns.
    pub fn apply(&mut self, change: Change) -> Result<Applied, StoreError> {
        if !self.is_writable() {
            return Err(StoreError::ReadOnly);
        }
        let mut notices = Vec::new();
        let effect = match change {
            Change::Answer {
                grade,
                typed,
                coding,
                suggested,
            } => {
                let (record, step) = self.answer_record(grade, typed, coding, suggested)?;
                self.record(&record, &mut notices)?;
                Effect::Answered(self.answered(step))
            }
            Change::Undo => match self.undo_record()? {
                None => Effect::NothingToUndo,
                Some((record, card)) => {
                    self.record(&record, &mut notices)?;
                    self.undone();
                    Effect::Undone(card)
                }
            },
            Change::Suspend { card, suspended } => {
                let changed = self.progress.of(&card).suspended != suspended;
                if changed {
                    let record = LogRecord::Suspend {
                        v: crate::scheduler::LOG_VERSION,
                        seq: self.next_seq()?,
                        dev: None,
                        deck: card.deck.clone(),
                        card: card.card.clone(),
                        at: crate::clock::utc(self.clock.now()),
                        suspended,
                    };
                    self.record(&record, &mut notices)?;
                }
                Effect::Suspended {
                    card,
                    suspended,
                    changed,
                }
            }
            Change::Disagree {
                typed,
                coach,
                learner,
            } => {
                let card = self
                    .current_card()
                    .map(|c| c.key)
                    .ok_or_else(|| StoreError::Refused("there is no card on show".to_string()))?;
                let record = LogRecord::Disagree {
                    v: crate::scheduler::LOG_VERSION,
                    seq: self.next_seq()?,
                    dev: None,
                    deck: card.deck.clone(),
                    card: card.card.clone(),
                    at: crate::clock::utc(self.clock.now()),
                    typed,
                    coach,
                    learner: learner.clone(),
                };
                self.record(&record, &mut notices)?;
                Effect::Disagreed { card, learner }
            }
            Change::Settings(settings) => {
                self.save_settings(*settings)?;
                Effect::SettingsSaved
            }
            Change::Import(preview) => {
                self.install_deck(&preview)?;
                Effect::Imported(preview.describe())
            }
            Change::Restore(name) => Effect::Restored(self.restore(&name, &mut notices)?),
            Change::SaveDeck(deck) => {
                let id = deck.id.clone();
                let written = self.plan_save(*deck)?.write()?;
                let (version, raised) = self.install_own(written)?;
                Effect::DeckSaved {
                    id,
                    version,
                    raised,
                }
            }
            Change::DeckWritten(written) => {
                let id = written.id().to_string();
                let (version, raised) = self.install_own(*written)?;
                Effect::DeckSaved {
                    id,
                    version,
                    raised,
                }
            }
            Change::DeleteDeck(id) => {
                let (title, kept_at) = self.delete_deck(&id)?;
                Effect::DeckDeleted { title, kept_at }
            }
            Change::ExportDeck { id, path } => {
                let version = self.export_deck(&id, &path)?;
                Effect::Exported { path, version }
            }
        };
        self.notices.extend(notices.iter().cloned());
        Ok(Applied { effect, notices })
    }

    /// The number the next log record gets. A damaged log cannot make it wrap around to 0.
    pub(super) fn next_seq(&self) -> Result<u64, StoreError> {
        self.progress.last_seq().checked_add(1).ok_or_else(|| {
            StoreError::Refused(
                "the review log's record numbers have run out (a damaged line claims the largest possible number); \
                 nothing was saved — restore a backup with `reframe restore`"
                    .to_string(),
            )
        })
    }

    fn writer(&mut self) -> Result<&mut LogWriter, StoreError> {
        self.log.as_mut().ok_or(StoreError::ReadOnly)
    }

    /// The one append: the record goes to the log (fsynced), then into the in-memory state.
    /// A log replaced, cut short or deleted from outside is noticed before anything is written
    /// to it; the state in memory is then kept (it is the better record), the log as found is
    /// kept aside, and the record goes into the log that follows it.
    fn record(&mut self, record: &LogRecord, notices: &mut Vec<Notice>) -> Result<(), StoreError> {
        // Every record names this device and sorts after everything folded so far, so every
        // computer folds it in the same place (a clock behind another computer's is moved on
        // by a millisecond past that computer's last record).
        let mut record = record.clone();
        let device = self.dir.device().to_string();
        record.set_dev(&device);
        if let Some(high) = &self.frontier.high {
            let key = OrderKey {
                at: record.at(),
                dev: device.clone(),
                seq: record.seq(),
            };
            if key <= *high {
                record.set_at(high.at + chrono::Duration::milliseconds(1));
            }
        }
        let record = &record;
        match self.writer()?.append(record) {
            Err(StoreError::LogChanged(change)) => {
                self.reconcile_log(change, notices)?;
                self.writer()?.append(record)?;
            }
            other => other?,
        }
        let key = OrderKey {
            at: record.at(),
            dev: device.clone(),
            seq: record.seq(),
        };
        let refold = self.undo_needs_refold(record);
        self.progress.apply(record);
        self.frontier.note(&device, record.seq(), &key);
        if refold {
            // Another computer's answer to this card came in after the one taken back: the
            // state is folded again from every log, with the undone answer left out.
            let fresh = Vec::new();
            let mut progress = self.progress.clone();
            let mut frontier = self.frontier.clone();
            crate::store::load::refold_or_keep(
                &self.dir,
                &mut progress,
                &mut frontier,
                fresh,
                notices,
            )?;
            self.progress = progress;
            self.frontier = frontier;
        }
        self.answers_since_snapshot += 1;
        if self.answers_since_snapshot >= SNAPSHOT_EVERY && self.save_snapshot().is_err() {
            // The record is safe in the log; try again after another full round rather than on
            // every answer.
            self.answers_since_snapshot = 0;
        }
        Ok(())
    }

    /// The log changed under us: save what memory holds as the snapshot, then open the log
    /// again with the same rule as start-up (a log holding less than its snapshot is kept
    /// aside and progress kept from the snapshot).
    fn reconcile_log(
        &mut self,
        change: crate::store::log::LogChange,
        notices: &mut Vec<Notice>,
    ) -> Result<(), StoreError> {
        self.save_snapshot()?;
        let stamp = stamp(self.clock.as_ref());
        let loaded = load::load(&self.dir, &stamp, true).map_err(|e| match e {
            OpenError::Store(s) => s,
            other => StoreError::Refused(other.to_string()),
        })?;
        notices.push(Notice::new(
            format!(
                "While Reframe was open, your review log was changed by another program: {change}. \
                 Nothing was written into the changed file before this was noticed."
            ),
            None,
        ));
        notices.extend(loaded.notices);
        self.progress = loaded.progress;
        self.frontier = loaded.frontier;
        self.log = loaded.log;
        self.browser.log_replaced();
        self.save_snapshot()
    }

    /// Writes a snapshot of every card state now (also done on open and close).
    pub fn save_snapshot(&mut self) -> Result<(), StoreError> {
        let Some(log) = &self.log else {
            return Err(StoreError::ReadOnly);
        };
        recover::save_snapshot(&self.dir, &self.progress, &self.frontier, log)?;
        self.answers_since_snapshot = 0;
        Ok(())
    }

    /// An undo of an answer to a card that another computer answered later (as folded here):
    /// putting the card back as it was before would drop that later answer, so it refolds.
    fn undo_needs_refold(&self, record: &LogRecord) -> bool {
        let LogRecord::Undo { deck, card, of, .. } = record else {
            return false;
        };
        let _ = of;
        // Conservative: any other computer's record for the card folded in while open.
        self.touched.contains_key(&(deck.clone(), card.clone()))
    }

    /// Answers the current card: `apply(Change::Answer { .. })`.
    pub fn answer(
        &mut self,
        grade: Grade,
        typed: Option<String>,
        coding: Option<StoredCoding>,
    ) -> Result<Answered, StoreError> {
        match self
            .apply(Change::Answer {
                grade,
                typed,
                coding,
                suggested: None,
            })?
            .effect
        {
            Effect::Answered(a) => Ok(a),
            other => Err(StoreError::Refused(format!("unexpected effect {other:?}"))),
        }
    }

    /// Takes back the last answer of this session (repeatable). False when there is none.
    pub fn undo(&mut self) -> Result<bool, StoreError> {
        Ok(matches!(
            self.apply(Change::Undo)?.effect,
            Effect::Undone(_)
        ))
    }

    /// Suspends a card (never scheduled) or brings it back: `apply(Change::Suspend { .. })`.
    pub fn set_suspended(&mut self, card: &CardKey, suspended: bool) -> Result<(), StoreError> {
        self.apply(Change::Suspend {
            card: card.clone(),
            suspended,
        })
        .map(drop)
    }

    /// Replaces the settings and saves them at once (atomically).
    pub fn update_settings(&mut self, settings: Settings) -> Result<(), StoreError> {
        self.apply(Change::Settings(Box::new(settings))).map(drop)
    }

    /// Installs a previewed deck. Progress on cards that keep their ids is kept.
    pub fn import(&mut self, preview: &ImportPreview) -> Result<(), StoreError> {
        self.apply(Change::Import(Box::new(preview.clone())))
            .map(drop)
    }

    /// Restores a backup; returns what was done and what the learner should hear about.
    pub fn restore_backup(&mut self, name: &str) -> Result<Applied, StoreError> {
        self.apply(Change::Restore(name.to_string()))
    }
}
