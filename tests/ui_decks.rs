//! The Decks page and the deck editor, driven through the real window: a deck written from
//! nothing with the keyboard only (an inline error and a coach warning seen and fixed on the way)
//! and studied at once; an editable copy of a built-in deck; deleting an own deck while its
//! history stays; export to .ron and import back unchanged through the in-app file browser
//! when no system dialog can be shown; preview, undo and the unsaved-changes question.

mod ui_support;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use reframe::ui::{App, ScriptedPicker};
use reframe_core::collection::{Change, Collection};
use reframe_core::deck::{Deck, load_deck_file, parse_deck};
use reframe_core::sm2::Grade;
use ui_support::{Env, choose_in_browser, harness, press, press_ctrl, retype, type_keys};

/// Presses Tab until the widget called `label` has the keyboard.
fn tab_to(h: &mut Harness<'static, App>, label: &str) {
    for _ in 0..60 {
        if h.get_by_label(label).is_focused() {
            return;
        }
        press(h, Key::Tab);
    }
    panic!("Tab never reached {label:?}");
}

/// From the first frame: the Decks page (Ctrl+6) with "My deck" selected.
fn select_my_deck(h: &mut Harness<'static, App>) {
    h.run();
    press_ctrl(h, Key::Num6);
    click(h, "My deck");
}

/// Clicks the control labelled `label` and lets the frame run.
fn click(h: &mut Harness<'static, App>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Fills a new card's fields, moving between them with Tab.
fn write_card(h: &mut Harness<'static, App>, card: [&str; 5]) {
    let [statement, response, technique, category, note] = card;
    assert!(
        h.get_by_label("Statement (what the client says)")
            .is_focused(),
        "a new card starts in its statement"
    );
    type_keys(h, statement);
    for (label, text) in [
        ("Model response", response),
        ("Technique", technique),
        ("Category (the kind of resistance)", category),
        ("Note (why the response works)", note),
    ] {
        tab_to(h, label);
        type_keys(h, text);
    }
}

const DRINKING: &str = "I only drink at weekends, so it is not a problem.";
const TIRED: &str = "Everyone keeps telling me what to do.";
const NOTHING: &str = "Nothing has ever worked for me.";

#[test]
fn a_deck_written_from_nothing_with_the_keyboard_is_saved_and_studied() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    press_ctrl(&mut h, Key::Num6);
    h.get_by_label_contains("Built-in decks are read-only");
    press_ctrl(&mut h, Key::N);
    h.get_by_label("New deck");
    assert!(
        h.get_by_label("Title").is_focused(),
        "a new deck starts in its title"
    );
    type_keys(&mut h, "Weekend drinking");
    h.get_by_label_contains("Problem: `author` is empty");
    tab_to(&mut h, "Author");
    type_keys(&mut h, "Riverside Clinic");
    assert!(h.query_by_label_contains("`author` is empty").is_none());

    // Card 1, complete.
    press_ctrl(&mut h, Key::N);
    write_card(
        &mut h,
        [
            DRINKING,
            "Keeping it to the weekend matters to you, and you'd like that noticed.",
            "complex-reflection",
            "minimizing",
            "Reflects the value under the words without arguing about the amount.",
        ],
    );
    // Card 2: a typo in the technique is shown beside the field, with what was meant.
    press_ctrl(&mut h, Key::N);
    write_card(
        &mut h,
        [
            TIRED,
            "You're tired of people deciding things for you.",
            "complex-reflektion",
            "hostility",
            "Names the feeling under the complaint.",
        ],
    );
    h.get_by_label_contains(
        "Problem: unknown technique \"complex-reflektion\" in `technique`; did you mean \"complex-reflection\"?",
    );
    // Saving is refused while a card has a problem, and says which.
    press_ctrl(&mut h, Key::S);
    h.get_by_label_contains("Not saved yet: card 2 has a problem to fix first.");
    tab_to(&mut h, "Technique");
    retype(&mut h, "complex-reflection");
    assert!(h.query_by_label_contains("unknown technique").is_none());

    // Card 3: the coach reads a persuading model answer and says why.
    press_ctrl(&mut h, Key::N);
    write_card(
        &mut h,
        [
            NOTHING,
            "You need to stop expecting the worst before it ruins your life.",
            "reframe",
            "pessimism",
            "Offers a new meaning.",
        ],
    );
    h.get_by_label_contains("Coach: The coach codes this as");
    h.get_by_label_contains("MI-inconsistent");
    tab_to(&mut h, "Model response");
    retype(
        &mut h,
        "All those tries show how much you've wanted this to change.",
    );
    assert!(
        h.query_by_label_contains("Coach: The coach codes")
            .is_none()
    );

    press_ctrl(&mut h, Key::S);
    h.get_by_label_contains("Saved: version 1, 3 cards.");
    h.get_by_label("All changes saved");
    let saved = load_deck_file(&env.path().join("decks/weekend-drinking.ron")).expect("saved");
    assert_eq!(saved.cards.len(), 3);
    assert_eq!(saved.author, "Riverside Clinic");
    assert_eq!(saved.cards[1].technique.id(), "complex-reflection");

    // Study it at once: Today lists it, and the session brings its cards.
    press_ctrl(&mut h, Key::Num1);
    h.get_by_label("Weekend drinking");
    h.get_by_label_contains("6 cards to study");
    press(&mut h, Key::Enter);
    let mut seen = 0;
    for _ in 0..6 {
        if [DRINKING, TIRED, NOTHING]
            .iter()
            .any(|s| h.query_by_label_contains(s).is_some())
        {
            seen += 1;
        }
        press(&mut h, Key::Space);
        press(&mut h, Key::Num5);
    }
    assert_eq!(seen, 3, "the three new cards were studied");
    drop(h);
    let c = env.open();
    let studied = c
        .progress_state()
        .deck("weekend-drinking")
        .map_or(0, |cards| cards.len());
    assert_eq!(studied, 3);
}

