//! Two computers sharing a data folder through a sync tool, simulated: two folders, two device
//! ids, and a fake sync that copies one computer's files into the other's folder late, cut off
//! mid-line, twice, or as a "conflicted copy". Whatever arrives when, both end with the same
//! state, every answer counted exactly once, and no computer ever writes another's files.

#[path = "store_support/mod.rs"]
mod support;

use chrono::Duration;
use proptest::prelude::*;
use reframe_core::clock::{Clock, FakeClock};
use reframe_core::collection::{Collection, OpenOptions};
use reframe_core::deck::Deck;
use reframe_core::scheduler::{CardProgress, DayCounts, LogRecord};
use reframe_core::store::device::{DeviceId, log_name, settings_name};
use reframe_core::store::log;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::sync::Arc;
use support::{deck_n, g};

const T0: &str = "2026-03-01T09:00:00+00:00";

fn decks() -> Vec<Deck> {
    vec![deck_n("d", 12)]
}

fn open_as(dir: &Path, device: &str, clock: &FakeClock) -> Collection {
    let clock: Arc<dyn Clock> = Arc::new(clock.clone());
    Collection::open_with(
        dir,
        clock,
        OpenOptions {
            bundled: Some(decks()),
            device: Some(DeviceId::new(device).expect("a device id")),
            ..OpenOptions::default()
        },
    )
    .expect("the folder opens")
}

/// How the sync tool delivers a computer's log.
#[derive(Debug, Clone, Copy)]
enum Arrival {
    /// The whole file.
    Whole,
    /// Cut off `n` bytes before its end (mid-line, as a sync in progress leaves it).
    Torn(u8),
    /// Whole, but under the name Dropbox gives a conflicted copy (the file itself may also be
    /// there already).
    ConflictCopy,
    /// Whole, under the name Syncthing gives a conflict.
    SyncthingConflict,
}

/// Copies `device`'s log and settings from folder `from` into folder `to`.
fn sync(from: &Path, to: &Path, device: &str, how: Arrival) {
    let id = DeviceId::new(device).unwrap();
    let log = fs::read(from.join(log_name(&id))).unwrap_or_default();
    let target = match how {
        Arrival::Whole | Arrival::Torn(_) => log_name(&id),
        Arrival::ConflictCopy => format!("reviews-{device} (Sam's conflicted copy 2026-03-01).log"),
        Arrival::SyncthingConflict => {
            format!("reviews-{device}.sync-conflict-20260301-101500-ABCDEFG.log")
        }
    };
    let bytes = match how {
        Arrival::Torn(n) => &log[..log.len().saturating_sub(usize::from(n) + 1)],
        _ => &log[..],
    };
    fs::write(to.join(target), bytes).unwrap();
    if let Ok(settings) = fs::read(from.join(settings_name(&id))) {
        fs::write(to.join(settings_name(&id)), settings).unwrap();
    }
}

/// Every card's state and every day's counts: what both computers must agree on.
type State = (
    BTreeMap<(String, String), CardProgress>,
    BTreeMap<chrono::NaiveDate, DayCounts>,
);

fn state(c: &Collection) -> State {
    let p = c.progress_state();
    let cards = p
        .decks()
        .flat_map(|(d, cards)| cards.iter().map(move |(k, v)| ((d.clone(), k.clone()), *v)))
        .collect();
    (cards, p.days().clone())
}

/// The bytes of every file in `dir` whose name carries `device`'s id: another computer must
/// never change them.
fn files_of(dir: &Path, device: &str) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.contains(&format!("-{device}"))
                .then(|| (name, fs::read(e.path()).unwrap()))
        })
        .collect()
}

/// Answers `n` cards of a fresh session with grades from `grades`, in turn.
fn study(c: &mut Collection, n: usize, grades: &[u8]) {
    c.start_session();
    for i in 0..n {
        if c.current_card().is_none() {
            break;
        }
        c.answer(g(grades[i % grades.len()]), None, None).unwrap();
    }
}

/// Answers a device wrote that were not undone, by (device, seq): each must count once.
fn kept_answers(dir: &Path, device: &str) -> BTreeSet<u64> {
    let bytes = log::read_from(&dir.join(log_name(&DeviceId::new(device).unwrap())), 0).unwrap();
    let records = log::parse(&bytes).records;
    let undone: BTreeSet<u64> = records
        .iter()
        .filter_map(|r| match r {
            LogRecord::Undo { of, .. } => Some(*of),
            _ => None,
        })
        .collect();
    records
        .iter()
        .filter_map(|r| match r {
            LogRecord::Review { seq, .. } if !undone.contains(seq) => Some(*seq),
            _ => None,
        })
        .collect()
}

