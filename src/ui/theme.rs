//! Look and feel: light/dark/system theme, text size, and a focus outline strong enough to see
//! from across the room. Applied once when the settings change, never every frame.

use egui::{Color32, FontFamily, FontId, Stroke, TextStyle, Theme, ThemePreference};

/// Smallest and largest text scale the settings screen offers.
pub const TEXT_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.8..=2.0;

/// Body text size in points at scale 1.0; a bit larger than egui's 13 because learners read
/// whole sentences here, not labels.
const BODY: f32 = 15.0;

/// Sets the theme preference and every text style for `scale` (clamped to [`TEXT_SCALE_RANGE`]).
pub fn apply(ctx: &egui::Context, theme: ThemePreference, scale: f32) {
    let scale = if scale.is_finite() {
        scale.clamp(*TEXT_SCALE_RANGE.start(), *TEXT_SCALE_RANGE.end())
    } else {
        1.0
    };
    ctx.set_theme(theme);
    // Text size is the app's own setting (Ctrl+Plus / Ctrl+Minus save it); egui's zoom keys
    // would change it behind the settings' back.
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    for t in [Theme::Light, Theme::Dark] {
        ctx.style_mut_of(t, |style| {
            style.text_styles = [
                (
                    TextStyle::Small,
                    FontId::new(BODY * 0.8 * scale, FontFamily::Proportional),
                ),
                (
                    TextStyle::Body,
                    FontId::new(BODY * scale, FontFamily::Proportional),
                ),
                (
                    TextStyle::Button,
                    FontId::new(BODY * scale, FontFamily::Proportional),
                ),
                (
                    TextStyle::Heading,
                    FontId::new(BODY * 1.5 * scale, FontFamily::Proportional),
                ),
                (
                    TextStyle::Monospace,
                    FontId::new(BODY * 0.95 * scale, FontFamily::Monospace),
                ),
                (
                    statement_style(),
                    FontId::new(BODY * 1.45 * scale, FontFamily::Proportional),
                ),
            ]
            .into();
            style.spacing.item_spacing = egui::vec2(8.0, 6.0);
            style.spacing.button_padding = egui::vec2(8.0, 4.0);
            // egui draws a focused widget with the "active" look; make that a thick accent
            // outline so keyboard focus is always visible, in both themes.
            let accent = match t {
                Theme::Dark => Color32::from_rgb(0xFF, 0xC8, 0x57),
                Theme::Light => Color32::from_rgb(0x1A, 0x4F, 0xC4),
            };
            style.visuals.widgets.active.bg_stroke = Stroke::new(2.5, accent);
            // egui's default body text is a mid grey; sentences read better with more contrast.
            style.visuals.widgets.noninteractive.fg_stroke.color = match t {
                Theme::Dark => Color32::from_gray(215),
                Theme::Light => Color32::from_gray(25),
            };
            style.visuals.selection.stroke = Stroke::new(2.0, accent);
        });
    }
}

/// The large text style the client statement is shown in.
pub fn statement_style() -> TextStyle {
    TextStyle::Name("Statement".into())
}
