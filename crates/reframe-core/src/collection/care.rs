//! Looking after the data folder through the collection: settings, deck imports, backups and
//! restoring one. Each change is saved at once, atomically.

use super::{Collection, stamp};
use crate::deck::Diagnostic;
use crate::library::{DeckSource, ImportPreview, Library};
use crate::store::backup::{self, BackupInfo};
use crate::store::recover;
use crate::store::settings::SETTINGS_VERSION;
use crate::store::{DataDir, Notice, OpenError, Settings, StoreError, io_err, write_atomic};
use std::fs;
use std::path::Path;
use std::sync::OnceLock;

impl Collection {
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Replaces the settings and saves them at once (atomically).
    pub fn update_settings(&mut self, settings: Settings) -> Result<(), StoreError> {
        if !self.is_writable() {
            return Err(StoreError::ReadOnly);
        }
        let settings = settings.clamped();
        write_atomic(&self.dir.settings(), settings.to_text().as_bytes())?;
        self.settings = settings;
        Ok(())
    }

    /// What importing the deck file at `path` would change. Nothing changes yet.
    pub fn import_preview(&self, path: &Path) -> Result<ImportPreview, Vec<Diagnostic>> {
        self.library.import_preview(path)
    }

    /// Installs a previewed deck. Progress on cards that keep their ids is kept.
    pub fn import(&mut self, preview: &ImportPreview) -> Result<(), StoreError> {
        if !self.is_writable() {
            return Err(StoreError::ReadOnly);
        }
        self.library.import(self.dir.root(), preview)?;
        self.index = OnceLock::new();
        if let Some(mut session) = self.session.take() {
            session.retain(|key| self.find_card(key).is_some());
            self.session = Some(session);
        }
        Ok(())
    }

    /// Backups, newest first.
    pub fn list_backups(&self) -> Result<Vec<BackupInfo>, StoreError> {
        backup::list(&self.dir)
    }

    /// Replaces the progress, settings and imported decks with a backup's, after backing up
    /// the current state as `<day>-before-restore-<time>`.
    pub fn restore_backup(&mut self, name: &str) -> Result<(), StoreError> {
        if !self.is_writable() {
            return Err(StoreError::ReadOnly);
        }
        if !backup::list(&self.dir)?.iter().any(|b| b.name == name) {
            return Err(StoreError::NoSuchBackup(name.to_string()));
        }
        self.save_snapshot()?;
        let now = self.clock.now();
        let safety = format!(
            "{}-before-restore-{}",
            self.study_day(),
            now.format("%H%M%S")
        );
        backup::make(&self.dir, &safety)?;
        backup::restore_files(&self.dir, name)?;
        let stamp = stamp(self.clock.as_ref());
        let mut notices = Vec::new();
        self.settings =
            load_settings(&self.dir, &stamp, &mut notices, true).map_err(|e| match e {
                OpenError::Store(s) => s,
                other => StoreError::Refused(other.to_string()),
            })?;
        self.library = Library::load_over(
            self.library
                .decks()
                .iter()
                .filter(|d| d.source == DeckSource::Bundled)
                .map(|d| d.deck.clone())
                .collect(),
            self.dir.root(),
        );
        let loaded = recover::load(&self.dir, &stamp, true).map_err(|e| match e {
            OpenError::Store(s) => s,
            other => StoreError::Refused(other.to_string()),
        })?;
        notices.extend(loaded.notices);
        self.progress = loaded.progress;
        self.log = loaded.log;
        self.session = None;
        self.index = OnceLock::new();
        self.history.reset();
        self.notices.extend(notices);
        self.save_snapshot()
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

pub(crate) fn load_settings(
    dir: &DataDir,
    stamp: &str,
    notices: &mut Vec<Notice>,
    write: bool,
) -> Result<Settings, OpenError> {
    let path = dir.settings();
    let text = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Settings::default()),
        Err(e) => return Err(io_err(&path)(e).into()),
    };
    let text = String::from_utf8_lossy(&text);
    if let Some(found) = crate::store::declared_version(&text, "format:")
        && found > SETTINGS_VERSION
    {
        return Err(OpenError::MadeByNewer {
            path,
            found,
            supported: SETTINGS_VERSION,
        });
    }
    match Settings::from_text(&text) {
        Ok(s) => Ok(s),
        Err(problem) => {
            notices.push(dir.set_aside(
                &path,
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
