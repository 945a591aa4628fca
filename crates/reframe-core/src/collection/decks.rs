//! The learner's decks as the Decks page lists them, and what the page changes: saving a deck
//! written in the app (its version raised when an earlier version has left this computer),
//! deleting one (the file moved aside, its review history kept, as for retired cards), and
//! exporting one as a RON file. The changes themselves go through
//! [`Collection::apply`](super::Collection::apply).

use super::Collection;
use super::open::stamp;
use crate::deck::{Deck, FORMAT_VERSION};
use crate::library::DeckSource;
use crate::store::own_decks::{OwnDeck, OwnDecks};
use crate::store::{DataDir, StoreError};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Where a deck came from, as the Decks page says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeckOrigin {
    /// Built into Reframe: read-only (an editable copy can be made).
    Bundled,
    /// Imported from a file.
    Imported,
    /// Written or edited in this app.
    Own,
}

impl DeckOrigin {
    pub fn label(self) -> &'static str {
        match self {
            DeckOrigin::Bundled => "built in",
            DeckOrigin::Imported => "imported",
            DeckOrigin::Own => "yours",
        }
    }
}

/// One deck in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckEntry {
    pub id: String,
    pub title: String,
    pub description: String,
    pub author: String,
    pub language: String,
    pub version: u32,
    pub cards: usize,
    pub origin: DeckOrigin,
    /// Studied (not turned off in the settings).
    pub active: bool,
}

/// A deck about to be saved, its version settled: see [`Collection::plan_save`].
#[derive(Debug, Clone)]
pub struct SavePlan {
    deck: Deck,
    raised: bool,
    /// The same cards and fields as installed: nothing to write.
    unchanged: bool,
    /// The own-decks list with this deck marked as the learner's, when that is new.
    own: Option<OwnDecks>,
    /// The data folder, as this computer uses it.
    dir: DataDir,
}

impl SavePlan {
    /// The version the deck is saved at.
    pub fn version(&self) -> u32 {
        self.deck.version
    }

    /// Raised above the version before, because an earlier one had left this computer.
    pub fn raised(&self) -> bool {
        self.raised
    }

    /// The deck as it will be saved.
    pub fn deck(&self) -> &Deck {
        &self.deck
    }

    /// Writes this computer's own-decks list when it changes, then the deck file and its cache
    /// (canonical RON, read back first): the slow part of a save, which touches nothing else
    /// and so may run on another thread.
    pub fn write(self) -> Result<WrittenDeck, StoreError> {
        if self.unchanged {
            return Ok(WrittenDeck {
                plan: self,
                path: None,
            });
        }
        // The own mark first: should the deck itself then fail to save, a mark for a deck that
        // is not there changes nothing.
        if let Some(own) = &self.own {
            own.save(&self.dir)?;
        }
        let path = crate::library::write_own_deck(self.dir.root(), &self.deck)?;
        Ok(WrittenDeck {
            plan: self,
            path: Some(path),
        })
    }
}

/// A deck file written by [`SavePlan::write`], to install with `Change::DeckWritten`.
#[derive(Debug, Clone)]
pub struct WrittenDeck {
    plan: SavePlan,
    /// `None` when nothing needed writing.
    path: Option<PathBuf>,
}

impl WrittenDeck {
    pub fn id(&self) -> &str {
        &self.plan.deck.id
    }

    /// The deck as saved (its version settled).
    pub fn deck(&self) -> &Deck {
        &self.plan.deck
    }
}

/// How many characters a title may have (the deck format's limit).
const MAX_TITLE_CHARS: usize = 120;

/// Two versions of a deck hold the same cards and fields (version and format aside).
fn same_content(a: &Deck, b: &Deck) -> bool {
    a.id == b.id
        && a.title == b.title
        && a.description == b.description
        && a.author == b.author
        && a.language == b.language
        && a.cards == b.cards
}

impl Collection {
    /// Every installed deck: built-in first, then the data folder's, in library order.
    pub fn deck_entries(&self) -> Vec<DeckEntry> {
        self.library
            .decks()
            .iter()
            .map(|d| DeckEntry {
                id: d.deck.id.clone(),
                title: d.deck.title.clone(),
                description: d.deck.description.clone(),
                author: d.deck.author.clone(),
                language: d.deck.language.clone(),
                version: d.deck.version,
                cards: d.deck.cards.len(),
                origin: self.origin_of(&d.deck.id, &d.source),
                active: self.settings.is_active(&d.deck.id),
            })
            .collect()
    }

    fn origin_of(&self, id: &str, source: &DeckSource) -> DeckOrigin {
        match source {
            DeckSource::Bundled => DeckOrigin::Bundled,
            DeckSource::Imported(_) if self.own.decks.contains_key(id) => DeckOrigin::Own,
            DeckSource::Imported(_) => DeckOrigin::Imported,
        }
    }

    /// Deck ids a new deck may not take: every installed deck's, and every deck's that has
    /// review history (a deleted deck's history stays under its id).
    pub fn taken_deck_ids(&self) -> HashSet<String> {
        self.library
            .decks()
            .iter()
            .map(|d| d.deck.id.clone())
            .chain(self.library.bundled().iter().map(|d| d.id.clone()))
            .chain(self.progress.decks().map(|(id, _)| id.clone()))
            .collect()
    }

