//! Opening progress: snapshot plus the log after it, with every kind of damage handled the same
//! way — keep what can be read, move the original aside, say so in plain words.

use super::log::{self, LogWriter};
use super::snapshot::{self, Covers, SNAPSHOT_VERSION, SnapshotError};
use super::{DataDir, Notice, OpenError, StoreError, io_err, write_atomic};
use crate::scheduler::Progress;
use crate::scheduler::{LOG_VERSION, LogRecord};
use std::fs;

/// Progress as loaded, with the log open for appending.
#[derive(Debug)]
pub struct Loaded {
    pub progress: Progress,
    /// None when opened read-only.
    pub log: Option<LogWriter>,
    pub notices: Vec<Notice>,
    /// The snapshot does not cover the whole log: write a fresh one.
    pub snapshot_stale: bool,
}

/// How far back from the snapshot's end of log we look to check it still matches.
const CHECK_WINDOW: u64 = 64 * 1024;

/// Loads progress. With `write` false nothing on disk changes: damage is skipped in memory and
/// reported, files stay where they are (for read-only commands while the app runs).
pub fn load(dir: &DataDir, stamp: &str, write: bool) -> Result<Loaded, OpenError> {
    let mut notices = Vec::new();
    let log_path = dir.log();
    let snap_path = dir.snapshot();
    // 1. The snapshot, if it is readable and still matches the log.
    let mut start: Option<(Progress, Covers)> = None;
    match fs::read(&snap_path) {
        Ok(bytes) => {
            let problem = match std::str::from_utf8(&bytes) {
                Err(_) => Some("it is not text".to_string()),
                Ok(text) => match snapshot::read(text) {
                    Ok((p, covers)) => match matches_log(dir, covers) {
                        Ok(true) => {
                            start = Some((p, covers));
                            None
                        }
                        Ok(false) => Some("it does not match the review log".to_string()),
                        Err(e) => return Err(e.into()),
                    },
                    Err(SnapshotError::Newer(found)) => {
                        return Err(OpenError::MadeByNewer {
                            path: snap_path,
                            found,
                            supported: SNAPSHOT_VERSION,
                        });
                    }
                    Err(e) => Some(e.to_string()),
                },
            };
            if let Some(problem) = problem {
                notices.push(dir.set_aside(
                    &snap_path,
                    stamp,
                    write,
                    format!(
                        "The saved summary of your progress (snapshot.ron) could not be used: \
                         {problem}. It was rebuilt from your review log, so no answers are lost."
                    ),
                )?);
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_err(&snap_path)(e).into()),
    }
    let had_snapshot = start.is_some();
    let (mut progress, base) = match start {
        Some((p, c)) => (p, c.log_len),
        None => (Progress::default(), 0),
    };

    // 2. The log after the snapshot (all of it, when rebuilding).
    let tail = log::read_from(&log_path, base)?;
    let parsed = log::parse(&tail);
    if let Some(found) = parsed.newer {
        return Err(OpenError::MadeByNewer {
            path: log_path,
            found,
            supported: LOG_VERSION,
        });
    }
    let mut rewritten = false;
    if !write {
        // A torn tail is expected here: the app may be appending right now.
        if !parsed.bad_lines.is_empty() {
            notices.push(Notice::new(
                "Part of your review log could not be read; it will be repaired the next time Reframe opens this folder for studying.".to_string(),
                None,
            ));
        }
        for record in &parsed.records {
            progress.apply(record);
        }
        return Ok(Loaded {
            progress,
            log: None,
            notices,
            snapshot_stale: false,
        });
    }
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
    for record in &parsed.records {
        progress.apply(record);
    }
    Ok(Loaded {
        progress,
        log: Some(writer),
        notices,
        snapshot_stale: !had_snapshot || !parsed.records.is_empty() || rewritten,
    })
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

/// Writes a snapshot covering everything the writer has appended.
pub fn save_snapshot(
    dir: &DataDir,
    progress: &Progress,
    log: &LogWriter,
) -> Result<(), StoreError> {
    let text = snapshot::write(
        progress,
        Covers {
            log_seq: progress.last_seq(),
            log_len: log.len(),
        },
    );
    write_atomic(&dir.snapshot(), text.as_bytes())
}
