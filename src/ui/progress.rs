//! Progress: the coach over time. The MITI 4.2.1 figures of the learner's typed answers per
//! week or per day and overall, each with its band in words, plus the study streak and the
//! answers of the last 14 days. Everything is read once, when the page opens.

use super::Command;
use chrono::NaiveDate;
use egui::RichText;
use reframe_core::coach::MitiSummary;
use reframe_core::collection::{CoachHistory, Collection, RecentStudy};

/// How many rows the MITI table shows at most.
const WEEKS_SHOWN: usize = 8;
const DAYS_SHOWN: usize = 14;
/// The study-rhythm table covers this many calendar days, today included.
const RHYTHM_DAYS: u32 = 14;

/// Whether the MITI table has a row per ISO week or per study day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    Week,
    Day,
}

pub(crate) struct ProgressScreen {
    history: Result<CoachHistory, String>,
    recent: RecentStudy,
    period: Period,
}

impl ProgressScreen {
    /// Reads the review log once; the page then draws from what was read.
    pub fn new(collection: &Collection) -> ProgressScreen {
        let history = collection.coach_history().map_err(|e| e.to_string());
        // A learner with a single week of typed answers learns more from its days.
        let period = match &history {
            Ok(h) if h.weeks.len() > 1 => Period::Week,
            _ => Period::Day,
        };
        ProgressScreen {
            history,
            recent: collection.recent_study(RHYTHM_DAYS),
            period,
        }
    }
}

/// A section title: a little larger than body text, so the page reads as two parts.
fn section(ui: &mut egui::Ui, title: &str) {
    let size = egui::TextStyle::Body.resolve(ui.style()).size * 1.2;
    ui.label(RichText::new(title).strong().size(size));
}

fn period_choice(ui: &mut egui::Ui, period: &mut Period) {
    ui.horizontal(|ui| {
        ui.label("Show the figures");
        // Each radio button carries its whole meaning, so a screen reader needs no context.
        ui.radio_value(period, Period::Week, "By week");
        ui.radio_value(period, Period::Day, "By day");
    });
}

/// One row of the MITI table.
struct Row {
    when: String,
    miti: MitiSummary,
}

fn rows(h: &CoachHistory, period: Period) -> (Vec<Row>, usize) {
    let all: Vec<Row> = match period {
        Period::Week => h
            .weeks
            .iter()
            .map(|w| Row {
                when: format!("Week of {}", w.monday.format("%a %-d %b %Y")),
                miti: w.miti,
            })
            .collect(),
        Period::Day => h
            .days
            .iter()
            .map(|d| Row {
                when: d.day.format("%a %-d %b %Y").to_string(),
                miti: d.miti,
            })
            .collect(),
    };
    let limit = match period {
        Period::Week => WEEKS_SHOWN,
        Period::Day => DAYS_SHOWN,
    };
    let total = all.len();
    // Newest first: the learner looks for this week before last month.
    (all.into_iter().rev().take(limit).collect(), total)
}

/// How often the learner took the coach's suggested grade, and how often they recorded
/// their own code for a reply.
fn agreement(h: &CoachHistory) -> String {
    let taken = if h.suggested == 0 {
        "The coach has not suggested a grade yet (it does for typed answers).".to_string()
    } else {
        format!(
            "You took the coach's suggested grade for {} of {} typed answers ({:.0} %).",
            h.agreed,
            h.suggested,
            100.0 * h.agreed as f64 / h.suggested as f64
        )
    };
    match h.disagreements {
        0 => taken,
        1 => format!("{taken} You recorded your own code for 1 reply the coach got wrong."),
        n => format!("{taken} You recorded your own code for {n} replies the coach got wrong."),
    }
}

fn miti_table(ui: &mut egui::Ui, h: &CoachHistory, period: Period) {
    let (rows, total) = rows(h, period);
    let unit = match period {
        Period::Week => ("week", "weeks"),
        Period::Day => ("day", "days"),
    };
    if rows.len() < total {
        ui.label(format!(
            "The last {} of {} {} with typed answers, newest first.",
            rows.len(),
            total,
            unit.1
        ));
    } else {
        ui.label(format!(
            "{} with typed answers, newest first.",
            super::widgets::count(total, unit.0, unit.1)
        ));
    }
    egui::Grid::new("progress-miti")
        .num_columns(5)
        .striped(true)
        .spacing([20.0, 4.0])
        .show(ui, |ui| {
            ui.strong(match period {
                Period::Week => "Week",
                Period::Day => "Day",
            });
            ui.strong("Typed");
            ui.strong("R:Q");
            ui.strong("%CR");
            ui.strong("MI-inconsistent");
            ui.end_row();
            for row in &rows {
                figures(ui, RichText::new(&row.when), &row.miti, false);
            }
            figures(ui, RichText::new("All time").strong(), &h.total, true);
        });
}

