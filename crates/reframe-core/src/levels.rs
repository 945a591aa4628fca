//! Deliberate practice by level: within each kind of resistance, intermediate statements are
//! introduced once the learner has mastered that category's beginner ones, and advanced after
//! intermediate. Pure functions over the cards and their progress: no clock, no files.
//!
//! Mastered means, by default, at least 80 % of a level's cards at an interval of 7 days or
//! more with a last grade of 4 or 5 (both figures are settings). A level with no cards is
//! mastered. Reviews are never held back: only which new cards come next.

use crate::deck::Level;
use crate::mi::Category;
use crate::scheduler::{CardProgress, Progress};
use crate::session::DeckCards;

/// What kind of statement a card is, for the levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CardKind {
    pub category: Category,
    pub level: Level,
}

/// When a level counts as mastered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MasteryRule {
    /// Share of the level's cards that must be mastered, in percent.
    pub percent: u8,
    /// A card is mastered at this interval or longer (with a last grade of 4 or 5).
    pub interval_days: u32,
}

impl Default for MasteryRule {
    fn default() -> Self {
        MasteryRule {
            percent: 80,
            interval_days: 7,
        }
    }
}

impl MasteryRule {
    /// One card is mastered: not suspended, an interval of `interval_days` or more, and its
    /// latest grade 4 or 5.
    pub fn masters(&self, p: &CardProgress) -> bool {
        !p.suspended
            && p.sm2.is_some_and(|s| s.interval_days >= self.interval_days)
            && p.last_grade.is_some_and(|g| g.value() >= 4)
    }
}

/// One level of one category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LevelStanding {
    /// Cards of this level (suspended ones left out).
    pub cards: usize,
    pub mastered: usize,
    /// The three most recently answered cards of this level were all missed (grade below 3).
    pub struggling: bool,
}

impl LevelStanding {
    /// Whether `rule` counts the level as mastered (a level with no cards is).
    pub fn is_mastered(&self, rule: MasteryRule) -> bool {
        self.mastered * 100 >= usize::from(rule.percent) * self.cards
    }

    /// How many more cards must be mastered before the level is.
    pub fn still_to_master(&self, rule: MasteryRule) -> usize {
        let needed = (usize::from(rule.percent) * self.cards).div_ceil(100);
        needed.saturating_sub(self.mastered)
    }
}

/// Where the learner stands in one category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CategoryStanding {
    pub category: Category,
    /// Beginner, intermediate, advanced.
    pub levels: [LevelStanding; 3],
    /// The hardest level new cards may come from.
    pub open: Level,
}

impl CategoryStanding {
    pub fn level(&self, level: Level) -> &LevelStanding {
        &self.levels[level as usize]
    }
}

/// Every category's standing across `decks`, under `rule`.
pub fn standings<'a, 'b: 'a>(
    decks: impl IntoIterator<Item = &'a DeckCards<'b>>,
    progress: &Progress,
    rule: MasteryRule,
) -> Vec<CategoryStanding> {
    let mut levels = [[LevelStanding::default(); 3]; 13];
    // The latest answers per (category, level): (last day, deck index, card index, missed).
    let mut recent: Vec<Vec<(chrono::NaiveDate, usize, usize, bool)>> = vec![Vec::new(); 39];
    for (d, deck) in decks.into_iter().enumerate() {
        let states = progress.deck(deck.deck);
        for (i, (card, kind)) in deck.cards.iter().zip(&deck.kinds).enumerate() {
            let p = states
                .and_then(|s| s.get(*card))
                .copied()
                .unwrap_or_default();
            if p.suspended {
                continue;
            }
            let c = category_index(kind.category);
            let slot = &mut levels[c][kind.level as usize];
            slot.cards += 1;
            slot.mastered += usize::from(rule.masters(&p));
            if let (Some(day), Some(grade)) = (p.last_day, p.last_grade) {
                recent[c * 3 + kind.level as usize].push((day, d, i, grade.value() < 3));
            }
        }
    }
    for (slot, answers) in recent.iter_mut().enumerate() {
        answers.sort_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
        levels[slot / 3][slot % 3].struggling =
            answers.len() >= 3 && answers[..3].iter().all(|a| a.3);
    }
    Category::ALL
        .iter()
        .enumerate()
        .map(|(c, &category)| {
            let ls = levels[c];
            let open = if !ls[0].is_mastered(rule) {
                Level::Beginner
            } else if !ls[1].is_mastered(rule) {
                Level::Intermediate
            } else {
                Level::Advanced
            };
            CategoryStanding {
                category,
                levels: ls,
                open,
            }
        })
        .collect()
}

/// For each category (by its index in `Category::ALL`), the hardest level new cards may come
/// from: all of them when `rule` is None (levels off).
pub fn open_levels(standings: Option<&[CategoryStanding]>) -> [Level; 13] {
    let mut open = [Level::Advanced; 13];
    if let Some(s) = standings {
        for st in s {
            open[category_index(st.category)] = st.open;
        }
    }
    open
}

pub fn category_index(c: Category) -> usize {
    Category::ALL.iter().position(|&x| x == c).unwrap_or(0)
}
