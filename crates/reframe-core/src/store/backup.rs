//! Daily backups of the data folder (`backups/<device>/YYYY-MM-DD/`: each computer writes only
//! its own), kept on a tiered schedule: the last 7 days, then one a week for 4 weeks, then one a
//! month for 6 months. A backup holds every device's logs and settings, this device's snapshot
//! and the imported decks; restoring one puts back this device's files and the decks, never
//! another computer's.

use super::{DataDir, StoreError, io_err, sync_dir};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

pub const KEEP_DAILY: usize = 7;
pub const KEEP_WEEKLY: usize = 4;
pub const KEEP_MONTHLY: usize = 6;

/// One backup folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    /// Folder name, what `restore` takes: `2026-03-01` or `2026-03-01-before-restore-0930`.
    pub name: String,
    pub day: NaiveDate,
    /// Files it holds (imported decks included).
    pub files: usize,
}

fn day_of(name: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(name.get(..10)?, "%Y-%m-%d").ok()
}

/// Backups, newest first.
pub fn list(dir: &DataDir) -> Result<Vec<BackupInfo>, StoreError> {
    let root = dir.backups();
    let entries = match fs::read_dir(&root) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_err(&root)(e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !entry.path().is_dir() {
            continue;
        }
        let Some(day) = day_of(&name) else { continue };
        let files = count_files(&entry.path());
        out.push(BackupInfo { name, day, files });
    }
    out.sort_by(|a, b| b.day.cmp(&a.day).then(b.name.cmp(&a.name)));
    Ok(out)
}

