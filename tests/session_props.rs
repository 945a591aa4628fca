//! SM-2 invariants over random grade sequences, through the same code path a learner's answers
//! take (answer effects, re-drills included).

#[path = "store_support/mod.rs"]
mod support;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use reframe_core::scheduler::CardProgress;
use reframe_core::scheduler::answer_effect;
use reframe_core::sm2::{EF_FLOOR, Grade};

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

mod replay {
    //! Whatever a learner does (answers, re-drills, undo, suspending, days passing, closing and
    //! reopening, so snapshots and log tails mix), rebuilding from the log alone gives exactly
    //! the state they saw: the snapshot never holds anything the log does not.

    use super::support;
    use chrono::Duration;
    use proptest::prelude::*;
    use reframe_core::clock::{Clock, FakeClock};
    use reframe_core::collection::Collection;
    use reframe_core::deck::Deck;
    use reframe_core::scheduler::{CardKey, CardProgress, DayCounts, Progress};
    use reframe_core::sm2::Grade;
    use std::collections::BTreeMap;
    use std::sync::Arc;

    #[derive(Debug, Clone)]
    enum Op {
        Answer(u8),
        Undo,
        Suspend(usize),
        NextDay,
        Reopen,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            6 => (0u8..=5).prop_map(Op::Answer),
            2 => Just(Op::Undo),
            1 => (0usize..6).prop_map(Op::Suspend),
            1 => Just(Op::NextDay),
            1 => Just(Op::Reopen),
        ]
    }

    type Seen = (
        BTreeMap<(String, String), CardProgress>,
        BTreeMap<chrono::NaiveDate, DayCounts>,
    );

    fn seen(p: &Progress) -> Seen {
        let cards = p
            .decks()
            .flat_map(|(d, cards)| cards.iter().map(move |(c, s)| ((d.clone(), c.clone()), *s)))
            .collect();
        let days = p.days().iter().map(|(d, c)| (*d, *c)).collect();
        (cards, days)
    }

    fn decks() -> Vec<Deck> {
        vec![support::deck_n("d", 6)]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn rebuilding_from_the_log_gives_what_the_learner_saw(ops in prop::collection::vec(op(), 1..40)) {
            let dir = tempfile::tempdir().unwrap();
            let fake = FakeClock::at("2026-04-01T10:00:00+00:00");
            let clock: Arc<dyn Clock> = Arc::new(fake.clone());
            let mut c = Collection::open_with_decks(dir.path(), clock.clone(), decks()).unwrap();
            c.start_session();
            for op in ops {
                match op {
                    Op::Answer(q) => {
                        if c.current_card().is_none() {
                            c.start_session();
                        }
                        if c.current_card().is_some() {
                            c.answer(Grade::new(q).unwrap(), None, None).unwrap();
                        }
                    }
                    Op::Undo => {
                        c.undo().unwrap();
                    }
                    Op::Suspend(i) => {
                        let key = CardKey::new("d", &format!("c{i:02}"));
                        let now = c.progress_state().of(&key).suspended;
                        c.set_suspended(&key, !now).unwrap();
                        c.start_session();
                    }
                    Op::NextDay => {
                        fake.advance(Duration::days(1));
                        c.start_session();
                    }
                    Op::Reopen => {
                        drop(c);
                        c = Collection::open_with_decks(dir.path(), clock.clone(), decks()).unwrap();
                        c.start_session();
                    }
                }
            }
            let lived = seen(c.progress_state());
            drop(c);
            std::fs::remove_file(support::own_snapshot(dir.path())).unwrap();
            let rebuilt = Collection::open_with_decks(dir.path(), clock.clone(), decks()).unwrap();
            prop_assert!(rebuilt.notices().is_empty());
            prop_assert_eq!(seen(rebuilt.progress_state()), lived);
        }
    }
}
