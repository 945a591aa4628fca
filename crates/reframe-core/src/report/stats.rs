//! The statistics, each a pure function of card states, day counts or answers, and the days it
//! covers. Definitions (also stated where the figures are shown):
//! - a study day is a day with at least one answer, counted on the study day the answer was
//!   given (the collection's day-start hour decides when a day begins);
//! - passed means graded 3 or better;
//! - young means an interval under 21 days before the answer, mature 21 days or more;
//! - retention counts reviews only: not a card's first answer, not a same-day re-drill.

use super::scan::Answer;
use crate::coach::MitiSummary;
use crate::collection::{CoachHistory, DayMiti};
use crate::mi::{Category, Technique};
use crate::scheduler::{AnswerKind, CardProgress, DayCounts};
use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeMap;

/// An interval of this many days or more is mature.
pub const MATURE_DAYS: u32 = 21;

/// What the statistics need to know of one live card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardFacts {
    pub category: Category,
    pub technique: Technique,
    pub progress: CardProgress,
    /// Its deck is studied (not turned off in Settings).
    pub active: bool,
}

/// The days `first..=last`, in order (none when `last` is before `first`).
pub fn days_between(first: NaiveDate, last: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    first.iter_days().take_while(move |d| *d <= last)
}

/// `day` moved by `n` days (saturating at the calendar's ends).
pub fn shift(day: NaiveDate, n: i64) -> NaiveDate {
    let moved = if n >= 0 {
        day.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        day.checked_sub_days(Days::new(n.unsigned_abs()))
    };
    moved.unwrap_or(day)
}

/// Passed out of answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub passed: u32,
    pub total: u32,
}

impl Tally {
    pub fn add(&mut self, passed: bool) {
        self.total += 1;
        self.passed += u32::from(passed);
    }

    /// The share passed, 0 to 1; None with nothing answered.
    pub fn rate(&self) -> Option<f64> {
        (self.total > 0).then(|| f64::from(self.passed) / f64::from(self.total))
    }

    /// "92 % (23 of 25)", or "no reviews".
    pub fn words(&self) -> String {
        match self.rate() {
            Some(r) => format!("{:.0} % ({} of {})", 100.0 * r, self.passed, self.total),
            None => "no reviews".to_string(),
        }
    }

    fn merge(&mut self, other: Tally) {
        self.passed += other.passed;
        self.total += other.total;
    }
}

// ---------------------------------------------------------------------------------------------
// Study days and streaks

/// Answers per day over `first..=last`, with the streaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// One entry per day, `first` first.
    pub days: Vec<(NaiveDate, DayCounts)>,
    /// Days with at least one answer.
    pub study_days: usize,
    pub answers: u32,
    pub streaks: Streaks,
}

/// Days in a row with at least one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Streaks {
    /// Ending on the last day, or the day before when the last day has no answer yet.
    pub current: u32,
    /// The longest run within the days looked at, and the day it ended.
    pub longest: u32,
    pub longest_ended: Option<NaiveDate>,
}

/// The day counts of `first..=last` and their streaks (a run that began before `first` counts
/// only from `first`).
pub fn calendar(
    days: &BTreeMap<NaiveDate, DayCounts>,
    first: NaiveDate,
    last: NaiveDate,
) -> Calendar {
    let per_day: Vec<(NaiveDate, DayCounts)> = days_between(first, last)
        .map(|d| (d, days.get(&d).copied().unwrap_or_default()))
        .collect();
    let studied = |c: &DayCounts| c.total() > 0;
    let mut streaks = Streaks::default();
    let mut run = 0;
    for (d, c) in &per_day {
        if studied(c) {
            run += 1;
            if run > streaks.longest {
                streaks.longest = run;
                streaks.longest_ended = Some(*d);
            }
        } else {
            run = 0;
        }
    }
    // The current streak: today's run, or yesterday's while today has no answer yet.
    let mut tail = per_day.iter().rev().peekable();
    if tail.peek().is_some_and(|(_, c)| !studied(c)) {
        tail.next();
    }
    streaks.current = tail.take_while(|(_, c)| studied(c)).count() as u32;
    Calendar {
        first,
        last,
        study_days: per_day.iter().filter(|(_, c)| studied(c)).count(),
        answers: per_day.iter().map(|(_, c)| c.total()).sum(),
        days: per_day,
        streaks,
    }
}

