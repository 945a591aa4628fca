//! Reads a deck file in the shape the format prescribes (Deck → cards → Card → Foil), checking
//! each value as it arrives and collecting every problem. Syntax errors stop the reading;
//! everything else is reported and reading goes on.

use super::rules::{MAX_TAGS, closest, describe, id_problem, is_language_tag, kebab, tag_problem};
use super::syntax::{Head, Parser, Seq, Shape, SyntaxError, Value};
use super::{Card, Deck, FORMAT_VERSION, Foil};
use crate::mi::{Category, Technique};
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// Reading stops after this many problems: an author fixes the first ones and checks again.
pub(super) const MAX_PROBLEMS: usize = 500;
pub const MAX_CARDS: usize = 200_000;
const MAX_TITLE: usize = 120;
const MAX_DESCRIPTION: usize = 2000;
const MAX_CARD_TEXT: usize = 600;
const MAX_NOTE: usize = 1000;

const DECK_FIELDS: &[&str] = &[
    "format",
    "id",
    "title",
    "description",
    "author",
    "version",
    "language",
    "cards",
];
const DECK_REQUIRED: &[usize] = &[0, 1, 2, 4, 5, 6, 7];
const CARD_FIELDS: &[&str] = &[
    "id",
    "statement",
    "response",
    "technique",
    "secondary",
    "category",
    "note",
    "foil",
    "tags",
];
const CARD_REQUIRED: &[usize] = &[0, 1, 2, 3, 5, 6];
const FOIL_FIELDS: &[&str] = &["text", "flaw"];

/// One problem, at a byte offset where known.
#[derive(Debug)]
pub(super) struct Problem {
    pub at: Option<usize>,
    pub message: String,
    /// An earlier place the message refers to; rendered as "; the first is at line L, column C".
    pub first: Option<usize>,
}

enum Halt {
    Syntax(SyntaxError),
    TooMany,
}

impl From<SyntaxError> for Halt {
    fn from(e: SyntaxError) -> Self {
        Halt::Syntax(e)
    }
}

type Step<T> = Result<T, Halt>;

/// What a missing or empty field should hold, in an author's words.
fn purpose(field: &str) -> &'static str {
    match field {
        "format" => " (write `format: 1`)",
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

struct Reader<'a> {
    p: Parser<'a>,
    problems: Vec<Problem>,
    newer_format: Option<Problem>,
}

