//! Generates the table of bundled decks: every `decks/*.ron`, sorted by file name, included
//! with `include_str!` so the binary carries them (see `src/deck/bundled.rs`).

use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs};

fn main() {
    let root =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=../../decks");
    println!("cargo:rerun-if-changed=build.rs");

    let mut decks: Vec<(String, String)> = Vec::new();
    if let Ok(entries) = fs::read_dir(root.join("../../decks")) {
        for entry in entries.flatten() {
            let path = entry.path();
            let (Some(name), Some(full)) =
                (path.file_name().and_then(|n| n.to_str()), path.to_str())
            else {
                println!(
                    "cargo:warning=skipping deck file with a non-UTF-8 name: {}",
                    path.display()
                );
                continue;
            };
            // Editors' hidden temporary files are not decks.
            if name.ends_with(".ron") && !name.starts_with('.') && path.is_file() {
                decks.push((name.to_string(), full.to_string()));
            }
        }
    }
    decks.sort();

    let mut code = String::from("static BUNDLED: &[BundledDeck] = &[\n");
    for (name, full) in &decks {
        println!("cargo:rerun-if-changed={full}");
        writeln!(
            code,
            "    BundledDeck {{ file_name: {name:?}, source: include_str!({full:?}) }},"
        )
        .expect("writing to a String cannot fail");
    }
    code.push_str("];\n");
    fs::write(out.join("bundled_decks.rs"), code)
        .expect("cannot write the bundled deck table into OUT_DIR");
}
