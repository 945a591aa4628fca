//! In-process timings on a data folder, to set beside `anki_bench.py`'s:
//! `cargo run --release --example perf_probe -- DIR [--answers 200]`.
//! Prints one `RESULT {json}` line: the ids-only status, open → first card (the app's path:
//! open, build today's queue, show the first card; median of five), and the median of `--answers` answers (each
//! one log line + one fsync), taken on a copy of DIR so DIR itself is never changed.

use reframe_core::clock::{Clock, SystemClock};
use reframe_core::collection::Collection;
use reframe_core::sm2::Grade;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

fn ms(t: Instant) -> f64 {
    (t.elapsed().as_secs_f64() * 1e6).round() / 1e3
}

/// Median of 100 writes of 4 KiB, each followed by an fsync.
fn fsync_probe(dir: &Path) -> std::io::Result<f64> {
    use std::io::{Seek, SeekFrom, Write};
    let path = dir.join("fsync-probe.bin");
    let mut f = std::fs::File::create(&path)?;
    let block = [b'x'; 4096];
    let mut lat = Vec::with_capacity(100);
    for i in 0..100u64 {
        let t = Instant::now();
        f.seek(SeekFrom::Start((i % 64) * 4096))?;
        f.write_all(&block)?;
        f.sync_all()?;
        lat.push(t.elapsed().as_secs_f64() * 1e3);
    }
    drop(f);
    std::fs::remove_file(&path)?;
    Ok((median(lat) * 1e3).round() / 1e3)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn run(dir: &Path, answers: usize) -> Result<String, String> {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let t = Instant::now();
    let s = reframe_core::cache::status(dir, clock.as_ref()).map_err(|e| e.to_string())?;
    let status_ms = ms(t);

    // Where the status time goes: hashing the deck files, reading the ids, reading progress.
    let ron = dir.join("decks").join("synth.ron");
    let t = Instant::now();
    let _ = reframe_core::cache::hash::of_file(&ron);
    let hash_ms = ms(t);
    let t = Instant::now();
    let _ = reframe_core::cache::load_ids(dir, &ron);
    let ids_ms = ms(t);
    let t = Instant::now();
    let device = reframe_core::store::device::DeviceId::resolve()?;
    let data = reframe_core::store::DataDir::as_found(dir, &device);
    reframe_core::store::load::load(&data, "", false).map_err(|e| e.to_string())?;
    let progress_ms = ms(t);

    let t = Instant::now();
    let c = Collection::open_read_only(dir, clock.clone()).map_err(|e| e.to_string())?;
    let read_only_open_ms = ms(t);
    drop(c);

    // Answers go to a copy: the folder being measured stays as synth wrote it.
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let copy: PathBuf = tmp.path().join("data");
    reframe_core::synth::copy_folder(dir, &copy).map_err(|e| e.to_string())?;
    // The first open of a day writes the daily backup; time the opens after it.
    drop(Collection::open(&copy, clock.clone()).map_err(|e| e.to_string())?);

    // Median of five, each a fresh open of the folder (like anki_bench.py's warm repeats).
    let (mut opens, mut firsts) = (Vec::new(), Vec::new());
    let mut first = false;
    for _ in 0..5 {
        let t = Instant::now();
        let mut c = Collection::open(&copy, clock.clone()).map_err(|e| e.to_string())?;
        opens.push(ms(t));
        c.start_session();
        first = c.current_card().is_some();
        firsts.push(ms(t));
    }
    let open_ms = median(opens);
    let open_to_first_card_ms = median(firsts);
    let mut c = Collection::open(&copy, clock.clone()).map_err(|e| e.to_string())?;
    c.start_session();

    // This VM's fsync flips between ~0.07 ms and ~4 ms every few seconds: sample it right
    // before the answers, as anki_bench.py does, so the two runs can be read side by side.
    let fsync_4k_median_ms = fsync_probe(tmp.path()).map_err(|e| e.to_string())?;
    let good = Grade::new(4).map_err(|e| e.to_string())?;
    let mut lat = Vec::with_capacity(answers);
    for _ in 0..answers {
        if c.current_card().is_none() {
            break;
        }
        let t = Instant::now();
        c.answer(good, None, None).map_err(|e| e.to_string())?;
        lat.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let answered = lat.len();
    let answer_median_ms = (median(lat) * 1e3).round() / 1e3;
    Ok(format!(
        "{{\"cards\":{},\"status_ms\":{status_ms},\"status_counts\":[{},{},{}],\"status_parts\":{{\"hash_deck_ms\":{hash_ms},\"load_ids_ms\":{ids_ms},\"progress_ms\":{progress_ms}}},\"read_only_open_ms\":{read_only_open_ms},\"open_ms\":{open_ms},\"open_to_first_card_ms\":{open_to_first_card_ms},\"first_card\":{first},\"answered\":{answered},\"answer_median_ms\":{answer_median_ms},\"fsync_4k_median_ms\":{fsync_4k_median_ms}}}",
        s.today.decks.iter().map(|d| d.total_cards).sum::<usize>(),
        s.today.totals.due,
        s.today.totals.new,
        s.today.totals.redrill,
    ))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: perf_probe DIR [--answers N]");
        return ExitCode::from(2);
    };
    let answers = match args.iter().position(|a| a == "--answers") {
        Some(i) => match args.get(i + 1).and_then(|n| n.parse().ok()) {
            Some(n) => n,
            None => {
                eprintln!("perf_probe: --answers takes a number");
                return ExitCode::from(2);
            }
        },
        None => 200,
    };
    match run(Path::new(dir), answers) {
        Ok(json) => {
            println!("RESULT {json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("perf_probe: {e}");
            ExitCode::FAILURE
        }
    }
}
