//! The RON subset deck files are written in, read token by token over the source with byte
//! offsets, so the schema reader (`read.rs`) can pull exactly the values it expects and every
//! problem keeps its position. No tree is built: memory stays at the size of the finished deck.

use super::position::line_col;
use super::rules::shorten;
use std::borrow::Cow;

/// How deep brackets may nest. A deck needs 5 (`Deck(cards: [Card(foil: Some(Foil(`).
pub(super) const MAX_DEPTH: usize = 32;

/// A syntax error: reading cannot go on after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SyntaxError {
    pub at: usize,
    pub message: String,
}

pub(super) type Parsed<T> = Result<T, SyntaxError>;

/// What a value turned out to be. Compound values are only opened; their contents are read
/// with [`Parser::next_field`] / [`Parser::next_item`], or skipped with [`Parser::skip_rest`].
#[derive(Debug)]
pub(super) enum Head<'a> {
    Text(Cow<'a, str>),
    /// A whole number; saturates far outside any range a deck uses.
    Integer(i128),
    Decimal,
    Char,
    /// A bare name such as `None`, `true` or `SimpleReflection`.
    Name(&'a str),
    Open {
        name: Option<&'a str>,
        shape: Shape,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// `(field: value, ...)`, possibly named.
    Struct,
    /// `(value, ...)`, possibly named, e.g. `Some(...)`.
    Tuple,
    /// `[value, ...]`.
    List,
}

#[derive(Debug)]
pub(super) struct Value<'a> {
    /// Offset of the value's first character (the name, for `Name(`).
    pub at: usize,
    pub head: Head<'a>,
}

/// An opened struct, tuple or list being read item by item.
pub(super) struct Seq {
    at: usize,
    shape: Shape,
    started: bool,
}

impl Seq {
    pub fn of(value: &Value) -> Option<Seq> {
        match value.head {
            Head::Open { shape, .. } => Some(Seq {
                at: value.at,
                shape,
                started: false,
            }),
            _ => None,
        }
    }
}

pub(super) struct Parser<'a> {
    pub(super) src: &'a str,
    pub(super) b: &'a [u8],
    pub(super) pos: usize,
    depth: usize,
    /// Where the last `"..."` text opened and ended, to explain a runaway text.
    pub(super) last_text: (usize, usize),
}

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

impl<'a> Parser<'a> {
    pub fn new(src: &'a str) -> Self {
        Parser {
            src,
            b: src.as_bytes(),
            pos: 0,
            depth: 0,
            last_text: (0, 0),
        }
    }

    pub(super) fn err(&self, at: usize, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            at,
            message: message.into(),
        }
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn at_text(&self, at: usize) -> String {
        let (line, col) = line_col(self.src, at);
        format!("line {line}, column {col}")
    }

    /// A short description of the token at `at`, for "found ..." in messages.
    pub(super) fn token_at(&self, at: usize) -> String {
        match self.b.get(at) {
            None => "the end of the file".into(),
            Some(&c) if is_ident_start(c) => {
                let end = at
                    + self.b[at..]
                        .iter()
                        .take_while(|&&c| is_ident_char(c))
                        .count();
                format!("`{}`", shorten(&self.src[at..end]))
            }
            Some(b'"') => "text in quotes".into(),
            Some(_) => match self.src[at..].chars().next() {
                Some(c) if c.is_control() || c.is_whitespace() => format!("the character {c:?}"),
                Some(c) => format!("`{c}`"),
                None => "the end of the file".into(),
            },
        }
    }

