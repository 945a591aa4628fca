//! What the Progress page's charts share: a palette colour-blind readers can tell apart (Okabe
//! and Ito's, lighter in the dark theme), plots that leave scrolling and keys to the page, a
//! text alternative per chart (figures in words, read by AccessKit), and the calendar heatmap,
//! painted by hand because no plot fits it: focusable, moved through with the arrow keys.

use chrono::{Datelike, NaiveDate};
use egui::{Color32, Rect, Sense, Stroke, Ui, Vec2, WidgetInfo, pos2, vec2};
use egui_plot::Plot;
use reframe_core::scheduler::DayCounts;

/// Chart colours for one theme.
pub struct Palette {
    pub review: Color32,
    pub new: Color32,
    pub redrill: Color32,
    pub young: Color32,
    pub mature: Color32,
    pub line: Color32,
    pub fair: Color32,
    pub good: Color32,
    /// The calendar's five shades, no answers first.
    pub heat: [Color32; 5],
}

impl Palette {
    pub fn of(ui: &Ui) -> Palette {
        let hex = |s: &str| Color32::from_hex(s).unwrap_or(Color32::GRAY);
        if ui.visuals().dark_mode {
            Palette {
                review: hex("#56B4E9"),
                new: hex("#E69F00"),
                redrill: hex("#CC79A7"),
                young: hex("#E69F00"),
                mature: hex("#56B4E9"),
                line: hex("#F5F5F5"),
                fair: Color32::from_rgba_unmultiplied(0xF0, 0xE4, 0x42, 75),
                good: Color32::from_rgba_unmultiplied(0x00, 0x9E, 0x73, 90),
                heat: ["#2A2F36", "#0B3C5D", "#1F6FA8", "#4FA3E0", "#A6D4FA"].map(hex),
            }
        } else {
            Palette {
                review: hex("#0072B2"),
                new: hex("#E69F00"),
                redrill: hex("#CC79A7"),
                young: hex("#E69F00"),
                mature: hex("#0072B2"),
                line: hex("#1A1A1A"),
                fair: Color32::from_rgba_unmultiplied(0xF0, 0xE4, 0x42, 90),
                good: Color32::from_rgba_unmultiplied(0x00, 0x9E, 0x73, 55),
                heat: reframe_core::report::html::HEAT.map(hex),
            }
        }
    }
}

/// A plot that shows values on hover but leaves the wheel, drags and keys to the page.
pub fn plot(id: &str, height: f32) -> Plot<'static> {
    Plot::new(id.to_string())
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .y_axis_min_width(28.0)
}

/// A row of colour squares with their names: the key of a chart (colour is never the only
/// sign: the words say the same).
pub fn key(ui: &mut Ui, items: &[(Color32, &str)]) {
    ui.horizontal_wrapped(|ui| {
        for (colour, name) in items {
            let side = ui.text_style_height(&egui::TextStyle::Body) * 0.8;
            let (rect, _) = ui.allocate_exact_size(Vec2::splat(side), Sense::hover());
            ui.painter().rect_filled(rect, 2.0, *colour);
            ui.label(*name);
            ui.add_space(8.0);
        }
    });
}

/// Horizontal bars with their names and counts, painted: a distribution whose buckets have
/// names longer than a plot's axis can show.
pub fn bars(ui: &mut Ui, id: &str, rows: &[(&str, usize)], colour: Color32) {
    let most = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let width = (ui.available_width() * 0.45).max(60.0);
    egui::Grid::new(id)
        .num_columns(3)
        .spacing([8.0, 2.0])
        .show(ui, |ui| {
            for (name, n) in rows {
                ui.label(*name);
                let h = ui.text_style_height(&egui::TextStyle::Body) * 0.7;
                let (rect, _) = ui.allocate_exact_size(vec2(width, h), Sense::hover());
                let filled =
                    Rect::from_min_size(rect.min, vec2(width * *n as f32 / most as f32, h));
                ui.painter().rect_filled(filled, 1.0, colour);
                ui.label(n.to_string());
                ui.end_row();
            }
        });
}

/// Bars of one colour, filled (egui_plot's default fill is faint).
pub fn bar(x: f64, y: f64, colour: Color32) -> egui_plot::Bar {
    egui_plot::Bar::new(x, y)
        .width(0.8)
        .fill(colour)
        .stroke(Stroke::new(1.0, colour))
}

/// The figures of a chart in words: a label a screen reader reads where the chart is.
pub fn words(ui: &mut Ui, text: &str) -> egui::Response {
    ui.add(egui::Label::new(text).wrap())
}

/// The index an axis mark stands for, when it stands on a whole number (bars and points sit on
/// 0, 1, 2, …; marks between them get no label).
pub fn at_whole(value: f64) -> Option<usize> {
    let i = value.round();
    ((value - i).abs() < 1e-6 && i >= 0.0).then_some(i as usize)
}

/// "Mon 2 Mar 2026".
pub fn date(d: NaiveDate) -> String {
    d.format("%a %-d %b %Y").to_string()
}

