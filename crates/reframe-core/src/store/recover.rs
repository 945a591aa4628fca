//! Opening progress: snapshot plus the log after it, with every kind of damage handled the same
//! way — keep what can be read, keep the original aside, say so in plain words. Everything is
//! read and checked before anything is written, so a refusal (a file from a newer Reframe)
//! changes nothing. Progress never moves backwards silently: when the log holds less than the
//! snapshot says it did, the snapshot's state is kept and the log as found is kept aside.

use super::log::{self, LogWriter, ParsedLog};
use super::merge::Frontier;
use super::snapshot::{self, Covers, SNAPSHOT_VERSION, SnapshotError};
use super::{DataDir, Notice, OpenError, StoreError, io_err, write_atomic};
use crate::scheduler::{LOG_VERSION, LogRecord, Progress};
use std::fs;

/// This device's files as loaded: the snapshot's state and the records of this device's log
/// it does not yet hold, with the log open for appending. Other devices' logs are merged in by
/// `store::load` ([`super::load`]).
#[derive(Debug)]
pub struct Loaded {
    /// The snapshot's state (empty when rebuilding).
    pub progress: Progress,
    /// What the snapshot counted from every device (empty when rebuilding).
    pub frontier: Frontier,
    /// Records of this device's log not in `progress`, in log order.
    pub own_new: Vec<LogRecord>,
    pub mode: Mode,
    /// None when opened read-only.
    pub log: Option<LogWriter>,
    pub notices: Vec<Notice>,
    /// The snapshot does not cover the whole log: write a fresh one.
    pub snapshot_stale: bool,
}

/// How this device's snapshot and log were used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The snapshot, plus the log after it.
    Tail,
    /// The log holds less than the snapshot: the snapshot's state is kept.
    KeepSnapshot,
    /// No usable snapshot: everything from the logs.
    Rebuild,
}

/// How far back from the snapshot's end of log we look to check it still matches.
const CHECK_WINDOW: u64 = 64 * 1024;

/// What the snapshot file held, read without changing anything.
enum SnapshotRead {
    Missing,
    Usable(Progress, Covers, Frontier),
    /// Cannot be used; the reason in words.
    Unusable(String),
}

/// How the snapshot and the log relate.
enum Plan {
    /// The log still holds what the snapshot was written after: replay the rest.
    Tail(Progress, Covers, Frontier),
    /// The log holds less than the snapshot (cut short, emptied, deleted, replaced): the
    /// snapshot is the better record.
    KeepSnapshot(Progress, Covers, Frontier),
    /// No usable snapshot: rebuild from the whole log (the reason the snapshot was not used).
    Rebuild(Option<String>),
}

/// Loads progress. With `write` false nothing on disk changes: damage is skipped in memory and
/// reported, files stay where they are (for read-only commands while the app runs).
pub fn load(dir: &DataDir, stamp: &str, write: bool) -> Result<Loaded, OpenError> {
    let log_path = dir.log();
    // 1. Read and check everything first.
    let plan = match read_snapshot(dir)? {
        SnapshotRead::Missing => Plan::Rebuild(None),
        SnapshotRead::Unusable(problem) => Plan::Rebuild(Some(problem)),
        SnapshotRead::Usable(p, covers, frontier) => {
            if matches_log(dir, covers)? {
                Plan::Tail(p, covers, frontier)
            } else {
                Plan::KeepSnapshot(p, covers, frontier)
            }
        }
    };
    let base = match &plan {
        Plan::Tail(_, covers, _) => covers.log_len,
        _ => 0,
    };
    let log_exists = log_path.exists();
    let bytes = log::read_from(&log_path, base)?;
    let parsed = log::parse(&bytes);
    if let Some(found) = parsed.newer {
        return Err(OpenError::MadeByNewer {
            path: log_path,
            found,
            supported: LOG_VERSION,
        });
    }

    // A log that does not line up with the snapshot but still holds every record the
    // snapshot counts loses nothing by a rebuild; only a log that lacks records does.
    let plan = match plan {
        Plan::KeepSnapshot(_, covers, _) if missing_from(&parsed, covers) == 0 => {
            Plan::Rebuild(Some("it does not match the review log".to_string()))
        }
        other => other,
    };

    // 2. Decide, then (when writing) act.
    let mut notices = Vec::new();
    match plan {
        Plan::KeepSnapshot(progress, covers, frontier) => keep_snapshot(
            dir, stamp, write, progress, covers, frontier, &bytes, parsed, log_exists,
        ),
        Plan::Tail(progress, covers, frontier) => {
            let log = repair_log(dir, stamp, write, base, &parsed, &mut notices)?;
            let log = log.map(|mut w| {
                w.set_last_seq(last_line_seq(&parsed).unwrap_or(covers.log_seq));
                w
            });
            Ok(Loaded {
                progress,
                frontier,
                snapshot_stale: write
                    && (!parsed.records.is_empty() || !parsed.bad_lines.is_empty()),
                own_new: parsed.records,
                mode: Mode::Tail,
                log,
                notices,
            })
        }
        Plan::Rebuild(problem) => {
            if let Some(problem) = problem {
                notices.push(dir.set_aside(
                    &dir.snapshot(),
                    stamp,
                    write,
                    format!(
                        "The saved summary of your progress ({}) could not be used: {problem}. \
                         It was rebuilt from your review log, so no answers are lost.",
                        file_name(&dir.snapshot())
                    ),
                )?);
            }
            let log = repair_log(dir, stamp, write, 0, &parsed, &mut notices)?;
            let log = log.map(|mut w| {
                w.set_last_seq(last_line_seq(&parsed).unwrap_or(0));
                w
            });
            Ok(Loaded {
                progress: Progress::default(),
                frontier: Frontier::default(),
                own_new: parsed.records,
                mode: Mode::Rebuild,
                snapshot_stale: write,
                log,
                notices,
            })
        }
    }
}

