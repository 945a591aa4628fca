//! The report's figures as CSV for an educator's spreadsheet: one figure a row, in four columns
//! (`section,item,measure,value`), so a pivot table can take any of them. Figures only: typed
//! replies never go into the CSV.

use super::{Report, SkillRow, Tally};
use std::fmt::Write;

/// A CSV field, quoted when it holds a comma, a quote or a line break.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

struct Rows(String);

impl Rows {
    fn row(&mut self, section: &str, item: &str, measure: &str, value: impl std::fmt::Display) {
        let _ = writeln!(
            self.0,
            "{},{},{},{}",
            field(section),
            field(item),
            field(measure),
            field(&value.to_string())
        );
    }

    /// passed, answered and the rate in percent (empty without answers).
    fn tally(&mut self, section: &str, item: &str, prefix: &str, t: Tally) {
        self.row(section, item, &format!("{prefix}passed"), t.passed);
        self.row(section, item, &format!("{prefix}answered"), t.total);
        let rate = t.rate().map(|r| format!("{:.1}", 100.0 * r));
        self.row(
            section,
            item,
            &format!("{prefix}percent_passed"),
            rate.unwrap_or_default(),
        );
    }

    fn skills(&mut self, section: &str, rows: &[SkillRow]) {
        for r in rows {
            let item = r.skill.label();
            self.row(section, item, "cards", r.cards);
            self.row(section, item, "studied", r.studied);
            self.row(section, item, "mature", r.mature);
            self.tally(section, item, "", r.recent);
        }
    }
}

/// The report's figures as CSV text, header first.
pub fn render(r: &Report) -> String {
    let mut out = Rows(String::from("section,item,measure,value\n"));
    out.row("period", "", "from", r.from);
    out.row("period", "", "to", r.to);
    out.row("period", "", "made", r.made);
    let c = &r.calendar;
    out.row("study", "", "study_days", c.study_days);
    out.row("study", "", "days_in_period", c.days.len());
    out.row("study", "", "current_streak", c.streaks.current);
    out.row("study", "", "longest_streak", c.streaks.longest);
    out.row("study", "", "answers", r.answers.total());
    out.row("study", "", "new_cards", r.answers.new);
    out.row("study", "", "reviews", r.answers.reviews);
    out.row("study", "", "redrills", r.answers.redrills);
    out.row("study", "", "cards_studied", r.cards_studied);
    for (day, counts) in c.days.iter().filter(|(_, n)| n.total() > 0) {
        let item = day.to_string();
        out.row("day", &item, "new", counts.new);
        out.row("day", &item, "reviews", counts.reviews);
        out.row("day", &item, "redrills", counts.redrills);
    }
    out.tally("retention", "all", "young_", r.retention_young);
    out.tally("retention", "all", "mature_", r.retention_mature);
    for w in &r.retention_weeks {
        let item = w.start.to_string();
        out.tally("retention_week", &item, "young_", w.young);
        out.tally("retention_week", &item, "mature_", w.mature);
    }
    for (name, n) in r.counts.rows() {
        out.row("cards", &name.to_lowercase(), "count", n);
    }
    out.skills("category", &r.mastery.categories);
    out.skills("technique", &r.mastery.techniques);
    let m = &r.miti;
    out.row("miti", "", "typed_answers", m.answers);
    out.row("miti", "", "reflections", m.reflections());
    out.row("miti", "", "complex_reflections", m.complex_reflections);
    out.row("miti", "", "questions", m.questions());
    let opt = |v: Option<f64>| v.map(|v| format!("{v:.2}")).unwrap_or_default();
    out.row(
        "miti",
        "",
        "reflection_to_question",
        opt(m.reflection_to_question()),
    );
    out.row("miti", "", "percent_complex", opt(m.percent_complex()));
    out.row("miti", "", "mi_inconsistent", m.mi_non_adherent());
    out.tally("miti", "", "coach_agreed_", r.agreement);
    for w in &r.miti_weeks {
        let item = w.monday.to_string();
        out.row("miti_week", &item, "typed_answers", w.answers);
        out.row(
            "miti_week",
            &item,
            "reflection_to_question",
            opt(w.reflection_to_question),
        );
        out.row(
            "miti_week",
            &item,
            "percent_complex",
            opt(w.percent_complex),
        );
        out.row(
            "miti_week",
            &item,
            "percent_mi_inconsistent",
            format!("{:.1}", w.percent_inconsistent),
        );
    }
    out.0
}
