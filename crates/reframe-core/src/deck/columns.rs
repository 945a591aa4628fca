//! The columns of a spreadsheet deck and the header row that names them: the deck format's
//! field names, `foil`/`foil_why` for the foil, and `alt1`, `alt1_technique`, `alt1_note`, …
//! up to `alt5…` for the alternatives. Names are matched without regard to case, and a space
//! or `-` counts as `_` (`Foil why` is `foil_why`).

use super::MAX_ALTERNATIVES;
use super::rules::{closest, shorten};
use super::sheet::{Problems, Stop};
use super::validate::{AltPart, Field};
use std::collections::HashMap;

/// The columns a spreadsheet deck must have.
pub(super) const REQUIRED: [Field; 5] = [
    Field::Statement,
    Field::Response,
    Field::Technique,
    Field::Category,
    Field::Note,
];

/// Every column name, in the order export writes them (alternatives up to the fifth).
pub(super) fn all_columns(alternatives: usize) -> Vec<Field> {
    let mut out = vec![
        Field::Id,
        Field::Statement,
        Field::Response,
        Field::Technique,
        Field::Secondary,
        Field::Category,
        Field::Note,
        Field::Foil,
        Field::FoilWhy,
        Field::Tags,
        Field::Level,
    ];
    for index in 0..alternatives.min(MAX_ALTERNATIVES) {
        for part in [AltPart::Response, AltPart::Technique, AltPart::Note] {
            out.push(Field::Alternative { index, part });
        }
    }
    out
}

/// The field a header cell names, if any.
fn field_named(name: &str) -> Option<Field> {
    if name.len() > 32 {
        return None;
    }
    all_columns(MAX_ALTERNATIVES)
        .into_iter()
        .find(|f| f.name() == name)
}

/// `Foil why` → `foil_why`.
fn normalise(cell: &str) -> String {
    cell.trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Which column holds which field, read from the header row.
pub(super) struct Header {
    /// How many columns the header row has.
    pub width: usize,
    /// The 0-based column of each field the header names.
    index: HashMap<Field, usize>,
}

impl Header {
    /// Reads the header row at `line`; unknown, repeated and missing columns are reported.
    pub fn read(
        cells: &csv::StringRecord,
        line: usize,
        problems: &mut Problems,
    ) -> Result<Header, Stop> {
        let known: Vec<String> = all_columns(1).iter().map(|f| f.name()).collect();
        let list = format!("{} (and alt2… up to alt5…)", known.join(", "));
        let mut index: HashMap<Field, usize> = HashMap::new();
        for (i, cell) in cells.iter().enumerate() {
            let name = normalise(cell);
            if name.is_empty() {
                continue;
            }
            match field_named(&name) {
                Some(f) if index.contains_key(&f) => {
                    let first = index.get(&f).copied().unwrap_or(0);
                    problems.at(
                        line,
                        i + 1,
                        format!(
                            "`{name}` is given twice in the header row; the first is at column {}",
                            first + 1
                        ),
                    )?;
                }
                Some(f) => {
                    index.insert(f, i);
                }
                None => {
                    let hint = closest(&name, known.iter().map(String::as_str))
                        .map(|c| format!("did you mean `{c}`? "))
                        .unwrap_or_default();
                    problems.at(
                        line,
                        i + 1,
                        format!(
                            "unknown column `{}` in the header row; {hint}the columns are: {list}",
                            shorten(cell.trim())
                        ),
                    )?;
                }
            }
        }
        for field in REQUIRED {
            if !index.contains_key(&field) {
                problems.at(
                    line,
                    1,
                    format!(
                        "the header row has no `{}` column{}; the columns are: {list}",
                        field.name(),
                        field.purpose()
                    ),
                )?;
            }
        }
        Ok(Header {
            width: cells.len(),
            index,
        })
    }

    /// The 1-based column of a field, if the header has it.
    pub fn column_of(&self, field: Field) -> Option<usize> {
        self.index.get(&field).map(|i| i + 1)
    }

    /// The cell of `field` in a row ("" when the column is absent or the row is short).
    pub fn cell<'r>(&self, cells: &'r csv::StringRecord, field: Field) -> &'r str {
        self.column_of(field)
            .and_then(|c| cells.get(c - 1))
            .unwrap_or("")
    }
}

/// The separator whose split of a row names the most known columns, over the first 50 lines
/// that are not `#` lines (a header row is among them); the extension's separator when none
/// does better. Only the first 64 cells of a line count, so a huge line costs little.
pub(super) fn guess_separator(text: &str, default_sep: u8) -> u8 {
    let names: Vec<String> = all_columns(MAX_ALTERNATIVES)
        .iter()
        .map(|f| f.name())
        .collect();
    let score = |line: &str, sep: u8| {
        line.split(sep as char)
            .take(64)
            .filter(|c| c.len() <= 32 && names.contains(&normalise(c.trim().trim_matches('"'))))
            .count()
    };
    let lines = text
        .lines()
        .filter(|l| {
            !l.trim_start_matches(['"', '\u{feff}']).starts_with('#') && !l.trim().is_empty()
        })
        .take(50);
    let mut best = (0, default_sep);
    for line in lines {
        for sep in [default_sep, b',', b'\t', b';'] {
            let s = score(line, sep);
            if s > best.0 {
                best = (s, sep);
            }
        }
    }
    best.1
}
