//! The grade the coach suggests for a typed reply, in one line a learner can weigh: an
//! MI-inconsistent reply suggests 0–2, a consistent one in the model's family of technique
//! 4–5, anything between 3 (also a reply the coach is not sure of, or has a doubt about). The learner decides; both grades are saved with the answer.

use super::{Code, Coding, Group};
use crate::markers::MarkerKind;
use crate::mi::{Technique, TechniqueFamily};
use crate::sm2::Grade;

/// What the coach suggests, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub grade: Grade,
    /// One line: "Suggested 2: the reply advises without permission (\"you need to\"), where
    /// the model reflects."
    pub why: String,
}

/// The family a coded reply belongs to, if any: what it does, in the terms of the model's
/// technique.
pub fn family_of(coding: &Coding, reply: &str) -> Option<TechniqueFamily> {
    let lower = reply.to_lowercase();
    let apologises = [
        "sorry",
        "apologise",
        "apologize",
        "my mistake",
        "my fault",
        "my bad",
    ]
    .iter()
    .any(|w| lower.contains(w));
    match coding.code {
        Code::SimpleReflection | Code::ComplexReflection => Some(TechniqueFamily::Reflection),
        Code::OpenQuestion | Code::ClosedQuestion | Code::Seek => Some(TechniqueFamily::Question),
        Code::Autonomy => Some(TechniqueFamily::Autonomy),
        Code::Affirm => Some(TechniqueFamily::Affirmation),
        Code::Other if apologises => Some(TechniqueFamily::Apology),
        _ => None,
    }
}

/// The suggested grade for `reply`, coded as `coding`, against a card whose model uses
/// `technique` (and `secondary`).
pub fn suggest(
    coding: &Coding,
    reply: &str,
    technique: Technique,
    secondary: &[Technique],
) -> Suggestion {
    let model = technique.family();
    let grade = |q: u8| Grade::new(q).unwrap_or(Grade::ALL[3]);
    let flag_words = |kinds: &[MarkerKind]| {
        coding
            .flags
            .iter()
            .find(|f| kinds.contains(&f.kind))
            .map(|f| format!(" (\u{201c}{}\u{201d})", f.words))
            .unwrap_or_default()
    };
    if coding.code.group() == Group::PersuadeConfront {
        let (q, what) = if coding.code == Code::Confront {
            (1, "confronts the client")
        } else {
            (2, "pushes for change without permission")
        };
        // The words quoted are the ones behind the main code, looked for in the order the
        // code was decided: in "Okay, but…. To be fair, you…" the confrontation is "To be
        // fair", not the "Okay, but" that persuades.
        let order: &[MarkerKind] = if coding.code == Code::Confront {
            &[MarkerKind::Confront, MarkerKind::YesBut]
        } else {
            &[
                MarkerKind::Persuade,
                MarkerKind::Warning,
                MarkerKind::YesBut,
                MarkerKind::Reassurance,
                MarkerKind::LeadingQuestion,
            ]
        };
        let words = order
            .iter()
            .map(|&kind| flag_words(&[kind]))
            .find(|w| !w.is_empty())
            .unwrap_or_default();
        return Suggestion {
            grade: grade(q),
            why: format!(
                "Suggested {q}: the reply {what}{words}, where the model uses {}.",
                model.label()
            ),
        };
    }
    if let Some(doubt) = coding.cleared() {
        return Suggestion {
            grade: grade(3),
            why: format!(
                "Suggested 3: a rule reads \u{201c}{}\u{201d} as pushing or judging, but replies \
                 worded like this one were MI-consistent in nearly every example the coach \
                 learned from; compare it with the model yourself.",
                doubt.words
            ),
        };
    }
    if let Some(doubt) = &coding.caution {
        let leans = if doubt.kind == MarkerKind::Confront {
            "judged or argued with the client"
        } else {
            "pushed the client toward change"
        };
        return Suggestion {
            grade: grade(3),
            why: format!(
                "Suggested 3: the rules did not code this reply as MI-inconsistent, but replies \
                 worded like it (\u{201c}{}\u{201d}) mostly {leans} in the examples the coach \
                 learned from; compare it with the model yourself.",
                doubt.words
            ),
        };
    }
    if coding.reserved {
        return Suggestion {
            grade: grade(3),
            why: "Suggested 3: the coach found nothing MI-inconsistent, but replies worded like \
                  this one often pushed or judged in the examples it learned from, so it will not \
                  praise it; compare it with the model yourself."
                .to_string(),
        };
    }
    if !coding.sure {
        return Suggestion {
            grade: grade(3),
            why: "Suggested 3: the coach is not sure what kind of reply this is; compare it with the model yourself.".to_string(),
        };
    }
    let ours = family_of(coding, reply);
    let in_family = ours.is_some_and(|f| f == model || secondary.iter().any(|t| t.family() == f));
    if in_family {
        let clean = coding.flags.is_empty();
        let q = if clean { 5 } else { 4 };
        let why = if clean {
            format!(
                "Suggested 5: {} like the model, with nothing MI-inconsistent in it.",
                capitalised(ours.map_or("a reply", TechniqueFamily::label))
            )
        } else {
            format!(
                "Suggested 4: {} like the model, though the coach noted something{}.",
                capitalised(ours.map_or("a reply", TechniqueFamily::label)),
                flag_words(&[MarkerKind::StackedQuestions, MarkerKind::Persuade])
            )
        };
        return Suggestion {
            grade: grade(q),
            why,
        };
    }
    let what = match ours {
        Some(f) => f.label().to_string(),
        None => format!("coded {}", coding.code.label()),
    };
    Suggestion {
        grade: grade(3),
        why: format!(
            "Suggested 3: MI-consistent, and {what} where the model uses {}.",
            model.label()
        ),
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
