//! The MITI 4.2.1 summary of a session's typed answers as the learner reads it: each score with
//! the fair and good thresholds and a word ("good", "fair", "below fair"), never colour alone.

use reframe_core::coach::{Code, MitiSummary};
use std::collections::BTreeMap;

/// The coach's summary over the session's code counts (code id → answers).
fn summary_of(codes: &BTreeMap<String, u32>) -> MitiSummary {
    let mut m = MitiSummary::default();
    for (id, n) in codes {
        if let Some(code) = Code::from_id(id) {
            for _ in 0..*n {
                m.add_code(code);
            }
        }
    }
    m
}

pub(crate) fn summary_ui(ui: &mut egui::Ui, codes: &BTreeMap<String, u32>, typed: u32) {
    ui.strong("Your typed answers, coded the MITI 4.2.1 way");
    if typed == 0 {
        ui.label(
            "You typed no answers this session. Type one next time to see how a coach would code it.",
        );
        return;
    }
    let m = summary_of(codes);
    let rating = m.rating();
    ui.label(format!(
        "{typed} typed: {} reflections ({} complex), {} questions ({} open).",
        m.reflections(),
        m.complex_reflections,
        m.questions(),
        m.open_questions
    ));
    egui::Grid::new("miti")
        .num_columns(3)
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.strong("Score");
            ui.strong("This session");
            ui.strong("MITI 4.2.1 fair / good");
            ui.end_row();

            ui.label("Reflections to questions (R:Q)");
            ui.label(match m.reflection_to_question() {
                Some(r) => format!("{r:.1} : 1, {}", rating.reflection_to_question.label()),
                None => rating.reflection_to_question.label().to_string(),
            });
            ui.label("1 : 1 / 2 : 1");
            ui.end_row();

            ui.label("Complex reflections (%CR)");
            ui.label(match m.percent_complex() {
                Some(p) => format!("{p:.0} %, {}", rating.percent_complex.label()),
                None => rating.percent_complex.label().to_string(),
            });
            ui.label("40 % / 50 %");
            ui.end_row();

            ui.label("MI-inconsistent (persuade, confront)");
            let bad = m.mi_non_adherent();
            ui.label(if bad == 0 {
                "0, on target".to_string()
            } else {
                format!("{bad}, the target is 0")
            });
            ui.label("0");
            ui.end_row();
        });
}
