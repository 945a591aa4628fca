//! Settings are saved at once and are still there after a restart; a folder locked by another
//! Reframe still opens a window that explains it.

mod ui_support;

use egui_kittest::kittest::Queryable;
use reframe::ui::{App, ScriptedPicker};
use reframe_core::store::Theme;
use std::sync::Arc;
use ui_support::{Env, harness, press_ctrl};

#[test]
fn settings_survive_a_restart() {
    let env = Env::new();
    let mut h = harness(env.app());
    h.run();
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("Dark").click();
    h.run();
    h.get_by_label("Larger text").click();
    h.run();
    // Ctrl+Plus and Ctrl+Minus change the text size from any screen.
    for key in [egui::Key::Plus, egui::Key::Plus, egui::Key::Minus] {
        press_ctrl(&mut h, key);
    }
    h.get_by_label("Test deck test").click();
    h.run();
    h.get_by_label_contains("Settings saved");
    drop(h);

    let c = env.open();
    let s = c.settings();
    assert_eq!(s.theme, Theme::Dark);
    assert!((s.text_scale - 1.2).abs() < 0.001, "{}", s.text_scale);
    assert!(!s.is_active("test"));
    drop(c);

    let mut h = harness(env.app());
    h.run();
    h.get_by_label_contains("No deck is active");
    // The saved theme is applied on start, before the Settings screen is ever opened.
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Dark
    );
}

#[test]
fn a_locked_folder_opens_a_window_that_explains() {
    let env = Env::new();
    let first = env.open();
    let app = App::open(
        env.path(),
        Arc::new(env.clock.clone()),
        Box::new(ScriptedPicker::default()),
    );
    let mut h = harness(app);
    h.run();
    h.get_by_label("Reframe cannot open your progress");
    h.get_by_label_contains("Another Reframe is using the data folder");
    // Nothing to navigate to while the folder is not open.
    assert!(h.query_by_label("Browse").is_none());
    h.get_by_label("Try again").click();
    h.run();
    h.get_by_label("Reframe cannot open your progress");
    drop(first);
    h.get_by_label("Try again").click();
    h.run();
    assert!(
        h.query_by_label("Reframe cannot open your progress")
            .is_none()
    );
    h.get_by_label_contains("to study");
}
