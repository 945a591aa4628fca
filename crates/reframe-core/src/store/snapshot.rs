//! The snapshot: every card's state at one point of the log, so start-up replays only the tail.
//! One record a line in plain RON; the exact lines written here have a hand-written fast reader
//! (100,000 cards load in milliseconds), anything else goes through the `ron` crate.

use super::merge::{DeviceMark, FileMark, Frontier, OrderKey};
use crate::scheduler::{CardProgress, DayCounts, Progress};
use crate::sm2::Grade;
use crate::sm2::Sm2State;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// Format 2 adds `state_seq`: after a log was found cut short, the snapshot keeps more
/// history than the log it points into. Format 3 adds what was counted from every device
/// (`Dev`, `File`, `High` lines). Older files still read (state_seq = log_seq; no other device).
pub const SNAPSHOT_VERSION: u32 = 3;

/// Which part of the log a snapshot covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Covers {
    /// Sequence number of the log's last line at `log_len` (0: none), to check that the log
    /// still holds what the snapshot was written after.
    pub log_seq: u64,
    /// Byte length of the log folded in.
    pub log_len: u64,
    /// The last sequence number the state includes. Equal to `log_seq` unless the log was found
    /// shorter than the snapshot and the snapshot's state was kept.
    pub state_seq: u64,
}

impl Covers {
    /// A snapshot written right after the log's last line: the usual case.
    pub fn at(log_seq: u64, log_len: u64) -> Covers {
        Covers {
            log_seq,
            log_len,
            state_seq: log_seq,
        }
    }
}

/// One snapshot line, as the `ron` crate reads it (the fallback path).
#[derive(Debug, Serialize, Deserialize)]
enum Line {
    Snapshot {
        format: u32,
        log_seq: u64,
        log_len: u64,
        #[serde(default)]
        state_seq: Option<u64>,
    },
    Day(NaiveDate, u32, u32, u32),
    /// A device counted: id, highest sequence number, records.
    Dev(String, u64, u64),
    /// Another device's log file read: name, length, sequence number of its last line.
    File(String, u64, u64),
    /// The last record folded: instant, device, sequence number.
    High(DateTime<Utc>, String, u64),
    Deck(String),
    C(
        String,
        u32,
        u32,
        u16,
        Option<NaiveDate>,
        bool,
        bool,
        Option<NaiveDate>,
        Option<NaiveDate>,
        u32,
        Option<u8>,
    ),
    End {
        cards: u64,
    },
}

/// Why a snapshot cannot be used; the caller moves it aside and rebuilds from the log.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SnapshotError {
    #[error("written by a newer Reframe (format {0})")]
    Newer(u32),
    #[error("line {0} cannot be read")]
    BadLine(usize),
    #[error("it is incomplete")]
    Incomplete,
}

