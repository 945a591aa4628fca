//! What spreadsheet decks (CSV, TSV) and Anki text exports share: turning bytes into checked
//! text, the separator, RFC 4180 quoting checked strictly (the `csv` crate then splits the
//! rows), the `#key: value` lines at the top, and problems at `file:row:column`.
//!
//! A row is the line a record starts on (what a text editor shows; the same as a
//! spreadsheet's row number unless a cell above holds a line break); a column is the cell's
//! number, counted from 1 (A = 1).

use super::read::MAX_PROBLEMS;
use super::{Diagnostic, TextRules, checked_text};

/// The most a cell may hold (64 KiB): every field's limit is far below it.
pub const MAX_CELL_BYTES: usize = 64 * 1024;

/// Reading stopped: too many problems. The list says so in its last line.
pub(super) struct Stop;

/// Problems found so far, with the file's name.
pub(super) struct Problems {
    path: String,
    list: Vec<Diagnostic>,
}

impl Problems {
    pub fn new(path: &str) -> Problems {
        Problems {
            path: path.to_string(),
            list: Vec::new(),
        }
    }

    /// A problem at a row and column (both from 1); `Err` once there are too many.
    pub fn at(&mut self, row: usize, col: usize, message: String) -> Result<(), Stop> {
        self.push(Some((row, col)), message)
    }

    /// A problem with the whole file.
    pub fn file(&mut self, message: String) -> Result<(), Stop> {
        self.push(None, message)
    }

    fn push(&mut self, position: Option<(usize, usize)>, message: String) -> Result<(), Stop> {
        self.list.push(Diagnostic {
            path: self.path.clone(),
            position,
            message,
        });
        if self.list.len() >= MAX_PROBLEMS {
            Err(Stop)
        } else {
            Ok(())
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn count(&self) -> usize {
        self.list.len()
    }

    /// The list, sorted by place, with the "stopped" line last when reading stopped.
    pub fn finish(mut self, stopped: bool) -> Vec<Diagnostic> {
        self.list
            .sort_by_key(|d| d.position.unwrap_or((usize::MAX, usize::MAX)));
        if stopped {
            self.list.push(Diagnostic {
                path: self.path.clone(),
                position: None,
                message: format!(
                    "stopped after {MAX_PROBLEMS} problems; fix these and check again"
                ),
            });
        }
        self.list
    }
}

/// The file's bytes as text: at most 64 MiB, UTF-8 (a leading byte order mark dropped), no
/// binary data. Problems point at the row and cell of the bad byte.
pub(super) fn text_of<'a>(bytes: &'a [u8], path: &str) -> Result<&'a str, Vec<Diagnostic>> {
    let rules = TextRules {
        locate,
        what: "text file",
        binary_advice: "save the sheet as CSV or tab-separated text",
        utf8_advice: " (in a spreadsheet: \"CSV UTF-8\")",
    };
    checked_text(bytes, path, &rules)
}

/// The 1-based line and cell of a byte offset, counting cells by any of the usual separators
/// (tab, comma, semicolon) outside quotes: used only for a bad byte, before the separator is known.
fn locate(bytes: &[u8], offset: usize) -> (usize, usize) {
    let (mut line, mut col, mut quoted) = (1, 1, false);
    for &b in &bytes[..offset.min(bytes.len())] {
        match b {
            b'"' => quoted = !quoted,
            b'\n' => {
                line += 1;
                if !quoted {
                    col = 1;
                }
            }
            b'\t' | b',' | b';' if !quoted => col += 1,
            _ => {}
        }
    }
    (line, col)
}

/// A separator named in a `#separator:` line: Anki's names or a single character.
pub(super) fn separator_named(name: &str) -> Option<u8> {
    match name.trim().to_ascii_lowercase().as_str() {
        "tab" | "\\t" => Some(b'\t'),
        "comma" | "," => Some(b','),
        "semicolon" | ";" => Some(b';'),
        "pipe" | "|" => Some(b'|'),
        "colon" | ":" => Some(b':'),
        "space" => Some(b' '),
        _ => None,
    }
}

/// Readable name of a separator, for messages.
pub(super) fn separator_word(sep: u8) -> &'static str {
    match sep {
        b'\t' => "tab",
        b',' => "comma",
        b';' => "semicolon",
        b'|' => "pipe",
        b':' => "colon",
        _ => "space",
    }
}

