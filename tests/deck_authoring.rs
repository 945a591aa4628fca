//! Decks written in the app, through the one write path: saved as canonical RON and ready to
//! study at once, their version raised only when an earlier version has left this computer,
//! progress kept by (deck id, card id) across edits, an editable copy of a built-in deck,
//! delete (file kept aside, history kept) and export / import back unchanged.

#[path = "store_support/mod.rs"]
mod support;

use reframe_core::authoring::Editor;
use reframe_core::collection::{BrowseQuery, Change, Collection, DeckOrigin, Effect, StateFilter};
use reframe_core::deck::{Deck, load_deck_file};
use reframe_core::scheduler::CardKey;
use reframe_core::sm2::Grade;
use support::*;

const T0: &str = "2026-03-01T09:00:00+00:00";

/// Builds a two-card deck in the editor, as an author would, and returns it ready to save.
fn written_deck(c: &Collection) -> Deck {
    let mut e = Editor::new_deck("Sam Author");
    let mut f = e.fields().clone();
    f.title = "Week one".into();
    e.set_fields(f);
    for statement in [
        "I don't see the point of this.",
        "My mother nags me about it.",
    ] {
        let i = e.add_card(e.len());
        let mut card = e.cards()[i].clone();
        card.statement = statement.into();
        card.response = "You're not sure this is worth your time.".into();
        card.technique = "simple-reflection".into();
        card.category = "discounting".into();
        card.note = "Says the doubt back without arguing.".into();
        e.set_card(i, card);
    }
    e.to_deck(&c.taken_deck_ids()).expect("a complete deck")
}

fn save(c: &mut Collection, deck: Deck) -> (u32, bool) {
    match c.apply(Change::SaveDeck(Box::new(deck))).map(|a| a.effect) {
        Ok(Effect::DeckSaved {
            version, raised, ..
        }) => (version, raised),
        other => panic!("not saved: {other:?}"),
    }
}

fn save_editor(c: &mut Collection, e: &Editor) -> (u32, bool) {
    let deck = e.to_deck(&c.taken_deck_ids()).expect("complete");
    save(c, deck)
}

fn origin(c: &Collection, id: &str) -> Option<DeckOrigin> {
    c.deck_entries()
        .into_iter()
        .find(|e| e.id == id)
        .map(|e| e.origin)
}

#[test]
fn a_deck_written_in_the_app_is_saved_as_canonical_ron_and_studied_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("built-in", 2)]);
    let deck = written_deck(&c);
    assert_eq!(deck.id, "week-one");
    assert_eq!(deck.cards[0].id, "i-don-t-see-the-point-of-this");
    assert_eq!(save(&mut c, deck.clone()), (1, false));

    let file = dir.path().join("decks/week-one.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text, reframe_core::deck::to_ron(&deck), "canonical RON");
    assert_eq!(load_deck_file(&file).unwrap(), deck);
    assert_eq!(origin(&c, "week-one"), Some(DeckOrigin::Own));
    let today = c.today();
    assert!(
        today
            .decks
            .iter()
            .any(|d| d.title == "Week one" && d.new == 2),
        "ready to study"
    );
    c.start_session();
    let mut seen = Vec::new();
    while let Some(card) = c.current_card() {
        seen.push(card.key.deck.clone());
        c.answer(Grade::ALL[5], None, None).unwrap();
    }
    assert!(seen.iter().filter(|d| *d == "week-one").count() == 2);
    drop(c);
    // Still the learner's own after a restart.
    let c = open(dir.path(), &clock, vec![deck_n("built-in", 2)]);
    assert_eq!(origin(&c, "week-one"), Some(DeckOrigin::Own));
}

#[test]
fn editing_keeps_progress_and_raises_the_version_only_after_export() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![]);
    let deck = written_deck(&c);
    save(&mut c, deck.clone());
    c.start_session();
    c.answer(Grade::ALL[4], None, None).unwrap();
    let studied = CardKey::new("week-one", &deck.cards[0].id);

    // Unpublished: edits keep version 1.
    let mut e = Editor::open(&c.library().deck("week-one").unwrap().deck);
    let mut card = e.cards()[0].clone();
    card.statement = "Honestly, I don't see the point.".into();
    e.set_card(0, card);
    let edited = e.to_deck(&c.taken_deck_ids()).unwrap();
    assert_eq!(
        edited.cards[0].id, deck.cards[0].id,
        "the id never follows the text"
    );
    assert_eq!(save(&mut c, edited.clone()), (1, false));

    // Exported: the next change is version 2, and only once.
    let out = dir.path().join("week-one-shared.ron");
    c.apply(Change::ExportDeck {
        id: "week-one".into(),
        path: out.clone(),
    })
    .unwrap();
    let mut e = Editor::open(&c.library().deck("week-one").unwrap().deck);
    let mut card = e.cards()[1].clone();
    card.note = "A simple reflection of the doubt.".into();
    e.set_card(1, card);
    assert_eq!(save_editor(&mut c, &e), (2, true));
    let mut card = e.cards()[1].clone();
    card.note = "Reflects the doubt, nothing added.".into();
    e.set_card(1, card);
    assert_eq!(save_editor(&mut c, &e), (2, false));

    let detail = c.card_detail(&studied).unwrap().unwrap();
    assert_eq!(detail.history.len(), 1, "the answer stays with the card");
    assert!(detail.card.is_some());
    assert_eq!(
        detail.card.unwrap().statement,
        "Honestly, I don't see the point."
    );
}

