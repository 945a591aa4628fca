//! Looking after the data folder: settings, deck imports, backups and restoring one. The
//! changes themselves go through [`Collection::apply`](super::Collection::apply); this file
//! holds what each does.

use super::Collection;
use super::open::stamp;
use crate::deck::{Diagnostic, ImportOptions};
use crate::library::{ImportPreview, Library};
use crate::store::backup::{self, BackupInfo};
use crate::store::device::settings_files;
use crate::store::settings::SETTINGS_VERSION;
use crate::store::{DataDir, Notice, OpenError, Settings, StoreError, io_err, load, write_atomic};
use std::fs;
use std::path::Path;

/// What `settings.ron` held, read without changing anything.
pub(crate) enum SettingsFound {
    Missing,
    Fine(Settings),
    /// Cannot be read; the reason in words.
    Broken(String),
}

/// Reads the settings file; refuses one from a newer Reframe. Changes nothing.
pub(crate) fn read_settings(dir: &DataDir) -> Result<SettingsFound, OpenError> {
    let path = dir.settings();
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(SettingsFound::Missing),
        Err(e) => return Err(io_err(&path)(e).into()),
    };
    let text = String::from_utf8_lossy(&bytes);
    if let Some(found) = crate::store::declared_version(&text, "format:")
        && found > SETTINGS_VERSION
    {
        return Err(OpenError::MadeByNewer {
            path,
            found,
            supported: SETTINGS_VERSION,
        });
    }
    Ok(match Settings::from_text(&text) {
        Ok(s) => SettingsFound::Fine(s),
        Err(problem) => SettingsFound::Broken(problem),
    })
}

/// The settings to use: a broken file is moved aside (when writing) and the defaults used.
pub(crate) fn settle_settings(
    dir: &DataDir,
    found: SettingsFound,
    stamp: &str,
    write: bool,
    notices: &mut Vec<Notice>,
) -> Result<Settings, StoreError> {
    match found {
        SettingsFound::Missing => Ok(Settings::default()),
        SettingsFound::Fine(s) => Ok(s),
        SettingsFound::Broken(problem) => {
            notices.push(dir.set_aside(
                &dir.settings(),
                stamp,
                write,
                format!(
                    "Your settings file could not be read ({problem}), so the defaults are used."
                ),
            )?);
            Ok(Settings::default())
        }
    }
}

/// The settings files of the other computers sharing the folder (and conflict copies of this
/// one's), read only: one that cannot be read is passed over and said so, never moved.
pub(crate) fn other_settings(dir: &DataDir, notices: &mut Vec<Notice>) -> Vec<(String, Settings)> {
    let own = dir.settings();
    settings_files(dir.root())
        .into_iter()
        .filter(|(path, _)| *path != own)
        .filter_map(|(path, file)| {
            let text = String::from_utf8_lossy(&fs::read(&path).ok()?).into_owned();
            let newer =
                crate::store::declared_version(&text, "format:").filter(|v| *v > SETTINGS_VERSION);
            match (newer, Settings::from_text(&text)) {
                (None, Ok(s)) => Some((file.device.to_string(), s)),
                (newer, problem) => {
                    let why = match (newer, problem) {
                        (Some(v), _) => format!("it was written by a newer Reframe (format {v})"),
                        (None, Err(e)) => e,
                        (None, Ok(_)) => String::new(),
                    };
                    notices.push(Notice::new(
                        format!(
                            "Another computer's settings ({}) could not be read ({why}); this \
                             computer's own are used for them. The file was left as it is.",
                            path.display()
                        ),
                        None,
                    ));
                    None
                }
            }
        })
        .collect()
}

/// The settings in use: this device's with each field another device changed later taken
/// from that device.
pub(crate) fn merged_settings(
    dir: &DataDir,
    own: Settings,
    others: &[(String, Settings)],
) -> Settings {
    crate::store::settings::merge(&own, dir.device().as_str(), others)
}

/// Every device's name (device id to name): each as it named itself, this one's from `own`.
pub(crate) fn device_names(
    dir: &DataDir,
    own: &Settings,
    others: &[(String, Settings)],
) -> std::collections::BTreeMap<String, String> {
    let mut names: std::collections::BTreeMap<String, String> = others
        .iter()
        .filter(|(_, s)| !s.device_name.trim().is_empty())
        .map(|(d, s)| (d.clone(), s.device_name.trim().to_string()))
        .collect();
    if !own.device_name.trim().is_empty() {
        names.insert(dir.device().to_string(), own.device_name.trim().to_string());
    }
    names
}

