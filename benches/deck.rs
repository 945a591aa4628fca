//! Reading decks: the RON parser in MB/s, and the binary cache that replaces it for imported
//! decks at start-up (whole deck, and the ids-only head `reframe status` reads).

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

fn parse(c: &mut Criterion) {
    let mut g = c.benchmark_group("deck_parse");
    g.sample_size(10).measurement_time(Duration::from_secs(4));
    for n in [1_000, 10_000] {
        let text = reframe_core::deck::to_ron(&reframe_core::synth::deck(n, 1));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("cards", n), text.as_bytes(), |b, bytes| {
            b.iter(|| {
                black_box(reframe_core::deck::parse_deck(bytes, "synth.ron").map(|d| d.cards.len()))
            });
        });
    }
    g.finish();
}

fn cache(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("a temp dir");
    let decks = tmp.path().join("decks");
    std::fs::create_dir_all(&decks).expect("a decks folder");
    let ron = decks.join("synth.ron");
    let text = reframe_core::deck::to_ron(&reframe_core::synth::deck(10_000, 1));
    std::fs::write(&ron, &text).expect("the deck file");
    reframe_core::cache::load_deck(tmp.path(), &ron).expect("the cache is built");
    let mut g = c.benchmark_group("deck_cache_10000_cards");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("whole_deck", |b| {
        b.iter(|| {
            black_box(reframe_core::cache::load_deck(tmp.path(), &ron).map(|d| d.cards.len()))
        });
    });
    g.bench_function("ids_only", |b| {
        b.iter(|| {
            black_box(reframe_core::cache::load_ids(tmp.path(), &ron).map(|d| d.cards.len()))
        });
    });
    g.finish();
}

criterion_group!(benches, parse, cache);
criterion_main!(benches);
