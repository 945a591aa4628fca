//! Synthetic data folders for benchmarks and tests: one imported deck of N cards where 70 % have
//! a review history and 30 % are new — the workload the README's speed comparison gives Anki.
//! Written with the store's own writers (deck, log, snapshot), so the app opens it like real data.

use crate::deck::{Card, Deck, to_ron};
use crate::mi::{Category, Technique};
use crate::scheduler::{LOG_VERSION, LogRecord};
use crate::sm2::{self, Grade, Sm2State};
use crate::store::device::DeviceId;
use crate::store::merge::{Frontier, Tagged};
use crate::store::snapshot::{self, Covers};
use crate::store::{DataDir, StoreError, write_atomic};
use chrono::{Days, NaiveDate, NaiveTime};
use std::fs;
use std::path::Path;

/// The deck id of the synthetic deck (`decks/synth.ron`).
pub const DECK_ID: &str = "synth";

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    pub cards: usize,
    pub seed: u64,
    /// The study day the data is "as of": due days are spread around it, nothing is answered on it.
    pub today: NaiveDate,
    /// How the answers are laid out: 0, one log under the names of a folder from before devices
    /// (`reviews.log`, `snapshot.ron`: what an older Reframe made, upgraded on first open); 1,
    /// all as device [`DEVICE_A`]; 2, alternately as [`DEVICE_A`] and [`DEVICE_B`] (two
    /// computers that shared the folder), with [`DEVICE_A`]'s snapshot covering both.
    pub devices: u8,
}

/// The devices synthetic folders are written as.
pub const DEVICE_A: &str = "synth-a";
pub const DEVICE_B: &str = "synth-b";

/// What was written, for callers that check it against what the collection reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Report {
    pub cards: usize,
    /// Cards with a review history.
    pub reviewed: usize,
    /// Cards never answered.
    pub new: usize,
    /// Reviewed cards due today or earlier.
    pub due_today: usize,
    pub log_records: usize,
    pub deck_bytes: usize,
    pub log_bytes: usize,
}

/// A tiny deterministic PRNG (SplitMix64): the same seed always gives the same folder.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi` (the slight modulo bias does not matter here).
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        let span = (hi - lo + 1).max(1) as u64;
        lo + (self.next_u64() % span) as i64
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next_u64() % items.len() as u64) as usize]
    }
}

const WORDS: &[&str] = &[
    "the",
    "quick",
    "brown",
    "fox",
    "jumps",
    "over",
    "lazy",
    "dog",
    "while",
    "small",
    "river",
    "flows",
    "past",
    "old",
    "stone",
    "bridge",
    "near",
    "quiet",
    "village",
    "where",
    "children",
    "play",
    "games",
    "under",
    "tall",
    "green",
    "trees",
    "every",
    "summer",
    "afternoon",
    "and",
    "their",
    "parents",
    "watch",
    "from",
    "wooden",
    "benches",
    "talking",
    "about",
    "weather",
    "harvest",
    "prices",
    "local",
    "news",
    "distant",
    "cities",
    "new",
    "roads",
    "trains",
    "ships",
    "letters",
    "books",
    "music",
    "bread",
    "cheese",
    "apples",
    "honey",
    "salt",
    "iron",
    "glass",
    "paper",
    "mountain",
    "valley",
    "forest",
    "island",
    "harbor",
    "market",
    "garden",
    "kitchen",
    "library",
    "school",
    "teacher",
    "doctor",
    "farmer",
    "morning",
    "evening",
    "winter",
    "spring",
];

/// Text of about `len` characters: `prefix`, then words, then `end`.
fn sentence(rng: &mut Rng, prefix: &str, len: usize, end: char) -> String {
    let mut out = String::with_capacity(len + 12);
    out.push_str(prefix);
    while out.len() < len {
        let word: &&str = rng.pick(WORDS);
        out.push_str(word);
        out.push(' ');
    }
    out.truncate(len - 1);
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push(end);
    out
}