    /// Skips spaces, newlines, `// line` and (nestable) `/* block */` comments.
    fn ident(&mut self) -> &'a str {
        let start = self.pos;
        while self.peek().is_some_and(is_ident_char) {
            self.pos += 1;
        }
        &self.src[start..self.pos]
    }

    fn enter(&mut self, at: usize) -> Parsed<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(
                at,
                format!("brackets are nested more than {MAX_DEPTH} levels deep here; a deck needs at most 5"),
            ));
        }
        Ok(())
    }

    /// After a `(`: decides between struct and tuple by looking for `name:` ahead.
    fn open_paren(&mut self, at: usize) -> Parsed<Shape> {
        self.enter(at)?;
        let save = self.pos;
        self.skip_trivia()?;
        let shape = match self.peek() {
            Some(b')') => Shape::Struct,
            Some(c) if is_ident_start(c) && !self.at_raw_string() => {
                self.ident();
                self.skip_trivia()?;
                let colon = self.peek() == Some(b':') && self.b.get(self.pos + 1) != Some(&b':');
                if colon { Shape::Struct } else { Shape::Tuple }
            }
            _ => Shape::Tuple,
        };
        self.pos = save;
        Ok(shape)
    }

    fn at_raw_string(&self) -> bool {
        self.peek() == Some(b'r') && matches!(self.b.get(self.pos + 1), Some(b'"' | b'#'))
    }

    /// Reads the start of the next value (all of it, unless it is a struct, tuple or list).
    pub fn value(&mut self) -> Parsed<Value<'a>> {
        self.skip_trivia()?;
        let at = self.pos;
        let Some(c) = self.peek() else {
            return Err(self.err(at, "the file ends where a value was expected"));
        };
        let head = match c {
            b'"' => Head::Text(self.string()?),
            b'r' if self.at_raw_string() => Head::Text(Cow::Borrowed(self.raw_string()?)),
            b'\'' => {
                self.char_literal()?;
                Head::Char
            }
            b'0'..=b'9' | b'-' | b'+' | b'.' => self.number()?,
            b'(' => {
                self.pos += 1;
                Head::Open {
                    name: None,
                    shape: self.open_paren(at)?,
                }
            }
            b'[' => {
                self.pos += 1;
                self.enter(at)?;
                Head::Open {
                    name: None,
                    shape: Shape::List,
                }
            }
            c if is_ident_start(c) => {
                let name = self.ident();
                let after = self.pos;
                self.skip_trivia()?;
                match self.peek() {
                    Some(b'(') => {
                        self.pos += 1;
                        Head::Open {
                            name: Some(name),
                            shape: self.open_paren(at)?,
                        }
                    }
                    Some(b'[' | b'{') => {
                        let found = self.token_at(self.pos);
                        return Err(self.err(
                            self.pos,
                            format!(
                                "expected `(` or `,` after `{}`, found {found}",
                                shorten(name)
                            ),
                        ));
                    }
                    _ => {
                        self.pos = after;
                        Head::Name(name)
                    }
                }
            }
            b'{' => {
                return Err(self.err(at, "`{` starts a map, which deck files do not use; write `Name(field: value, ...)` or a list `[...]`"));
            }
            _ => {
                let found = self.token_at(at);
                let curly = self.src[at..].starts_with(['“', '”', '‘', '’']);
                let message = if curly {
                    format!(
                        "found {found}: curly quotes are not quotes in a deck file; write text in straight double quotes \"...\""
                    )
                } else {
                    format!(
                        "expected a value (text in double quotes, a number, `[`, `(` or a name), found {found}"
                    )
                };
                return Err(self.err(at, message));
            }
        };
        Ok(Value { at, head })
    }

    /// Moves past the `,` before the next item, or the closing bracket. `Ok(true)` means an
    /// item follows.
    fn seq_continue(&mut self, seq: &mut Seq) -> Parsed<bool> {
        let close = if seq.shape == Shape::List { b']' } else { b')' };
        self.skip_trivia()?;
        if seq.started {
            match self.peek() {
                Some(c) if c == close => {}
                Some(b',') => {
                    self.pos += 1;
                    self.skip_trivia()?;
                }
                None => return Err(self.unclosed(seq, close)),
                Some(_) => {
                    let found = self.token_at(self.pos);
                    let expected = format!("`,` or `{}`", close as char);
                    return Err(self.runaway_text(&expected, &found).unwrap_or_else(|| {
                        let hint = "is a comma missing before it?";
                        self.err(
                            self.pos,
                            format!("expected {expected}, found {found}; {hint}"),
                        )
                    }));
                }
            }
        }
        seq.started = true;
        match self.peek() {
            Some(c) if c == close => {
                self.pos += 1;
                self.depth -= 1;
                Ok(false)
            }
            None => Err(self.unclosed(seq, close)),
            Some(_) => Ok(true),
        }
    }

    fn unclosed(&self, seq: &Seq, close: u8) -> SyntaxError {
        let name_len = self.b[seq.at..]
            .iter()
            .take_while(|&&c| is_ident_char(c))
            .count();
        let open = if seq.shape == Shape::List { "[" } else { "(" };
        let name = shorten(&self.src[seq.at..seq.at + name_len]);
        let place = self.at_text(seq.at);
        let close = close as char;
        let message = format!(
            "the file ends before `{name}{open}` ({place}) is closed; a `{close}` is missing"
        );
        self.err(self.pos, message)
    }

    /// A syntax error just after a text that ran over a line end most likely means that
    /// text's closing quote is missing: say so at its opening quote.
    fn runaway_text(&self, expected: &str, found: &str) -> Option<SyntaxError> {
        let (open, end) = self.last_text;
        let between = self.b.get(end..self.pos)?;
        let spans_lines = memchr::memchr(b'\n', self.b.get(open..end)?).is_some();
        if end == 0 || !spans_lines || !between.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        let place = self.at_text(self.pos);
        let message = format!(
            "this text runs past the end of its line, and at {place} {found} follows it where {expected} belongs; is the text's closing `\"` missing?"
        );
        Some(self.err(open, message))
    }

    /// The next `name:` in a struct, with the name's offset, or `None` after its `)`.
    pub fn next_field(&mut self, seq: &mut Seq) -> Parsed<Option<(&'a str, usize)>> {
        if !self.seq_continue(seq)? {
            return Ok(None);
        }
        let at = self.pos;
        if !self.peek().is_some_and(is_ident_start) || self.at_raw_string() {
            let found = self.token_at(at);
            let expected = "a field name such as `id:` or a `)`";
            return Err(self
                .runaway_text(expected, &found)
                .unwrap_or_else(|| self.err(at, format!("expected {expected}, found {found}"))));
        }
        let name = self.ident();
        self.skip_trivia()?;
        if self.peek() != Some(b':') {
            let found = self.token_at(self.pos);
            let name = shorten(name);
            // `Card(` where a field belongs: the previous struct was never closed.
            let hint = if self.peek() == Some(b'(') {
                format!("; is the `)` that closes the previous value missing before `{name}(`?")
            } else {
                String::new()
            };
            let message =
                format!("expected `:` after the field name `{name}`, found {found}{hint}");
            return Err(self.err(self.pos, message));
        }
        self.pos += 1;
        Ok(Some((name, at)))
    }

    /// Whether another item follows in a list or tuple (`false` after its closing bracket).
    pub fn next_item(&mut self, seq: &mut Seq) -> Parsed<bool> {
        self.seq_continue(seq)
    }

    /// Reads (and checks the syntax of) the rest of a value whose head was already read.
    pub fn skip_rest(&mut self, value: &Value) -> Parsed<()> {
        let Some(mut seq) = Seq::of(value) else {
            return Ok(());
        };
        self.skip_seq(&mut seq)
    }

    /// Reads the rest of an opened struct, tuple or list. Recursion is bounded by `MAX_DEPTH`.
    pub fn skip_seq(&mut self, seq: &mut Seq) -> Parsed<()> {
        loop {
            let more = if seq.shape == Shape::Struct {
                self.next_field(seq)?.is_some()
            } else {
                self.next_item(seq)?
            };
            if !more {
                return Ok(());
            }
            let v = self.value()?;
            self.skip_rest(&v)?;
        }
    }

    /// Checks that nothing but comments follows the deck.
    /// Whether only spaces and comments are left.
    pub fn at_end(&mut self) -> Parsed<bool> {
        self.skip_trivia()?;
        Ok(self.pos >= self.b.len())
    }

    pub fn end(&mut self) -> Parsed<()> {
        self.skip_trivia()?;
        if self.pos < self.b.len() {
            let found = self.token_at(self.pos);
            return Err(self.err(
                self.pos,
                format!("found {found} after the end of the deck; a file holds one `Deck(...)`"),
            ));
        }
        Ok(())
    }
}
