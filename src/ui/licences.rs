//! The licences About shows: Reframe's own (MIT or Apache-2.0, the learner's choice) and those
//! of every crate it is built from, read from `assets/licences/dependencies.tsv`. That file is
//! generated, never written by hand, by cargo-license 0.7:
//!
//! ```text
//! cargo license --tsv --all-features > assets/licences/dependencies.tsv
//! ```
//!
//! `tests/licences.rs` fails when `Cargo.lock` names a crate the file lacks.

/// The command that regenerates the list (README, "Licences").
pub const REGENERATE: &str =
    "cargo license --tsv --all-features > assets/licences/dependencies.tsv";

pub const MIT_TEXT: &str = include_str!("../../LICENSE-MIT");
pub const APACHE_TEXT: &str = include_str!("../../LICENSE-APACHE");
const DEPENDENCIES_TSV: &str = include_str!("../../assets/licences/dependencies.tsv");

/// One crate Reframe is built from (or tested with), and its licence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    pub name: &'static str,
    pub version: &'static str,
    pub authors: &'static str,
    /// An SPDX expression, e.g. `Apache-2.0 OR MIT`.
    pub licence: &'static str,
}

/// Every crate in the list but Reframe's own two, in the list's (alphabetical) order.
pub fn dependencies() -> Vec<Dependency> {
    DEPENDENCIES_TSV
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut f = line.split('\t');
            let (name, version, authors) = (f.next()?, f.next()?, f.next()?);
            let licence = f.nth(1)?;
            Some(Dependency {
                name,
                version,
                authors,
                licence: if licence.is_empty() {
                    "see the crate's licence file"
                } else {
                    licence
                },
            })
        })
        .filter(|d| !matches!(d.name, "reframe" | "reframe-core"))
        .collect()
}
