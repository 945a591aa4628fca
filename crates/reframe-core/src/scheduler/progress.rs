//! Everything the learner has done, folded into one state per card plus counts per study day.
//! The same `apply` runs for a live answer and for replaying the log, so the two cannot differ.

use super::card::{AnswerKind, CardKey, CardProgress, answer_effect};
use super::record::LogRecord;
use chrono::{Days, NaiveDate};
use std::collections::{BTreeMap, HashMap};

/// Answers given on one study day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DayCounts {
    pub new: u32,
    pub reviews: u32,
    pub redrills: u32,
}

impl DayCounts {
    pub fn total(&self) -> u32 {
        self.new + self.reviews + self.redrills
    }
    fn slot(&mut self, kind: AnswerKind) -> &mut u32 {
        match kind {
            AnswerKind::New => &mut self.new,
            AnswerKind::Review => &mut self.reviews,
            AnswerKind::Redrill => &mut self.redrills,
        }
    }
}

/// Card states of every deck ever studied, and answer counts per study day.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    decks: HashMap<String, HashMap<String, CardProgress>>,
    days: BTreeMap<NaiveDate, DayCounts>,
    last_seq: u64,
}

impl Progress {
    pub fn get(&self, deck: &str, card: &str) -> Option<&CardProgress> {
        self.decks.get(deck)?.get(card)
    }

    /// State of a card, a fresh one if it was never touched.
    pub fn of(&self, key: &CardKey) -> CardProgress {
        self.get(&key.deck, &key.card).copied().unwrap_or_default()
    }

    pub fn set(&mut self, deck: &str, card: &str, p: CardProgress) {
        match self.decks.get_mut(deck) {
            Some(cards) => match cards.get_mut(card) {
                Some(slot) => *slot = p,
                None => {
                    cards.insert(card.to_string(), p);
                }
            },
            None => {
                let mut cards = HashMap::new();
                cards.insert(card.to_string(), p);
                self.decks.insert(deck.to_string(), cards);
            }
        }
    }

    /// Cards of one deck that have any progress.
    pub fn deck(&self, deck: &str) -> Option<&HashMap<String, CardProgress>> {
        self.decks.get(deck)
    }

    pub fn decks(&self) -> impl Iterator<Item = (&String, &HashMap<String, CardProgress>)> {
        self.decks.iter()
    }

    pub fn card_count(&self) -> usize {
        self.decks.values().map(HashMap::len).sum()
    }

    pub fn days(&self) -> &BTreeMap<NaiveDate, DayCounts> {
        &self.days
    }

    pub fn day(&self, day: NaiveDate) -> DayCounts {
        self.days.get(&day).copied().unwrap_or_default()
    }

    pub(crate) fn set_day(&mut self, day: NaiveDate, counts: DayCounts) {
        self.days.insert(day, counts);
    }

    /// The sequence number of the last log record folded in.
    pub fn last_seq(&self) -> u64 {
        self.last_seq
    }

    pub(crate) fn set_last_seq(&mut self, seq: u64) {
        self.last_seq = seq;
    }

    /// Days in a row with at least one answer, ending today (or yesterday, if today has none yet).
    pub fn streak(&self, today: NaiveDate) -> u32 {
        let studied = |d: NaiveDate| self.days.get(&d).is_some_and(|c| c.total() > 0);
        let mut day = if studied(today) {
            today
        } else {
            match today.checked_sub_days(Days::new(1)) {
                Some(d) => d,
                None => return 0,
            }
        };
        let mut streak = 0;
        while studied(day) {
            streak += 1;
            match day.checked_sub_days(Days::new(1)) {
                Some(d) => day = d,
                None => break,
            }
        }
        streak
    }

    /// True once anything at all has been answered.
    pub fn has_history(&self) -> bool {
        self.days.values().any(|c| c.total() > 0)
    }

    /// Folds one of this device's log records in and counts its number as this device's last.
    /// Replaying the log from empty gives the same state as living it.
    pub fn apply(&mut self, record: &LogRecord) {
        self.fold(record);
        self.last_seq = self.last_seq.max(record.seq());
    }

    /// Sets a card's state, or removes its entry when the state is that of a card never
    /// touched, so that equal histories give equal maps.
    fn set_or_clear(&mut self, deck: &str, card: &str, p: CardProgress) {
        if p == CardProgress::default() {
            if let Some(cards) = self.decks.get_mut(deck) {
                cards.remove(card);
                if cards.is_empty() {
                    self.decks.remove(deck);
                }
            }
        } else {
            self.set(deck, card, p);
        }
    }

    /// Folds one record in, of any device; this device's numbering is left alone.
    pub fn fold(&mut self, record: &LogRecord) {
        match record {
            LogRecord::Review {
                deck,
                card,
                day,
                grade,
                redrill,
                ..
            } => {
                let before = self.get(deck, card).copied().unwrap_or_default();
                let effect = answer_effect(before, *grade, *redrill, *day);
                self.set(deck, card, effect.after);
                *self.days.entry(effect.day).or_default().slot(effect.kind) += 1;
            }
            LogRecord::Undo {
                deck,
                card,
                restore,
                undone_day,
                undone_kind,
                ..
            } => {
                // A card put back to never answered holds no state, exactly as if the answer
                // had never been given (a refold of every device's logs leaves it out too).
                self.set_or_clear(deck, card, *restore);
                if let Some(c) = self.days.get_mut(undone_day) {
                    let slot = c.slot(*undone_kind);
                    *slot = slot.saturating_sub(1);
                    if c.total() == 0 {
                        self.days.remove(undone_day);
                    }
                }
            }
            LogRecord::Suspend {
                deck,
                card,
                suspended,
                ..
            } => {
                let mut p = self.get(deck, card).copied().unwrap_or_default();
                p.suspended = *suspended;
                // Suspended and then resumed before any answer: no state, as if never touched,
                // whichever way the log is replayed.
                self.set_or_clear(deck, card, p);
            }
            // The learner's code for a reply is for the coach, not the schedule.
            LogRecord::Disagree { .. } => {}
        }
    }
}
