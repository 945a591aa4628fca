//! Reframe's core: a spaced-repetition trainer for answering resistant client statements with
//! MI-consistent responses, without any UI. Decks (`deck`, `library`), scheduling (`sm2`),
//! the data folder (`store`), study sessions (`session`, `collection`) and the coach (`coach`).
//! Time comes in through [`clock::Clock`], the data folder as a path.

pub mod authoring;
pub mod cache;
pub mod clock;
pub mod coach;
pub mod collection;
pub mod deck;
pub mod levels;
pub mod library;
pub mod markers;
pub mod mi;
pub mod report;
pub mod review_keys;
pub mod scheduler;
pub mod session;
pub mod sm2;
pub mod store;
pub mod synth;
