//! Reads the cards of a deck: each card's fields, its technique and category ids (with the
//! closest valid id suggested for a typo), its foil and tags, and ids unique across the deck.

use super::read::{
    ALTERNATIVE_FIELDS, CARD_FIELDS, CARD_REQUIRED, FOIL_FIELDS, MAX_CARD_TEXT, MAX_CARDS,
    MAX_NOTE, Reader, Step,
};
use super::rules::{
    MAX_TAGS, describe, duplicate_card_id, kebab, repeated_answer, secondary_is_main,
    secondary_twice, shorten, tag_problem, too_many_alternatives, too_many_cards, too_many_tags,
    unknown_id,
};
use super::syntax::{Head, Seq, Shape, Value};
use super::{Alternative, Card, Foil, Level, MAX_ALTERNATIVES};
use crate::mi::{Category, Technique};
use std::borrow::Cow;
use std::collections::HashMap;

/// Card ids seen so far, with their offsets. Ids without escapes stay borrowed from the file,
/// so checking uniqueness costs no allocation per card.
#[derive(Default)]
struct CardIds<'a> {
    borrowed: HashMap<&'a str, usize>,
    owned: HashMap<String, usize>,
}

impl<'a> CardIds<'a> {
    /// Records `id` at `at`; gives it back owned, with where it was first seen if it was.
    fn insert(&mut self, id: Cow<'a, str>, at: usize) -> (String, Option<usize>) {
        let first = self.borrowed.get(&*id).or_else(|| self.owned.get(&*id));
        if let Some(&first) = first {
            return (id.into_owned(), Some(first));
        }
        match id {
            Cow::Borrowed(id) => {
                self.borrowed.insert(id, at);
                (id.to_owned(), None)
            }
            Cow::Owned(id) => {
                self.owned.insert(id.clone(), at);
                (id, None)
            }
        }
    }
}

impl<'a> Reader<'a> {
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
        // Built only for a message: most values are valid.
        let list_of = || ids().collect::<Vec<_>>().join(", ");
        let given = match &v.head {
            Head::Text(t) => t.trim(),
            Head::Name(name) => {
                let list = list_of();
                let wanted = (name.len() <= 64).then(|| kebab(name));
                let message = match ids().find(|&id| Some(id) == wanted.as_deref()) {
                    Some(id) => format!(
                        "`{field}` should be an id in double quotes: write \"{id}\", not `{name}`"
                    ),
                    None => format!(
                        "`{field}` should be a {kind} id in double quotes, found `{}`; the {kinds} are: {list}",
                        shorten(name)
                    ),
                };
                self.problem(v.at, message)?;
                return Ok(None);
            }
            _ => {
                self.p.skip_rest(&v)?;
                let found = describe(&v.head);
                let list = list_of();
                let message = format!(
                    "`{field}` should be a {kind} id in double quotes, found {found}; the {kinds} are: {list}"
                );
                self.problem(v.at, message)?;
                return Ok(None);
            }
        };
        if let Some(&t) = all.iter().find(|&&t| id_of(t) == given) {
            return Ok(Some((t, v.at)));
        }
        self.problem(v.at, unknown_id((kind, kinds), field, given, ids()))?;
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

