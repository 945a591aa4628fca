//! One card's scheduling state and what one answer does to it: the single function that the
//! grade buttons' previews, a live answer and replaying the log all use.

use crate::sm2::{self, Grade, Sm2State};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Progress is keyed by (deck id, card id), so a new deck version keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CardKey {
    pub deck: String,
    pub card: String,
}

impl CardKey {
    pub fn new(deck: &str, card: &str) -> CardKey {
        CardKey {
            deck: deck.to_string(),
            card: card.to_string(),
        }
    }
}

impl fmt::Display for CardKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.deck, self.card)
    }
}

/// What one card has been through. `sm2: None` means never answered (a new card).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CardProgress {
    pub sm2: Option<Sm2State>,
    pub suspended: bool,
    /// Study day of the first graded answer (the day it stopped being new).
    pub first_day: Option<NaiveDate>,
    /// Latest study day the card was answered; answers never count as earlier than this.
    pub last_day: Option<NaiveDate>,
    /// Answers of every kind, re-drills included.
    pub reviews: u32,
    /// The grade of the latest answer of any kind (for mastery of a level).
    #[serde(default)]
    pub last_grade: Option<Grade>,
}

impl CardProgress {
    pub fn is_new(&self) -> bool {
        self.sm2.is_none()
    }
}

/// How an answer counts against the day's limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnswerKind {
    New,
    Review,
    Redrill,
}

/// The effect of one answer, computed before it is written so the log and memory agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerEffect {
    pub before: CardProgress,
    pub after: CardProgress,
    pub kind: AnswerKind,
    /// The study day the answer counts for: never before the card's last answer, so a clock
    /// that jumps back cannot give a negative interval.
    pub day: NaiveDate,
}

/// One answer's effect on a card (spec: graded repetition, or same-day re-drill).
pub fn answer_effect(
    before: CardProgress,
    grade: Grade,
    redrill: bool,
    today: NaiveDate,
) -> AnswerEffect {
    let day = before.last_day.map_or(today, |last| last.max(today));
    let mut after = before;
    let kind = match (redrill, before.sm2) {
        (true, Some(state)) => {
            after.sm2 = Some(sm2::redrill(state, grade));
            AnswerKind::Redrill
        }
        (_, state) => {
            let kind = if state.is_none() {
                AnswerKind::New
            } else {
                AnswerKind::Review
            };
            after.sm2 = Some(sm2::review(
                state.unwrap_or_else(|| Sm2State::fresh(day)),
                grade,
                day,
            ));
            after.first_day = after.first_day.or(Some(day));
            kind
        }
    };
    after.last_day = Some(day);
    after.last_grade = Some(grade);
    after.reviews = before.reviews.saturating_add(1);
    AnswerEffect {
        before,
        after,
        kind,
        day,
    }
}
