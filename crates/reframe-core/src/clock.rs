//! Time enters Reframe only through a [`Clock`], so tests can fake it, and the study day is
//! computed in one place: a local calendar day that starts at a configurable hour.

use chrono::{DateTime, Duration, FixedOffset, Local, NaiveDate, Offset, Utc};
use std::sync::{Arc, Mutex};

/// Where "now" comes from: the instant (UTC) and the local offset in force at that instant.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<FixedOffset>;
}

/// The real clock: the system time in the machine's local time zone.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<FixedOffset> {
        let local = Local::now();
        local.with_timezone(&local.offset().fix())
    }
}

/// A clock tests move by hand. Clones share the same time.
#[derive(Debug, Clone)]
pub struct FakeClock(Arc<Mutex<DateTime<FixedOffset>>>);

impl FakeClock {
    /// `rfc3339` like `"2026-03-01T09:00:00+01:00"`.
    pub fn at(rfc3339: &str) -> FakeClock {
        let t = DateTime::parse_from_rfc3339(rfc3339).expect("a valid RFC 3339 time");
        FakeClock(Arc::new(Mutex::new(t)))
    }

    pub fn set(&self, rfc3339: &str) {
        *self.lock() = DateTime::parse_from_rfc3339(rfc3339).expect("a valid RFC 3339 time");
    }

    pub fn advance(&self, by: Duration) {
        let mut t = self.lock();
        *t += by;
    }

    /// Same instant seen from another time zone (offset in seconds east of UTC).
    pub fn set_offset(&self, seconds_east: i32) {
        let mut t = self.lock();
        let offset = FixedOffset::east_opt(seconds_east).expect("a valid offset");
        *t = t.with_timezone(&offset);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, DateTime<FixedOffset>> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Clock for FakeClock {
    fn now(&self) -> DateTime<FixedOffset> {
        *self.lock()
    }
}

/// The hour (0–23, local) at which a new study day begins; 4 by default, as Anki does, so a
/// late-night session counts for the evening before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DayStart(pub u8);

impl Default for DayStart {
    fn default() -> Self {
        DayStart(4)
    }
}

impl DayStart {
    /// The study day that the local time `t` belongs to.
    pub fn study_day(self, t: DateTime<FixedOffset>) -> NaiveDate {
        let hours = i64::from(self.0.min(23));
        (t.naive_local() - Duration::hours(hours)).date()
    }
}

/// An instant in UTC, as it is written into the review log.
pub fn utc(t: DateTime<FixedOffset>) -> DateTime<Utc> {
    t.with_timezone(&Utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn late_night_counts_for_the_evening_before() {
        let c = FakeClock::at("2026-03-02T03:59:00+01:00");
        assert_eq!(
            DayStart(4).study_day(c.now()),
            NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
        );
        c.set("2026-03-02T04:00:00+01:00");
        assert_eq!(
            DayStart(4).study_day(c.now()),
            NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
        );
    }

    #[test]
    fn day_follows_the_local_offset() {
        let c = FakeClock::at("2026-03-02T02:00:00+00:00");
        assert_eq!(
            DayStart(0).study_day(c.now()),
            NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
        );
        c.set_offset(-5 * 3600);
        assert_eq!(
            DayStart(0).study_day(c.now()),
            NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
        );
    }
}