/// The synthetic deck: statement ≈ 60 characters, response ≈ 120, a short note, valid ids.
pub fn deck(cards: usize, seed: u64) -> Deck {
    let mut rng = Rng::new(seed);
    let cards = (0..cards)
        .map(|i| Card {
            id: card_id(i),
            statement: sentence(&mut rng, &format!("Q{i}: "), 60, '?'),
            response: sentence(&mut rng, &format!("A{i}: "), 120, '.'),
            technique: *rng.pick(Technique::ALL),
            secondary: Vec::new(),
            category: *rng.pick(Category::ALL),
            note: format!("Synthetic card {i}, generated for benchmarks."),
            foil: None,
            tags: Vec::new(),
            level: Default::default(),
            alternatives: Vec::new(),
        })
        .collect();
    Deck {
        format: crate::deck::FORMAT_VERSION,
        id: DECK_ID.to_string(),
        title: "Synthetic benchmark deck".to_string(),
        description: "Generated by examples/synth.rs; not for study.".to_string(),
        author: "reframe synth".to_string(),
        version: 1,
        language: "en".to_string(),
        cards,
    }
}

pub fn card_id(i: usize) -> String {
    format!("c{i:06}")
}

/// A past review history whose last interval reaches past `d`, so the last review lies before
/// today and the card falls due `d` days from today: up to two lapses (grade 2, which restarts the
/// repetitions), the successes needed (grades 4 and 5, nothing left to re-drill), sometimes one
/// more — 1 to 8 reviews. Like anki_bench.py's synthetic review log, it spans months rather
/// than the years a run of 8 straight successes would take. Intervals depend on grades only.
fn history(rng: &mut Rng, d: i64) -> (Vec<Grade>, Vec<u32>) {
    fn review(state: &mut Sm2State, q: u8, grades: &mut Vec<Grade>, intervals: &mut Vec<u32>) {
        let grade = Grade::new(q).unwrap_or(Grade::ALL[4]);
        *state = sm2::review(*state, grade, NaiveDate::MIN);
        grades.push(grade);
        intervals.push(state.interval_days);
    }
    let mut state = Sm2State::fresh(NaiveDate::MIN);
    let mut grades = Vec::with_capacity(8);
    let mut intervals = Vec::with_capacity(8);
    for _ in 0..rng.range(0, 2) {
        review(&mut state, 2, &mut grades, &mut intervals);
    }
    loop {
        let q = *rng.pick(&[4u8, 4, 4, 5]);
        review(&mut state, q, &mut grades, &mut intervals);
        if i64::from(state.interval_days) > d {
            break;
        }
    }
    if grades.len() < 8 && rng.range(0, 1) == 1 {
        let q = *rng.pick(&[4u8, 4, 4, 5]);
        review(&mut state, q, &mut grades, &mut intervals);
    }
    (grades, intervals)
}