fn count_files(dir: &Path) -> usize {
    fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| {
                    if e.path().is_dir() {
                        count_files(&e.path())
                    } else {
                        1
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

/// The files of the data folder's top level a backup copies: every device's log and settings
/// (conflict copies included), this device's snapshot, and the names a folder made before
/// devices used (`reviews.log`, `snapshot.ron`, `settings.ron`).
fn top_level_files(dir: &DataDir) -> Vec<std::path::PathBuf> {
    let mut files: Vec<std::path::PathBuf> = super::device::log_files(dir.root())
        .into_iter()
        .chain(super::device::settings_files(dir.root()))
        .chain(super::device::own_decks_files(dir.root()))
        .map(|(p, _)| p)
        .collect();
    files.push(dir.snapshot());
    for legacy in [super::SETTINGS_FILE, super::SNAPSHOT_FILE, super::LOG_FILE] {
        files.push(dir.path(legacy));
    }
    files.retain(|p| p.is_file());
    files
}

/// Copies every device's logs, settings and own-decks lists, this device's snapshot and the
/// imported decks into `backups/<device>/<name>/`, whole or not at all.
pub fn make(dir: &DataDir, name: &str) -> Result<(), StoreError> {
    let root = dir.backups();
    fs::create_dir_all(&root).map_err(io_err(&root))?;
    let target = root.join(name);
    if target.exists() {
        return Ok(());
    }
    let tmp = root.join(format!(".partial-{name}"));
    if tmp.exists() {
        fs::remove_dir_all(&tmp).map_err(io_err(&tmp))?;
    }
    fs::create_dir_all(tmp.join(super::DECKS_DIR)).map_err(io_err(&tmp))?;
    for from in top_level_files(dir) {
        if let Some(file) = from.file_name() {
            copy_synced(&from, &tmp.join(file))?;
        }
    }
    let previous = list(dir)?.into_iter().next().map(|b| root.join(b.name));
    if let Ok(entries) = fs::read_dir(dir.decks()) {
        for entry in entries.flatten() {
            let path = entry.path();
            if !(path.is_file() && path.extension().is_some_and(|e| e == "ron")) {
                continue;
            }
            let to = tmp.join(super::DECKS_DIR).join(entry.file_name());
            // Deck files rarely change and can be large: share an identical copy with the
            // previous backup (backup files are never modified, so a hard link is safe).
            let same = previous
                .as_ref()
                .map(|p| p.join(super::DECKS_DIR).join(entry.file_name()))
                .filter(|old| same_bytes(old, &path));
            match same {
                Some(old) if fs::hard_link(&old, &to).is_ok() => {}
                _ => copy_synced(&path, &to)?,
            }
        }
    }
    sync_dir(&tmp.join(super::DECKS_DIR));
    sync_dir(&tmp);
    fs::rename(&tmp, &target).map_err(io_err(&target))?;
    sync_dir(&root);
    Ok(())
}

/// Makes a backup under `base`, or `base-2`, `base-3`… when that name is taken, and returns
/// the name it made: a backup is never claimed that this call did not write.
pub fn make_new(dir: &DataDir, base: &str) -> Result<String, StoreError> {
    let root = dir.backups();
    for i in 1u32..1000 {
        let name = if i == 1 {
            base.to_string()
        } else {
            format!("{base}-{i}")
        };
        if !root.join(&name).exists() {
            make(dir, &name)?;
            return Ok(name);
        }
    }
    Err(StoreError::Refused(format!(
        "there are already too many backups named {base}"
    )))
}

/// Is `name` a backup this Reframe can restore? Checks the name, then every file in it
/// (settings, snapshot, every log line, deck files) for a format from a newer Reframe, and
/// reads nothing but the backup. A refused restore changes nothing.
pub fn check_restorable(dir: &DataDir, name: &str) -> Result<(), StoreError> {
    if name.is_empty()
        || name.contains(['/', '\\'])
        || name.starts_with('.')
        || name.contains("..")
        || !list(dir)?.iter().any(|b| b.name == name)
    {
        return Err(StoreError::NoSuchBackup(name.to_string()));
    }
    let from = dir.backups().join(name);
    let newer = |file: &str, found: u32, supported: u32| {
        StoreError::Refused(format!(
            "the backup {name} holds {file} from a newer Reframe (format {found}, this one reads up to {supported}); nothing was changed"
        ))
    };
    let read = |file: &Path| -> Result<Option<String>, StoreError> {
        match fs::read(file) {
            Ok(b) => Ok(Some(String::from_utf8_lossy(&b).into_owned())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_err(file)(e)),
        }
    };
    let own = own_files(dir);
    if let Some(file) = first_present(&from, &own.settings)
        && let Some(text) = read(&from.join(&file))?
        && let Some(v) = super::declared_version(&text, "format:")
        && v > super::settings::SETTINGS_VERSION
    {
        return Err(newer(&file, v, super::settings::SETTINGS_VERSION));
    }
    if let Some(file) = first_present(&from, &own.snapshot)
        && let Some(text) = read(&from.join(&file))?
        && let Some(v) = super::declared_version(&text, "format:")
        && v > super::snapshot::SNAPSHOT_VERSION
    {
        return Err(newer(&file, v, super::snapshot::SNAPSHOT_VERSION));
    }
    if let Some(file) = first_present(&from, &own.log) {
        let log_path = from.join(&file);
        let bytes = fs::read(&log_path).map_err(io_err(&log_path))?;
        if let Some(v) = super::log::parse(&bytes).newer {
            return Err(newer(&file, v, crate::scheduler::LOG_VERSION));
        }
    }
    if let Ok(entries) = fs::read_dir(from.join(super::DECKS_DIR)) {
        for e in entries.flatten() {
            if let Some(text) = read(&e.path())?
                && let Some(v) = super::declared_version(&text, "format:")
                && v > crate::deck::FORMAT_VERSION
            {
                let file = format!("the deck file {}", e.file_name().to_string_lossy());
                return Err(newer(&file, v, crate::deck::FORMAT_VERSION));
            }
        }
    }
    Ok(())
}

fn same_bytes(a: &Path, b: &Path) -> bool {
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(ma), Ok(mb)) if ma.len() == mb.len() => {
            matches!((fs::read(a), fs::read(b)), (Ok(x), Ok(y)) if x == y)
        }
        _ => false,
    }
}

fn copy_synced(from: &Path, to: &Path) -> Result<(), StoreError> {
    fs::copy(from, to).map_err(io_err(from))?;
    fs::File::open(to)
        .and_then(|f| f.sync_all())
        .map_err(io_err(to))
}

/// Names the tiered schedule keeps, given backups newest first.
pub fn keep(backups: &[BackupInfo]) -> BTreeSet<String> {
    let mut kept = BTreeSet::new();
    let mut days = Vec::new();
    // Weeks and months already represented by a kept backup, and how many each tier added.
    let mut weeks = BTreeSet::new();
    let mut months = BTreeSet::new();
    let (mut weekly, mut monthly) = (0, 0);
    for b in backups {
        let week = (b.day.iso_week().year(), b.day.iso_week().week());
        let month = (b.day.year(), b.day.month());
        if !days.contains(&b.day) && days.len() < KEEP_DAILY {
            days.push(b.day);
        }
        let keep = if days.contains(&b.day) {
            true
        } else if !weeks.contains(&week) && weekly < KEEP_WEEKLY {
            weekly += 1;
            true
        } else if !months.contains(&month) && monthly < KEEP_MONTHLY {
            monthly += 1;
            true
        } else {
            false
        };
        if keep {
            kept.insert(b.name.clone());
            weeks.insert(week);
            months.insert(month);
        }
    }
    kept
}

/// Removes the backups the schedule no longer keeps.
pub fn prune(dir: &DataDir) -> Result<(), StoreError> {
    let all = list(dir)?;
    let kept = keep(&all);
    for b in all.iter().filter(|b| !kept.contains(&b.name)) {
        let path = dir.backups().join(&b.name);
        fs::remove_dir_all(&path).map_err(io_err(&path))?;
    }
    Ok(())
}

/// The names this device's log, snapshot and settings may have in a backup: its own, or the
/// names of a folder from before devices.
struct OwnFiles {
    log: [String; 2],
    snapshot: [String; 2],
    settings: [String; 2],
}

fn own_files(dir: &DataDir) -> OwnFiles {
    let d = dir.device();
    OwnFiles {
        log: [super::device::log_name(d), super::LOG_FILE.to_string()],
        snapshot: [
            super::device::snapshot_name(d),
            super::SNAPSHOT_FILE.to_string(),
        ],
        settings: [
            super::device::settings_name(d),
            super::SETTINGS_FILE.to_string(),
        ],
    }
}

/// The first of `names` that `folder` holds.
fn first_present(folder: &Path, names: &[String; 2]) -> Option<String> {
    names.iter().find(|n| folder.join(n).is_file()).cloned()
}

/// Puts a backup's files back in place: this device's settings, snapshot and log replaced
/// atomically (another computer's files are never touched), imported decks replaced by the
/// backup's. The caller backs up the current state first.
pub fn restore_files(dir: &DataDir, name: &str) -> Result<(), StoreError> {
    if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
        return Err(StoreError::NoSuchBackup(name.to_string()));
    }
    let from = dir.backups().join(name);
    if !from.is_dir() {
        return Err(StoreError::NoSuchBackup(name.to_string()));
    }
    let own = own_files(dir);
    for (names, dst) in [
        (&own.settings, dir.settings()),
        (&own.snapshot, dir.snapshot()),
        (&own.log, dir.log()),
    ] {
        match first_present(&from, names) {
            Some(file) => {
                let src = from.join(file);
                let bytes = fs::read(&src).map_err(io_err(&src))?;
                super::write_atomic(&dst, &bytes)?;
            }
            None if dst.exists() => fs::remove_file(&dst).map_err(io_err(&dst))?,
            None => {}
        }
    }
    // This device's list of the decks the learner wrote, beside the decks themselves.
    let own_decks = dir.own_decks();
    let src = from.join(super::device::own_decks_name(dir.device()));
    if src.is_file() {
        let bytes = fs::read(&src).map_err(io_err(&src))?;
        super::write_atomic(&own_decks, &bytes)?;
    } else if own_decks.exists() {
        fs::remove_file(&own_decks).map_err(io_err(&own_decks))?;
    }
    let decks = dir.decks();
    fs::create_dir_all(&decks).map_err(io_err(&decks))?;
    if let Ok(entries) = fs::read_dir(&decks) {
        for e in entries.flatten() {
            if e.path().is_file() && e.path().extension().is_some_and(|x| x == "ron") {
                fs::remove_file(e.path()).map_err(io_err(&e.path()))?;
            }
        }
    }
    if let Ok(entries) = fs::read_dir(from.join(super::DECKS_DIR)) {
        for e in entries.flatten() {
            let bytes = fs::read(e.path()).map_err(io_err(&e.path()))?;
            super::write_atomic(&decks.join(e.file_name()), &bytes)?;
        }
    }
    sync_dir(dir.root());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_keeps_seven_days_four_weeks_six_months() {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let all: Vec<BackupInfo> = (0..365)
            .rev()
            .map(|i| {
                let day = start + chrono::Days::new(i);
                BackupInfo {
                    name: day.to_string(),
                    day,
                    files: 1,
                }
            })
            .collect();
        let kept = keep(&all);
        assert_eq!(kept.len(), KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY);
        assert!(kept.contains(&all[0].name));
    }
}
