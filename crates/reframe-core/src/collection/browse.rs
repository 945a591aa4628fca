//! Browsing: find cards by text, deck, category, technique, tag and state, fast at 100,000 cards
//! (one lowercase text index built on first use, no allocation per card while searching), and
//! one card's full story read back from the log through an index of where its lines are.

use super::Collection;
use crate::deck::{Card, Level};
use crate::mi::{Category, Technique};
use crate::scheduler::LogRecord;
use crate::scheduler::{CardKey, CardProgress, StoredCoding};
use crate::sm2::Grade;
use crate::store::StoreError;
use crate::store::log::card_index::CardLines;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::{Mutex, OnceLock, PoisonError};

/// Which cards a browse shows, by their state today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StateFilter {
    #[default]
    Any,
    /// Never answered.
    New,
    /// Due today or earlier.
    Due,
    Suspended,
    /// No longer in their deck: history kept, never scheduled.
    Retired,
}

/// A browse filter; empty fields match everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BrowseQuery {
    /// Words looked for in statement, response, note and tags (case does not matter).
    pub text: String,
    pub deck: Option<String>,
    pub category: Option<Category>,
    pub level: Option<Level>,
    /// Main or secondary technique.
    pub technique: Option<Technique>,
    pub tag: Option<String>,
    pub state: StateFilter,
}

/// A card found by a search: cheap to copy, resolved with [`Collection::card_ref`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CardRef {
    /// Card `card` of library deck `deck` (indexes).
    Live { deck: u32, card: u32 },
    /// The n-th retired card.
    Retired(u32),
}

/// A card's state in words, for a browse column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardStatus {
    New,
    /// Answered before; due on this day.
    Scheduled(NaiveDate),
    Suspended,
    Retired,
}

/// One row of a browse result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrowseRow<'a> {
    pub key: CardKey,
    pub deck_title: &'a str,
    /// None for a retired card (its text left the deck).
    pub card: Option<&'a Card>,
    pub progress: CardProgress,
    pub status: CardStatus,
}

/// One answer in a card's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub seq: u64,
    /// The computer the answer was given on (its device id).
    pub device: String,
    pub at: DateTime<Utc>,
    pub day: NaiveDate,
    pub grade: Grade,
    pub redrill: bool,
    pub typed: Option<String>,
    pub coding: Option<StoredCoding>,
}

/// Everything about one card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardDetail {
    pub key: CardKey,
    pub card: Option<Card>,
    pub deck_title: Option<String>,
    pub progress: CardProgress,
    pub status: CardStatus,
    /// Answers oldest first; undone answers are left out.
    pub history: Vec<HistoryEntry>,
}

/// Browsing's own state: the text index (built on the first search) and where each card's
/// lines are in the log (built on the first card detail).
#[derive(Debug, Default)]
pub(super) struct Browser {
    index: OnceLock<Index>,
    history: HistoryIndex,
}

impl Browser {
    /// The decks changed (an import): the text index is built again when next needed.
    pub(super) fn decks_changed(&mut self) {
        self.index = OnceLock::new();
    }

    /// The log file was swapped for another: its line index starts again.
    pub(super) fn log_replaced(&mut self) {
        self.history.reset();
    }
}

/// The text index: all searchable text of all cards, lowercased, in one string.
#[derive(Debug, Default)]
struct Index {
    text: String,
    /// Per library deck, per card: byte range in `text`.
    spans: Vec<Vec<(u32, u32)>>,
    retired: Vec<CardKey>,
}

impl Index {
    fn build(c: &Collection) -> Index {
        let mut idx = Index::default();
        for d in c.library.decks() {
            let mut spans = Vec::with_capacity(d.deck.cards.len());
            for card in &d.deck.cards {
                let start = idx.text.len() as u32;
                for part in [&card.statement, &card.response, &card.note] {
                    push_lower(&mut idx.text, part);
                    idx.text.push('\n');
                }
                for t in &card.tags {
                    push_lower(&mut idx.text, t);
                    idx.text.push('\n');
                }
                spans.push((start, idx.text.len() as u32));
            }
            idx.spans.push(spans);
            if let Some(states) = c.progress.deck(&d.deck.id) {
                let live: HashSet<&str> = d.deck.cards.iter().map(|c| c.id.as_str()).collect();
                let mut gone: Vec<CardKey> = states
                    .keys()
                    .filter(|k| !live.contains(k.as_str()))
                    .map(|k| CardKey::new(&d.deck.id, k))
                    .collect();
                gone.sort();
                idx.retired.extend(gone);
            }
        }
        // A deleted deck's cards are all retired: their history is kept like any other.
        let installed: HashSet<&str> = c
            .library
            .decks()
            .iter()
            .map(|d| d.deck.id.as_str())
            .collect();
        let mut gone: Vec<CardKey> = c
            .progress
            .decks()
            .filter(|(deck, _)| !installed.contains(deck.as_str()))
            .flat_map(|(deck, states)| states.keys().map(move |k| CardKey::new(deck, k)))
            .collect();
        gone.sort();
        idx.retired.extend(gone);
        idx
    }
}

