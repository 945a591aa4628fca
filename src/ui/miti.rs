//! The MITI 4.2.1 summary of a session's typed answers as the learner reads it: each score with
//! the fair and good thresholds and a word ("good", "fair", "below fair"), never colour alone.

use crate::coach::MitiSummary;
use std::collections::BTreeMap;

pub(crate) fn summary_ui(ui: &mut egui::Ui, codes: &BTreeMap<String, u32>, typed: u32) {
    ui.strong("Your typed answers, coded the MITI 4.2.1 way");
    if typed == 0 {
        ui.label("You did not type any answers this session. Type one next time to see how a coach would code it.");
        return;
    }
    let m = MitiSummary::from_code_counts(codes);
    ui.label(format!(
        "{} typed, {} coded as reflections, {} as questions.",
        typed, m.reflections, m.questions
    ));
    egui::Grid::new("miti")
        .num_columns(3)
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.strong("Score");
            ui.strong("This session");
            ui.strong("MITI 4.2.1: fair / good");
            ui.end_row();

            ui.label("Reflections to questions (R:Q)");
            ui.label(match m.rq_ratio() {
                Some(r) => format!("{r:.1} : 1 — {}", band(r, 1.0, 2.0)),
                None if m.reflections > 0 => "no questions — good".to_string(),
                None => "no reflections or questions".to_string(),
            });
            ui.label("1 : 1 / 2 : 1");
            ui.end_row();

            ui.label("Complex reflections (%CR)");
            ui.label(match m.complex_share() {
                Some(p) => format!("{:.0} % — {}", p * 100.0, band(p, 0.4, 0.5)),
                None => "no reflections".to_string(),
            });
            ui.label("40 % / 50 %");
            ui.end_row();

            ui.label("MI-inconsistent answers (persuade, confront)");
            ui.label(if m.inconsistent == 0 {
                "0 — on target".to_string()
            } else {
                format!("{} — target is 0", m.inconsistent)
            });
            ui.label("0");
            ui.end_row();
        });
}

fn band(value: f64, fair: f64, good: f64) -> &'static str {
    if value >= good {
        "good"
    } else if value >= fair {
        "fair"
    } else {
        "below fair"
    }
}