/// The value of a `#separator:` line among the `#` lines at the top, if any.
pub(super) fn declared_separator(text: &str) -> Option<Result<u8, String>> {
    for line in text.lines() {
        let line = line.trim_start_matches('"');
        let rest = line.strip_prefix('#')?;
        if let Some((key, value)) = rest.split_once(':')
            && key.trim().eq_ignore_ascii_case("separator")
        {
            let value = value.trim_end_matches(['\r', '"']);
            return Some(separator_named(value).ok_or_else(|| {
                format!(
                    "unknown separator `{}` in `#separator:`; write tab, comma, semicolon, pipe, colon or space",
                    super::rules::shorten(value.trim())
                )
            }));
        }
    }
    None
}

/// One record with the line it starts on.
pub(super) struct Row {
    pub line: usize,
    pub cells: csv::StringRecord,
}

/// Checks quoting strictly (RFC 4180) and reports the first place it is broken: a quote in
/// a cell that does not start with one, text after a closing quote, a quote never closed, or
/// a byte order mark at the start of a line (two files joined). The `csv` crate would accept
/// these silently and read something else than the author meant.
pub(super) fn check_quoting(text: &str, sep: u8) -> Result<(), (usize, usize, String)> {
    let b = text.as_bytes();
    let (mut line, mut col, mut i) = (1usize, 1usize, 0usize);
    let mut field_start = true;
    while i < b.len() {
        let c = b[i];
        if field_start && c == b'"' {
            let (open_line, open_col) = (line, col);
            i += 1;
            // Inside quotes: find the closing quote; `""` is a quote in the text.
            loop {
                let Some(q) = memchr::memchr(b'"', &b[i..]) else {
                    return Err((
                        open_line,
                        open_col,
                        "this cell opens a double quote that is never closed; add the closing `\"` (a quote inside a quoted cell is written twice: `\"\"`)".into(),
                    ));
                };
                line += memchr::memchr_iter(b'\n', &b[i..i + q]).count();
                i += q + 1;
                if b.get(i) == Some(&b'"') {
                    i += 1;
                    continue;
                }
                break;
            }
            match b.get(i) {
                None | Some(b'\r' | b'\n') => {}
                Some(&c) if c == sep => {}
                Some(_) => {
                    let after: String = text[i..]
                        .chars()
                        .take_while(|c| !matches!(c, '\r' | '\n'))
                        .take(12)
                        .collect();
                    return Err((
                        line,
                        col,
                        format!(
                            "after the closing quote of this cell comes `{after}`; a quote inside a quoted cell is written twice (`\"\"`), and the cell ends at its closing quote"
                        ),
                    ));
                }
            }
            field_start = false;
            continue;
        }
        match c {
            b'"' => {
                return Err((
                    line,
                    col,
                    "a double quote inside a cell that does not start with one; put the whole cell in double quotes and write the quote twice: \"He said \"\"no\"\"\"".into(),
                ));
            }
            b'\n' => {
                line += 1;
                col = 1;
                field_start = true;
                if b[i + 1..].starts_with("\u{feff}".as_bytes()) {
                    return Err((
                        line,
                        1,
                        "a byte order mark (U+FEFF) starts this line, as where two files were joined; remove it".into(),
                    ));
                }
            }
            b'\r' => {
                if b.get(i + 1) != Some(&b'\n') {
                    line += 1;
                    col = 1;
                }
                field_start = true;
            }
            c if c == sep => {
                col += 1;
                field_start = true;
            }
            _ => field_start = false,
        }
        i += 1;
    }
    Ok(())
}

/// Every record, with the line it starts on; blank lines are skipped. The text has passed
/// [`check_quoting`], so the `csv` crate reads exactly what the author wrote.
pub(super) fn rows(text: &str, sep: u8) -> impl Iterator<Item = Row> + '_ {
    let reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    // Lines are counted here from each record's byte offset, one pass over the text in all.
    let (mut counted_to, mut line) = (0usize, 1usize);
    reader.into_records().filter_map(move |r| {
        // The text is UTF-8 and the rows may have any length, so reading cannot fail.
        let cells = r.ok()?;
        // The crate's offset is where the previous record ended; line ends (and blank lines)
        // before this record's first byte are skipped here.
        let mut start = cells
            .position()
            .map_or(counted_to, |p| p.byte() as usize)
            .clamp(counted_to, text.len());
        let bytes = text.as_bytes();
        while bytes.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            start += 1;
        }
        line += memchr::memchr_iter(b'\n', &text.as_bytes()[counted_to..start]).count();
        counted_to = start;
        Some(Row { line, cells })
    })
}

