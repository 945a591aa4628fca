//! Reads a deck file in the shape the format prescribes (Deck → cards → Card → Foil), checking
//! each value as it arrives and collecting every problem. Syntax errors stop the reading;
//! everything else is reported and reading goes on.

use super::Deck;
use super::rules::{closest, describe, id_problem, shorten, text_problem};
use super::syntax::{Head, Parser, Seq, Shape, SyntaxError, Value};
use std::borrow::Cow;

/// Reading stops after this many problems: an author fixes the first ones and checks again.
pub(super) const MAX_PROBLEMS: usize = 500;
pub const MAX_CARDS: usize = 200_000;
pub(super) const MAX_TITLE: usize = 120;
pub(super) const MAX_DESCRIPTION: usize = 2000;
pub(super) const MAX_CARD_TEXT: usize = 600;
pub(super) const MAX_NOTE: usize = 1000;

pub(super) const DECK_FIELDS: &[&str] = &[
    "format",
    "id",
    "title",
    "description",
    "author",
    "version",
    "language",
    "cards",
];
pub(super) const DECK_REQUIRED: &[usize] = &[0, 1, 2, 4, 5, 6, 7];
pub(super) const CARD_FIELDS: &[&str] = &[
    "id",
    "statement",
    "response",
    "technique",
    "secondary",
    "category",
    "note",
    "foil",
    "tags",
    "level",
    "alternatives",
];
pub(super) const CARD_REQUIRED: &[usize] = &[0, 1, 2, 3, 5, 6];
pub(super) const FOIL_FIELDS: &[&str] = &["text", "flaw"];
pub(super) const ALTERNATIVE_FIELDS: &[&str] = &["response", "technique", "note"];

/// One problem, at a byte offset where known.
#[derive(Debug)]
pub(super) struct Problem {
    pub at: Option<usize>,
    pub message: String,
    /// An earlier place the message refers to; rendered as "; the first is at line L, column C".
    pub first: Option<usize>,
}

pub(super) enum Halt {
    Syntax(SyntaxError),
    TooMany,
}

impl From<SyntaxError> for Halt {
    fn from(e: SyntaxError) -> Self {
        Halt::Syntax(e)
    }
}

pub(super) type Step<T> = Result<T, Halt>;

/// What a missing or empty field should hold, in an author's words.
pub(super) fn purpose(field: &str) -> &'static str {
    match field {
        "format" => " (write `format: 2`)",
        "id" => " (a stable id of lowercase letters, digits, `-`, `_` or `.`)",
        "title" => " (the name learners see)",
        "author" => " (who wrote the deck)",
        "version" => " (write `version: 1` and raise it with each release)",
        "language" => " (a language tag such as \"en\")",
        "cards" => " (a list `[Card(...), ...]`)",
        "statement" => " (what the client says)",
        "response" => " (the model response)",
        "technique" => " (the id of the response's main technique)",
        "category" => " (the id of the statement's category)",
        "note" => " (why the response works)",
        "text" => " (the tempting answer)",
        "flaw" => " (what is wrong with the tempting answer)",
        _ => "",
    }
}

pub(super) fn read_deck(src: &str) -> Result<Deck, Vec<Problem>> {
    let mut r = Reader {
        p: Parser::new(src),
        problems: Vec::new(),
        newer_format: None,
        format_2_field_at: None,
        in_alternative: false,
    };
    let outcome = r.deck();
    // A newer format explains every other surprise in the file, so it is the one thing said.
    if let Some(newer) = r.newer_format.take() {
        return Err(vec![newer]);
    }
    match outcome {
        Ok(Some(deck)) if r.problems.is_empty() => return Ok(deck),
        Ok(_) => {}
        Err(Halt::Syntax(e)) => r.problems.push(Problem {
            at: Some(e.at),
            message: e.message,
            first: None,
        }),
        Err(Halt::TooMany) => r.problems.push(Problem {
            at: None,
            message: format!("stopped after {MAX_PROBLEMS} problems; fix these and check again"),
            first: None,
        }),
    }
    if r.problems.is_empty() {
        r.problems.push(Problem {
            at: None,
            message: "the deck could not be read".into(),
            first: None,
        });
    }
    Err(r.problems)
}

pub(super) struct Reader<'a> {
    pub(super) p: Parser<'a>,
    pub(super) problems: Vec<Problem>,
    pub(super) newer_format: Option<Problem>,
    /// Where the first field of format 2 (`level`, `alternatives`) was met, to tell a
    /// format-1 deck that uses one.
    pub(super) format_2_field_at: Option<usize>,
    /// Inside an `Alternative(...)`: its `response` and `note` are not the card's.
    pub(super) in_alternative: bool,
}

