//! Every device's review log folded into one state, the same on every computer. Records are
//! ordered by (instant, device, sequence); an undo takes back the record it names by device and
//! sequence; a record seen twice (a log and a sync tool's conflicted copy of it) counts once.
//! Any order in which the files arrive gives the same state, because the state is always the
//! fold of the records in that one order: new records that sort after everything folded so far
//! are folded on; anything else (a record from the past, an undo) refolds from the start.
//!
//! Other devices' files are only ever read: one that ends in a torn line (a sync in progress)
//! is read up to its last complete line and read again later; one that holds less than was
//! already counted from it is left until it catches up, and nothing counted is dropped.

use super::device::{DeviceId, log_files};
use super::log::{self};
use super::{Notice, StoreError, io_err};
use crate::scheduler::{LOG_VERSION, LogRecord, Progress};
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::Path;

/// Where a record sorts among every device's records.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OrderKey {
    pub at: DateTime<Utc>,
    pub dev: String,
    pub seq: u64,
}

/// How much of another device's log file has been read: its length then, and the sequence
/// number of its last line (to tell the same file grown from a different file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FileMark {
    pub len: u64,
    pub last_seq: u64,
}

/// What has been counted from one device: its highest sequence number and how many records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DeviceMark {
    pub max_seq: u64,
    pub count: u64,
}

/// What the state holds: per device, per other device's file, and the last record folded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Frontier {
    /// Other devices' log files (and conflict copies) by file name.
    pub files: BTreeMap<String, FileMark>,
    /// Every device whose records are counted, this one included.
    pub devices: BTreeMap<String, DeviceMark>,
    /// The last record folded: new records after it are folded on, others refold.
    pub high: Option<OrderKey>,
}

impl Frontier {
    /// Whether a record of `dev` numbered `seq` is already in the state.
    pub fn counted(&self, dev: &str, seq: u64) -> bool {
        self.devices.get(dev).is_some_and(|m| seq <= m.max_seq)
    }

    /// Notes a record as folded in.
    pub fn note(&mut self, dev: &str, seq: u64, key: &OrderKey) {
        let mark = self.devices.entry(dev.to_string()).or_default();
        mark.max_seq = mark.max_seq.max(seq);
        mark.count += 1;
        if self.high.as_ref().is_none_or(|h| key > h) {
            self.high = Some(key.clone());
        }
    }

    /// Records counted from `dev`.
    pub fn count_of(&self, dev: &str) -> u64 {
        self.devices.get(dev).map_or(0, |m| m.count)
    }
}

/// A record and the device it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Tagged {
    pub dev: String,
    pub record: LogRecord,
}

impl Tagged {
    /// `record` as found in `file_device`'s log: a version-3 record names its own device.
    pub fn new(record: LogRecord, file_device: &str) -> Tagged {
        let dev = record.dev().unwrap_or(file_device).to_string();
        Tagged { dev, record }
    }

    pub fn key(&self) -> OrderKey {
        OrderKey {
            at: self.record.at(),
            dev: self.dev.clone(),
            seq: self.record.seq(),
        }
    }

    /// The record an undo takes back, as (device, sequence).
    fn undoes(&self) -> Option<(String, u64)> {
        match &self.record {
            LogRecord::Undo { of, of_dev, .. } => {
                Some((of_dev.clone().unwrap_or_else(|| self.dev.clone()), *of))
            }
            _ => None,
        }
    }
}

/// New records from other devices' files.
#[derive(Debug, Default)]
pub struct ForeignScan {
    /// Not yet counted, each once, in no particular order.
    pub records: Vec<Tagged>,
    /// The files' marks after this read.
    pub files: BTreeMap<String, FileMark>,
    pub notices: Vec<Notice>,
}

