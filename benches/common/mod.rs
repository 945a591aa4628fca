//! Shared by the benches: synthetic data folders (`reframe_core::synth`, the Anki benchmark's
//! workload) written once into temp folders, dated today so the real clock sees them as meant.
#![allow(dead_code)]

use reframe_core::clock::{Clock, DayStart, SystemClock};
use reframe_core::collection::Collection;
use reframe_core::synth::{Report, Spec, write_data_folder};
use std::path::PathBuf;
use std::sync::Arc;

pub struct Folder {
    _tmp: tempfile::TempDir,
    pub path: PathBuf,
    pub report: Report,
}

pub fn clock() -> Arc<dyn Clock> {
    Arc::new(SystemClock)
}

/// A data folder with `cards` cards, opened once so today's backup and the deck cache exist
/// before anything is timed.
pub fn folder(cards: usize) -> Folder {
    let tmp = tempfile::tempdir().expect("a temp dir");
    let path = tmp.path().join("data");
    let spec = Spec {
        cards,
        seed: 12345,
        today: DayStart::default().study_day(SystemClock.now()),
        devices: 0,
    };
    let report = write_data_folder(&path, &spec).expect("the synthetic folder is written");
    let c = Collection::open(&path, clock()).expect("the synthetic folder opens");
    drop(c);
    Folder {
        _tmp: tmp,
        path,
        report,
    }
}
