//! One study session: today's queue (due reviews most overdue first, then new cards in deck
//! order, within the day's limits), re-drills that come back a few cards later, and undo.
//! Pure logic over loaded state; the collection writes what it decides to disk.

use crate::coach::{CountedAnswer, MitiSummary};
use crate::deck::Level;
use crate::levels::{CardKind, MasteryRule, category_index, open_levels, standings};
use crate::mi::Category;
use crate::scheduler::CardKey;
use crate::scheduler::{AnswerEffect, DayCounts, Progress};
use crate::sm2::Grade;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::VecDeque;

/// A re-drill comes back after this many other cards (sooner if fewer are left).
pub const REDRILL_GAP: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// A card seen before, due today or earlier.
    Review,
    /// A card never answered.
    New,
    /// A card graded below 4 today, coming back until graded 4 or 5; never moves the schedule.
    Redrill,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueItem {
    pub key: CardKey,
    pub kind: ItemKind,
}

/// Daily limits from the settings, and whether new cards wait for the easier level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub new_per_day: u32,
    pub reviews_per_day: u32,
    /// "Introduce harder statements when I'm ready": Some(rule) holds back new cards above
    /// each category's open level; None takes new cards in deck order.
    pub levels: Option<MasteryRule>,
}

/// The cards of one active deck, in deck order, with what kind of statement each is.
pub struct DeckCards<'a> {
    pub deck: &'a str,
    pub cards: Vec<&'a str>,
    /// Category and level of each card, parallel to `cards`.
    pub kinds: Vec<CardKind>,
}

impl<'a> DeckCards<'a> {
    /// The deck's cards of one kind of resistance only, in deck order. Levels are worked out
    /// per kind, so the kind's open level is the same as in the whole deck.
    pub fn only(&self, category: Category) -> DeckCards<'a> {
        let (cards, kinds) = self
            .cards
            .iter()
            .zip(&self.kinds)
            .filter(|(_, k)| k.category == category)
            .map(|(c, k)| (*c, *k))
            .unzip();
        DeckCards {
            deck: self.deck,
            cards,
            kinds,
        }
    }
}

/// What one deck has waiting today, before limits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Waiting {
    /// (due day, card index) of cards due today or earlier.
    pub due: Vec<(NaiveDate, usize)>,
    /// Indexes of cards never answered, in deck order.
    pub new: Vec<usize>,
    /// Indexes of cards graded below 4 earlier today and not yet re-drilled to 4 or 5.
    pub redrill: Vec<usize>,
}

/// Sorts a deck's cards into due, new and re-drill. Suspended cards are skipped. New cards
/// above their category's `open` level wait (reviews never do).
pub fn waiting_within(
    deck: &DeckCards<'_>,
    progress: &Progress,
    today: NaiveDate,
    open: &[Level; 13],
) -> Waiting {
    let mut w = waiting(deck, progress, today);
    w.new.retain(|&i| {
        deck.kinds
            .get(i)
            .is_none_or(|k| k.level <= open[category_index(k.category)])
    });
    w
}

/// Sorts a deck's cards into due, new and re-drill. Suspended cards are skipped.
pub fn waiting(deck: &DeckCards<'_>, progress: &Progress, today: NaiveDate) -> Waiting {
    let mut w = Waiting::default();
    let states = progress.deck(deck.deck);
    for (i, card) in deck.cards.iter().enumerate() {
        let p = states.and_then(|s| s.get(*card));
        match p {
            None => w.new.push(i),
            Some(p) if p.suspended => {}
            Some(p) => match p.sm2 {
                None => w.new.push(i),
                Some(s) => {
                    if s.needs_redrill && p.last_day == Some(today) {
                        w.redrill.push(i);
                    } else if s.due <= today {
                        w.due.push((s.due, i));
                    }
                }
            },
        }
    }
    w
}

/// What is left of today's limits once `done` answers were given.
pub fn remaining(limits: Limits, done: DayCounts) -> (usize, usize) {
    (
        limits.reviews_per_day.saturating_sub(done.reviews) as usize,
        limits.new_per_day.saturating_sub(done.new) as usize,
    )
}

/// Today's queue: pending re-drills, then due reviews (most overdue first, then deck order),
/// then new cards in deck order (from each category's open level when levels are on), each
/// within the day's remaining limits.
pub fn build_queue(
    decks: &[DeckCards<'_>],
    progress: &Progress,
    today: NaiveDate,
    limits: Limits,
) -> Vec<QueueItem> {
    let (review_room, new_room) = remaining(limits, progress.day(today));
    let standings = limits.levels.map(|rule| standings(decks, progress, rule));
    let open = open_levels(standings.as_deref());
    let mut redrills = Vec::new();
    let mut due = Vec::new();
    let mut new = Vec::new();
    for (d, deck) in decks.iter().enumerate() {
        let w = waiting_within(deck, progress, today, &open);
        redrills.extend(w.redrill.into_iter().map(|i| (d, i)));
        due.extend(w.due.into_iter().map(|(day, i)| (day, d, i)));
        if new.len() < new_room {
            new.extend(w.new.into_iter().take(new_room - new.len()).map(|i| (d, i)));
        }
    }
    due.sort_unstable();
    let item = |d: usize, i: usize, kind| QueueItem {
        key: CardKey::new(decks[d].deck, decks[d].cards[i]),
        kind,
    };
    let mut queue: Vec<QueueItem> = redrills
        .into_iter()
        .map(|(d, i)| item(d, i, ItemKind::Redrill))
        .collect();
    queue.extend(
        due.into_iter()
            .take(review_room)
            .map(|(_, d, i)| item(d, i, ItemKind::Review)),
    );
    queue.extend(new.into_iter().map(|(d, i)| item(d, i, ItemKind::New)));
    queue
}

/// One answer as the session remembers it, enough to take it back.
#[derive(Debug, Clone)]
pub struct Step {
    /// Log sequence number of the answer.
    pub seq: u64,
    pub item: QueueItem,
    pub grade: Grade,
    pub effect: AnswerEffect,
    /// How the typed answer counts for the MITI summary (None when nothing was typed).
    counted: Option<CountedAnswer>,
    queue_before: VecDeque<QueueItem>,
}

/// Where the session stands, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SessionProgress {
    /// Cards still to see for the first time today (reviews and new cards).
    pub left: usize,
    /// Re-drills waiting in the queue.
    pub redrills_pending: usize,
    /// Answers given in this session, re-drills included.
    pub answered: usize,
}

