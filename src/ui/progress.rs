//! Progress: what the learner remembers and how their typed replies read, side by side. The
//! study calendar and streaks, the forecast, answers per day, retention, cards by state and the
//! spread of intervals and easiness, mastery by kind of resistance and technique (weakest
//! first, each kind with a "study" button), and the MITI figures over time against their
//! thresholds; then "Export report…". Every chart has its figures in words beside it, and a
//! table of them a button away.
//!
//! The figures are computed once, when the page opens: on another thread when the review log is
//! large (a spinner meanwhile), so opening the page never holds up a frame.

use super::Command;
use super::charts::{self, Palette, date, day_words, words};
use super::widgets::count;
use chrono::NaiveDate;
use egui::RichText;
use egui_plot::{Bar, BarChart, Line, Polygon, Text};
use reframe_core::coach::MitiSummary;
use reframe_core::collection::{CoachHistory, Collection};
use reframe_core::mi::Category;
use reframe_core::report::{self, Figures, RetentionRow, Skill, SkillRow, Tally, stats};
use std::sync::mpsc;

/// Review logs larger than this (all computers' together) are read on another thread.
const INLINE_LOG_BYTES: u64 = 256 * 1024;
/// Cards whose state is copied per frame before the figures are computed (a few ms a frame).
const CARDS_PER_FRAME: usize = 20_000;
/// Rows of the MITI table at most.
const WEEKS_SHOWN: usize = 8;
const DAYS_SHOWN: usize = 14;

/// How far a chart reaches: 30, 90 or 365 days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    Month,
    Quarter,
    Year,
}

impl Reach {
    fn days(self) -> usize {
        match self {
            Reach::Month => 30,
            Reach::Quarter => 90,
            Reach::Year => 365,
        }
    }

    fn choice(ui: &mut Ui, value: &mut Reach, what: &str) {
        ui.horizontal(|ui| {
            ui.label(what);
            for r in [Reach::Month, Reach::Quarter, Reach::Year] {
                ui.radio_value(value, r, format!("{} days", r.days()));
            }
        });
    }
}

use egui::Ui;

/// Whether the MITI table has a row per ISO week or per study day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    Week,
    Day,
}

/// Which period "Export report…" covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReportReach {
    FourWeeks,
    ThreeMonths,
    Year,
}

impl ReportReach {
    pub fn days(self) -> i64 {
        match self {
            ReportReach::FourWeeks => 28,
            ReportReach::ThreeMonths => 91,
            ReportReach::Year => 365,
        }
    }

    fn label(self) -> &'static str {
        match self {
            ReportReach::FourWeeks => "Last 4 weeks",
            ReportReach::ThreeMonths => "Last 3 months",
            ReportReach::Year => "Last year",
        }
    }
}

enum Loading {
    /// Copying the cards' states, a slice a frame.
    Copying(Box<report::InputCopy>),
    Waiting(mpsc::Receiver<Result<Figures, String>>),
    Ready(Box<Figures>),
    Failed(String),
}

/// Tables shown instead of only the words, one switch per chart.
#[derive(Default)]
struct Tables {
    per_day: bool,
    forecast: bool,
    retention: bool,
    distributions: bool,
}

pub(crate) struct ProgressScreen {
    loading: Loading,
    per_day: Reach,
    forecast: Reach,
    retention: stats::Span,
    period: Period,
    chosen_day: Option<usize>,
    tables: Tables,
    report: ExportChoice,
}

/// What "Export report…" will write.
struct ExportChoice {
    reach: ReportReach,
    typed: bool,
    csv: bool,
}

impl ProgressScreen {
    /// Starts computing the figures: here for a small collection, otherwise a slice of the
    /// copy per frame and then the figures on another thread.
    pub fn new(collection: &Collection) -> ProgressScreen {
        let mut copy = report::InputCopy::new(collection);
        let log_bytes: u64 = collection
            .review_logs()
            .iter()
            .filter_map(|(path, _)| std::fs::metadata(path).ok())
            .map(|m| m.len())
            .sum();
        let small_log = log_bytes <= INLINE_LOG_BYTES;
        let copied = copy.step(collection, CARDS_PER_FRAME);
        let loading = if copied && small_log {
            match report::figures(&copy.finish()) {
                Ok(f) => Loading::Ready(Box::new(f)),
                Err(e) => Loading::Failed(e.to_string()),
            }
        } else {
            Loading::Copying(Box::new(copy))
        };
        let period = match &loading {
            Loading::Ready(f) => period_for(f),
            _ => Period::Day,
        };
        ProgressScreen {
            loading,
            per_day: Reach::Month,
            forecast: Reach::Month,
            retention: stats::Span::Week,
            period,
            chosen_day: None,
            tables: Tables::default(),
            report: ExportChoice {
                reach: ReportReach::FourWeeks,
                typed: false,
                csv: false,
            },
        }
    }

