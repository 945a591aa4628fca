//! Progress you can see: the figures behind the Progress page and behind the report a learner
//! hands to a supervisor (HTML with inline SVG, and a CSV of the same figures). Everything is
//! computed from an [`Input`] copied out of the collection (so it can run on another thread)
//! and one pass over the review log; the statistics themselves are pure ([`stats`]).

pub mod csv;
pub mod html;
mod scan;
pub mod stats;
#[cfg(test)]
mod tests;

pub use scan::{Answer, History, TypedReply, read_history};
pub use stats::{
    Bucket, Calendar, CardCounts, CardFacts, CardState, MATURE_DAYS, MITI_SERIES, Mastery,
    MitiSeries, MitiWeek, RetentionRow, Skill, SkillRow, Span, Streaks, Tally,
};

use crate::coach::MitiSummary;
use crate::collection::{CoachHistory, Collection, coach_history_of};
use crate::scheduler::{CardKey, DayCounts};
use crate::store::StoreError;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// How many days back "recent" reaches for the pass rates by skill on the Progress page.
pub const RECENT_DAYS: i64 = 30;
/// The page's calendar and reviews-per-day chart reach back this far; the forecast as far ahead.
pub const YEAR_DAYS: usize = 365;

/// What the statistics read, copied out of the collection.
#[derive(Debug, Clone)]
pub struct Input {
    /// The study day it is (by the clock and the day-start hour).
    pub today: NaiveDate,
    /// Every live card of every installed deck, in library order.
    pub cards: Vec<CardFacts>,
    /// (deck id, card ids) parallel to `cards`: deck `i` holds `cards[start_i..start_i + n]`.
    pub decks: Vec<(String, Vec<String>)>,
    /// Cards with progress that are no longer in their deck.
    pub retired: usize,
    /// Answers per study day.
    pub days: BTreeMap<NaiveDate, DayCounts>,
    /// Every review log of the folder, with its device (read by [`Input::history`]).
    pub logs: Vec<(PathBuf, String)>,
}

impl Collection {
    /// Copies what the statistics need: no card text, so it is cheap; a window can take it a
    /// slice at a time with [`InputCopy`] and compute on another thread.
    pub fn report_input(&self) -> Input {
        let mut copy = InputCopy::new(self);
        copy.step(self, usize::MAX);
        copy.finish()
    }
}

/// [`Collection::report_input`] a few thousand cards at a time, so no frame waits for a
/// 100,000-card copy. Steps must follow each other with no change to the collection between.
#[derive(Debug)]
pub struct InputCopy {
    input: Input,
    /// The library deck being copied and how many of its cards are done.
    deck: usize,
    card: usize,
    matched: usize,
}

impl InputCopy {
    pub fn new(c: &Collection) -> InputCopy {
        InputCopy {
            input: Input {
                today: c.study_day(),
                cards: Vec::new(),
                decks: Vec::new(),
                retired: 0,
                days: c.progress_state().days().clone(),
                logs: c.review_logs(),
            },
            deck: 0,
            card: 0,
            matched: 0,
        }
    }

    /// Copies up to `budget` more cards; true once every card is copied.
    pub fn step(&mut self, c: &Collection, budget: usize) -> bool {
        let progress = c.progress_state();
        let mut left = budget;
        while let Some(d) = c.library().decks().get(self.deck) {
            if self.card == 0 {
                self.input
                    .decks
                    .push((d.deck.id.clone(), Vec::with_capacity(d.deck.cards.len())));
            }
            let states = progress.deck(&d.deck.id);
            let active = c.settings().is_active(&d.deck.id);
            let Some((_, ids)) = self.input.decks.last_mut() else {
                return true;
            };
            for card in d.deck.cards.iter().skip(self.card) {
                if left == 0 {
                    return false;
                }
                left -= 1;
                let p = states.and_then(|s| s.get(&card.id)).copied();
                self.matched += usize::from(p.is_some());
                self.input.cards.push(CardFacts {
                    category: card.category,
                    technique: card.technique,
                    progress: p.unwrap_or_default(),
                    active,
                });
                ids.push(card.id.clone());
                self.card += 1;
            }
            self.deck += 1;
            self.card = 0;
        }
        self.input.retired = progress.card_count().saturating_sub(self.matched);
        true
    }

    /// The copy (complete once [`InputCopy::step`] said so).
    pub fn finish(self) -> Input {
        self.input
    }

    /// Cards copied so far.
    pub fn copied(&self) -> usize {
        self.input.cards.len()
    }
}

