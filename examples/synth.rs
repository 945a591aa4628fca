//! `cargo run --release --example synth -- --cards N --out DIR [--seed S]` writes a data folder
//! with one deck of N cards, 70 % reviewed and 30 % new (the workload of the README's speed
//! comparison with Anki), for `reframe status --data-dir DIR` and the benches.

use clap::Parser;
use reframe_core::clock::{Clock, DayStart, SystemClock};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, Parser)]
#[command(about = "Write a synthetic Reframe data folder for benchmarks")]
struct Args {
    /// Number of cards in the deck.
    #[arg(long)]
    cards: usize,
    /// The folder to create (must be new or empty).
    #[arg(long)]
    out: PathBuf,
    /// Seed of the generator; the same seed gives the same folder.
    #[arg(long, default_value_t = 12345)]
    seed: u64,
}

fn main() -> ExitCode {
    let args = Args::parse();
    // The folder is "as of" today's study day, with the default day start.
    let today = DayStart::default().study_day(SystemClock.now());
    let spec = reframe_core::synth::Spec {
        cards: args.cards,
        seed: args.seed,
        today,
        devices: 0,
    };
    let started = Instant::now();
    match reframe_core::synth::write_data_folder(&args.out, &spec) {
        Ok(r) => {
            println!(
                "{}: {} cards ({} reviewed, {} due today, {} new), {} log records; deck {:.1} MB, log {:.1} MB; {:.1} s",
                args.out.display(),
                r.cards,
                r.reviewed,
                r.due_today,
                r.new,
                r.log_records,
                r.deck_bytes as f64 / 1e6,
                r.log_bytes as f64 / 1e6,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("synth: {e}");
            ExitCode::FAILURE
        }
    }
}
