//! Today's counts per active deck, from card ids alone, so the app's Today screen and the
//! ids-only `reframe status` path compute them with one function and cannot disagree.

use crate::levels::{self, CategoryStanding, MasteryRule};
use crate::scheduler::Progress;
use crate::session::{self, DeckCards};
use crate::store::Settings;
use chrono::NaiveDate;

/// One active deck's counts for today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckToday {
    pub id: String,
    pub title: String,
    /// Reviews due today or earlier (before the daily limit).
    pub due: usize,
    /// New cards today's session would introduce from this deck (within the daily limit).
    pub new: usize,
    /// Cards graded below 4 earlier today, still to re-drill.
    pub redrill: usize,
    pub total_cards: usize,
}

/// What today's session holds, within the limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub due: usize,
    pub new: usize,
    pub redrill: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Today {
    pub day: NaiveDate,
    /// Active decks only, in library order.
    pub decks: Vec<DeckToday>,
    pub totals: Totals,
    pub streak_days: u32,
    /// Answers given today (re-drills included).
    pub studied_today: u32,
    /// Nothing was ever answered in this data folder.
    pub first_run: bool,
    /// With "Introduce harder statements when I'm ready" on: the rule, and where the learner
    /// stands in each kind of resistance the active decks hold (in `Category::ALL` order).
    pub levels: Option<(MasteryRule, Vec<CategoryStanding>)>,
}

/// Today's counts from card ids alone: per active deck (given as `(title, cards)` in library
/// order), totals within the day's limits, streak. Shared by [`Collection::today`] and the
/// ids-only `reframe status` path (`crate::cache::status`), so the two cannot disagree.
pub fn count_today<'a>(
    decks: impl IntoIterator<Item = (&'a str, DeckCards<'a>)>,
    settings: &Settings,
    progress: &Progress,
    day: NaiveDate,
) -> Today {
    let done = progress.day(day);
    let limits = settings.limits();
    let (mut review_room, mut new_room) = session::remaining(limits, done);
    let decks: Vec<(&str, DeckCards<'_>)> = decks
        .into_iter()
        .filter(|(_, cards)| settings.is_active(cards.deck))
        .collect();
    let standings = limits
        .levels
        .map(|rule| levels::standings(decks.iter().map(|(_, d)| d), progress, rule));
    let open = levels::open_levels(standings.as_deref());
    let mut out = Vec::new();
    let mut totals = Totals::default();
    for (title, cards) in decks {
        let w = session::waiting_within(&cards, progress, day, &open);
        let new = w.new.len().min(new_room);
        new_room -= new;
        let due_in = w.due.len().min(review_room);
        review_room -= due_in;
        totals.due += due_in;
        totals.new += new;
        totals.redrill += w.redrill.len();
        out.push(DeckToday {
            id: cards.deck.to_string(),
            title: title.to_string(),
            due: w.due.len(),
            new,
            redrill: w.redrill.len(),
            total_cards: cards.cards.len(),
        });
    }
    Today {
        day,
        decks: out,
        totals,
        streak_days: progress.streak(day),
        studied_today: done.total(),
        first_run: !progress.has_history(),
        levels: limits.levels.zip(standings).map(|(rule, all)| {
            let held: Vec<CategoryStanding> = all
                .into_iter()
                .filter(|s| s.levels.iter().any(|l| l.cards > 0))
                .collect();
            (rule, held)
        }),
    }
}
