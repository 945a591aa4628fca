//! The Motivational Interviewing vocabulary a deck may use: the 13 categories of client
//! resistance and the 13 response techniques (docs/mi.md). Ids are what deck files
//! carry; labels and summaries are what people read.

use std::fmt;

/// Whether a category is friction with the clinician, the client's case for no change, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResistanceKind {
    Discord,
    Mixed,
    Sustain,
}

macro_rules! vocabulary {
    ($name:ident { $($variant:ident = $id:literal, $label:literal, $summary:literal;)* }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The id used in deck files, e.g. `complex-reflection`.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),* }
            }

            /// A short human label, e.g. "Complex reflection".
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),* }
            }

            /// One line on what it is.
            pub fn summary(self) -> &'static str {
                match self { $($name::$variant => $summary),* }
            }

            pub fn from_id(id: &str) -> Option<$name> {
                match id { $($id => Some($name::$variant),)* _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

vocabulary!(Category {
    Discounting = "discounting", "Discounting", "doubts the value of therapy or of the helper";
    Challenging = "challenging", "Challenging", "disputes the clinician's expertise or standing";
    Hostility = "hostility", "Hostility", "open anger or contempt at the clinician or the process";
    Mandated = "mandated", "Mandated", "attends under pressure from someone else; no ownership of the visit";
    Interrupting = "interrupting", "Interrupting", "talks over or cuts off, often mid-advice";
    Sidetracking = "sidetracking", "Sidetracking", "changes the subject, gives flat or non-answers, disengages";
    Blaming = "blaming", "Blaming", "locates the problem in someone else";
    Excusing = "excusing", "Excusing", "explains why the behaviour is understandable or necessary";
    Minimizing = "minimizing", "Minimizing", "says it is not that bad, or will not happen to them";
    Disagreeing = "disagreeing", "Disagreeing", "rejects a stated concern or a link";
    Pessimism = "pessimism", "Pessimism", "low confidence: cannot change, has failed before";
    StatusQuo = "status-quo", "Status quo", "what the behaviour gives them";
    Unwilling = "unwilling", "Unwilling", "firm intention not to change";
});

impl Category {
    pub fn kind(self) -> ResistanceKind {
        use Category::*;
        match self {
            Discounting | Challenging | Hostility | Mandated | Interrupting | Sidetracking => {
                ResistanceKind::Discord
            }
            Blaming | Excusing | Disagreeing => ResistanceKind::Mixed,
            Minimizing | Pessimism | StatusQuo | Unwilling => ResistanceKind::Sustain,
        }
    }
}

vocabulary!(Technique {
    SimpleReflection = "simple-reflection", "Simple reflection", "says back what the client said, little added";
    ComplexReflection = "complex-reflection", "Complex reflection", "adds the feeling, meaning or value under the words";
    AmplifiedReflection = "amplified-reflection", "Amplified reflection", "states the sustain talk a little more strongly, so the client backs off it";
    DoubleSidedReflection = "double-sided-reflection", "Double-sided reflection", "holds both sides of the ambivalence, joined by \"and\"";
    ShiftedFocus = "shifted-focus", "Shifted focus", "steps off the contested topic toward what the client cares about";
    Reframe = "reframe", "Reframe", "offers a new, plausible meaning for what the client reported";
    AgreementWithTwist = "agreement-with-twist", "Agreement with a twist", "agrees genuinely, then turns slightly";
    Autonomy = "autonomy", "Emphasising autonomy", "says plainly that the choice is the client's";
    ComingAlongside = "coming-alongside", "Coming alongside", "sides with the sustain talk";
    Apology = "apology", "Apology", "owns the clinician's part in the discord";
    Affirmation = "affirmation", "Affirmation", "names a real strength or effort the client showed";
    OpenQuestion = "open-question", "Open question", "invites the client's own view or reasons";
    AskingPermission = "asking-permission", "Asking permission", "asks before offering information or advice";
});

/// Techniques that do the same kind of thing, for "other good answers" and the suggested
/// grade: a learner who reflects where the model reflects is in the model's family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TechniqueFamily {
    Reflection,
    Question,
    Autonomy,
    Affirmation,
    Apology,
}

impl TechniqueFamily {
    pub fn label(self) -> &'static str {
        match self {
            TechniqueFamily::Reflection => "a reflection",
            TechniqueFamily::Question => "a question",
            TechniqueFamily::Autonomy => "an autonomy statement",
            TechniqueFamily::Affirmation => "an affirmation",
            TechniqueFamily::Apology => "an apology",
        }
    }
}

impl Technique {
    /// The family the technique belongs to (docs/mi.md, "Techniques").
    pub fn family(self) -> TechniqueFamily {
        use Technique::*;
        match self {
            SimpleReflection
            | ComplexReflection
            | AmplifiedReflection
            | DoubleSidedReflection
            | ShiftedFocus
            | Reframe
            | AgreementWithTwist
            | ComingAlongside => TechniqueFamily::Reflection,
            OpenQuestion | AskingPermission => TechniqueFamily::Question,
            Autonomy => TechniqueFamily::Autonomy,
            Affirmation => TechniqueFamily::Affirmation,
            Apology => TechniqueFamily::Apology,
        }
    }

    /// Techniques whose model response is a question rather than a statement.
    pub fn is_question(self) -> bool {
        matches!(self, Technique::OpenQuestion | Technique::AskingPermission)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_count() {
        assert_eq!(Category::ALL.len(), 13);
        assert_eq!(Technique::ALL.len(), 13);
        for c in Category::ALL {
            assert_eq!(Category::from_id(c.id()), Some(*c));
        }
        for t in Technique::ALL {
            assert_eq!(Technique::from_id(t.id()), Some(*t));
        }
        assert_eq!(Category::from_id("denial"), None);
    }
}
