//! Kill a process that is answering cards with SIGKILL at random moments, again and again, and
//! check that every answer it reported as saved is on disk and that the folder still opens.
//!
//! The test runs its own binary as the child: the ignored `child` function, run by name with
//! `REFRAME_CRASH_CHILD` set, opens the collection and answers forever, printing
//! `saved <deck>/<card> <seq>` after each `answer` returns.

use reframe_core::clock::{Clock, FakeClock};
use reframe_core::collection::Collection;
use reframe_core::deck::{Card, Deck};
use reframe_core::mi::{Category, Technique};
use reframe_core::scheduler::LogRecord;
use reframe_core::sm2::Grade;
use reframe_core::store::log;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const CHILD_VAR: &str = "REFRAME_CRASH_CHILD";
const KILLS: usize = 60;

fn deck() -> Deck {
    let technique = Technique::from_id("reframe").unwrap();
    let category = Category::from_id("pessimism").unwrap();
    Deck {
        format: 1,
        id: "crash".into(),
        title: "Crash deck".into(),
        description: String::new(),
        author: "Tests".into(),
        version: 1,
        language: "en".into(),
        cards: (0..3000)
            .map(|i| Card {
                id: format!("k{i:03}"),
                statement: format!("Nothing ever changes, number {i}"),
                response: "You've tried hard, and it hasn't paid off yet.".into(),
                technique,
                secondary: Vec::new(),
                category,
                note: "Reframes the failure as effort.".into(),
                foil: None,
                tags: Vec::new(),
                level: Default::default(),
                alternatives: Vec::new(),
            })
            .collect(),
    }
}

fn open(dir: &Path) -> (Collection, FakeClock) {
    let fake = FakeClock::at("2026-05-01T10:00:00+00:00");
    let clock: Arc<dyn Clock> = Arc::new(fake.clone());
    let mut c = Collection::open_with_decks(dir, clock, vec![deck()]).expect("the folder opens");
    let mut s = c.settings().clone();
    s.new_per_day = 100_000;
    c.update_settings(s).expect("settings are saved");
    (c, fake)
}

/// The child: answer until killed. Grades cycle so re-drills, lapses and undo all happen.
/// Ignored in a normal run (it is not a test of its own, so it never counts as one passing);
/// the parent runs it by name with `--ignored`.
#[test]
#[ignore = "the child half of answers_reported_saved_survive_sigkill; run by it"]
fn child() {
    let dir = std::env::var(CHILD_VAR).expect("run by answers_reported_saved_survive_sigkill");
    let (mut c, clock) = open(Path::new(&dir));
    let mut n: u64 = 0;
    loop {
        clock.advance(chrono::Duration::days(1));
        c.start_session();
        while let Some(view) = c.current_card() {
            n += 1;
            if n.is_multiple_of(7) {
                c.undo().expect("undo is saved");
                println!("undone");
                continue;
            }
            let grade = Grade::new((n % 6) as u8).unwrap();
            let done = c
                .answer(grade, Some(format!("typed {n}")), None)
                .expect("saved");
            println!("saved {} {}", view.key, done.seq);
        }
    }
}

#[test]
fn answers_reported_saved_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let started = Instant::now();
    let mut reported: Vec<(String, u64)> = Vec::new();
    // Another computer shares the folder: its log arrives in two parts, the first cut off
    // mid-line as a sync tool leaves it, while this one is being killed again and again.
    let work_log = dir.path().join("reviews-work.log");
    let work = work_records(400);
    let half = work.len() / 2;
    std::fs::write(&work_log, &work[..half + 17]).unwrap();
    // At least KILLS kills; on a busy machine the child may answer little before each kill, so
    // a few more rounds, with longer waits, until it has answered more cards than it was
    // killed (bounded, so that the test always ends).
    let mut round = 0;
    while round < KILLS || (reported.len() <= KILLS && round < 4 * KILLS) {
        if round == KILLS / 2 {
            std::fs::write(&work_log, &work).unwrap();
        }
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_VAR, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| {
                    let rest = l.strip_prefix("saved ")?;
                    let (key, seq) = rest.split_once(' ')?;
                    Some((key.to_string(), seq.parse::<u64>().ok()?))
                })
                .collect::<Vec<_>>()
        });
        // Most kills land mid-stream; some right at start-up (opening, recovering, snapshot).
        let wait = if round >= KILLS {
            300 + next() % 500
        } else if round.is_multiple_of(5) {
            next() % 15
        } else {
            30 + next() % 270
        };
        std::thread::sleep(Duration::from_millis(wait));
        child.kill().unwrap();
        child.wait().unwrap();
        reported.extend(reader.join().unwrap());
        round += 1;
    }
    eprintln!(
        "{round} kills, {} answers reported saved, {:?}",
        reported.len(),
        started.elapsed()
    );
    assert!(
        reported.len() > KILLS,
        "the child answered cards ({})",
        reported.len()
    );

    // Every answer reported as saved is in the log, under the seq reported.
    let bytes = log::read_from(&own_log(dir.path()), 0).unwrap();
    let parsed = log::parse(&bytes);
    let in_log: std::collections::HashMap<u64, String> = parsed
        .records
        .iter()
        .filter_map(|r| match r {
            LogRecord::Review {
                seq, deck, card, ..
            } => Some((*seq, format!("{deck}/{card}"))),
            _ => None,
        })
        .collect();
    for (key, seq) in &reported {
        assert_eq!(
            in_log.get(seq),
            Some(key),
            "answer {seq} ({key}) was reported saved"
        );
    }
    // Sequence numbers never repeat, and everything loads again with all answers counted.
    let mut seqs: Vec<u64> = parsed.records.iter().map(LogRecord::seq).collect();
    let count = seqs.len();
    seqs.dedup();
    assert_eq!(seqs.len(), count);
    assert!(parsed.bad_lines.is_empty());
    let (c, _) = open(dir.path());
    assert_eq!(c.progress_state().last_seq(), *seqs.last().unwrap());
    let total: u32 = c.progress_state().days().values().map(|d| d.total()).sum();
    let undos = parsed
        .records
        .iter()
        .filter(|r| matches!(r, LogRecord::Undo { .. }))
        .count();
    // Every answer of this computer and of the other, each once; the other's log untouched.
    assert_eq!(total as usize, in_log.len() - undos + 400);
    assert_eq!(std::fs::read(&work_log).unwrap(), work);
}

/// `n` answers of another computer ("work") to the crash deck, one RON line each.
fn work_records(n: u64) -> Vec<u8> {
    let start: chrono::DateTime<chrono::Utc> = "2026-05-01T12:00:00Z".parse().unwrap();
    let mut out = Vec::new();
    for seq in 1..=n {
        let at = start + chrono::Duration::hours(seq as i64);
        let record = LogRecord::Review {
            v: reframe_core::scheduler::LOG_VERSION,
            seq,
            dev: Some("work".into()),
            deck: "crash".into(),
            card: format!("k{:03}", 2999 - (seq % 50)),
            at,
            day: at.date_naive(),
            grade: Grade::new((seq % 6) as u8).unwrap(),
            redrill: false,
            typed: None,
            coding: None,
            suggested: None,
        };
        out.extend_from_slice(record.to_line().unwrap().as_bytes());
    }
    out
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
