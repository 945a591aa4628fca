//! Scheduling, apart from storage: a card's state, what an answer does to it ([`card`]), the
//! records the log keeps ([`record`]) and the fold of those records into every card's state
//! and the day counts ([`progress`]). Pure: no files, no clock. The store only reads and
//! writes what this module defines.

pub mod card;
pub mod progress;
pub mod record;

pub use card::{AnswerEffect, AnswerKind, CardKey, CardProgress, answer_effect};
pub use progress::{DayCounts, Progress};
pub use record::{LOG_VERSION, LogRecord, StoredCoding};