#[test]
fn a_built_in_deck_gets_an_editable_copy_and_stays_as_it_was() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    press_ctrl(&mut h, Key::Num6);
    h.get_by_label("Test deck test").click();
    h.run();
    h.get_by_label_contains("Built into Reframe, so it cannot be changed.");
    assert!(h.query_by_label("Delete deck…").is_none());
    h.get_by_label("Make an editable copy").click();
    h.run();
    h.get_by_label_contains("an editable copy of \u{201c}Test deck test\u{201d}");
    h.get_by_label("Editing \u{201c}Test deck test (my copy)\u{201d}");
    h.get_by_label_contains("1. My probation officer made me come.");
    // Edit the copy and save it; the original is untouched.
    h.get_by_label("Statement (what the client says)").focus();
    h.run();
    retype(&mut h, "My probation officer sent me here.");
    press_ctrl(&mut h, Key::S);
    h.get_by_label_contains("Saved: version 1, 3 cards.");
    h.get_by_label("Back to decks").click();
    h.run();
    // Listed, and selected with its details, as the learner's own.
    assert_eq!(h.query_all_by_label("Test deck test (my copy)").count(), 2);
    h.get_by_label_contains("id test-copy · version 1 · 3 cards");
    drop(h);
    let c = env.open();
    let copy = &c.library().deck("test-copy").expect("the copy").deck;
    assert_eq!(
        copy.cards[0].statement,
        "My probation officer sent me here."
    );
    assert_eq!(copy.cards[0].id, "one", "the copy keeps the card ids");
    assert_eq!(
        c.library().deck("test").expect("built in").deck,
        ui_support::test_deck()
    );
}

/// A deck of the learner's own, saved through the core, with one card answered.
fn own_deck_with_history(env: &Env) -> Deck {
    let src = "Deck(format: 2, id: \"mine\", title: \"My deck\", author: \"Me\", version: 1, language: \"en\", cards: [\
        Card(id: \"first\", statement: \"I am only here because of my wife.\", response: \"Coming here was her idea.\", technique: \"simple-reflection\", category: \"mandated\", note: \"Says it back.\"),\
        Card(id: \"second\", statement: \"This is pointless.\", response: \"You doubt this will help.\", technique: \"simple-reflection\", category: \"discounting\", note: \"Says it back.\")])";
    let deck = parse_deck(src.as_bytes(), "mine.ron").expect("parses");
    let mut c: Collection = env.open();
    c.apply(Change::SaveDeck(Box::new(deck.clone())))
        .expect("saved");
    let mut s = c.settings().clone();
    s.inactive_decks.insert("test".into());
    c.update_settings(s).expect("settings");
    c.start_session();
    c.answer(Grade::ALL[4], Some("It was her idea.".into()), None)
        .expect("answered");
    deck
}

