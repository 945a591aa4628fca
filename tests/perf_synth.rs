//! The synthetic benchmark folder opens like real data: the collection sees the deck, the
//! reviewed and new cards, and today's due reviews exactly as the generator wrote them.

use reframe_core::clock::{Clock, FakeClock};
use reframe_core::collection::{Collection, OpenOptions};
use reframe_core::store::device::DeviceId;
use reframe_core::synth::{DEVICE_A, Spec, write_data_folder};
use std::sync::Arc;

/// Laid out as one log from before devices (upgraded on first open, which says so), as one
/// device, and as two devices' logs: the same states each time.
#[test]
fn a_synthetic_folder_opens_with_the_states_it_was_written_with() {
    for devices in 0..=2u8 {
        let tmp = tempfile::tempdir().expect("a temp dir");
        let dir = tmp.path().join("data");
        let clock = FakeClock::at("2026-03-10T12:00:00+00:00");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).expect("a date");
        let report = write_data_folder(
            &dir,
            &Spec {
                cards: 400,
                seed: 9,
                today,
                devices,
            },
        )
        .expect("the folder is written");
        assert_eq!(report.reviewed + report.new, 400);
        // 70 % reviewed, give or take the luck of 400 draws.
        assert!((240..=320).contains(&report.reviewed), "{report:?}");
        assert!(report.due_today > 0 && report.due_today < report.reviewed);

        let clock: Arc<dyn Clock> = Arc::new(clock);
        let device = (devices > 0).then(|| DeviceId::new(DEVICE_A).expect("an id"));
        let options = OpenOptions {
            bundled: Some(Vec::new()),
            device,
            ..OpenOptions::default()
        };
        let c = Collection::open_with(&dir, clock, options).expect("it opens");
        let notices: Vec<&str> = c.notices().iter().map(|n| n.text.as_str()).collect();
        match devices {
            0 => assert!(
                notices.len() == 1 && notices[0].contains("one review log per computer"),
                "only the upgrade is told: {notices:?}"
            ),
            _ => assert!(notices.is_empty(), "nothing to recover: {notices:?}"),
        }
        let t = c.today();
        assert_eq!(t.day, today);
        assert_eq!(t.decks.len(), 1);
        let d = &t.decks[0];
        assert_eq!(d.id, reframe_core::synth::DECK_ID);
        assert_eq!(d.total_cards, 400);
        assert_eq!(d.due, report.due_today, "{devices} device(s)");
        assert_eq!(
            d.new,
            10.min(report.new),
            "the default limit of 10 new cards"
        );
        assert_eq!(d.redrill, 0);
        assert_eq!(c.progress_state().card_count(), report.reviewed);
        assert_eq!(t.studied_today, 0);
        assert!(!t.first_run);
    }
}

#[test]
fn synth_never_writes_into_a_folder_that_holds_something() {
    let tmp = tempfile::tempdir().expect("a temp dir");
    std::fs::write(tmp.path().join("reviews.log"), "precious\n").expect("write");
    let spec = Spec {
        cards: 10,
        seed: 1,
        today: chrono::NaiveDate::from_ymd_opt(2026, 3, 10).expect("a date"),
        devices: 0,
    };
    assert!(write_data_folder(tmp.path(), &spec).is_err());
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("reviews.log")).expect("read"),
        "precious\n"
    );
}
