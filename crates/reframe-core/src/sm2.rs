//! SM-2 exactly as `docs/scheduling.md` explains it: a pure function from a card's
//! state and a grade to its next state. No clock, no I/O; the caller says what day it is.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A recall grade, 0 (blackout) to 5 (perfect). Anything else cannot be built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Grade(u8);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a grade is a whole number from 0 to 5, not {0}")]
pub struct BadGrade(pub String);

impl Grade {
    pub const ALL: [Grade; 6] = [Grade(0), Grade(1), Grade(2), Grade(3), Grade(4), Grade(5)];

    pub fn new(q: u8) -> Result<Grade, BadGrade> {
        if q <= 5 {
            Ok(Grade(q))
        } else {
            Err(BadGrade(q.to_string()))
        }
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// Grades below 4 send the card back into today's session (docs/scheduling.md, "Re-drills").
    pub fn needs_redrill(self) -> bool {
        self.0 < 4
    }

    /// What the grade means for phrasing practice (docs/scheduling.md, "How the grades read").
    pub fn meaning(self) -> &'static str {
        match self.0 {
            5 => "I'd have said essentially this, without effort",
            4 => "I got the gist, after some thought",
            3 => "I got there, with real difficulty",
            2 => "I missed it, but it felt obvious once I saw it",
            1 => "I missed it; it looks familiar now",
            _ => "I had nothing",
        }
    }

    /// EF change in hundredths: 100 × (0.1 − (5−q)(0.08 + (5−q)·0.02)).
    fn delta100(self) -> i32 {
        [-80, -54, -32, -14, 0, 10][self.0 as usize]
    }
}

impl TryFrom<u8> for Grade {
    type Error = BadGrade;
    fn try_from(q: u8) -> Result<Self, BadGrade> {
        Grade::new(q)
    }
}

impl From<Grade> for u8 {
    fn from(g: Grade) -> u8 {
        g.0
    }
}

impl std::str::FromStr for Grade {
    type Err = BadGrade;
    fn from_str(s: &str) -> Result<Self, BadGrade> {
        s.trim()
            .parse::<u8>()
            .ok()
            .and_then(|q| Grade::new(q).ok())
            .ok_or_else(|| BadGrade(s.to_string()))
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

pub const EF_START: u16 = 250;
pub const EF_FLOOR: u16 = 130;

/// The scheduling state of one card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sm2State {
    /// n: successful repetitions in a row.
    pub repetitions: u32,
    /// I: days from the last graded repetition to the next.
    pub interval_days: u32,
    /// EF in whole hundredths (250 = 2.50).
    pub ef100: u16,
    /// The study day the card is next due.
    pub due: NaiveDate,
    /// Graded below 4 today: it comes back in today's session until graded 4 or 5.
    pub needs_redrill: bool,
}

impl Sm2State {
    /// A card seen for the first time on `today`.
    pub fn fresh(today: NaiveDate) -> Sm2State {
        Sm2State {
            repetitions: 0,
            interval_days: 0,
            ef100: EF_START,
            due: today,
            needs_redrill: false,
        }
    }

    /// EF as people read it: `2.36`, `1.3` is shown as `1.30`.
    pub fn easiness(&self) -> String {
        format_ef(self.ef100)
    }
}

pub fn format_ef(ef100: u16) -> String {
    format!("{}.{:02}", ef100 / 100, ef100 % 100)
}

/// One graded repetition answered on `today` (docs/scheduling.md, "One graded review").
///
/// ```
/// use chrono::NaiveDate;
/// use reframe_core::sm2::{Grade, Sm2State, review};
///
/// let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
/// let first = review(Sm2State::fresh(today), Grade::new(3).unwrap(), today);
/// assert_eq!((first.repetitions, first.interval_days, first.easiness().as_str()), (1, 1, "2.36"));
/// assert!(first.needs_redrill, "a 3 comes back later today");
/// ```
pub fn review(state: Sm2State, grade: Grade, today: NaiveDate) -> Sm2State {
    let (repetitions, interval_days) = if grade.value() >= 3 {
        let interval = match state.repetitions {
            0 => 1,
            1 => 6,
            _ => {
                // Exact integer ceil with the EF from before this repetition.
                let product = u64::from(state.interval_days) * u64::from(state.ef100);
                u32::try_from(product.div_ceil(100)).unwrap_or(u32::MAX)
            }
        };
        (state.repetitions.saturating_add(1), interval)
    } else {
        (0, 1)
    };
    let ef = (i32::from(state.ef100) + grade.delta100()).max(i32::from(EF_FLOOR));
    Sm2State {
        repetitions,
        interval_days,
        ef100: u16::try_from(ef).unwrap_or(u16::MAX),
        due: add_days(today, interval_days),
        needs_redrill: grade.needs_redrill(),
    }
}

/// A same-day re-drill (docs/scheduling.md, "Re-drills"): n, I, EF and due never move; 4 or 5 clears the flag.
pub fn redrill(state: Sm2State, grade: Grade) -> Sm2State {
    Sm2State {
        needs_redrill: state.needs_redrill && grade.needs_redrill(),
        ..state
    }
}

fn add_days(day: NaiveDate, n: u32) -> NaiveDate {
    day.checked_add_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
    }

    fn run(grades: &[u8]) -> Sm2State {
        grades.iter().fold(Sm2State::fresh(day()), |s, &q| {
            review(s, Grade::new(q).unwrap(), day())
        })
    }

    #[test]
    fn float_trap_gives_1125_days() {
        // docs/scheduling.md's example: an f64 implementation says 1126.
        assert_eq!(run(&[5, 5, 4, 5, 5, 5, 4]).interval_days, 1125);
    }

    #[test]
    fn blackout_costs_080_and_restarts() {
        let s = run(&[5, 5, 0]);
        assert_eq!((s.repetitions, s.interval_days, s.ef100), (0, 1, 190));
        assert!(s.needs_redrill);
    }

    #[test]
    fn grades_above_five_are_refused() {
        assert!(Grade::new(6).is_err());
        assert!("7".parse::<Grade>().is_err());
        assert_eq!("5".parse::<Grade>().unwrap().value(), 5);
    }

    #[test]
    fn ef_is_shown_with_two_decimals() {
        assert_eq!(format_ef(130), "1.30");
        assert_eq!(format_ef(236), "2.36");
    }
}
