//! The review log: one RON record a line, appended and fsynced per answer, never rewritten in
//! the normal course. It is the source of truth; everything else can be rebuilt from it.

use super::{StoreError, io_err};
use crate::scheduler::{LOG_VERSION, LogRecord};
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

pub mod card_index;

/// What reading a stretch of the log found.
#[derive(Debug, Default)]
pub struct ParsedLog {
    pub records: Vec<LogRecord>,
    /// Byte length (from the start of the stretch) up to the end of the last complete line.
    pub good_len: u64,
    /// Bytes after the last newline: a write cut off by a crash.
    pub torn: Option<Vec<u8>>,
    /// 1-based line numbers (within the stretch) of complete lines that cannot be read.
    pub bad_lines: Vec<usize>,
    /// A line declared a newer format than this program reads.
    pub newer: Option<u32>,
}

/// Splits `bytes` into records. Every record ends with a newline written in the same call, so
/// bytes after the last newline are a write cut off by a crash (`torn`); a complete line that
/// cannot be read is damage (`bad_lines`).
pub fn parse(bytes: &[u8]) -> ParsedLog {
    let mut out = ParsedLog::default();
    let complete = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    if complete < bytes.len() {
        out.torn = Some(bytes[complete..].to_vec());
    }
    out.good_len = complete as u64;
    for (i, raw) in bytes[..complete].split(|&b| b == b'\n').enumerate() {
        if raw.is_empty() {
            continue;
        }
        let text = std::str::from_utf8(raw).ok().map(str::trim);
        match text.map(|t| (t, LogRecord::from_line(t))) {
            Some(("", _)) => {}
            Some((_, Some(record))) => {
                // A line from a newer Reframe may still parse; its version decides, not luck.
                if record.version() > LOG_VERSION {
                    out.newer = Some(
                        out.newer
                            .map_or(record.version(), |v| v.max(record.version())),
                    );
                }
                out.records.push(record);
            }
            Some((t, None)) => {
                if let Some(v) = super::declared_version(t, "v:")
                    && v > LOG_VERSION
                {
                    out.newer = Some(v);
                }
                out.bad_lines.push(i + 1);
            }
            None => out.bad_lines.push(i + 1),
        }
    }
    out
}

/// Calls `each` with every complete line of the log at `path` (newline included), read in
/// 64 KiB pieces: a missing file has none, and a last line without its newline (a write cut
/// off, or one still arriving from another computer) is left out.
pub fn complete_lines(path: &Path, mut each: impl FnMut(&[u8])) -> Result<(), StoreError> {
    use std::io::BufRead;
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_err(path)(e)),
    };
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    let mut raw = Vec::new();
    loop {
        raw.clear();
        if reader.read_until(b'\n', &mut raw).map_err(io_err(path))? == 0
            || raw.last() != Some(&b'\n')
        {
            return Ok(());
        }
        each(&raw);
    }
}

/// Reads `path` from byte `from` to its end.
pub fn read_from(path: &Path, from: u64) -> Result<Vec<u8>, StoreError> {
    let mut f = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_err(path)(e)),
    };
    f.seek(SeekFrom::Start(from)).map_err(io_err(path))?;
    let mut buf = Vec::new();
    f.read_to_end(&mut buf).map_err(io_err(path))?;
    Ok(buf)
}

/// The open log, appended to one line per answer.
#[derive(Debug)]
pub struct LogWriter {
    file: File,
    path: PathBuf,
    len: u64,
    /// Sequence number of the log's last line (0: none), for the snapshot to point at.
    last_seq: u64,
    /// Which file the writer holds, to notice the log being replaced or deleted from outside.
    identity: Option<FileIdentity>,
}

/// What makes a file the same file: device and inode where the platform has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileIdentity {
    dev: u64,
    ino: u64,
}

impl FileIdentity {
    #[cfg(unix)]
    fn of(meta: &std::fs::Metadata) -> Option<FileIdentity> {
        use std::os::unix::fs::MetadataExt;
        Some(FileIdentity {
            dev: meta.dev(),
            ino: meta.ino(),
        })
    }