    /// One frame's share of the work: a slice of the copy, or a look for the figures.
    fn poll(&mut self, collection: &Collection) {
        if let Loading::Copying(copy) = &mut self.loading
            && copy.step(collection, CARDS_PER_FRAME)
        {
            let input =
                std::mem::replace(copy, Box::new(report::InputCopy::new(collection))).finish();
            let (tx, rx) = mpsc::channel();
            let spawned = std::thread::Builder::new()
                .name("progress figures".into())
                .spawn(move || {
                    let _ = tx.send(report::figures(&input).map_err(|e| e.to_string()));
                });
            self.loading = match spawned {
                Ok(_) => Loading::Waiting(rx),
                Err(e) => Loading::Failed(e.to_string()),
            };
        }
        if let Loading::Waiting(rx) = &self.loading {
            match rx.try_recv() {
                Ok(Ok(f)) => {
                    self.period = period_for(&f);
                    self.loading = Loading::Ready(Box::new(f));
                }
                Ok(Err(e)) => self.loading = Loading::Failed(e),
                Err(mpsc::TryRecvError::Empty) => {}
                Err(mpsc::TryRecvError::Disconnected) => {
                    self.loading = Loading::Failed("the figures could not be computed".into())
                }
            }
        }
    }
}

/// A learner with a single week of typed answers learns more from its days.
fn period_for(f: &Figures) -> Period {
    match &f.coach {
        Ok(h) if h.weeks.len() > 1 => Period::Week,
        _ => Period::Day,
    }
}

/// A section title: a little larger than body text.
fn section(ui: &mut Ui, title: &str) {
    ui.add_space(14.0);
    let size = egui::TextStyle::Body.resolve(ui.style()).size * 1.2;
    ui.label(RichText::new(title).strong().size(size));
}

/// A switch between a chart's words alone and words plus a table.
fn table_behind(
    ui: &mut Ui,
    on: &mut bool,
    what: &str,
    headers: &[&str],
    rows: impl FnOnce() -> Vec<Vec<String>>,
) {
    let text = if *on {
        format!("Hide the table of {what}")
    } else {
        format!("Show the table of {what}")
    };
    if ui.button(text).clicked() {
        *on = !*on;
    }
    if !*on {
        return;
    }
    egui::Grid::new(what)
        .striped(true)
        .spacing([20.0, 4.0])
        .show(ui, |ui| {
            for h in headers {
                ui.strong(*h);
            }
            ui.end_row();
            for row in rows() {
                for cell in row {
                    ui.label(cell);
                }
                ui.end_row();
            }
        });
}

fn short(d: NaiveDate) -> String {
    d.format("%a %-d %b").to_string()
}

// --- Study days ------------------------------------------------------------------------------

fn calendar(ui: &mut Ui, f: &Figures, chosen: &mut Option<usize>, palette: &Palette) {
    section(ui, "Study days");
    let c = &f.calendar;
    let s = c.streaks;
    ui.label(format!(
        "Current streak: {}. Longest streak: {}{}.",
        count(s.current as usize, "day", "days"),
        count(s.longest as usize, "day", "days"),
        s.longest_ended
            .filter(|_| s.longest > 0)
            .map(|d| format!(", ended {}", date(d)))
            .unwrap_or_default()
    ));
    let busiest = c.days.iter().max_by_key(|(_, n)| n.total());
    let mut text = format!(
        "Over the past year you studied on {} of 365 days and gave {}.",
        c.study_days,
        count(c.answers as usize, "answer", "answers")
    );
    if let Some((d, n)) = busiest.filter(|(_, n)| n.total() > 0) {
        text.push_str(&format!(
            " The busiest day was {} with {}.",
            date(*d),
            count(n.total() as usize, "answer", "answers")
        ));
    }
    words(ui, &text);
    // The latest days are on the right: that is where a calendar too wide for the page starts.
    egui::ScrollArea::horizontal()
        .id_salt("calendar")
        .stick_to_right(true)
        .show(ui, |ui| charts::heatmap(ui, &c.days, chosen, palette));
    let pick = chosen.unwrap_or(c.days.len().saturating_sub(1));
    if let Some((d, n)) = c.days.get(pick) {
        ui.label(format!("{}: {}.", date(*d), day_words(*n)));
    }
    ui.label(
        RichText::new(format!(
            "{} squares are days with more answers. Tab to the calendar, then use the arrow \
             keys to read any day. A day starts at the hour set in Settings.",
            if ui.visuals().dark_mode {
                "Brighter"
            } else {
                "Darker"
            }
        ))
        .small(),
    );
}

