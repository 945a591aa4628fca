//! The core stays plain Rust: nothing outside `src/ui` (and `main.rs`, which opens the window)
//! may use egui or eframe, so the scheduler, store and command line can be used and tested
//! without a window.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// True if `line` names the egui or eframe crates (not words like "reframe").
fn names_the_ui_crates(line: &str) -> bool {
    line.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|word| word == "egui" || word == "eframe" || word == "egui_kittest")
}

#[test]
fn no_egui_outside_the_ui() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut offenders = Vec::new();
    for file in files {
        let rel = file.strip_prefix(&src).expect("under src");
        if rel.starts_with("ui") || rel == Path::new("main.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable source");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if names_the_ui_crates(code) {
                offenders.push(format!("src/{}:{}: {}", rel.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "the core must not use the UI crates:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_check_sees_a_ui_import() {
    assert!(names_the_ui_crates("use egui::Ui;"));
    assert!(names_the_ui_crates("let x = eframe::run_native(a, b, c);"));
    assert!(!names_the_ui_crates("use reframe::sm2::Grade;"));
}
