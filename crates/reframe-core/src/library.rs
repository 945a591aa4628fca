//! The decks a learner has: the ones built into the program plus the ones imported into the data
//! folder (`decks/<id>.ron`). An imported deck replaces a bundled one of the same id when its
//! version is at least as high. A deck that fails to load is reported and skipped.

use crate::deck::convert::read_deck_source;
use crate::deck::{Deck, Diagnostic, ImportOptions};
use crate::store::{DECKS_DIR, Notice, StoreError, io_err, write_atomic};
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Where a deck came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckSource {
    Bundled,
    Imported(PathBuf),
}

#[derive(Debug, Clone)]
pub struct LibraryDeck {
    pub deck: Deck,
    pub source: DeckSource,
}

/// The installed decks, in a stable order (bundled first, then imported by id).
#[derive(Debug, Clone, Default)]
pub struct Library {
    decks: Vec<LibraryDeck>,
    notices: Vec<Notice>,
    /// The built-in decks as loaded, so one comes back when an imported deck that replaced it
    /// is deleted.
    bundled: Vec<Deck>,
}

/// What importing a deck file would change, for the learner to confirm.
#[derive(Debug, Clone)]
pub struct ImportPreview {
    pub path: PathBuf,
    pub deck_id: String,
    pub title: String,
    pub new_version: u32,
    /// The installed version, if a deck with this id is installed.
    pub installed_version: Option<u32>,
    pub cards: usize,
    /// Card ids new in this version.
    pub added: Vec<String>,
    /// Card ids whose text changed (progress on them is kept).
    pub changed: Vec<String>,
    /// Card ids no longer in the deck: retired, their history kept.
    pub retired: Vec<String>,
    source: Vec<u8>,
    deck: Deck,
}

impl ImportPreview {
    /// One plain sentence for a confirmation dialog.
    pub fn describe(&self) -> String {
        self.sentence(["Install", "Update"], "Your progress is kept.")
    }

    /// The same sentence once the import is done (for `reframe import`).
    pub fn done(&self) -> String {
        self.sentence(["Installed", "Updated"], "Your progress was kept.")
    }

    fn sentence(&self, [install, update]: [&str; 2], kept: &str) -> String {
        match self.installed_version {
            None => format!(
                "{install} \"{}\" (version {}, {} cards).",
                self.title, self.new_version, self.cards
            ),
            Some(old) => format!(
                "{update} \"{}\" from version {old} to {}: {} card(s) added, {} changed, {} retired. {kept}",
                self.title,
                self.new_version,
                self.added.len(),
                self.changed.len(),
                self.retired.len()
            ),
        }
    }
}

/// The decks compiled into the program. They are checked in CI; should one still fail, it is
/// reported like a broken imported deck.
pub(crate) fn bundled_decks(notices: &mut Vec<Notice>) -> Vec<Deck> {
    let mut decks = Vec::new();
    for b in crate::deck::bundled() {
        match b.parse() {
            Ok(d) => decks.push(d),
            Err(problems) => notices.push(Notice::new(
                format!(
                    "The built-in deck {} could not be loaded: {}",
                    b.file_name,
                    problems
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                ),
                None,
            )),
        }
    }
    decks
}

