//! What the review log records: answers, undos and suspensions, each with its format version
//! and sequence number. The store writes them one per line; the scheduler folds them.

use super::card::{AnswerKind, CardProgress};
use crate::sm2::Grade;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The newest log line format this program writes and reads.
/// Version 2 added the suggested grade on answers and the learner's own code for a reply the
/// coach got wrong (`Disagree`); version 3 the device that wrote each record (`dev`) and the
/// device of the answer an undo takes back (`of_dev`). Older lines still read: their device is
/// the one whose log holds them.
pub const LOG_VERSION: u32 = 3;

/// What the coach said about a typed answer, stored as the caller gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredCoding {
    pub coder_version: u32,
    pub code: String,
    pub flags: Vec<String>,
    /// A second code the same words earn (a question that also seeks collaboration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub also: Option<String>,
}

/// One line of the log. `v` is the line's format version; `seq` increases by one per line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum LogRecord {
    /// An answer. `day` is the local study day the clock gave; `redrill` marks same-day
    /// re-drills, which never move the schedule.
    Review {
        v: u32,
        seq: u64,
        /// The device that wrote the record (version 3); None: the device whose log holds it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        dev: Option<String>,
        deck: String,
        card: String,
        at: DateTime<Utc>,
        day: NaiveDate,
        grade: Grade,
        redrill: bool,
        typed: Option<String>,
        coding: Option<StoredCoding>,
        /// The grade the coach suggested for the typed reply, when it suggested one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        suggested: Option<Grade>,
    },
    /// Takes back answer `of`: the card returns to `restore`, the day's count drops by one.
    Undo {
        v: u32,
        seq: u64,
        /// The device that wrote the record (version 3); None: the device whose log holds it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        dev: Option<String>,
        of: u64,
        /// The device whose answer `of` is (version 3); None: the undo's own device.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        of_dev: Option<String>,
        deck: String,
        card: String,
        at: DateTime<Utc>,
        restore: CardProgress,
        undone_day: NaiveDate,
        undone_kind: AnswerKind,
    },
    Suspend {
        v: u32,
        seq: u64,
        /// The device that wrote the record (version 3); None: the device whose log holds it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        dev: Option<String>,
        deck: String,
        card: String,
        at: DateTime<Utc>,
        suspended: bool,
    },
    /// "The coach got this wrong": the learner's own code for a typed reply, beside the
    /// coach's, for whoever improves the rules. Changes no schedule.
    Disagree {
        v: u32,
        seq: u64,
        /// The device that wrote the record (version 3); None: the device whose log holds it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        dev: Option<String>,
        deck: String,
        card: String,
        at: DateTime<Utc>,
        typed: String,
        coach: StoredCoding,
        learner: String,
    },
}

impl LogRecord {
    /// The format version the record declares.
    pub fn version(&self) -> u32 {
        match self {
            LogRecord::Review { v, .. }
            | LogRecord::Undo { v, .. }
            | LogRecord::Suspend { v, .. }
            | LogRecord::Disagree { v, .. } => *v,
        }
    }

    pub fn seq(&self) -> u64 {
        match self {
            LogRecord::Review { seq, .. }
            | LogRecord::Undo { seq, .. }
            | LogRecord::Suspend { seq, .. }
            | LogRecord::Disagree { seq, .. } => *seq,
        }
    }

    /// The device the record names itself as written by (version 3 lines).
    pub fn dev(&self) -> Option<&str> {
        match self {
            LogRecord::Review { dev, .. }
            | LogRecord::Undo { dev, .. }
            | LogRecord::Suspend { dev, .. }
            | LogRecord::Disagree { dev, .. } => dev.as_deref(),
        }
    }

    /// Sets the writing device (done by the write path for every new record).
    pub fn set_dev(&mut self, device: &str) {
        match self {
            LogRecord::Review { dev, .. }
            | LogRecord::Undo { dev, .. }
            | LogRecord::Suspend { dev, .. }
            | LogRecord::Disagree { dev, .. } => *dev = Some(device.to_string()),
        }
    }

    /// When the record was written (as its device's clock said).
    pub fn at(&self) -> chrono::DateTime<Utc> {
        match self {
            LogRecord::Review { at, .. }
            | LogRecord::Undo { at, .. }
            | LogRecord::Suspend { at, .. }
            | LogRecord::Disagree { at, .. } => *at,
        }
    }

    /// Moves the record's instant (the write path keeps every device's records in one order).
    pub fn set_at(&mut self, instant: chrono::DateTime<Utc>) {
        match self {
            LogRecord::Review { at, .. }
            | LogRecord::Undo { at, .. }
            | LogRecord::Suspend { at, .. }
            | LogRecord::Disagree { at, .. } => *at = instant,
        }
    }

    pub fn key(&self) -> (&str, &str) {
        match self {
            LogRecord::Review { deck, card, .. }
            | LogRecord::Undo { deck, card, .. }
            | LogRecord::Suspend { deck, card, .. }
            | LogRecord::Disagree { deck, card, .. } => (deck, card),
        }
    }

    /// The record as one line, newline included.
    pub fn to_line(&self) -> Result<String, ron::Error> {
        let mut line = ron::to_string(self)?;
        // ron escapes control characters in strings; a raw newline would split the record.
        if line.contains('\n') {
            line = line.replace('\n', "\\n");
        }
        line.push('\n');
        Ok(line)
    }

    pub fn from_line(line: &str) -> Option<LogRecord> {
        ron::from_str(line).ok()
    }
}