#[test]
fn deleting_an_own_deck_keeps_its_history() {
    let env = Env::new();
    own_deck_with_history(&env);
    let mut h = harness(env.app());
    select_my_deck(&mut h);
    h.get_by_label("Delete deck…").click();
    h.run();
    h.get_by_label_contains("Your answers to them stay in your history");
    h.get_by_label("Delete this deck").click();
    h.run();
    h.get_by_label_contains("Deleted \u{201c}My deck\u{201d}");
    assert!(h.query_by_label("My deck").is_none());

    // Browse still has the answered card, as retired, with its history.
    press_ctrl(&mut h, Key::Num2);
    h.get_by_label("State").click();
    h.run();
    h.get_by_label("Retired").click();
    h.run();
    h.get_by_label_contains("[retired] mine / first").click();
    h.run();
    h.get_by_label_contains("its history is kept");
    h.get_by_label_contains("grade 4");
    h.get_by_label_contains("you wrote \u{201c}It was her idea.\u{201d}");
    drop(h);
    let kept: Vec<_> = std::fs::read_dir(env.path().join("kept-aside"))
        .expect("kept-aside")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with("mine.ron"))
        .collect();
    assert_eq!(kept.len(), 1, "the deck file is kept aside");
}

#[test]
fn without_a_system_dialog_a_deck_is_exported_and_imported_back_unchanged() {
    let env = Env::new();
    let deck = own_deck_with_history(&env);
    let out = env.files.path().join("shared-deck.ron");
    let mut h = harness(env.app_with_picker(ScriptedPicker::without_dialog()));
    select_my_deck(&mut h);
    click(&mut h, "Export…");
    // Said once, in plain words: the system dialog could not be shown, here is Reframe's own.
    h.get_by_label_contains("could not show the system's file dialog");
    choose_in_browser(&mut h, &out);
    h.get_by_label_contains("Exported version 1 to");
    assert_eq!(load_deck_file(&out).expect("exported"), deck);

    // Import it back through the same browser: nothing changes.
    press_ctrl(&mut h, Key::O);
    assert!(
        h.query_by_label_contains("could not show the system's file dialog")
            .is_none(),
        "said only once"
    );
    h.get_by_label("File name").focus();
    h.run();
    type_keys(&mut h, &out.display().to_string());
    press(&mut h, Key::Enter);
    h.get_by_label_contains("from version 1 to 1: 0 card(s) added, 0 changed, 0 retired");
    h.get_by_label("Update deck").click();
    h.run();
    h.get_by_label_contains("Done:");
    drop(h);
    let c = env.open();
    assert_eq!(c.library().deck("mine").expect("still there").deck, deck);
}

#[test]
fn preview_undo_and_the_unsaved_changes_question() {
    let env = Env::new();
    own_deck_with_history(&env);
    let mut h = harness(env.app());
    select_my_deck(&mut h);
    click(&mut h, "Edit deck");

    // The preview is the Review screen's own drawing: statement, box, Reveal, then the model.
    press_ctrl(&mut h, Key::P);
    h.get_by_label_contains("\u{201c}I am only here because of my wife.\u{201d}");
    h.get_by_label("Your response");
    h.get_by_label("Reveal").click();
    h.run();
    h.get_by_label_contains("Coming here was her idea.");
    h.get_by_label_contains("Technique: Simple reflection");
    press_ctrl(&mut h, Key::P);

    // Delete a card; undo brings it back with its id.
    h.get_by_label("Delete card").click();
    h.run();
    h.get_by_label_contains("1 card");
    press_ctrl(&mut h, Key::Z);
    h.get_by_label_contains("2 cards");
    h.get_by_label_contains("Card id: first.");

    // An unsaved edit asks before leaving.
    h.get_by_label("Note (why the response works)").focus();
    h.run();
    type_keys(&mut h, " Nothing added.");
    press(&mut h, Key::Escape);
    press_ctrl(&mut h, Key::Num1);
    h.get_by_label_contains("This deck has changes that are not saved yet.");
    h.get_by_label("Keep editing").click();
    h.run();
    h.get_by_label("Unsaved changes");
    press_ctrl(&mut h, Key::Num1);
    h.get_by_label("Discard the changes").click();
    h.run();
    h.get_by_label_contains("to study");
    drop(h);
    let c = env.open();
    assert_eq!(
        c.library().deck("mine").expect("there").deck.cards[0].note,
        "Says it back.",
        "discarded"
    );
}