#[test]
fn an_imported_deck_edited_here_gets_a_higher_version_and_becomes_yours() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![]);
    let file = dir.path().join("theirs.ron");
    std::fs::write(
        &file,
        reframe_core::deck::to_ron(&deck("theirs", 3, &["a", "b"])),
    )
    .unwrap();
    let preview = c.import_preview(&file).unwrap();
    c.import(&preview).unwrap();
    assert_eq!(origin(&c, "theirs"), Some(DeckOrigin::Imported));
    let mut e = Editor::open(&c.library().deck("theirs").unwrap().deck);
    let mut card = e.cards()[0].clone();
    card.response = "You'd rather decide this yourself.".into();
    e.set_card(0, card);
    assert_eq!(save_editor(&mut c, &e), (4, true));
    assert_eq!(origin(&c, "theirs"), Some(DeckOrigin::Own));
}

#[test]
fn a_built_in_deck_is_copied_to_edit_and_never_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![deck_n("starter", 3)]);
    let original = c.library().deck("starter").unwrap().deck.clone();
    let refused = c.apply(Change::SaveDeck(Box::new(original.clone())));
    assert!(refused.is_err(), "a built-in deck is read-only");
    let copy = c.editable_copy("starter").unwrap();
    assert_eq!(copy.id, "starter-copy");
    assert_eq!(copy.title, "Deck starter (my copy)");
    assert_eq!(copy.cards, original.cards);
    save(&mut c, copy);
    assert_eq!(origin(&c, "starter-copy"), Some(DeckOrigin::Own));
    assert_eq!(origin(&c, "starter"), Some(DeckOrigin::Bundled));
    assert_eq!(c.library().deck("starter").unwrap().deck, original);
    assert_eq!(c.editable_copy("starter").unwrap().id, "starter-copy-2");
}

#[test]
fn deleting_a_deck_keeps_its_file_aside_and_its_history() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![]);
    let deck = written_deck(&c);
    save(&mut c, deck.clone());
    c.start_session();
    c.answer(Grade::ALL[3], Some("typed".into()), None).unwrap();
    c.end_session();

    let effect = c
        .apply(Change::DeleteDeck("week-one".into()))
        .unwrap()
        .effect;
    let Effect::DeckDeleted { title, kept_at } = effect else {
        panic!("{effect:?}")
    };
    assert_eq!(title, "Week one");
    assert_eq!(load_deck_file(&kept_at).unwrap(), deck, "nothing lost");
    assert!(!dir.path().join("decks/week-one.ron").exists());
    assert!(c.library().deck("week-one").is_none());
    assert!(c.today().decks.is_empty());

    let retired = c.search(&BrowseQuery {
        state: StateFilter::Retired,
        ..BrowseQuery::default()
    });
    let keys: Vec<CardKey> = retired
        .iter()
        .filter_map(|r| c.card_ref(*r).map(|row| row.key))
        .collect();
    assert!(keys.iter().all(|k| k.deck == "week-one"));
    let studied = keys.first().expect("the studied card is listed as retired");
    let history = c.card_detail(studied).unwrap().unwrap().history;
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].typed.as_deref(), Some("typed"));
    assert!(
        c.taken_deck_ids().contains("week-one"),
        "a new deck never takes over a deleted deck's history"
    );
    drop(c);
    let c = open(dir.path(), &clock, vec![]);
    assert!(
        c.library().deck("week-one").is_none(),
        "gone after a restart"
    );
}

#[test]
fn an_exported_deck_imports_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (_fc, clock) = clock(T0);
    let mut c = open(dir.path(), &clock, vec![]);
    let deck = written_deck(&c);
    save(&mut c, deck.clone());
    let out = dir.path().join("shared.ron");
    c.apply(Change::ExportDeck {
        id: "week-one".into(),
        path: out.clone(),
    })
    .unwrap();
    assert_eq!(load_deck_file(&out).unwrap(), deck);

    let other = tempfile::tempdir().unwrap();
    let mut d = open(other.path(), &clock, vec![]);
    let preview = d.import_preview(&out).unwrap();
    d.import(&preview).unwrap();
    assert_eq!(d.library().deck("week-one").unwrap().deck, deck);

    // Imported back into the folder it came from: still the same deck, still yours.
    let preview = c.import_preview(&out).unwrap();
    assert!(preview.added.is_empty() && preview.changed.is_empty() && preview.retired.is_empty());
    c.import(&preview).unwrap();
    assert_eq!(c.library().deck("week-one").unwrap().deck, deck);
    assert_eq!(origin(&c, "week-one"), Some(DeckOrigin::Own));
}
