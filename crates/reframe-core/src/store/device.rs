//! Which computer this is, and which files in a data folder belong to which computer. A data
//! folder may be shared by several computers through a sync tool (Syncthing, Dropbox, OneDrive,
//! a network share); each writes only files that carry its own device id in their names, so no
//! two ever write the same file.
//!
//! The id is kept outside the data folder, in the per-machine config folder, so copying or
//! syncing the data folder never copies it; `REFRAME_DEVICE_ID` overrides it (tests, tools).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The environment variable that sets the device id (tests, tools, a second profile).
pub const DEVICE_ID_ENV: &str = "REFRAME_DEVICE_ID";
/// The most characters a device id may have.
pub const MAX_DEVICE_ID: usize = 40;

/// A computer's stable id: 1 to 40 of `a`–`z`, `0`–`9`, `-` and `_`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DeviceId(String);

impl DeviceId {
    /// The id if `text` is a valid one.
    pub fn new(text: &str) -> Option<DeviceId> {
        let ok = !text.is_empty()
            && text.len() <= MAX_DEVICE_ID
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        ok.then(|| DeviceId(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// This computer's id: `REFRAME_DEVICE_ID` if set, else the one kept in the per-machine
    /// config folder, created on first use.
    pub fn resolve() -> Result<DeviceId, String> {
        if let Ok(given) = std::env::var(DEVICE_ID_ENV) {
            return DeviceId::new(given.trim()).ok_or_else(|| {
                format!(
                    "{DEVICE_ID_ENV}={given:?} is not a device id: use 1 to {MAX_DEVICE_ID} of \
                     a-z, 0-9, - and _"
                )
            });
        }
        let dirs =
            directories::ProjectDirs::from("org", "Reframe", "Reframe").ok_or_else(|| {
                format!("cannot find a config folder for this computer's id; set {DEVICE_ID_ENV}")
            })?;
        DeviceId::kept_in(dirs.config_local_dir())
    }

    /// The id kept in `folder/device-id`, made (randomly) the first time. Two processes that
    /// start at once agree: the file is created whole or not at all, and the loser reads the
    /// winner's.
    pub fn kept_in(folder: &Path) -> Result<DeviceId, String> {
        let path = folder.join("device-id");
        let read = |path: &Path| -> Option<DeviceId> {
            fs::read_to_string(path)
                .ok()
                .and_then(|t| DeviceId::new(t.trim()))
        };
        if let Some(id) = read(&path) {
            return Ok(id);
        }
        let fail = |e: std::io::Error| {
            format!("cannot keep this computer's id in {}: {e}", path.display())
        };
        fs::create_dir_all(folder).map_err(fail)?;
        let fresh = DeviceId(random_id());
        // The temporary name is this call's own (process and fresh id): two threads of one
        // process starting at once must not write the same temporary file.
        let tmp = folder.join(format!(".device-id.{}.{}", std::process::id(), fresh.0));
        let written = fs::File::create(&tmp).and_then(|mut f| {
            f.write_all(format!("{}\n", fresh.0).as_bytes())
                .and_then(|()| f.sync_all())
        });
        if let Err(e) = written {
            // Leave no half-written temporary file behind.
            let _ = fs::remove_file(&tmp);
            return Err(fail(e));
        }
        // A hard link never replaces an existing file: exactly one id wins.
        let linked = fs::hard_link(&tmp, &path);
        let _ = fs::remove_file(&tmp);
        match linked {
            Ok(()) => Ok(fresh),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                read(&path).ok_or_else(|| format!("{} does not hold a device id", path.display()))
            }
            // File systems without hard links: the file is written in place (last writer
            // wins; two first runs at the same moment are the only way to disagree, and
            // only for that first second).
            Err(_) => {
                fs::write(&path, format!("{}\n", fresh.0)).map_err(fail)?;
                read(&path).ok_or_else(|| format!("{} does not hold a device id", path.display()))
            }
        }
    }
}

impl std::fmt::Display for DeviceId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Twelve hex digits from the operating system's randomness (or, failing that, the time and
/// the process id): enough that two computers never pick the same.
fn random_id() -> String {
    let mut bytes = [0u8; 6];
    let filled = fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .is_ok();
    if !filled {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let mixed = nanos ^ (u128::from(std::process::id()) << 64);
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = (mixed >> (i * 8)) as u8 ^ (mixed >> (64 + i * 8)) as u8;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The review log of `device`: `reviews-<id>.log`.
pub fn log_name(device: &DeviceId) -> String {
    format!("reviews-{device}.log")
}

/// The snapshot of `device` (derived; safe to leave out of sync): `snapshot-<id>.ron`.
pub fn snapshot_name(device: &DeviceId) -> String {
    format!("snapshot-{device}.ron")
}

/// The settings `device` writes: `settings-<id>.ron`.
pub fn settings_name(device: &DeviceId) -> String {
    format!("settings-{device}.ron")
}

/// The list of the decks the learner wrote that `device` writes: `own-decks-<id>.ron`.
pub fn own_decks_name(device: &DeviceId) -> String {
    format!("own-decks-{device}.ron")
}

/// The lock file of `device`: `lock-<id>` (a lock never stops another computer).
pub fn lock_name(device: &DeviceId) -> String {
    format!("lock-{device}")
}

/// What a file in the data folder is, by its name: whose log or settings, and whether it is a
/// copy a sync tool made when it saw two versions ("conflicted copy", `.sync-conflict-…`,
/// `… (1)`, `… 2`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceFile {
    pub device: DeviceId,
    pub conflict_copy: bool,
}

/// `reviews-<id>.log` and the conflict copies sync tools make of it; None for anything else.
pub fn parse_log_name(file_name: &str) -> Option<DeviceFile> {
    parse_name(file_name, "reviews-", ".log")
}

/// `own-decks-<id>.ron` and its conflict copies; None for anything else.
pub fn parse_own_decks_name(file_name: &str) -> Option<DeviceFile> {
    parse_name(file_name, "own-decks-", ".ron")
}

/// `settings-<id>.ron` and its conflict copies; None for anything else.
pub fn parse_settings_name(file_name: &str) -> Option<DeviceFile> {
    parse_name(file_name, "settings-", ".ron")
}

fn parse_name(file_name: &str, prefix: &str, ext: &str) -> Option<DeviceFile> {
    let stem = file_name.strip_prefix(prefix)?.strip_suffix(ext)?;
    // Syncthing: `reviews-a1.sync-conflict-20261201-101500-ABCDEFG.log`.
    if let Some((id, _)) = stem.split_once(".sync-conflict-") {
        return DeviceId::new(id).map(|device| DeviceFile {
            device,
            conflict_copy: true,
        });
    }
    // Dropbox, Nextcloud, OneDrive, iCloud, file managers: `reviews-a1 (conflicted copy …).log`,
    // `reviews-a1 (1).log`, `reviews-a1 2.log`: the id ends at the first space.
    if let Some((id, _)) = stem.split_once(' ') {
        return DeviceId::new(id).map(|device| DeviceFile {
            device,
            conflict_copy: true,
        });
    }
    DeviceId::new(stem).map(|device| DeviceFile {
        device,
        conflict_copy: false,
    })
}

/// Every review log in `root` (every device's, conflict copies included), sorted by name so
/// every computer reads them in the same order.
pub fn log_files(root: &Path) -> Vec<(PathBuf, DeviceFile)> {
    files_named(root, parse_log_name)
}

/// Every device's own-decks list in `root`, sorted by name.
pub fn own_decks_files(root: &Path) -> Vec<(PathBuf, DeviceFile)> {
    files_named(root, parse_own_decks_name)
}

/// Every device's settings file in `root`, sorted by name.
pub fn settings_files(root: &Path) -> Vec<(PathBuf, DeviceFile)> {
    files_named(root, parse_settings_name)
}

fn files_named(root: &Path, parse: fn(&str) -> Option<DeviceFile>) -> Vec<(PathBuf, DeviceFile)> {
    let Ok(entries) = fs::read_dir(root) else {
        return Vec::new();
    };
    let mut out: Vec<(PathBuf, DeviceFile)> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| {
            let name = e.file_name();
            let parsed = parse(name.to_str()?)?;
            Some((e.path(), parsed))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dev(s: &str) -> DeviceId {
        DeviceId::new(s).unwrap()
    }

    #[test]
    fn ids_are_short_lowercase_names() {
        assert!(DeviceId::new("home-laptop_2").is_some());
        for bad in ["", "Home", "a b", "a/b", "a.b", &"x".repeat(41)] {
            assert!(DeviceId::new(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn logs_and_their_conflict_copies_are_recognised() {
        let plain = |s| parse_log_name(s).map(|f| (f.device, f.conflict_copy));
        assert_eq!(plain("reviews-a1b2.log"), Some((dev("a1b2"), false)));
        assert_eq!(
            plain("reviews-a1b2.sync-conflict-20261201-101500-ABCDEFG.log"),
            Some((dev("a1b2"), true))
        );
        assert_eq!(
            plain("reviews-a1b2 (Sam's conflicted copy 2026-12-01).log"),
            Some((dev("a1b2"), true))
        );
        assert_eq!(plain("reviews-a1b2 (1).log"), Some((dev("a1b2"), true)));
        assert_eq!(plain("reviews-a1b2 2.log"), Some((dev("a1b2"), true)));
        for other in [
            "reviews.log",
            "reviews-.log",
            "snapshot-a1.ron",
            "reviews-a1.log.torn",
        ] {
            assert_eq!(plain(other), None, "{other}");
        }
        assert_eq!(
            parse_settings_name("settings-home.ron").map(|f| f.device),
            Some(dev("home"))
        );
    }

    #[test]
    fn an_id_is_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let a = DeviceId::kept_in(dir.path()).unwrap();
        let b = DeviceId::kept_in(dir.path()).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.as_str().len(), 12);
        let other = tempfile::tempdir().unwrap();
        assert_ne!(DeviceId::kept_in(other.path()).unwrap(), a);
    }

    /// The first run on a new computer: several threads of one process (the test runner, or
    /// the app's UI and its saver) ask at once. They must all get the id the file keeps, or
    /// one writes its answers under a name the others never read.
    #[test]
    fn threads_asking_at_once_on_a_new_computer_agree() {
        for _ in 0..20 {
            let dir = tempfile::tempdir().unwrap();
            let ids: Vec<DeviceId> = std::thread::scope(|s| {
                let handles: Vec<_> = (0..8)
                    .map(|_| s.spawn(|| DeviceId::kept_in(dir.path()).unwrap()))
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            let kept = DeviceId::kept_in(dir.path()).unwrap();
            assert!(ids.iter().all(|id| *id == kept), "{ids:?} vs {kept:?}");
        }
    }
}
