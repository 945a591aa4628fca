//! Reframe: a spaced-repetition trainer for answering resistant client statements with
//! MI-consistent responses.
//!
//! The core (`deck`, `sm2`, `store`, `session`, `cli`) is plain Rust with no egui in it; `ui` is
//! a thin layer over it. Time comes in through [`clock::Clock`], the data folder as a path.

pub mod cache;
pub mod cli;
pub mod clock;
pub mod coach;
pub mod collection;
pub mod deck;
pub mod library;
pub mod markers;
pub mod mi;
pub mod session;
pub mod sm2;
pub mod store;
pub mod synth;
pub mod ui;
