//! `reframe status` without loading a single card text: settings, the decks' card ids (from the
//! cache's head section) and progress, all read-only — no lock, no backup, no snapshot — so a
//! shell prompt can run it while the app is open. Counts come from the same `count_today` as
//! the app's, so the two cannot disagree.

use super::deck::{DeckIds, load_ids};
use crate::clock::Clock;
use crate::collection::{Today, count_today, load_settings};
use crate::library::{Installable, bundled_decks, imported_deck_files, install};
use crate::session::DeckCards;
use crate::store::device::DeviceId;
use crate::store::{DataDir, Notice, OpenError, StoreError, load};
use std::path::Path;

/// Today's counts and anything the learner should hear about (a deck that does not load, a
/// damaged file the app will repair when it next opens).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub today: Today,
    pub notices: Vec<Notice>,
}

/// Today's counts for the data folder `data_dir`, read-only, as this computer sees it (every
/// device's log merged, like the app).
pub fn status(data_dir: &Path, clock: &dyn Clock) -> Result<Status, OpenError> {
    let device = DeviceId::resolve().map_err(|e| OpenError::Store(StoreError::Refused(e)))?;
    status_as(data_dir, clock, &device)
}

/// [`status`] as the computer `device`.
pub fn status_as(
    data_dir: &Path,
    clock: &dyn Clock,
    device: &DeviceId,
) -> Result<Status, OpenError> {
    let dir = DataDir::as_found(data_dir, device);
    // Only used to name kept-aside files, which a read-only load never writes.
    let stamp = String::new();
    let mut notices = Vec::new();
    let settings = load_settings(&dir, &mut notices)?;
    let decks = deck_ids(data_dir, &mut notices);
    let loaded = load::load(&dir, &stamp, false)?;
    notices.extend(loaded.notices);
    let day = settings.day_start().study_day(clock.now());
    let today = count_today(
        decks.iter().map(|d| {
            let cards = DeckCards {
                deck: &d.id,
                cards: d.cards.iter().map(String::as_str).collect(),
                kinds: d.kinds.clone(),
            };
            (d.title.as_str(), cards)
        }),
        &settings,
        &loaded.progress,
        day,
    );
    Ok(Status { today, notices })
}

/// The library's decks as ids, in library order: bundled first, then imported by file name,
/// an imported deck replacing one of the same id when its version is at least as high
/// (the rule of `Library::install`).
fn deck_ids(data_dir: &Path, notices: &mut Vec<Notice>) -> Vec<DeckIds> {
    let mut decks: Vec<DeckIds> = Vec::new();
    for deck in bundled_decks(notices) {
        install(&mut decks, DeckIds::of(&deck), notices);
    }
    for path in imported_deck_files(data_dir) {
        match load_ids(data_dir, &path) {
            Ok(ids) => install(&mut decks, ids, notices),
            Err(problems) => notices.push(Notice::new(
                format!(
                    "The deck file {} could not be loaded, so its cards are not counted. {}",
                    path.display(),
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

impl Installable for DeckIds {
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.title
    }
    fn version(&self) -> u32 {
        self.version
    }
}
