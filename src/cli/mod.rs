//! The command line: `reframe` opens the app; subcommands serve educators (`check`, `code`),
//! shell prompts (`status`), and anyone checking the schedule (`sm2`). Same core as the app.

mod convert;
pub mod report;

use clap::{Parser, Subcommand};
use reframe_core::clock::SystemClock;
use reframe_core::collection::{Collection, Today};
use reframe_core::sm2::{Grade, Sm2State, review};
use reframe_core::store::device::DeviceId;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

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
    /// Print today's counts per active deck (due, new, re-drill) and the study streak.
    Status {
        /// One line for a shell prompt: `3 due · 10 new · 0 re-drill · streak 4`.
        #[arg(long)]
        short: bool,
    },
    /// List the backups of the data folder, newest first (one is made each study day).
    Backups,
    /// Replace progress, settings and imported decks with a backup's (see `reframe backups`).
    /// The current state is backed up first, so a restore can itself be undone.
    Restore {
        /// A backup's name, as `reframe backups` lists it, e.g. 2026-11-20.
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Code clinician responses the way an MI supervisor would (MITI 4.2.1 behaviour codes):
    /// one response per line in, one line out per response, starting with the code, then the
    /// flags with the words that raised them.
    Code {
        /// A text file with one response per line; standard input if absent.
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
        /// After the lines, print the MITI summary: reflection-to-question ratio, % complex
        /// reflections, MI-adherent and MI-inconsistent counts, against the fair/good thresholds.
        #[arg(long)]
        summary: bool,
        /// After each code, say in one line why the reply got it.
        #[arg(long)]
        explain: bool,
        /// Each line is the client's statement, a tab, then the reply: the reply is coded in
        /// reply to the statement, as the app codes it (a plain statement made mostly of the
        /// client's own words is then a simple reflection). A line without a tab is coded alone.
        #[arg(long)]
        statements: bool,
        /// Instead of coding, print every reply the learner said the coach got wrong, from the
        /// data folder's review log, as TSV: reply, coach's code, coder version, learner's
        /// code, card. Read-only; nothing leaves the machine.
        #[arg(long, conflicts_with_all = ["file", "summary", "explain", "statements"])]
        disagreements: bool,
    },
    /// Convert a deck file between .ron, .csv, .tsv and Anki's text export (.txt, read only),
    /// by extension. Exit 1, with `file:row:column: message` lines on stderr and nothing
    /// written, when the input has problems.
    Convert {
        #[arg(value_name = "IN")]
        input: PathBuf,
        #[arg(value_name = "OUT")]
        output: PathBuf,
        /// The technique of every card of an Anki export, e.g. complex-reflection.
        #[arg(long, value_name = "ID")]
        technique: Option<String>,
        /// The category of every card of an Anki export, e.g. mandated.
        #[arg(long, value_name = "ID")]
        category: Option<String>,
    },
    /// Add or update a deck in the data folder, as the window's "Import deck…" does: a newer
    /// version keeps progress; a file with problems changes nothing.
    Import {
        /// A .ron, .csv, .tsv or Anki .txt deck file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The technique of every card of an Anki export.
        #[arg(long, value_name = "ID")]
        technique: Option<String>,
        /// The category of every card of an Anki export.
        #[arg(long, value_name = "ID")]
        category: Option<String>,
    },
    /// Write a bundled or imported deck as .ron, .csv or .tsv (by the extension of OUT).
    Export {
        #[arg(value_name = "DECK_ID")]
        deck_id: String,
        #[arg(value_name = "OUT")]
        out: PathBuf,
    },
    /// Write a progress report for a supervisor: one self-contained HTML file (charts, figures,
    /// MITI scores against the thresholds), and optionally the figures as CSV. Read-only.
    Report(report::ReportArgs),
    /// Print the SM-2 state after each grade applied to a fresh card, one line per grade.
    Sm2 {
        /// Grades 0-5, in order.
        #[arg(required = true, value_name = "GRADE")]
        grades: Vec<String>,
    },
}

