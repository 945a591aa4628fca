//! Reads the deck's own fields (format, id, title, author, version, language, cards) and
//! builds the deck once every one of them is present and valid.

use super::read::{
    DECK_FIELDS, DECK_REQUIRED, Halt, MAX_DESCRIPTION, MAX_TITLE, Problem, Reader, Step,
};
use super::rules::{NEWER_FIELDS, describe, language_problem, version_problem};
use super::syntax::{Head, Shape, SyntaxError};
use super::{Deck, FORMAT_VERSION};

impl Reader<'_> {
    pub(super) fn deck(&mut self) -> Step<Option<Deck>> {
        if self.p.at_end()? {
            let message = "the file holds only comments; a deck file holds one `Deck(...)`".into();
            return Err(Halt::Syntax(SyntaxError {
                at: self.p.pos,
                message,
            }));
        }
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
                1 => id = self.id("deck id")?.map(|(id, _)| id.into_owned()),
                2 => title = self.text("title", MAX_TITLE, false)?,
                3 => description = self.text("description", MAX_DESCRIPTION, true)?,
                4 => author = self.text("author", MAX_TITLE, false)?,
                5 => version = self.version()?,
                6 => language = self.language()?,
                _ => cards = self.cards()?,
            }
        }
        self.p.end()?;
        self.missing(
            v.at,
            || "the deck".into(),
            &seen,
            DECK_FIELDS,
            DECK_REQUIRED,
        )?;
        // Said whatever else is wrong: it may explain the rest.
        if format.is_some_and(|f| f < 2)
            && let Some(at) = self.format_2_field_at
        {
            self.problem(
                at,
                format!("{NEWER_FIELDS}: write `format: 2` at the top of the deck"),
            )?;
            return Ok(None);
        }
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
            Head::Integer(n) if (1..=current).contains(&n) => return Ok(Some(n as u32)),
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
            _ => self.wrong(&v, "`format`", "a whole number (`format: 2`)")?,
        }
        Ok(None)
    }

    fn version(&mut self) -> Step<Option<u32>> {
        let v = self.p.value()?;
        match v.head {
            Head::Integer(n) => match u32::try_from(n) {
                Ok(n) if n >= 1 => return Ok(Some(n)),
                _ => self.problem(v.at, version_problem(n))?,
            },
            _ => self.wrong(&v, "`version`", "a whole number")?,
        }
        Ok(None)
    }

    fn language(&mut self) -> Step<Option<String>> {
        let Some((tag, at)) = self.text_at("language", 35, false)? else {
            return Ok(None);
        };
        match language_problem(&tag) {
            None => Ok(Some(tag.into_owned())),
            Some(message) => {
                self.problem(at, message)?;
                Ok(None)
            }
        }
    }
}
