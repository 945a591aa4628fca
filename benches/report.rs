//! The Progress page and `reframe report` at 1,000 / 10,000 / 100,000 cards with their history
//! (`reframe_core::synth`): what opening the page costs on the UI thread (copying the inputs),
//! what its figures cost on the worker thread (one pass over the review log, then the
//! statistics), and a report of the last four weeks rendered as HTML and CSV.

mod common;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use reframe_core::collection::Collection;
use reframe_core::report::{self, ReportOptions};
use std::hint::black_box;
use std::time::Duration;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn progress(c: &mut Criterion) {
    let folders: Vec<_> = SIZES.iter().map(|&n| (n, common::folder(n))).collect();
    let opened: Vec<_> = folders
        .iter()
        .map(|(n, f)| {
            let col = Collection::open_read_only(&f.path, common::clock()).expect("opens");
            (*n, col)
        })
        .collect();

    let mut g = c.benchmark_group("progress_input");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    for (n, col) in &opened {
        g.bench_function(BenchmarkId::new("cards", n), |b| {
            b.iter(|| black_box(col.report_input().cards.len()));
        });
    }
    g.finish();

    let mut g = c.benchmark_group("progress_figures");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    for (n, col) in &opened {
        let input = col.report_input();
        g.bench_function(BenchmarkId::new("cards", n), |b| {
            b.iter(|| black_box(report::figures(&input).expect("computed").forecast.len()));
        });
    }
    g.finish();

    let mut g = c.benchmark_group("report_html_csv");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    for (n, col) in &opened {
        let input = col.report_input();
        let today = input.today;
        let options = ReportOptions {
            from: report::stats::shift(today, -27),
            to: today,
            typed: false,
        };
        g.bench_function(BenchmarkId::new("cards", n), |b| {
            b.iter(|| {
                let r = report::report(&input, options, |k| col.statement_of(k)).expect("built");
                black_box((
                    report::html::render(&r).len(),
                    report::csv::render(&r).len(),
                ))
            });
        });
    }
    g.finish();
}

criterion_group!(benches, progress);
criterion_main!(benches);
