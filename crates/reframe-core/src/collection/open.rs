//! Opening a data folder: lock it, read and check every file before changing any (so a refusal
//! changes nothing), repair what can be repaired, make today's backup, and collect in plain
//! words what was found on the way.

use super::{Collection, browse, care};
use crate::clock::{Clock, utc};
use crate::deck::Deck;
use crate::library::Library;
use crate::store::device::DeviceId;
use crate::store::own_decks::OwnDecks;
use crate::store::{DataDir, FolderLock, Notice, OpenError, StoreError, load};
use std::fs;
use std::path::Path;
use std::sync::Arc;

/// How to open a data folder.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// Decks standing in for the built-in ones (tests, tools); None: the real bundled decks.
    pub bundled: Option<Vec<Deck>>,
    /// No lock, no writes at all.
    pub read_only: bool,
    /// Make today's backup if there is none yet (default true).
    pub daily_backup: bool,
    /// Which computer this is; None: [`DeviceId::resolve`] (`REFRAME_DEVICE_ID`, else the id
    /// kept in this computer's config folder).
    pub device: Option<DeviceId>,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            bundled: None,
            read_only: false,
            daily_backup: true,
            device: None,
        }
    }
}

/// A timestamp for names in `kept-aside/`.
pub(super) fn stamp(clock: &dyn Clock) -> String {
    utc(clock.now()).format("%Y%m%dT%H%M%SZ").to_string()
}

impl Collection {
    /// Opens (creating if needed) the data folder with the bundled and imported decks.
    pub fn open(data_dir: &Path, clock: Arc<dyn Clock>) -> Result<Collection, OpenError> {
        Collection::open_with(data_dir, clock, OpenOptions::default())
    }

    /// Like `open`, with `bundled` standing in for the built-in decks (for tests and tools).
    pub fn open_with_decks(
        data_dir: &Path,
        clock: Arc<dyn Clock>,
        bundled: Vec<Deck>,
    ) -> Result<Collection, OpenError> {
        Collection::open_with(
            data_dir,
            clock,
            OpenOptions {
                bundled: Some(bundled),
                ..OpenOptions::default()
            },
        )
    }

    /// Opens without taking the lock or writing anything (no backup, no snapshot, no repair):
    /// for quick commands like `reframe status` that may run while the app is open. Every
    /// change returns [`crate::store::StoreError::ReadOnly`].
    pub fn open_read_only(data_dir: &Path, clock: Arc<dyn Clock>) -> Result<Collection, OpenError> {
        Collection::open_with(
            data_dir,
            clock,
            OpenOptions {
                read_only: true,
                ..OpenOptions::default()
            },
        )
    }

    pub fn open_with(
        data_dir: &Path,
        clock: Arc<dyn Clock>,
        options: OpenOptions,
    ) -> Result<Collection, OpenError> {
        let device = match options.device {
            Some(d) => d,
            None => DeviceId::resolve().map_err(|e| OpenError::Store(StoreError::Refused(e)))?,
        };
        let write = !options.read_only;
        let dir = if write {
            DataDir::new(data_dir, &device)
        } else {
            DataDir::as_found(data_dir, &device)
        };
        let lock = if write {
            dir.create()?;
            Some(FolderLock::acquire(&dir)?)
        } else {
            None
        };
        let stamp = stamp(clock.as_ref());
        let mut upgraded = Vec::new();
        if write {
            remove_stale_temp_files(&dir);
            // A folder from before devices is checked as it is (a file from a newer Reframe
            // refuses the open before anything is renamed), then becomes this device's.
            let as_found = DataDir::as_found(data_dir, &device);
            if as_found.log() != dir.log() {
                care::read_settings(&as_found)?;
                load::load(&as_found, &stamp, false)?;
            }
            let day = utc(clock.now()).date_naive().to_string();
            upgraded.extend(load::upgrade(&dir, &day)?);
        }
        // Read and check first: both refuse a file from a newer Reframe before writing anything.
        let settings_found = care::read_settings(&dir)?;
        let loaded = load::load(&dir, &stamp, write)?;
        let mut notices = upgraded;
        notices.extend(loaded.notices);
        let own_settings =
            match care::settle_settings(&dir, settings_found, &stamp, write, &mut notices) {
                Ok(s) => s,
                Err(e) => return Err(OpenError::after(e, notices)),
            };
        let others = care::other_settings(&dir, &mut notices);
        let settings = care::merged_settings(&dir, own_settings, &others);
        let device_names = care::device_names(&dir, &settings, &others);
        let library = match options.bundled {
            Some(b) => Library::load_over(b, data_dir),
            None => Library::load(data_dir),
        };
        notices.extend(library.notices().iter().cloned());
        let own = match OwnDecks::load(&dir, &stamp, write, &mut notices) {
            Ok(own) => own,
            Err(e) => return Err(OpenError::after(e, notices)),
        };
        let mut c = Collection {
            dir,
            lock,
            clock,
            settings,
            library,
            progress: loaded.progress,
            frontier: loaded.frontier,
            device_names,
            session: None,
            touched: Default::default(),
            log: loaded.log,
            notices,
            own,
            answers_since_snapshot: 0,
            browser: browse::Browser::default(),
        };
        if c.lock.as_ref().is_some_and(|l| !l.held) {
            c.notices.push(Notice::new(
                "This folder's file system cannot lock files, so Reframe cannot stop a second copy \
                 from using it at the same time; please make sure only one runs."
                    .to_string(),
                None,
            ));
        }
        // Neither a snapshot nor a backup is needed to study: if one cannot be written (a full
        // disk, say), say so and go on.
        if loaded.snapshot_stale
            && let Err(e) = c.save_snapshot()
        {
            c.notices.push(Notice::new(
                format!("The quick-start summary of your progress could not be saved ({e}); Reframe will try again later."),
                None,
            ));
        }
        if write
            && options.daily_backup
            && let Err(e) = c.daily_backup()
        {
            c.notices.push(Notice::new(
                format!("Today's backup could not be made ({e}); your progress itself is safe."),
                None,
            ));
        }
        Ok(c)
    }
}

/// Removes the temporary files an atomic write leaves behind when the process is killed between
/// writing and renaming (`.snapshot.ron.tmp-<pid>` and the like). They are never the only copy:
/// the file they were meant to replace is still in place. Only called with the lock held.
fn remove_stale_temp_files(dir: &DataDir) {
    for folder in [dir.root().to_path_buf(), dir.decks()] {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') && name.contains(".tmp-") && entry.path().is_file() {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}