impl<'a> Reader<'a> {
    /// What a missing or empty field should hold, where it is.
    fn purpose(&self, field: &str) -> &'static str {
        match field {
            "response" if self.in_alternative => " (another good answer to the statement)",
            "note" if self.in_alternative => " (what this other answer does)",
            _ => purpose(field),
        }
    }

    pub(super) fn report(&mut self, at: usize, message: String, first: Option<usize>) -> Step<()> {
        self.problems.push(Problem {
            at: Some(at),
            message,
            first,
        });
        if self.problems.len() >= MAX_PROBLEMS {
            Err(Halt::TooMany)
        } else {
            Ok(())
        }
    }

    pub(super) fn problem(&mut self, at: usize, message: String) -> Step<()> {
        self.report(at, message, None)
    }

    /// Reports a value of the wrong kind and reads past it.
    pub(super) fn wrong(&mut self, v: &Value, subject: &str, expected: &str) -> Step<()> {
        self.p.skip_rest(v)?;
        let mut message = format!(
            "{subject} should be {expected}, found {}",
            describe(&v.head)
        );
        if let Head::Text(t) = &v.head
            && expected.contains("number")
            && t.trim().parse::<f64>().is_ok()
        {
            message.push_str("; write numbers without quotes");
        }
        self.problem(v.at, message)
    }

    /// Opens `Name(...)` or `(...)` with named fields; anything else is reported and skipped.
    pub(super) fn open_struct(
        &mut self,
        v: &Value,
        name: &str,
        subject: &str,
    ) -> Step<Option<Seq>> {
        match v.head {
            Head::Open {
                name: given,
                shape: Shape::Struct,
            } => {
                if let Some(given) = given
                    && given != name
                {
                    self.problem(
                        v.at,
                        format!(
                            "expected `{name}(` or `(` here, found `{}(`",
                            shorten(given)
                        ),
                    )?;
                }
                Ok(Seq::of(v))
            }
            _ => {
                self.wrong(v, subject, &format!("`{name}(...)` with named fields"))?;
                Ok(None)
            }
        }
    }

    pub(super) fn open_list(
        &mut self,
        v: &Value,
        subject: &str,
        expected: &str,
    ) -> Step<Option<Seq>> {
        match v.head {
            Head::Open {
                name: None,
                shape: Shape::List,
            } => Ok(Seq::of(v)),
            _ => {
                self.wrong(v, subject, expected)?;
                Ok(None)
            }
        }
    }

    /// The index of the next known field; unknown and repeated fields are reported and skipped.
    pub(super) fn field(
        &mut self,
        seq: &mut Seq,
        fields: &[&str],
        what: &str,
        seen: &mut [Option<usize>],
    ) -> Step<Option<usize>> {
        while let Some((name, at)) = self.p.next_field(seq)? {
            let known = fields.iter().position(|&f| f == name);
            if let Some(i) = known
                && seen[i].is_none()
            {
                seen[i] = Some(at);
                return Ok(Some(i));
            }
            let v = self.p.value()?;
            self.p.skip_rest(&v)?;
            match known {
                Some(i) => self.report(
                    at,
                    format!("`{}` is given twice in {what}", shorten(name)),
                    seen[i],
                )?,
                None => {
                    let hint = closest(name, fields.iter().copied())
                        .map(|c| format!("did you mean `{c}`? "))
                        .unwrap_or_default();
                    let all = fields.join(", ");
                    self.problem(
                        at,
                        format!(
                            "unknown field `{}` in {what}; {hint}the fields are: {all}",
                            shorten(name)
                        ),
                    )?;
                }
            }
        }
        Ok(None)
    }

    pub(super) fn missing(
        &mut self,
        at: usize,
        who: impl Fn() -> String,
        seen: &[Option<usize>],
        fields: &[&str],
        required: &[usize],
    ) -> Step<()> {
        for &i in required {
            if seen[i].is_none() {
                self.problem(
                    at,
                    format!(
                        "{} has no `{}`{}",
                        who(),
                        fields[i],
                        self.purpose(fields[i])
                    ),
                )?;
            }
        }
        Ok(())
    }

    /// A text field, trimmed; `None` (reported) if it is not text, empty, or too long.
    pub(super) fn text(
        &mut self,
        field: &str,
        max: usize,
        may_be_empty: bool,
    ) -> Step<Option<String>> {
        Ok(self
            .text_at(field, max, may_be_empty)?
            .map(|(s, _)| s.into_owned()))
    }

    /// Like [`Self::text`], with the offset of the value for later checks; still borrowed
    /// from the file where it had no escapes.
    pub(super) fn text_at(
        &mut self,
        field: &str,
        max: usize,
        may_be_empty: bool,
    ) -> Step<Option<(Cow<'a, str>, usize)>> {
        let v = self.p.value()?;
        let Head::Text(t) = v.head else {
            self.wrong(&v, &format!("`{field}`"), "text in double quotes")?;
            return Ok(None);
        };
        if let Some(message) = text_problem(field, self.purpose(field), t.trim(), max, may_be_empty)
        {
            self.problem(v.at, message)?;
            return Ok(None);
        }
        let trimmed = match t {
            Cow::Borrowed(t) => Cow::Borrowed(t.trim()),
            Cow::Owned(t) if t.trim().len() == t.len() => Cow::Owned(t),
            Cow::Owned(t) => Cow::Owned(t.trim().to_owned()),
        };
        Ok(Some((trimmed, v.at)))
    }

    pub(super) fn id(&mut self, what: &str) -> Step<Option<(Cow<'a, str>, usize)>> {
        let Some((id, at)) = self.text_at("id", usize::MAX, false)? else {
            return Ok(None);
        };
        match id_problem(what, &id) {
            Some(message) => {
                self.problem(at, message)?;
                Ok(None)
            }
            None => Ok(Some((id, at))),
        }
    }
}