impl<'a> Reader<'a> {
    fn report(&mut self, at: usize, message: String, first: Option<usize>) -> Step<()> {
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

    fn problem(&mut self, at: usize, message: String) -> Step<()> {
        self.report(at, message, None)
    }

    /// Reports a value of the wrong kind and reads past it.
    fn wrong(&mut self, v: &Value, subject: &str, expected: &str) -> Step<()> {
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
    fn open_struct(&mut self, v: &Value, name: &str, subject: &str) -> Step<Option<Seq>> {
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
                        format!("expected `{name}(` or `(` here, found `{given}(`"),
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

    fn open_list(&mut self, v: &Value, subject: &str, expected: &str) -> Step<Option<Seq>> {
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
    fn field(
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
                Some(i) => {
                    self.report(at, format!("`{name}` is given twice in {what}"), seen[i])?
                }
                None => {
                    let hint = closest(name, fields.iter().copied())
                        .map(|c| format!("did you mean `{c}`? "))
                        .unwrap_or_default();
                    let all = fields.join(", ");
                    self.problem(
                        at,
                        format!("unknown field `{name}` in {what}; {hint}the fields are: {all}"),
                    )?;
                }
            }
        }
        Ok(None)
    }

    fn missing(
        &mut self,
        at: usize,
        who: &str,
        seen: &[Option<usize>],
        fields: &[&str],
        required: &[usize],
    ) -> Step<()> {
        for &i in required {
            if seen[i].is_none() {
                self.problem(
                    at,
                    format!("{who} has no `{}`{}", fields[i], purpose(fields[i])),
                )?;
            }
        }
        Ok(())
    }

    fn deck(&mut self) -> Step<Option<Deck>> {
        let v = self.p.value()?;
        if !matches!(
            v.head,
            Head::Open {
                shape: Shape::Struct,
                ..
            }
        ) {
            let found = describe(&v.head);
            let message =
                format!("a deck file holds one `Deck(...)` with named fields; found {found}");
            return Err(Halt::Syntax(SyntaxError { at: v.at, message }));
        }
        let Some(mut seq) = self.open_struct(&v, "Deck", "the file")? else {
            return Ok(None);
        };
        let mut seen = [None; 8];
        let (mut format, mut id, mut title, mut author, mut version, mut language, mut cards) =
            (None, None, None, None, None, None, None);
        let mut description = Some(String::new());
        while let Some(i) = self.field(&mut seq, DECK_FIELDS, "the deck", &mut seen)? {
            match i {
                0 => format = self.format()?,
                1 => id = self.id("deck id")?.map(|(id, _)| id),
                2 => title = self.text("title", MAX_TITLE, false)?,
                3 => description = self.text("description", MAX_DESCRIPTION, true)?,
                4 => author = self.text("author", MAX_TITLE, false)?,
                5 => version = self.version()?,
                6 => language = self.language()?,
                _ => cards = self.cards()?,
            }
        }
        self.p.end()?;
        self.missing(v.at, "the deck", &seen, DECK_FIELDS, DECK_REQUIRED)?;
        let (
            Some(format),
            Some(id),
            Some(title),
            Some(description),
            Some(author),
            Some(version),
            Some(language),
            Some(cards),
        ) = (
            format,
            id,
            title,
            description,
            author,
            version,
            language,
            cards,
        )
        else {
            return Ok(None);
        };
        Ok(Some(Deck {
            format,
            id,
            title,
            description,
            author,
            version,
            language,
            cards,
        }))
    }

    fn format(&mut self) -> Step<Option<u32>> {
        let v = self.p.value()?;
        let current = i128::from(FORMAT_VERSION);
        match v.head {
            Head::Integer(n) if n == current => return Ok(Some(FORMAT_VERSION)),
            Head::Integer(n) if n > current => {
                let message = format!(
                    "this deck was made for a newer Reframe (format {n}); this program reads format {FORMAT_VERSION} — update Reframe"
                );
                self.newer_format = Some(Problem {
                    at: Some(v.at),
                    message,
                    first: None,
                });
            }
            Head::Integer(n) => self.problem(
                v.at,
                format!("`format` is {n}; write `format: {FORMAT_VERSION}`"),
            )?,
            _ => self.wrong(&v, "`format`", "a whole number (`format: 1`)")?,
        }
        Ok(None)
    }

    fn version(&mut self) -> Step<Option<u32>> {
        let v = self.p.value()?;
        match v.head {
            Head::Integer(n) => match u32::try_from(n) {
                Ok(n) if n >= 1 => return Ok(Some(n)),
                _ => self.problem(
                    v.at,
                    format!(
                        "`version` is {n}; it should be a whole number from 1 to {}",
                        u32::MAX
                    ),
                )?,
            },
            _ => self.wrong(&v, "`version`", "a whole number")?,
        }
        Ok(None)
    }

    /// A text field, trimmed; `None` (reported) if it is not text, empty, or too long.
    fn text(&mut self, field: &str, max: usize, may_be_empty: bool) -> Step<Option<String>> {
        Ok(self.text_at(field, max, may_be_empty)?.map(|(s, _)| s))
    }

    /// Like [`Self::text`], with the offset of the value for later checks.
    fn text_at(
        &mut self,
        field: &str,
        max: usize,
        may_be_empty: bool,
    ) -> Step<Option<(String, usize)>> {
        let v = self.p.value()?;
        let Head::Text(t) = &v.head else {
            self.wrong(&v, &format!("`{field}`"), "text in double quotes")?;
            return Ok(None);
        };
        let s = t.trim();
        if s.is_empty() && !may_be_empty {
            self.problem(
                v.at,
                format!("`{field}` is empty; it needs text{}", purpose(field)),
            )?;
            return Ok(None);
        }
        // Byte length bounds the character count, so most texts skip the count.
        if s.len() > max {
            let n = s.chars().count();
            if n > max {
                self.problem(
                    v.at,
                    format!("`{field}` is {n} characters long; the most is {max}, so shorten it"),
                )?;
                return Ok(None);
            }
        }
        Ok(Some((s.to_owned(), v.at)))
    }

    fn id(&mut self, what: &str) -> Step<Option<(String, usize)>> {
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

    fn language(&mut self) -> Step<Option<String>> {
        let Some((tag, at)) = self.text_at("language", 35, false)? else {
            return Ok(None);
        };
        if is_language_tag(&tag) {
            return Ok(Some(tag));
        }
        let message = format!(
            "`language` should be a language tag such as \"en\" or \"en-GB\", found \"{tag}\""
        );
        self.problem(at, message)?;
        Ok(None)
    }

    /// A technique or category id, with its offset.
    fn term<T: Copy>(
        &mut self,
        field: &str,
        kind: (&str, &str),
        all: &[T],
        id_of: fn(T) -> &'static str,
    ) -> Step<Option<(T, usize)>> {
        let (kind, kinds) = kind;
        let v = self.p.value()?;
        let ids = || all.iter().map(|&t| id_of(t));
        let list = ids().collect::<Vec<_>>().join(", ");
        let given = match &v.head {
            Head::Text(t) => t.trim(),
            Head::Name(name) => {
                let message = match ids().find(|&id| id == kebab(name)) {
                    Some(id) => format!(
                        "`{field}` should be an id in double quotes: write \"{id}\", not `{name}`"
                    ),
                    None => format!(
                        "`{field}` should be a {kind} id in double quotes, found `{name}`; the {kinds} are: {list}"
                    ),
                };
                self.problem(v.at, message)?;
                return Ok(None);
            }
            _ => {
                self.wrong(
                    &v,
                    &format!("`{field}`"),
                    &format!("a {kind} id in double quotes; the {kinds} are: {list}"),
                )?;
                return Ok(None);
            }
        };
        if let Some(&t) = all.iter().find(|&&t| id_of(t) == given) {
            return Ok(Some((t, v.at)));
        }
        let hint = closest(given, ids())
            .map(|c| format!("did you mean \"{c}\"? "))
            .unwrap_or_default();
        let shown: String = given.chars().take(64).collect();
        self.problem(
            v.at,
            format!("unknown {kind} \"{shown}\" in `{field}`; {hint}the {kinds} are: {list}"),
        )?;
        Ok(None)
    }

    fn technique(&mut self, field: &str) -> Step<Option<(Technique, usize)>> {
        self.term(
            field,
            ("technique", "techniques"),
            Technique::ALL,
            Technique::id,
        )
    }

    fn cards(&mut self) -> Step<Option<Vec<Card>>> {
        let v = self.p.value()?;
        let Some(mut seq) = self.open_list(&v, "`cards`", "a list of cards `[Card(...), ...]`")?
        else {
            return Ok(None);
        };
        let (mut cards, mut ids, mut count, mut ok) = (Vec::new(), HashMap::new(), 0usize, true);
        while self.p.next_item(&mut seq)? {
            count += 1;
            let card = self.card(&mut ids)?;
            match card {
                // Once the deck has failed, its cards are no longer kept: memory stays small.
                Some(card) if ok && count <= MAX_CARDS => cards.push(card),
                Some(_) => {}
                None => ok = false,
            }
        }
        if count == 0 {
            self.problem(
                v.at,
                "`cards` is empty; a deck needs at least one `Card(...)`".into(),
            )?;
        }
        if count > MAX_CARDS {
            self.problem(v.at, format!("the deck has {count} cards; the most is {MAX_CARDS}, so split it into several decks"))?;
        }
        Ok((ok && (1..=MAX_CARDS).contains(&count)).then_some(cards))
    }

    fn card(&mut self, ids: &mut HashMap<String, usize>) -> Step<Option<Card>> {
        let v = self.p.value()?;
        let before = self.problems.len();
        let Some(mut seq) = self.open_struct(&v, "Card", "each item of `cards`")? else {
            return Ok(None);
        };
        let mut seen = [None; 9];
        let (mut id, mut statement, mut response, mut technique, mut category, mut note) =
            (None, None, None, None, None, None);
        let (mut secondary, mut foil, mut tags) = (Some(Vec::new()), Some(None), Some(Vec::new()));
        while let Some(i) = self.field(&mut seq, CARD_FIELDS, "a card", &mut seen)? {
            match i {
                0 => id = self.card_id(ids)?,
                1 => statement = self.text("statement", MAX_CARD_TEXT, false)?,
                2 => response = self.text("response", MAX_CARD_TEXT, false)?,
                3 => technique = self.technique("technique")?,
                4 => secondary = self.secondary()?,
                5 => {
                    category = self.term(
                        "category",
                        ("category", "categories"),
                        Category::ALL,
                        Category::id,
                    )?
                }
                6 => note = self.text("note", MAX_NOTE, false)?,
                7 => foil = self.foil()?,
                _ => tags = self.tags()?,
            }
        }
        let who = id
            .as_ref()
            .map_or_else(|| "this card".to_string(), |id| format!("card `{id}`"));
        self.missing(v.at, &who, &seen, CARD_FIELDS, CARD_REQUIRED)?;
        if let (Some((main, _)), Some(secondary)) = (technique, &secondary) {
            for (i, &(t, at)) in secondary.iter().enumerate() {
                if t == main {
                    self.problem(
                        at,
                        format!(
                            "`secondary` lists \"{}\", which is already the main technique",
                            t.id()
                        ),
                    )?;
                } else if let Some(&(_, first)) = secondary[..i].iter().find(|(s, _)| *s == t) {
                    self.report(
                        at,
                        format!("`secondary` lists \"{}\" twice", t.id()),
                        Some(first),
                    )?;
                }
            }
        }
        let (
            Some(id),
            Some(statement),
            Some(response),
            Some((technique, _)),
            Some(secondary),
            Some((category, _)),
            Some(note),
            Some(foil),
            Some(tags),
        ) = (
            id, statement, response, technique, secondary, category, note, foil, tags,
        )
        else {
            return Ok(None);
        };
        if self.problems.len() > before {
            return Ok(None);
        }
        let secondary = secondary.into_iter().map(|(t, _)| t).collect();
        Ok(Some(Card {
            id,
            statement,
            response,
            technique,
            secondary,
            category,
            note,
            foil,
            tags,
        }))
    }

    fn card_id(&mut self, ids: &mut HashMap<String, usize>) -> Step<Option<String>> {
        let Some((id, at)) = self.id("card id")? else {
            return Ok(None);
        };
        match ids.entry(id) {
            Entry::Occupied(first) => {
                let message = format!(
                    "card id `{}` is used by two cards; ids must be unique in a deck",
                    first.key()
                );
                let id = first.key().clone();
                self.report(at, message, Some(*first.get()))?;
                // Still named in later messages about this card, which is rejected all the same.
                Ok(Some(id))
            }
            Entry::Vacant(slot) => {
                let id = slot.key().clone();
                slot.insert(at);
                Ok(Some(id))
            }
        }
    }

    fn secondary(&mut self) -> Step<Option<Vec<(Technique, usize)>>> {
        let v = self.p.value()?;
        let expected = "a list of technique ids, such as [\"autonomy\"]";
        let Some(mut seq) = self.open_list(&v, "`secondary`", expected)? else {
            return Ok(None);
        };
        let (mut out, mut ok) = (Vec::new(), true);
        while self.p.next_item(&mut seq)? {
            match self.technique("secondary")? {
                Some(t) => out.push(t),
                None => ok = false,
            }
        }
        Ok(ok.then_some(out))
    }

    fn tags(&mut self) -> Step<Option<Vec<String>>> {
        let v = self.p.value()?;
        let Some(mut seq) = self.open_list(&v, "`tags`", "a list of tags, such as [\"court\"]")?
        else {
            return Ok(None);
        };
        let (mut out, mut ok) = (Vec::new(), true);
        while self.p.next_item(&mut seq)? {
            match self.text_at("tags", usize::MAX, true)? {
                Some((tag, at)) => match tag_problem(&tag) {
                    Some(message) => {
                        self.problem(at, message)?;
                        ok = false;
                    }
                    None => out.push(tag),
                },
                None => ok = false,
            }
        }
        if out.len() > MAX_TAGS {
            self.problem(
                v.at,
                format!("a card has {} tags; the most is {MAX_TAGS}", out.len()),
            )?;
            ok = false;
        }
        Ok(ok.then_some(out))
    }

    /// `Some(Foil(...))`, `Foil(...)` or `None`; the outer `None` means it was reported.
    fn foil(&mut self) -> Step<Option<Option<Foil>>> {
        let v = self.p.value()?;
        let expected = "`Some(Foil(text: \"...\", flaw: \"...\"))` or `None`";
        match v.head {
            Head::Name("None") => Ok(Some(None)),
            Head::Open {
                name: Some("Some"),
                shape: Shape::Tuple,
            } => {
                let Some(mut seq) = Seq::of(&v) else {
                    return Ok(None);
                };
                if !self.p.next_item(&mut seq)? {
                    self.problem(v.at, format!("`Some()` is empty; write {expected}"))?;
                    return Ok(None);
                }
                let inner = self.p.value()?;
                let foil = self.foil_struct(&inner)?;
                if self.p.next_item(&mut seq)? {
                    let extra = self.p.value()?;
                    self.p.skip_rest(&extra)?;
                    self.p.skip_seq(&mut seq)?;
                    self.problem(
                        extra.at,
                        "`Some(...)` holds one foil; remove what follows it".into(),
                    )?;
                    return Ok(None);
                }
                Ok(foil.map(Some))
            }
            Head::Open {
                shape: Shape::Struct,
                ..
            } => Ok(self.foil_struct(&v)?.map(Some)),
            _ => {
                self.wrong(&v, "`foil`", expected)?;
                Ok(None)
            }
        }
    }

    fn foil_struct(&mut self, v: &Value) -> Step<Option<Foil>> {
        let Some(mut seq) = self.open_struct(v, "Foil", "`foil`")? else {
            return Ok(None);
        };
        let mut seen = [None; 2];
        let (mut text, mut flaw) = (None, None);
        while let Some(i) = self.field(&mut seq, FOIL_FIELDS, "a foil", &mut seen)? {
            match i {
                0 => text = self.text("text", MAX_CARD_TEXT, false)?,
                _ => flaw = self.text("flaw", MAX_CARD_TEXT, false)?,
            }
        }
        self.missing(v.at, "the foil", &seen, FOIL_FIELDS, &[0, 1])?;
        Ok(text.zip(flaw).map(|(text, flaw)| Foil { text, flaw }))
    }
}
