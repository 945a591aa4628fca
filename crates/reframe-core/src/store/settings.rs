//! The learner's settings: daily limits, when the day starts, which decks are studied, how the
//! app looks. Each computer writes its own file (`settings-<device>.ron`) with the time each
//! field last changed; the settings in use are every device's files merged field by field, the
//! latest change winning. Missing fields take their defaults; the file is saved atomically.

use crate::clock::DayStart;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

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
    /// This computer's name, shown on the other computers ("3 answers from Home laptop were
    /// added"). Each device's own; not merged.
    pub device_name: String,
    /// When each field last changed, on whichever computer changed it (field name to time).
    /// Merging takes each field from the file that changed it last.
    pub changed: BTreeMap<String, DateTime<Utc>>,
    /// The review keys the learner changed (Settings); files from before it have none.
    pub review_keys: crate::review_keys::ReviewKeys,
}

/// Takes `$field` from the file that changed it last. Ties (neither stamped, or the same
/// instant) go to a value that differs from the default (a file from before stamps keeps the
/// learner's choice), then to the higher device id, so every computer picks the same.
macro_rules! pick_field {
    ($out:ident, $own_dev:ident, $others:ident, $default:ident; $($field:ident),* $(,)?) => {$({
        let name = stringify!($field);
        let mut best = (
            $out.changed.get(name).copied(),
            $out.$field != $default.$field,
            $own_dev.to_string(),
        );
        for (dev, other) in $others {
            let candidate = (
                other.changed.get(name).copied(),
                other.$field != $default.$field,
                dev.clone(),
            );
            if candidate > best {
                $out.$field = other.$field.clone();
                match candidate.0 {
                    Some(at) => $out.changed.insert(name.to_string(), at),
                    None => $out.changed.remove(name),
                };
                best = candidate;
            }
        }
    })*};
}

/// Every field another computer can change, for merging and stamping.
macro_rules! for_merged_fields {
    ($m:ident!($($args:tt)*)) => {
        $m!($($args)*; new_per_day, reviews_per_day, day_start_hour, inactive_decks, theme,
            text_scale, welcome_seen, introduce_by_level, mastery_percent, mastery_interval_days,
            review_keys)
    };
}

/// The settings in use: `own` (this device's file) with each field replaced by another
/// device's where that device changed it later. `own_device` names this device.
pub fn merge(own: &Settings, own_device: &str, others: &[(String, Settings)]) -> Settings {
    let mut out = own.clone();
    let default = Settings::default();
    for_merged_fields!(pick_field!(out, own_device, others, default));
    out.clamped()
}

/// Stamps `$field` as changed `at` when it differs from `before`.
macro_rules! stamp_field {
    ($out:ident, $before:ident, $at:ident; $($field:ident),* $(,)?) => {$(
        if $out.$field != $before.$field {
            $out.changed.insert(stringify!($field).to_string(), $at);
        }
    )*};
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
            device_name: String::new(),
            changed: BTreeMap::new(),
            review_keys: Default::default(),
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

    /// `self` as edited from `before`: every field that differs is stamped as changed `at`.
    pub fn stamped_since(mut self, before: &Settings, at: DateTime<Utc>) -> Settings {
        let out = &mut self;
        for_merged_fields!(stamp_field!(out, before, at));
        self
    }

    /// Values pulled into range, so a hand-edited file cannot break scheduling or layout.
    pub fn clamped(mut self) -> Settings {
        self.format = SETTINGS_VERSION;
        self.day_start_hour = self.day_start_hour.min(23);
        self.mastery_percent = self.mastery_percent.clamp(50, 100);
        self.mastery_interval_days = self.mastery_interval_days.clamp(1, 365);
        self.review_keys = self.review_keys.cleaned();
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
    fn each_field_comes_from_the_device_that_changed_it_last() {
        let t = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let base = Settings::default();
        let mut home = base.clone();
        home.new_per_day = 5;
        let home = home.stamped_since(&base, t("2026-03-01T09:00:00Z"));
        let mut work = base.clone();
        work.new_per_day = 20;
        work.theme = Theme::Dark;
        let work = work.stamped_since(&base, t("2026-03-01T08:00:00Z"));
        // Home changed the daily limit later; only work changed the theme.
        let on_home = merge(&home, "home", &[("work".into(), work.clone())]);
        let on_work = merge(&work, "work", &[("home".into(), home.clone())]);
        assert_eq!((on_home.new_per_day, on_home.theme), (5, Theme::Dark));
        assert_eq!(on_home.new_per_day, on_work.new_per_day);
        assert_eq!(on_home.theme, on_work.theme);
        assert_eq!(on_home.changed, on_work.changed);
        // Same instant: the device id decides, the same way on both.
        let mut a = base.clone();
        a.reviews_per_day = 1;
        let a = a.stamped_since(&base, t("2026-03-02T00:00:00Z"));
        let mut b = base.clone();
        b.reviews_per_day = 2;
        let b = b.stamped_since(&base, t("2026-03-02T00:00:00Z"));
        let on_a = merge(&a, "a", &[("b".into(), b.clone())]);
        let on_b = merge(&b, "b", &[("a".into(), a.clone())]);
        assert_eq!((on_a.reviews_per_day, on_b.reviews_per_day), (2, 2));
    }

    #[test]
    fn out_of_range_values_are_pulled_in() {
        let s = Settings::from_text("(text_scale: 9.0, day_start_hour: 40)").unwrap();
        assert_eq!((s.text_scale, s.day_start_hour), (2.0, 23));
    }

    #[test]
    fn review_keys_are_stored_by_name_and_old_files_have_the_defaults() {
        use crate::review_keys::{KeyBinding, ReviewAction};
        let old = Settings::from_text("Settings(format: 1, new_per_day: 4, theme: Dark)").unwrap();
        assert!(old.review_keys.all_default());
        let mut s = Settings::default();
        s.review_keys = s
            .review_keys
            .with(ReviewAction::Grade(3), KeyBinding::parse("J").unwrap(), &[])
            .unwrap();
        let text = s.to_text();
        assert!(text.contains("\"grade-3\": \"J\""), "{text}");
        assert_eq!(Settings::from_text(&text).unwrap(), s);

        // Changed on one computer, the keys follow the learner to the others.
        let base = Settings::default();
        let at = "2026-03-01T09:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let home = s.clone().stamped_since(&base, at);
        let on_work = merge(&base, "work", &[("home".into(), home)]);
        assert_eq!(on_work.review_keys, s.review_keys);
    }
}