    /// A copy of deck `id` to edit as the learner's own: a new id and "(my copy)" in the title,
    /// version 1. Not saved yet; save it with `Change::SaveDeck`.
    pub fn editable_copy(&self, id: &str) -> Option<Deck> {
        let mut deck = self.library.deck(id)?.deck.clone();
        deck.id = crate::deck::derive_id(&format!("{id} copy"), &self.taken_deck_ids());
        let suffix = " (my copy)";
        let room = MAX_TITLE_CHARS - suffix.chars().count();
        let mut title: String = deck.title.chars().take(room).collect();
        title.push_str(suffix);
        deck.title = title;
        deck.version = 1;
        deck.format = FORMAT_VERSION;
        Some(deck)
    }

    /// Marks an own deck as published at `version` (exported, or imported from a file).
    pub(super) fn published(&mut self, id: &str, version: u32) -> Result<(), StoreError> {
        let Some(own) = self.own.decks.get(id).copied() else {
            return Ok(());
        };
        let published = Some(own.published.map_or(version, |p| p.max(version)));
        if own.published != published {
            let mut next = self.own.clone();
            next.decks.insert(id.to_string(), OwnDeck { published });
            next.save(&self.dir)?;
            self.own = next;
        }
        Ok(())
    }

    /// Decides how a deck written in the app is saved: refused for a built-in deck; its version
    /// raised when an earlier version has left this computer (imported, or exported since).
    /// Nothing is written yet: [`SavePlan::write`] writes the file (on any thread), and
    /// `Change::DeckWritten` installs it. `Change::SaveDeck` does all three at once.
    pub fn plan_save(&self, mut deck: Deck) -> Result<SavePlan, StoreError> {
        let installed = self.library.deck(&deck.id);
        let published = match installed {
            Some(d) if d.source == DeckSource::Bundled => {
                return Err(StoreError::Refused(format!(
                    "\"{}\" is built into Reframe and cannot be changed; make an editable copy",
                    d.deck.title
                )));
            }
            Some(d) => match self.own.decks.get(&deck.id) {
                Some(own) => own.published,
                // Imported: that version came from someone else, so it is published.
                None => Some(d.deck.version),
            },
            None => None,
        };
        if let Some(old) = installed
            && same_content(&old.deck, &deck)
        {
            return Ok(SavePlan {
                deck: old.deck.clone(),
                raised: false,
                unchanged: true,
                own: None,
                dir: self.dir.clone(),
            });
        }
        deck.format = FORMAT_VERSION;
        deck.version = deck.version.max(installed.map_or(1, |d| d.deck.version));
        let raised = published.is_some_and(|p| deck.version <= p);
        if let Some(p) = published
            && raised
        {
            deck.version = p.saturating_add(1);
        }
        let mut own = self.own.clone();
        own.decks.insert(deck.id.clone(), OwnDeck { published });
        Ok(SavePlan {
            deck,
            raised,
            unchanged: false,
            own: (own != self.own).then_some(own),
            dir: self.dir.clone(),
        })
    }

    /// Installs a deck whose file was written by [`SavePlan::write`]: it becomes the learner's
    /// own and is ready to study at once.
    pub(super) fn install_own(&mut self, written: WrittenDeck) -> Result<(u32, bool), StoreError> {
        let WrittenDeck { plan, path } = written;
        let version = plan.deck.version;
        let Some(path) = path else {
            return Ok((version, false));
        };
        if let Some(own) = plan.own {
            self.own = own;
        }
        self.library
            .install_written(self.dir.root(), plan.deck, path)?;
        self.decks_changed();
        Ok((version, plan.raised))
    }

    /// Deletes a deck from the data folder: its file goes to `kept-aside/`, its review history
    /// stays (its cards are listed as retired in Browse), a built-in deck it replaced comes back.
    pub(super) fn delete_deck(&mut self, id: &str) -> Result<(String, PathBuf), StoreError> {
        let title = self
            .library
            .deck(id)
            .map(|d| d.deck.title.clone())
            .unwrap_or_default();
        let stamp = stamp(self.clock.as_ref());
        let dir = self.dir.clone();
        let kept = self
            .library
            .remove(dir.root(), id, |path| dir.keep_aside(path, &stamp))?;
        if self.own.decks.contains_key(id) {
            let mut own = self.own.clone();
            own.decks.remove(id);
            own.save(&self.dir)?;
            self.own = own;
        }
        self.decks_changed();
        Ok((title, kept))
    }

    /// Writes deck `id` to `path` (atomically) as canonical RON, CSV or TSV by its extension.
    /// Exporting an own deck publishes that version: a change saved after it raises the version.
    pub(super) fn export_deck(&mut self, id: &str, path: &Path) -> Result<u32, StoreError> {
        let deck = &self
            .library
            .deck(id)
            .ok_or_else(|| StoreError::Refused(format!("there is no deck \"{id}\"")))?
            .deck;
        let version = deck.version;
        crate::deck::write_deck_as(deck, path).map_err(StoreError::Refused)?;
        self.published(id, version)?;
        Ok(version)
    }

    /// The decks changed: the browse index is built again and the session keeps only cards
    /// that still exist.
    pub(super) fn decks_changed(&mut self) {
        self.browser.decks_changed();
        if let Some(mut session) = self.session.take() {
            session.retain(|key| self.find_card(key).is_some());
            self.session = Some(session);
        }
    }
}
