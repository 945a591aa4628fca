//! Introducing cards by level, over random decks and random progress: the day's new cards keep
//! both the daily limit and each category's open level, reviews are never held back, mastery
//! moves only with answers, and the queue depends on nothing but the progress and the day.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use reframe_core::deck::Level;
use reframe_core::levels::{CardKind, MasteryRule, category_index, standings};
use reframe_core::mi::Category;
use reframe_core::scheduler::{CardProgress, Progress, answer_effect};
use reframe_core::session::{DeckCards, ItemKind, Limits, QueueItem, build_queue};
use reframe_core::sm2::{Grade, Sm2State};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
}

/// One generated card: its kind, and its progress if it was ever answered.
#[derive(Debug, Clone)]
struct GenCard {
    category: usize,
    level: Level,
    progress: Option<CardProgress>,
}

fn level() -> impl Strategy<Value = Level> {
    prop_oneof![
        Just(Level::Beginner),
        Just(Level::Intermediate),
        Just(Level::Advanced)
    ]
}

/// Progress of a card answered at least once: interval, EF, due relative to today, last grade.
fn answered() -> impl Strategy<Value = CardProgress> {
    (
        1u32..40,
        130u16..=300,
        -20i64..20,
        0u8..=5,
        any::<bool>(),
        0u32..5,
    )
        .prop_map(|(interval, ef100, due_in, grade, suspended, reps)| {
            let shift = |d: NaiveDate, by: i64| {
                if by >= 0 {
                    d.checked_add_days(Days::new(by as u64)).unwrap()
                } else {
                    d.checked_sub_days(Days::new((-by) as u64)).unwrap()
                }
            };
            // SM-2's own intervals: 1 day until the second success, 6 after it, longer after.
            let interval = match reps {
                0 | 1 => 1,
                2 => 6,
                _ => interval.max(6),
            };
            let due = shift(today(), due_in);
            CardProgress {
                sm2: Some(Sm2State {
                    repetitions: reps,
                    interval_days: interval,
                    ef100,
                    due,
                    needs_redrill: false,
                }),
                suspended: suspended && grade == 0,
                first_day: Some(shift(today(), -60)),
                last_day: Some(shift(due, -(interval as i64)).min(today())),
                reviews: reps + 1,
                last_grade: Grade::new(grade).ok(),
            }
        })
}

fn card() -> impl Strategy<Value = GenCard> {
    // Three categories so that levels of one category meet often.
    (0usize..3, level(), prop::option::weighted(0.6, answered())).prop_map(
        |(category, level, progress)| GenCard {
            category,
            level,
            progress,
        },
    )
}

fn rule() -> impl Strategy<Value = MasteryRule> {
    (50u8..=100, 1u32..=21).prop_map(|(percent, interval_days)| MasteryRule {
        percent,
        interval_days,
    })
}

struct World {
    ids: Vec<String>,
    kinds: Vec<CardKind>,
}

impl World {
    fn new(cards: &[GenCard]) -> World {
        World {
            ids: (0..cards.len()).map(|i| format!("c{i:03}")).collect(),
            kinds: cards
                .iter()
                .map(|c| CardKind {
                    category: Category::ALL[c.category],
                    level: c.level,
                })
                .collect(),
        }
    }

    fn deck(&self) -> DeckCards<'_> {
        DeckCards {
            deck: "d",
            cards: self.ids.iter().map(String::as_str).collect(),
            kinds: self.kinds.clone(),
        }
    }

    /// The progress of `cards`, set card by card in `order`.
    fn progress(&self, cards: &[GenCard], order: impl Iterator<Item = usize>) -> Progress {
        let mut p = Progress::default();
        for i in order {
            if let Some(cp) = cards[i].progress {
                p.set("d", &self.ids[i], cp);
            }
        }
        p
    }

    fn index(&self, item: &QueueItem) -> usize {
        self.ids.iter().position(|id| *id == item.key.card).unwrap()
    }
}

