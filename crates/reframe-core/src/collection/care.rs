//! Looking after the data folder: settings, deck imports, backups and restoring one. The
//! changes themselves go through [`Collection::apply`](super::Collection::apply); this file
//! holds what each does.

use super::Collection;
use super::open::stamp;
use crate::deck::Diagnostic;
use crate::library::{DeckSource, ImportPreview, Library};
use crate::store::backup::{self, BackupInfo};
use crate::store::settings::SETTINGS_VERSION;
use crate::store::{
    DataDir, Notice, OpenError, Settings, StoreError, io_err, recover, write_atomic,
};
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

/// Settings for a read-only look (`reframe status`): never moves anything.
pub(crate) fn load_settings(
    dir: &DataDir,
    notices: &mut Vec<Notice>,
) -> Result<Settings, OpenError> {
    let found = read_settings(dir)?;
    Ok(settle_settings(dir, found, "", false, notices)?)
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

    /// Backups, newest first. Reading only.
    pub fn list_backups(&self) -> Result<Vec<BackupInfo>, StoreError> {
        backup::list(&self.dir)
    }

    pub(super) fn save_settings(&mut self, settings: Settings) -> Result<(), StoreError> {
        let settings = settings.clamped();
        write_atomic(&self.dir.settings(), settings.to_text().as_bytes())?;
        self.settings = settings;
        Ok(())
    }

    pub(super) fn install_deck(&mut self, preview: &ImportPreview) -> Result<(), StoreError> {
        self.library.import(self.dir.root(), preview)?;
        self.browser.decks_changed();
        if let Some(mut session) = self.session.take() {
            session.retain(|key| self.find_card(key).is_some());
            self.session = Some(session);
        }
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
        let loaded = recover::load(&self.dir, &stamp, true).map_err(reload)?;
        notices.extend(loaded.notices);
        self.settings = settle_settings(&self.dir, found, &stamp, true, notices)?;
        self.library = Library::load_over(
            self.library
                .decks()
                .iter()
                .filter(|d| d.source == DeckSource::Bundled)
                .map(|d| d.deck.clone())
                .collect(),
            self.dir.root(),
        );
        notices.extend(self.library.notices().iter().cloned());
        self.progress = loaded.progress;
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
