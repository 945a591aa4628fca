//! The deck editor's work at 10,000 cards, outside the window: opening a deck for editing
//! (every card's problems counted once), one keystroke (a card replaced and rechecked, one undo
//! step), checking a card with the coach's notes (what the form does when a card changes),
//! building the deck to save, and the save itself (canonical RON written, read back, fsynced,
//! cached). The window's own frame times are measured by `benches/editor_frames.sh`.

use criterion::{Criterion, criterion_group, criterion_main};
use reframe_core::authoring::{Editor, coach_notes};
use reframe_core::clock::SystemClock;
use reframe_core::collection::{Change, Collection};
use std::collections::HashSet;
use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

const CARDS: usize = 10_000;

fn editor(c: &mut Criterion) {
    let deck = reframe_core::synth::deck(CARDS, 1);
    let mut g = c.benchmark_group("editor_10000_cards");
    g.sample_size(20).measurement_time(Duration::from_secs(4));
    g.bench_function("open", |b| b.iter(|| black_box(Editor::open(&deck).len())));
    let mut e = Editor::open(&deck);
    let mut n = 0u32;
    let typed = e.cards()[CARDS / 2].statement.clone();
    g.bench_function("keystroke", |b| {
        b.iter(|| {
            n += 1;
            let mut card = e.cards()[CARDS / 2].clone();
            card.statement = if n.is_multiple_of(2) {
                typed.clone()
            } else {
                format!("{typed}x")
            };
            e.set_card(CARDS / 2, card);
            black_box(e.cards_with_problems())
        })
    });
    let card = e.cards()[CARDS / 2].clone();
    g.bench_function("check_one_card", |b| {
        b.iter(|| black_box((card.problems().len(), coach_notes(&card).len())))
    });
    let e = Editor::open(&deck);
    let taken = HashSet::new();
    g.bench_function("to_deck", |b| {
        b.iter(|| black_box(e.to_deck(&taken).map(|d| d.cards.len())))
    });
    g.finish();

    let tmp = tempfile::tempdir().expect("a temp dir");
    let mut collection = Collection::open_with_decks(tmp.path(), Arc::new(SystemClock), Vec::new())
        .expect("the collection opens");
    let mut deck = e.to_deck(&taken).expect("complete");
    let mut g = c.benchmark_group("save_10000_cards");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    g.bench_function("save", |b| {
        b.iter(|| {
            n += 1;
            deck.cards[0].note = format!("Edit {n}.");
            black_box(
                collection
                    .apply(Change::SaveDeck(Box::new(deck.clone())))
                    .is_ok(),
            )
        })
    });
    g.finish();
}

criterion_group!(benches, editor);
criterion_main!(benches);