fn read_snapshot(dir: &DataDir) -> Result<SnapshotRead, OpenError> {
    let path = dir.snapshot();
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(SnapshotRead::Missing),
        Err(e) => return Err(io_err(&path)(e).into()),
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Ok(SnapshotRead::Unusable("it is not text".to_string()));
    };
    match snapshot::read(text) {
        Ok((p, covers, frontier)) => Ok(SnapshotRead::Usable(p, covers, frontier)),
        Err(SnapshotError::Newer(found)) => Err(OpenError::MadeByNewer {
            path,
            found,
            supported: SNAPSHOT_VERSION,
        }),
        Err(e) => Ok(SnapshotRead::Unusable(e.to_string())),
    }
}

/// The sequence number on the last readable line, if any.
fn last_line_seq(parsed: &ParsedLog) -> Option<u64> {
    parsed.records.last().map(LogRecord::seq)
}

/// Drops damage from the log after `base`: a damaged middle line is left out (the original kept
/// aside, the log rewritten atomically), a torn last line cut off (its bytes kept aside). Returns
/// the writer, or None when not writing.
fn repair_log(
    dir: &DataDir,
    stamp: &str,
    write: bool,
    base: u64,
    parsed: &ParsedLog,
    notices: &mut Vec<Notice>,
) -> Result<Option<LogWriter>, OpenError> {
    let log_path = dir.log();
    if !write {
        // A torn tail is expected here: the app may be appending right now.
        if !parsed.bad_lines.is_empty() {
            notices.push(Notice::new(
                "Part of your review log could not be read; it will be repaired the next time Reframe opens this folder for studying.".to_string(),
                None,
            ));
        }
        return Ok(None);
    }
    let mut rewritten = false;
    if !parsed.bad_lines.is_empty() {
        // Damage in the middle: keep the original, rewrite the log without the bad lines.
        let mut whole = log::read_from(&log_path, 0)?;
        let kept = dir.keep_bytes_aside(&log_path, stamp, &whole)?;
        whole.truncate(base as usize);
        for r in &parsed.records {
            whole.extend_from_slice(r.to_line().map_err(StoreError::from)?.as_bytes());
        }
        write_atomic(&log_path, &whole)?;
        rewritten = true;
        let offset = line_offset(dir, base)?;
        let lines: Vec<String> = parsed
            .bad_lines
            .iter()
            .take(5)
            .map(|l| (l + offset).to_string())
            .collect();
        notices.push(Notice::new(
            format!(
                "{} line(s) of your review log could not be read (line {}{}) and were left out; every \
                 other answer is kept. The original log is kept at {}.",
                parsed.bad_lines.len(),
                lines.join(", "),
                if parsed.bad_lines.len() > 5 { ", …" } else { "" },
                kept.display()
            ),
            Some(kept),
        ));
    }
    let mut writer = LogWriter::open(&log_path)?;
    if let Some(torn) = &parsed.torn
        && !rewritten
    {
        let kept = dir.keep_bytes_aside(&log_path.with_extension("log.torn"), stamp, torn)?;
        writer.truncate(base + parsed.good_len)?;
        notices.push(Notice::new(
            format!(
                "The last answer in your review log was cut off while it was being saved (a crash or \
                 power cut). Everything before it is kept; the partial line is kept at {}.",
                kept.display()
            ),
            Some(kept),
        ));
    }
    Ok(Some(writer))
}

