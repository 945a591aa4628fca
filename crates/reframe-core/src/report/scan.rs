//! The answers in every computer's review log, replayed once in the order the collection folds
//! them (by instant, device and number; see `store::merge`), so each answer knows what the card's
//! interval was before it (young or mature) and how it counted (new, review, re-drill). A record
//! found twice (a sync tool's conflict copy) counts once; undone answers and the undos
//! themselves are left out, as a refold leaves them; a torn last line is passed over.

use crate::scheduler::{AnswerKind, CardKey, CardProgress, LogRecord, StoredCoding, answer_effect};
use crate::sm2::Grade;
use crate::store::StoreError;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

/// One kept answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub seq: u64,
    /// The study day it counted for.
    pub day: NaiveDate,
    /// Index into [`History::cards`].
    pub card: u32,
    pub kind: AnswerKind,
    /// The card's interval in days before this answer (0 for a new card).
    pub interval_before: u32,
    pub grade: Grade,
}

impl Answer {
    /// Passed: graded 3 or better (the SM-2 line between a success and a lapse).
    pub fn passed(&self) -> bool {
        self.grade.value() >= 3
    }
}

/// A typed reply kept in the log, for the report's sample.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedReply {
    pub seq: u64,
    pub day: NaiveDate,
    pub card: u32,
    pub text: String,
    pub coding: Option<StoredCoding>,
}

/// Every kept answer in the merged order, and the cards they were given to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    pub answers: Vec<Answer>,
    /// The cards answered, in order of first appearance in the logs.
    pub cards: Vec<CardKey>,
    /// Typed replies (kept only when asked for), in the merged order.
    pub typed: Vec<TypedReply>,
}

/// FNV-1a: a quick hash for the card ids of one's own log (no untrusted input to guard against).
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// Card keys to small numbers, without an allocation for a key seen before.
#[derive(Default)]
struct Interner {
    decks: FnvMap<String, FnvMap<String, u32>>,
    keys: Vec<CardKey>,
}

impl Interner {
    fn id(&mut self, deck: &str, card: &str) -> u32 {
        if let Some(&i) = self.decks.get(deck).and_then(|c| c.get(card)) {
            return i;
        }
        let i = u32::try_from(self.keys.len()).unwrap_or(u32::MAX);
        self.keys.push(CardKey::new(deck, card));
        self.decks
            .entry(deck.to_string())
            .or_default()
            .insert(card.to_string(), i);
        i
    }
}

/// What a record does, with its card and device as numbers.
#[derive(Debug, Clone, Copy)]
enum What {
    Review {
        card: u32,
        day: NaiveDate,
        grade: Grade,
        redrill: bool,
        /// Index into the kept typed replies.
        typed: Option<u32>,
    },
    Undo {
        of_dev: u32,
        of: u64,
    },
    Suspend {
        card: u32,
        suspended: bool,
    },
    Other,
}

/// One record of one device, where it sorts.
#[derive(Debug, Clone, Copy)]
struct Entry {
    at: DateTime<Utc>,
    dev: u32,
    seq: u64,
    what: What,
}

/// Collects every log's records, then folds them in the merged order.
#[derive(Default)]
pub(crate) struct Replay {
    names: Interner,
    devices: FnvMap<String, u32>,
    device_names: Vec<String>,
    entries: Vec<Entry>,
    texts: Vec<(String, Option<StoredCoding>)>,
    keep_typed: bool,
}

impl Replay {
    pub(crate) fn new(keep_typed: bool) -> Replay {
        Replay {
            keep_typed,
            ..Replay::default()
        }
    }

    fn device(&mut self, name: &str) -> u32 {
        if let Some(&d) = self.devices.get(name) {
            return d;
        }
        let d = u32::try_from(self.device_names.len()).unwrap_or(u32::MAX);
        self.device_names.push(name.to_string());
        self.devices.insert(name.to_string(), d);
        d
    }

    /// A plain answer line of the log of `file_device`.
    fn plain_review(&mut self, r: &PlainReview<'_>, file_device: &str) {
        let dev = self.device(r.dev.unwrap_or(file_device));
        let card = self.names.id(r.deck, r.card);
        self.entries.push(Entry {
            at: r.at,
            dev,
            seq: r.seq,
            what: What::Review {
                card,
                day: r.day,
                grade: r.grade,
                redrill: r.redrill,
                typed: None,
            },
        });
    }

