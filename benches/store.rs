//! The collection at 1,000 / 10,000 / 100,000 cards: open the data folder, count today read-only
//! (`reframe status`), build today's queue, answer a card (one log line, one fsync: the cost
//! must not grow with the collection), and search while browsing.

mod common;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use reframe_core::collection::{BrowseQuery, Collection};
use reframe_core::sm2::Grade;
use std::hint::black_box;
use std::time::{Duration, Instant};

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn open_and_queue(c: &mut Criterion) {
    let folders: Vec<_> = SIZES.iter().map(|&n| (n, common::folder(n))).collect();
    let mut g = c.benchmark_group("open");
    g.sample_size(10).measurement_time(Duration::from_secs(4));
    for (n, f) in &folders {
        g.bench_with_input(BenchmarkId::new("cards", n), &f.path, |b, path| {
            b.iter(|| {
                // Each open takes the folder's lock; dropping the collection releases it.
                let col = Collection::open(path, common::clock()).expect("opens");
                black_box(col.today().totals)
            });
        });
    }
    g.finish();

    // What `reframe status` does in process: card ids, settings and progress, read-only.
    let mut g = c.benchmark_group("status");
    g.sample_size(10).measurement_time(Duration::from_secs(4));
    for (n, f) in &folders {
        g.bench_with_input(BenchmarkId::new("cards", n), &f.path, |b, path| {
            b.iter(|| {
                let s = reframe_core::cache::status(path, &reframe_core::clock::SystemClock)
                    .expect("reads");
                black_box(s.today.totals)
            });
        });
    }
    g.finish();

    let mut g = c.benchmark_group("queue");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    for (n, f) in &folders {
        let mut col = Collection::open(&f.path, common::clock()).expect("opens");
        g.bench_function(BenchmarkId::new("cards", n), |b| {
            b.iter(|| black_box(col.start_session()));
        });
    }
    g.finish();
}

/// Graded 3, a card comes back as a re-drill, so the session never runs dry: the first answers
/// are reviews and new cards, the rest re-drills. Each one is a log line and an fsync.
fn answer(c: &mut Criterion) {
    let mut g = c.benchmark_group("answer");
    g.sample_size(20).measurement_time(Duration::from_secs(5));
    let three = Grade::new(3).expect("a grade");
    for n in [1_000, 100_000] {
        let f = common::folder(n);
        let mut col = Collection::open(&f.path, common::clock()).expect("opens");
        col.start_session();
        g.bench_function(BenchmarkId::new("cards", n), |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    if col.current_card().is_none() {
                        col.start_session();
                    }
                    let t = Instant::now();
                    black_box(col.answer(three, None, None).expect("the answer is saved"));
                    spent += t.elapsed();
                }
                spent
            });
        });
    }
    g.finish();
}

fn browse(c: &mut Criterion) {
    let f = common::folder(100_000);
    let col = Collection::open(&f.path, common::clock()).expect("opens");
    let query = BrowseQuery {
        text: "harbor bread".to_string(),
        ..BrowseQuery::default()
    };
    // The first search builds the text index; time the searches after it.
    black_box(col.search(&query).len());
    let mut g = c.benchmark_group("browse");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.bench_function("search_100000_cards", |b| {
        b.iter(|| black_box(col.search(&query).len()));
    });
    g.finish();
}

criterion_group!(benches, open_and_queue, answer, browse);
criterion_main!(benches);