/// The three kinds of answer of a stretch of days added up.
pub fn total_counts<'a>(days: impl IntoIterator<Item = &'a (NaiveDate, DayCounts)>) -> DayCounts {
    days.into_iter()
        .fold(DayCounts::default(), |mut t, (_, c)| {
            t.new += c.new;
            t.reviews += c.reviews;
            t.redrills += c.redrills;
            t
        })
}

// ---------------------------------------------------------------------------------------------
// Forecast

/// Cards due on each of the `horizon` days from `today` (overdue cards count for today): cards
/// answered before, in decks being studied, not suspended.
pub fn forecast(cards: &[CardFacts], today: NaiveDate, horizon: usize) -> Vec<u32> {
    let mut due = vec![0u32; horizon];
    for c in cards {
        if !c.active || c.progress.suspended {
            continue;
        }
        let Some(s) = c.progress.sm2 else { continue };
        let ahead = (s.due - today).num_days().max(0);
        if let Some(slot) = usize::try_from(ahead).ok().and_then(|i| due.get_mut(i)) {
            *slot += 1;
        }
    }
    due
}

// ---------------------------------------------------------------------------------------------
// Retention

/// Whether retention is summed per ISO week (from Monday) or per calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Week,
    Month,
}

impl Span {
    /// The first day of the week or month `day` is in.
    pub fn start_of(self, day: NaiveDate) -> NaiveDate {
        match self {
            Span::Week => shift(day, -i64::from(day.weekday().num_days_from_monday())),
            Span::Month => day.with_day(1).unwrap_or(day),
        }
    }

    /// "week of Mon 2 Mar 2026", "March 2026".
    pub fn name(self, start: NaiveDate) -> String {
        match self {
            Span::Week => format!("week of {}", start.format("%a %-d %b %Y")),
            Span::Month => start.format("%B %Y").to_string(),
        }
    }
}

/// Retention of one week or month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionRow {
    pub start: NaiveDate,
    /// Reviews of cards whose interval was under 21 days.
    pub young: Tally,
    /// Reviews of cards whose interval was 21 days or more.
    pub mature: Tally,
}

impl RetentionRow {
    pub fn all(&self) -> Tally {
        let mut t = self.young;
        t.merge(self.mature);
        t
    }
}

/// Young and mature retention of the reviews given in `first..=last`, per week or month
/// (periods without reviews left out), oldest first.
pub fn retention(
    answers: &[Answer],
    first: NaiveDate,
    last: NaiveDate,
    span: Span,
) -> Vec<RetentionRow> {
    let mut rows: BTreeMap<NaiveDate, RetentionRow> = BTreeMap::new();
    for a in answers {
        if a.kind != AnswerKind::Review || a.day < first || a.day > last {
            continue;
        }
        let start = span.start_of(a.day);
        let row = rows.entry(start).or_insert(RetentionRow {
            start,
            young: Tally::default(),
            mature: Tally::default(),
        });
        if a.interval_before >= MATURE_DAYS {
            row.mature.add(a.passed());
        } else {
            row.young.add(a.passed());
        }
    }
    rows.into_values().collect()
}

/// The rows summed into one.
pub fn retention_total(rows: &[RetentionRow]) -> (Tally, Tally) {
    rows.iter()
        .fold((Tally::default(), Tally::default()), |(mut y, mut m), r| {
            y.merge(r.young);
            m.merge(r.mature);
            (y, m)
        })
}

// ---------------------------------------------------------------------------------------------
// Card counts and distributions