fn is_plain(id: &str) -> bool {
    id.bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

fn push_date(out: &mut String, d: Option<NaiveDate>) {
    match d {
        Some(d) => {
            let _ = write!(
                out,
                "Some(\"{:04}-{:02}-{:02}\")",
                d.year(),
                d.month(),
                d.day()
            );
        }
        None => out.push_str("None"),
    }
}

/// The snapshot file's text.
pub fn write(progress: &Progress, covers: Covers, frontier: &Frontier) -> String {
    let mut out = String::with_capacity(64 + progress.card_count() * 72);
    let _ = writeln!(
        out,
        "Snapshot(format:{SNAPSHOT_VERSION},log_seq:{},log_len:{},state_seq:Some({}))",
        covers.log_seq, covers.log_len, covers.state_seq
    );
    let mut push = |line: Line| {
        out.push_str(&ron::to_string(&line).unwrap_or_default());
        out.push('\n');
    };
    for (dev, m) in &frontier.devices {
        push(Line::Dev(dev.clone(), m.max_seq, m.count));
    }
    for (name, m) in &frontier.files {
        push(Line::File(name.clone(), m.len, m.last_seq));
    }
    if let Some(h) = &frontier.high {
        push(Line::High(h.at, h.dev.clone(), h.seq));
    }
    for (day, c) in progress.days() {
        let _ = writeln!(out, "Day(\"{day}\",{},{},{})", c.new, c.reviews, c.redrills);
    }
    let mut cards = 0u64;
    let mut decks: Vec<_> = progress.decks().collect();
    decks.sort_by(|a, b| a.0.cmp(b.0));
    for (deck, states) in decks {
        let line = if is_plain(deck) {
            format!("Deck(\"{deck}\")")
        } else {
            ron::to_string(&Line::Deck(deck.clone())).unwrap_or_default()
        };
        out.push_str(&line);
        out.push('\n');
        for (card, p) in states {
            cards += 1;
            let s = p.sm2.unwrap_or(Sm2State {
                repetitions: 0,
                interval_days: 0,
                ef100: crate::sm2::EF_START,
                due: NaiveDate::MIN,
                needs_redrill: false,
            });
            if !is_plain(card) {
                let line = Line::C(
                    card.clone(),
                    s.repetitions,
                    s.interval_days,
                    s.ef100,
                    p.sm2.map(|s| s.due),
                    s.needs_redrill,
                    p.suspended,
                    p.first_day,
                    p.last_day,
                    p.reviews,
                    p.last_grade.map(u8::from),
                );
                out.push_str(&ron::to_string(&line).unwrap_or_default());
                out.push('\n');
                continue;
            }
            let _ = write!(
                out,
                "C(\"{card}\",{},{},{},",
                s.repetitions, s.interval_days, s.ef100
            );
            push_date(&mut out, p.sm2.map(|s| s.due));
            let _ = write!(out, ",{},{},", s.needs_redrill, p.suspended);
            push_date(&mut out, p.first_day);
            out.push(',');
            push_date(&mut out, p.last_day);
            match p.last_grade {
                Some(g) => {
                    let _ = writeln!(out, ",{},Some({}))", p.reviews, g.value());
                }
                None => {
                    let _ = writeln!(out, ",{},None)", p.reviews);
                }
            }
        }
    }
    let _ = writeln!(out, "End(cards:{cards})");
    out
}

/// Reads a snapshot back: the state, what it covers of this device's log, and what it counted
/// from every device.
pub fn read(text: &str) -> Result<(Progress, Covers, Frontier), SnapshotError> {
    if let Some(v) = super::declared_version(text, "format:")
        && v > SNAPSHOT_VERSION
    {
        return Err(SnapshotError::Newer(v));
    }
    let mut progress = Progress::default();
    let mut frontier = Frontier::default();
    let mut covers = None;
    let mut deck: Option<String> = None;
    let mut cards = 0u64;
    let mut ended = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if ended {
            return Err(SnapshotError::BadLine(i + 1));
        }
        if let Some((id, p)) = fast_card(line) {
            let (Some(deck), Some(_)) = (deck.as_deref(), covers) else {
                return Err(SnapshotError::BadLine(i + 1));
            };
            progress.set(deck, id, p);
            cards += 1;
            continue;
        }
        let Ok(line) = ron::from_str::<Line>(line) else {
            return Err(SnapshotError::BadLine(i + 1));
        };
        match line {
            Line::Snapshot {
                format,
                log_seq,
                log_len,
                state_seq,
            } => {
                if format > SNAPSHOT_VERSION {
                    return Err(SnapshotError::Newer(format));
                }
                if covers.is_some() {
                    return Err(SnapshotError::BadLine(i + 1));
                }
                covers = Some(Covers {
                    log_seq,
                    log_len,
                    state_seq: state_seq.unwrap_or(log_seq).max(log_seq),
                });
            }
            _ if covers.is_none() => return Err(SnapshotError::BadLine(i + 1)),
            Line::Day(day, new, reviews, redrills) => progress.set_day(
                day,
                DayCounts {
                    new,
                    reviews,
                    redrills,
                },
            ),
            Line::Dev(dev, max_seq, count) => {
                frontier.devices.insert(dev, DeviceMark { max_seq, count });
            }
            Line::File(name, len, last_seq) => {
                frontier.files.insert(name, FileMark { len, last_seq });
            }
            Line::High(at, dev, seq) => frontier.high = Some(OrderKey { at, dev, seq }),
            Line::Deck(id) => deck = Some(id),
            Line::C(id, n, iv, ef, due, redrill, suspended, first, last, reviews, grade) => {
                let Some(deck) = deck.as_deref() else {
                    return Err(SnapshotError::BadLine(i + 1));
                };
                let mut p = to_progress((n, iv, ef, due, redrill, suspended, first, last, reviews));
                p.last_grade = grade.and_then(|g| Grade::new(g).ok());
                progress.set(deck, &id, p);
                cards += 1;
            }
            Line::End { cards: n } => {
                if n != cards {
                    return Err(SnapshotError::Incomplete);
                }
                ended = true;
            }
        }
    }
    let covers = covers.ok_or(SnapshotError::Incomplete)?;
    if !ended {
        return Err(SnapshotError::Incomplete);
    }
    progress.set_last_seq(covers.state_seq);
    Ok((progress, covers, frontier))
}

