//! Opening a data folder shared by two computers against one computer's: 100,000 answers in
//! one log, or 50,000 in each of two (with this computer's snapshot covering both, and folded
//! again from both logs with no snapshot).

use criterion::{Criterion, criterion_group, criterion_main};
use reframe_core::clock::{Clock, DayStart, SystemClock};
use reframe_core::collection::{Collection, OpenOptions};
use reframe_core::store::device::DeviceId;
use reframe_core::synth::{DEVICE_A, Spec, write_data_folder};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// About 3.6 answers per card: 27,500 cards give close to 100,000 answers.
const CARDS: usize = 27_500;

fn folder(devices: u8) -> (tempfile::TempDir, PathBuf, usize) {
    let tmp = tempfile::tempdir().expect("a temp dir");
    let path = tmp.path().join("data");
    let spec = Spec {
        cards: CARDS,
        seed: 12345,
        today: DayStart::default().study_day(SystemClock.now()),
        devices,
    };
    let report = write_data_folder(&path, &spec).expect("written");
    drop(open(&path)); // today's backup and the deck cache, before anything is timed
    (tmp, path, report.log_records)
}

fn open(path: &Path) -> Collection {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    Collection::open_with(
        path,
        clock,
        OpenOptions {
            device: Some(DeviceId::new(DEVICE_A).expect("an id")),
            ..OpenOptions::default()
        },
    )
    .expect("opens")
}

fn open_shared(c: &mut Criterion) {
    let mut g = c.benchmark_group("open_shared");
    g.sample_size(20);
    let (_one, one, n1) = folder(1);
    let (_two, two, n2) = folder(2);
    eprintln!("one computer: {n1} answers; two computers: {n2} answers in all");
    g.bench_function("one_log_100k", |b| b.iter(|| drop(open(&one))));
    g.bench_function("two_logs_50k_each", |b| b.iter(|| drop(open(&two))));
    // Folding from the logs alone (no snapshot to start from), as when the other computer's
    // answers arrive from before this one's last: two logs, and one for comparison.
    for (name, devices) in [("one_log_refolded", 1), ("two_logs_refolded", 2)] {
        let (_fresh, fresh, _) = folder(devices);
        let snapshot = fresh.join(reframe_core::store::device::snapshot_name(
            &DeviceId::new(DEVICE_A).expect("an id"),
        ));
        g.bench_function(name, |b| {
            b.iter_batched(
                || std::fs::remove_file(&snapshot).expect("remove the snapshot"),
                |()| drop(open(&fresh)),
                criterion::BatchSize::PerIteration,
            )
        });
    }
    g.finish();
}

criterion_group!(benches, open_shared);
criterion_main!(benches);