/// The end-of-session summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionSummary {
    /// Distinct cards answered.
    pub cards: usize,
    pub answers: usize,
    pub redrills: usize,
    pub started: DateTime<Utc>,
    pub seconds: i64,
    /// Answers per grade 0..=5.
    pub grades: [u32; 6],
    /// The typed answers, coded the MITI 4.2.1 way (`miti.answers` is how many were typed);
    /// counted as the Progress page counts them.
    pub miti: MitiSummary,
    pub streak_days: u32,
}

/// A study session in progress.
#[derive(Debug, Clone)]
pub struct Session {
    queue: VecDeque<QueueItem>,
    steps: Vec<Step>,
    started: DateTime<Utc>,
}

impl Session {
    pub fn new(queue: Vec<QueueItem>, started: DateTime<Utc>) -> Session {
        Session {
            queue: queue.into(),
            steps: Vec::new(),
            started,
        }
    }

    pub fn current(&self) -> Option<&QueueItem> {
        self.queue.front()
    }

    pub fn queue(&self) -> impl Iterator<Item = &QueueItem> {
        self.queue.iter()
    }

    /// Takes the current card off the queue after its answer was saved; a grade below 4 sends
    /// it back as a re-drill after a few other cards.
    pub fn answered(
        &mut self,
        seq: u64,
        grade: Grade,
        effect: AnswerEffect,
        counted: Option<CountedAnswer>,
    ) {
        let before = self.queue.clone();
        let Some(item) = self.queue.pop_front() else {
            return;
        };
        if grade.needs_redrill() {
            let at = REDRILL_GAP.min(self.queue.len());
            self.queue.insert(
                at,
                QueueItem {
                    key: item.key.clone(),
                    kind: ItemKind::Redrill,
                },
            );
        }
        self.steps.push(Step {
            seq,
            item,
            grade,
            effect,
            counted,
            queue_before: before,
        });
    }

    /// Drops queued cards that no longer exist (a new deck version retired them mid-session).
    pub fn retain(&mut self, mut keep: impl FnMut(&CardKey) -> bool) {
        self.queue.retain(|item| keep(&item.key));
        for step in &mut self.steps {
            step.queue_before.retain(|item| keep(&item.key));
        }
    }

    /// The answer `undo` would take back.
    pub fn last_step(&self) -> Option<&Step> {
        self.steps.last()
    }

    /// Takes back the last answer: the queue is as it was, the card is in front again.
    pub fn undo(&mut self) -> Option<Step> {
        let step = self.steps.pop()?;
        self.queue = step.queue_before.clone();
        Some(step)
    }

    pub fn progress(&self) -> SessionProgress {
        let redrills = self
            .queue
            .iter()
            .filter(|i| i.kind == ItemKind::Redrill)
            .count();
        SessionProgress {
            left: self.queue.len() - redrills,
            redrills_pending: redrills,
            answered: self.steps.len(),
        }
    }

    pub fn summary(&self, now: DateTime<Utc>, streak_days: u32) -> SessionSummary {
        let mut grades = [0u32; 6];
        let mut miti = MitiSummary::default();
        let mut cards: Vec<&CardKey> = Vec::new();
        let mut redrills = 0;
        for s in &self.steps {
            grades[usize::from(s.grade.value())] += 1;
            if let Some(counted) = &s.counted {
                miti.count(counted);
            }
            if s.item.kind == ItemKind::Redrill {
                redrills += 1;
            }
            cards.push(&s.item.key);
        }
        cards.sort();
        cards.dedup();
        SessionSummary {
            cards: cards.len(),
            answers: self.steps.len(),
            redrills,
            started: self.started,
            seconds: (now - self.started).num_seconds().max(0),
            grades,
            miti,
            streak_days,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scheduler::CardProgress;
    use crate::sm2::Sm2State;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    #[test]
    fn due_first_most_overdue_then_new_in_deck_order() {
        let mut p = Progress::default();
        for (card, due) in [("b", 5), ("c", 3), ("d", 20)] {
            p.set(
                "x",
                card,
                CardProgress {
                    sm2: Some(Sm2State::fresh(day(due))),
                    last_day: Some(day(1)),
                    ..CardProgress::default()
                },
            );
        }
        let decks = [DeckCards {
            deck: "x",
            cards: vec!["a", "b", "c", "d", "e"],
            kinds: Vec::new(),
        }];
        let limits = Limits {
            new_per_day: 1,
            reviews_per_day: 10,
            levels: None,
        };
        let q: Vec<_> = build_queue(&decks, &p, day(10), limits)
            .into_iter()
            .map(|i| (i.key.card, i.kind))
            .collect();
        assert_eq!(
            q,
            vec![
                ("c".to_string(), ItemKind::Review),
                ("b".to_string(), ItemKind::Review),
                ("a".to_string(), ItemKind::New),
            ]
        );
    }
}
