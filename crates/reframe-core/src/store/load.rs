//! Opening progress on one computer of possibly several: this device's snapshot and log (read,
//! checked and repaired by [`recover`]), every other device's log merged in ([`merge`]), and
//! a folder from before devices upgraded to this device's files first.

use super::device::log_name;
use super::merge::{self, Frontier, Tagged};
use super::recover::{self, Mode};
use super::{DataDir, Notice, OpenError, StoreError, io_err, log};
use crate::scheduler::Progress;
use std::fs;

/// Progress from every device's log, with this device's log open for appending.
#[derive(Debug)]
pub struct Merged {
    pub progress: Progress,
    pub frontier: Frontier,
    /// None when opened read-only.
    pub log: Option<log::LogWriter>,
    pub notices: Vec<Notice>,
    /// What the saved snapshot holds is not what was loaded: write a fresh one.
    pub snapshot_stale: bool,
    /// Records from other devices folded in, per device, while loading.
    pub from_others: Vec<(String, usize)>,
}

/// Loads progress as `dir`'s device. With `write` false nothing on disk changes.
pub fn load(dir: &DataDir, stamp: &str, write: bool) -> Result<Merged, OpenError> {
    let loaded = recover::load(dir, stamp, write)?;
    let own = dir.device().clone();
    let mut notices = loaded.notices;
    let mut progress = loaded.progress;
    let mut frontier = loaded.frontier;
    let own_new = merge::own(loaded.own_new, &own);
    let root = dir.root();
    if loaded.mode != Mode::Rebuild && !frontier.devices.contains_key(own.as_str()) {
        // A snapshot from before devices: everything it holds is this device's.
        let seq = progress.last_seq();
        if seq > 0 {
            frontier.devices.insert(
                own.to_string(),
                merge::DeviceMark {
                    max_seq: seq,
                    count: seq,
                },
            );
        }
    }
    let before = frontier.clone();
    let mut stale = loaded.snapshot_stale;
    let from_others;
    if loaded.mode == Mode::Rebuild {
        let scan = merge::scan_foreign(root, &own, &Frontier::default(), true)?;
        notices.extend(scan.notices);
        from_others = per_device(&scan.records);
        let mut all = own_new;
        all.extend(scan.records);
        (progress, frontier) = merge::refold(all, scan.files);
    } else {
        let scan = merge::scan_foreign(root, &own, &frontier, false)?;
        notices.extend(scan.notices);
        from_others = per_device(&scan.records);
        let fresh: Vec<Tagged> = own_new
            .into_iter()
            .filter(|t| !frontier.counted(&t.dev, t.record.seq()))
            .chain(scan.records)
            .collect();
        frontier.files = scan.files;
        stale |= frontier != before;
        if !fresh.is_empty() && !merge::fold_on(&mut progress, &mut frontier, fresh.clone()) {
            stale = true;
            match loaded.mode {
                // This device's log lacks answers its snapshot counts: a refold would drop
                // them, so the new records are folded on in order instead.
                Mode::KeepSnapshot => merge::fold_anyway(&mut progress, &mut frontier, fresh),
                _ => {
                    refold_or_keep(dir, &mut progress, &mut frontier, fresh, &mut notices)?;
                }
            }
        }
    }
    let own_max = frontier.devices.get(own.as_str()).map_or(0, |m| m.max_seq);
    progress.set_last_seq(progress.last_seq().max(own_max));
    Ok(Merged {
        progress,
        frontier,
        log: loaded.log,
        notices,
        snapshot_stale: write && stale,
        from_others,
    })
}