fn total_answers(c: &Collection) -> u32 {
    c.progress_state()
        .days()
        .values()
        .map(DayCounts::total)
        .sum()
}

#[test]
fn two_computers_that_studied_the_same_day_offline_end_with_the_same_state() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let clock = FakeClock::at(T0);

    // Home studies six cards in the morning, takes one answer back, suspends a card.
    let mut home = open_as(a.path(), "home", &clock);
    study(&mut home, 6, &[5, 2, 4, 3, 5, 1]);
    assert!(home.undo().unwrap());
    home.set_suspended(&reframe_core::scheduler::CardKey::new("d", "c11"), true)
        .unwrap();
    drop(home);
    // Work studies the same cards an hour later, offline: the same first cards.
    clock.advance(Duration::hours(1));
    let mut work = open_as(b.path(), "work", &clock);
    study(&mut work, 5, &[4, 4, 5, 2, 3]);
    assert!(work.undo().unwrap());
    drop(work);
    let home_files = files_of(a.path(), "home");
    let work_files = files_of(b.path(), "work");
    assert!(
        home_files.contains_key("reviews-home.log") && work_files.contains_key("reviews-work.log")
    );

    // Home's log reaches work cut off mid-line: what is complete counts, nothing is moved aside.
    sync(a.path(), b.path(), "home", Arrival::Torn(7));
    let work = open_as(b.path(), "work", &clock);
    assert!(
        !b.path()
            .join("kept-aside")
            .read_dir()
            .unwrap()
            .any(|_| true),
        "another computer's file in the middle of syncing is not damage"
    );
    let partial = total_answers(&work);
    assert!(
        !work
            .progress_state()
            .get("d", "c11")
            .is_some_and(|p| p.suspended),
        "the suspension was on the cut-off line"
    );
    drop(work);

    // Then whole, twice, and as a conflicted copy besides; work's reaches home the same ways.
    // Each computer opens between deliveries, so a copy arriving after the original was
    // counted must not count again.
    for how in [
        Arrival::Whole,
        Arrival::Whole,
        Arrival::ConflictCopy,
        Arrival::SyncthingConflict,
    ] {
        sync(a.path(), b.path(), "home", how);
        sync(b.path(), a.path(), "work", how);
        drop(open_as(a.path(), "home", &clock));
        drop(open_as(b.path(), "work", &clock));
    }
    let home = open_as(a.path(), "home", &clock);
    let work = open_as(b.path(), "work", &clock);
    assert_eq!(state(&home), state(&work), "both computers agree");
    let expected = kept_answers(a.path(), "home").len() + kept_answers(b.path(), "work").len();
    assert_eq!(total_answers(&home) as usize, expected, "every answer once");
    assert_eq!(
        partial,
        total_answers(&work),
        "every answer line was complete"
    );
    // Both studied c00 first: both answers count, in time order (home's, then work's).
    let c00 = home
        .card_detail(&reframe_core::scheduler::CardKey::new("d", "c00"))
        .unwrap()
        .unwrap();
    let devices: Vec<&str> = c00.history.iter().map(|h| h.device.as_str()).collect();
    assert_eq!(devices, ["home", "work"]);
    assert!(home.progress_state().get("d", "c11").unwrap().suspended);
    assert!(work.progress_state().get("d", "c11").unwrap().suspended);
    // Daily limits count answers from both computers.
    assert_eq!(home.today(), work.today());
    drop((home, work));

    // Opening and studying never changed the other computer's files: each folder's copy of
    // the other's log is byte for byte what the sync tool delivered, and nothing was set aside.
    assert_eq!(
        fs::read(b.path().join("reviews-home.log")).unwrap(),
        fs::read(a.path().join("reviews-home.log")).unwrap()
    );
    assert_eq!(
        fs::read(a.path().join("reviews-work.log")).unwrap(),
        fs::read(b.path().join("reviews-work.log")).unwrap()
    );
    for dir in [a.path(), b.path()] {
        assert!(!dir.join("kept-aside").read_dir().unwrap().any(|_| true));
    }
    let _ = (home_files, work_files);
}

