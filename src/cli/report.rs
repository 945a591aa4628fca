//! `reframe report`: the learner's progress over a period as one self-contained HTML file to
//! hand to a supervisor (and, with `--csv`, the same figures for a spreadsheet). Read-only: no
//! lock, so it runs while the app is open; the files are written atomically.

use chrono::NaiveDate;
use clap::Args;
use reframe_core::clock::{Clock, SystemClock};
use reframe_core::collection::Collection;
use reframe_core::report::{self, ReportOptions};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// How many days a report covers when `--from` is not given: four weeks, today included.
pub const DEFAULT_DAYS: i64 = 28;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The HTML file to write (replaced if it exists).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// First study day of the period, as YYYY-MM-DD (default: four weeks before --to).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last study day of the period, as YYYY-MM-DD (default: today).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Include a sample of your typed replies with their codes (they are private otherwise).
    #[arg(long)]
    pub typed: bool,
    /// Also write the figures as CSV (section,item,measure,value) to this file.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01"))
}

/// The period a report covers: `from..=to`, defaulting to the four weeks ending `today`.
pub fn period(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(NaiveDate, NaiveDate), String> {
    let to = to.unwrap_or(today);
    let from = from.unwrap_or_else(|| report::stats::shift(to, 1 - DEFAULT_DAYS));
    if from > to {
        return Err(format!(
            "the period starts ({from}) after it ends ({to}); --from must not be after --to"
        ));
    }
    Ok((from, to))
}

/// "Wrote the report of 2026-02-03 to 2026-03-02 to report.html and its figures to f.csv."
pub fn written(from: NaiveDate, to: NaiveDate, out: &Path, csv: Option<&Path>) -> String {
    let mut said = format!("Wrote the report of {from} to {to} to {}", out.display());
    if let Some(csv) = csv {
        said.push_str(&format!(" and its figures to {}", csv.display()));
    }
    said.push('.');
    said
}

pub fn report_command(data_dir: Option<PathBuf>, args: ReportArgs) -> ExitCode {
    let result = super::resolve_data_dir(data_dir).and_then(|dir| {
        let clock: Arc<dyn Clock> = Arc::new(SystemClock);
        let collection = Collection::open_read_only(&dir, clock).map_err(|e| e.to_string())?;
        for notice in collection.notices() {
            eprintln!("reframe: {notice}");
        }
        let (from, to) = period(args.from, args.to, collection.study_day())?;
        let options = ReportOptions {
            from,
            to,
            typed: args.typed,
        };
        collection
            .write_report(options, &args.out, args.csv.as_deref())
            .map_err(|e| e.to_string())?;
        Ok(written(from, to, &args.out, args.csv.as_deref()))
    });
    match result {
        Ok(said) => {
            println!("{said}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("reframe report: {e}");
            ExitCode::FAILURE
        }
    }
}
