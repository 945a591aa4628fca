//! Timings at scale, printed, never asserted (speed lives in benches). Run with
//! `cargo test --release --test store_scale -- --ignored --nocapture`.

use reframe_core::clock::{Clock, FakeClock};
use reframe_core::collection::{BrowseQuery, Collection};
use reframe_core::sm2::Grade;
use reframe_core::synth::{Spec, write_data_folder};
use std::sync::Arc;
use std::time::Instant;

fn measure(cards: usize) {
    let dir = tempfile::tempdir().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    write_data_folder(
        dir.path(),
        &Spec {
            cards,
            seed: 7,
            today,
            devices: 0,
        },
    )
    .unwrap();
    let clock: Arc<dyn Clock> = Arc::new(FakeClock::at("2026-06-01T12:00:00+00:00"));

    let t = Instant::now();
    let lib = reframe_core::library::Library::load_over(Vec::new(), dir.path());
    let library_ms = t.elapsed().as_secs_f64() * 1e3;
    drop(lib);

    let t = Instant::now();
    let c = Collection::open_read_only(dir.path(), clock.clone()).unwrap();
    let today_counts = c.today();
    let ro_ms = t.elapsed().as_secs_f64() * 1e3;
    drop(c);

    let t = Instant::now();
    let mut c = Collection::open_with(
        dir.path(),
        clock.clone(),
        reframe_core::collection::OpenOptions {
            bundled: Some(Vec::new()),
            daily_backup: false,
            ..Default::default()
        },
    )
    .unwrap();
    let open_ms = t.elapsed().as_secs_f64() * 1e3;

    let t = Instant::now();
    let _ = c.today();
    let today_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let _ = c.today();
    let today2_ms = t.elapsed().as_secs_f64() * 1e3;
    let day = c.study_day();
    let deck = &c.library().decks()[0].deck;
    let t = Instant::now();
    let ids = reframe_core::session::DeckCards {
        deck: &deck.id,
        cards: deck.cards.iter().map(|c| c.id.as_str()).collect(),
        kinds: Vec::new(),
    };
    let ids_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let w = reframe_core::session::waiting(&ids, c.progress_state(), day);
    let waiting_ms = t.elapsed().as_secs_f64() * 1e3;
    println!(
        "  today() again {today2_ms:.1} ms; ids {ids_ms:.1} ms; waiting {waiting_ms:.1} ms ({} due)",
        w.due.len()
    );

    let t = Instant::now();
    let hits = c.search(&BrowseQuery {
        text: "feel".into(),
        ..Default::default()
    });
    let first_search_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let _ = c.search(&BrowseQuery {
        text: "never".into(),
        ..Default::default()
    });
    let search_ms = t.elapsed().as_secs_f64() * 1e3;

    c.start_session();
    let t = Instant::now();
    let n = 200;
    for i in 0..n {
        c.answer(Grade::new((i % 6) as u8).unwrap(), None, None)
            .unwrap();
    }
    let answer_ms = t.elapsed().as_secs_f64() * 1e3 / f64::from(n);
    let t = Instant::now();
    c.save_snapshot().unwrap();
    let snap_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    let key = c.current_card().unwrap().key;
    let _ = c.card_detail(&key).unwrap();
    let detail_ms = t.elapsed().as_secs_f64() * 1e3;
    drop(c);

    let t = Instant::now();
    let c = Collection::open_with(
        dir.path(),
        clock.clone(),
        reframe_core::collection::OpenOptions {
            bundled: Some(Vec::new()),
            ..Default::default()
        },
    )
    .unwrap();
    let backup_open_ms = t.elapsed().as_secs_f64() * 1e3;
    drop(c);

    std::fs::remove_file(own_snapshot(dir.path())).unwrap();
    let t = Instant::now();
    let c = Collection::open_read_only(dir.path(), clock.clone()).unwrap();
    let rebuild_ms = t.elapsed().as_secs_f64() * 1e3;
    drop(c);

    println!(
        "{cards} cards: rebuild from the whole log without a snapshot {rebuild_ms:.0} ms; library (deck parse) {library_ms:.0} ms; read-only open+today {ro_ms:.0} ms \
         (due {}, new {}); open {open_ms:.0} ms; today() {today_ms:.1} ms; first search {first_search_ms:.0} ms \
         ({} hits), next search {search_ms:.1} ms; answer {answer_ms:.2} ms each; snapshot write {snap_ms:.0} ms; \
         card detail {detail_ms:.0} ms; open with daily backup {backup_open_ms:.0} ms",
        today_counts.totals.due,
        today_counts.totals.new,
        hits.len()
    );
}

#[test]
#[ignore = "prints timings; run by hand in release"]
fn timings_at_1k_10k_100k() {
    for n in [1_000, 10_000, 100_000] {
        measure(n);
    }
}

/// This computer's files in a data folder (their names carry the device id).
fn device() -> reframe_core::store::device::DeviceId {
    reframe_core::store::device::DeviceId::resolve().expect("this computer has a device id")
}

#[allow(dead_code)]
fn own_log(dir: &std::path::Path) -> std::path::PathBuf {
    dir.join(reframe_core::store::device::log_name(&device()))
}

#[allow(dead_code)]
fn own_snapshot(dir: &std::path::Path) -> std::path::PathBuf {
    dir.join(reframe_core::store::device::snapshot_name(&device()))
}