/// Cards by state. Every live card is in exactly one of new, learning, young, mature and
/// suspended; retired cards are no longer in their deck (their history is kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CardCounts {
    /// Never answered.
    pub new: usize,
    /// Answered, next interval one day (just met, or missed last time).
    pub learning: usize,
    /// Interval 2 to 20 days.
    pub young: usize,
    /// Interval 21 days or more.
    pub mature: usize,
    pub suspended: usize,
    pub retired: usize,
}

impl CardCounts {
    /// Live cards (retired ones not counted).
    pub fn live(&self) -> usize {
        self.new + self.learning + self.young + self.mature + self.suspended
    }

    /// (name, count) in the order the page and the report show them.
    pub fn rows(&self) -> [(&'static str, usize); 6] {
        [
            ("New", self.new),
            ("Learning", self.learning),
            ("Young", self.young),
            ("Mature", self.mature),
            ("Suspended", self.suspended),
            ("Retired", self.retired),
        ]
    }
}

/// The state a live card counts under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardState {
    New,
    Learning,
    Young,
    Mature,
    Suspended,
}

impl CardState {
    pub fn of(p: &CardProgress) -> CardState {
        match p.sm2 {
            _ if p.suspended => CardState::Suspended,
            None => CardState::New,
            Some(s) if s.interval_days <= 1 => CardState::Learning,
            Some(s) if s.interval_days < MATURE_DAYS => CardState::Young,
            Some(_) => CardState::Mature,
        }
    }
}

/// Every live card counted by state (decks turned off included: they are still the learner's).
pub fn card_counts(cards: &[CardFacts], retired: usize) -> CardCounts {
    let mut n = CardCounts {
        retired,
        ..CardCounts::default()
    };
    for c in cards {
        *match CardState::of(&c.progress) {
            CardState::Suspended => &mut n.suspended,
            CardState::New => &mut n.new,
            CardState::Learning => &mut n.learning,
            CardState::Young => &mut n.young,
            CardState::Mature => &mut n.mature,
        } += 1;
    }
    n
}

/// One bar of a distribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bucket {
    pub label: &'static str,
    pub count: usize,
}

/// Interval buckets: (label, first day of the bucket).
const INTERVALS: [(&str, u32); 7] = [
    ("1 day", 0),
    ("2–6 days", 2),
    ("1–3 weeks", 7),
    ("3–8 weeks", 21),
    ("2–6 months", 57),
    ("6–12 months", 180),
    ("over a year", 366),
];

/// Easiness buckets: (label, lowest EF in hundredths).
const EASINESS: [(&str, u16); 7] = [
    ("1.30–1.49", 0),
    ("1.50–1.69", 150),
    ("1.70–1.89", 170),
    ("1.90–2.09", 190),
    ("2.10–2.29", 210),
    ("2.30–2.49", 230),
    ("2.50 and up", 250),
];

