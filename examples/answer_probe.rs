//! Does answering a card cost the same at 1,000 and 100,000 cards? Answers alternate between
//! two data folders (copies; the originals are not changed), so both sizes meet the same
//! phases of this VM's fsync, which flips between ~0.07 ms and ~4 ms every few seconds:
//! `cargo run --release --example answer_probe -- SMALL_DIR LARGE_DIR [--answers 400]`.
//! Grade 3 brings each card back as a re-drill, so neither session runs dry: the first answers
//! are reviews and new cards, later ones re-drills — each one log line and one fsync.

use reframe_core::clock::{Clock, SystemClock};
use reframe_core::collection::Collection;
use reframe_core::sm2::Grade;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

fn quantile(v: &[f64], q: f64) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let i = ((s.len() as f64 - 1.0) * q).round() as usize;
    (s.get(i).copied().unwrap_or(f64::NAN) * 1e3).round() / 1e3
}

fn run(small: &Path, large: &Path, answers: usize) -> Result<String, String> {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let mut cols = Vec::new();
    for (name, dir) in [("small", small), ("large", large)] {
        let copy = tmp.path().join(name);
        reframe_core::synth::copy_folder(dir, &copy).map_err(|e| e.to_string())?;
        let mut c = Collection::open(&copy, clock.clone()).map_err(|e| e.to_string())?;
        c.start_session();
        let cards: usize = c.library().decks().iter().map(|d| d.deck.cards.len()).sum();
        cols.push((cards, c, Vec::with_capacity(answers)));
    }
    let three = Grade::new(3).map_err(|e| e.to_string())?;
    for _ in 0..answers {
        for (_, c, lat) in cols.iter_mut() {
            if c.current_card().is_none() {
                c.start_session();
            }
            let t = Instant::now();
            c.answer(three, None, None).map_err(|e| e.to_string())?;
            lat.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    let parts: Vec<String> = cols
        .iter()
        .map(|(cards, _, lat)| {
            format!(
                "{{\"cards\":{cards},\"answers\":{},\"median_ms\":{},\"p90_ms\":{},\"max_ms\":{}}}",
                lat.len(),
                quantile(lat, 0.5),
                quantile(lat, 0.9),
                quantile(lat, 1.0)
            )
        })
        .collect();
    Ok(format!("[{}]", parts.join(",")))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(small), Some(large)) = (args.first(), args.get(1)) else {
        eprintln!("usage: answer_probe SMALL_DIR LARGE_DIR [--answers N]");
        return ExitCode::from(2);
    };
    let answers = match args.iter().position(|a| a == "--answers") {
        Some(i) => match args.get(i + 1).and_then(|n| n.parse().ok()) {
            Some(n) => n,
            None => {
                eprintln!("answer_probe: --answers takes a number");
                return ExitCode::from(2);
            }
        },
        None => 400,
    };
    match run(Path::new(small), Path::new(large), answers) {
        Ok(json) => {
            println!("RESULT {json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("answer_probe: {e}");
            ExitCode::FAILURE
        }
    }
}
