//! The data folder: where progress lives on disk and how it survives power cuts, corrupt files
//! and a second running copy. It owns the review log, the snapshot, settings, the lock, backups
//! and the kept-aside folder; it decides nothing about scheduling.

pub mod backup;
pub mod device;
pub mod load;
pub mod log;
pub mod merge;
pub mod own_decks;
pub mod recover;
pub mod settings;
pub mod snapshot;

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use settings::{Settings, Theme};

/// Names inside the data folder. The log, snapshot, settings and lock carry the device id
/// (`reviews-<id>.log`, see [`device`]); these are the names a folder made before Reframe
/// studied on several computers used, which the first open renames.
pub const SETTINGS_FILE: &str = "settings.ron";
pub const LOG_FILE: &str = "reviews.log";
pub const SNAPSHOT_FILE: &str = "snapshot.ron";
pub const DECKS_DIR: &str = "decks";
pub const BACKUPS_DIR: &str = "backups";
pub const KEPT_ASIDE_DIR: &str = "kept-aside";
pub const CACHE_DIR: &str = "cache";

/// Why the data folder could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(
        "another Reframe is using the data folder {}; close it first (only one copy at a time can write progress)",
        .0.display()
    )]
    Locked(PathBuf),
    #[error(
        "{} was written by a newer Reframe (format {found}, this one reads up to {supported}); it was left untouched — please update Reframe",
        path.display()
    )]
    MadeByNewer {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("cannot use the data folder: {0}")]
    Store(#[from] StoreError),
    /// Opening stopped after it had already changed something (moved a file aside, say).
    #[error("{error} Before it stopped, Reframe had already done this: {}", done.iter().map(|n| n.text.as_str()).collect::<Vec<_>>().join(" "))]
    AfterChanges {
        error: Box<OpenError>,
        done: Vec<Notice>,
    },
}

impl OpenError {
    /// `error`, noting what had already been done on disk when it happened (if anything).
    pub fn after(error: impl Into<OpenError>, done: Vec<Notice>) -> OpenError {
        let error = error.into();
        if done.iter().any(|n| n.kept_at.is_some()) {
            OpenError::AfterChanges {
                error: Box::new(error),
                done: done.into_iter().filter(|n| n.kept_at.is_some()).collect(),
            }
        } else {
            error
        }
    }

    /// What was changed on disk before the error (files moved aside); empty when nothing was.
    pub fn changes(&self) -> &[Notice] {
        match self {
            OpenError::AfterChanges { done, .. } => done,
            _ => &[],
        }
    }
}

/// A failure while reading or writing the data folder.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("the data folder was opened read-only; nothing can be saved")]
    ReadOnly,
    #[error("there is no backup called {0:?}")]
    NoSuchBackup(String),
    #[error("{0}")]
    Refused(String),
    #[error("cannot write a log record: {0}")]
    Encode(#[from] ron::Error),
    /// The review log on disk is not the one being appended to (see `log::LogWriter`).
    #[error("the review log was changed by another program while Reframe had it open ({0})")]
    LogChanged(log::LogChange),
}

pub(crate) fn io_err(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Something the learner should hear about: a file that was moved aside, a deck that no longer
/// loads. Plain sentences; `kept_at` says where the original went, when it went somewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub kept_at: Option<PathBuf>,
}

impl Notice {
    pub fn new(text: String, kept_at: Option<PathBuf>) -> Notice {
        Notice { text, kept_at }
    }
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// Paths inside one data folder, as one device (computer) uses it.
#[derive(Debug, Clone)]
pub struct DataDir {
    root: PathBuf,
    device: device::DeviceId,
    /// Read-only look at a folder from before devices: its `reviews.log`, `snapshot.ron` and
    /// `settings.ron` stand for this device's files (the first open for studying renames them).
    legacy: bool,
}

impl DataDir {
    pub fn new(root: &Path, device: &device::DeviceId) -> DataDir {
        DataDir {
            root: root.to_path_buf(),
            device: device.clone(),
            legacy: false,
        }
    }

    /// For a read-only look: a folder from before devices, not yet upgraded, is read through
    /// its old names.
    pub fn as_found(root: &Path, device: &device::DeviceId) -> DataDir {
        let mut dir = DataDir::new(root, device);
        let own = [dir.log(), dir.snapshot(), dir.settings()];
        let old = [LOG_FILE, SNAPSHOT_FILE, SETTINGS_FILE];
        dir.legacy = !own.iter().any(|p| p.exists()) && old.iter().any(|n| dir.path(n).exists());
        dir
    }
    pub fn root(&self) -> &Path {
        &self.root
    }
    /// The device this folder is used as.
    pub fn device(&self) -> &device::DeviceId {
        &self.device
    }
    pub fn path(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }
    /// This device's settings file.
    pub fn settings(&self) -> PathBuf {
        if self.legacy {
            return self.path(SETTINGS_FILE);
        }
        self.path(&device::settings_name(&self.device))
    }
    /// This device's review log.
    pub fn log(&self) -> PathBuf {
        if self.legacy {
            return self.path(LOG_FILE);
        }
        self.path(&device::log_name(&self.device))
    }
    /// This device's snapshot.
    pub fn snapshot(&self) -> PathBuf {
        if self.legacy {
            return self.path(SNAPSHOT_FILE);
        }
        self.path(&device::snapshot_name(&self.device))
    }
    /// The list of the decks the learner wrote that this device writes ([`own_decks`]).
    pub fn own_decks(&self) -> PathBuf {
        self.path(&device::own_decks_name(&self.device))
    }
    pub fn decks(&self) -> PathBuf {
        self.path(DECKS_DIR)
    }
    /// This device's backups: `backups/<device>/`.
    pub fn backups(&self) -> PathBuf {
        if self.legacy {
            return self.path(BACKUPS_DIR);
        }
        self.path(BACKUPS_DIR).join(self.device.as_str())
    }
    pub fn kept_aside(&self) -> PathBuf {
        self.path(KEPT_ASIDE_DIR)
    }

