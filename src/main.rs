//! `reframe` opens the app; `reframe COMMAND` runs a command-line tool (see `reframe --help`).

use clap::Parser;
use reframe::cli::{Cli, resolve_data_dir, run};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run(command, cli.data_dir),
        None => match resolve_data_dir(cli.data_dir).and_then(reframe::ui::run_app) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("reframe: {e}");
                ExitCode::FAILURE
            }
        },
    }
}
