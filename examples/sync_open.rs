//! `cargo run --release --example sync_open`: opens a data folder with ~100,000 answers laid
//! out as one computer's log and as two computers' logs of ~50,000 each, in one run, and prints
//! the median open time of each (this computer's snapshot covering all the logs), and of a
//! fold from the logs alone. The figures of the README's "Using Reframe on two computers".

use reframe_core::clock::{Clock, DayStart, SystemClock};
use reframe_core::collection::{Collection, OpenOptions};
use reframe_core::store::device::{DeviceId, snapshot_name};
use reframe_core::synth::{DEVICE_A, Spec, write_data_folder};
use std::sync::Arc;
use std::time::{Duration, Instant};

const RUNS: usize = 15;

fn median(mut v: Vec<Duration>) -> f64 {
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

fn main() -> Result<(), String> {
    let device = DeviceId::new(DEVICE_A).ok_or("a device id")?;
    for devices in [1u8, 2] {
        let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
        let path = tmp.path().join("data");
        let spec = Spec {
            cards: 27_500,
            seed: 12345,
            today: DayStart::default().study_day(SystemClock.now()),
            devices,
        };
        let report = write_data_folder(&path, &spec).map_err(|e| e.to_string())?;
        let open = || {
            let clock: Arc<dyn Clock> = Arc::new(SystemClock);
            let options = OpenOptions {
                device: Some(device.clone()),
                ..OpenOptions::default()
            };
            Collection::open_with(&path, clock, options).map_err(|e| e.to_string())
        };
        drop(open()?); // today's backup and the deck cache, before anything is timed
        let mut times = Vec::new();
        for _ in 0..RUNS {
            let t = Instant::now();
            let c = open()?;
            times.push(t.elapsed());
            drop(c);
        }
        let mut folds = Vec::new();
        for _ in 0..5 {
            std::fs::remove_file(path.join(snapshot_name(&device))).map_err(|e| e.to_string())?;
            let t = Instant::now();
            let c = open()?;
            folds.push(t.elapsed());
            drop(c);
        }
        println!(
            "{devices} computer(s), {} answers: open {:.1} ms (median of {RUNS}); from the logs alone {:.0} ms (median of 5)",
            report.log_records,
            median(times),
            median(folds)
        );
    }
    Ok(())
}
