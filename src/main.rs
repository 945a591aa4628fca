use clap::Parser;

fn main() -> std::process::ExitCode {
    reframe::cli::run(reframe::cli::Cli::parse())
}
