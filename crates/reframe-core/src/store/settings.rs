//! The learner's settings (`settings.ron`): daily limits, when the day starts, which decks are
//! studied, how the app looks. Missing fields take their defaults; the file is saved atomically.

use crate::clock::DayStart;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

pub const SETTINGS_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub format: u32,
    /// New cards introduced per study day.
    pub new_per_day: u32,
    /// Reviews (not counting re-drills) per study day.
    pub reviews_per_day: u32,
    /// Local hour (0–23) at which a study day begins.
    pub day_start_hour: u8,
    /// Decks the learner turned off; every other deck, including newly imported ones, is active.
    pub inactive_decks: BTreeSet<String>,
    pub theme: Theme,
    /// Text size factor, 0.8 to 2.0.
    pub text_scale: f32,
    /// The welcome screen was shown once.
    pub welcome_seen: bool,
    /// "Introduce harder statements when I'm ready": new cards of a category come from its
    /// easiest level not yet mastered.
    pub introduce_by_level: bool,
    /// A level is mastered when this share of its cards is (percent, 50–100).
    pub mastery_percent: u8,
    /// A card is mastered at this interval or longer, in days (1–365), with a last grade of 4
    /// or 5.
    pub mastery_interval_days: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            format: SETTINGS_VERSION,
            new_per_day: 10,
            reviews_per_day: 200,
            day_start_hour: 4,
            inactive_decks: BTreeSet::new(),
            theme: Theme::System,
            text_scale: 1.0,
            welcome_seen: false,
            introduce_by_level: true,
            mastery_percent: 80,
            mastery_interval_days: 7,
        }
    }
}

impl Settings {
    pub const TEXT_SCALE_MIN: f32 = 0.8;
    pub const TEXT_SCALE_MAX: f32 = 2.0;

    pub fn day_start(&self) -> DayStart {
        DayStart(self.day_start_hour.min(23))
    }

    pub fn is_active(&self, deck: &str) -> bool {
        !self.inactive_decks.contains(deck)
    }

    /// The day's limits, with the level rule when levels are on.
    pub fn limits(&self) -> crate::session::Limits {
        crate::session::Limits {
            new_per_day: self.new_per_day,
            reviews_per_day: self.reviews_per_day,
            levels: self.introduce_by_level.then(|| self.mastery()),
        }
    }

    /// When a level counts as mastered.
    pub fn mastery(&self) -> crate::levels::MasteryRule {
        crate::levels::MasteryRule {
            percent: self.mastery_percent.clamp(50, 100),
            interval_days: self.mastery_interval_days.clamp(1, 365),
        }
    }

    /// Values pulled into range, so a hand-edited file cannot break scheduling or layout.
    pub fn clamped(mut self) -> Settings {
        self.format = SETTINGS_VERSION;
        self.day_start_hour = self.day_start_hour.min(23);
        self.mastery_percent = self.mastery_percent.clamp(50, 100);
        self.mastery_interval_days = self.mastery_interval_days.clamp(1, 365);
        self.text_scale = if self.text_scale.is_finite() {
            self.text_scale
                .clamp(Self::TEXT_SCALE_MIN, Self::TEXT_SCALE_MAX)
        } else {
            1.0
        };
        self
    }

    pub fn to_text(&self) -> String {
        let pretty = ron::ser::PrettyConfig::new().struct_names(true);
        let body = ron::ser::to_string_pretty(self, pretty).unwrap_or_default();
        format!(
            "// Reframe settings. Edit with care; unknown or broken files are moved aside.\n{body}\n"
        )
    }

    pub fn from_text(text: &str) -> Result<Settings, String> {
        ron::from_str::<Settings>(text)
            .map(Settings::clamped)
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_default_and_text_round_trips() {
        let s = Settings::from_text("Settings(new_per_day: 3)").unwrap();
        assert_eq!(s.new_per_day, 3);
        assert_eq!(s.reviews_per_day, 200);
        let mut t = Settings::default();
        t.inactive_decks.insert("x".into());
        t.theme = Theme::Dark;
        assert_eq!(Settings::from_text(&t.to_text()).unwrap(), t);
    }

    #[test]
    fn out_of_range_values_are_pulled_in() {
        let s = Settings::from_text("(text_scale: 9.0, day_start_hour: 40)").unwrap();
        assert_eq!((s.text_scale, s.day_start_hour), (2.0, 23));
    }
}