/// One row of figures: answers, R:Q, %CR and MI-inconsistent, each with its band in words.
fn figures(ui: &mut egui::Ui, when: RichText, m: &MitiSummary, strong: bool) {
    let text = |s: String| {
        if strong {
            RichText::new(s).strong()
        } else {
            RichText::new(s)
        }
    };
    ui.label(when);
    ui.label(text(m.answers.to_string()));
    ui.label(text(m.reflection_to_question_words()));
    ui.label(text(m.percent_complex_words()));
    ui.label(text(m.non_adherent_words()));
    ui.end_row();
}

fn thresholds(ui: &mut egui::Ui) {
    ui.label(RichText::new("What the figures mean (MITI 4.2.1 thresholds)").strong());
    ui.label("R:Q, reflections for each question asked: fair from 1 : 1, good from 2 : 1.");
    ui.label("%CR, complex reflections among all reflections: fair from 40 %, good from 50 %.");
    ui.label("MI-inconsistent, answers coded as persuading or confronting: the target is 0.");
}

/// The streak and the answers of each of the last days, newest first.
fn rhythm(ui: &mut egui::Ui, recent: &RecentStudy) {
    section(ui, &format!("Study over the last {RHYTHM_DAYS} days"));
    ui.label(format!(
        "Study streak: {}",
        super::widgets::count(recent.streak_days as usize, "day", "days")
    ));
    let studied = recent.days.iter().filter(|d| d.counts.total() > 0).count();
    let answers: u32 = recent.days.iter().map(|d| d.counts.total()).sum();
    if answers == 0 {
        // Fourteen rows of zeros would say less than one sentence.
        ui.label(format!("No answers in the last {RHYTHM_DAYS} days yet."));
        return;
    }
    ui.label(format!(
        "{} on {} of the last {RHYTHM_DAYS} days.",
        super::widgets::count(answers as usize, "answer", "answers"),
        studied
    ));
    egui::Grid::new("progress-days")
        .num_columns(5)
        .striped(true)
        .spacing([20.0, 4.0])
        .show(ui, |ui| {
            ui.strong("Day");
            ui.strong("Answers");
            ui.strong("New");
            ui.strong("Reviews");
            ui.strong("Re-drills");
            ui.end_row();
            for d in recent.days.iter().rev() {
                let c = d.counts;
                ui.label(day_name(d.day, recent.today));
                ui.label(c.total().to_string());
                ui.label(c.new.to_string());
                ui.label(c.reviews.to_string());
                ui.label(c.redrills.to_string());
                ui.end_row();
            }
        });
}

/// "Today", "Yesterday", or "Thu 26 Feb".
fn day_name(day: NaiveDate, today: NaiveDate) -> String {
    let date = day.format("%a %-d %b").to_string();
    match (today - day).num_days() {
        0 => format!("Today, {date}"),
        1 => format!("Yesterday, {date}"),
        _ => date,
    }
}

impl super::ScreenUi for ProgressScreen {
    fn ui(&mut self, ui: &mut egui::Ui, _collection: &Collection, _out: &mut Vec<Command>) {
        ui.heading("Your progress");
        ui.add_space(6.0);
        section(ui, "Your typed answers, coded the MITI 4.2.1 way");
        match &self.history {
            Err(why) => {
                ui.colored_label(
                    super::widgets::problem_colour(ui),
                    format!("Problem: your typed answers could not be read ({why})."),
                );
            }
            Ok(h) if h.is_empty() => {
                ui.label(
                    "Type your response before revealing to get coached; your MITI figures will \
                     appear here.",
                );
            }
            Ok(h) => {
                period_choice(ui, &mut self.period);
                ui.add_space(4.0);
                miti_table(ui, h, self.period);
                ui.add_space(6.0);
                ui.label(agreement(h));
                thresholds(ui);
                if h.recoded > 0 {
                    ui.add_space(4.0);
                    ui.label(format!(
                        "{} saved by an earlier version of the coach {} coded again with the \
                         current one (version {}).",
                        super::widgets::count(h.recoded, "answer", "answers"),
                        if h.recoded == 1 { "was" } else { "were" },
                        h.coder_version
                    ));
                }
            }
        }
        ui.add_space(16.0);
        rhythm(ui, &self.recent);
    }
}
