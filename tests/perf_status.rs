//! The ids-only `reframe status` path counts exactly what the app counts, works while the app
//! holds the folder, and writes nothing the app owns.

use reframe_core::clock::{Clock, FakeClock};
use reframe_core::collection::Collection;
use reframe_core::sm2::Grade;
use reframe_core::synth::{Spec, write_data_folder};
use std::path::Path;
use std::sync::Arc;

fn listing(dir: &Path) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    for entry in walk(dir) {
        if !entry.starts_with(dir.join("cache")) {
            let len = std::fs::metadata(&entry).map(|m| m.len()).unwrap_or(0);
            out.push((entry.display().to_string(), len));
        }
    }
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("readable").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn status_counts_what_the_app_counts_while_the_app_is_open() {
    let tmp = tempfile::tempdir().expect("a temp dir");
    let dir = tmp.path().join("data");
    let fake = FakeClock::at("2026-03-10T12:00:00+00:00");
    let clock: Arc<dyn Clock> = Arc::new(fake.clone());
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).expect("a date");
    write_data_folder(
        &dir,
        &Spec {
            cards: 300,
            seed: 4,
            today,
            devices: 0,
        },
    )
    .expect("written");
    // A newer "starter" imported over the bundled one, so the replacement rule is exercised.
    let mut starter = reframe_core::synth::deck(3, 8);
    starter.id = "starter".to_string();
    starter.version = 99;
    std::fs::write(
        dir.join("decks").join("starter.ron"),
        reframe_core::deck::to_ron(&starter),
    )
    .expect("written");

    let mut app = Collection::open(&dir, clock.clone()).expect("the app opens");
    let mut settings = app.settings().clone();
    settings.inactive_decks.insert("mandated".to_string());
    app.update_settings(settings).expect("saved");
    app.start_session();
    for q in [5, 2, 4, 1, 4, 3] {
        if app.current_card().is_none() {
            break;
        }
        app.answer(Grade::new(q).expect("a grade"), None, None)
            .expect("saved");
    }
    let before = listing(&dir);

    // The app still holds the lock: status reads anyway, and agrees with the app.
    let s = reframe_core::cache::status(&dir, clock.as_ref()).expect("status reads");
    assert_eq!(s.today, app.today());
    assert!(s.today.studied_today > 0);
    assert!(s.today.totals.redrill > 0, "{:?}", s.today);
    assert!(s.today.decks.iter().all(|d| d.id != "mandated"));
    let starter_today = s.today.decks.iter().find(|d| d.id == "starter");
    assert_eq!(starter_today.map(|d| d.total_cards), Some(3));
    assert!(s.notices.is_empty(), "{:?}", s.notices);
    assert_eq!(
        listing(&dir),
        before,
        "status changed nothing outside cache/"
    );

    // And it agrees with a read-only open of the same folder.
    let ro = Collection::open_read_only(&dir, clock.clone()).expect("opens");
    assert_eq!(s.today, ro.today());
}

#[test]
fn status_on_a_folder_never_used_is_empty_not_an_error() {
    let tmp = tempfile::tempdir().expect("a temp dir");
    let clock = FakeClock::at("2026-03-10T12:00:00+00:00");
    let s = reframe_core::cache::status(&tmp.path().join("nothing-here"), &clock).expect("reads");
    assert!(s.today.first_run);
    assert_eq!(s.today.totals.due, 0);
    assert!(!tmp.path().join("nothing-here").exists(), "nothing created");
}
