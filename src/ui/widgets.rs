//! Small drawing helpers shared by the screens: the flagged-words text (marked by brackets,
//! underline and a number, never by colour alone), headings and a key hint.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Stroke, TextStyle, Ui};
use std::ops::Range;

/// Draws `text` with each span in `marks` wrapped as "[words](n)" and underlined, `n` counting
/// from 1 in the order given. Overlapping or out-of-range spans are skipped here (they are still
/// listed by the caller), so a coder bug can never garble the learner's own words.
pub fn marked_text(ui: &mut Ui, text: &str, marks: &[Range<usize>]) -> egui::Response {
    let font = TextStyle::Body.resolve(ui.style());
    let plain = TextFormat::simple(font.clone(), ui.visuals().text_color());
    let strong_colour = ui.visuals().strong_text_color();
    let marked = TextFormat {
        font_id: font.clone(),
        color: strong_colour,
        underline: Stroke::new(1.5, strong_colour),
        background: ui.visuals().extreme_bg_color,
        ..Default::default()
    };
    let tag = TextFormat::simple(
        FontId::new(font.size * 0.8, font.family.clone()),
        strong_colour,
    );
    let mut order: Vec<(usize, &Range<usize>)> = marks
        .iter()
        .enumerate()
        .filter(|(_, span)| {
            span.start < span.end
                && span.end <= text.len()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end)
        })
        .collect();
    order.sort_by_key(|(_, r)| (r.start, r.end));
    // Overlapping flags ("you need to be" and "be honest") become one mark with both numbers,
    // so no flag's words go unmarked.
    let mut merged: Vec<(Range<usize>, Vec<usize>)> = Vec::new();
    for (n, span) in order {
        match merged.last_mut() {
            Some((last, numbers)) if span.start < last.end => {
                last.end = last.end.max(span.end);
                numbers.push(n + 1);
            }
            _ => merged.push((span.clone(), vec![n + 1])),
        }
    }
    let mut job = LayoutJob::default();
    let mut at = 0;
    for (span, numbers) in merged {
        job.append(&text[at..span.start], 0.0, plain.clone());
        job.append("[", 0.0, marked.clone());
        job.append(&text[span.clone()], 0.0, marked.clone());
        job.append("]", 0.0, marked.clone());
        let tags: String = numbers.iter().map(|n| format!("({n})")).collect();
        job.append(&tags, 0.0, tag.clone());
        at = span.end;
    }
    job.append(&text[at..], 0.0, plain);
    job.wrap.max_width = ui.available_width();
    ui.label(job)
}

/// A framed block with a caption, used for the response, model and foil panes.
pub fn pane<R>(ui: &mut Ui, title: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // Left-aligned, not justified: justified text stretches the gaps between words.
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.label(egui::RichText::new(title).strong());
                add(ui)
            })
            .inner
        })
        .inner
}

/// The colour used for problems; always paired with words like "Problem:" so colour is never
/// the only signal.
pub fn problem_colour(ui: &Ui) -> Color32 {
    ui.visuals().error_fg_color
}

/// The colour of the coach's notes and doubts: egui's warning orange, darkened on a light
/// background, where the plain orange is too faint to read comfortably. The text always says
/// what it is ("Coach:", "A doubt about…"), so colour is never the only signal.
pub fn note_colour(ui: &Ui) -> Color32 {
    if ui.visuals().dark_mode {
        ui.visuals().warn_fg_color
    } else {
        Color32::from_rgb(0x8A, 0x4B, 0x00)
    }
}

/// Plural helper: "1 card", "3 cards".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