// --- Answers per day -------------------------------------------------------------------------

fn per_day(ui: &mut Ui, f: &Figures, reach: &mut Reach, table: &mut bool, p: &Palette) {
    section(ui, "Answers per day");
    Reach::choice(ui, reach, "Show the last");
    let n = reach.days().min(f.calendar.days.len());
    let days = &f.calendar.days[f.calendar.days.len() - n..];
    let t = stats::total_counts(days);
    let studied = days.iter().filter(|(_, c)| c.total() > 0).count();
    let mut text = format!(
        "Answers per day over the last {n} days: {} on {} (new {}, reviews {}, re-drills {}).",
        count(t.total() as usize, "answer", "answers"),
        count(studied, "day", "days"),
        t.new,
        t.reviews,
        t.redrills
    );
    if let Some((d, c)) = days
        .iter()
        .max_by_key(|(_, c)| c.total())
        .filter(|(_, c)| c.total() > 0)
    {
        text.push_str(&format!(" Most on {} ({}).", date(*d), c.total()));
    }
    words(ui, &text);
    let x = |i: usize| i as f64 - (n as f64 - 1.0);
    let bars = |pick: fn(&reframe_core::scheduler::DayCounts) -> u32, colour| -> Vec<Bar> {
        days.iter()
            .enumerate()
            .map(|(i, (_, c))| charts::bar(x(i), f64::from(pick(c)), colour))
            .collect()
    };
    let reviews = BarChart::new("Reviews", bars(|c| c.reviews, p.review)).color(p.review);
    let new = BarChart::new("New cards", bars(|c| c.new, p.new))
        .color(p.new)
        .stack_on(&[&reviews]);
    let redrills = BarChart::new("Re-drills", bars(|c| c.redrills, p.redrill))
        .color(p.redrill)
        .stack_on(&[&reviews, &new]);
    let today = f.today;
    charts::plot("per-day", 150.0)
        .x_axis_formatter(move |m, _| short(stats::shift(today, m.value.round() as i64)))
        .show(ui, |pu| {
            pu.bar_chart(reviews);
            pu.bar_chart(new);
            pu.bar_chart(redrills);
        });
    charts::key(
        ui,
        &[
            (p.review, "reviews"),
            (p.new, "new cards"),
            (p.redrill, "re-drills"),
        ],
    );
    table_behind(
        ui,
        table,
        "answers per day",
        &["Day", "Answers", "New", "Reviews", "Re-drills"],
        || {
            days.iter()
                .rev()
                .filter(|(_, c)| c.total() > 0)
                .map(|(d, c)| {
                    let n = [c.total(), c.new, c.reviews, c.redrills];
                    std::iter::once(date(*d))
                        .chain(n.iter().map(u32::to_string))
                        .collect()
                })
                .collect()
        },
    );
}

// --- Forecast --------------------------------------------------------------------------------

