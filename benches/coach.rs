//! The coach's speed: 2,000 typed replies (the labelled sets' own lines) coded in one go, and
//! one long pasted line at three sizes, to show the cost grows linearly with the text.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn replies() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/coach");
    let mut out = Vec::new();
    for name in [
        "labelled.tsv",
        "learners-a.tsv",
        "learners-c.tsv",
        "learners-d.tsv",
    ] {
        let text = std::fs::read_to_string(format!("{dir}/{name}")).expect("a labelled set");
        out.extend(
            text.lines()
                .filter(|l| !l.starts_with('#') && !l.starts_with("code\t"))
                .filter_map(|l| l.split_once('\t').map(|(_, r)| r.to_string())),
        );
    }
    out.truncate(2_000);
    out
}

fn two_thousand(c: &mut Criterion) {
    let replies = replies();
    c.bench_function("coach: 2,000 replies", |b| {
        b.iter(|| {
            for r in &replies {
                black_box(reframe_core::coach::code(r));
            }
        })
    });
}

fn long_line(c: &mut Criterion) {
    let unit = "you should stop but i hear you and if you keep drinking you will lose your job ";
    long_line_of(c, "coach: one long line", "", unit);
    // Coder version 104 asks of every marker whether a question word opening the sentence
    // heads a statement: one sentence opening on "What", full of advice and with nothing that
    // ends the search early, keeps that path busy (quadratic before it was bounded).
    let advice = "you should stop drinking and you need to cut down now ";
    long_line_of(c, "coach: one long line after \"What\"", "What ", advice);
}

fn long_line_of(c: &mut Criterion, name: &str, opening: &str, unit: &str) {
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    for kb in [64usize, 256, 1024] {
        let text = format!("{opening}{}", unit.repeat(kb * 1024 / unit.len()));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{kb} KB")),
            &text,
            |b, t| b.iter(|| black_box(reframe_core::coach::code(t))),
        );
    }
    group.finish();
}

criterion_group!(benches, two_thousand, long_line);
criterion_main!(benches);