    #[cfg(not(unix))]
    fn of(_meta: &std::fs::Metadata) -> Option<FileIdentity> {
        None
    }
}

/// How the log on disk differs from the one this writer has been appending to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogChange {
    /// No file at the log's path any more.
    Deleted,
    /// Another file now has the log's name.
    Replaced,
    /// The same file, but not the length this writer left it at (cut short or written to).
    Resized { expected: u64, found: u64 },
}

impl std::fmt::Display for LogChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LogChange::Deleted => f.write_str("it was deleted"),
            LogChange::Replaced => f.write_str("it was replaced by another file"),
            LogChange::Resized { expected, found } if found < expected => {
                write!(f, "it was cut short from {expected} to {found} bytes")
            }
            LogChange::Resized { expected, found } => {
                write!(f, "it grew from {expected} to {found} bytes by other means")
            }
        }
    }
}

impl LogWriter {
    pub fn open(path: &Path) -> Result<LogWriter, StoreError> {
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(io_err(path))?;
        let meta = file.metadata().map_err(io_err(path))?;
        Ok(LogWriter {
            file,
            path: path.to_path_buf(),
            len: meta.len(),
            last_seq: 0,
            identity: FileIdentity::of(&meta),
        })
    }

    /// Sequence number of the last line in the log, as far as this writer knows.
    pub fn last_seq(&self) -> u64 {
        self.last_seq
    }

    /// Told by whoever read the log when it opened it.
    pub fn set_last_seq(&mut self, seq: u64) {
        self.last_seq = seq;
    }

    /// Is the file at the log's path still the one this writer appends to, at the length it
    /// left it? Checked before every append, so a log replaced, emptied or deleted from outside
    /// while the app runs is noticed before an answer goes into it.
    pub fn changed_on_disk(&self) -> Result<Option<LogChange>, StoreError> {
        let meta = match std::fs::metadata(&self.path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Some(LogChange::Deleted));
            }
            Err(e) => return Err(io_err(&self.path)(e)),
        };
        if self.identity.is_some() && FileIdentity::of(&meta) != self.identity {
            return Ok(Some(LogChange::Replaced));
        }
        if meta.len() != self.len {
            return Ok(Some(LogChange::Resized {
                expected: self.len,
                found: meta.len(),
            }));
        }
        Ok(None)
    }

    /// Byte length of the log as far as this writer knows.
    pub fn len(&self) -> u64 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends one record and waits until it is on disk: one fsync per answer. Refuses with
    /// [`StoreError::LogChanged`] when the log on disk is no longer the one this writer holds.
    pub fn append(&mut self, record: &LogRecord) -> Result<(), StoreError> {
        if let Some(change) = self.changed_on_disk()? {
            return Err(StoreError::LogChanged(change));
        }
        let line = record.to_line()?;
        let result = self
            .file
            .write_all(line.as_bytes())
            .and_then(|()| self.file.sync_data());
        match result {
            Ok(()) => {
                self.len += line.len() as u64;
                self.last_seq = record.seq();
                Ok(())
            }
            Err(e) => {
                // Leave no half line behind for the next answer to land after.
                let _ = self.file.set_len(self.len);
                Err(io_err(&self.path)(e))
            }
        }
    }

    /// Cuts the log back to `len` bytes (dropping a torn tail) and makes that durable.
    pub fn truncate(&mut self, len: u64) -> Result<(), StoreError> {
        self.file.set_len(len).map_err(io_err(&self.path))?;
        self.file.sync_all().map_err(io_err(&self.path))?;
        self.len = len;
        Ok(())
    }
}