impl Input {
    /// The review log's answers, each with the index of its card in `cards` (None for a card
    /// no longer in a deck).
    pub fn history(&self, keep_typed: bool) -> Result<(History, Vec<Option<usize>>), StoreError> {
        let history = read_history(&self.logs, keep_typed)?;
        let mut at: HashMap<&str, HashMap<&str, usize>> = HashMap::new();
        let mut i = 0;
        for (deck, ids) in &self.decks {
            let slot = at.entry(deck.as_str()).or_default();
            for id in ids {
                slot.insert(id.as_str(), i);
                i += 1;
            }
        }
        let index = history
            .cards
            .iter()
            .map(|k| {
                at.get(k.deck.as_str())
                    .and_then(|d| d.get(k.card.as_str()))
                    .copied()
            })
            .collect();
        Ok((history, index))
    }

    /// The key of live card `i`.
    pub fn key(&self, mut i: usize) -> Option<CardKey> {
        for (deck, ids) in &self.decks {
            if i < ids.len() {
                return Some(CardKey::new(deck, &ids[i]));
            }
            i -= ids.len();
        }
        None
    }
}

/// Everything the Progress page shows.
#[derive(Debug, Clone)]
pub struct Figures {
    pub today: NaiveDate,
    /// The last 365 days, today last, with the streaks over all history.
    pub calendar: Calendar,
    /// Cards due on each of the next 365 days, today (overdue included) first.
    pub forecast: Vec<u32>,
    pub retention_weeks: Vec<RetentionRow>,
    pub retention_months: Vec<RetentionRow>,
    pub counts: CardCounts,
    pub intervals: Vec<Bucket>,
    pub easiness: Vec<Bucket>,
    /// Recent = the last 30 days.
    pub mastery: Mastery,
    pub coach: Result<CoachHistory, String>,
    pub miti_weeks: Vec<MitiWeek>,
}

/// Computes the page's figures: one pass over the review log, then pure statistics.
pub fn figures(input: &Input) -> Result<Figures, StoreError> {
    let today = input.today;
    let (history, index) = input.history(false)?;
    let year_ago = stats::shift(today, 1 - YEAR_DAYS as i64);
    let mut calendar = stats::calendar(&input.days, year_ago, today);
    // The longest streak is over all history, not only the year shown.
    if let Some(first) = input.days.keys().next().copied().filter(|f| *f < year_ago) {
        let all = stats::calendar(&input.days, first, today);
        calendar.streaks = all.streaks;
    }
    let first_answer = history.answers.iter().map(|a| a.day).min().unwrap_or(today);
    let coach = coach_history_of(&input.logs).map_err(|e| e.to_string());
    let miti_weeks = match &coach {
        Ok(h) => stats::miti_weeks(&h.days, NaiveDate::MIN, NaiveDate::MAX),
        Err(_) => Vec::new(),
    };
    Ok(Figures {
        today,
        forecast: stats::forecast(&input.cards, today, YEAR_DAYS),
        retention_weeks: stats::retention(&history.answers, first_answer, today, Span::Week),
        retention_months: stats::retention(&history.answers, first_answer, today, Span::Month),
        counts: stats::card_counts(&input.cards, input.retired),
        intervals: stats::interval_distribution(&input.cards),
        easiness: stats::easiness_distribution(&input.cards),
        mastery: stats::mastery(
            &input.cards,
            &history.answers,
            |c| index.get(c as usize).copied().flatten(),
            stats::shift(today, 1 - RECENT_DAYS),
            today,
        ),
        calendar,
        coach,
        miti_weeks,
    })
}

/// What a report covers and holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportOptions {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Include a sample of the learner's typed replies (private: only when asked).
    pub typed: bool,
}

/// How many typed replies the report's sample holds at most.
pub const SAMPLE_SIZE: usize = 12;

/// One typed reply in the report's sample, with how the coach codes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SampleReply {
    pub day: NaiveDate,
    pub card: CardKey,
    /// The client statement, when the card is still in its deck.
    pub statement: Option<String>,
    pub reply: String,
    pub code: crate::coach::Code,
    /// What made the reply MI-inconsistent, in words ("you should: advice without permission").
    pub flags: Vec<String>,
    /// The words the coach's second reader doubted, when no rule flagged anything.
    pub doubt: Option<String>,
}