    /// Any record of the log of `file_device`.
    pub(crate) fn record(&mut self, record: LogRecord, file_device: &str) {
        let dev = self.device(record.dev().unwrap_or(file_device));
        let (at, seq) = (record.at(), record.seq());
        let what = match record {
            LogRecord::Review {
                deck,
                card,
                day,
                grade,
                redrill,
                typed,
                coding,
                ..
            } => {
                let typed = match typed.filter(|t| self.keep_typed && !t.trim().is_empty()) {
                    Some(text) => {
                        self.texts.push((text, coding));
                        u32::try_from(self.texts.len() - 1).ok()
                    }
                    None => None,
                };
                What::Review {
                    card: self.names.id(&deck, &card),
                    day,
                    grade,
                    redrill,
                    typed,
                }
            }
            LogRecord::Undo { of, of_dev, .. } => What::Undo {
                of_dev: of_dev.map_or(dev, |d| self.device(&d)),
                of,
            },
            LogRecord::Suspend {
                deck,
                card,
                suspended,
                ..
            } => What::Suspend {
                card: self.names.id(&deck, &card),
                suspended,
            },
            LogRecord::Disagree { .. } => What::Other,
        };
        self.entries.push(Entry { at, dev, seq, what });
    }

    /// Folds the records in order: each (device, number) once, undone answers and undos left
    /// out, each answer against its card's state at that point.
    pub(crate) fn finish(mut self) -> History {
        let mut seen: HashSet<(u32, u64), std::hash::BuildHasherDefault<Fnv>> =
            HashSet::with_capacity_and_hasher(self.entries.len(), Default::default());
        self.entries.retain(|e| seen.insert((e.dev, e.seq)));
        let undone: HashSet<(u32, u64), std::hash::BuildHasherDefault<Fnv>> = self
            .entries
            .iter()
            .filter_map(|e| match e.what {
                What::Undo { of_dev, of } => Some((of_dev, of)),
                _ => None,
            })
            .collect();
        // Devices sort by name, as the collection's order does.
        let mut by_name: Vec<u32> = (0..self.device_names.len() as u32).collect();
        by_name.sort_by(|a, b| self.device_names[*a as usize].cmp(&self.device_names[*b as usize]));
        let mut rank = vec![0u32; by_name.len()];
        for (r, d) in by_name.iter().enumerate() {
            rank[*d as usize] = r as u32;
        }
        self.entries
            .sort_by_key(|e| (e.at, rank[e.dev as usize], e.seq));
        let mut states = vec![CardProgress::default(); self.names.keys.len()];
        let mut history = History::default();
        let mut texts: Vec<Option<(String, Option<StoredCoding>)>> =
            self.texts.into_iter().map(Some).collect();
        for e in &self.entries {
            if undone.contains(&(e.dev, e.seq)) {
                continue;
            }
            match e.what {
                What::Review {
                    card,
                    day,
                    grade,
                    redrill,
                    typed,
                } => {
                    let state = &mut states[card as usize];
                    let before = *state;
                    let effect = answer_effect(before, grade, redrill, day);
                    *state = effect.after;
                    history.answers.push(Answer {
                        seq: e.seq,
                        day: effect.day,
                        card,
                        kind: effect.kind,
                        interval_before: before.sm2.map_or(0, |s| s.interval_days),
                        grade,
                    });
                    if let Some((text, coding)) = typed
                        .and_then(|i| texts.get_mut(i as usize))
                        .and_then(Option::take)
                    {
                        history.typed.push(TypedReply {
                            seq: e.seq,
                            day: effect.day,
                            card,
                            text,
                            coding,
                        });
                    }
                }
                What::Suspend { card, suspended } => states[card as usize].suspended = suspended,
                What::Undo { .. } | What::Other => {}
            }
        }
        history.cards = self.names.keys;
        history
    }
}

/// The fast test that lets lines that change no answer pass by unparsed.
fn may_matter(line: &[u8]) -> bool {
    line.starts_with(b"Review(") || line.starts_with(b"Undo(") || line.starts_with(b"Suspend(")
}

/// Reads every log in `logs` (path and the device it belongs to, as
/// [`crate::store::merge::every_log`] lists them; a missing file is an empty log). With
/// `keep_typed`, the typed replies are kept too.
pub fn read_history(logs: &[(PathBuf, String)], keep_typed: bool) -> Result<History, StoreError> {
    let mut replay = Replay::new(keep_typed);
    for (path, device) in logs {
        crate::store::log::complete_lines(path, |raw| {
            if !may_matter(raw) {
                return;
            }
            let Ok(line) = std::str::from_utf8(raw) else {
                return;
            };
            let line = line.trim();
            if let Some(review) = fast_review(line) {
                replay.plain_review(&review, device);
            } else if let Some(record) = LogRecord::from_line(line) {
                replay.record(record, device);
            }
        })?;
    }
    Ok(replay.finish())
}