/// Runs one subcommand and returns the process exit code. (With no subcommand, `main` opens
/// the app; this module stays free of the UI.)
pub fn run(command: Command, data_dir: Option<PathBuf>) -> ExitCode {
    match command {
        Command::Check { files } => check_command(&files),
        Command::Sm2 { grades } => sm2_command(&grades),
        Command::Code {
            disagreements: true,
            ..
        } => disagreements_command(data_dir),
        Command::Code {
            file,
            summary,
            explain,
            statements,
            ..
        } => code_command(file.as_deref(), summary, explain, statements),
        Command::Status { short } => status_command(data_dir, short),
        Command::Backups => backups_command(data_dir),
        Command::Restore { name } => restore_command(data_dir, &name),
        Command::Convert {
            input,
            output,
            technique,
            category,
        } => match convert::options("convert", technique.as_deref(), category.as_deref()) {
            Ok(options) => convert::convert_command(&input, &output, options),
            Err(code) => code,
        },
        Command::Import {
            file,
            technique,
            category,
        } => match convert::options("import", technique.as_deref(), category.as_deref()) {
            Ok(options) => convert::import_command(data_dir, &file, options),
            Err(code) => code,
        },
        Command::Export { deck_id, out } => convert::export_command(data_dir, &deck_id, &out),
        Command::Report(args) => report::report_command(data_dir, args),
    }
}

/// The data folder: `--data-dir`, else `REFRAME_DATA_DIR` (clap reads both), else the OS's
/// per-user data folder.
pub fn resolve_data_dir(given: Option<PathBuf>) -> Result<PathBuf, String> {
    if let Some(dir) = given {
        return Ok(dir);
    }
    directories::ProjectDirs::from("org", "Reframe", "Reframe")
        .map(|p| p.data_dir().to_path_buf())
        .ok_or_else(|| {
            "cannot find a home folder for Reframe's data; pass --data-dir DIR or set \
             REFRAME_DATA_DIR"
                .to_string()
        })
}

/// Opens the collection for a command, reporting problems in plain words on stderr.
fn with_collection(
    data_dir: Option<PathBuf>,
    command: impl FnOnce(&mut Collection) -> Result<(), String>,
) -> ExitCode {
    let dir = match resolve_data_dir(data_dir) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("reframe: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut collection = match Collection::open(&dir, Arc::new(SystemClock)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("reframe: {e}");
            return ExitCode::FAILURE;
        }
    };
    for notice in collection.notices() {
        eprintln!("reframe: {notice}");
    }
    match command(&mut collection) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reframe: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Read-only: no lock, no backup, no snapshot, so a shell prompt can run it while the app is
/// open, and it never loads a card's text.
fn status_command(data_dir: Option<PathBuf>, short: bool) -> ExitCode {
    let result = resolve_data_dir(data_dir).and_then(|dir| {
        let status = reframe_core::cache::status(&dir, &SystemClock).map_err(|e| e.to_string())?;
        for notice in &status.notices {
            eprintln!("reframe: {notice}");
        }
        print_status(&status.today, short)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reframe: {e}");
            ExitCode::FAILURE
        }
    }
}

fn print_status(today: &Today, short: bool) -> Result<(), String> {
    let streak = match today.streak_days {
        1 => "1 day".to_string(),
        n => format!("{n} days"),
    };
    let mut text = String::new();
    let t = today.totals;
    if short {
        text = format!(
            "{} due · {} new · {} re-drill · streak {}\n",
            t.due, t.new, t.redrill, today.streak_days
        );
    } else {
        let width = today
            .decks
            .iter()
            .map(|d| d.id.len())
            .max()
            .unwrap_or(0)
            .max(5);
        text.push_str(&format!("Today, {}\n", today.day.format("%a %-d %b %Y")));
        for d in &today.decks {
            text.push_str(&format!(
                "  {:width$}  {:>5} due  {:>4} new  {:>4} re-drill\n",
                d.id, d.due, d.new, d.redrill
            ));
        }
        text.push_str(&format!(
            "  {:width$}  {:>5} due  {:>4} new  {:>4} re-drill\n",
            "total", t.due, t.new, t.redrill
        ));
        let studied = if today.studied_today > 0 {
            format!(" ({} answers today)", today.studied_today)
        } else {
            String::new()
        };
        text.push_str(&format!("Streak: {streak}{studied}\n"));
    }
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(|e| e.to_string())
}