#[test]
fn answers_from_another_computer_are_picked_up_while_open_and_told_in_words() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let clock = FakeClock::at(T0);
    let mut home = open_as(a.path(), "home", &clock);
    let mut s = home.settings().clone();
    s.device_name = "Home laptop".into();
    home.update_settings(s).unwrap();
    let mut work = open_as(b.path(), "work", &clock);
    assert!(
        work.refresh_from_devices().unwrap().is_empty(),
        "nothing yet"
    );

    clock.advance(Duration::minutes(5));
    study(&mut home, 3, &[5]);
    sync(a.path(), b.path(), "home", Arrival::Whole);
    let before = work.today().totals.new;
    let added = work.refresh_from_devices().unwrap();
    assert_eq!(added.len(), 1);
    assert_eq!(
        added[0].sentence(),
        "3 answers from Home laptop were added."
    );
    assert_eq!(work.today().studied_today, 3, "today counts them");
    assert_eq!(
        work.today().totals.new,
        before - 3,
        "the daily limit counts them"
    );
    // Looking again finds nothing new.
    assert!(work.refresh_from_devices().unwrap().is_empty());
    // Work's own next answer sorts after home's, so both computers fold it in the same place.
    study(&mut work, 1, &[4]);
    drop(home);
    drop(work);
    sync(b.path(), a.path(), "work", Arrival::Whole);
    let home = open_as(a.path(), "home", &clock);
    let work = open_as(b.path(), "work", &clock);
    assert_eq!(state(&home), state(&work));
}

#[test]
fn settings_merge_field_by_field_the_latest_change_winning() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let clock = FakeClock::at(T0);
    let mut home = open_as(a.path(), "home", &clock);
    let mut s = home.settings().clone();
    s.new_per_day = 4;
    home.update_settings(s).unwrap();
    drop(home);
    clock.advance(Duration::minutes(1));
    let mut work = open_as(b.path(), "work", &clock);
    let mut s = work.settings().clone();
    s.theme = reframe_core::store::Theme::Dark;
    work.update_settings(s).unwrap();
    drop(work);
    sync(a.path(), b.path(), "home", Arrival::Whole);
    sync(b.path(), a.path(), "work", Arrival::Whole);
    for (dir, me) in [(a.path(), "home"), (b.path(), "work")] {
        let c = open_as(dir, me, &clock);
        assert_eq!(c.settings().new_per_day, 4, "home's change, on {me}");
        assert_eq!(
            c.settings().theme,
            reframe_core::store::Theme::Dark,
            "work's, on {me}"
        );
    }
}

#[test]
fn a_folder_made_before_devices_becomes_this_computers_with_nothing_lost() {
    let dir = tempfile::tempdir().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
    reframe_core::synth::write_data_folder(
        dir.path(),
        &reframe_core::synth::Spec {
            cards: 300,
            seed: 4,
            today,
            devices: 0,
        },
    )
    .unwrap();
    // What the previous Reframe wrote: log format 2 and snapshot format 2, one file each.
    let old_log = fs::read_to_string(dir.path().join("reviews.log"))
        .unwrap()
        .replace("v:3,", "v:2,");
    fs::write(dir.path().join("reviews.log"), &old_log).unwrap();
    let snap = fs::read_to_string(dir.path().join("snapshot.ron"))
        .unwrap()
        .replace("format:3,", "format:2,");
    fs::write(dir.path().join("snapshot.ron"), snap).unwrap();
    fs::write(dir.path().join("settings.ron"), "Settings(new_per_day: 17)").unwrap();
    fs::create_dir_all(dir.path().join("backups/2026-03-09")).unwrap();
    fs::write(dir.path().join("backups/2026-03-09/reviews.log"), &old_log).unwrap();
    let before = {
        let clock: Arc<dyn Clock> = Arc::new(FakeClock::at("2026-03-10T12:00:00+00:00"));
        let c = Collection::open_with(
            dir.path(),
            clock,
            OpenOptions {
                bundled: Some(Vec::new()),
                read_only: true,
                device: Some(DeviceId::new("home").unwrap()),
                ..OpenOptions::default()
            },
        )
        .unwrap();
        (state(&c), c.today())
    };

    let clock = FakeClock::at("2026-03-10T12:00:00+00:00");
    let clock_arc: Arc<dyn Clock> = Arc::new(clock.clone());
    let c = Collection::open_with(
        dir.path(),
        clock_arc,
        OpenOptions {
            bundled: Some(Vec::new()),
            device: Some(DeviceId::new("home").unwrap()),
            ..OpenOptions::default()
        },
    )
    .unwrap();
    assert_eq!(
        (state(&c), c.today()),
        before,
        "nothing lost, nothing moved"
    );
    assert_eq!(c.settings().new_per_day, 17);
    assert!(c.notices()[0].text.contains("one review log per computer"));
    assert_eq!(
        fs::read_to_string(dir.path().join("reviews-home.log")).unwrap(),
        old_log,
        "the log itself is unchanged"
    );
    assert!(!dir.path().join("reviews.log").exists());
    // The backup made first holds the folder as it was; the older backup is still listed.
    let names: Vec<String> = c
        .list_backups()
        .unwrap()
        .into_iter()
        .map(|b| b.name)
        .collect();
    assert!(
        names.contains(&"2026-03-10-before-devices".to_string()),
        "{names:?}"
    );
    assert!(names.contains(&"2026-03-09".to_string()), "{names:?}");
    let backup = dir.path().join("backups/home/2026-03-10-before-devices");
    assert_eq!(
        fs::read_to_string(backup.join("reviews.log")).unwrap(),
        old_log
    );
    assert!(backup.join("settings.ron").is_file() && backup.join("snapshot.ron").is_file());
}

