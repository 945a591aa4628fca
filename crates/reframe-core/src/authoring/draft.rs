//! A deck being written: every value as the author typed it, checked field by field with the
//! rules and words `reframe check` uses ([`crate::deck::validate`]), and turned into a
//! [`Deck`](crate::deck::Deck) card once nothing in it has a problem.

use crate::deck::validate::{
    AltPart, DeckField, Field, card_problems, deck_problems, parse_category, parse_technique,
};
use crate::deck::{Alternative, Card, Deck, FORMAT_VERSION, Foil, Level};
use crate::mi::{Category, Technique};

/// The deck's own fields as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeckFields {
    pub title: String,
    pub description: String,
    pub author: String,
    pub language: String,
}

impl DeckFields {
    /// Each field with its problem, if it has one.
    pub fn problems(&self) -> Vec<(DeckField, String)> {
        let probe = Deck {
            format: FORMAT_VERSION,
            id: "deck".into(),
            title: self.title.clone(),
            description: self.description.clone(),
            author: self.author.clone(),
            version: 1,
            language: self.language.clone(),
            cards: Vec::new(),
        };
        deck_problems(&probe)
            .into_iter()
            .filter(|p| {
                matches!(
                    p.field,
                    DeckField::Title
                        | DeckField::Description
                        | DeckField::Author
                        | DeckField::Language
                )
            })
            .map(|p| (p.field, p.message))
            .collect()
    }
}

/// Another good answer as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AlternativeDraft {
    pub response: String,
    pub technique: String,
    pub note: String,
}

/// A card as typed. Technique, category and tags are text, so a typo can be shown with "did you
/// mean"; the card id is not here: the editor keeps it apart, so no edit (or undo) can change it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CardDraft {
    /// Which card this is inside the editor, whatever its text (not saved).
    pub(crate) key: u64,
    pub statement: String,
    pub response: String,
    pub technique: String,
    pub secondary: Vec<Technique>,
    pub category: String,
    pub note: String,
    /// The foil's tempting answer; the foil is left out when both its fields are empty.
    pub foil_text: String,
    pub foil_flaw: String,
    /// Tags separated by commas or spaces.
    pub tags: String,
    pub level: Level,
    pub alternatives: Vec<AlternativeDraft>,
}

impl CardDraft {
    /// Tagged `needs-review`: an Anki import's card whose technique and category were chosen
    /// once for the whole import, waiting for the author to look at it.
    pub fn needs_review(&self) -> bool {
        split_tags(&self.tags)
            .iter()
            .any(|t| t == crate::deck::NEEDS_REVIEW)
    }

    /// The card with its `needs-review` tag taken off, its other tags as they were.
    pub fn reviewed(&self) -> CardDraft {
        // Split exactly as saving splits, so what is counted is what is saved.
        let tags: Vec<String> = split_tags(&self.tags)
            .into_iter()
            .filter(|t| t != crate::deck::NEEDS_REVIEW)
            .collect();
        CardDraft {
            tags: tags.join(", "),
            ..self.clone()
        }
    }

    pub(crate) fn from_card(card: &Card, key: u64) -> CardDraft {
        let (foil_text, foil_flaw) = card
            .foil
            .as_ref()
            .map(|f| (f.text.clone(), f.flaw.clone()))
            .unwrap_or_default();
        CardDraft {
            key,
            statement: card.statement.clone(),
            response: card.response.clone(),
            technique: card.technique.id().to_string(),
            secondary: card.secondary.clone(),
            category: card.category.id().to_string(),
            note: card.note.clone(),
            foil_text,
            foil_flaw,
            tags: card.tags.join(", "),
            level: card.level,
            alternatives: card
                .alternatives
                .iter()
                .map(|a| AlternativeDraft {
                    response: a.response.clone(),
                    technique: a.technique.id().to_string(),
                    note: a.note.clone(),
                })
                .collect(),
        }
    }

    /// The main technique, when the typed id names one.
    pub fn technique(&self) -> Option<Technique> {
        Technique::from_id(self.technique.trim())
    }

    pub fn has_foil(&self) -> bool {
        !(self.foil_text.trim().is_empty() && self.foil_flaw.trim().is_empty())
    }

    /// The card as typed, trimmed, with every problem `reframe check` would report in it. An
    /// unknown technique or category stands in as the first one, so the other fields are
    /// still checked.
    fn checked(&self, id: String) -> (Card, Vec<(Field, String)>) {
        let mut problems = Vec::new();
        let technique = term(
            &mut problems,
            parse_technique(Field::Technique, &self.technique),
            Field::Technique,
            Technique::ALL[0],
        );
        let category = term(
            &mut problems,
            parse_category(Field::Category, &self.category),
            Field::Category,
            Category::ALL[0],
        );
        let alternatives = self
            .alternatives
            .iter()
            .enumerate()
            .map(|(index, a)| {
                let field = Field::Alternative {
                    index,
                    part: AltPart::Technique,
                };
                Alternative {
                    response: a.response.trim().to_string(),
                    technique: term(
                        &mut problems,
                        parse_technique(field, &a.technique),
                        field,
                        Technique::ALL[0],
                    ),
                    note: a.note.trim().to_string(),
                }
            })
            .collect();
        let card = Card {
            id,
            statement: self.statement.trim().to_string(),
            response: self.response.trim().to_string(),
            technique,
            // Against an unknown main technique, "already the main one" would be wrong.
            secondary: if self.technique().is_some() {
                self.secondary.clone()
            } else {
                Vec::new()
            },
            category,
            note: self.note.trim().to_string(),
            foil: self.has_foil().then(|| Foil {
                text: self.foil_text.trim().to_string(),
                flaw: self.foil_flaw.trim().to_string(),
            }),
            tags: split_tags(&self.tags),
            level: self.level,
            alternatives,
        };
        problems.extend(
            card_problems(&card)
                .into_iter()
                .filter(|p| p.field != Field::Id)
                .map(|p| (p.field, p.message)),
        );
        (card, problems)
    }

