//! Help (F1), About, and review keys the learner changes in Settings: a remapped grade key
//! grades, Help and the grade buttons show it, a clash is refused with the reason, a reset
//! brings the defaults back; About shows the version, the data folder and the licences.

mod ui_support;

use egui::Key;
use egui_kittest::kittest::Queryable;
use reframe_core::review_keys::{ReviewAction, ReviewKeys};
use reframe_core::scheduler::CardKey;
use ui_support::{Env, harness, own_backups, press, press_ctrl, start_and_type};

/// Scrolls the control into view, as a learner would, then clicks it.
fn click(h: &mut egui_kittest::Harness<'static, reframe::ui::App>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// From anywhere: Settings, "Change…" on `action`'s row, then `key`.
fn change_key(h: &mut egui_kittest::Harness<'static, reframe::ui::App>, action: &str, key: Key) {
    press_ctrl(h, Key::Num4);
    click(h, &format!("Change the key for {action}"));
    h.get_by_label_contains("press a key");
    press(h, key);
}

/// The review keys saved in the app's open collection.
fn saved_keys(h: &egui_kittest::Harness<'static, reframe::ui::App>) -> ReviewKeys {
    let c = h.state().collection().expect("the collection is open");
    c.settings().review_keys.clone()
}

#[test]
fn a_remapped_grade_key_grades_shows_in_help_and_resets() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    change_key(&mut h, "grade 3", Key::J);
    h.get_by_label_contains("Settings saved");
    let saved = saved_keys(&h).key(ReviewAction::Grade(3));
    assert_eq!(saved.to_string(), "J", "saved at once");

    // In a review the grade buttons name the new key, the old digit does nothing, J grades 3.
    press_ctrl(&mut h, Key::Num1);
    press(&mut h, Key::Enter);
    press(&mut h, Key::Space);
    h.get_by_label_contains("How close was your answer? Press 0 1 2 J 4 5 or click.");
    h.get_by_label_contains("3 · I got there, with real difficulty (key J)");
    press(&mut h, Key::Num3);
    h.get_by_label_contains("3 cards left");
    press(&mut h, Key::J);
    h.get_by_label_contains("2 cards left");

    // Help shows the keys in use.
    press(&mut h, Key::F1);
    h.get_by_label("0 1 2 J 4 5");
    h.get_by_label("key J");
    assert!(h.query_by_label("key 3").is_none());
    press(&mut h, Key::F1);

    // Reset: the digits again, in Settings, in Help and on disk.
    press_ctrl(&mut h, Key::Num4);
    click(&mut h, "Reset the review keys");
    press(&mut h, Key::F1);
    h.get_by_label("0–5");
    h.get_by_label("key 3");
    drop(h);
    let c = env.open();
    assert!(c.settings().review_keys.all_default());
    let detail = c
        .card_detail(&CardKey::new("test", "one"))
        .expect("history reads")
        .expect("card exists");
    assert_eq!(detail.history[0].grade.value(), 3, "J graded the card 3");
}

#[test]
fn a_key_in_use_is_refused_with_the_reason_and_nothing_changes() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    change_key(&mut h, "grade 4", Key::Num5);
    h.get_by_label_contains("5 is already the key for grade 5");
    // Keys the window uses elsewhere are refused too, and the page stays open.
    click(&mut h, "Change the key for grade 4");
    press_ctrl(&mut h, Key::Num1);
    h.get_by_label("Ctrl+1 is taken: it opens Today. Pick another key.");
    h.get_by_label("Keys for reviewing");
    click(&mut h, "Change the key for undo the last answer");
    press(&mut h, Key::Enter);
    h.get_by_label_contains("Enter cannot be changed");
    // Escape cancels a change without a word.
    click(&mut h, "Change the key for grade 4");
    press(&mut h, Key::Escape);
    assert!(h.query_by_label_contains("press a key").is_none());
    h.get_by_label("Keys for reviewing");
    assert!(saved_keys(&h).all_default());
    assert!(h.query_by_label_contains("Settings saved").is_none());
}

#[test]
fn space_can_reveal_and_then_grade_five() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    change_key(&mut h, "grade 5", Key::Space);
    h.get_by_label_contains("Settings saved");
    press_ctrl(&mut h, Key::Num1);
    press(&mut h, Key::Enter);
    press(&mut h, Key::Space);
    h.get_by_label_contains("Model response");
    press(&mut h, Key::Space);
    h.get_by_label_contains("2 cards left");
}

#[test]
fn help_opens_over_a_review_and_gives_it_back_unchanged() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    start_and_type(&mut h, "So nobody asked you");
    press(&mut h, Key::F1);
    h.get_by_label("What each grade means");
    h.get_by_label("5 · I'd have said essentially this, without effort");
    h.get_by_label_contains("Grades 0–2 count as missed");
    // Every code of the coach, with an example (src/ui/help.rs checks the coach agrees).
    for &code in reframe_core::coach::Code::ALL {
        h.get_by_label(&format!("{}:", code.label()));
    }
    h.get_by_label_contains("docs/deck-format.md");
    // Grade keys do nothing while Help is open.
    press(&mut h, Key::Num5);
    h.get_by_label("Close help").click();
    h.run();
    h.get_by_label_contains("My probation officer made me come.");
    assert_eq!(
        h.get_by_label("Your response").value().as_deref(),
        Some("So nobody asked you")
    );
    h.get_by_label_contains("3 cards left");
}

#[test]
fn about_shows_version_data_folder_backups_and_licences() {
    let env = Env::new();
    let app = env
        .app()
        .with_folder_opener(|_| Err("no file manager here".to_string()));
    let mut h = harness(app);
    h.run();
    // From Settings, as well as from Help.
    press_ctrl(&mut h, Key::Num4);
    click(&mut h, "About Reframe");
    h.get_by_label(&format!("Reframe {}", env!("CARGO_PKG_VERSION")));
    h.get_by_label_contains(&format!(
        "Coach rules: version {}",
        reframe_core::coach::CODER_VERSION
    ));
    let folder = env.path().display().to_string();
    h.get_by_label(&folder);
    // This computer's own backups folder.
    h.get_by_label_contains(&own_backups(env.path()).display().to_string());

    h.get_by_label("Copy path").scroll_to_me();
    h.run();
    h.get_by_label("Copy path").click();
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .any(|c| matches!(c, egui::OutputCommand::CopyText(t) if *t == folder));
    assert!(copied, "the path goes to the clipboard");
    h.run();
    h.get_by_label("The folder's path is on the clipboard.");

    click(&mut h, "Open in file manager");
    h.get_by_label_contains("Could not open the file manager: no file manager here.");
    h.get_by_label_contains("\"Copy path\" puts that on the clipboard");

    h.get_by_label_contains("under the MIT licence or the Apache licence 2.0");
    let n = reframe::ui::licences::dependencies().len();
    h.get_by_label_contains(&format!("built from {n} open-source crates"));
    click(&mut h, "The crates and their licences");
    h.get_by_label("egui 0.37.0");

    // Escape closes About and goes back to Settings.
    press(&mut h, Key::Escape);
    h.get_by_label("Keys for reviewing");
}
