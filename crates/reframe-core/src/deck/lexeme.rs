//! The smallest pieces of deck syntax: spaces and comments, text in its three spellings
//! (`"..."` with escapes, `r#"..."#`, `'c'`), and numbers. Text without escapes is borrowed
//! from the file, so reading a large deck allocates only what the deck keeps.

use super::syntax::{Head, Parsed, Parser, SyntaxError};
use std::borrow::Cow;

impl<'a> Parser<'a> {
    pub(super) fn skip_trivia(&mut self) -> Parsed<()> {
        loop {
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                self.pos += 1;
            }
            if self.peek() != Some(b'/') {
                return Ok(());
            }
            let start = self.pos;
            match self.b.get(start + 1) {
                Some(b'/') => {
                    let rest = &self.b[start..];
                    self.pos += memchr::memchr(b'\n', rest).unwrap_or(rest.len());
                }
                Some(b'*') => {
                    self.pos += 2;
                    let mut level = 1usize;
                    while level > 0 {
                        match (self.peek(), self.b.get(self.pos + 1)) {
                            (None, _) => {
                                return Err(
                                    self.err(start, "this comment `/*` is never closed with `*/`")
                                );
                            }
                            (Some(b'*'), Some(b'/')) => {
                                level -= 1;
                                self.pos += 2;
                            }
                            (Some(b'/'), Some(b'*')) => {
                                level += 1;
                                self.pos += 2;
                            }
                            _ => self.pos += 1,
                        }
                    }
                }
                _ => {
                    return Err(self.err(
                        start,
                        "a single `/` is not allowed here; comments start with `//` or `/*`",
                    ));
                }
            }
        }
    }

    pub(super) fn string(&mut self) -> Parsed<Cow<'a, str>> {
        let open = self.pos;
        let start = open + 1;
        let find =
            |b: &[u8], from: usize| memchr::memchr2(b'"', b'\\', &b[from..]).map(|i| from + i);
        let Some(i) = find(self.b, start) else {
            return Err(self.unterminated(open));
        };
        if self.b[i] == b'"' {
            self.pos = i + 1;
            self.last_text = (open, self.pos);
            return Ok(Cow::Borrowed(&self.src[start..i]));
        }
        let mut out = String::with_capacity(i - start + 16);
        out.push_str(&self.src[start..i]);
        self.pos = i;
        loop {
            self.escape(&mut out, open)?;
            let Some(j) = find(self.b, self.pos) else {
                return Err(self.unterminated(open));
            };
            out.push_str(&self.src[self.pos..j]);
            self.pos = j;
            if self.b[j] == b'"' {
                self.pos += 1;
                self.last_text = (open, self.pos);
                return Ok(Cow::Owned(out));
            }
        }
    }

    fn unterminated(&self, open: usize) -> SyntaxError {
        self.err(open, "this text is never closed: the `\"` here has no closing `\"` (a quote inside text must be written `\\\"`)")
    }

    /// Reads one escape (the cursor is on its `\`) and appends what it stands for.
    fn escape(&mut self, out: &mut String, open: usize) -> Parsed<()> {
        let at = self.pos;
        self.pos += 1;
        let Some(c) = self.peek() else {
            return Err(self.unterminated(open));
        };
        self.pos += 1;
        let simple = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'\'' => '\'',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'0' => '\0',
            b'\n' | b'\r' => {
                // A line continuation: the newline and the next line's indentation vanish.
                while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                    self.pos += 1;
                }
                return Ok(());
            }
            b'x' => {
                let hex = self.b.get(self.pos..self.pos + 2).and_then(hex_digits);
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) if v < 0x80 => {
                        self.pos += 2;
                        v as char
                    }
                    _ => return Err(self.err(at, "`\\x` needs two hex digits from 00 to 7F; for other characters write them as they are or use `\\u{...}`")),
                }
            }
            b'u' => {
                let rest = &self.b[self.pos..];
                let close = rest.iter().take(8).position(|&c| c == b'}');
                let code = match (rest.first(), close) {
                    (Some(b'{'), Some(end)) if end >= 2 => hex_digits(&rest[1..end])
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .and_then(char::from_u32)
                        .map(|ch| (ch, end + 1)),
                    _ => None,
                };
                let Some((ch, len)) = code else {
                    return Err(self.err(at, "a `\\u` escape must look like `\\u{e9}`: 1 to 6 hex digits naming a Unicode character"));
                };
                self.pos += len;
                ch
            }
            _ => {
                let shown = self.src[at..].chars().take(2).collect::<String>();
                return Err(self.err(
                    at,
                    format!("unknown escape `{shown}` in text; the escapes are \\\" \\\\ \\n \\t \\r \\0 \\' \\xHH and \\u{{...}}"),
                ));
            }
        };
        out.push(simple);
        Ok(())
    }

    /// `r"..."`, `r#"..."#`: no escapes, ends at a quote followed by as many `#` as it opened with.
    pub(super) fn raw_string(&mut self) -> Parsed<&'a str> {
        let open = self.pos;
        self.pos += 1;
        let hashes = self.b[self.pos..]
            .iter()
            .take_while(|&&c| c == b'#')
            .count();
        self.pos += hashes;
        if self.peek() != Some(b'"') {
            return Err(self.err(
                open,
                "a raw string starts `r\"` or `r#\"`; the `\"` is missing",
            ));
        }
        let start = self.pos + 1;
        let mut from = start;
        loop {
            let Some(q) = memchr::memchr(b'"', &self.b[from..]).map(|i| from + i) else {
                return Err(self.err(
                    open,
                    format!(
                        "this raw text is never closed: it needs a `\"` followed by {hashes} `#`"
                    ),
                ));
            };
            let closing = self.b[q + 1..]
                .iter()
                .take(hashes)
                .take_while(|&&c| c == b'#')
                .count();
            if closing == hashes {
                self.pos = q + 1 + hashes;
                return Ok(&self.src[start..q]);
            }
            from = q + 1;
        }
    }

    pub(super) fn char_literal(&mut self) -> Parsed<()> {
        let open = self.pos;
        self.pos += 1;
        let mut scratch = String::new();
        match self.peek() {
            Some(b'\\') => self.escape(&mut scratch, open)?,
            Some(_) => {
                self.pos += self.src[self.pos..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8)
            }
            None => {}
        }
        if self.peek() != Some(b'\'') {
            return Err(self.err(
                open,
                "text must be in double quotes (\"...\"); single quotes hold one character",
            ));
        }
        self.pos += 1;
        Ok(())
    }

    pub(super) fn number(&mut self) -> Parsed<Head<'a>> {
        let at = self.pos;
        if matches!(self.peek(), Some(b'-' | b'+')) {
            self.pos += 1;
        }
        while let Some(c) = self.peek() {
            let exponent_sign =
                matches!(c, b'+' | b'-') && matches!(self.b[self.pos - 1], b'e' | b'E');
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign {
                self.pos += 1;
            } else {
                break;
            }
        }
        let raw = &self.src[at..self.pos];
        classify_number(raw).ok_or_else(|| self.err(at, format!("`{raw}` is not a number")))
    }
}