/// The fast path for exactly the card lines `write` produces.
fn fast_card(line: &str) -> Option<(&str, CardProgress)> {
    let mut c = Cursor {
        s: line.as_bytes(),
        i: 0,
    };
    c.tag(b"C(\"")?;
    let start = c.i;
    while *c.s.get(c.i)? != b'"' {
        if c.s[c.i] == b'\\' {
            return None;
        }
        c.i += 1;
    }
    let id = line.get(start..c.i)?;
    c.tag(b"\",")?;
    let n = u32::try_from(c.num()?).ok()?;
    c.tag(b",")?;
    let iv = u32::try_from(c.num()?).ok()?;
    c.tag(b",")?;
    let ef = u16::try_from(c.num()?).ok()?;
    c.tag(b",")?;
    let due = c.date()?;
    c.tag(b",")?;
    let redrill = c.boolean()?;
    c.tag(b",")?;
    let suspended = c.boolean()?;
    c.tag(b",")?;
    let first_day = c.date()?;
    c.tag(b",")?;
    let last_day = c.date()?;
    c.tag(b",")?;
    let reviews = u32::try_from(c.num()?).ok()?;
    // Format 1 ended here; format 2 adds the last grade.
    let last_grade = if c.tag(b",").is_some() {
        if c.tag(b"None").is_some() {
            None
        } else {
            c.tag(b"Some(")?;
            let g = Grade::new(u8::try_from(c.num()?).ok()?).ok()?;
            c.tag(b")")?;
            Some(g)
        }
    } else {
        None
    };
    c.tag(b")")?;
    if c.i != c.s.len() {
        return None;
    }
    let mut p = to_progress((
        n, iv, ef, due, redrill, suspended, first_day, last_day, reviews,
    ));
    p.last_grade = last_grade;
    Some((id, p))
}

/// The fields of a card line after its id, in file order.
type CardFields = (
    u32,
    u32,
    u16,
    Option<NaiveDate>,
    bool,
    bool,
    Option<NaiveDate>,
    Option<NaiveDate>,
    u32,
);

/// A card line's fields as a state; no due day means the card was never answered.
fn to_progress(f: CardFields) -> CardProgress {
    let (n, iv, ef, due, redrill, suspended, first_day, last_day, reviews) = f;
    CardProgress {
        sm2: due.map(|due| Sm2State {
            repetitions: n,
            interval_days: iv,
            ef100: ef,
            due,
            needs_redrill: redrill,
        }),
        suspended,
        first_day,
        last_day,
        reviews,
        last_grade: None,
    }
}

struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn tag(&mut self, t: &[u8]) -> Option<()> {
        if self.s.get(self.i..self.i + t.len())? == t {
            self.i += t.len();
            Some(())
        } else {
            None
        }
    }

    fn num(&mut self) -> Option<u64> {
        let start = self.i;
        let mut v: u64 = 0;
        while let Some(&b) = self.s.get(self.i) {
            if !b.is_ascii_digit() {
                break;
            }
            v = v.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
            self.i += 1;
        }
        (self.i > start && self.i - start <= 20).then_some(v)
    }

    fn boolean(&mut self) -> Option<bool> {
        if self.tag(b"true").is_some() {
            Some(true)
        } else {
            self.tag(b"false").map(|()| false)
        }
    }

    /// `Some("YYYY-MM-DD")` or `None`; the outer Option is "did it parse".
    fn date(&mut self) -> Option<Option<NaiveDate>> {
        if self.tag(b"None").is_some() {
            return Some(None);
        }
        self.tag(b"Some(\"")?;
        let y = self.num()?;
        self.tag(b"-")?;
        let m = self.num()?;
        self.tag(b"-")?;
        let d = self.num()?;
        self.tag(b"\")")?;
        let date = NaiveDate::from_ymd_opt(
            i32::try_from(y).ok()?,
            u32::try_from(m).ok()?,
            u32::try_from(d).ok()?,
        )?;
        Some(Some(date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn sample_frontier() -> Frontier {
        let mut f = Frontier::default();
        f.devices.insert(
            "home".into(),
            DeviceMark {
                max_seq: 9,
                count: 8,
            },
        );
        f.files.insert(
            "reviews-work.log".into(),
            FileMark {
                len: 1234,
                last_seq: 4,
            },
        );
        f.high = Some(OrderKey {
            at: "2026-03-01T09:00:00Z".parse().unwrap(),
            dev: "work".into(),
            seq: 4,
        });
        f
    }

    fn sample() -> Progress {
        let mut p = Progress::default();
        p.set(
            "starter",
            "a-1",
            CardProgress {
                sm2: Some(Sm2State {
                    repetitions: 2,
                    interval_days: 6,
                    ef100: 236,
                    due: day(9),
                    needs_redrill: true,
                }),
                suspended: false,
                first_day: Some(day(1)),
                last_day: Some(day(3)),
                reviews: 3,
                last_grade: Grade::new(2).ok(),
            },
        );
        p.set(
            "starter",
            "new.one",
            CardProgress {
                suspended: true,
                ..CardProgress::default()
            },
        );
        p.set("odd deck", "weird \"id\"", CardProgress::default());
        p.set_day(
            day(3),
            DayCounts {
                new: 1,
                reviews: 2,
                redrills: 3,
            },
        );
        p
    }

    #[test]
    fn round_trips_through_text() {
        let p = sample();
        let covers = Covers {
            log_seq: 42,
            log_len: 4096,
            state_seq: 57,
        };
        let frontier = sample_frontier();
        let text = write(&p, covers, &frontier);
        let (back, c, f) = read(&text).unwrap();
        assert_eq!(f, frontier);
        assert_eq!(c, covers);
        assert_eq!(back.get("starter", "a-1"), p.get("starter", "a-1"));
        assert_eq!(back.get("starter", "new.one"), p.get("starter", "new.one"));
        assert_eq!(
            back.get("odd deck", "weird \"id\""),
            p.get("odd deck", "weird \"id\"")
        );
        assert_eq!(back.day(day(3)), p.day(day(3)));
        assert_eq!(back.last_seq(), 57);
    }

    #[test]
    fn fast_path_agrees_with_ron() {
        let text = write(&sample(), Covers::at(1, 1), &Frontier::default());
        for line in text.lines().filter(|l| l.starts_with("C(\"a-1")) {
            let (_, fast) = fast_card(line).unwrap();
            let Ok(Line::C(_, n, i, ef, due, r, s, f, l, rv, g)) = ron::from_str::<Line>(line)
            else {
                panic!("ron cannot read {line}");
            };
            let sm2 = fast.sm2.unwrap();
            assert_eq!(
                (sm2.repetitions, sm2.interval_days, sm2.ef100, Some(sm2.due)),
                (n, i, ef, due)
            );
            assert_eq!(
                (
                    sm2.needs_redrill,
                    fast.suspended,
                    fast.first_day,
                    fast.last_day,
                    fast.reviews
                ),
                (r, s, f, l, rv)
            );
            assert_eq!(fast.last_grade.map(u8::from), g);
        }
    }

    #[test]
    fn a_format_1_card_line_without_the_last_grade_still_reads() {
        let (_, p) = fast_card("C(\"x\",1,1,250,Some(\"2026-03-02\"),false,false,Some(\"2026-03-01\"),Some(\"2026-03-01\"),1)").unwrap();
        assert_eq!((p.reviews, p.last_grade), (1, None));
    }

    #[test]
    fn a_format_1_snapshot_still_reads() {
        let (p, c, _) = read("Snapshot(format:1,log_seq:3,log_len:99)\nEnd(cards:0)\n").unwrap();
        assert_eq!(c, Covers::at(3, 99));
        assert_eq!(p.last_seq(), 3);
    }

    #[test]
    fn cut_off_or_newer_snapshots_are_refused() {
        let text = write(&sample(), Covers::at(1, 1), &Frontier::default());
        let cut = &text[..text.len() - 14];
        assert!(read(cut).is_err());
        assert_eq!(
            read("Snapshot(format:7,log_seq:0,log_len:0)\nEnd(cards:0)\n").err(),
            Some(SnapshotError::Newer(7))
        );
    }
}