/// A `#key: value` line: the key (lowercase, trimmed) and the value (trimmed). Cells after
/// the first are part of the value (a spreadsheet splits `#title: A, B` at the comma).
pub(super) fn metadata(cells: &csv::StringRecord, sep: u8) -> Option<(String, String)> {
    let first = cells.get(0)?;
    let rest = first.strip_prefix('#')?;
    let (key, value) = rest.split_once(':').unwrap_or((rest, ""));
    let mut value = value.to_string();
    let cells: Vec<&str> = cells.iter().collect();
    let last = cells.iter().rposition(|c| !c.is_empty()).unwrap_or(0);
    for cell in cells.iter().take(last + 1).skip(1) {
        value.push(sep as char);
        value.push_str(cell);
    }
    Some((key.trim().to_ascii_lowercase(), value.trim().to_string()))
}

/// Undoes the export's guard against formulas: `'=SUM(A1)` was written for `=SUM(A1)`.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if starts_like_formula(rest.trim_start_matches('\'')) => rest,
        _ => cell,
    }
}

/// A cell a spreadsheet would run as a formula: it starts with `=`, `+`, `-`, `@`, tab or
/// carriage return. Export writes it with a `'` in front (and one more `'` in front of a cell
/// that already starts with `'`s before such a character, so reading gives back the text).
pub fn guard(cell: &str) -> std::borrow::Cow<'_, str> {
    if starts_like_formula(cell.trim_start_matches('\'')) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

fn starts_like_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_problems_are_found_where_they_are() {
        assert_eq!(
            check_quoting("a,\"b,\"\"c\"\"\"\n\"x\ny\",z\r\n", b','),
            Ok(())
        );
        let (line, col, m) = check_quoting("a,b\nc,He said \"no\"\n", b',').unwrap_err();
        assert_eq!((line, col), (2, 2));
        assert!(m.contains("does not start with one"), "{m}");
        let (line, col, m) = check_quoting("a,\"b\" c\n", b',').unwrap_err();
        assert_eq!((line, col), (1, 2));
        assert!(m.contains("after the closing quote"), "{m}");
        let (line, col, m) = check_quoting("a\n\"b,c\nd\n", b',').unwrap_err();
        assert_eq!((line, col), (2, 1));
        assert!(m.contains("never closed"), "{m}");
        let (line, _, m) = check_quoting("a\n\u{feff}b\n", b',').unwrap_err();
        assert_eq!(line, 2);
        assert!(m.contains("byte order mark"), "{m}");
    }

    #[test]
    fn rows_know_their_line_and_blank_lines_are_skipped() {
        let rows: Vec<(usize, Vec<String>)> = rows("a;b\r\n\r\n\"x\ny\";z\n", b';')
            .map(|r| (r.line, r.cells.iter().map(String::from).collect()))
            .collect();
        assert_eq!(
            rows,
            [
                (1, vec!["a".into(), "b".into()]),
                (3, vec!["x\ny".into(), "z".into()])
            ]
        );
    }

    #[test]
    fn formulas_are_guarded_and_unguarded() {
        for text in [
            "=SUM(A1)", "+1", "-- fine", "@me", "'=x", "''+", "plain", "'quoted'",
        ] {
            assert_eq!(unguard(&guard(text)), text, "{text}");
        }
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("it's"), "it's");
    }

    #[test]
    fn bad_bytes_point_at_row_and_cell() {
        let d = text_of(b"a,b\nc,caf\xE9\n", "x.csv").unwrap_err();
        assert_eq!(d[0].position, Some((2, 2)));
        assert!(d[0].message.contains("not UTF-8"));
        let d = text_of(b"a\tb\nc\t\0\n", "x.tsv").unwrap_err();
        assert_eq!(d[0].position, Some((2, 2)));
        assert_eq!(text_of(b"\xEF\xBB\xBFa,b", "x.csv").ok(), Some("a,b"));
    }
}