/// The data folder as this computer sees it, for read-only commands.
fn data_dir_as_found(dir: &std::path::Path) -> Result<reframe_core::store::DataDir, String> {
    Ok(reframe_core::store::DataDir::as_found(
        dir,
        &DeviceId::resolve()?,
    ))
}

/// Read-only: no lock, no backup made, so it works while the app is open.
fn backups_command(data_dir: Option<PathBuf>) -> ExitCode {
    let result = resolve_data_dir(data_dir).and_then(|dir| {
        let backups = reframe_core::store::backup::list(&data_dir_as_found(&dir)?)
            .map_err(|e| e.to_string())?;
        if backups.is_empty() {
            println!("No backups yet; one is made each study day when Reframe opens.");
        }
        for b in backups {
            println!("{}  ({} files)", b.name, b.files);
        }
        Ok(())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reframe: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Checks the backup before opening the folder for writing, so a refused restore (no such
/// backup, a file from a newer Reframe) changes nothing at all, not even a damaged folder.
fn restore_command(data_dir: Option<PathBuf>, name: &str) -> ExitCode {
    let checked = resolve_data_dir(data_dir.clone()).and_then(|dir| {
        reframe_core::store::backup::check_restorable(&data_dir_as_found(&dir)?, name)
            .map_err(|e| e.to_string())
    });
    if let Err(e) = checked {
        eprintln!("reframe: {e}");
        return ExitCode::FAILURE;
    }
    with_collection(data_dir, |c| {
        let applied = c.restore_backup(name).map_err(|e| e.to_string())?;
        for notice in &applied.notices {
            eprintln!("reframe: {notice}");
        }
        let safety = match &applied.effect {
            reframe_core::collection::Effect::Restored(r) => r.safety.clone(),
            _ => String::new(),
        };
        println!(
            "Restored backup {name}. The state before it was backed up as {safety}: see `reframe backups`."
        );
        Ok(())
    })
}

/// `reframe code --disagreements`: TSV on stdout, a tab or line break inside a reply shown
/// as a space so every row stays one line.
fn disagreements_command(data_dir: Option<PathBuf>) -> ExitCode {
    let rows = resolve_data_dir(data_dir).and_then(|dir| {
        let device = DeviceId::resolve()?;
        reframe_core::collection::disagreements(&dir, &device).map_err(|e| e.to_string())
    });
    let rows = match rows {
        Ok(r) => r,
        Err(e) => {
            eprintln!("reframe code: {e}");
            return ExitCode::FAILURE;
        }
    };
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let mut out = String::from("reply\tcoach_code\tcoder_version\tlearner_code\tcard\n");
    for r in rows {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            clean(&r.reply),
            r.coach_code,
            r.coder_version,
            r.learner_code,
            r.card
        ));
    }
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reframe code: {e}");
            ExitCode::FAILURE
        }
    }
}

fn code_command(
    file: Option<&std::path::Path>,
    summary: bool,
    explain: bool,
    statements: bool,
) -> ExitCode {
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    let result = match file {
        Some(path) => std::fs::File::open(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))
            .and_then(|f| {
                reframe_core::coach::code_replies_with(
                    std::io::BufReader::new(f),
                    out,
                    summary,
                    explain,
                    statements,
                )
                .map_err(|e| format!("{}: {e}", path.display()))
            }),
        None => reframe_core::coach::code_replies_with(
            std::io::stdin().lock(),
            out,
            summary,
            explain,
            statements,
        )
        .map_err(|e| format!("standard input: {e}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reframe code: {e}");
            ExitCode::FAILURE
        }
    }
}

fn check_command(files: &[PathBuf]) -> ExitCode {
    let results = reframe_core::deck::check_files(files);
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
