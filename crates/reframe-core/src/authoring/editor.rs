//! The deck editor's state, without any drawing: the deck's fields and cards as typed, each
//! card's problem count kept up to date card by card (never by checking the whole deck again),
//! undo and redo as small steps (a 10,000-card deck is never copied to undo one edit), and
//! whether anything changed since the last save.

use super::draft::{CardDraft, DeckFields};
use crate::deck::validate::Field;
use crate::deck::{Deck, FORMAT_VERSION, IdMaker, derive_id};
use std::collections::{HashMap, HashSet};

/// Steps kept for undo; the oldest go first.
const MAX_UNDO: usize = 2_000;

/// One change, stored as what undoes it.
#[derive(Debug, Clone)]
enum Op {
    SetCard(usize, CardDraft),
    Insert(usize, CardDraft),
    Remove(usize),
    Move { from: usize, to: usize },
    SetFields(DeckFields),
}

/// What typing into one field of one card (or of the deck) is grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Typing {
    Card(u64, Field),
    Fields(usize),
}

#[derive(Debug, Clone)]
struct Step {
    op: Op,
    /// The editor's state before the step is taken back, and after.
    from: u64,
    to: u64,
    typing: Option<Typing>,
}

/// The editor's state when a deck was made to save: see [`Editor::ticket`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveTicket {
    state: u64,
    keys: Vec<u64>,
}

/// Why a deck cannot be saved yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocked {
    /// A deck field has a problem (the first is given).
    Field(String),
    /// The deck has no cards.
    NoCards,
    /// Cards with problems: how many, and the first one's index.
    Cards { count: usize, first: usize },
}

impl std::fmt::Display for Blocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Blocked::Field(m) => write!(f, "the deck's fields need fixing first: {m}"),
            Blocked::NoCards => f.write_str("a deck needs at least one card; add one first"),
            Blocked::Cards { count: 1, first } => {
                write!(f, "card {} has a problem to fix first", first + 1)
            }
            Blocked::Cards { count, first } => write!(
                f,
                "{count} cards have problems to fix first (the first is card {})",
                first + 1
            ),
        }
    }
}

/// A deck open for editing.
#[derive(Debug, Clone)]
pub struct Editor {
    /// Fixed once the deck has been saved; `None` for a new deck until then (made from the
    /// title at the first save).
    deck_id: Option<String>,
    version: u32,
    fields: DeckFields,
    cards: Vec<CardDraft>,
    /// Problems per card, parallel to `cards`.
    problems: Vec<u32>,
    cards_with_problems: usize,
    /// Cards tagged `needs-review` (an Anki import's, until the author has looked at them).
    cards_to_review: usize,
    /// Saved card ids by card key: given at the first save, never changed by an edit or undo.
    ids: HashMap<u64, String>,
    next_key: u64,
    undo: Vec<Step>,
    redo: Vec<Step>,
    state: u64,
    next_state: u64,
    saved_state: u64,
}

impl Editor {
    /// A new, empty deck.
    pub fn new_deck(author: &str) -> Editor {
        let fields = DeckFields {
            author: author.to_string(),
            language: "en".to_string(),
            ..DeckFields::default()
        };
        let mut e = Editor::with(None, 1, fields, Vec::new());
        // Nothing saved yet: a new deck counts as changed until its first save.
        e.saved_state = u64::MAX;
        e
    }

    /// An installed deck, to change.
    pub fn open(deck: &Deck) -> Editor {
        let cards = deck
            .cards
            .iter()
            .enumerate()
            .map(|(i, c)| CardDraft::from_card(c, i as u64))
            .collect();
        let fields = DeckFields {
            title: deck.title.clone(),
            description: deck.description.clone(),
            author: deck.author.clone(),
            language: deck.language.clone(),
        };
        let mut e = Editor::with(Some(deck.id.clone()), deck.version, fields, cards);
        e.ids = deck
            .cards
            .iter()
            .enumerate()
            .map(|(i, c)| (i as u64, c.id.clone()))
            .collect();
        e
    }