fn forecast(ui: &mut Ui, f: &Figures, reach: &mut Reach, table: &mut bool, p: &Palette) {
    section(ui, "Forecast");
    Reach::choice(ui, reach, "Cards due in the next");
    let n = reach.days().min(f.forecast.len());
    let due = &f.forecast[..n];
    let total: u32 = due.iter().sum();
    let week: u32 = due.iter().take(7).sum();
    let mut text = format!(
        "Cards due in the next {n} days: {total} in all, {week} in the next 7 days. Today {} (overdue included), tomorrow {}.",
        due.first().copied().unwrap_or(0),
        due.get(1).copied().unwrap_or(0)
    );
    if let Some((i, most)) = due
        .iter()
        .enumerate()
        .max_by_key(|(i, d)| (**d, usize::MAX - i))
        .filter(|(_, d)| **d > 0)
    {
        text.push_str(&format!(
            " The busiest day is {} with {most}.",
            date(stats::shift(f.today, i as i64))
        ));
    }
    words(ui, &text);
    let bars: Vec<Bar> = due
        .iter()
        .enumerate()
        .map(|(i, d)| charts::bar(i as f64, f64::from(*d), p.review))
        .collect();
    let today = f.today;
    charts::plot("forecast", 140.0)
        .x_axis_formatter(move |m, _| short(stats::shift(today, m.value.round() as i64)))
        .show(ui, |pu| {
            pu.bar_chart(BarChart::new("Cards due", bars).color(p.review))
        });
    table_behind(
        ui,
        table,
        "cards due",
        &["Week starting", "Cards due"],
        || {
            due.chunks(7)
                .enumerate()
                .map(|(w, chunk)| {
                    vec![
                        date(stats::shift(f.today, 7 * w as i64)),
                        chunk.iter().sum::<u32>().to_string(),
                    ]
                })
                .collect()
        },
    );
}

// --- Retention -------------------------------------------------------------------------------

fn retention(ui: &mut Ui, f: &Figures, span: &mut stats::Span, table: &mut bool, p: &Palette) {
    section(ui, "Retention");
    ui.label(
        "The share of reviews you passed (graded 3 or better). Young cards had an interval \
         under 21 days before the review, mature cards 21 days or more. New cards and same-day \
         re-drills are not reviews.",
    );
    ui.horizontal(|ui| {
        ui.label("Show");
        ui.radio_value(span, stats::Span::Week, "By week");
        ui.radio_value(span, stats::Span::Month, "By month");
    });
    let rows: &[RetentionRow] = match span {
        stats::Span::Week => &f.retention_weeks,
        stats::Span::Month => &f.retention_months,
    };
    let (young, mature) = stats::retention_total(rows);
    let mut text = format!(
        "Retention over all your reviews: young cards {}, mature cards {}.",
        young.words(),
        mature.words()
    );
    if let Some(last) = rows.last() {
        text.push_str(&format!(
            " In the {}: young {}, mature {}.",
            span.name(last.start),
            last.young.words(),
            last.mature.words()
        ));
    }
    words(ui, &text);
    if rows.is_empty() {
        return;
    }
    let shown = &rows[rows.len().saturating_sub(26)..];
    let series = |pick: fn(&RetentionRow) -> Tally| -> Vec<[f64; 2]> {
        shown
            .iter()
            .enumerate()
            .filter_map(|(i, r)| pick(r).rate().map(|v| [i as f64, 100.0 * v]))
            .collect()
    };
    let names: Vec<NaiveDate> = shown.iter().map(|r| r.start).collect();
    let kind = *span;
    charts::plot("retention", 140.0)
        .include_y(0.0)
        .include_y(100.0)
        .x_axis_formatter(move |m, _| {
            charts::at_whole(m.value)
                .and_then(|i| names.get(i))
                .map(|d| match kind {
                    stats::Span::Week => d.format("%-d %b").to_string(),
                    stats::Span::Month => d.format("%b %Y").to_string(),
                })
                .unwrap_or_default()
        })
        .y_axis_formatter(|m, _| format!("{:.0} %", m.value))
        .show(ui, |pu| {
            pu.line(
                Line::new("Young", series(|r| r.young))
                    .color(p.young)
                    .width(2.0),
            );
            pu.points(
                egui_plot::Points::new("Young", series(|r| r.young))
                    .color(p.young)
                    .radius(3.0),
            );
            pu.line(
                Line::new("Mature", series(|r| r.mature))
                    .color(p.mature)
                    .width(2.0),
            );
            pu.points(
                egui_plot::Points::new("Mature", series(|r| r.mature))
                    .color(p.mature)
                    .radius(3.0)
                    .shape(egui_plot::MarkerShape::Square),
            );
        });
    charts::key(
        ui,
        &[
            (p.young, "young cards (round points)"),
            (p.mature, "mature cards (square points)"),
        ],
    );
    table_behind(
        ui,
        table,
        "retention",
        &["Period", "Young", "Mature"],
        || {
            rows.iter()
                .rev()
                .map(|r| vec![span.name(r.start), r.young.words(), r.mature.words()])
                .collect()
        },
    );
}