/// "12 answers (3 new, 8 reviews, 1 re-drill)", or "no answers".
pub fn day_words(c: DayCounts) -> String {
    if c.total() == 0 {
        return "no answers".to_string();
    }
    format!(
        "{} ({} new, {}, {})",
        super::widgets::count(c.total() as usize, "answer", "answers"),
        c.new,
        super::widgets::count(c.reviews as usize, "review", "reviews"),
        super::widgets::count(c.redrills as usize, "re-drill", "re-drills")
    )
}

/// The calendar heatmap of `days` (oldest first, one per day): a column per week, Monday on
/// top. One focusable widget: arrow keys move the chosen day by a day or a week, Home and End
/// go to the first and last day; hovering a day shows its figures. `chosen` is kept by the
/// caller; the widget's accessible label is the chosen day's figures.
pub fn heatmap(
    ui: &mut Ui,
    days: &[(NaiveDate, DayCounts)],
    chosen: &mut Option<usize>,
    palette: &Palette,
) -> egui::Response {
    let Some(&(first, _)) = days.first() else {
        return ui.label("No days to show.");
    };
    let offset = first.weekday().num_days_from_monday() as usize;
    let weeks = (offset + days.len()).div_ceil(7);
    // Sized from the text, so day and month names never overlap at a large text size (the
    // page scrolls sideways when the squares no longer fit).
    let small = egui::TextStyle::Small.resolve(ui.style());
    let label_w = ui
        .painter()
        .layout_no_wrap("Wed".into(), small.clone(), Color32::WHITE)
        .size()
        .x
        + 6.0;
    let top = small.size + 4.0;
    let smallest = small.size.max(6.0);
    let cell =
        ((ui.available_width() - label_w) / weeks as f32).clamp(smallest, smallest.max(16.0));
    let size = vec2(label_w + cell * weeks as f32, top + cell * 7.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    let most = days.iter().map(|(_, c)| c.total()).max().unwrap_or(0);
    let last = days.len() - 1;
    let mut pick = chosen.unwrap_or(last).min(last);
    let mut moved = false;
    if response.has_focus() {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            )
        });
        let step = ui.input(|i| {
            use egui::Key;
            let pressed = |k| i.key_pressed(k);
            if pressed(Key::ArrowLeft) {
                -1
            } else if pressed(Key::ArrowRight) {
                1
            } else if pressed(Key::ArrowUp) {
                -7
            } else if pressed(Key::ArrowDown) {
                7
            } else if pressed(Key::Home) {
                -(days.len() as i64)
            } else if pressed(Key::End) {
                days.len() as i64
            } else {
                0
            }
        });
        if step != 0 {
            pick = (pick as i64 + step).clamp(0, last as i64) as usize;
            *chosen = Some(pick);
            moved = true;
        }
    }
    let cell_rect = |i: usize| {
        let at = offset + i;
        let min = pos2(
            rect.left() + label_w + cell * (at / 7) as f32,
            rect.top() + top + cell * (at % 7) as f32,
        );
        Rect::from_min_size(min, Vec2::splat(cell - 2.0))
    };
    if moved {
        // Keep the chosen day in sight when the calendar is wider than the page.
        ui.scroll_to_rect(cell_rect(pick), None);
    }
    let painter = ui.painter_at(rect);
    let text = ui.visuals().text_color();
    for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri"), (6, "Sun")] {
        painter.text(
            pos2(
                rect.left(),
                rect.top() + top + cell * row as f32 + cell / 2.0,
            ),
            egui::Align2::LEFT_CENTER,
            name,
            small.clone(),
            text,
        );
    }
    let mut hovered = None;
    let pointer = response.hover_pos();
    for (i, (day, counts)) in days.iter().enumerate() {
        let r = cell_rect(i);
        // Month names, except where the last columns leave no room for one.
        if (day.day() == 1 || i == 0) && (offset + i) / 7 + 2 < weeks {
            painter.text(
                pos2(r.left(), rect.top()),
                egui::Align2::LEFT_TOP,
                day.format("%b").to_string(),
                small.clone(),
                text,
            );
        }
        let level = reframe_core::report::html::heat_level(counts.total(), most);
        painter.rect_filled(r, 2.0, palette.heat[level]);
        if pointer.is_some_and(|p| r.expand(1.0).contains(p)) {
            hovered = Some(i);
        }
    }
    let outline = Stroke::new(2.0, ui.visuals().strong_text_color());
    painter.rect_stroke(
        cell_rect(pick).expand(1.0),
        2.0,
        outline,
        egui::StrokeKind::Outside,
    );
    let (day, counts) = days[pick];
    let label = format!(
        "Study calendar, chosen day {}: {}. Arrow keys move by a day or a week.",
        date(day),
        day_words(counts)
    );
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Figure, true, &label));
    let response = if let Some(i) = hovered {
        let (d, c) = days[i];
        response.on_hover_text(format!("{}: {}", date(d), day_words(c)))
    } else {
        response
    };
    if response.clicked()
        && let Some(i) = hovered
    {
        *chosen = Some(i);
        response.request_focus();
    }
    response
}