    fn with(
        deck_id: Option<String>,
        version: u32,
        fields: DeckFields,
        cards: Vec<CardDraft>,
    ) -> Editor {
        let problems: Vec<u32> = cards.iter().map(|c| c.problems().len() as u32).collect();
        Editor {
            deck_id,
            version,
            fields,
            cards_with_problems: problems.iter().filter(|&&n| n > 0).count(),
            cards_to_review: cards.iter().filter(|c| c.needs_review()).count(),
            next_key: cards.len() as u64,
            cards,
            problems,
            ids: HashMap::new(),
            undo: Vec::new(),
            redo: Vec::new(),
            state: 0,
            next_state: 1,
            saved_state: 0,
        }
    }

    pub fn deck_id(&self) -> Option<&str> {
        self.deck_id.as_deref()
    }

    pub fn version(&self) -> u32 {
        self.version
    }

    pub fn fields(&self) -> &DeckFields {
        &self.fields
    }

    pub fn cards(&self) -> &[CardDraft] {
        &self.cards
    }

    pub fn len(&self) -> usize {
        self.cards.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    /// The card's saved id, or `None` for a card not saved yet.
    pub fn card_id(&self, i: usize) -> Option<&str> {
        self.ids.get(&self.cards.get(i)?.key).map(String::as_str)
    }

    /// How many problems card `i` has.
    pub fn card_problems(&self, i: usize) -> u32 {
        self.problems.get(i).copied().unwrap_or(0)
    }

    pub fn cards_with_problems(&self) -> usize {
        self.cards_with_problems
    }

    /// How many cards still carry the `needs-review` tag an Anki import gives every card.
    pub fn cards_to_review(&self) -> usize {
        self.cards_to_review
    }

    /// Something changed since the last save (or the deck was never saved).
    pub fn is_dirty(&self) -> bool {
        self.state != self.saved_state
    }

    /// Never saved: the deck has no id yet.
    pub fn is_new(&self) -> bool {
        self.deck_id.is_none()
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Replaces the deck's fields; typing into one field is one step to undo.
    pub fn set_fields(&mut self, fields: DeckFields) {
        if fields == self.fields {
            return;
        }
        let which = [
            (&fields.title, &self.fields.title),
            (&fields.description, &self.fields.description),
            (&fields.author, &self.fields.author),
            (&fields.language, &self.fields.language),
        ]
        .iter()
        .position(|(a, b)| a != b)
        .unwrap_or(0);
        let old = std::mem::replace(&mut self.fields, fields);
        self.record(Op::SetFields(old), Some(Typing::Fields(which)));
    }

    /// Replaces card `i`; typing into one of its fields is one step to undo.
    pub fn set_card(&mut self, i: usize, mut card: CardDraft) {
        let Some(current) = self.cards.get(i) else {
            return;
        };
        card.key = current.key;
        let Some(field) = current.changed_field(&card) else {
            return;
        };
        let old = std::mem::replace(&mut self.cards[i], card);
        self.recount(i, &old);
        self.record(
            Op::SetCard(i, old),
            Some(Typing::Card(self.cards[i].key, field)),
        );
    }

    /// Adds an empty card at `at` (clamped) and returns where it went.
    pub fn add_card(&mut self, at: usize) -> usize {
        let card = CardDraft {
            key: self.fresh_key(),
            ..CardDraft::default()
        };
        self.insert(at, card)
    }

    /// Copies card `i` just after it, as a new card (it gets its own id when saved).
    pub fn duplicate(&mut self, i: usize) -> Option<usize> {
        let mut card = self.cards.get(i)?.clone();
        card.key = self.fresh_key();
        Some(self.insert(i + 1, card))
    }

    fn insert(&mut self, at: usize, card: CardDraft) -> usize {
        let at = at.min(self.cards.len());
        self.apply_op(Op::Insert(at, card));
        self.record(Op::Remove(at), None);
        at
    }

    /// Deletes card `i` (undo brings it back, with its id).
    pub fn remove(&mut self, i: usize) {
        if i >= self.cards.len() {
            return;
        }
        let inverse = self.apply_op(Op::Remove(i));
        self.record(inverse, None);
    }

    /// Moves card `from` to position `to`; false when either is out of range.
    pub fn move_card(&mut self, from: usize, to: usize) -> bool {
        if from >= self.cards.len() || to >= self.cards.len() || from == to {
            return false;
        }
        let inverse = self.apply_op(Op::Move { from, to });
        self.record(inverse, None);
        true
    }

    /// Takes back the last step; returns the card it touched, to show it.
    pub fn undo(&mut self) -> Option<Option<usize>> {
        let step = self.undo.pop()?;
        let shown = self.touched(&step.op);
        let inverse = self.apply_op(step.op);
        self.state = step.to;
        self.redo.push(Step {
            op: inverse,
            from: step.to,
            to: step.from,
            typing: None,
        });
        Some(shown)
    }

    /// Does again the last step taken back.
    pub fn redo(&mut self) -> Option<Option<usize>> {
        let step = self.redo.pop()?;
        let shown = self.touched(&step.op);
        let inverse = self.apply_op(step.op);
        self.state = step.to;
        self.undo.push(Step {
            op: inverse,
            from: step.to,
            to: step.from,
            typing: None,
        });
        Some(shown)
    }

    /// The deck as it will be saved, with ids for new cards (from their statements) and for a
    /// new deck (from its title, unique among `taken_deck_ids`); or why it cannot be saved.
    pub fn to_deck(&self, taken_deck_ids: &HashSet<String>) -> Result<Deck, Blocked> {
        if let Some((_, m)) = self.fields.problems().into_iter().next() {
            return Err(Blocked::Field(m));
        }
        if self.cards.is_empty() {
            return Err(Blocked::NoCards);
        }
        if self.cards_with_problems > 0 {
            let first = self.problems.iter().position(|&n| n > 0).unwrap_or(0);
            return Err(Blocked::Cards {
                count: self.cards_with_problems,
                first,
            });
        }
        let mut ids = IdMaker::new(self.ids.values().cloned().collect());
        let mut cards = Vec::with_capacity(self.cards.len());
        for (i, draft) in self.cards.iter().enumerate() {
            let id = match self.ids.get(&draft.key) {
                Some(id) => id.clone(),
                None => ids.make(&draft.statement),
            };
            let card = draft
                .to_card(id)
                .ok_or(Blocked::Cards { count: 1, first: i })?;
            cards.push(card);
        }
        let id = match &self.deck_id {
            Some(id) => id.clone(),
            None => derive_id(&self.fields.title, taken_deck_ids),
        };
        Ok(Deck {
            format: FORMAT_VERSION,
            id,
            title: self.fields.title.trim().to_string(),
            description: self.fields.description.trim().to_string(),
            author: self.fields.author.trim().to_string(),
            version: self.version,
            language: self.fields.language.trim().to_string(),
            cards,
        })
    }

    /// Which state a deck made by [`Editor::to_deck`] now comes from, and which card is which,
    /// for [`Editor::saved`] (the author may go on editing while a big deck is written).
    pub fn ticket(&self) -> SaveTicket {
        SaveTicket {
            state: self.state,
            keys: self.cards.iter().map(|c| c.key).collect(),
        }
    }

    /// `deck`, made by [`Editor::to_deck`] in the state `ticket` was taken in, was saved: its
    /// ids and version are now fixed, and that state counts as saved.
    pub fn saved(&mut self, deck: &Deck, ticket: &SaveTicket) {
        if deck.cards.len() != ticket.keys.len() {
            return;
        }
        self.deck_id = Some(deck.id.clone());
        self.version = deck.version;
        for (key, card) in ticket.keys.iter().zip(&deck.cards) {
            self.ids.insert(*key, card.id.clone());
        }
        self.saved_state = ticket.state;
        // Typing after a save is a new step.
        if let Some(top) = self.undo.last_mut() {
            top.typing = None;
        }
    }

    fn fresh_key(&mut self) -> u64 {
        self.next_key += 1;
        self.next_key - 1
    }

    /// Records a step just taken (as what undoes it). Typing on in the same field joins the
    /// step before; any new step clears redo.
    fn record(&mut self, undo_op: Op, typing: Option<Typing>) {
        let new_state = self.next_state;
        self.next_state += 1;
        self.redo.clear();
        match self.undo.last_mut() {
            Some(top) if typing.is_some() && top.typing == typing && top.from == self.state => {
                top.from = new_state;
            }
            _ => {
                self.undo.push(Step {
                    op: undo_op,
                    from: new_state,
                    to: self.state,
                    typing,
                });
                if self.undo.len() > MAX_UNDO {
                    self.undo.remove(0);
                }
            }
        }
        self.state = new_state;
    }

    /// The card a step touches, to show after undo or redo.
    fn touched(&self, op: &Op) -> Option<usize> {
        match op {
            Op::SetCard(i, _) | Op::Insert(i, _) => Some(*i),
            Op::Remove(i) => Some((*i).min(self.cards.len().saturating_sub(2))),
            Op::Move { to, .. } => Some(*to),
            Op::SetFields(_) => None,
        }
    }

    /// Applies `op` and returns what undoes it; keeps the problem counts in step.
    fn apply_op(&mut self, op: Op) -> Op {
        match op {
            Op::SetCard(i, card) => {
                let old = std::mem::replace(&mut self.cards[i], card);
                self.recount(i, &old);
                Op::SetCard(i, old)
            }
            Op::Insert(i, card) => {
                let n = card.problems().len() as u32;
                self.cards_to_review += usize::from(card.needs_review());
                self.cards.insert(i, card);
                self.problems.insert(i, n);
                self.cards_with_problems += usize::from(n > 0);
                Op::Remove(i)
            }
            Op::Remove(i) => {
                let card = self.cards.remove(i);
                let n = self.problems.remove(i);
                self.cards_with_problems -= usize::from(n > 0);
                self.cards_to_review -= usize::from(card.needs_review());
                Op::Insert(i, card)
            }
            Op::Move { from, to } => {
                let card = self.cards.remove(from);
                self.cards.insert(to, card);
                let n = self.problems.remove(from);
                self.problems.insert(to, n);
                Op::Move { from: to, to: from }
            }
            Op::SetFields(fields) => Op::SetFields(std::mem::replace(&mut self.fields, fields)),
        }
    }

    /// Card `i` replaced `old`: its problems and its review mark counted again.
    fn recount(&mut self, i: usize, old: &CardDraft) {
        let n = self.cards[i].problems().len() as u32;
        let was = std::mem::replace(&mut self.problems[i], n);
        self.cards_with_problems =
            self.cards_with_problems + usize::from(n > 0) - usize::from(was > 0);
        self.cards_to_review = self.cards_to_review + usize::from(self.cards[i].needs_review())
            - usize::from(old.needs_review());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::parse_deck;

    fn deck() -> Deck {
        let src = r#"Deck(format: 2, id: "d", title: "T", author: "A", version: 3, language: "en", cards: [
            Card(id: "one", statement: "One.", response: "R one.", technique: "reframe", category: "blaming", note: "N."),
            Card(id: "two", statement: "Two.", response: "R two.", technique: "reframe", category: "blaming", note: "N."),
        ])"#;
        parse_deck(src.as_bytes(), "d.ron").expect("parses")
    }

    fn fill(e: &mut Editor, i: usize, statement: &str) {
        let mut c = e.cards()[i].clone();
        c.statement = statement.into();
        c.response = "Something reflective.".into();
        c.technique = "complex-reflection".into();
        c.category = "pessimism".into();
        c.note = "Why it works.".into();
        e.set_card(i, c);
    }

    #[test]
    fn ids_are_made_once_and_survive_edits_and_undo() {
        let d = deck();
        let mut e = Editor::open(&d);
        assert!(!e.is_dirty());
        let new = e.add_card(2);
        fill(&mut e, new, "I have failed every time.");
        let saved = e.to_deck(&HashSet::new()).expect("saves");
        assert_eq!(saved.cards[2].id, "i-have-failed-every-time");
        let ticket = e.ticket();
        e.saved(&saved, &ticket);
        assert!(!e.is_dirty());
        let mut c = e.cards()[2].clone();
        c.statement = "Nothing ever works for me.".into();
        e.set_card(2, c);
        assert!(e.is_dirty());
        let again = e.to_deck(&HashSet::new()).expect("saves");
        assert_eq!(
            again.cards[2].id, "i-have-failed-every-time",
            "text edits keep the id"
        );
        e.undo();
        assert!(!e.is_dirty(), "undo back to the saved state");
        assert_eq!(e.card_id(0), Some("one"));
    }

    #[test]
    fn typing_in_one_field_is_one_undo_step_and_redo_returns_it() {
        let mut e = Editor::open(&deck());
        for text in ["O", "On", "One more"] {
            let mut c = e.cards()[0].clone();
            c.statement = text.into();
            e.set_card(0, c);
        }
        let mut c = e.cards()[0].clone();
        c.note = "".into();
        e.set_card(0, c);
        assert_eq!(e.cards_with_problems(), 1);
        assert_eq!(e.undo(), Some(Some(0)));
        assert_eq!(e.cards_with_problems(), 0);
        assert_eq!(e.cards()[0].statement, "One more");
        e.undo();
        assert_eq!(e.cards()[0].statement, "One.");
        assert!(!e.can_undo());
        e.redo();
        assert_eq!(e.cards()[0].statement, "One more");
    }

    #[test]
    fn cards_to_review_follow_the_tag_through_edits_duplicates_and_undo() {
        let mut d = deck();
        d.cards[0].tags = vec!["court".into(), crate::deck::NEEDS_REVIEW.into()];
        let mut e = Editor::open(&d);
        assert_eq!(e.cards_to_review(), 1);
        assert!(e.cards()[0].needs_review() && !e.cards()[1].needs_review());
        e.duplicate(0).expect("card 0");
        assert_eq!(e.cards_to_review(), 2, "a copy keeps the mark");
        let reviewed = e.cards()[0].reviewed();
        assert_eq!(reviewed.tags, "court", "other tags stay");
        e.set_card(0, reviewed);
        assert_eq!(e.cards_to_review(), 1);
        e.undo();
        assert_eq!(e.cards_to_review(), 2);
        e.undo();
        assert_eq!(e.cards_to_review(), 1, "the copy undone");
        // Tags typed with spaces are split as saving splits them.
        let mut c = e.cards()[1].clone();
        c.tags = "court needs-review".into();
        e.set_card(1, c);
        assert_eq!(e.cards_to_review(), 2);
        assert_eq!(e.cards()[1].reviewed().tags, "court");
    }

    #[test]
    fn structure_edits_undo_in_order() {
        let mut e = Editor::open(&deck());
        let copy = e.duplicate(0).expect("card 0");
        assert_eq!((copy, e.len()), (1, 3));
        assert_eq!(e.card_id(1), None, "a copy is a new card");
        assert!(e.move_card(2, 0));
        e.remove(1);
        let order =
            |e: &Editor| -> Vec<String> { e.cards().iter().map(|c| c.statement.clone()).collect() };
        assert_eq!(order(&e), ["Two.", "One."]);
        while e.undo().is_some() {}
        assert_eq!(order(&e), ["One.", "Two."]);
        assert!(!e.is_dirty());
    }

    #[test]
    fn a_new_deck_is_blocked_until_it_is_complete() {
        let mut e = Editor::new_deck("Sam");
        assert!(e.is_dirty() && e.is_new());
        let mut f = e.fields().clone();
        f.title = "Week one".into();
        e.set_fields(f);
        assert_eq!(e.to_deck(&HashSet::new()), Err(Blocked::NoCards));
        let i = e.add_card(0);
        assert!(matches!(
            e.to_deck(&HashSet::new()),
            Err(Blocked::Cards { count: 1, first: 0 })
        ));
        fill(&mut e, i, "It won't work.");
        let taken: HashSet<String> = ["week-one".to_string()].into();
        let d = e.to_deck(&taken).expect("complete");
        assert_eq!((d.id.as_str(), d.version), ("week-one-2", 1));
        let ticket = e.ticket();
        // Edited while the deck was being written: still unsaved after it is.
        let mut c = e.cards()[i].clone();
        c.note = "Changed meanwhile.".into();
        e.set_card(i, c);
        e.saved(&d, &ticket);
        assert!(e.is_dirty() && !e.is_new());
        assert_eq!(e.card_id(i), Some("it-won-t-work"));
        e.undo();
        assert!(!e.is_dirty() && !e.is_new());
    }
}
