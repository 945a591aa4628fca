//! The core crate (`crates/reframe-core`) has no UI crate anywhere in its dependency tree, so
//! the scheduler, store, coach and command line can be built, used and tested without a
//! window. The compiler enforces the layering; this test keeps a UI crate from creeping into
//! the core's dependencies (even indirectly) without anyone noticing.

use std::process::Command;

const UI_CRATES: &[&str] = &["egui", "eframe", "winit", "egui-winit", "egui_glow", "glow"];

/// The names of every package the core depends on, directly or not (normal dependencies).
fn core_dependency_names() -> Vec<String> {
    let cargo = option_env!("CARGO").unwrap_or("cargo");
    let out = Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "--locked",
            "-p",
            "reframe-core",
            "-e",
            "normal",
        ])
        .args(["--prefix", "none", "--format", "{p}"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

#[test]
fn the_core_depends_on_no_ui_crate() {
    let names = core_dependency_names();
    assert!(
        names.iter().any(|n| n == "reframe-core") && names.iter().any(|n| n == "chrono"),
        "cargo tree listed the core and its dependencies: {names:?}"
    );
    let ui: Vec<_> = names
        .iter()
        .filter(|n| UI_CRATES.contains(&n.as_str()))
        .collect();
    assert!(
        ui.is_empty(),
        "the core must not depend on UI crates: {ui:?}"
    );
}