/// Reads what is new in every other device's log (and every conflict copy, this device's
/// included) since `frontier`; with `from_start`, everything. Never writes.
pub fn scan_foreign(
    root: &Path,
    own: &DeviceId,
    frontier: &Frontier,
    from_start: bool,
) -> Result<ForeignScan, StoreError> {
    let mut scan = ForeignScan::default();
    // (device, sequence) pairs already taken, devices as small numbers: no allocation per record.
    let mut devices: Vec<String> = Vec::new();
    let mut seen: HashSet<(usize, u64)> = HashSet::new();
    for (path, file) in log_files(root) {
        if file.device == *own && !file.conflict_copy {
            continue;
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let len = match fs::metadata(&path) {
            Ok(m) => m.len(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(io_err(&path)(e)),
        };
        let mark = if from_start {
            None
        } else {
            frontier.files.get(&name).copied()
        };
        // A file shorter than what was read from it is being synced (or was replaced by an
        // older copy): what was counted stays counted, and it is read again later.
        if let Some(m) = mark
            && len < m.len
        {
            scan.files.insert(name, m);
            continue;
        }
        let start = match mark {
            Some(m) if m.len > 0 && ends_with_seq(&path, m.len, m.last_seq)? => m.len,
            _ => 0,
        };
        let bytes = log::read_from(&path, start)?;
        let parsed = log::parse(&bytes);
        if let Some(found) = parsed.newer {
            scan.notices.push(Notice::new(
                format!(
                    "{} was written by a newer Reframe (log format {found}; this one reads up to \
                     {LOG_VERSION}), so its answers are not counted here until Reframe is updated \
                     on this computer. The file was left as it is.",
                    path.display()
                ),
                None,
            ));
            scan.files.insert(name, mark.unwrap_or_default());
            continue;
        }
        if !parsed.bad_lines.is_empty() {
            scan.notices.push(Notice::new(
                format!(
                    "{} line(s) of {} could not be read and were passed over; the file was left \
                     as it is (it belongs to another computer).",
                    parsed.bad_lines.len(),
                    path.display()
                ),
                None,
            ));
        }
        let last_seq = parsed
            .records
            .last()
            .map(LogRecord::seq)
            .or(mark.filter(|_| start > 0).map(|m| m.last_seq))
            .unwrap_or(0);
        scan.files.insert(
            name,
            FileMark {
                len: start + parsed.good_len,
                last_seq,
            },
        );
        scan.records.reserve(parsed.records.len());
        for record in parsed.records {
            let dev = record.dev().unwrap_or(file.device.as_str());
            let index = match devices.iter().position(|d| d == dev) {
                Some(i) => i,
                None => {
                    devices.push(dev.to_string());
                    devices.len() - 1
                }
            };
            if !frontier.counted(dev, record.seq()) && seen.insert((index, record.seq())) {
                scan.records.push(Tagged::new(record, file.device.as_str()));
            }
        }
    }
    Ok(scan)
}

/// Whether the line that ends at byte `len` of `path` is the record numbered `seq`.
fn ends_with_seq(path: &Path, len: u64, seq: u64) -> Result<bool, StoreError> {
    const WINDOW: u64 = 64 * 1024;
    let from = len.saturating_sub(WINDOW);
    let mut bytes = log::read_from(path, from)?;
    let end = (len - from) as usize;
    if end == 0 || end > bytes.len() || bytes[end - 1] != b'\n' {
        return Ok(false);
    }
    bytes.truncate(end - 1);
    let start = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    if start == 0 && from > 0 {
        // One line longer than the window: read the file from the start instead.
        return Ok(false);
    }
    Ok(std::str::from_utf8(&bytes[start..])
        .ok()
        .and_then(|l| LogRecord::from_line(l.trim()))
        .is_some_and(|r| r.seq() == seq))
}

/// Folds `records` onto `progress` when they all sort after everything folded so far and
/// none is an undo; otherwise leaves both untouched and returns false (refold from the start).
pub fn fold_on(progress: &mut Progress, frontier: &mut Frontier, mut records: Vec<Tagged>) -> bool {
    records.sort_by_key(Tagged::key);
    let after_high = match (&frontier.high, records.first()) {
        (Some(high), Some(first)) => first.key() > *high,
        _ => true,
    };
    if !after_high || records.iter().any(|t| t.undoes().is_some()) {
        return false;
    }
    for t in &records {
        progress.fold(&t.record);
        frontier.note(&t.dev, t.record.seq(), &t.key());
    }
    true
}

/// Folds the records in order whatever they are: the last resort when a refold would lose
/// answers already counted (see [`refold_would_lose`]). An undo puts its card back as it was
/// before the answer it takes back.
pub fn fold_anyway(progress: &mut Progress, frontier: &mut Frontier, mut records: Vec<Tagged>) {
    records.sort_by_key(Tagged::key);
    for t in &records {
        progress.fold(&t.record);
        frontier.note(&t.dev, t.record.seq(), &t.key());
    }
}

/// The state from nothing: every record of every device, each once, in order, without the
/// records undone and the undos themselves.
pub fn refold(mut records: Vec<Tagged>, files: BTreeMap<String, FileMark>) -> (Progress, Frontier) {
    // Devices as small numbers, so the per-record work allocates nothing.
    let mut devices: Vec<String> = Vec::new();
    let mut index_of = |dev: &str| match devices.iter().position(|d| d == dev) {
        Some(i) => i,
        None => {
            devices.push(dev.to_string());
            devices.len() - 1
        }
    };
    let ids: Vec<usize> = records.iter().map(|t| index_of(&t.dev)).collect();
    let mut order: Vec<usize> = (0..records.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&records[a], &records[b]);
        (x.record.at(), &x.dev, x.record.seq()).cmp(&(y.record.at(), &y.dev, y.record.seq()))
    });
    let mut seen: HashSet<(usize, u64)> = HashSet::with_capacity(records.len());
    let undone: HashSet<(usize, u64)> = records
        .iter()
        .filter_map(Tagged::undoes)
        .filter_map(|(dev, seq)| Some((devices.iter().position(|d| *d == dev)?, seq)))
        .collect();
    let mut progress = Progress::default();
    let mut marks: Vec<DeviceMark> = vec![DeviceMark::default(); devices.len()];
    let mut last = None;
    for &i in &order {
        let t = &records[i];
        let id = (ids[i], t.record.seq());
        if !seen.insert(id) {
            continue;
        }
        if t.undoes().is_none() && !undone.contains(&id) {
            progress.fold(&t.record);
        }
        let mark = &mut marks[ids[i]];
        mark.max_seq = mark.max_seq.max(t.record.seq());
        mark.count += 1;
        last = Some(i);
    }
    let high = last.map(|i| records[i].key());
    records.clear();
    let frontier = Frontier {
        files,
        devices: devices
            .into_iter()
            .zip(marks)
            .filter(|(_, m)| m.count > 0)
            .collect(),
        high,
    };
    (progress, frontier)
}

