//! Studying: today's counts, the session's queue, the card in front of the learner, what each
//! grade would do, and the records an answer or an undo writes (saved by the write path).

use super::Collection;
use super::today::{Today, count_today};
use crate::clock::utc;
use crate::coach::CountedAnswer;
use crate::deck::{Card, Deck};
use crate::levels::CardKind;
use crate::mi::Category;
use crate::scheduler::{
    AnswerEffect, CardKey, LOG_VERSION, LogRecord, StoredCoding, answer_effect,
};
use crate::session::{
    self, DeckCards, ItemKind, Limits, QueueItem, Session, SessionProgress, SessionSummary,
};
use crate::sm2::{Grade, Sm2State};
use crate::store::StoreError;

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

/// An answer about to be saved: what the session needs once it is.
pub(super) struct PendingAnswer {
    seq: u64,
    grade: Grade,
    effect: AnswerEffect,
    redrill: bool,
    counted: Option<CountedAnswer>,
}

impl Collection {
    fn limits(&self) -> Limits {
        self.settings.limits()
    }

    pub(super) fn active_decks(&self) -> impl Iterator<Item = (&str, DeckCards<'_>)> {
        self.library
            .decks()
            .iter()
            .filter(|d| self.settings.is_active(&d.deck.id))
            .map(|d| {
                let cards = DeckCards {
                    deck: &d.deck.id,
                    cards: d.deck.cards.iter().map(|c| c.id.as_str()).collect(),
                    kinds: d
                        .deck
                        .cards
                        .iter()
                        .map(|c| CardKind {
                            category: c.category,
                            level: c.level,
                        })
                        .collect(),
                };
                (d.deck.title.as_str(), cards)
            })
    }

    /// Counts per active deck, totals within today's limits, streak.
    pub fn today(&self) -> Today {
        count_today(
            self.active_decks(),
            &self.settings,
            &self.progress,
            self.study_day(),
        )
    }

    /// Builds today's queue and starts a session (replacing any session in progress).
    pub fn start_session(&mut self) -> SessionProgress {
        self.start_session_in(None)
    }

    /// Starts a session of one kind of resistance only (all of them with None): its re-drills,
    /// due cards and new cards, within what is left of today's limits, which it uses up like
    /// any session. A level rule holds back its new cards as it would in a full session.
    pub fn start_session_in(&mut self, category: Option<Category>) -> SessionProgress {
        let decks: Vec<DeckCards<'_>> = self
            .active_decks()
            .map(|(_, d)| match category {
                Some(c) => d.only(c),
                None => d,
            })
            .collect();
        let queue = session::build_queue(&decks, &self.progress, self.study_day(), self.limits());
        let s = Session::new(queue, utc(self.clock.now()));
        let p = s.progress();
        self.session = Some(s);
        p
    }

    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    pub(super) fn find_card(&self, key: &CardKey) -> Option<(&Deck, &Card)> {
        let deck = &self.library.deck(&key.deck)?.deck;
        let card = deck.cards.iter().find(|c| c.id == key.card)?;
        Some((deck, card))
    }

    fn current_item(&self) -> Option<&QueueItem> {
        self.session.as_ref()?.current()
    }

    /// The card to answer now, or None when the session is over (or not started).
    pub fn current_card(&self) -> Option<CardView> {
        let item = self.current_item()?;
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

    /// What each grade 0..=5 would do to the current card, for the buttons: the same
    /// [`answer_effect`] an answer and the log's replay use.
    pub fn grade_outcomes(&self) -> Option<[Outcome; 6]> {
        let item = self.current_item()?;
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

    /// The log record answering the current card with `grade`, and what the session needs
    /// once it is saved.
    pub(super) fn answer_record(
        &self,
        grade: Grade,
        typed: Option<String>,
        coding: Option<StoredCoding>,
        suggested: Option<Grade>,
    ) -> Result<(LogRecord, PendingAnswer), StoreError> {
        let item = self
            .current_item()
            .cloned()
            .ok_or_else(|| StoreError::Refused("there is no card to answer".to_string()))?;
        let now = self.clock.now();
        let today = self.settings.day_start().study_day(now);
        let redrill = item.kind == ItemKind::Redrill;
        let effect = answer_effect(self.progress.of(&item.key), grade, redrill, today);
        let seq = self.next_seq()?;
        let pending = PendingAnswer {
            seq,
            grade,
            effect,
            redrill,
            counted: typed
                .as_deref()
                .filter(|t| !t.trim().is_empty())
                .map(|t| CountedAnswer::of(t, coding.as_ref()).0),
        };
        let record = LogRecord::Review {
            v: LOG_VERSION,
            seq,
            dev: None,
            deck: item.key.deck,
            card: item.key.card,
            at: utc(now),
            day: today,
            grade,
            redrill,
            typed,
            coding,
            suggested,
        };
        Ok((record, pending))
    }

    /// The answer is saved: the session moves on.
    pub(super) fn answered(&mut self, a: PendingAnswer) -> Answered {
        if let Some(s) = self.session.as_mut() {
            s.answered(a.seq, a.grade, a.effect, a.counted);
        }
        Answered {
            seq: a.seq,
            grade: a.grade,
            was_redrill: a.redrill,
            state: a
                .effect
                .after
                .sm2
                .unwrap_or_else(|| Sm2State::fresh(a.effect.day)),
        }
    }

    /// The record taking back the session's last answer and its card, or None when there is
    /// none.
    pub(super) fn undo_record(&self) -> Result<Option<(LogRecord, CardKey)>, StoreError> {
        let Some(step) = self.session.as_ref().and_then(Session::last_step) else {
            return Ok(None);
        };
        let record = LogRecord::Undo {
            v: LOG_VERSION,
            seq: self.next_seq()?,
            dev: None,
            of: step.seq,
            of_dev: None,
            deck: step.item.key.deck.clone(),
            card: step.item.key.card.clone(),
            at: utc(self.clock.now()),
            restore: step.effect.before,
            undone_day: step.effect.day,
            undone_kind: step.effect.kind,
        };
        Ok(Some((record, step.item.key.clone())))
    }

    /// The undo is saved: the session steps back.
    pub(super) fn undone(&mut self) {
        if let Some(s) = self.session.as_mut() {
            s.undo();
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
}
