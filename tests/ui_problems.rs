//! Problems found while opening are told in the window in plain words, with where the original
//! was kept, and the app goes on.

mod ui_support;

use egui_kittest::kittest::Queryable;
use ui_support::{Env, harness, own_log};

#[test]
fn a_damaged_log_line_is_reported_with_where_the_original_went() {
    let env = Env::new();
    drop(env.open()); // creates the folder and its files
    std::fs::write(own_log(env.path()), "this is not a review\n").expect("write log");

    let mut h = harness(env.app());
    h.run();
    h.get_by_label_contains("Reframe found problems and kept going");
    let kept = env.path().join("kept-aside");
    h.get_by_label_contains(&kept.display().to_string());
    // The app still works: today's cards are there.
    h.get_by_label_contains("3 cards to study");
    h.get_by_label("Hide these notes").click();
    h.run();
    assert!(
        h.query_by_label_contains("Reframe found problems")
            .is_none()
    );
}
