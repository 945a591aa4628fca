//! Running the real `reframe` binary from the command-line tests.
#![allow(dead_code)]

use std::process::{Command, Output};

/// Runs `reframe ARGS…` with no data folder from the environment.
pub fn reframe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_reframe"))
        .args(args)
        .env_remove("REFRAME_DATA_DIR")
        .output()
        .expect("the reframe binary runs")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