/// The report of one period.
#[derive(Debug, Clone)]
pub struct Report {
    /// The study day the report was made.
    pub made: NaiveDate,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The period's days, with streaks within it (the current one ending on its last day).
    pub calendar: Calendar,
    pub answers: DayCounts,
    /// Different cards answered in the period.
    pub cards_studied: usize,
    pub retention_weeks: Vec<RetentionRow>,
    pub retention_young: Tally,
    pub retention_mature: Tally,
    /// Card counts now (the day the report was made).
    pub counts: CardCounts,
    /// Cards now; pass rates over the period.
    pub mastery: Mastery,
    pub miti: MitiSummary,
    pub miti_weeks: Vec<MitiWeek>,
    /// How often the learner took the coach's suggested grade in the period.
    pub agreement: Tally,
    /// A sample of coded typed replies; None unless asked for.
    pub sample: Option<Vec<SampleReply>>,
}

/// Builds the report of `options.from..=options.to`. `statement` gives a card's client
/// statement for the typed sample.
pub fn report(
    input: &Input,
    options: ReportOptions,
    statement: impl Fn(&CardKey) -> Option<String>,
) -> Result<Report, StoreError> {
    let (from, to) = (options.from, options.to);
    let (history, index) = input.history(options.typed)?;
    let calendar = stats::calendar(&input.days, from, to);
    let answers = stats::total_counts(&calendar.days);
    let in_period = |d: NaiveDate| d >= from && d <= to;
    let mut studied: Vec<u32> = history
        .answers
        .iter()
        .filter(|a| in_period(a.day))
        .map(|a| a.card)
        .collect();
    studied.sort_unstable();
    studied.dedup();
    let retention_weeks = stats::retention(&history.answers, from, to, Span::Week);
    let (retention_young, retention_mature) = stats::retention_total(&retention_weeks);
    let coach = coach_history_of(&input.logs)?;
    let (miti, agreement) = stats::miti_between(&coach, from, to);
    let sample = options.typed.then(|| {
        let kept: Vec<&TypedReply> = history.typed.iter().filter(|t| in_period(t.day)).collect();
        spread(&kept, SAMPLE_SIZE)
            .into_iter()
            .map(|t| {
                let card = history.cards[t.card as usize].clone();
                let said = statement(&card);
                // Coded as the review screen coded it: in reply to the card's statement.
                let coding = match &said {
                    Some(said) => crate::coach::code_in_reply_to(said, &t.text),
                    None => crate::coach::code(&t.text),
                };
                SampleReply {
                    day: t.day,
                    statement: said,
                    card,
                    reply: t.text.clone(),
                    code: coding.code,
                    flags: coding
                        .flags
                        .iter()
                        .map(|f| format!("\u{201c}{}\u{201d}: {}", f.words, f.reason))
                        .collect(),
                    doubt: coding.caution.map(|c| c.words),
                }
            })
            .collect()
    });
    Ok(Report {
        made: input.today,
        from,
        to,
        answers,
        cards_studied: studied.len(),
        retention_weeks,
        retention_young,
        retention_mature,
        counts: stats::card_counts(&input.cards, input.retired),
        mastery: stats::mastery(
            &input.cards,
            &history.answers,
            |c| index.get(c as usize).copied().flatten(),
            from,
            to,
        ),
        miti,
        miti_weeks: stats::miti_weeks(&coach.days, from, to),
        agreement,
        sample,
        calendar,
    })
}

impl Collection {
    /// The client statement of a live card.
    pub fn statement_of(&self, key: &CardKey) -> Option<String> {
        let deck = &self.library().deck(&key.deck)?.deck;
        let card = deck.cards.iter().find(|c| c.id == key.card)?;
        Some(card.statement.clone())
    }

    /// Builds the report of `options` and writes it to `out` as HTML (and to `csv` as CSV),
    /// each file atomically. Returns the report written.
    pub fn write_report(
        &self,
        options: ReportOptions,
        out: &std::path::Path,
        csv: Option<&std::path::Path>,
    ) -> Result<Report, StoreError> {
        let input = self.report_input();
        let r = report(&input, options, |k| self.statement_of(k))?;
        crate::store::write_atomic(out, html::render(&r).as_bytes())?;
        if let Some(csv) = csv {
            crate::store::write_atomic(csv, self::csv::render(&r).as_bytes())?;
        }
        Ok(r)
    }
}

/// At most `n` items spread evenly over `items`, in order (the first and last included).
pub fn spread<T: Copy>(items: &[T], n: usize) -> Vec<T> {
    if items.len() <= n {
        return items.to_vec();
    }
    if n <= 1 {
        return items.first().copied().into_iter().take(n).collect();
    }
    (0..n)
        .map(|k| items[k * (items.len() - 1) / (n - 1)])
        .collect()
}
