//! Writes a deck as CSV or TSV that a spreadsheet opens safely and [`super::table`] reads back
//! to the same deck: metadata lines, a header row, one card per row, RFC 4180 quoting (the
//! `csv` crate quotes a cell only when it holds the separator, a quote or a line break), and
//! every cell a spreadsheet would run as a formula guarded with a leading `'`.

use super::columns::all_columns;
use super::sheet::guard;
use super::validate::{AltPart, Field};
use super::{Card, Deck, FORMAT_VERSION};

/// The deck as CSV (`sep` = `,`) or TSV (`sep` = tab), UTF-8 without a byte order mark,
/// lines ending in `\n`.
pub fn to_table(deck: &Deck, sep: u8) -> Vec<u8> {
    let mut out = csv::WriterBuilder::new()
        .delimiter(sep)
        .flexible(true)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::with_capacity(deck.cards.len() * 400 + 512));
    let mut meta = vec![
        ("title", deck.title.clone()),
        ("author", deck.author.clone()),
        ("language", deck.language.clone()),
        ("version", deck.version.to_string()),
        ("id", deck.id.clone()),
    ];
    if deck.format != FORMAT_VERSION {
        meta.push(("format", deck.format.to_string()));
    }
    if !deck.description.is_empty() {
        meta.push(("description", deck.description.clone()));
    }
    // Writing into a Vec cannot fail.
    for (key, value) in meta {
        let _ = out.write_record([format!("#{key}: {value}")]);
    }
    let alternatives = deck
        .cards
        .iter()
        .map(|c| c.alternatives.len())
        .max()
        .unwrap_or(0);
    let columns = all_columns(alternatives);
    let _ = out.write_record(columns.iter().map(|f| f.name()));
    let mut row: Vec<String> = Vec::with_capacity(columns.len());
    for card in &deck.cards {
        row.clear();
        row.extend(columns.iter().map(|&f| guard(&cell(card, f)).into_owned()));
        let _ = out.write_record(&row);
    }
    out.into_inner().unwrap_or_default()
}

/// The text of one field of a card, as its cell holds it.
fn cell(card: &Card, field: Field) -> String {
    let join = |items: Vec<&str>| items.join(" ");
    match field {
        Field::Id => card.id.clone(),
        Field::Statement => card.statement.clone(),
        Field::Response => card.response.clone(),
        Field::Technique => card.technique.id().into(),
        Field::Secondary => join(card.secondary.iter().map(|t| t.id()).collect()),
        Field::Category => card.category.id().into(),
        Field::Note => card.note.clone(),
        Field::Foil => card
            .foil
            .as_ref()
            .map(|f| f.text.clone())
            .unwrap_or_default(),
        Field::FoilWhy => card
            .foil
            .as_ref()
            .map(|f| f.flaw.clone())
            .unwrap_or_default(),
        Field::Tags => join(card.tags.iter().map(String::as_str).collect()),
        Field::Level => card.level.id().into(),
        Field::Alternative { index, part } => card
            .alternatives
            .get(index)
            .map(|a| match part {
                AltPart::Response => a.response.clone(),
                AltPart::Technique => a.technique.id().into(),
                AltPart::Note => a.note.clone(),
            })
            .unwrap_or_default(),
    }
}