/// Settings for a read-only look (`reframe status`): never moves anything; merged with the
/// other devices' like the app's.
pub(crate) fn load_settings(
    dir: &DataDir,
    notices: &mut Vec<Notice>,
) -> Result<Settings, OpenError> {
    let found = read_settings(dir)?;
    let own = settle_settings(dir, found, "", false, notices)?;
    let others = other_settings(dir, notices);
    Ok(merged_settings(dir, own, &others))
}

/// This computer's name as the operating system knows it, for a first default.
pub(crate) fn host_name() -> String {
    let from_file = fs::read_to_string("/etc/hostname").ok();
    from_file
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_default()
}

/// What restoring a backup did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub backup: String,
    /// The backup of the state before the restore, so the restore can itself be undone.
    pub safety: String,
}

impl Collection {
    /// What importing the deck file at `path` would change. Nothing changes yet.
    pub fn import_preview(&self, path: &Path) -> Result<ImportPreview, Vec<Diagnostic>> {
        self.library.import_preview(path)
    }

    /// What importing a deck file of any kind (RON, CSV, TSV, Anki text with the technique
    /// and category chosen in `options`) would change. Nothing changes yet.
    pub fn import_preview_with(
        &self,
        path: &Path,
        options: &ImportOptions,
    ) -> Result<ImportPreview, Vec<Diagnostic>> {
        self.library.import_preview_with(path, options)
    }

    /// Backups, newest first. Reading only.
    pub fn list_backups(&self) -> Result<Vec<BackupInfo>, StoreError> {
        backup::list(&self.dir)
    }

    /// Saves this device's settings file: every field that differs from the settings in use is
    /// stamped as changed now, so it wins the merge on every computer.
    pub(super) fn save_settings(&mut self, settings: Settings) -> Result<(), StoreError> {
        let now = crate::clock::utc(self.clock.now());
        let mut settings = settings.clamped().stamped_since(&self.settings, now);
        if settings.device_name.trim().is_empty() {
            settings.device_name = self.default_device_name();
        }
        write_atomic(&self.dir.settings(), settings.to_text().as_bytes())?;
        if !settings.device_name.trim().is_empty() {
            self.device_names.insert(
                self.dir.device().to_string(),
                settings.device_name.trim().to_string(),
            );
        }
        self.settings = settings;
        Ok(())
    }

    pub(super) fn install_deck(&mut self, preview: &ImportPreview) -> Result<(), StoreError> {
        // A deck of the learner's own that comes back from a file has been published at least
        // at that version.
        self.published(&preview.deck_id, preview.new_version)?;
        self.library.import(self.dir.root(), preview)?;
        self.decks_changed();
        Ok(())
    }

    /// Replaces the progress, settings and imported decks with a backup's, after backing up
    /// the current state under a fresh `<day>-before-restore-<time>` name. The whole backup is
    /// checked first: a backup Reframe could not use is refused and nothing changes.
    pub(super) fn restore(
        &mut self,
        name: &str,
        notices: &mut Vec<Notice>,
    ) -> Result<Restored, StoreError> {
        backup::check_restorable(&self.dir, name)?;
        self.save_snapshot()?;
        let now = self.clock.now();
        let safety = backup::make_new(
            &self.dir,
            &format!(
                "{}-before-restore-{}",
                self.study_day(),
                now.format("%H%M%S")
            ),
        )?;
        backup::restore_files(&self.dir, name)?;
        let stamp = stamp(self.clock.as_ref());
        let reload = |e: OpenError| match e {
            OpenError::Store(s) => s,
            other => StoreError::Refused(other.to_string()),
        };
        let found = read_settings(&self.dir).map_err(reload)?;
        let loaded = load::load(&self.dir, &stamp, true).map_err(reload)?;
        notices.extend(loaded.notices);
        let own = settle_settings(&self.dir, found, &stamp, true, notices)?;
        let others = other_settings(&self.dir, notices);
        self.settings = merged_settings(&self.dir, own, &others);
        self.library = Library::load_over(self.library.bundled().to_vec(), self.dir.root());
        self.own = crate::store::own_decks::OwnDecks::load(&self.dir, &stamp, true, notices)?;
        notices.extend(self.library.notices().iter().cloned());
        self.progress = loaded.progress;
        self.frontier = loaded.frontier;
        self.log = loaded.log;
        self.session = None;
        self.browser = super::browse::Browser::default();
        self.save_snapshot()?;
        Ok(Restored {
            backup: name.to_string(),
            safety,
        })
    }

    pub(super) fn daily_backup(&mut self) -> Result<(), StoreError> {
        let name = self.study_day().to_string();
        if self.dir.backups().join(&name).exists() {
            return Ok(());
        }
        backup::make(&self.dir, &name)?;
        backup::prune(&self.dir)
    }
}
