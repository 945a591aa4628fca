//! `own-decks-<device>.ron`: which decks in `decks/` the learner wrote or edited in the app,
//! and for each the highest version that has left the computer (exported, or imported from a
//! file). Like the logs, each computer writes only its own file and reads every computer's
//! (a deck written on the laptop is the learner's on the desktop too). No file means no own
//! decks; this computer's file when unreadable is moved aside like the settings.

use super::{DataDir, Notice, StoreError, write_atomic};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;

pub const OWN_DECKS_VERSION: u32 = 1;

/// The decks the learner authored, by deck id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnDecks {
    pub format: u32,
    pub decks: BTreeMap<String, OwnDeck>,
}

impl Default for OwnDecks {
    fn default() -> Self {
        OwnDecks {
            format: OWN_DECKS_VERSION,
            decks: BTreeMap::new(),
        }
    }
}

/// One deck the learner authored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnDeck {
    /// The highest version of the deck that has left this computer, if any: a change saved
    /// after that is given a higher version, so whoever has the old one gets it as an update.
    pub published: Option<u32>,
}

impl OwnDecks {
    pub fn to_text(&self) -> String {
        let pretty = ron::ser::PrettyConfig::new().struct_names(true);
        let body = ron::ser::to_string_pretty(self, pretty).unwrap_or_default();
        format!(
            "// Reframe: the decks you wrote or edited in the app. A broken file is moved aside.\n{body}\n"
        )
    }

    pub fn from_text(text: &str) -> Result<OwnDecks, String> {
        ron::from_str::<OwnDecks>(text).map_err(|e| e.to_string())
    }

    /// Reads every computer's list and merges them: a deck any of them marks is the learner's,
    /// published at the highest version any of them saw leave. This computer's file, when it
    /// cannot be read (or is from a newer Reframe), is moved aside (when `write`) and the
    /// learner told; another computer's is only reported, never touched. The decks themselves
    /// are untouched either way.
    pub fn load(
        dir: &DataDir,
        stamp: &str,
        write: bool,
        notices: &mut Vec<Notice>,
    ) -> Result<OwnDecks, StoreError> {
        let mut merged = OwnDecks::default();
        for (path, file) in super::device::own_decks_files(dir.root()) {
            let bytes = match fs::read(&path) {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(super::io_err(&path)(e)),
            };
            let text = String::from_utf8_lossy(&bytes);
            let problem = match super::declared_version(&text, "format:") {
                Some(v) if v > OWN_DECKS_VERSION => {
                    format!("it was written by a newer Reframe (format {v})")
                }
                _ => match OwnDecks::from_text(&text) {
                    Ok(own) => {
                        merged.merge(own);
                        continue;
                    }
                    Err(e) => e,
                },
            };
            let what = format!(
                "A list of the decks you wrote in the app ({}) could not be read ({problem}); \
                 your decks themselves are fine.",
                path.display()
            );
            if file.device == *dir.device() && !file.conflict_copy {
                notices.push(dir.set_aside(&path, stamp, write, what)?);
            } else {
                notices.push(Notice::new(what, None));
            }
        }
        Ok(merged)
    }

    /// Takes in another computer's list.
    fn merge(&mut self, other: OwnDecks) {
        for (id, deck) in other.decks {
            let mine = self.decks.entry(id).or_default();
            mine.published = mine.published.max(deck.published);
        }
    }

    /// Saves this computer's file atomically.
    pub fn save(&self, dir: &DataDir) -> Result<(), StoreError> {
        write_atomic(&dir.own_decks(), self.to_text().as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trips_and_missing_fields_default() {
        let mut own = OwnDecks::default();
        own.decks
            .insert("mine".into(), OwnDeck { published: Some(3) });
        own.decks.insert("draft".into(), OwnDeck::default());
        assert_eq!(OwnDecks::from_text(&own.to_text()), Ok(own));
        let bare = OwnDecks::from_text("(decks: {\"x\": ()})").unwrap_or_default();
        assert_eq!(bare.decks["x"].published, None);
    }

    #[test]
    fn every_computers_list_counts_and_an_unreadable_one_of_ours_is_kept_aside() {
        let tmp = tempfile::tempdir().unwrap();
        let me = crate::store::device::DeviceId::new("laptop").unwrap();
        let dir = DataDir::new(tmp.path(), &me);
        dir.create().unwrap();
        fs::write(
            tmp.path().join("own-decks-desktop.ron"),
            "(decks: {\"a\": (published: Some(2)), \"b\": ()})",
        )
        .unwrap();
        fs::write(
            tmp.path().join("own-decks-desktop (1).ron"),
            "(decks: {\"a\": (published: Some(5))})",
        )
        .unwrap();
        fs::write(dir.own_decks(), "OwnDecks(decks: {").unwrap();
        let mut notices = Vec::new();
        let own = OwnDecks::load(&dir, "20260302T080000Z", true, &mut notices).unwrap();
        assert_eq!(own.decks["a"].published, Some(5));
        assert_eq!(own.decks["b"].published, None);
        assert_eq!(notices.len(), 1);
        let kept = notices[0].kept_at.clone().unwrap();
        assert_eq!(fs::read_to_string(kept).unwrap(), "OwnDecks(decks: {");
        assert!(
            tmp.path().join("own-decks-desktop.ron").exists(),
            "never touched"
        );
    }
}
