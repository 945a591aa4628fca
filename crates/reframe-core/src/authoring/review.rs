//! The coach reads an author's card the way it reads a learner's reply: a model response (or
//! another good answer) it codes as persuading or confronting, or a question under a technique
//! that is not a question, gets a warning with the words and the reason, and so does an answer
//! the second reader doubts (a learner typing it back would be suggested 3); a foil it sees
//! nothing wrong with gets "a learner may not see what is wrong with this". Warnings never
//! block saving.

use super::draft::{CardDraft, alternative};
use crate::coach::{self, Group};
use crate::deck::validate::{AltPart, Field};
use crate::mi::Technique;

/// One warning about the author's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoachNote {
    /// The field it is about.
    pub field: Field,
    pub message: String,
    /// The words behind the warning, each with its reason.
    pub flagged: Vec<(String, String)>,
}

/// The coach's warnings about a card's model response, its other good answers and its foil.
pub fn coach_notes(card: &CardDraft) -> Vec<CoachNote> {
    let mut out = Vec::new();
    answer_notes(Field::Response, &card.response, card.technique(), &mut out);
    for (i, a) in card.alternatives.iter().enumerate() {
        answer_notes(
            alternative(i, AltPart::Response),
            &a.response,
            Technique::from_id(a.technique.trim()),
            &mut out,
        );
    }
    let foil = card.foil_text.trim();
    if !foil.is_empty() {
        let coding = coach::code(foil);
        if coding.code.group() != Group::PersuadeConfront && coding.flags.is_empty() {
            out.push(CoachNote {
                field: Field::Foil,
                message: format!(
                    "A learner may not see what is wrong with this: the coach reads it as {} and \
                     flags no words in it. Make the mistake plain, or say in the flaw what to notice.",
                    coding.code.label()
                ),
                flagged: Vec::new(),
            });
        }
    }
    out
}

/// Warnings about a good answer (the model response or an alternative) under `technique`.
fn answer_notes(field: Field, text: &str, technique: Option<Technique>, out: &mut Vec<CoachNote>) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    let coding = coach::code(text);
    let flagged: Vec<(String, String)> = coding
        .flags
        .iter()
        .map(|f| (f.words.clone(), f.reason.to_string()))
        .collect();
    if coding.code.group() == Group::PersuadeConfront {
        out.push(CoachNote {
            field,
            message: format!(
                "The coach codes this as {}, which is MI-inconsistent; learners copy model answers, \
                 so rephrase it.",
                coding.code.label()
            ),
            flagged: if flagged.is_empty() {
                vec![(text.to_string(), coding.why.to_string())]
            } else {
                flagged
            },
        });
        return;
    }
    if let Some(doubt) = &coding.caution {
        out.push(CoachNote {
            field,
            message: "The coach's second reader has a doubt about this answer: the rules do \
                      not code it as MI-inconsistent, but replies worded like it mostly pushed or \
                      judged in the examples it learned from. A learner who types it back will \
                      be suggested 3, not 5; consider rephrasing."
                .to_string(),
            flagged: vec![(doubt.words.clone(), doubt.reason.to_string())],
        });
    }
    if coding.reserved {
        out.push(CoachNote {
            field,
            message: "The coach holds back praise from this answer: the rules find nothing \
                      MI-inconsistent in it, but replies worded like it often pushed or judged \
                      in the examples it learned from. A learner who types it back will be \
                      suggested 3, not 5; consider rephrasing."
                .to_string(),
            flagged: Vec::new(),
        });
    }
    if let Some(t) = technique
        && coding.code.is_question()
        && !t.is_question()
    {
        let questions = question_sentences(text);
        let reason = format!(
            "a question, and {} is not a question technique",
            t.label().to_lowercase()
        );
        out.push(CoachNote {
            field,
            message: format!(
                "The coach reads this as a question ({}), but its technique, {}, is not one: \
                 choose a question technique or say it as a statement.",
                coding.code.label(),
                t.label()
            ),
            flagged: questions.into_iter().map(|q| (q, reason.clone())).collect(),
        });
    }
}