/// One step of two computers' life.
#[derive(Debug, Clone)]
enum Step {
    /// Computer 0 or 1 opens its folder and answers `n` cards with this grade.
    Study(usize, u8, u8),
    /// Computer 0 or 1 takes back its last answer (in a session of one answer).
    StudyAndUndo(usize, u8),
    /// The clock moves on this many minutes.
    Later(u16),
    /// Computer `from`'s files arrive in the other's folder.
    Sync(usize, u8),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..2usize, 1..4u8, 0..6u8).prop_map(|(d, n, q)| Step::Study(d, n, q)),
        (0..2usize, 0..6u8).prop_map(|(d, q)| Step::StudyAndUndo(d, q)),
        (1..600u16).prop_map(Step::Later),
        (0..2usize, 0..4u8).prop_map(|(d, how)| Step::Sync(d, how)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Any interleaving of study, undo, time and late, torn, repeated or conflicting syncs ends,
    /// after a final sync both ways, with both computers in the same state, every kept answer
    /// counted once, and that state the one a third computer folds from scratch.
    #[test]
    fn any_order_of_arrival_gives_the_same_state(steps in prop::collection::vec(step(), 1..14)) {
        let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
        let names = ["home", "work"];
        let clock = FakeClock::at(T0);
        for s in &steps {
            match *s {
                Step::Study(d, n, q) => {
                    let mut c = open_as(dirs[d].path(), names[d], &clock);
                    study(&mut c, usize::from(n), &[q]);
                }
                Step::StudyAndUndo(d, q) => {
                    let mut c = open_as(dirs[d].path(), names[d], &clock);
                    study(&mut c, 1, &[q]);
                    c.undo().unwrap();
                }
                Step::Later(m) => clock.advance(Duration::minutes(i64::from(m))),
                Step::Sync(from, how) => {
                    let how = [Arrival::Whole, Arrival::Torn(3), Arrival::ConflictCopy, Arrival::SyncthingConflict][usize::from(how)];
                    sync(dirs[from].path(), dirs[1 - from].path(), names[from], how);
                }
            }
        }
        sync(dirs[0].path(), dirs[1].path(), "home", Arrival::Whole);
        sync(dirs[1].path(), dirs[0].path(), "work", Arrival::Whole);
        let home = open_as(dirs[0].path(), "home", &clock);
        let work = open_as(dirs[1].path(), "work", &clock);
        prop_assert_eq!(state(&home), state(&work));
        let kept = kept_answers(dirs[0].path(), "home").len() + kept_answers(dirs[1].path(), "work").len();
        prop_assert_eq!(total_answers(&home) as usize, kept);
        // A third computer with both logs and no snapshot folds the same state from scratch.
        let audit = tempfile::tempdir().unwrap();
        sync(dirs[0].path(), audit.path(), "home", Arrival::Whole);
        sync(dirs[1].path(), audit.path(), "work", Arrival::Whole);
        let fresh = open_as(audit.path(), "audit", &clock);
        prop_assert_eq!(state(&fresh), state(&home));
    }
}