/// Where each card's lines are in the review log, built on the first `card_detail` and kept up
/// with the log from then on (new lines are picked up by the next call, a replaced log is
/// indexed again). Behind a lock because `card_detail` only borrows the collection.
#[derive(Debug, Default)]
struct HistoryIndex(Mutex<BTreeMap<std::path::PathBuf, CardLines>>);

impl HistoryIndex {
    /// Forgets the index, for when the log was swapped for another (a restored backup).
    fn reset(&mut self) {
        self.0
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    /// One card's records in every device's log (each log indexed on first use), tagged with
    /// their device; a record a conflict copy repeats comes once.
    fn records_of(
        &self,
        logs: &[(std::path::PathBuf, String)],
        key: &CardKey,
    ) -> Result<Vec<crate::store::merge::Tagged>, StoreError> {
        // A panic while indexing leaves no trustworthy index: start again.
        let mut slots = self.0.lock().unwrap_or_else(|poisoned| {
            self.0.clear_poison();
            let mut slots = poisoned.into_inner();
            slots.clear();
            slots
        });
        slots.retain(|path, _| logs.iter().any(|(p, _)| p == path));
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (path, device) in logs {
            let lines = slots
                .entry(path.clone())
                .or_insert_with(|| CardLines::new(path));
            match lines.records_of(&key.deck, &key.card) {
                Ok(records) => {
                    for r in records {
                        let t = crate::store::merge::Tagged::new(r, device);
                        if seen.insert((t.dev.clone(), t.record.seq())) {
                            out.push(t);
                        }
                    }
                }
                Err(e) => {
                    // Half caught up after a read error: build afresh next time.
                    slots.remove(path);
                    return Err(e);
                }
            }
        }
        out.sort_by_key(crate::store::merge::Tagged::key);
        Ok(out)
    }
}

fn push_lower(out: &mut String, s: &str) {
    if s.is_ascii() {
        out.extend(s.chars().map(|c| c.to_ascii_lowercase()));
    } else {
        out.push_str(&s.to_lowercase());
    }
}

impl Collection {
    fn index(&self) -> &Index {
        self.browser.index.get_or_init(|| Index::build(self))
    }

    fn status_of(&self, p: &CardProgress) -> CardStatus {
        if p.suspended {
            CardStatus::Suspended
        } else {
            match p.sm2 {
                None => CardStatus::New,
                Some(s) => CardStatus::Scheduled(s.due),
            }
        }
    }