    /// Creates the folder and its sub-folders if missing.
    pub fn create(&self) -> Result<(), StoreError> {
        for dir in [
            self.root.clone(),
            self.decks(),
            self.backups(),
            self.kept_aside(),
            self.path(CACHE_DIR),
        ] {
            fs::create_dir_all(&dir).map_err(io_err(&dir))?;
        }
        Ok(())
    }

    /// Moves `path` into `kept-aside/` under a timestamped name that never replaces an earlier
    /// one, and returns where it went.
    pub fn keep_aside(&self, path: &Path, stamp: &str) -> Result<PathBuf, StoreError> {
        let target = self.aside_name(path, stamp)?;
        fs::rename(path, &target).map_err(io_err(path))?;
        sync_dir(&self.kept_aside());
        sync_dir(&self.root);
        Ok(target)
    }

    /// Moves an unreadable file aside (when `write`; a read-only open leaves it) and tells the
    /// learner in one sentence: `what` went wrong, then what happens instead.
    pub fn set_aside(
        &self,
        path: &Path,
        stamp: &str,
        write: bool,
        what: String,
    ) -> Result<Notice, StoreError> {
        let kept = if write {
            Some(self.keep_aside(path, stamp)?)
        } else {
            None
        };
        let text = match &kept {
            Some(k) => format!("{what} The old file is kept at {}.", k.display()),
            None => what,
        };
        Ok(Notice::new(text, kept))
    }

    /// Copies `bytes` into `kept-aside/` under a fresh name (for torn tails and originals of files
    /// that are rewritten in place).
    pub fn keep_bytes_aside(
        &self,
        name: &Path,
        stamp: &str,
        bytes: &[u8],
    ) -> Result<PathBuf, StoreError> {
        let target = self.aside_name(name, stamp)?;
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
            .map_err(io_err(&target))?;
        f.write_all(bytes).map_err(io_err(&target))?;
        f.sync_all().map_err(io_err(&target))?;
        sync_dir(&self.kept_aside());
        Ok(target)
    }

    fn aside_name(&self, path: &Path, stamp: &str) -> Result<PathBuf, StoreError> {
        let dir = self.kept_aside();
        fs::create_dir_all(&dir).map_err(io_err(&dir))?;
        let base = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "file".to_string());
        for i in 0u32.. {
            let name = if i == 0 {
                format!("{stamp}-{base}")
            } else {
                format!("{stamp}-{i}-{base}")
            };
            let candidate = dir.join(name);
            if !candidate.exists() {
                return Ok(candidate);
            }
        }
        Err(StoreError::Refused(
            "no free name in kept-aside".to_string(),
        ))
    }
}

/// Holds the folder's lock file for as long as it lives: one Reframe per data folder.
#[derive(Debug)]
pub struct FolderLock {
    _file: File,
    /// False on file systems that cannot lock (some network shares): the folder is used
    /// unguarded and the learner is told.
    pub held: bool,
}

impl FolderLock {
    pub fn acquire(dir: &DataDir) -> Result<FolderLock, OpenError> {
        // One lock per device: it stops a second copy on this computer, never another computer
        // sharing the folder through a network share.
        let path = dir.path(&device::lock_name(dir.device()));
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io_err(&path))?;
        // A lock can outlive its holder by a moment: a process that forks a child (to open a
        // file manager, say) shares the lock until the child has started its program. So a
        // busy lock is tried a few more times over a fifth of a second before it counts.
        let mut tries = 0;
        let result = loop {
            match file.try_lock() {
                Err(fs::TryLockError::WouldBlock) if tries < 10 => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                other => break other,
            }
        };
        match result {
            Ok(()) => Ok(FolderLock {
                _file: file,
                held: true,
            }),
            Err(fs::TryLockError::WouldBlock) => Err(OpenError::Locked(dir.root().to_path_buf())),
            Err(fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
                Ok(FolderLock {
                    _file: file,
                    held: false,
                })
            }
            Err(fs::TryLockError::Error(e)) => Err(io_err(&path)(e).into()),
        }
    }
}

/// Writes `bytes` to `path` so that a crash leaves either the old file or the new one:
/// temp file, fsync, rename, fsync of the folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = File::create(&tmp).map_err(io_err(&tmp))?;
        f.write_all(bytes).map_err(io_err(&tmp))?;
        f.sync_all().map_err(io_err(&tmp))?;
        drop(f);
        fs::rename(&tmp, path).map_err(io_err(path))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result?;
    sync_dir(dir);
    Ok(())
}

/// Makes a rename durable. Best effort: some file systems refuse to open a folder.
pub fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Reads the `format:` / `v:` number a file or line declares near its start, if any.
pub fn declared_version(text: &str, field: &str) -> Option<u32> {
    let mut n = text.len().min(256);
    while !text.is_char_boundary(n) {
        n -= 1;
    }
    let head = &text[..n];
    let at = head.find(field)? + field.len();
    let rest = head[at..].trim_start();
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}
