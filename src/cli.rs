//! The command line: `reframe` opens the app; subcommands serve educators (`check`, `code`),
//! shell prompts (`status`), and anyone checking the schedule (`sm2`). Same core as the app.

use crate::sm2::{Grade, Sm2State, review};
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "reframe",
    version,
    about = "Drill MI-consistent responses to resistant client statements, scheduled by SM-2.",
    long_about = "Drill MI-consistent responses to resistant client statements, scheduled by SM-2.\n\
                  With no command, opens the app on the bundled decks."
)]
pub struct Cli {
    /// The data folder (progress, settings, imported decks, backups).
    /// Default: the OS's per-user data folder, e.g. ~/.local/share/reframe on Linux.
    #[arg(long, global = true, env = "REFRAME_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate deck files: exit 0 if all are valid, 1 otherwise; problems go to stderr as
    /// `file:line:column: message`.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print the SM-2 state after each grade applied to a fresh card, one line per grade.
    Sm2 {
        /// Grades 0-5, in order.
        #[arg(required = true, value_name = "GRADE")]
        grades: Vec<String>,
    },
}

/// Runs the command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        None => {
            println!("The Reframe app is not built yet; see `reframe --help` for the commands.");
            ExitCode::SUCCESS
        }
        Some(Command::Check { files }) => check_command(&files),
        Some(Command::Sm2 { grades }) => sm2_command(&grades),
    }
}

fn check_command(files: &[PathBuf]) -> ExitCode {
    let results = crate::deck::check_files(files);
    let mut all_ok = true;
    for r in &results {
        if r.is_ok() {
            println!("{r}");
        } else {
            all_ok = false;
            eprintln!("{r}");
        }
    }
    let bad = results.iter().filter(|r| !r.is_ok()).count();
    if bad > 0 {
        eprintln!(
            "{bad} of {} deck file{} failed the check",
            results.len(),
            if results.len() == 1 { "" } else { "s" }
        );
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn sm2_command(grades: &[String]) -> ExitCode {
    let parsed: Result<Vec<Grade>, _> = grades.iter().map(|g| g.parse::<Grade>()).collect();
    let grades = match parsed {
        Ok(g) => g,
        Err(e) => {
            eprintln!("reframe sm2: {e}");
            return ExitCode::from(2);
        }
    };
    // The day does not change the printed fields; any day will do.
    let day = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    let mut state = Sm2State::fresh(day);
    let mut out = std::io::stdout().lock();
    for g in grades {
        state = review(state, g, day);
        let line = format!(
            "q={} repetitions={} interval_days={} easiness={}",
            g,
            state.repetitions,
            state.interval_days,
            state.easiness()
        );
        if writeln!(out, "{line}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