    /// Cards matching `q`, in library order (retired cards last).
    pub fn search(&self, q: &BrowseQuery) -> Vec<CardRef> {
        let idx = self.index();
        let today = self.study_day();
        let words: Vec<String> = q
            .text
            .split_whitespace()
            .map(|w| {
                let mut s = String::new();
                push_lower(&mut s, w);
                s
            })
            .collect();
        let mut out = Vec::new();
        if q.state != StateFilter::Retired {
            for (di, d) in self.library.decks().iter().enumerate() {
                if q.deck.as_ref().is_some_and(|id| *id != d.deck.id) {
                    continue;
                }
                let states = self.progress.deck(&d.deck.id);
                for (ci, card) in d.deck.cards.iter().enumerate() {
                    if q.category.is_some_and(|c| c != card.category)
                        || q.level.is_some_and(|l| l != card.level)
                        || q.technique
                            .is_some_and(|t| t != card.technique && !card.secondary.contains(&t))
                        || q.tag.as_ref().is_some_and(|t| !card.tags.contains(t))
                    {
                        continue;
                    }
                    if q.state != StateFilter::Any {
                        let p = states
                            .and_then(|s| s.get(&card.id))
                            .copied()
                            .unwrap_or_default();
                        let keep = match q.state {
                            StateFilter::New => !p.suspended && p.sm2.is_none(),
                            StateFilter::Due => {
                                !p.suspended && p.sm2.is_some_and(|s| s.due <= today)
                            }
                            StateFilter::Suspended => p.suspended,
                            StateFilter::Any | StateFilter::Retired => true,
                        };
                        if !keep {
                            continue;
                        }
                    }
                    if !words.is_empty() {
                        let (a, b) = idx.spans[di][ci];
                        let hay = &idx.text[a as usize..b as usize];
                        if !words.iter().all(|w| hay.contains(w.as_str())) {
                            continue;
                        }
                    }
                    out.push(CardRef::Live {
                        deck: di as u32,
                        card: ci as u32,
                    });
                }
            }
        }
        if matches!(q.state, StateFilter::Any | StateFilter::Retired)
            && words.is_empty()
            && q.category.is_none()
            && q.level.is_none()
            && q.technique.is_none()
            && q.tag.is_none()
        {
            for (i, key) in idx.retired.iter().enumerate() {
                if q.deck.as_ref().is_none_or(|d| *d == key.deck) {
                    out.push(CardRef::Retired(i as u32));
                }
            }
        }
        out
    }

    /// The row for a search result.
    pub fn card_ref(&self, r: CardRef) -> Option<BrowseRow<'_>> {
        match r {
            CardRef::Live { deck, card } => {
                let d = &self.library.decks().get(deck as usize)?.deck;
                let c = d.cards.get(card as usize)?;
                let key = CardKey::new(&d.id, &c.id);
                let progress = self.progress.of(&key);
                Some(BrowseRow {
                    status: self.status_of(&progress),
                    key,
                    deck_title: &d.title,
                    card: Some(c),
                    progress,
                })
            }
            CardRef::Retired(i) => {
                let key = self.index().retired.get(i as usize)?.clone();
                let progress = self.progress.of(&key);
                let deck_title = self
                    .library
                    .deck(&key.deck)
                    .map_or("", |d| d.deck.title.as_str());
                Some(BrowseRow {
                    key,
                    deck_title,
                    card: None,
                    progress,
                    status: CardStatus::Retired,
                })
            }
        }
    }

    /// Every tag used by an installed deck, sorted.
    pub fn all_tags(&self) -> Vec<String> {
        let tags: BTreeSet<&String> = self
            .library
            .decks()
            .iter()
            .flat_map(|d| d.deck.cards.iter().flat_map(|c| c.tags.iter()))
            .collect();
        tags.into_iter().cloned().collect()
    }

    /// The card, its schedule and its answers (read from the log), undone answers left out.
    pub fn card_detail(&self, key: &CardKey) -> Result<Option<CardDetail>, StoreError> {
        let found = self.find_card(key);
        let progress = self.progress.get(&key.deck, &key.card).copied();
        if found.is_none() && progress.is_none() {
            return Ok(None);
        }
        let progress = progress.unwrap_or_default();
        let logs = crate::store::merge::every_log(&self.dir);
        let records = self.browser.history.records_of(&logs, key)?;
        let undone: HashSet<(String, u64)> = records
            .iter()
            .filter_map(|t| match &t.record {
                LogRecord::Undo { of, of_dev, .. } => {
                    Some((of_dev.clone().unwrap_or_else(|| t.dev.clone()), *of))
                }
                _ => None,
            })
            .collect();
        let history = records
            .into_iter()
            .filter_map(|t| {
                let done = undone.contains(&(t.dev.clone(), t.record.seq()));
                match t.record {
                    LogRecord::Review {
                        seq,
                        at,
                        day,
                        grade,
                        redrill,
                        typed,
                        coding,
                        ..
                    } if !done => Some(HistoryEntry {
                        seq,
                        device: t.dev,
                        at,
                        day,
                        grade,
                        redrill,
                        typed,
                        coding,
                    }),
                    _ => None,
                }
            })
            .collect();
        let status = match found {
            None => CardStatus::Retired,
            Some(_) => self.status_of(&progress),
        };
        Ok(Some(CardDetail {
            key: key.clone(),
            card: found.map(|(_, c)| c.clone()),
            deck_title: found.map(|(d, _)| d.title.clone()),
            progress,
            status,
            history,
        }))
    }
}
