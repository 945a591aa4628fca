//! A card's history in Browse: exactly the kept answers, oldest first, through answers, undo,
//! suspends, reopening and restoring a backup (the per-card log index must never go stale).
//! The ignored test prints `card_detail` timings at 100,000 cards:
//! `cargo test --release --test store_history -- --ignored --nocapture`.

#[path = "store_support/mod.rs"]
mod support;

use reframe::clock::{Clock, FakeClock};
use reframe::collection::{Collection, OpenOptions};
use reframe::store::CardKey;
use std::sync::Arc;
use std::time::Instant;

/// Times `card_detail` on a synthetic folder: `REFRAME_HISTORY_DIR` if set (e.g. one written by
/// `cargo run --release --example synth -- --cards 100000 --out /tmp/h100k`), else a fresh one.
#[test]
#[ignore = "timing at 100,000 cards; run in release with --nocapture"]
fn card_detail_timing_at_scale() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = match std::env::var_os("REFRAME_HISTORY_DIR") {
        Some(d) => std::path::PathBuf::from(d),
        None => {
            let spec = reframe::synth::Spec {
                cards: 100_000,
                seed: 7,
                today: chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
            };
            reframe::synth::write_data_folder(tmp.path(), &spec).unwrap();
            tmp.path().to_path_buf()
        }
    };
    let clock: Arc<dyn Clock> = Arc::new(FakeClock::at("2026-06-01T12:00:00+00:00"));
    let c = Collection::open_with(
        &dir,
        clock,
        OpenOptions {
            bundled: Some(Vec::new()),
            read_only: true,
            daily_backup: false,
        },
    )
    .unwrap();
    let deck = &c.library().decks()[0].deck;
    let keys: Vec<CardKey> = deck
        .cards
        .iter()
        .step_by(deck.cards.len().div_ceil(200).max(1))
        .map(|card| CardKey::new(&deck.id, &card.id))
        .collect();
    let log_mb = std::fs::metadata(dir.join("reviews.log")).map_or(0.0, |m| m.len() as f64 / 1e6);

    let rss_before = rss_kb();
    let t = Instant::now();
    let first = c.card_detail(&keys[0]).unwrap().unwrap();
    let first_ms = t.elapsed().as_secs_f64() * 1e3;
    let rss_grew_mb = rss_kb().saturating_sub(rss_before) as f64 / 1e3;
    let mut each = Vec::new();
    let mut answers = first.history.len();
    for key in &keys[1..] {
        let t = Instant::now();
        let d = c.card_detail(key).unwrap().unwrap();
        each.push(t.elapsed().as_secs_f64() * 1e3);
        answers += d.history.len();
    }
    each.sort_by(f64::total_cmp);
    let at = |q: f64| each[((each.len() - 1) as f64 * q) as usize];
    println!(
        "{} cards, log {log_mb:.1} MB: first card_detail {first_ms:.1} ms (RSS +{rss_grew_mb:.1} MB); next {}: median {:.3} ms, \
         p95 {:.3} ms, max {:.3} ms ({answers} answers shown)",
        deck.cards.len(),
        each.len(),
        at(0.5),
        at(0.95),
        at(1.0),
    );
}

/// Resident memory of this process in kB (Linux), 0 where unknown.
fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
            line.split_whitespace().nth(1)?.parse().ok()
        })
        .unwrap_or(0)
}