// --- Cards -----------------------------------------------------------------------------------

fn cards(ui: &mut Ui, f: &Figures, table: &mut bool, p: &Palette) {
    section(ui, "Cards");
    let c = f.counts;
    let parts: Vec<String> = c
        .rows()
        .iter()
        .map(|(name, n)| format!("{} {n}", name.to_lowercase()))
        .collect();
    words(
        ui,
        &format!(
            "{} in your decks: {}. Learning: seen again tomorrow; young: an interval under 21 days; mature: 21 days or more; retired: no longer in a deck, history kept.",
            count(c.live(), "card", "cards"),
            parts.join(", ")
        ),
    );
    let bucket_words = |what: &str, b: &[report::Bucket]| {
        let parts: Vec<String> = b
            .iter()
            .map(|b| format!("{} {}", b.label, b.count))
            .collect();
        format!("{what}: {}.", parts.join(", "))
    };
    let intervals = bucket_words("Intervals of the cards you have answered", &f.intervals);
    let easiness = bucket_words("Easiness of the cards you have answered", &f.easiness);
    ui.columns(2, |cols| {
        words(&mut cols[0], &intervals);
        distribution(&mut cols[0], "intervals", &f.intervals, p.review);
        words(&mut cols[1], &easiness);
        distribution(&mut cols[1], "easiness", &f.easiness, p.new);
    });
    table_behind(ui, table, "card counts", &["State", "Cards"], || {
        c.rows()
            .iter()
            .map(|(name, n)| vec![name.to_string(), n.to_string()])
            .collect()
    });
}

fn distribution(ui: &mut Ui, id: &str, buckets: &[report::Bucket], colour: egui::Color32) {
    let rows: Vec<(&str, usize)> = buckets.iter().map(|b| (b.label, b.count)).collect();
    charts::bars(ui, id, &rows, colour);
}

// --- Mastery ---------------------------------------------------------------------------------

fn rate_words(t: Tally) -> String {
    t.rate()
        .map_or("no answers".to_string(), |r| format!("{:.0} %", 100.0 * r))
}

fn skill_grid(ui: &mut Ui, id: &str, rows: &[SkillRow], out: &mut Vec<Command>, study: bool) {
    egui::ScrollArea::horizontal()
        .id_salt(id)
        .show(ui, |ui| skill_rows(ui, id, rows, out, study));
}