    pub(super) fn cards(&mut self) -> Step<Option<Vec<Card>>> {
        let v = self.p.value()?;
        let Some(mut seq) = self.open_list(&v, "`cards`", "a list of cards `[Card(...), ...]`")?
        else {
            return Ok(None);
        };
        let (mut cards, mut ids, mut count, mut ok) =
            (Vec::new(), CardIds::default(), 0usize, true);
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
            self.problem(v.at, too_many_cards(count))?;
        }
        Ok((ok && (1..=MAX_CARDS).contains(&count)).then_some(cards))
    }

    fn card(&mut self, ids: &mut CardIds<'a>) -> Step<Option<Card>> {
        let v = self.p.value()?;
        let before = self.problems.len();
        let Some(mut seq) = self.open_struct(&v, "Card", "each item of `cards`")? else {
            return Ok(None);
        };
        let mut seen = [None; 11];
        let (mut id, mut statement, mut response, mut technique, mut category, mut note) =
            (None, None, None, None, None, None);
        let (mut secondary, mut foil, mut tags) = (Some(Vec::new()), Some(None), Some(Vec::new()));
        let (mut level, mut alternatives) = (Some(Level::Beginner), Some(Vec::new()));
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
                8 => tags = self.tags()?,
                9 => level = self.level()?,
                _ => alternatives = self.alternatives()?,
            }
        }
        let who = || {
            id.as_ref()
                .map_or_else(|| "this card".to_string(), |id| format!("card `{id}`"))
        };
        self.missing(v.at, who, &seen, CARD_FIELDS, CARD_REQUIRED)?;
        if let Some(secondary) = &secondary {
            self.check_secondary(secondary, technique.map(|(t, _)| t))?;
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
            Some(level),
            Some(alternatives),
        ) = (
            id,
            statement,
            response,
            technique,
            secondary,
            category,
            note,
            foil,
            tags,
            level,
            alternatives,
        )
        else {
            return Ok(None);
        };
        if self.problems.len() > before {
            return Ok(None);
        }
        if let Some(at) = seen[10] {
            let repeats = alternatives.iter().enumerate().any(|(i, a)| {
                a.response == response || alternatives[..i].iter().any(|b| b.response == a.response)
            });
            if repeats {
                self.problem(at, repeated_answer())?;
                return Ok(None);
            }
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
            level,
            alternatives,
        }))
    }

    /// Notes where a field of format 2 was first met.
    fn format_2_field(&mut self, at: usize) {
        self.format_2_field_at.get_or_insert(at);
    }

    /// `level: "beginner" | "intermediate" | "advanced"`, with the closest id suggested.
    fn level(&mut self) -> Step<Option<Level>> {
        let Some((given, at)) = self.text_at("level", 64, false)? else {
            return Ok(None);
        };
        self.format_2_field(at);
        if let Some(level) = Level::from_id(given.trim()) {
            return Ok(Some(level));
        }
        let ids = Level::ALL.map(Level::id);
        let message = unknown_id(("level", "levels"), "level", given.trim(), ids.into_iter());
        self.problem(at, message)?;
        Ok(None)
    }

    /// `alternatives: [Alternative(response: "...", technique: "...", note: "..."), ...]`.
    fn alternatives(&mut self) -> Step<Option<Vec<Alternative>>> {
        let v = self.p.value()?;
        self.format_2_field(v.at);
        let expected =
            "a list of `Alternative(response: \"...\", technique: \"...\", note: \"...\")`";
        let Some(mut seq) = self.open_list(&v, "`alternatives`", expected)? else {
            return Ok(None);
        };
        let (mut out, mut ok, mut count) = (Vec::new(), true, 0usize);
        while self.p.next_item(&mut seq)? {
            count += 1;
            match self.alternative()? {
                Some(a) if count <= MAX_ALTERNATIVES => out.push(a),
                Some(_) => {}
                None => ok = false,
            }
        }
        if count > MAX_ALTERNATIVES {
            self.problem(v.at, too_many_alternatives(count))?;
            ok = false;
        }
        Ok(ok.then_some(out))
    }

    fn alternative(&mut self) -> Step<Option<Alternative>> {
        let v = self.p.value()?;
        let Some(mut seq) = self.open_struct(&v, "Alternative", "each item of `alternatives`")?
        else {
            return Ok(None);
        };
        let mut seen = [None; 3];
        let (mut response, mut technique, mut note) = (None, None, None);
        // An error that halts the reading stops every later message, so the flag needs no
        // reset on that path.
        self.in_alternative = true;
        while let Some(i) = self.field(&mut seq, ALTERNATIVE_FIELDS, "an alternative", &mut seen)? {
            match i {
                0 => response = self.text("response", MAX_CARD_TEXT, false)?,
                1 => technique = self.technique("technique")?,
                _ => note = self.text("note", MAX_NOTE, false)?,
            }
        }
        self.missing(
            v.at,
            || "the alternative".into(),
            &seen,
            ALTERNATIVE_FIELDS,
            &[0, 1, 2],
        )?;
        self.in_alternative = false;
        Ok(match (response, technique, note) {
            (Some(response), Some((technique, _)), Some(note)) => Some(Alternative {
                response,
                technique,
                note,
            }),
            _ => None,
        })
    }

    /// No technique twice, and not the main one. Linear: a seen-table over the 13 techniques.
    fn check_secondary(
        &mut self,
        list: &[(Technique, usize)],
        main: Option<Technique>,
    ) -> Step<()> {
        let mut first_at = [None; 13];
        for &(t, at) in list {
            let slot = Technique::ALL.iter().position(|&x| x == t).unwrap_or(0) % 13;
            if Some(t) == main {
                self.problem(at, secondary_is_main(t.id()))?;
            } else if let Some(first) = first_at[slot] {
                self.report(at, secondary_twice(t.id()), Some(first))?;
            } else {
                first_at[slot] = Some(at);
            }
        }
        Ok(())
    }

    fn card_id(&mut self, ids: &mut CardIds<'a>) -> Step<Option<String>> {
        let Some((id, at)) = self.id("card id")? else {
            return Ok(None);
        };
        let (id, first) = ids.insert(id, at);
        if let Some(first) = first {
            self.report(at, duplicate_card_id(&id), Some(first))?;
        }
        // A repeated id still names the card in later messages; the card is rejected anyway.
        Ok(Some(id))
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
                    None => out.push(tag.into_owned()),
                },
                None => ok = false,
            }
        }
        if out.len() > MAX_TAGS {
            self.problem(v.at, too_many_tags(out.len()))?;
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
                    self.problem(
                        v.at,
                        format!("`Some(...)` must hold a foil: write {expected}"),
                    )?;
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
            // `Some()` and `Some(text: ...)`: the `Foil(...)` inside is missing.
            Head::Open {
                name: Some("Some"),
                shape: Shape::Struct,
            } => {
                self.p.skip_rest(&v)?;
                self.problem(
                    v.at,
                    format!("`Some(...)` must hold a foil: write {expected}"),
                )?;
                Ok(None)
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
        self.missing(v.at, || "the foil".into(), &seen, FOIL_FIELDS, &[0, 1])?;
        Ok(text.zip(flaw).map(|(text, flaw)| Foil { text, flaw }))
    }
}
