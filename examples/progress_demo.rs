//! `cargo run --release --example progress_demo -- --out DIR` writes a data folder with ten
//! weeks of study on the bundled decks (most days, some skipped), a typed reply now and then,
//! graded as a learner who improves might grade: for trying the Progress page and the report,
//! and for their screenshots. Time is a fake clock ending on the day it runs.

use chrono::{Duration, Local, NaiveTime, TimeZone};
use clap::Parser;
use reframe_core::clock::FakeClock;
use reframe_core::coach;
use reframe_core::collection::Collection;
use reframe_core::scheduler::StoredCoding;
use reframe_core::sm2::Grade;
use reframe_core::synth::Rng;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Debug, Parser)]
#[command(about = "Write a Reframe data folder with ten weeks of study, for trying Progress")]
struct Args {
    /// The folder to create (must be new or empty).
    #[arg(long)]
    out: PathBuf,
    /// How many days of study, ending today.
    #[arg(long, default_value_t = 70)]
    days: i64,
}

/// Replies of the kinds a learner types, written for this example: reflections, questions and
/// the advice the coach flags.
const REPLIES: &[&str] = &[
    "You're not sure this is worth your time.",
    "Part of you wants things to stay as they are, and part of you is tired of the arguments.",
    "It sounds like you felt pushed into coming here.",
    "What would make this hour useful for you?",
    "Do you drink every day?",
    "You should think about cutting down.",
    "You've kept going to work through all of this, which takes real effort.",
    "It's your call what you do with this.",
    "You're worried that changing would cost you your friends.",
    "Have you tried going to bed earlier?",
];

fn main() -> ExitCode {
    let args = Args::parse();
    if std::fs::read_dir(&args.out).is_ok_and(|mut e| e.next().is_some()) {
        eprintln!("progress_demo: {} is not empty", args.out.display());
        return ExitCode::FAILURE;
    }
    let today = Local::now().date_naive();
    let start = today - Duration::days(args.days - 1);
    let at = |d: chrono::NaiveDate| {
        let t = d.and_time(NaiveTime::from_hms_opt(19, 30, 0).unwrap_or_default());
        Local
            .from_local_datetime(&t)
            .single()
            .map(|t| t.fixed_offset().to_rfc3339())
            .unwrap_or_default()
    };
    let clock = FakeClock::at(&at(start));
    let mut c = match Collection::open(&args.out, Arc::new(clock.clone())) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("progress_demo: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut rng = Rng::new(7);
    let mut answers = 0;
    for n in 0..args.days {
        let day = start + Duration::days(n);
        clock.set(&at(day));
        // Skips a day now and then, more often early on.
        if rng.range(0, 99) < if n < 30 { 25 } else { 10 } {
            continue;
        }
        c.start_session();
        // Better with time: misses get rarer over the weeks.
        let miss = (30 - n / 3).max(8);
        let mut left = 40;
        while c.current_card().is_some() && left > 0 {
            left -= 1;
            let q = if rng.range(0, 99) < miss {
                rng.range(1, 2)
            } else {
                rng.range(3, 5)
            } as u8;
            let grade = Grade::new(q).unwrap_or(Grade::ALL[4]);
            let (typed, coding) = if rng.range(0, 99) < 35 {
                // Later replies lean on reflections rather than questions and advice.
                let pool = if n < 35 { REPLIES.len() } else { 5 };
                let text = REPLIES[rng.range(0, pool as i64 - 1) as usize].to_string();
                let coding = StoredCoding::from(&coach::code(&text));
                (Some(text), Some(coding))
            } else {
                (None, None)
            };
            if let Err(e) = c.answer(grade, typed, coding) {
                eprintln!("progress_demo: {e}");
                return ExitCode::FAILURE;
            }
            answers += 1;
        }
    }
    println!(
        "{}: {answers} answers over {} days, ending {today}",
        args.out.display(),
        args.days
    );
    ExitCode::SUCCESS
}
