//! Derived data that makes start-up fast and can always be thrown away: a binary copy of each
//! imported deck under `<data>/cache/`, checked against its RON file (the source of truth) on
//! every load, rebuilt whenever it does not match or cannot be read. Also the ids-only,
//! read-only path behind `reframe status`, which needs nothing but card ids.

mod deck;
pub mod hash;
mod status;

pub use deck::{CACHE_FORMAT, DeckIds, cache_path, encode, load_deck, load_ids, store};
pub use status::{Status, status};