/// The state from every device's whole log, unless that would drop answers already counted
/// (a log still arriving, or replaced by an older copy): then `fresh` is folded on in order and
/// the learner told.
pub fn refold_or_keep(
    dir: &DataDir,
    progress: &mut Progress,
    frontier: &mut Frontier,
    fresh: Vec<Tagged>,
    notices: &mut Vec<Notice>,
) -> Result<(), StoreError> {
    let own = dir.device();
    let own_records = log::parse(&log::read_from(&dir.log(), 0)?).records;
    let scan = merge::scan_foreign(dir.root(), own, &Frontier::default(), true)?;
    let mut all = merge::own(own_records, own);
    all.extend(scan.records);
    match merge::refold_would_lose(&all, frontier) {
        None => {
            let last = progress.last_seq();
            (*progress, *frontier) = merge::refold(all, scan.files);
            progress.set_last_seq(last);
        }
        Some(dev) => {
            merge::fold_anyway(progress, frontier, fresh);
            notices.push(Notice::new(
                format!(
                    "The review log of the computer \"{dev}\" holds fewer answers than this one has \
                     already counted (it may still be syncing). Nothing counted was taken away; \
                     the new answers were added after the rest."
                ),
                None,
            ));
        }
    }
    Ok(())
}

/// Records per device, for "3 answers from Home laptop were added".
pub fn per_device(records: &[Tagged]) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for t in records {
        if matches!(t.record, crate::scheduler::LogRecord::Review { .. }) {
            *counts.entry(&t.dev).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|(d, n)| (d.to_string(), n))
        .collect()
}

/// A folder from before devices (`reviews.log`, `snapshot.ron`, `settings.ron`) becomes this
/// device's: a backup of everything first, then each file renamed to this device's name. Done
/// only when this device has none of its own files yet; returns what was done, in words.
pub fn upgrade(dir: &DataDir, day: &str) -> Result<Option<Notice>, StoreError> {
    let legacy = [
        (super::LOG_FILE, dir.log()),
        (super::SNAPSHOT_FILE, dir.snapshot()),
        (super::SETTINGS_FILE, dir.settings()),
    ];
    let present: Vec<_> = legacy
        .iter()
        .filter(|(old, _)| dir.path(old).is_file())
        .collect();
    if present.is_empty() {
        return Ok(None);
    }
    if legacy.iter().any(|(_, new)| new.exists()) {
        // This computer already has its own files: an old-style log beside them was written
        // by an earlier Reframe since (or brought back by a sync tool). It is left as it is.
        return Ok(dir.path(super::LOG_FILE).is_file().then(|| {
            Notice::new(
                format!(
                    "{} was written by an earlier Reframe (one log for the whole folder) and is \
                     beside this computer's {}. Its answers are not counted, because they may \
                     repeat this computer's; the file was left as it is.",
                    dir.path(super::LOG_FILE).display(),
                    log_name(dir.device())
                ),
                None,
            )
        }));
    }
    adopt_old_backups(dir)?;
    let backup = super::backup::make_new(dir, &format!("{day}-before-devices"))?;
    for (old, new) in &present {
        let from = dir.path(old);
        fs::rename(&from, new).map_err(io_err(&from))?;
    }
    super::sync_dir(dir.root());
    Ok(Some(Notice::new(
        format!(
            "This data folder now keeps one review log per computer, so it can be shared between \
             computers through a sync tool. Your log became {} (nothing in it changed); a backup \
             of the folder as it was is in {}.",
            log_name(dir.device()),
            dir.backups().join(backup).display()
        ),
        None,
    )))
}

/// Backups made before devices (`backups/YYYY-MM-DD/`) move under this device's folder, so
/// they stay listed and restorable.
fn adopt_old_backups(dir: &DataDir) -> Result<(), StoreError> {
    let root = dir.path(super::BACKUPS_DIR);
    let Ok(entries) = fs::read_dir(&root) else {
        return Ok(());
    };
    let mine = dir.backups();
    fs::create_dir_all(&mine).map_err(io_err(&mine))?;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let dated =
            name.len() >= 10 && chrono::NaiveDate::parse_from_str(&name[..10], "%Y-%m-%d").is_ok();
        if dated && e.path().is_dir() && !mine.join(&name).exists() {
            fs::rename(e.path(), mine.join(&name)).map_err(io_err(&e.path()))?;
        }
    }
    super::sync_dir(&root);
    Ok(())
}
