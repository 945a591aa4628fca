//! Reframe's app crate: the egui window (`ui`) and the command line (`cli`) over
//! [`reframe_core`], which holds everything else (decks, SM-2, the data folder, sessions, the
//! coach) and has no egui, eframe or winit in its dependency tree.

pub mod cli;
pub mod ui;