/// The sentences that end in a question mark, or the whole text when none does.
fn question_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let end = i + c.len_utf8();
            if c == '?' {
                out.push(text[start..end].trim().to_string());
            }
            start = end;
        }
    }
    if out.is_empty() {
        out.push(text.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authoring::AlternativeDraft;

    fn card(response: &str, technique: &str) -> CardDraft {
        CardDraft {
            response: response.into(),
            technique: technique.into(),
            ..CardDraft::default()
        }
    }

    #[test]
    fn persuading_model_answers_are_flagged_with_their_words() {
        let notes = coach_notes(&card(
            "You need to stop drinking before it ruins your life.",
            "complex-reflection",
        ));
        assert_eq!(notes.len(), 1, "{notes:#?}");
        assert!(notes[0].message.contains("MI-inconsistent"));
        assert!(!notes[0].flagged.is_empty());
        assert_eq!(notes[0].field, Field::Response);
    }

    /// An answer no rule flags but the second reader doubts would be suggested 3 to a learner
    /// who types it back: the author is told, with the words.
    #[test]
    fn a_doubted_model_answer_is_noted_with_its_words() {
        let text = "Sounds like you just don't want to hear it.";
        let doubt = coach::code(text)
            .caution
            .expect("the second reader doubts it");
        let notes = coach_notes(&card(text, "complex-reflection"));
        assert_eq!(notes.len(), 1, "{notes:#?}");
        assert!(notes[0].message.contains("second reader has a doubt"));
        assert_eq!(notes[0].flagged[0].0, doubt.words);
        assert_eq!(notes[0].field, Field::Response);
    }

    /// A weaker lean holds back praise: the author is told, without words to point at.
    #[test]
    fn a_model_answer_held_back_from_praise_is_noted() {
        let text = "You aren't really sticking to the plan.";
        assert!(coach::code(text).reserved);
        let notes = coach_notes(&card(text, "complex-reflection"));
        assert_eq!(notes.len(), 1, "{notes:#?}");
        assert!(notes[0].message.contains("holds back praise"));
        assert!(notes[0].message.contains("suggested 3, not 5"));
        assert!(notes[0].flagged.is_empty());
    }

    #[test]
    fn a_question_under_a_reflection_is_flagged_and_a_plain_reflection_is_not() {
        let notes = coach_notes(&card(
            "That sounds hard. What would help most right now?",
            "simple-reflection",
        ));
        assert_eq!(notes.len(), 1, "{notes:#?}");
        assert_eq!(notes[0].flagged[0].0, "What would help most right now?");
        assert!(coach_notes(&card("What would help most right now?", "open-question")).is_empty());
        assert!(
            coach_notes(&card(
                "You're tired of people telling you what to do.",
                "complex-reflection"
            ))
            .is_empty()
        );
    }

    #[test]
    fn alternatives_are_read_too_and_an_innocent_foil_is_noted() {
        let mut c = card(
            "You're tired of being told what to do.",
            "complex-reflection",
        );
        c.alternatives.push(AlternativeDraft {
            response: "You should listen to your doctor.".into(),
            technique: "autonomy".into(),
            note: String::new(),
        });
        c.foil_text = "You feel the weekends are yours.".into();
        let notes = coach_notes(&c);
        let fields: Vec<Field> = notes.iter().map(|n| n.field).collect();
        assert_eq!(fields, [alternative(0, AltPart::Response), Field::Foil]);
        assert!(
            notes[1]
                .message
                .starts_with("A learner may not see what is wrong with this")
        );
        c.foil_text = "You have to stop, you know that.".into();
        assert_eq!(coach_notes(&c).len(), 1, "a foil the coach catches is fine");
    }
}