/// The bytes as text if they are all hex digits (`from_str_radix` alone would accept a `+`).
fn hex_digits(bytes: &[u8]) -> Option<&str> {
    if bytes.iter().all(u8::is_ascii_hexdigit) {
        std::str::from_utf8(bytes).ok()
    } else {
        None
    }
}

/// Whole numbers (decimal, `0x`, `0o`, `0b`, with `_`) or decimals; `None` if neither.
fn classify_number(raw: &str) -> Option<Head<'static>> {
    let (negative, body) = match raw.as_bytes().first() {
        Some(b'-') => (true, &raw[1..]),
        Some(b'+') => (false, &raw[1..]),
        _ => (false, raw),
    };
    let (radix, digits) = match body.get(..2) {
        Some("0x") => (16, &body[2..]),
        Some("0o") => (8, &body[2..]),
        Some("0b") => (2, &body[2..]),
        _ => (10, body),
    };
    if !digits.is_empty()
        && !digits.starts_with('_')
        && digits.chars().all(|c| c == '_' || c.is_digit(radix))
    {
        let mut n: i128 = 0;
        for d in digits.chars().filter_map(|c| c.to_digit(radix)) {
            n = n.saturating_mul(radix as i128).saturating_add(d as i128);
        }
        return Some(Head::Integer(if negative { -n } else { n }));
    }
    let plain: String = body.chars().filter(|&c| c != '_').collect();
    let decimal_like = plain
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'));
    (radix == 10 && decimal_like && plain.parse::<f64>().is_ok()).then_some(Head::Decimal)
}