fn mastered_counts(world: &World, progress: &Progress, rule: MasteryRule) -> Vec<[usize; 3]> {
    standings([&world.deck()], progress, rule)
        .iter()
        .map(|s| s.levels.map(|l| l.mastered))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn new_cards_keep_the_daily_limit_and_the_open_levels_and_reviews_never_wait(
        cards in prop::collection::vec(card(), 1..60),
        rule in rule(),
        new_per_day in 0u32..15,
        reviews_per_day in 0u32..40,
    ) {
        let world = World::new(&cards);
        let progress = world.progress(&cards, 0..cards.len());
        let deck = world.deck();
        let limits = Limits { new_per_day, reviews_per_day, levels: Some(rule) };
        let queue = build_queue(std::slice::from_ref(&deck), &progress, today(), limits);
        let open = standings([&deck], &progress, rule);

        let new: Vec<usize> = queue.iter().filter(|q| q.kind == ItemKind::New).map(|q| world.index(q)).collect();
        prop_assert!(new.len() <= new_per_day as usize);
        for &i in &new {
            let kind = world.kinds[i];
            let allowed = open[category_index(kind.category)].open;
            prop_assert!(kind.level <= allowed, "card {i} ({:?}) above the open level {allowed:?}", kind.level);
        }
        // Every new card that may come today comes, in deck order, up to the limit.
        let eligible: Vec<usize> = (0..cards.len())
            .filter(|&i| cards[i].progress.is_none())
            .filter(|&i| world.kinds[i].level <= open[category_index(world.kinds[i].category)].open)
            .take(new_per_day as usize)
            .collect();
        prop_assert_eq!(&new, &eligible);

        // Reviews: every due card up to the review limit, whatever its level.
        let due = cards.iter().filter(|c| c.progress.is_some_and(|p| !p.suspended && p.sm2.unwrap().due <= today())).count();
        let reviews = queue.iter().filter(|q| q.kind == ItemKind::Review).count();
        prop_assert_eq!(reviews, due.min(reviews_per_day as usize));
        let without_levels = build_queue(std::slice::from_ref(&deck), &progress, today(), Limits { levels: None, ..limits });
        let reviews_off: Vec<_> = without_levels.iter().filter(|q| q.kind == ItemKind::Review).collect();
        let reviews_on: Vec<_> = queue.iter().filter(|q| q.kind == ItemKind::Review).collect();
        prop_assert_eq!(reviews_on, reviews_off, "levels changed the reviews");
    }

    #[test]
    fn the_queue_depends_only_on_the_progress_and_the_day(
        cards in prop::collection::vec(card(), 1..60),
        rule in rule(),
        levels_on in any::<bool>(),
    ) {
        let world = World::new(&cards);
        let forwards = world.progress(&cards, 0..cards.len());
        let backwards = world.progress(&cards, (0..cards.len()).rev());
        let deck = world.deck();
        let limits = Limits { new_per_day: 7, reviews_per_day: 20, levels: levels_on.then_some(rule) };
        let a = build_queue(std::slice::from_ref(&deck), &forwards, today(), limits);
        let b = build_queue(std::slice::from_ref(&deck), &forwards, today(), limits);
        let c = build_queue(std::slice::from_ref(&deck), &backwards, today(), limits);
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(&a, &c);
    }

    #[test]
    fn mastery_moves_only_with_answers_and_a_pass_never_lowers_it(
        cards in prop::collection::vec(card(), 1..60),
        rule in rule(),
        answered in any::<prop::sample::Index>(),
        grade in 0u8..=5,
        later in 1u64..400,
    ) {
        let world = World::new(&cards);
        let progress = world.progress(&cards, 0..cards.len());
        let before = mastered_counts(&world, &progress, rule);
        // Days passing without answers change nothing: the open levels are the same later on.
        let deck = world.deck();
        let limits = Limits { new_per_day: 5, reviews_per_day: 0, levels: Some(rule) };
        let later_day = today().checked_add_days(Days::new(later)).unwrap();
        let open_now: Vec<Level> = standings([&deck], &progress, rule).iter().map(|s| s.open).collect();
        let _ = build_queue(std::slice::from_ref(&deck), &progress, later_day, limits);
        let open_later: Vec<Level> = standings([&deck], &progress, rule).iter().map(|s| s.open).collect();
        prop_assert_eq!(open_now, open_later);

        // One answer changes only its own level, and a grade of 4 or 5 never lowers it.
        let i = answered.index(cards.len());
        let mut after_answer = progress.clone();
        let effect = answer_effect(progress.of(&reframe_core::scheduler::CardKey::new("d", &world.ids[i])), Grade::new(grade).unwrap(), false, today());
        after_answer.set("d", &world.ids[i], effect.after);
        let after = mastered_counts(&world, &after_answer, rule);
        let (c, l) = (category_index(world.kinds[i].category), world.kinds[i].level as usize);
        for (cat, (b, a)) in before.iter().zip(&after).enumerate() {
            for lv in 0..3 {
                if (cat, lv) != (c, l) {
                    prop_assert_eq!(b[lv], a[lv], "another level moved");
                }
            }
        }
        if grade >= 4 && !cards[i].progress.is_some_and(|p| p.suspended) {
            prop_assert!(after[c][l] >= before[c][l], "a pass lowered mastery");
        }
    }
}