/// The log holds less than the snapshot: keep the snapshot's state (progress never goes back),
/// keep the log as found aside, and go on appending after it. `bytes` is the whole log.
#[allow(clippy::too_many_arguments)]
fn keep_snapshot(
    dir: &DataDir,
    stamp: &str,
    write: bool,
    mut progress: Progress,
    covers: Covers,
    frontier: Frontier,
    bytes: &[u8],
    parsed: ParsedLog,
    log_exists: bool,
) -> Result<Loaded, OpenError> {
    let missing = missing_from(&parsed, covers);
    let log_max = parsed.records.iter().map(LogRecord::seq).max().unwrap_or(0);
    // New records are numbered after everything either file has seen.
    progress.set_last_seq(covers.state_seq.max(log_max));
    let how = if !log_exists {
        "is missing"
    } else if bytes.is_empty() {
        "is empty"
    } else {
        "was cut short or replaced"
    };
    let entries = match missing {
        1 => "1 entry (an answer, undo or suspension)".to_string(),
        n => format!("{n} entries (answers, undos or suspensions)"),
    };
    let found = format!(
        "Your review log ({}) {how}: it lacks {entries} that the saved summary of your \
         progress ({}) counts.",
        file_name(&dir.log()),
        file_name(&dir.snapshot())
    );
    if !write {
        return Ok(Loaded {
            progress,
            frontier,
            own_new: Vec::new(),
            mode: Mode::KeepSnapshot,
            log: None,
            notices: vec![Notice::new(
                format!(
                    "{found} Your progress is counted from the summary; Reframe will keep the log as \
                     found and go on after it the next time it opens this folder for studying."
                ),
                None,
            )],
            snapshot_stale: false,
        });
    }
    let log_path = dir.log();
    let kept = if bytes.is_empty() {
        None
    } else {
        Some(dir.keep_bytes_aside(&log_path, stamp, bytes)?)
    };
    // Only whole, readable lines stay in the live log, so the next snapshot can point at its
    // last line; everything as found is in the copy kept aside.
    if !parsed.bad_lines.is_empty() || parsed.torn.is_some() {
        let mut clean = Vec::with_capacity(bytes.len());
        for r in &parsed.records {
            clean.extend_from_slice(r.to_line().map_err(StoreError::from)?.as_bytes());
        }
        write_atomic(&log_path, &clean)?;
    }
    let mut writer = LogWriter::open(&log_path)?;
    writer.set_last_seq(last_line_seq(&parsed).unwrap_or(0));
    let kept_text = match &kept {
        Some(k) => format!("The log as found is kept at {}, and", k.display()),
        None => "A new log was started, and".to_string(),
    };
    Ok(Loaded {
        progress,
        frontier,
        own_new: Vec::new(),
        mode: Mode::KeepSnapshot,
        log: Some(writer),
        notices: vec![Notice::new(
            format!(
                "{found} Your progress was kept from the summary, so nothing moves backwards. \
                 {kept_text} new answers are added after it."
            ),
            kept,
        )],
        snapshot_stale: true,
    })
}

/// How many records the snapshot counts that the log does not hold.
fn missing_from(parsed: &ParsedLog, covers: Covers) -> u64 {
    let present = parsed
        .records
        .iter()
        .filter(|r| r.seq() <= covers.state_seq)
        .count() as u64;
    covers.state_seq.saturating_sub(present)
}

/// Line number of byte `base` in the log (1-based lines before it), for messages.
fn line_offset(dir: &DataDir, base: u64) -> Result<usize, StoreError> {
    if base == 0 {
        return Ok(0);
    }
    let path = dir.log();
    let bytes = fs::read(&path).map_err(io_err(&path))?;
    Ok(bytes[..(base as usize).min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count())
}

/// Does the log still hold, at the snapshot's end, the record the snapshot says it ends with?
fn matches_log(dir: &DataDir, covers: Covers) -> Result<bool, StoreError> {
    // Measured now, not before the snapshot was read: the app may have grown both meanwhile.
    let path = dir.log();
    let log_len = match fs::metadata(&path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
        Err(e) => return Err(io_err(&path)(e)),
    };
    if covers.log_len > log_len {
        return Ok(false);
    }
    if covers.log_len == 0 {
        return Ok(covers.log_seq == 0);
    }
    let mut window = CHECK_WINDOW;
    loop {
        let from = covers.log_len.saturating_sub(window);
        let mut bytes = log::read_from(&dir.log(), from)?;
        let end = (covers.log_len - from) as usize;
        if end > bytes.len() || bytes[end - 1] != b'\n' {
            return Ok(false);
        }
        bytes.truncate(end - 1);
        let line_start = match bytes.iter().rposition(|&b| b == b'\n') {
            Some(i) => i + 1,
            None if from == 0 => 0,
            // One very long line (a long typed answer): look further back.
            None => {
                window = window.saturating_mul(4);
                continue;
            }
        };
        let last = std::str::from_utf8(&bytes[line_start..])
            .ok()
            .and_then(|l| LogRecord::from_line(l.trim()));
        return Ok(last.is_some_and(|r| r.seq() == covers.log_seq));
    }
}

/// Writes a snapshot covering everything the writer has appended and everything `progress`
/// holds (which can be more than the log, after a log was found cut short).
pub fn save_snapshot(
    dir: &DataDir,
    progress: &Progress,
    frontier: &Frontier,
    log: &LogWriter,
) -> Result<(), StoreError> {
    let text = snapshot::write(
        progress,
        Covers {
            log_seq: log.last_seq(),
            log_len: log.len(),
            state_seq: progress.last_seq().max(log.last_seq()),
        },
        frontier,
    );
    write_atomic(&dir.snapshot(), text.as_bytes())
}

/// The name a notice gives a file: the one on disk (`snapshot-<device>.ron`), not a generic one.
fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
