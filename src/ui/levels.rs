//! Today's "Your levels": for each kind of resistance the active decks hold, the level new
//! statements come from, how close the next level is, and a plain note when a level is going
//! badly. Shown only with "Introduce harder statements when I'm ready" on.

use egui::RichText;
use reframe_core::deck::Level;
use reframe_core::levels::{CategoryStanding, MasteryRule};

pub(crate) fn levels_ui(ui: &mut egui::Ui, rule: MasteryRule, standings: &[CategoryStanding]) {
    if standings.is_empty() {
        return;
    }
    ui.heading("Your levels");
    ui.label(
        RichText::new(format!(
            "Harder statements open when {}% of a level's cards are at an interval of {} or more \
             with a last grade of 4 or 5. Reviews never wait.",
            rule.percent,
            super::widgets::count(rule.interval_days as usize, "day", "days")
        ))
        .small(),
    );
    ui.add_space(4.0);
    // One wrapping line per kind, so nothing runs off the page at large text sizes.
    for s in standings {
        ui.horizontal_wrapped(|ui| {
            ui.strong(s.category.label());
            ui.label(format!(
                "new cards from {}; {}",
                s.open.label().to_lowercase(),
                next_step(s, rule)
            ));
        });
    }
    for s in standings {
        for level in Level::ALL {
            if s.level(level).struggling {
                ui.label(struggling_note(s, level));
            }
        }
    }
}

/// "2 more beginner cards to master for intermediate (6 of 8)", or where the learner already is.
fn next_step(s: &CategoryStanding, rule: MasteryRule) -> String {
    let open = s.level(s.open);
    let next = match s.open {
        Level::Beginner => Some(Level::Intermediate),
        Level::Intermediate => Some(Level::Advanced),
        Level::Advanced => None,
    };
    match next {
        Some(next) => format!(
            "{} more to master for {} ({} of {} {} mastered)",
            open.still_to_master(rule),
            next.label().to_lowercase(),
            open.mastered,
            open.cards,
            s.open.label().to_lowercase()
        ),
        None if open.is_mastered(rule) => "every level mastered".to_string(),
        None => format!(
            "the top level: {} of {} advanced mastered",
            open.mastered, open.cards
        ),
    }
}

/// Says what happened and what may help; it never takes anything away.
fn struggling_note(s: &CategoryStanding, level: Level) -> String {
    let said = format!(
        "{}: your last three {} answers were graded below 3.",
        s.category.label(),
        level.label().to_lowercase()
    );
    match level.easier() {
        Some(easier) => format!(
            "{said} Going back over its {} statements first may help (Browse lists them); \
             nothing you have mastered is taken away.",
            easier.label().to_lowercase()
        ),
        None => format!(
            "{said} Reading each card's note after you reveal it may help; these cards come back \
             soon by themselves."
        ),
    }
}
