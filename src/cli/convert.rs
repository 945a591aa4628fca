//! `reframe convert`, `reframe import` and `reframe export`: deck files between RON, CSV, TSV
//! and Anki's text export, for educators' scripts and CI. The same core path as the window's
//! import (`deck::convert`, `Collection::import_preview_with`), so both behave alike.

use super::{resolve_data_dir, with_collection};
use reframe_core::collection::{Change, Effect};
use reframe_core::deck::validate::{Field, parse_category, parse_technique};
use reframe_core::deck::{DeckFileKind, Diagnostic, ImportOptions, read_deck_any, write_deck_as};
use reframe_core::library::Library;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The `--technique` and `--category` ids as import options; a bad id is a usage error.
pub(super) fn options(
    command: &str,
    technique: Option<&str>,
    category: Option<&str>,
) -> Result<ImportOptions, ExitCode> {
    let fail = |option: &str, message: String| {
        eprintln!("reframe {command}: --{option}: {message}");
        ExitCode::from(2)
    };
    let technique = technique
        .map(|t| parse_technique(Field::Technique, t).map_err(|m| fail("technique", m)))
        .transpose()?;
    let category = category
        .map(|c| parse_category(Field::Category, c).map_err(|m| fail("category", m)))
        .transpose()?;
    Ok(ImportOptions {
        technique,
        category,
    })
}

/// The kind a path names, or the sentence saying which extensions work.
fn kind_of(path: &Path, writing: bool) -> Result<DeckFileKind, String> {
    let kinds = if writing {
        ".ron, .csv or .tsv"
    } else {
        ".ron, .csv, .tsv or .txt (an Anki text export)"
    };
    match DeckFileKind::of(path) {
        Some(kind) if !writing || kind.writable() => Ok(kind),
        Some(_) => Err(format!(
            "{}: Reframe reads Anki text exports but does not write them; write {kinds}",
            path.display()
        )),
        None => Err(format!(
            "{}: cannot tell the kind of deck file from its extension; use {kinds}",
            path.display()
        )),
    }
}

/// An Anki export needs a technique and a category for its cards: say how to give them.
fn anki_needs_choices(path: &Path, options: &ImportOptions) -> Option<String> {
    let kind = DeckFileKind::of(path)?;
    if !kind.needs_choices() || (options.technique.is_some() && options.category.is_some()) {
        return None;
    }
    let techniques: Vec<&str> = reframe_core::mi::Technique::ALL
        .iter()
        .map(|t| t.id())
        .collect();
    let categories: Vec<&str> = reframe_core::mi::Category::ALL
        .iter()
        .map(|c| c.id())
        .collect();
    Some(format!(
        "{}: an Anki export does not say which technique and category its cards use: give --technique ID and --category ID for the whole import (every card is tagged needs-review)\n  techniques: {}\n  categories: {}",
        path.display(),
        techniques.join(", "),
        categories.join(", ")
    ))
}

/// "1 card", "40 cards".
fn cards(n: usize) -> String {
    if n == 1 {
        "1 card".into()
    } else {
        format!("{n} cards")
    }
}

fn print_problems(problems: &[Diagnostic]) {
    for d in problems {
        eprintln!("{d}");
    }
}

/// `reframe convert IN OUT`: nothing is written unless the whole input is valid.
pub(super) fn convert_command(input: &Path, output: &Path, options: ImportOptions) -> ExitCode {
    let checked = kind_of(input, false)
        .and_then(|_| kind_of(output, true))
        .and_then(|_| anki_needs_choices(input, &options).map_or(Ok(()), Err));
    if let Err(e) = checked {
        eprintln!("reframe convert: {e}");
        return ExitCode::FAILURE;
    }
    let deck = match read_deck_any(input, &options) {
        Ok(deck) => deck,
        Err(problems) => {
            print_problems(&problems);
            eprintln!(
                "reframe convert: {} has problems; nothing was written",
                input.display()
            );
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = write_deck_as(&deck, output) {
        eprintln!("reframe convert: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "{} → {}: deck \"{}\" v{}, {}",
        input.display(),
        output.display(),
        deck.id,
        deck.version,
        cards(deck.cards.len())
    );
    ExitCode::SUCCESS
}

/// `reframe import FILE`: what the window's "Import deck…" does, confirmed at once.
pub(super) fn import_command(
    data_dir: Option<PathBuf>,
    file: &Path,
    options: ImportOptions,
) -> ExitCode {
    let checked =
        kind_of(file, false).and_then(|_| anki_needs_choices(file, &options).map_or(Ok(()), Err));
    if let Err(e) = checked {
        eprintln!("reframe import: {e}");
        return ExitCode::FAILURE;
    }
    with_collection(data_dir, |c| {
        let preview = c.import_preview_with(file, &options).map_err(|problems| {
            print_problems(&problems);
            "the deck was not imported; nothing was changed".to_string()
        })?;
        let done = preview.done();
        match c.apply(Change::Import(Box::new(preview))) {
            Ok(applied) if matches!(applied.effect, Effect::Imported(_)) => {
                println!("{done}");
                Ok(())
            }
            Ok(_) => Err("the deck was not imported; nothing was changed".into()),
            Err(e) => Err(format!(
                "the deck was not imported: {e}; nothing was changed"
            )),
        }
    })
}

/// `reframe export DECK_ID OUT`: a bundled or imported deck, as the learner has it.
pub(super) fn export_command(data_dir: Option<PathBuf>, deck_id: &str, out: &Path) -> ExitCode {
    let result = kind_of(out, true).and_then(|_| {
        let dir = resolve_data_dir(data_dir)?;
        let library = Library::load(&dir);
        let Some(found) = library.deck(deck_id) else {
            let ids: Vec<&str> = library.decks().iter().map(|d| d.deck.id.as_str()).collect();
            return Err(format!(
                "there is no deck `{deck_id}`; the decks are: {}",
                ids.join(", ")
            ));
        };
        write_deck_as(&found.deck, out)?;
        Ok(format!(
            "Wrote deck \"{}\" v{} ({}) to {}",
            found.deck.id,
            found.deck.version,
            cards(found.deck.cards.len()),
            out.display()
        ))
    });
    match result {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("reframe export: {e}");
            ExitCode::FAILURE
        }
    }
}