/// The `.ron` files in `data_dir/decks`, sorted by name: the order imported decks load in.
pub(crate) fn imported_deck_files(data_dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(data_dir.join(DECKS_DIR))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "ron"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// What the library's one rule for two decks with the same id needs to know of a deck.
pub(crate) trait Installable {
    fn id(&self) -> &str;
    fn title(&self) -> &str;
    fn version(&self) -> u32;
}

impl Installable for LibraryDeck {
    fn id(&self) -> &str {
        &self.deck.id
    }
    fn title(&self) -> &str {
        &self.deck.title
    }
    fn version(&self) -> u32 {
        self.deck.version
    }
}

/// Adds `deck`, replacing one with the same id when its version is at least as high; an older
/// one is not used and the learner is told. Shared with the ids-only status path, so the app
/// and `reframe status` always count the same decks.
pub(crate) fn install<T: Installable>(decks: &mut Vec<T>, deck: T, notices: &mut Vec<Notice>) {
    match decks.iter_mut().find(|d| d.id() == deck.id()) {
        Some(existing) if deck.version() >= existing.version() => *existing = deck,
        Some(existing) => notices.push(Notice::new(
            format!(
                "The imported deck \"{}\" (version {}) is older than the one already installed (version {}), so it is not used.",
                deck.title(),
                deck.version(),
                existing.version()
            ),
            None,
        )),
        None => decks.push(deck),
    }
}

impl Library {
    /// Bundled decks plus those imported into `data_dir/decks`.
    pub fn load(data_dir: &Path) -> Library {
        let mut notices = Vec::new();
        let bundled = bundled_decks(&mut notices);
        let mut lib = Library::load_over(bundled, data_dir);
        notices.append(&mut lib.notices);
        lib.notices = notices;
        lib
    }

    /// `bundled` stands for the built-in decks (tests pass their own), then imports on top.
    pub fn load_over(bundled: Vec<Deck>, data_dir: &Path) -> Library {
        let mut lib = Library::from_decks(bundled);
        for path in imported_deck_files(data_dir) {
            // Through the binary cache (src/cache): the RON file stays the source of truth.
            match crate::cache::load_deck(data_dir, &path) {
                Ok(deck) => lib.install(deck, DeckSource::Imported(path)),
                Err(problems) => {
                    let first: Vec<String> =
                        problems.iter().take(3).map(ToString::to_string).collect();
                    lib.notices.push(Notice::new(
                        format!(
                            "The deck file {} could not be loaded, so its cards are not shown; your progress on it is kept. {}{}",
                            path.display(),
                            first.join("; "),
                            if problems.len() > 3 { "; …" } else { "" }
                        ),
                        None,
                    ));
                }
            }
        }
        lib
    }

    /// A library of exactly these decks, as if bundled.
    pub fn from_decks(decks: Vec<Deck>) -> Library {
        let mut lib = Library::default();
        for d in &decks {
            lib.install(d.clone(), DeckSource::Bundled);
        }
        lib.bundled = decks;
        lib
    }

    /// The built-in decks, whether or not an imported deck replaces one of them.
    pub fn bundled(&self) -> &[Deck] {
        &self.bundled
    }

    fn install(&mut self, deck: Deck, source: DeckSource) {
        // Two imported files with one deck at one version but different cards: the deck was
        // changed on two computers sharing the folder. Both files stay; say which is used.
        if let DeckSource::Imported(path) = &source
            && let Some(existing) = self.decks.iter().find(|d| d.deck.id == deck.id)
            && let DeckSource::Imported(other) = &existing.source
            && existing.deck.version == deck.version
            && existing.deck.cards != deck.cards
        {
            self.notices.push(Notice::new(
                format!(
                    "The deck \"{}\" is in two files at the same version ({} and {}), with \
                     different cards: it was probably changed on two computers. Both files are \
                     kept; {} is the one studied. Keep the one you want and raise its version.",
                    deck.title,
                    other.display(),
                    path.display(),
                    path.display()
                ),
                None,
            ));
        }
        install(
            &mut self.decks,
            LibraryDeck { deck, source },
            &mut self.notices,
        );
    }

    pub fn decks(&self) -> &[LibraryDeck] {
        &self.decks
    }

    pub fn deck(&self, id: &str) -> Option<&LibraryDeck> {
        self.decks.iter().find(|d| d.deck.id == id)
    }

    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Reads and checks a deck file and says what installing it would change. Nothing changes.
    pub fn import_preview(&self, path: &Path) -> Result<ImportPreview, Vec<Diagnostic>> {
        self.import_preview_with(path, &ImportOptions::default())
    }

    /// Like [`Self::import_preview`] for any file kind [`read_deck_source`] reads (RON, CSV,
    /// TSV, an Anki export with the technique and category in `options`). What gets installed
    /// is the RON file itself, or the canonical RON of a deck read from another kind.
    pub fn import_preview_with(
        &self,
        path: &Path,
        options: &ImportOptions,
    ) -> Result<ImportPreview, Vec<Diagnostic>> {
        let (deck, source) = read_deck_source(path, options)?;
        let installed = self.deck(&deck.id);
        if let Some(old) = installed
            && deck.version < old.deck.version
        {
            return Err(vec![Diagnostic {
                path: path.display().to_string(),
                position: None,
                message: format!(
                    "this is version {} of \"{}\", older than the installed version {}; nothing was changed",
                    deck.version, deck.title, old.deck.version
                ),
            }]);
        }
        let (mut added, mut changed, mut retired) = (Vec::new(), Vec::new(), Vec::new());
        if let Some(old) = installed {
            let before: HashMap<&str, &crate::deck::Card> =
                old.deck.cards.iter().map(|c| (c.id.as_str(), c)).collect();
            let after: HashMap<&str, ()> = deck.cards.iter().map(|c| (c.id.as_str(), ())).collect();
            for c in &deck.cards {
                match before.get(c.id.as_str()) {
                    None => added.push(c.id.clone()),
                    Some(prev) if *prev != c => changed.push(c.id.clone()),
                    Some(_) => {}
                }
            }
            retired.extend(
                old.deck
                    .cards
                    .iter()
                    .filter(|c| !after.contains_key(c.id.as_str()))
                    .map(|c| c.id.clone()),
            );
        }
        Ok(ImportPreview {
            path: path.to_path_buf(),
            deck_id: deck.id.clone(),
            title: deck.title.clone(),
            new_version: deck.version,
            installed_version: installed.map(|d| d.deck.version),
            cards: deck.cards.len(),
            added,
            changed,
            retired,
            source,
            deck,
        })
    }

    /// Copies the previewed file into `data_dir/decks/<id>.ron` atomically and installs it.
    pub fn import(&mut self, data_dir: &Path, preview: &ImportPreview) -> Result<(), StoreError> {
        let target = write_deck_file(data_dir, &preview.source, &preview.deck)?;
        self.install_written(data_dir, preview.deck.clone(), target)
    }

    /// Installs a deck whose file `path` in `decks/` has just been written (by
    /// [`write_own_deck`] or an import), replacing any installed deck with its id.
    pub fn install_written(
        &mut self,
        data_dir: &Path,
        deck: Deck,
        path: PathBuf,
    ) -> Result<(), StoreError> {
        // An older version imported under another file name would compete with this one at the
        // next start; it is in the backups, so it can go.
        if let Some(LibraryDeck {
            source: DeckSource::Imported(old),
            ..
        }) = self.deck(&deck.id)
            && *old != path
        {
            fs::remove_file(old).map_err(io_err(old))?;
            // Its derived cache goes with it (it is only ever rebuilt from the RON file).
            let _ = fs::remove_file(crate::cache::cache_path(data_dir, old));
        }
        self.install(deck, DeckSource::Imported(path));
        Ok(())
    }

    /// Takes deck `id` out of the library: each of its files in `decks/` (the one in use and any
    /// older version under another name) is handed to `keep`, which moves it aside; a built-in
    /// deck it had replaced comes back. Returns where the file in use went.
    pub fn remove(
        &mut self,
        data_dir: &Path,
        id: &str,
        mut keep: impl FnMut(&Path) -> Result<PathBuf, StoreError>,
    ) -> Result<PathBuf, StoreError> {
        let path = match self.deck(id) {
            Some(LibraryDeck {
                source: DeckSource::Imported(path),
                ..
            }) => path.clone(),
            Some(d) => {
                return Err(StoreError::Refused(format!(
                    "\"{}\" is built into Reframe and cannot be deleted",
                    d.deck.title
                )));
            }
            None => return Err(StoreError::Refused(format!("there is no deck \"{id}\""))),
        };
        let kept = keep(&path)?;
        let _ = fs::remove_file(crate::cache::cache_path(data_dir, &path));
        // Older versions under other names would bring the deck back at the next start.
        for other in imported_deck_files(data_dir) {
            if crate::cache::load_ids(data_dir, &other).is_ok_and(|ids| ids.id == id) {
                keep(&other)?;
                let _ = fs::remove_file(crate::cache::cache_path(data_dir, &other));
            }
        }
        self.decks.retain(|d| d.deck.id != id);
        if let Some(b) = self.bundled.iter().find(|b| b.id == id).cloned() {
            self.install(b, DeckSource::Bundled);
        }
        Ok(kept)
    }
}

/// `source` (the file's bytes) becomes `data_dir/decks/<id>.ron`, written atomically, with its
/// binary cache beside it; returns the file's path.
fn write_deck_file(data_dir: &Path, source: &[u8], deck: &Deck) -> Result<PathBuf, StoreError> {
    let dir = data_dir.join(DECKS_DIR);
    fs::create_dir_all(&dir).map_err(io_err(&dir))?;
    let target = dir.join(format!("{}.ron", deck.id));
    write_atomic(&target, source)?;
    // The binary cache too, so the next start need not parse a big deck again.
    crate::cache::store(data_dir, &target, source, deck);
    Ok(target)
}

/// Writes a deck made in the app as canonical RON into `data_dir/decks/<id>.ron`, with its
/// cache; returns the file's path. What is written is read back first: a deck this program
/// could not read again is refused and nothing is written. Touches nothing but those two files,
/// so it may run on another thread while the window goes on; install the deck afterwards with
/// [`Library::install_written`].
pub fn write_own_deck(data_dir: &Path, deck: &Deck) -> Result<PathBuf, StoreError> {
    let text = crate::deck::to_ron(deck);
    match crate::deck::parse_deck(text.as_bytes(), &format!("{}.ron", deck.id)) {
        Ok(back) if back == *deck => {}
        Ok(_) => {
            return Err(StoreError::Refused(
                "the deck would not read back the same; nothing was saved".to_string(),
            ));
        }
        Err(problems) => {
            let first = problems
                .first()
                .map(|d| d.message.clone())
                .unwrap_or_default();
            return Err(StoreError::Refused(format!(
                "the deck has a problem ({first}); nothing was saved"
            )));
        }
    }
    write_deck_file(data_dir, text.as_bytes(), deck)
}
