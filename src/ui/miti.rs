//! The MITI 4.2.1 summary of a session's typed answers as the learner reads it: each score with
//! the fair and good thresholds and a word ("good", "fair", "below fair"), never colour alone.

use reframe_core::coach::MitiSummary;

/// The session's typed answers: the same figures, in the same words, as the Progress page.
pub(crate) fn summary_ui(ui: &mut egui::Ui, m: &MitiSummary) {
    let typed = m.answers;
    ui.strong("Your typed answers, coded the MITI 4.2.1 way");
    if typed == 0 {
        ui.label(
            "You typed no answers this session. Type one next time to see how a coach would code it.",
        );
        return;
    }
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
            ui.label(m.reflection_to_question_words());
            ui.label("1 : 1 / 2 : 1");
            ui.end_row();

            ui.label("Complex reflections (%CR)");
            ui.label(m.percent_complex_words());
            ui.label("40 % / 50 %");
            ui.end_row();

            ui.label("MI-inconsistent (persuade, confront)");
            ui.label(m.non_adherent_words());
            ui.label("0");
            ui.end_row();
        });
}