/// Writes the data folder: `decks/synth.ron`, `reviews.log` (one bulk write, one fsync) and a
/// snapshot covering the whole log. Refuses a folder that already holds anything, so a real
/// data folder can never be overwritten.
pub fn write_data_folder(dir: &Path, spec: &Spec) -> Result<Report, StoreError> {
    if fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some()) {
        return Err(StoreError::Refused(format!(
            "{} is not empty; synth writes only into a new or empty folder",
            dir.display()
        )));
    }
    let device_a = DeviceId::new(DEVICE_A).expect("a valid id");
    let device_b = DeviceId::new(DEVICE_B).expect("a valid id");
    let data = DataDir::new(dir, &device_a);
    data.create()?;
    let deck = deck(spec.cards, spec.seed);
    let deck_text = to_ron(&deck);
    write_atomic(
        &data.decks().join(format!("{DECK_ID}.ron")),
        deck_text.as_bytes(),
    )?;

    // Which cards were reviewed, and each one's (day, card, grade) events.
    let mut rng = Rng::new(spec.seed ^ 0x5EED_5EED);
    let mut events: Vec<(NaiveDate, u32, u8)> = Vec::new();
    let mut report = Report {
        cards: spec.cards,
        deck_bytes: deck_text.len(),
        ..Report::default()
    };
    drop(deck_text);
    for i in 0..spec.cards {
        if rng.range(0, 99) >= 70 {
            report.new += 1;
            continue;
        }
        report.reviewed += 1;
        let d = rng.range(-10, 60);
        if d <= 0 {
            report.due_today += 1;
        }
        let (grades, intervals) = history(&mut rng, d);
        let due = offset(spec.today, d);
        let mut day = offset(due, -i64::from(intervals[intervals.len() - 1]));
        let idx = u32::try_from(i).unwrap_or(u32::MAX);
        for k in (0..grades.len()).rev() {
            events.push((day, idx, grades[k].value()));
            if k > 0 {
                day = offset(day, -i64::from(intervals[k - 1]));
            }
        }
    }
    events.sort_unstable();

    let at_time = NaiveTime::from_hms_opt(10, 0, 0).unwrap_or_default();
    // Device A writes the even events, B the odd ones, when there are two.
    let mut logs = [String::with_capacity(events.len() * 140), String::new()];
    let mut seqs = [0u64; 2];
    let mut tagged = Vec::with_capacity(events.len());
    for (i, &(day, card, q)) in events.iter().enumerate() {
        let which = usize::from(spec.devices == 2 && i % 2 == 1);
        seqs[which] += 1;
        let dev = [DEVICE_A, DEVICE_B][which];
        let record = LogRecord::Review {
            v: LOG_VERSION,
            seq: seqs[which],
            dev: (spec.devices > 0).then(|| dev.to_string()),
            deck: DECK_ID.to_string(),
            card: card_id(card as usize),
            // A second apart, so the two devices' records interleave in a known order.
            at: day.and_time(at_time).and_utc() + chrono::Duration::seconds(i as i64 % 3600),
            day,
            grade: Grade::new(q).unwrap_or(Grade::ALL[4]),
            redrill: false,
            typed: None,
            coding: None,
            suggested: None,
        };
        logs[which].push_str(&record.to_line()?);
        tagged.push(Tagged::new(record, dev));
    }
    report.log_records = events.len();
    report.log_bytes = logs[0].len() + logs[1].len();
    let own_len = logs[0].len() as u64;
    let own_last = seqs[0];
    let (log_a, log_b) = if spec.devices == 0 {
        (dir.join(crate::store::LOG_FILE), None)
    } else {
        (
            data.log(),
            (spec.devices == 2).then(|| DataDir::new(dir, &device_b).log()),
        )
    };
    write_atomic(&log_a, logs[0].as_bytes())?;
    let mut files = std::collections::BTreeMap::new();
    if let Some(b) = &log_b {
        write_atomic(b, logs[1].as_bytes())?;
        files.insert(
            crate::store::device::log_name(&device_b),
            crate::store::merge::FileMark {
                len: logs[1].len() as u64,
                last_seq: seqs[1],
            },
        );
    }
    drop(logs);
    let (mut progress, frontier) = crate::store::merge::refold(tagged, files);
    progress.set_last_seq(own_last);
    let covers = Covers::at(own_last, own_len);
    let (snapshot_path, frontier) = if spec.devices == 0 {
        (dir.join(crate::store::SNAPSHOT_FILE), Frontier::default())
    } else {
        (data.snapshot(), frontier)
    };
    write_atomic(
        &snapshot_path,
        snapshot::write(&progress, covers, &frontier).as_bytes(),
    )?;
    Ok(report)
}

/// Copies a data folder (sub-folders included), so a probe can answer on a fresh copy and leave
/// the generated one as it was.
pub fn copy_folder(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_folder(&e.path(), &target)?;
        } else {
            std::fs::copy(e.path(), target)?;
        }
    }
    Ok(())
}

fn offset(day: NaiveDate, by: i64) -> NaiveDate {
    let shifted = if by >= 0 {
        day.checked_add_days(Days::new(by as u64))
    } else {
        day.checked_sub_days(Days::new(by.unsigned_abs()))
    };
    shifted.unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_deck_and_text_lengths_fit_the_workload() {
        let a = deck(50, 7);
        assert_eq!(a, deck(50, 7));
        for c in &a.cards {
            assert!((55..=60).contains(&c.statement.len()), "{}", c.statement);
            assert!((115..=120).contains(&c.response.len()), "{}", c.response);
        }
    }

    #[test]
    fn histories_have_one_to_eight_reviews_and_reach_the_due_day() {
        let mut rng = Rng::new(3);
        for _ in 0..2000 {
            let d = rng.range(-10, 60);
            let (grades, intervals) = history(&mut rng, d);
            assert!((1..=8).contains(&grades.len()), "{grades:?}");
            assert!(i64::from(*intervals.last().unwrap()) > d);
            assert!(grades.last().unwrap().value() >= 4);
            // Everything before the last review fits in about a year.
            let span: u32 = intervals[..intervals.len() - 1].iter().sum();
            assert!(span < 400, "{intervals:?}");
        }
    }

    #[test]
    fn the_synthetic_deck_parses_as_a_deck_file() {
        let d = deck(20, 1);
        let back = crate::deck::parse_deck(to_ron(&d).as_bytes(), "synth.ron").unwrap();
        assert_eq!(back, d);
    }
}