fn bucket<T: PartialOrd + Copy>(edges: &[(&'static str, T)], value: T) -> usize {
    edges.iter().rposition(|&(_, lo)| value >= lo).unwrap_or(0)
}

/// How the answered cards' intervals spread (suspended cards left out).
pub fn interval_distribution(cards: &[CardFacts]) -> Vec<Bucket> {
    distribution(&INTERVALS, cards, |s| s.interval_days)
}

/// How the answered cards' easiness factors spread (suspended cards left out).
pub fn easiness_distribution(cards: &[CardFacts]) -> Vec<Bucket> {
    distribution(&EASINESS, cards, |s| s.ef100)
}

fn distribution<T: PartialOrd + Copy>(
    edges: &[(&'static str, T)],
    cards: &[CardFacts],
    value: impl Fn(&crate::sm2::Sm2State) -> T,
) -> Vec<Bucket> {
    let mut counts = vec![0usize; edges.len()];
    for c in cards.iter().filter(|c| !c.progress.suspended) {
        if let Some(s) = c.progress.sm2 {
            counts[bucket(edges, value(&s))] += 1;
        }
    }
    edges
        .iter()
        .zip(counts)
        .map(|(&(label, _), count)| Bucket { label, count })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Mastery by skill

/// A kind of resistance or a technique.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Skill {
    Category(Category),
    Technique(Technique),
}

impl Skill {
    pub fn label(self) -> &'static str {
        match self {
            Skill::Category(c) => c.label(),
            Skill::Technique(t) => t.label(),
        }
    }
}

/// Where the learner stands on one skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkillRow {
    pub skill: Skill,
    /// Live cards in the decks being studied, suspended ones left out.
    pub cards: usize,
    /// Of those, answered at least once.
    pub studied: usize,
    /// Of those, at an interval of 21 days or more.
    pub mature: usize,
    /// First answers and reviews in the recent window (re-drills left out).
    pub recent: Tally,
}

/// Mastery for each of the 13 categories and each of the 13 techniques, weakest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mastery {
    pub categories: Vec<SkillRow>,
    pub techniques: Vec<SkillRow>,
}

/// `answered(i)` gives the card an answer went to, as an index into `cards` (None for a card
/// no longer in a deck). Recent means `since..=until`. Weakest first: the lowest recent pass
/// rate; skills without recent answers after those with, the smallest share mature first.
pub fn mastery(
    cards: &[CardFacts],
    answers: &[Answer],
    card_of: impl Fn(u32) -> Option<usize>,
    since: NaiveDate,
    until: NaiveDate,
) -> Mastery {
    let new_row = |skill| SkillRow {
        skill,
        cards: 0,
        studied: 0,
        mature: 0,
        recent: Tally::default(),
    };
    let mut cats: Vec<SkillRow> = Category::ALL
        .iter()
        .map(|&c| new_row(Skill::Category(c)))
        .collect();
    let mut techs: Vec<SkillRow> = Technique::ALL
        .iter()
        .map(|&t| new_row(Skill::Technique(t)))
        .collect();
    let ci = |c: Category| Category::ALL.iter().position(|&x| x == c).unwrap_or(0);
    let ti = |t: Technique| Technique::ALL.iter().position(|&x| x == t).unwrap_or(0);
    for c in cards.iter().filter(|c| c.active && !c.progress.suspended) {
        for row in [&mut cats[ci(c.category)], &mut techs[ti(c.technique)]] {
            row.cards += 1;
            if let Some(s) = c.progress.sm2 {
                row.studied += 1;
                row.mature += usize::from(s.interval_days >= MATURE_DAYS);
            }
        }
    }
    for a in answers {
        if a.kind == AnswerKind::Redrill || a.day < since || a.day > until {
            continue;
        }
        let Some(c) = card_of(a.card).and_then(|i| cards.get(i)) else {
            continue;
        };
        cats[ci(c.category)].recent.add(a.passed());
        techs[ti(c.technique)].recent.add(a.passed());
    }
    weakest_first(&mut cats);
    weakest_first(&mut techs);
    Mastery {
        categories: cats,
        techniques: techs,
    }
}

fn weakest_first(rows: &mut [SkillRow]) {
    let mature_share = |r: &SkillRow| {
        if r.cards == 0 {
            1.0
        } else {
            r.mature as f64 / r.cards as f64
        }
    };
    rows.sort_by(|a, b| {
        let key = |r: &SkillRow| (r.recent.rate().is_none(), r.recent.rate().unwrap_or(0.0));
        let (ka, kb) = (key(a), key(b));
        ka.0.cmp(&kb.0)
            .then(ka.1.total_cmp(&kb.1))
            .then(mature_share(a).total_cmp(&mature_share(b)))
    });
}

// ---------------------------------------------------------------------------------------------
// The coach over time

/// One week of typed answers, as the MITI chart draws it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MitiWeek {
    pub monday: NaiveDate,
    pub answers: usize,
    /// Reflections per question (None without questions).
    pub reflection_to_question: Option<f64>,
    /// Complex reflections among reflections, in percent (None without reflections).
    pub percent_complex: Option<f64>,
    /// Persuading or confronting answers among all typed answers, in percent.
    pub percent_inconsistent: f64,
}