    /// Every problem `reframe check` would report in this card, with the field it belongs to.
    pub fn problems(&self) -> Vec<(Field, String)> {
        self.checked("card".into()).1
    }

    /// The problem shown beside one field, if any.
    pub fn problem(&self, field: Field) -> Option<String> {
        self.problems()
            .into_iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m)
    }

    /// The card as the deck file will hold it (text trimmed), or `None` while it has a problem.
    pub fn to_card(&self, id: String) -> Option<Card> {
        let (card, problems) = self.checked(id);
        problems.is_empty().then_some(card)
    }

    /// Which field differs first between two versions of a card: consecutive typing in the
    /// same field is one step to undo.
    pub(crate) fn changed_field(&self, other: &CardDraft) -> Option<Field> {
        let pairs = [
            (Field::Statement, &self.statement, &other.statement),
            (Field::Response, &self.response, &other.response),
            (Field::Technique, &self.technique, &other.technique),
            (Field::Category, &self.category, &other.category),
            (Field::Note, &self.note, &other.note),
            (Field::Foil, &self.foil_text, &other.foil_text),
            (Field::FoilWhy, &self.foil_flaw, &other.foil_flaw),
            (Field::Tags, &self.tags, &other.tags),
        ];
        if let Some((f, _, _)) = pairs.iter().find(|(_, a, b)| a != b) {
            return Some(*f);
        }
        if self.alternatives.len() == other.alternatives.len() {
            for (index, (a, b)) in self
                .alternatives
                .iter()
                .zip(&other.alternatives)
                .enumerate()
            {
                let part = if a.response != b.response {
                    AltPart::Response
                } else if a.technique != b.technique {
                    AltPart::Technique
                } else if a.note != b.note {
                    AltPart::Note
                } else {
                    continue;
                };
                return Some(Field::Alternative { index, part });
            }
        }
        // Level, secondary techniques, alternatives added or removed: each change its own step.
        (self != other).then_some(Field::Secondary)
    }
}

/// A typed technique or category: the one named, or (its problem noted) `stand_in`.
fn term<T>(
    problems: &mut Vec<(Field, String)>,
    typed: Result<T, String>,
    field: Field,
    stand_in: T,
) -> T {
    typed.unwrap_or_else(|m| {
        problems.push((field, m));
        stand_in
    })
}

/// Tags as an author types them in one box: separated by commas, semicolons or spaces, as a
/// spreadsheet's `tags` column is read.
fn split_tags(value: &str) -> Vec<String> {
    value
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// The field of alternative `index`'s `part`.
pub fn alternative(index: usize, part: AltPart) -> Field {
    Field::Alternative { index, part }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> CardDraft {
        CardDraft {
            statement: "I only drink on weekends.".into(),
            response: "Weekends are your time, and you'd like that respected.".into(),
            technique: "complex-reflection".into(),
            category: "minimizing".into(),
            note: "Reflects the value under the words.".into(),
            tags: "alcohol, weekend".into(),
            ..CardDraft::default()
        }
    }

    #[test]
    fn a_complete_card_becomes_a_deck_card() {
        let card = good().to_card("c".into()).expect("no problems");
        assert_eq!(card.tags, ["alcohol", "weekend"]);
        assert_eq!(card.foil, None);
        assert_eq!(
            CardDraft::from_card(&card, 0).to_card("c".into()),
            Some(card)
        );
    }

    #[test]
    fn problems_sit_beside_their_fields() {
        let mut d = good();
        d.technique = "complex-reflektion".into();
        d.foil_text = "Just stop drinking.".into();
        d.alternatives.push(AlternativeDraft::default());
        let problems = d.problems();
        let at = |field| d.problem(field).unwrap_or_default();
        assert!(at(Field::Technique).contains("did you mean \"complex-reflection\""));
        assert!(
            at(Field::FoilWhy).starts_with("`foil_why` is empty"),
            "{problems:#?}"
        );
        assert!(at(alternative(0, AltPart::Note)).contains("is empty"));
        assert_eq!(problems.len(), 5, "{problems:#?}");
        assert_eq!(d.to_card("c".into()), None);
    }

    #[test]
    fn an_other_good_answer_that_repeats_one_is_a_problem() {
        let mut d = good();
        d.alternatives.push(AlternativeDraft {
            response: format!(" {} ", d.response),
            technique: "autonomy".into(),
            note: "Same words.".into(),
        });
        let m = d
            .problem(alternative(0, AltPart::Response))
            .unwrap_or_default();
        assert!(m.contains("the same word for word"), "{m}");
    }
}