#[test]
fn reframe_status_on_both_computers_prints_the_same_counts() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let clock = FakeClock::at(T0);
    let real = |dir: &Path, device: &str| {
        let clock: Arc<dyn Clock> = Arc::new(clock.clone());
        Collection::open_with(
            dir,
            clock,
            OpenOptions {
                device: Some(DeviceId::new(device).unwrap()),
                ..OpenOptions::default()
            },
        )
        .unwrap()
    };
    let mut home = real(a.path(), "home");
    study(&mut home, 4, &[5, 3]);
    drop(home);
    clock.advance(Duration::hours(2));
    let mut work = real(b.path(), "work");
    study(&mut work, 3, &[2, 4]);
    drop(work);
    sync(a.path(), b.path(), "home", Arrival::Whole);
    sync(b.path(), a.path(), "work", Arrival::ConflictCopy);
    sync(b.path(), a.path(), "work", Arrival::Whole);
    let status = |dir: &Path, device: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_reframe"))
            .args(["status", "--data-dir"])
            .arg(dir)
            .env("REFRAME_DEVICE_ID", device)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let (on_home, on_work) = (status(a.path(), "home"), status(b.path(), "work"));
    assert_eq!(on_home, on_work);
    // Home answered four cards, work three of the same: four cards, all due months later.
    assert!(on_home.contains("4 due"), "{on_home}");
}

#[test]
fn a_deck_changed_on_both_computers_keeps_both_versions_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(T0);
    drop(open_as(dir.path(), "home", &clock));
    let deck = |statement: &str| {
        format!(
            "Deck(format: 1, id: \"shared\", title: \"Shared deck\", author: \"Us\", version: 2, \
             language: \"en\", cards: [Card(id: \"a\", statement: \"{statement}\", response: \
             \"It wasn't your idea to come.\", technique: \"simple-reflection\", category: \
             \"mandated\", note: \"Reflects the pressure.\")])"
        )
    };
    let decks = dir.path().join("decks");
    fs::write(decks.join("shared.ron"), deck("My boss made me come.")).unwrap();
    let copy = decks.join("shared (Sam's conflicted copy 2026-03-01).ron");
    fs::write(&copy, deck("My wife made me come.")).unwrap();
    let c = open_as(dir.path(), "home", &clock);
    let said: Vec<&str> = c.notices().iter().map(|n| n.text.as_str()).collect();
    assert!(
        said.iter()
            .any(|t| t.contains("in two files at the same version")
                && t.contains("Both files are kept")),
        "{said:?}"
    );
    assert!(decks.join("shared.ron").is_file() && copy.is_file());
    assert_eq!(
        c.library().deck("shared").unwrap().deck.cards[0].statement,
        "My boss made me come."
    );
}

#[test]
fn an_old_style_log_beside_this_computers_is_left_alone_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(T0);
    let mut c = open_as(dir.path(), "home", &clock);
    study(&mut c, 2, &[5]);
    drop(c);
    let old = fs::read(dir.path().join("reviews-home.log")).unwrap();
    fs::write(dir.path().join("reviews.log"), &old).unwrap();
    let c = open_as(dir.path(), "home", &clock);
    assert_eq!(total_answers(&c), 2, "nothing counted twice");
    assert!(
        c.notices()
            .iter()
            .any(|n| n.text.contains("earlier Reframe"))
    );
    assert_eq!(fs::read(dir.path().join("reviews.log")).unwrap(), old);
}

/// The Settings page shows `default_device_name` as the empty field's hint; saving with the
/// field empty must give this computer exactly that name on the others, not something else.
#[test]
fn a_computer_left_unnamed_is_known_by_the_name_its_settings_page_showed() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(T0);
    let mut c = open_as(dir.path(), "laptop-7f3a", &clock);
    let shown = c.default_device_name();
    assert!(!shown.trim().is_empty());
    let mut s = c.settings().clone();
    s.device_name.clear();
    s.new_per_day = 7;
    c.update_settings(s).expect("settings saved");
    assert_eq!(c.settings().device_name, shown);
    assert_eq!(c.device_name("laptop-7f3a"), shown);
}
