//! The report as one self-contained HTML file: inline CSS and inline SVG charts, no script,
//! nothing fetched, laid out to print on A4 or Letter. It is written as well-formed XHTML
//! (every element closed, only the five XML escapes), so any browser opens it and a test can
//! read it with an XML parser. Every chart has its figures in words beside it (`<title>`,
//! `aria-label`, and a table), and colours come from a palette colour-blind readers can tell
//! apart (Okabe and Ito's), never carrying meaning alone.

use super::stats::{self, Span};
use super::{Report, SkillRow, Tally};
use crate::coach::{Band, MitiSummary};
use crate::scheduler::DayCounts;
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// Okabe–Ito colours.
pub const NEW: &str = "#E69F00";
pub const REVIEW: &str = "#0072B2";
pub const REDRILL: &str = "#CC79A7";
pub const YOUNG: &str = "#E69F00";
pub const MATURE: &str = "#0072B2";
/// A sequential scale of one hue (light to dark), for the calendar.
pub const HEAT: [&str; 5] = ["#EEF3F8", "#C6DBEF", "#9ECAE1", "#4292C6", "#08519C"];

/// The five characters XML needs escaped.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than tab and newline are not allowed in XML.
            c if c.is_control() && c != '\t' && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// "Mon 2 Mar 2026".
pub fn long_date(d: NaiveDate) -> String {
    d.format("%a %-d %b %Y").to_string()
}

