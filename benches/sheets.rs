//! Spreadsheet decks at 10,000 cards: reading a CSV, writing one, converting CSV → RON (what
//! `reframe convert` does), and the import preview the window and `reframe import` make from
//! a CSV file (read, check, canonical RON).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use reframe_core::deck::convert::{DeckFileKind, deck_bytes, parse_deck_as};
use reframe_core::deck::{ImportOptions, to_ron};
use reframe_core::library::Library;
use std::hint::black_box;
use std::time::Duration;

fn sheets(c: &mut Criterion) {
    let deck = reframe_core::synth::deck(10_000, 1);
    let csv = deck_bytes(&deck, DeckFileKind::Csv).expect("writes");
    let options = ImportOptions::default();
    let mut g = c.benchmark_group("csv_10000_cards");
    g.sample_size(10).measurement_time(Duration::from_secs(4));
    g.throughput(Throughput::Bytes(csv.len() as u64));
    g.bench_function("read", |b| {
        b.iter(|| {
            black_box(
                parse_deck_as(&csv, "synth.csv", DeckFileKind::Csv, &options)
                    .map(|d| d.cards.len()),
            )
        });
    });
    g.bench_function("write", |b| {
        b.iter(|| black_box(deck_bytes(&deck, DeckFileKind::Csv).map(|b| b.len())));
    });
    g.bench_function("convert_to_ron", |b| {
        b.iter(|| {
            black_box(
                parse_deck_as(&csv, "synth.csv", DeckFileKind::Csv, &options)
                    .map(|d| to_ron(&d).len()),
            )
        });
    });
    let tmp = tempfile::tempdir().expect("a temp dir");
    let file = tmp.path().join("synth.csv");
    std::fs::write(&file, &csv).expect("the CSV file");
    let library = Library::from_decks(Vec::new());
    g.bench_function("import_preview", |b| {
        b.iter(|| {
            black_box(
                library
                    .import_preview_with(&file, &options)
                    .map(|p| p.cards),
            )
        });
    });
    g.finish();
}

criterion_group!(benches, sheets);
criterion_main!(benches);