#[test]
fn a_big_deck_is_saved_in_the_background_and_leaving_waits_for_it() {
    let env = Env::new();
    {
        let mut c = env.open();
        let deck = reframe_core::synth::deck(2_500, 7);
        c.apply(Change::SaveDeck(Box::new(deck))).expect("saved");
    }
    let mut h = harness(env.app());
    h.run();
    press_ctrl(&mut h, Key::Num6);
    for _ in 0..3 {
        press(&mut h, Key::ArrowDown);
    }
    press(&mut h, Key::Enter);
    h.get_by_label_contains("2500 cards");
    h.get_by_label("Note (why the response works)").focus();
    h.run();
    retype(&mut h, "Rewritten while the deck is big.");
    // Step, not run, from here on: while the save runs the page repaints to show its
    // progress, and how many frames that takes depends on the machine's load (CI once took
    // eight, more than run() allows).
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.step();
    h.step();
    h.get_by_label_contains("Saving 2500 cards…");
    // Leaving now waits for the save instead of asking about unsaved changes.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num1);
    h.step();
    h.step();
    assert!(h.query_by_label_contains("not saved yet").is_none());
    for _ in 0..500 {
        if h.query_by_label_contains("to study").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        // Step, not run: while the save finishes the page keeps animating (the scroll area
        // and theme settle over a few frames), and run() would call that a failure.
        h.step();
    }
    h.get_by_label_contains("to study");
    drop(h);
    let c = env.open();
    let deck = &c.library().deck("synth").expect("the big deck").deck;
    assert_eq!(deck.cards[0].note, "Rewritten while the deck is big.");
    assert_eq!(deck.cards.len(), 2_500);
}

#[test]
fn a_deck_exported_as_a_spreadsheet_imports_back_unchanged() {
    let env = Env::new();
    let deck = own_deck_with_history(&env);
    let out = env.files.path().join("my-deck.csv");
    let mut h =
        harness(env.app_with_picker(ScriptedPicker::new([Some(out.clone()), Some(out.clone())])));
    select_my_deck(&mut h);
    h.get_by_label("spreadsheet (.csv)").click();
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    h.get_by_label_contains("Exported version 1 to");
    let text = std::fs::read_to_string(&out).expect("a CSV file");
    assert!(text.contains("statement"), "a header row names the columns");
    press_ctrl(&mut h, Key::O);
    h.get_by_label_contains("0 card(s) added, 0 changed, 0 retired");
    h.get_by_label("Update deck").click();
    h.run();
    drop(h);
    let c = env.open();
    assert_eq!(c.library().deck("mine").expect("still there").deck, deck);
}

/// With Help open over the editor, closing the window with unsaved changes still asks: Help
/// steps aside and the editor's question shows, so the edit is not lost.
#[test]
fn closing_the_window_from_help_still_asks_about_unsaved_changes() {
    let env = Env::new();
    own_deck_with_history(&env);
    let mut h = harness(env.app());
    select_my_deck(&mut h);
    click(&mut h, "Edit deck");
    h.get_by_label("Note (why the response works)").focus();
    h.run();
    type_keys(&mut h, " Edited.");
    press(&mut h, Key::Escape);
    press(&mut h, Key::F1);
    h.get_by_label("About Reframe");
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run();
    h.get_by_label_contains("This deck has changes that are not saved yet.");
}

/// A name typed without an extension is exported as .ron; when that file already exists,
/// Reframe asks before replacing it, since no dialog asked about that file.
#[test]
fn a_name_without_extension_never_replaces_an_existing_ron_unasked() {
    let env = Env::new();
    own_deck_with_history(&env);
    let existing = env.files.path().join("shared.ron");
    std::fs::write(&existing, "my own file").unwrap();
    let mut h =
        harness(env.app_with_picker(ScriptedPicker::new([Some(env.files.path().join("shared"))])));
    select_my_deck(&mut h);
    click(&mut h, "Export…");
    h.get_by_label_contains("already exists.");
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "my own file");
    h.get_by_label("Cancel export").click();
    h.run();
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "my own file");
}