/// Would a refold over `records` drop anything already counted? True when some device has
/// fewer records in them than the state counts (its log was cut short, replaced by an older
/// copy, or is still arriving): then the counted state is kept instead.
pub fn refold_would_lose(records: &[Tagged], frontier: &Frontier) -> Option<String> {
    let mut found: BTreeMap<&str, HashSet<u64>> = BTreeMap::new();
    for t in records {
        found.entry(&t.dev).or_default().insert(t.record.seq());
    }
    frontier.devices.iter().find_map(|(dev, mark)| {
        let have = found.get(dev.as_str()).map_or(0, |s| s.len() as u64);
        (have < mark.count).then(|| dev.clone())
    })
}

/// Every review log to read for history, with the device each belongs to: this device's own
/// first, then every other device's and every conflict copy, by name.
pub fn every_log(dir: &super::DataDir) -> Vec<(std::path::PathBuf, String)> {
    let own = dir.log();
    let mut out = vec![(own.clone(), dir.device().to_string())];
    out.extend(
        log_files(dir.root())
            .into_iter()
            .filter(|(p, _)| *p != own)
            .map(|(p, f)| (p, f.device.to_string())),
    );
    out
}

/// Tags `records` of this device's own log.
pub fn own(records: Vec<LogRecord>, device: &DeviceId) -> Vec<Tagged> {
    records
        .into_iter()
        .map(|r| Tagged::new(r, device.as_str()))
        .collect()
}
