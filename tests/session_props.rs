//! SM-2 invariants over random grade sequences, through the same code path a learner's answers
//! take (answer effects, re-drills included).

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use reframe::sm2::{EF_FLOOR, Grade};
use reframe::store::CardProgress;
use reframe::store::progress::answer_effect;

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Each step: a grade, whether it is a same-day re-drill, and how many days later it comes
    /// (which may be "earlier" than the last answer: clocks jump).
    #[test]
    fn ef_floor_intervals_and_redrills_hold(
        steps in prop::collection::vec((0u8..=5, any::<bool>(), -30i64..400), 1..60)
    ) {
        let mut p = CardProgress::default();
        let mut today = start();
        for (q, redrill_wanted, jump) in steps {
            today = if jump >= 0 {
                today.checked_add_days(Days::new(jump as u64)).unwrap()
            } else {
                today.checked_sub_days(Days::new((-jump) as u64)).unwrap()
            };
            let grade = Grade::new(q).unwrap();
            // A re-drill only happens to a card that has a schedule and is flagged for one.
            let redrill = redrill_wanted && p.sm2.is_some_and(|s| s.needs_redrill);
            let e = answer_effect(p, grade, redrill, today);
            let after = e.after.sm2.unwrap();
            prop_assert!(after.ef100 >= EF_FLOOR);
            prop_assert!(e.day >= today);
            if let Some(last) = p.last_day {
                prop_assert!(e.day >= last, "an answer never counts before the previous one");
            }
            if redrill {
                let before = p.sm2.unwrap();
                prop_assert_eq!(
                    (after.repetitions, after.interval_days, after.ef100, after.due),
                    (before.repetitions, before.interval_days, before.ef100, before.due)
                );
                prop_assert_eq!(after.needs_redrill, q < 4);
            } else {
                prop_assert!(after.interval_days >= 1);
                prop_assert!(after.due > e.day, "due is at least one day after the answer");
                prop_assert_eq!(after.needs_redrill, q < 4);
            }
            p = e.after;
        }
    }
}