/// Every record of one card, in log order, reading the whole log: for a one-off look and as
/// the oracle tests check [`card_index::CardLines`] against (Browse keeps that index, which
/// reads only that card's lines).
pub fn records_of(path: &Path, deck: &str, card: &str) -> Result<Vec<LogRecord>, StoreError> {
    let bytes = read_from(path, 0)?;
    let text = String::from_utf8_lossy(&bytes);
    let card_pat = format!("card:\"{card}\"");
    let deck_pat = format!("deck:\"{deck}\"");
    Ok(text
        .lines()
        .filter(|l| l.contains(&card_pat) && l.contains(&deck_pat))
        .filter_map(LogRecord::from_line)
        .filter(|r| r.key() == (deck, card))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scheduler::StoredCoding;
    use crate::sm2::Grade;
    use chrono::{DateTime, NaiveDate, Utc};

    fn review(seq: u64, typed: Option<&str>) -> LogRecord {
        LogRecord::Review {
            v: 1,
            seq,
            dev: None,
            deck: "starter".into(),
            card: "c1".into(),
            at: DateTime::parse_from_rfc3339("2026-03-01T09:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
            day: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            grade: Grade::new(4).unwrap(),
            redrill: false,
            typed: typed.map(str::to_string),
            coding: Some(StoredCoding {
                coder_version: 1,
                code: "SR".into(),
                flags: vec!["x".into()],
                also: None,
            }),
            suggested: None,
        }
    }

    #[test]
    fn a_record_is_one_line_and_reads_back() {
        let r = review(7, Some("line one\nline \"two\"\\ end"));
        let line = r.to_line().unwrap();
        assert_eq!(line.matches('\n').count(), 1);
        assert_eq!(LogRecord::from_line(line.trim()), Some(r));
    }

    #[test]
    fn torn_tail_and_bad_middle_are_told_apart() {
        let good = review(1, None).to_line().unwrap();
        let mut bytes = good.clone().into_bytes();
        bytes.extend_from_slice(b"Review(v:1,garbage\n");
        bytes.extend_from_slice(review(2, None).to_line().unwrap().as_bytes());
        bytes.extend_from_slice(b"Review(v:1,seq:3,de");
        let p = parse(&bytes);
        assert_eq!(p.records.len(), 2);
        assert_eq!(p.bad_lines, vec![2]);
        assert_eq!(p.torn.as_deref(), Some(&b"Review(v:1,seq:3,de"[..]));
        assert_eq!(p.good_len as usize, bytes.len() - 19);
    }

    #[test]
    fn a_newer_line_is_noticed() {
        let p = parse(b"Review(v:9,seq:1,whatever:true)\n");
        assert_eq!(p.newer, Some(9));
    }

    #[test]
    fn a_newer_line_that_still_parses_is_noticed_too() {
        let line = review(1, None).to_line().unwrap().replace("v:1,", "v:99,");
        let p = parse(line.as_bytes());
        assert_eq!(p.records.len(), 1, "the line parses");
        assert_eq!(p.newer, Some(99));
    }

    #[test]
    fn a_log_replaced_or_cut_short_under_the_writer_is_noticed_before_appending() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reviews.log");
        let mut w = LogWriter::open(&path).unwrap();
        w.append(&review(1, None)).unwrap();
        w.append(&review(2, None)).unwrap();
        assert_eq!(w.changed_on_disk().unwrap(), None);
        // Cut short in place.
        std::fs::OpenOptions::new()
            .write(true)
            .open(&path)
            .unwrap()
            .set_len(10)
            .unwrap();
        let err = w.append(&review(3, None)).unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::LogChanged(LogChange::Resized { found: 10, .. })
            ),
            "{err}"
        );
        assert_eq!(
            std::fs::metadata(&path).unwrap().len(),
            10,
            "nothing was appended"
        );
        // Replaced by another file.
        let mut w = LogWriter::open(&path).unwrap();
        std::fs::write(dir.path().join("other"), b"").unwrap();
        std::fs::rename(dir.path().join("other"), &path).unwrap();
        assert_eq!(w.changed_on_disk().unwrap(), Some(LogChange::Replaced));
        assert!(w.append(&review(4, None)).is_err());
        std::fs::remove_file(&path).unwrap();
        assert_eq!(w.changed_on_disk().unwrap(), Some(LogChange::Deleted));
    }
}