impl MitiWeek {
    fn of(monday: NaiveDate, m: &MitiSummary) -> MitiWeek {
        MitiWeek {
            monday,
            answers: m.answers,
            reflection_to_question: m.reflection_to_question(),
            percent_complex: m.percent_complex(),
            percent_inconsistent: percent_inconsistent(m),
        }
    }
}

/// MI-inconsistent answers among all typed answers, in percent (0 without answers).
pub fn percent_inconsistent(m: &MitiSummary) -> f64 {
    if m.answers == 0 {
        0.0
    } else {
        100.0 * m.mi_non_adherent() as f64 / m.answers as f64
    }
}

/// The weeks of `first..=last` with typed answers, oldest first, summed from the days.
pub fn miti_weeks(days: &[DayMiti], first: NaiveDate, last: NaiveDate) -> Vec<MitiWeek> {
    let mut weeks: BTreeMap<NaiveDate, MitiSummary> = BTreeMap::new();
    for d in days.iter().filter(|d| d.day >= first && d.day <= last) {
        weeks
            .entry(Span::Week.start_of(d.day))
            .or_default()
            .merge(&d.miti);
    }
    weeks
        .iter()
        .map(|(monday, m)| MitiWeek::of(*monday, m))
        .collect()
}

/// The typed answers of `first..=last` in one summary, with how often the learner took the
/// coach's suggested grade: (summary, suggested, agreed).
pub fn miti_between(h: &CoachHistory, first: NaiveDate, last: NaiveDate) -> (MitiSummary, Tally) {
    let mut total = MitiSummary::default();
    let mut agreed = Tally::default();
    for d in h.days.iter().filter(|d| d.day >= first && d.day <= last) {
        total.merge(&d.miti);
        agreed.merge(Tally {
            passed: d.agreed as u32,
            total: d.suggested as u32,
        });
    }
    (total, agreed)
}

/// One of the three MITI lines drawn per week, with its thresholds: the page and the report
/// draw the same three from this table.
#[derive(Debug, Clone, Copy)]
pub struct MitiSeries {
    pub title: &'static str,
    pub value: fn(&MitiWeek) -> Option<f64>,
    /// MITI 4.2.1's fair and good thresholds; None where the target is 0.
    pub bands: Option<(f64, f64)>,
    /// " : 1" or " %", after each figure.
    pub unit: &'static str,
    /// The axis reaches at least this far.
    pub top: f64,
}

pub const MITI_SERIES: [MitiSeries; 3] = [
    MitiSeries {
        title: "Reflections to questions",
        value: |w| w.reflection_to_question,
        bands: Some((1.0, 2.0)),
        unit: " : 1",
        top: 3.0,
    },
    MitiSeries {
        title: "Complex reflections",
        value: |w| w.percent_complex,
        bands: Some((40.0, 50.0)),
        unit: " %",
        top: 100.0,
    },
    MitiSeries {
        title: "MI-inconsistent replies",
        value: |w| Some(w.percent_inconsistent),
        bands: None,
        unit: " %",
        top: 100.0,
    },
];

impl MitiSeries {
    /// The series' value for each week (None where the week has nothing to count).
    pub fn points(&self, weeks: &[MitiWeek]) -> Vec<(NaiveDate, Option<f64>)> {
        weeks.iter().map(|w| (w.monday, (self.value)(w))).collect()
    }

    /// Where the axis ends: the series' own top, or higher if a week went higher.
    pub fn axis_top(&self, points: &[(NaiveDate, Option<f64>)]) -> f64 {
        points
            .iter()
            .filter_map(|p| p.1)
            .fold(self.top, f64::max)
            .ceil()
    }
}
