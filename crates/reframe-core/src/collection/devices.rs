//! Other computers sharing the data folder: their new answers picked up while the app is open,
//! their settings merged in, and everyone's names.

use super::Collection;
use super::care::{merged_settings, other_settings, read_settings, settle_settings};
use crate::scheduler::LogRecord;
use crate::store::load::{per_device, refold_or_keep};
use crate::store::merge::{self, Tagged};
use crate::store::{Notice, StoreError};
use std::collections::BTreeMap;

/// What another computer added since the last look.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromDevice {
    /// Its name (as it named itself), else its id.
    pub name: String,
    pub answers: usize,
}

impl FromDevice {
    /// "3 answers from Home laptop were added."
    pub fn sentence(&self) -> String {
        match self.answers {
            1 => format!("1 answer from {} was added.", self.name),
            n => format!("{n} answers from {} were added.", self.name),
        }
    }
}

impl Collection {
    /// This computer's device id.
    pub fn device_id(&self) -> &str {
        self.dir.device().as_str()
    }

    /// Every computer known to share the folder (this one included), id to display name.
    pub fn devices(&self) -> BTreeMap<String, String> {
        self.frontier
            .devices
            .keys()
            .map(String::as_str)
            .chain([self.device_id()])
            .map(|d| (d.to_string(), self.device_name(d)))
            .collect()
    }

    /// The name this computer takes when the learner leaves the field empty: the host's name,
    /// else the device id. The Settings page shows it as the field's hint, so what is shown is
    /// what is saved.
    pub fn default_device_name(&self) -> String {
        let host = super::care::host_name();
        if host.is_empty() {
            self.device_id().to_string()
        } else {
            host
        }
    }

    /// A computer's name as it named itself, else its id.
    pub fn device_name(&self, device: &str) -> String {
        self.device_names
            .get(device)
            .cloned()
            .unwrap_or_else(|| device.to_string())
    }

    /// Reads what other computers added to the folder since the last look (their logs and
    /// settings) and folds it in. Cheap when nothing changed: one directory listing and a
    /// length check per file. Returns what came from whom, for a plain sentence each.
    pub fn refresh_from_devices(&mut self) -> Result<Vec<FromDevice>, StoreError> {
        let own = self.dir.device().clone();
        let mut notices: Vec<Notice> = Vec::new();
        // Settings first: a computer's new name arrives with its answers.
        self.refresh_settings(&mut notices)?;
        let scan = merge::scan_foreign(self.dir.root(), &own, &self.frontier, false)?;
        notices.extend(scan.notices);
        self.frontier.files = scan.files;
        let fresh: Vec<Tagged> = scan.records;
        let mut added = Vec::new();
        if !fresh.is_empty() {
            for (dev, n) in per_device(&fresh) {
                added.push(FromDevice {
                    name: self.device_name(&dev),
                    answers: n,
                });
            }
            for t in &fresh {
                if !matches!(t.record, LogRecord::Disagree { .. }) {
                    let (deck, card) = t.record.key();
                    self.touched
                        .insert((deck.to_string(), card.to_string()), t.key());
                }
            }
            self.answers_since_snapshot += fresh.len() as u32;
            let mut progress = std::mem::take(&mut self.progress);
            let folded = merge::fold_on(&mut progress, &mut self.frontier, fresh.clone());
            if !folded {
                let result = refold_or_keep(
                    &self.dir,
                    &mut progress,
                    &mut self.frontier,
                    fresh,
                    &mut notices,
                );
                if let Err(e) = result {
                    self.progress = progress;
                    return Err(e);
                }
            }
            self.progress = progress;
        }
        // A notice said once is enough: the same unreadable file is not reported every look.
        for n in notices {
            if !self.notices.contains(&n) {
                self.notices.push(n);
            }
        }
        added.retain(|a| a.answers > 0);
        Ok(added)
    }

    /// Settings changed on another computer win where they changed later.
    fn refresh_settings(&mut self, notices: &mut Vec<Notice>) -> Result<(), StoreError> {
        let found = read_settings(&self.dir).map_err(|e| StoreError::Refused(e.to_string()))?;
        let own = settle_settings(&self.dir, found, "", false, notices)?;
        let others = other_settings(&self.dir, notices);
        self.device_names = super::care::device_names(&self.dir, &own, &others);
        self.settings = merged_settings(&self.dir, own, &others);
        Ok(())
    }
}