/// An answer line without a typed reply: the fields the replay needs, borrowed from the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PlainReview<'a> {
    pub seq: u64,
    /// The device the line names (version 3), None for older lines.
    pub dev: Option<&'a str>,
    pub at: DateTime<Utc>,
    pub deck: &'a str,
    pub card: &'a str,
    pub day: NaiveDate,
    pub grade: Grade,
    pub redrill: bool,
}

/// Reads an answer line exactly as this Reframe writes one when nothing was typed
/// (`Review(v:2,seq:7,deck:"d",card:"c",at:"…",day:"2026-03-02",grade:4,redrill:false,
/// typed:None,coding:None)`, perhaps with `suggested:Some(4)`), about twenty times faster
/// than the general reader; anything else (an escape in an id, a typed reply, another field
/// order) gives None and the line goes to the general reader, so the two cannot disagree.
pub(crate) fn fast_review(line: &str) -> Option<PlainReview<'_>> {
    fn number(s: &str) -> Option<(u64, &str)> {
        let end = s.find(|c: char| !c.is_ascii_digit())?;
        Some((s[..end].parse().ok()?, &s[end..]))
    }
    fn quoted(s: &str) -> Option<(&str, &str)> {
        let end = s.find('"')?;
        let text = &s[..end];
        (!text.contains('\\')).then_some((text, &s[end + 1..]))
    }
    let rest = line.strip_prefix("Review(v:")?;
    let (v, rest) = number(rest)?;
    if v > u64::from(crate::scheduler::LOG_VERSION) {
        return None;
    }
    let (seq, rest) = number(rest.strip_prefix(",seq:")?)?;
    let (dev, rest) = match rest.strip_prefix(",dev:Some(\"") {
        Some(r) => {
            let (dev, r) = quoted(r)?;
            (Some(dev), r.strip_prefix(')')?)
        }
        None => (None, rest),
    };
    let (deck, rest) = quoted(rest.strip_prefix(",deck:\"")?)?;
    let (card, rest) = quoted(rest.strip_prefix(",card:\"")?)?;
    // Read with the parsers the RON reader uses, so a damaged time or day is refused alike.
    let (at, rest) = quoted(rest.strip_prefix(",at:\"")?)?;
    let at = match plain_utc(at) {
        Some(t) => t,
        None => at.parse::<DateTime<Utc>>().ok()?,
    };
    let (day, rest) = quoted(rest.strip_prefix(",day:\"")?)?;
    let day = day.parse::<NaiveDate>().ok()?;
    let (grade, rest) = number(rest.strip_prefix(",grade:")?)?;
    let grade = Grade::new(u8::try_from(grade).ok()?).ok()?;
    let rest = rest.strip_prefix(",redrill:")?;
    let (redrill, rest) = if let Some(r) = rest.strip_prefix("true") {
        (true, r)
    } else {
        (false, rest.strip_prefix("false")?)
    };
    let rest = rest.strip_prefix(",typed:None,coding:None")?;
    let rest = match rest.strip_prefix(",suggested:Some(") {
        Some(r) => {
            let (g, r) = number(r)?;
            Grade::new(u8::try_from(g).ok()?).ok()?;
            r.strip_prefix(')')?
        }
        None => rest,
    };
    (rest == ")").then_some(PlainReview {
        seq,
        dev,
        at,
        deck,
        card,
        day,
        grade,
        redrill,
    })
}

/// `2026-03-02T09:00:00Z` (fractions of a second allowed) with every field in range: the form
/// this Reframe writes, read without the general time parser. None sends the time to it.
pub(crate) fn plain_utc(at: &str) -> Option<DateTime<Utc>> {
    let b = at.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let separators = b.get(4) == Some(&b'-')
        && b.get(7) == Some(&b'-')
        && b.get(10) == Some(&b'T')
        && b.get(13) == Some(&b':')
        && b.get(16) == Some(&b':');
    if !separators {
        return None;
    }
    let nanos = match &b[19.min(b.len())..] {
        [b'Z'] => 0,
        [b'.', frac @ .., b'Z'] if (1..=9).contains(&frac.len()) => {
            let n = digits(20..20 + frac.len())?;
            n * 10u32.pow(9 - frac.len() as u32)
        }
        _ => return None,
    };
    let (y, mo, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let (h, mi, s) = (digits(11..13)?, digits(14..16)?, digits(17..19)?);
    if h >= 24 || mi >= 60 || s >= 60 {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, mo, d)?
        .and_hms_nano_opt(h, mi, s, nanos)
        .map(|t| t.and_utc())
}
