//! Importing spreadsheets and Anki exports through the window: an Anki export asks for the
//! technique and category once and its cards come in marked for review, which the deck editor
//! shows until the author takes the mark off; a broken CSV lists
//! its problems by row and column; a deck exported as CSV imports back unchanged.

mod ui_support;

use egui::Key;
use egui_kittest::kittest::Queryable;
use reframe::ui::ScriptedPicker;
use reframe_core::deck::{NEEDS_REVIEW, write_deck_as};
use reframe_core::mi::{Category, Technique};
use ui_support::{Env, harness, press, press_ctrl, test_deck};

#[test]
fn an_anki_export_is_imported_with_one_technique_and_category_for_every_card() {
    let env = Env::new();
    let anki = env.file(
        "Probation talk.txt",
        "#separator:tab\n#html:true\n#tags column:3\n\
         <div>My officer <i>made</i> me sign up.</div>\tSigning up wasn't your idea.\tcourt Probation::Intake\n\
         \"Fine, I&#39;ll &quot;talk&quot;.<br>Happy?\"\tYou'd rather not be doing this at all.\t\n",
    );
    let mut h = harness(env.app_with_picker(ScriptedPicker::new([Some(anki)])));
    h.run();
    press_ctrl(&mut h, Key::O);
    h.get_by_label_contains("This is an Anki export");
    // Nothing can be read until both are chosen.
    h.get_by_label_contains("Choose a technique and a category");
    // Each choice is labelled with its one-line definition.
    for label in [
        format!(
            "{} — {}",
            Technique::ComplexReflection.label(),
            Technique::ComplexReflection.summary()
        ),
        format!(
            "{} — {}",
            Category::Mandated.label(),
            Category::Mandated.summary()
        ),
    ] {
        h.get_by_label(&label).click();
        h.run();
    }
    assert!(
        h.query_by_label_contains("Choose a technique and a category")
            .is_none()
    );
    // Keyboard: the button takes the focus (and scrolls into view), Enter presses it.
    h.get_by_label("Read the cards").focus();
    h.run();
    press(&mut h, Key::Enter);
    h.get_by_label_contains("Install \"Probation talk\" (version 1, 2 cards)");
    h.get_by_label("Install deck").click();
    h.run();
    h.get_by_label_contains("Done:");
    drop(h);

    let c = env.open();
    let deck = &c.library().deck("probation-talk").expect("installed").deck;
    assert_eq!(deck.cards.len(), 2);
    assert_eq!(deck.cards[0].statement, "My officer made me sign up.");
    assert_eq!(deck.cards[1].statement, "Fine, I'll \"talk\".\nHappy?");
    for card in &deck.cards {
        assert_eq!(
            (card.technique, card.category),
            (Technique::ComplexReflection, Category::Mandated)
        );
        assert!(
            card.tags.iter().any(|t| t == NEEDS_REVIEW),
            "{:?}",
            card.tags
        );
    }
    assert_eq!(
        deck.cards[0].tags,
        ["court", "probation-intake", NEEDS_REVIEW]
    );
    drop(c);

    // In the deck editor the marked cards say so, and the author takes the mark off one by one.
    let mut h = harness(env.app());
    h.run();
    press_ctrl(&mut h, Key::Num6);
    h.get_by_label("Probation talk").click();
    h.run();
    h.get_by_label("Edit deck").click();
    h.run();
    h.get_by_label_contains("2 cards · 2 to review");
    h.get_by_label_contains("1. [to review] My officer made me sign up.")
        .click();
    h.run();
    h.get_by_label_contains("this card came from Anki");
    h.get_by_label("Mark as reviewed").click();
    h.run();
    h.get_by_label_contains("2 cards · 1 to review");
    assert!(
        h.query_by_label_contains("this card came from Anki")
            .is_none()
    );
    press_ctrl(&mut h, Key::S);
    h.get_by_label_contains("Saved");
    drop(h);
    let c = env.open();
    let deck = &c
        .library()
        .deck("probation-talk")
        .expect("still there")
        .deck;
    assert_eq!(deck.cards[0].tags, ["court", "probation-intake"]);
    assert_eq!(deck.cards[1].tags, [NEEDS_REVIEW]);
}

#[test]
fn a_broken_csv_lists_its_problems_by_row_and_changes_nothing() {
    let env = Env::new();
    let broken = env.file(
        "broken.csv",
        "#title: Broken\n#author: Tests\nstatement,response,technique,category,note\n\
         I'm fine.,,simple-reflection,mandatd,N\n",
    );
    let mut h = harness(env.app_with_picker(ScriptedPicker::new([Some(broken)])));
    h.run();
    press_ctrl(&mut h, Key::O);
    h.get_by_label_contains("This deck cannot be imported: 2 problems found");
    h.get_by_label("row 4, column 2");
    h.get_by_label("row 4, column 4");
    h.get_by_label_contains("did you mean \"mandated\"?");
    assert!(h.query_by_label("Install deck").is_none());
    drop(h);
    assert_eq!(env.open().library().decks().len(), 1);
}

#[test]
fn a_deck_exported_as_csv_imports_back_unchanged() {
    let env = Env::new();
    let csv = env.files.path().join("test.csv");
    write_deck_as(&test_deck(), &csv).expect("exports");
    let mut h = harness(env.app_with_picker(ScriptedPicker::new([Some(csv)])));
    h.run();
    press_ctrl(&mut h, Key::O);
    h.get_by_label_contains(
        "from version 1 to 1: 0 card(s) added, 0 changed, 0 retired. Your progress is kept.",
    );
    h.get_by_label("Update deck").click();
    h.run();
    h.get_by_label_contains("Done:");
    drop(h);
    let c = env.open();
    assert_eq!(
        c.library().deck("test").expect("installed").deck,
        test_deck()
    );
}
