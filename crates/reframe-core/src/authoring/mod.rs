//! Writing decks in the app, without drawing: a deck and its cards as the author types them
//! ([`draft`]), checked field by field with the words of `reframe check`; the editor's state
//! with undo and redo ([`editor`]); the coach's reading of the author's own text ([`review`]).
//! New cards and decks get their ids from [`crate::deck::derive_id`] at their first save. Saving, deleting and exporting decks go
//! through `Collection::apply` like every other change to the data folder.

mod draft;
mod editor;
mod review;

pub use crate::deck::validate::{AltPart, DeckField, Field};
pub use draft::{AlternativeDraft, CardDraft, DeckFields, alternative};
pub use editor::{Blocked, Editor, SaveTicket};
pub use review::{CoachNote, coach_notes};