fn skill_rows(ui: &mut Ui, id: &str, rows: &[SkillRow], out: &mut Vec<Command>, study: bool) {
    egui::Grid::new(id)
        .striped(true)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.strong(if study {
                "Kind of resistance"
            } else {
                "Technique"
            });
            ui.strong("Mature / cards");
            ui.strong("Passed, last 30 days");
            if study {
                ui.strong("");
            }
            ui.end_row();
            for r in rows {
                ui.label(r.skill.label());
                ui.label(format!("{} of {}", r.mature, r.cards));
                ui.label(match r.recent.rate() {
                    Some(_) => format!(
                        "{} ({} of {})",
                        rate_words(r.recent),
                        r.recent.passed,
                        r.recent.total
                    ),
                    None => "no answers".to_string(),
                });
                if study {
                    if let Skill::Category(c) = r.skill
                        && r.cards > 0
                    {
                        if ui
                            .button(format!("Study {}", c.label()))
                            .on_hover_text(
                                "A session of this kind's due and new cards, within today's limits",
                            )
                            .clicked()
                        {
                            out.push(Command::StudyCategory(c));
                        }
                    } else {
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
}

fn mastery(ui: &mut Ui, f: &Figures, out: &mut Vec<Command>) {
    section(ui, "Mastery by skill");
    ui.label(
        "Weakest first: the lowest share of answers passed (3 or better) over the last 30 days; \
         kinds you have not answered lately come after, fewest mature cards first.",
    );
    let weakest: Vec<String> = f
        .mastery
        .categories
        .iter()
        .filter(|r| r.recent.total > 0)
        .take(3)
        .map(|r| format!("{} ({})", r.skill.label(), rate_words(r.recent)))
        .collect();
    words(
        ui,
        &if weakest.is_empty() {
            "No answers in the last 30 days, so no kind of resistance stands out yet.".to_string()
        } else {
            format!(
                "Your weakest kinds of resistance lately: {}.",
                weakest.join(", ")
            )
        },
    );
    skill_grid(ui, "mastery-categories", &f.mastery.categories, out, true);
    ui.add_space(8.0);
    skill_grid(ui, "mastery-techniques", &f.mastery.techniques, out, false);
}

// --- MITI ------------------------------------------------------------------------------------

fn miti_chart(ui: &mut Ui, series: &report::MitiSeries, weeks: &[report::MitiWeek], p: &Palette) {
    let (title, bands) = (series.title, series.bands);
    let points = series.points(weeks);
    ui.label(RichText::new(title).strong());
    words(ui, &report::html::weekly_words(title, &points, series.unit));
    let top = series.axis_top(&points);
    let line: Vec<[f64; 2]> = points
        .iter()
        .enumerate()
        .filter_map(|(i, (_, v))| v.map(|v| [i as f64, v]))
        .collect();
    let names: Vec<NaiveDate> = points.iter().map(|x| x.0).collect();
    let last = points.len().saturating_sub(1) as f64;
    charts::plot(title, 110.0)
        .include_y(0.0)
        .include_y(top)
        .x_axis_formatter(move |m, _| {
            charts::at_whole(m.value)
                .and_then(|i| names.get(i))
                .map(|d| d.format("%-d %b").to_string())
                .unwrap_or_default()
        })
        .show(ui, |pu| {
            if let Some((fair, good)) = bands {
                let band = |name: &str, lo: f64, hi: f64, fill| {
                    let corners = vec![[-0.5, lo], [last + 0.5, lo], [last + 0.5, hi], [-0.5, hi]];
                    Polygon::new(name, corners)
                        .fill_color(fill)
                        .stroke(egui::Stroke::NONE)
                        .allow_hover(false)
                };
                pu.polygon(band("fair", fair, good, p.fair));
                pu.polygon(band("good", good, top, p.good));
                pu.text(
                    Text::new("fair", [last, (fair + good) / 2.0].into(), "fair").color(p.line),
                );
                pu.text(Text::new("good", [last, (good + top) / 2.0].into(), "good").color(p.line));
            }
            pu.line(Line::new(title, line.clone()).color(p.line).width(2.0));
            pu.points(
                egui_plot::Points::new(title, line)
                    .color(p.line)
                    .radius(3.0),
            );
        });
}

fn miti(ui: &mut Ui, f: &Figures, period: &mut Period, p: &Palette) {
    section(ui, "Your typed answers, coded the MITI 4.2.1 way");
    let h = match &f.coach {
        Err(why) => {
            ui.colored_label(
                super::widgets::problem_colour(ui),
                format!("Problem: your typed answers could not be read ({why})."),
            );
            return;
        }
        Ok(h) if h.is_empty() => {
            ui.label(
                "Type your response before revealing to get coached; your MITI figures will \
                 appear here.",
            );
            return;
        }
        Ok(h) => h,
    };
    if f.miti_weeks.len() > 1 {
        for series in &report::MITI_SERIES {
            miti_chart(ui, series, &f.miti_weeks, p);
        }
        ui.label(
            RichText::new("The yellow band is fair, the green band good (MITI 4.2.1); for MI-inconsistent replies the target is 0.")
                .small(),
        );
    }
    ui.horizontal(|ui| {
        ui.label("Show the figures");
        ui.radio_value(period, Period::Week, "By week");
        ui.radio_value(period, Period::Day, "By day");
    });
    miti_table(ui, h, *period);
    ui.add_space(6.0);
    ui.label(agreement(h));
    ui.label(RichText::new("What the figures mean (MITI 4.2.1 thresholds)").strong());
    ui.label("R:Q, reflections for each question asked: fair from 1 : 1, good from 2 : 1.");
    ui.label("%CR, complex reflections among all reflections: fair from 40 %, good from 50 %.");
    ui.label("MI-inconsistent, answers coded as persuading or confronting: the target is 0.");
    if h.recoded > 0 {
        ui.label(format!(
            "{} saved by an earlier version of the coach {} coded again with the current one \
             (version {}).",
            count(h.recoded, "answer", "answers"),
            if h.recoded == 1 { "was" } else { "were" },
            h.coder_version
        ));
    }
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

fn miti_table(ui: &mut Ui, h: &CoachHistory, period: Period) {
    let all: Vec<(String, MitiSummary)> = match period {
        Period::Week => h
            .weeks
            .iter()
            .map(|w| (format!("Week of {}", date(w.monday)), w.miti))
            .collect(),
        Period::Day => h.days.iter().map(|d| (date(d.day), d.miti)).collect(),
    };
    let (limit, unit) = match period {
        Period::Week => (WEEKS_SHOWN, ("week", "weeks")),
        Period::Day => (DAYS_SHOWN, ("day", "days")),
    };
    let total = all.len();
    // Newest first: the learner looks for this week before last month.
    let rows: Vec<(String, MitiSummary)> = all.into_iter().rev().take(limit).collect();
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
            count(total, unit.0, unit.1)
        ));
    }
    // Wide at a large text size: the table scrolls sideways rather than widen the page.
    egui::ScrollArea::horizontal()
        .id_salt("miti-table")
        .show(ui, |ui| {
            egui::Grid::new("progress-miti")
                .num_columns(5)
                .striped(true)
                .spacing([20.0, 4.0])
                .show(ui, |ui| {
                    ui.strong(match period {
                        Period::Week => "Week",
                        Period::Day => "Day",
                    });
                    for t in ["Typed", "R:Q", "%CR", "MI-inconsistent"] {
                        ui.strong(t);
                    }
                    ui.end_row();
                    for (when, m) in &rows {
                        figures_row(ui, RichText::new(when), m, false);
                    }
                    figures_row(ui, RichText::new("All time").strong(), &h.total, true);
                });
        });
}

/// One row of figures: answers, R:Q, %CR and MI-inconsistent, each with its band in words.
fn figures_row(ui: &mut Ui, when: RichText, m: &MitiSummary, strong: bool) {
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

// --- Report ----------------------------------------------------------------------------------

fn export(ui: &mut Ui, s: &mut ExportChoice, out: &mut Vec<Command>) {
    section(ui, "A report to hand over");
    ui.label(
        "One HTML file with these figures and charts that opens in any browser and prints to \
         PDF; nothing in it is fetched from the internet.",
    );
    ui.horizontal(|ui| {
        ui.label("Period");
        for r in [
            ReportReach::FourWeeks,
            ReportReach::ThreeMonths,
            ReportReach::Year,
        ] {
            ui.radio_value(&mut s.reach, r, r.label());
        }
    });
    ui.checkbox(
        &mut s.typed,
        "Include a sample of my typed replies (they stay private otherwise)",
    );
    ui.checkbox(&mut s.csv, "Also save the figures as CSV beside it");
    if ui.button("Export report…").clicked() {
        out.push(Command::ExportReport {
            days: s.reach.days(),
            typed: s.typed,
            csv: s.csv,
        });
    }
}

impl super::ScreenUi for ProgressScreen {
    fn ui(&mut self, ui: &mut Ui, collection: &Collection, out: &mut Vec<Command>) {
        self.poll(collection);
        ui.heading("Your progress");
        let ProgressScreen {
            loading,
            per_day: reach_days,
            forecast: reach_ahead,
            retention: span,
            period,
            chosen_day,
            tables,
            report,
        } = self;
        let f = match loading {
            Loading::Copying(_) | Loading::Waiting(_) => {
                ui.horizontal(|ui| {
                    // The spinner asks for frames while it turns: only until the figures arrive.
                    ui.spinner();
                    ui.label("Reading your history…");
                });
                return;
            }
            Loading::Failed(why) => {
                ui.colored_label(
                    super::widgets::problem_colour(ui),
                    format!("Problem: your history could not be read ({why})."),
                );
                return;
            }
            Loading::Ready(f) => &**f,
        };
        let p = Palette::of(ui);
        calendar(ui, f, chosen_day, &p);
        per_day(ui, f, reach_days, &mut tables.per_day, &p);
        forecast(ui, f, reach_ahead, &mut tables.forecast, &p);
        retention(ui, f, span, &mut tables.retention, &p);
        cards(ui, f, &mut tables.distributions, &p);
        mastery(ui, f, out);
        miti(ui, f, period, &p);
        export(ui, report, out);
    }
}

/// The file name "Export report…" suggests.
pub(crate) fn report_file_name(today: NaiveDate) -> String {
    format!("reframe-report-{today}.html")
}

/// What "Study …" does when the kind has nothing waiting today.
pub(crate) fn nothing_to_study(c: Category) -> String {
    format!(
        "Nothing of {} is waiting today: no card of it is due, and no new one is left within \
         today's limits.",
        c.label()
    )
}