fn plural(n: impl Into<u64>, one: &str, many: &str) -> String {
    match n.into() {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

const STYLE: &str = "
:root { color-scheme: light; }
body { font-family: system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; color: #1a1a1a;
  background: #fff; max-width: 52rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; }
h1 { font-size: 1.7rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #0072B2; padding-bottom: 0.15rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin-bottom: 0.3rem; }
.lead { color: #444; margin-top: 0; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
th, td { border-bottom: 1px solid #d0d0d0; padding: 0.25rem 0.7rem 0.25rem 0; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td:first-child { white-space: nowrap; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr)); gap: 0.6rem; }
.figure { border: 1px solid #d0d0d0; border-radius: 6px; padding: 0.5rem 0.7rem; }
.figure .value { font-size: 1.5rem; font-weight: 600; display: block; }
.figure .what { font-size: 0.85rem; color: #444; }
svg { display: block; margin: 0.4rem 0; max-width: 100%; height: auto; }
svg text { font-family: inherit; font-size: 11px; fill: #333; }
.words { font-size: 0.9rem; color: #333; }
.key span { display: inline-block; margin-right: 1rem; font-size: 0.85rem; }
.swatch { display: inline-block; width: 0.8rem; height: 0.8rem; vertical-align: -0.1rem; margin-right: 0.3rem; border: 1px solid #555; }
.reply { border-left: 4px solid #0072B2; padding: 0.2rem 0 0.2rem 0.8rem; margin: 0.7rem 0; }
.reply .statement { color: #444; font-style: italic; }
.reply .code { font-weight: 600; }
.definitions { font-size: 0.85rem; color: #444; }
footer { margin-top: 2.5rem; font-size: 0.8rem; color: #555; }
@page { margin: 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  svg, .figures, .figure, .reply, .key, tr { break-inside: avoid; }
  h2, h3, .words { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

/// The whole report as an HTML document.
pub fn render(r: &Report) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let period = format!("{} to {}", long_date(r.from), long_date(r.to));
    let _ = writeln!(
        h,
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n\
         <meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <title>Reframe progress report, {}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        esc(&period)
    );
    let _ = writeln!(
        h,
        "<header>\n<h1>Reframe progress report</h1>\n<p class=\"lead\">Period: <span id=\"period\">{}</span>. \
         Made on {}. Practice in answering resistant client statements with MI-consistent \
         replies, scheduled by SM-2 and coded the MITI 4.2.1 way.</p>\n</header>",
        esc(&period),
        esc(&long_date(r.made))
    );
    summary(&mut h, r);
    study(&mut h, r);
    retention(&mut h, r);
    cards(&mut h, r);
    mastery(&mut h, r);
    miti(&mut h, r);
    if let Some(sample) = &r.sample {
        replies(&mut h, sample);
    }
    let _ = writeln!(
        h,
        "<section>\n<h2>How the figures are counted</h2>\n<ul class=\"definitions\">\n\
         <li>A study day is a day with at least one answer; a day begins at the hour set in Reframe's settings.</li>\n\
         <li>An answer passes when it is graded 3 or better on the 0–5 scale.</li>\n\
         <li>Retention is the share of reviews passed: a card's first answer and same-day re-drills are not reviews. \
         Young cards had an interval under {m} days before the review, mature cards {m} days or more.</li>\n\
         <li>A mature card has an interval of {m} days or more. Pass rates by skill count first answers and reviews in the period.</li>\n\
         <li>MITI 4.2.1 thresholds: reflections to questions fair from 1 : 1 and good from 2 : 1; complex reflections \
         fair from 40 % and good from 50 % of reflections; MI-inconsistent replies (persuading without permission, \
         confronting) have a target of 0.</li>\n</ul>\n</section>\n\
         <footer>Made by Reframe from the learner's own review log. Typed replies are {}.</footer>\n</body>\n</html>",
        if r.sample.is_some() {
            "included as a sample, at the learner's choice"
        } else {
            "private and not included"
        },
        m = stats::MATURE_DAYS
    );
    h
}

fn figure(h: &mut String, id: &str, value: &str, what: &str) {
    let _ = writeln!(
        h,
        "<div class=\"figure\"><span class=\"value\" id=\"{id}\">{}</span><span class=\"what\">{}</span></div>",
        esc(value),
        esc(what)
    );
}

fn rate(t: Tally) -> String {
    t.rate()
        .map_or("–".to_string(), |r| format!("{:.0} %", 100.0 * r))
}

fn summary(h: &mut String, r: &Report) {
    let c = &r.calendar;
    h.push_str("<section>\n<h2>At a glance</h2>\n<div class=\"figures\">\n");
    figure(
        h,
        "study-days",
        &c.study_days.to_string(),
        &format!("study days of {}", c.days.len()),
    );
    figure(
        h,
        "current-streak",
        &c.streaks.current.to_string(),
        "days in a row at the end of the period",
    );
    figure(
        h,
        "longest-streak",
        &c.streaks.longest.to_string(),
        "longest run of days in the period",
    );
    figure(h, "answers", &r.answers.total().to_string(), "answers");
    figure(
        h,
        "cards-studied",
        &r.cards_studied.to_string(),
        "different cards studied",
    );
    figure(h, "new-cards", &r.answers.new.to_string(), "new cards met");
    figure(
        h,
        "retention-young",
        &rate(r.retention_young),
        "young cards remembered",
    );
    figure(
        h,
        "retention-mature",
        &rate(r.retention_mature),
        "mature cards remembered",
    );
    figure(
        h,
        "typed",
        &r.miti.answers.to_string(),
        "typed replies coded",
    );
    h.push_str("</div>\n</section>\n");
}

/// The calendar of the period: a column per week, Monday at the top.
fn calendar_svg(h: &mut String, days: &[(NaiveDate, DayCounts)], words: &str) {
    let Some(&(first, _)) = days.first() else {
        return;
    };
    let start = Span::Week.start_of(first);
    let weeks = days
        .last()
        .map_or(1, |(d, _)| (*d - start).num_days() / 7 + 1);
    // Big squares for a few weeks, small ones for a year.
    let cell = (600.0 / weeks as f64).clamp(11.0, 30.0).floor();
    let left = 30.0;
    let top = 16.0;
    let width = left + weeks as f64 * cell + 10.0;
    let height = top + 7.0 * cell + 6.0;
    let most = days.iter().map(|(_, c)| c.total()).max().unwrap_or(0);
    let _ = writeln!(
        h,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{w}\" viewBox=\"0 0 {width:.0} {height:.0}\" width=\"{width:.0}\" height=\"{height:.0}\"><title>{w}</title>",
        w = esc(words)
    );
    for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri"), (6, "Sun")] {
        let _ = write!(
            h,
            "<text x=\"0\" y=\"{:.0}\">{name}</text>",
            top + row as f64 * cell + cell / 2.0 + 3.0
        );
    }
    let mut month = 0;
    for (day, counts) in days {
        let col = (*day - start).num_days() / 7;
        let row = day.weekday().num_days_from_monday();
        let x = left + col as f64 * cell;
        let y = top + f64::from(row) * cell;
        if day.month() != month && row == 0 || day == &first {
            month = day.month();
            let _ = write!(h, "<text x=\"{x:.0}\" y=\"11\">{}</text>", day.format("%b"));
        }
        let n = counts.total();
        let side = cell - 2.0;
        let _ = write!(
            h,
            "<rect x=\"{x:.0}\" y=\"{y:.0}\" width=\"{side:.0}\" height=\"{side:.0}\" rx=\"2\" fill=\"{}\" stroke=\"#888\" stroke-width=\"0.5\"><title>{}: {}</title></rect>",
            HEAT[heat_level(n, most)],
            esc(&long_date(*day)),
            plural(n, "answer", "answers")
        );
    }
    h.push_str("\n</svg>\n");
}

/// Which of the five shades a day with `n` answers gets, when the busiest day had `most`.
pub fn heat_level(n: u32, most: u32) -> usize {
    if n == 0 || most == 0 {
        0
    } else {
        1 + ((n - 1) * 4 / most).min(3) as usize
    }
}

/// Stacked bars: one per item, segments bottom to top with their colours.
fn stacked_svg(h: &mut String, bars: &[(String, Vec<u32>)], colours: &[&str], words: &str) {
    let height = 140.0;
    let left = 34.0;
    let bottom = 18.0;
    let n = bars.len().max(1) as f64;
    let step = (640.0 / n).clamp(2.0, 28.0);
    let width = left + step * n + 8.0;
    let most = bars
        .iter()
        .map(|(_, s)| s.iter().sum::<u32>())
        .max()
        .unwrap_or(0)
        .max(1);
    let scale = (height - bottom - 8.0) / f64::from(most);
    let _ = writeln!(
        h,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{w}\" viewBox=\"0 0 {width:.0} {height:.0}\" width=\"{width:.0}\" height=\"{height:.0}\"><title>{w}</title>",
        w = esc(words)
    );
    let base = height - bottom;
    let _ = write!(
        h,
        "<line x1=\"{left}\" y1=\"{base}\" x2=\"{width:.0}\" y2=\"{base}\" stroke=\"#888\"/><text x=\"0\" y=\"{:.0}\">{most}</text><text x=\"0\" y=\"{base}\">0</text>",
        base - f64::from(most) * scale + 4.0
    );
    for (i, (label, segments)) in bars.iter().enumerate() {
        let x = left + i as f64 * step;
        let mut y = base;
        for (v, colour) in segments.iter().zip(colours) {
            if *v == 0 {
                continue;
            }
            let hgt = f64::from(*v) * scale;
            y -= hgt;
            let _ = write!(
                h,
                "<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{hgt:.1}\" fill=\"{colour}\"/>",
                x + 1.0,
                (step - 2.0).max(1.0)
            );
        }
        let total: u32 = segments.iter().sum();
        let _ = write!(
            h,
            "<rect x=\"{x:.1}\" y=\"8\" width=\"{step:.1}\" height=\"{:.0}\" fill=\"transparent\"><title>{}: {total}</title></rect>",
            base - 8.0,
            esc(label)
        );
    }
    h.push_str("\n</svg>\n");
}

/// Bars side by side per item: the share passed (0 to 100 %), one bar per series; an empty
/// slot where a series had nothing to count.
fn grouped_svg(
    h: &mut String,
    groups: &[(String, Vec<Option<f64>>)],
    colours: &[&str],
    words: &str,
) {
    let height = 150.0;
    let left = 40.0;
    let bottom = 18.0;
    let series = colours.len().max(1) as f64;
    let step = (620.0 / groups.len().max(1) as f64).clamp(8.0, 70.0);
    let bar = (step - 6.0) / series;
    let width = left + step * groups.len() as f64 + 8.0;
    let base = height - bottom;
    let scale = (base - 8.0) / 100.0;
    let _ = writeln!(
        h,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{w}\" viewBox=\"0 0 {width:.0} {height:.0}\" width=\"{width:.0}\" height=\"{height:.0}\"><title>{w}</title>",
        w = esc(words)
    );
    for pct in [0.0, 50.0, 100.0] {
        let y = base - pct * scale;
        let _ = write!(
            h,
            "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{width:.0}\" y2=\"{y:.1}\" stroke=\"#bbb\" stroke-width=\"0.5\"/><text x=\"0\" y=\"{:.1}\">{pct:.0} %</text>",
            y + 4.0
        );
    }
    for (i, (label, values)) in groups.iter().enumerate() {
        let x0 = left + i as f64 * step + 3.0;
        for (k, (v, colour)) in values.iter().zip(colours).enumerate() {
            let Some(v) = v else { continue };
            let hgt = v * scale;
            let _ = write!(
                h,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{hgt:.1}\" fill=\"{colour}\"><title>{}: {v:.0} %</title></rect>",
                x0 + k as f64 * bar,
                base - hgt,
                (bar - 1.0).max(1.0),
                esc(label)
            );
        }
    }
    h.push_str("\n</svg>\n");
}

fn key(h: &mut String, items: &[(&str, &str)]) {
    h.push_str("<p class=\"key\">");
    for (colour, name) in items {
        let _ = write!(
            h,
            "<span><span class=\"swatch\" style=\"background:{colour}\"></span>{}</span>",
            esc(name)
        );
    }
    h.push_str("</p>\n");
}

fn study(h: &mut String, r: &Report) {
    let c = &r.calendar;
    let busiest = c.days.iter().max_by_key(|(_, n)| n.total());
    let mut words = format!(
        "Study calendar: {} studied of {}, {}.",
        plural(c.study_days as u64, "day", "days"),
        c.days.len(),
        plural(c.answers, "answer", "answers")
    );
    if let Some((d, n)) = busiest.filter(|(_, n)| n.total() > 0) {
        let _ = write!(
            words,
            " The busiest day was {} with {}.",
            long_date(*d),
            plural(n.total(), "answer", "answers")
        );
    }
    h.push_str("<section>\n<h2>Study days</h2>\n");
    let _ = writeln!(
        h,
        "<p class=\"words\" id=\"calendar-words\">{}</p>",
        esc(&words)
    );
    calendar_svg(h, &c.days, &words);
    h.push_str("<p class=\"key\">Fewer answers ");
    for shade in HEAT {
        let _ = write!(
            h,
            "<span class=\"swatch\" style=\"background:{shade}\"></span>"
        );
    }
    h.push_str(" more answers</p>\n");
    let t = r.answers;
    let per_day_words = format!(
        "Answers per day: {} new, {} reviews and {} re-drills in the period.",
        t.new, t.reviews, t.redrills
    );
    h.push_str("<h3>Answers per day</h3>\n");
    let _ = writeln!(
        h,
        "<p class=\"words\" id=\"per-day-words\">{}</p>",
        esc(&per_day_words)
    );
    let bars: Vec<(String, Vec<u32>)> = c
        .days
        .iter()
        .map(|(d, n)| (long_date(*d), vec![n.reviews, n.new, n.redrills]))
        .collect();
    stacked_svg(h, &bars, &[REVIEW, NEW, REDRILL], &per_day_words);
    key(
        h,
        &[
            (REVIEW, "reviews"),
            (NEW, "new cards"),
            (REDRILL, "re-drills"),
        ],
    );
    h.push_str("</section>\n");
}

fn retention(h: &mut String, r: &Report) {
    h.push_str("<section>\n<h2>Retention</h2>\n");
    let words = format!(
        "Reviews passed (graded 3 or better): young cards {}, mature cards {}.",
        r.retention_young.words(),
        r.retention_mature.words()
    );
    let _ = writeln!(
        h,
        "<p class=\"words\" id=\"retention-words\">{}</p>",
        esc(&words)
    );
    if r.retention_weeks.is_empty() {
        h.push_str("<p>No reviews in this period.</p>\n</section>\n");
        return;
    }
    let groups: Vec<(String, Vec<Option<f64>>)> = r
        .retention_weeks
        .iter()
        .map(|w| {
            let pct = |t: Tally| t.rate().map(|x| 100.0 * x);
            (Span::Week.name(w.start), vec![pct(w.young), pct(w.mature)])
        })
        .collect();
    grouped_svg(
        h,
        &groups,
        &[YOUNG, MATURE],
        &format!("Retention per week. {words}"),
    );
    key(h, &[(YOUNG, "young cards"), (MATURE, "mature cards")]);
    h.push_str(
        "<table id=\"retention\">\n<thead><tr><th>Week</th><th class=\"n\">Young passed</th><th class=\"n\">Young reviews</th>\
         <th class=\"n\">Young %</th><th class=\"n\">Mature passed</th><th class=\"n\">Mature reviews</th><th class=\"n\">Mature %</th></tr></thead>\n<tbody>\n",
    );
    for w in &r.retention_weeks {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&long_date(w.start)),
            w.young.passed,
            w.young.total,
            rate(w.young),
            w.mature.passed,
            w.mature.total,
            rate(w.mature)
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

fn cards(h: &mut String, r: &Report) {
    h.push_str("<section>\n<h2>Cards</h2>\n");
    let _ = writeln!(
        h,
        "<p class=\"words\">On {}, {} in the decks.</p>\n<table id=\"card-counts\">\n<thead><tr><th>State</th><th class=\"n\">Cards</th><th>Meaning</th></tr></thead>\n<tbody>",
        esc(&long_date(r.made)),
        plural(r.counts.live() as u64, "card", "cards")
    );
    let meaning = [
        "never answered",
        "next seen tomorrow: just met, or missed last time",
        "interval of 2 to 20 days",
        "interval of 21 days or more",
        "taken out of study by the learner",
        "no longer in their deck; history kept",
    ];
    for ((name, n), what) in r.counts.rows().into_iter().zip(meaning) {
        let _ = writeln!(
            h,
            "<tr><td>{name}</td><td class=\"n\">{n}</td><td>{what}</td></tr>"
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

/// One skill table with a bar of the pass rate in each row.
fn skill_table(h: &mut String, id: &str, title: &str, rows: &[SkillRow]) {
    let _ = writeln!(
        h,
        "<h3>{}</h3>\n<table id=\"{id}\">\n<thead><tr><th>{}</th><th class=\"n\">Cards</th><th class=\"n\">Mature</th>\
         <th class=\"n\">Answers</th><th class=\"n\">Passed</th><th>Pass rate</th></tr></thead>\n<tbody>",
        esc(title),
        if id == "categories" {
            "Kind of resistance"
        } else {
            "Technique"
        }
    );
    for r in rows {
        let pct = r.recent.rate().map(|x| 100.0 * x);
        let bar = match pct {
            Some(p) => format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{p:.0} % passed\" viewBox=\"0 0 104 12\" width=\"104\" height=\"12\" style=\"display:inline-block;vertical-align:middle;margin:0 0.4rem 0 0\">\
                 <rect x=\"0\" y=\"1\" width=\"100\" height=\"10\" fill=\"#EEF3F8\" stroke=\"#888\" stroke-width=\"0.5\"/>\
                 <rect x=\"0\" y=\"1\" width=\"{p:.1}\" height=\"10\" fill=\"{REVIEW}\"/></svg>{p:.0} %"
            ),
            None => "no answers".to_string(),
        };
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{bar}</td></tr>",
            esc(r.skill.label()),
            r.cards,
            r.mature,
            r.recent.total,
            r.recent.passed
        );
    }
    h.push_str("</tbody>\n</table>\n");
}

fn mastery(h: &mut String, r: &Report) {
    h.push_str("<section>\n<h2>Mastery by skill</h2>\n");
    let weakest: Vec<&str> = r
        .mastery
        .categories
        .iter()
        .filter(|s| s.recent.total > 0)
        .take(3)
        .map(|s| s.skill.label())
        .collect();
    let words = if weakest.is_empty() {
        "No answers in this period yet.".to_string()
    } else {
        format!(
            "Weakest kinds of resistance in the period (lowest pass rate first): {}.",
            weakest.join(", ")
        )
    };
    let _ = writeln!(
        h,
        "<p class=\"words\" id=\"mastery-words\">{}</p>\n<p class=\"definitions\">Cards and mature cards as of {}; answers and pass rates over the period. Weakest first.</p>",
        esc(&words),
        esc(&long_date(r.made))
    );
    skill_table(
        h,
        "categories",
        "The 13 kinds of resistance",
        &r.mastery.categories,
    );
    skill_table(h, "techniques", "The 13 techniques", &r.mastery.techniques);
    h.push_str("</section>\n");
}

fn band_word(b: Band) -> &'static str {
    b.label()
}

/// A line chart of weekly values with the fair and good bands drawn behind it.
fn miti_svg(
    h: &mut String,
    points: &[(NaiveDate, Option<f64>)],
    top: f64,
    bands: Option<(f64, f64)>,
    unit: &str,
    words: &str,
) {
    let width = 640.0;
    let height = 130.0;
    let left = 40.0;
    let bottom = 18.0;
    let plot_h = height - bottom - 6.0;
    let y = |v: f64| 6.0 + plot_h * (1.0 - (v / top).clamp(0.0, 1.0));
    let n = points.len().max(2) as f64 - 1.0;
    let x = |i: usize| left + (width - left - 12.0) * i as f64 / n;
    let _ = writeln!(
        h,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{w}\" viewBox=\"0 0 {width:.0} {height:.0}\" width=\"{width:.0}\" height=\"{height:.0}\"><title>{w}</title>",
        w = esc(words)
    );
    if let Some((fair, good)) = bands {
        let _ = write!(
            h,
            "<rect x=\"{left}\" y=\"{:.1}\" width=\"{:.0}\" height=\"{:.1}\" fill=\"#F0E442\" fill-opacity=\"0.35\"/>\
             <rect x=\"{left}\" y=\"6\" width=\"{:.0}\" height=\"{:.1}\" fill=\"#009E73\" fill-opacity=\"0.22\"/>\
             <text x=\"{:.0}\" y=\"{:.1}\">fair</text><text x=\"{:.0}\" y=\"{:.1}\">good</text>",
            y(good),
            width - left - 12.0,
            y(fair) - y(good),
            width - left - 12.0,
            y(good) - 6.0,
            width - 40.0,
            y(fair) - 3.0,
            width - 40.0,
            (y(good) - 3.0).max(16.0)
        );
    }
    let base = height - bottom;
    let _ = write!(
        h,
        "<line x1=\"{left}\" y1=\"{base}\" x2=\"{:.0}\" y2=\"{base}\" stroke=\"#888\"/><text x=\"0\" y=\"{base}\">0{unit}</text><text x=\"0\" y=\"14\">{top}{unit}</text>",
        width - 12.0
    );
    let mut path = String::new();
    for (i, (_, v)) in points.iter().enumerate() {
        if let Some(v) = v {
            let _ = write!(
                path,
                "{}{:.1},{:.1} ",
                if path.is_empty() { "M" } else { "L" },
                x(i),
                y(*v)
            );
        }
    }
    if !path.is_empty() {
        let _ = write!(
            h,
            "<path d=\"{}\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>",
            path.trim_end()
        );
    }
    for (i, (d, v)) in points.iter().enumerate() {
        if let Some(v) = v {
            let _ = write!(
                h,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"#1a1a1a\"><title>{}: {v:.1}{unit}</title></circle>",
                x(i),
                y(*v),
                esc(&Span::Week.name(*d))
            );
        }
    }
    if let (Some((first, _)), Some((last, _))) = (points.first(), points.last()) {
        let _ = write!(
            h,
            "<text x=\"{left}\" y=\"{:.0}\">{}</text><text x=\"{:.0}\" y=\"{:.0}\" text-anchor=\"end\">{}</text>",
            height - 3.0,
            first.format("%-d %b"),
            width - 12.0,
            height - 3.0,
            last.format("%-d %b")
        );
    }
    h.push_str("\n</svg>\n");
}

fn miti(h: &mut String, r: &Report) {
    h.push_str("<section>\n<h2>Typed replies, coded the MITI 4.2.1 way</h2>\n");
    let m: &MitiSummary = &r.miti;
    if m.answers == 0 {
        h.push_str("<p id=\"miti-words\">No typed replies in this period.</p>\n</section>\n");
        return;
    }
    let rating = m.rating();
    let words = format!(
        "{} typed replies: {} reflections ({} complex) and {} questions. Reflections to questions {}; complex reflections {}; MI-inconsistent replies {}.",
        m.answers,
        m.reflections(),
        m.complex_reflections,
        m.questions(),
        m.reflection_to_question_words(),
        m.percent_complex_words(),
        m.non_adherent_words()
    );
    let _ = writeln!(
        h,
        "<p class=\"words\" id=\"miti-words\">{}</p>",
        esc(&words)
    );
    h.push_str("<table id=\"miti\">\n<thead><tr><th>Measure</th><th class=\"n\">This period</th><th>Band</th><th>MITI 4.2.1 fair / good</th></tr></thead>\n<tbody>\n");
    let opt = |v: Option<f64>, unit: &str| v.map_or("–".to_string(), |v| format!("{v:.1}{unit}"));
    let _ = writeln!(
        h,
        "<tr><td>Reflections to questions (R:Q)</td><td class=\"n\" id=\"miti-rq\">{}</td><td>{}</td><td>1 : 1 / 2 : 1</td></tr>\n\
         <tr><td>Complex reflections (%CR)</td><td class=\"n\" id=\"miti-cr\">{}</td><td>{}</td><td>40 % / 50 %</td></tr>\n\
         <tr><td>MI-inconsistent replies</td><td class=\"n\" id=\"miti-inconsistent\">{}</td><td>{}</td><td>target 0</td></tr>",
        opt(m.reflection_to_question(), " : 1"),
        band_word(rating.reflection_to_question),
        opt(m.percent_complex(), " %"),
        band_word(rating.percent_complex),
        m.mi_non_adherent(),
        if m.mi_non_adherent() == 0 {
            "on target"
        } else {
            "above target"
        }
    );
    let _ = writeln!(
        h,
        "<tr><td>Took the coach's suggested grade</td><td class=\"n\" id=\"miti-agreed\">{}</td><td></td><td></td></tr>\n</tbody>\n</table>",
        if r.agreement.total == 0 {
            "–".to_string()
        } else {
            format!("{} of {}", r.agreement.passed, r.agreement.total)
        }
    );
    if r.miti_weeks.len() > 1 {
        for series in &super::MITI_SERIES {
            let points = series.points(&r.miti_weeks);
            let _ = writeln!(
                h,
                "<h3>{}, per week{}</h3>",
                series.title,
                if series.bands.is_none() {
                    " (target 0)"
                } else {
                    ""
                }
            );
            // The axis unit: the ratio's figures need none.
            let axis_unit = if series.unit == " %" { " %" } else { "" };
            miti_svg(
                h,
                &points,
                series.axis_top(&points),
                series.bands,
                axis_unit,
                &weekly_words(series.title, &points, series.unit),
            );
        }
        key(h, &[("#F0E442", "fair band"), ("#009E73", "good band")]);
    }
    h.push_str("</section>\n");
}

/// "Complex reflections per week: week of Mon 2 Mar 2026 50.0 %; …".
pub fn weekly_words(what: &str, points: &[(NaiveDate, Option<f64>)], unit: &str) -> String {
    let parts: Vec<String> = points
        .iter()
        .map(|(d, v)| match v {
            Some(v) => format!("{} {v:.1}{unit}", Span::Week.name(*d)),
            None => format!("{} none", Span::Week.name(*d)),
        })
        .collect();
    format!("{what} per week: {}.", parts.join("; "))
}

pub(super) fn replies(h: &mut String, sample: &[super::SampleReply]) {
    h.push_str("<section id=\"replies\">\n<h2>A sample of typed replies</h2>\n");
    if sample.is_empty() {
        h.push_str("<p>No typed replies in this period.</p>\n</section>\n");
        return;
    }
    let _ = writeln!(
        h,
        "<p class=\"definitions\">{} spread over the period, each with the code the coach gives it now.</p>",
        plural(sample.len() as u64, "reply", "replies")
    );
    for s in sample {
        let _ = write!(
            h,
            "<div class=\"reply\">\n<p class=\"statement\">{} · {}</p>\n<p class=\"text\">{}</p>\n<p><span class=\"code\">{}</span>",
            esc(&long_date(s.day)),
            esc(s
                .statement
                .as_deref()
                .unwrap_or("(the card is no longer in its deck)")),
            esc(&s.reply),
            esc(s.code.label())
        );
        if !s.flags.is_empty() {
            let _ = write!(h, ". Flagged: {}", esc(&s.flags.join("; ")));
        }
        if let Some(words) = &s.doubt {
            // On a line of its own: a flag's reason already ends with a full stop.
            let _ = write!(
                h,
                "<br>The coach had a doubt about \u{201c}{}\u{201d}: the rules did not code it \
                 as MI-inconsistent, but it reads like pushing or judging.",
                esc(words)
            );
        }
        h.push_str("</p>\n</div>\n");
    }
    h.push_str("</section>\n");
}
