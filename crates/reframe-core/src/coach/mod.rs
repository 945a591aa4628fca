//! The coach: codes a typed answer the way an MI supervisor would (MITI 4.2.1 behaviour codes),
//! names the words behind each flag and why, and sums a session up. Pure and deterministic:
//! rules with reasons, no model, no I/O beyond the `code_lines` adapter, no egui.

mod echo;
pub mod learned;
mod lexicon;
mod lines;
mod miti;
mod rules;
pub mod scan;
mod shapes;
pub mod suggest;
pub mod text;

pub use lines::{code_lines, code_lines_with, code_replies_with};
pub use miti::{Band, CountedAnswer, MitiRating, MitiSummary};
pub use rules::WHY_RISING;
pub use suggest::{Suggestion, family_of, suggest};

use crate::markers::{MarkerHit, MarkerKind};
use std::fmt;
use std::ops::Range;

/// Bumped whenever a rule changes what a response is coded as, so stored codings made by an
/// older coder can be found and recoded.
pub const CODER_VERSION: u32 = 156;

/// The main MITI 4.2.1 behaviour code of one response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    SimpleReflection,
    ComplexReflection,
    OpenQuestion,
    ClosedQuestion,
    Persuade,
    Confront,
    Affirm,
    Autonomy,
    Seek,
    Info,
    Other,
}

/// The four groups accuracy is measured over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Reflection,
    Question,
    PersuadeConfront,
    Other,
}

impl Group {
    pub const ALL: &'static [Group] = &[
        Group::Reflection,
        Group::Question,
        Group::PersuadeConfront,
        Group::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Group::Reflection => "reflection",
            Group::Question => "question",
            Group::PersuadeConfront => "persuade/confront",
            Group::Other => "other",
        }
    }
}

impl Code {
    pub const ALL: &'static [Code] = &[
        Code::SimpleReflection,
        Code::ComplexReflection,
        Code::OpenQuestion,
        Code::ClosedQuestion,
        Code::Persuade,
        Code::Confront,
        Code::Affirm,
        Code::Autonomy,
        Code::Seek,
        Code::Info,
        Code::Other,
    ];

    /// Stable id, e.g. `complex-reflection`.
    pub fn id(self) -> &'static str {
        match self {
            Code::SimpleReflection => "simple-reflection",
            Code::ComplexReflection => "complex-reflection",
            Code::OpenQuestion => "open-question",
            Code::ClosedQuestion => "closed-question",
            Code::Persuade => "persuade",
            Code::Confront => "confront",
            Code::Affirm => "affirm",
            Code::Autonomy => "autonomy",
            Code::Seek => "seek",
            Code::Info => "info",
            Code::Other => "other",
        }
    }

    /// What a learner reads, e.g. "closed question".
    pub fn label(self) -> &'static str {
        match self {
            Code::SimpleReflection => "simple reflection",
            Code::ComplexReflection => "complex reflection",
            Code::OpenQuestion => "open question",
            Code::ClosedQuestion => "closed question",
            Code::Persuade => "persuading",
            Code::Confront => "confronting",
            Code::Affirm => "affirmation",
            Code::Autonomy => "emphasising autonomy",
            Code::Seek => "seeking collaboration",
            Code::Info => "giving information",
            Code::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.id() == id)
    }

    pub fn group(self) -> Group {
        match self {
            Code::SimpleReflection | Code::ComplexReflection => Group::Reflection,
            Code::OpenQuestion | Code::ClosedQuestion => Group::Question,
            Code::Persuade | Code::Confront => Group::PersuadeConfront,
            _ => Group::Other,
        }
    }

    pub fn is_reflection(self) -> bool {
        self.group() == Group::Reflection
    }

    pub fn is_question(self) -> bool {
        self.group() == Group::Question
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// What a flag points at: one of the marker kinds of docs/mi.md, "What makes a reply MI-inconsistent".
pub type FlagKind = MarkerKind;

/// One MI-inconsistent thing in a response: which words, and why they matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub kind: FlagKind,
    /// Byte range of the words in the response.
    pub span: Range<usize>,
    /// The words as typed.
    pub words: String,
    pub reason: &'static str,
}

impl From<MarkerHit> for Flag {
    fn from(hit: MarkerHit) -> Flag {
        Flag {
            kind: hit.kind,
            span: hit.span,
            words: hit.words,
            reason: hit.reason,
        }
    }
}

/// The coding of one response: its main code, why, and its flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coding {
    pub code: Code,
    /// One line on why the response got its code.
    pub why: &'static str,
    /// A second MITI code the same words earn: a question that asks permission or the
    /// client's agenda is also Seeking Collaboration (MITI double-codes it).
    pub also: Option<Code>,
    pub flags: Vec<Flag>,
    /// False when the evidence for the code was thin: the learner is told the coach is not
    /// sure what kind of reply this is rather than given a code with false confidence.
    pub sure: bool,
    /// The rules are sure of a reflection only because the client opens a clause as its
    /// subject: no reflective stem and no word of feeling or depth says it reflects (the second
    /// reader may code it, `learned::THIN_THRESHOLD`).
    pub rests_on_subject: bool,
    /// The second reader's doubt about a reply the rules did not code persuade or confront:
    /// the words that read most like pushing or judging (`learned.rs`). It never changes the
    /// code or counts as a flag; it stops the suggested grade at 3.
    pub caution: Option<Flag>,
    /// The second reader leans MI-inconsistent, though not enough to voice a doubt: the coach
    /// holds back praise (suggests 3) and shows no words. Never set with `caution`.
    pub reserved: bool,
}

/// Why a short reply the second reader is all but certain about is coded by it. "No rule coded
/// it", not "no rule fired": a rule may have underlined words that do not decide the code alone
/// ("but" in a question).
pub const WHY_READER_DECIDES: &str = "Coded by the coach's second reader: no rule coded it \
     persuade or confront, but it is all but certain this reply pushes or judges (see the \
     flag).";

/// Why a short reply the rules let pass, which the second reader all but certainly doubts, is
/// coded persuade or confront (coder version 65).
pub const WHY_READER_OVERRULES: &str = "Coded by the coach's second reader: the rules found \
     nothing MI-inconsistent, but it is all but certain this short reply pushes or judges, and \
     nothing in it praises or asks (see the flag).";

/// Why a short statement the rules read as information, which the second reader doubts, is
/// coded persuade or confront.
pub const WHY_READER_STATEMENT: &str = "Coded by the coach's second reader: no rule coded it \
     persuade or confront, but short statements like this one, offered in reply to a client's \
     view, pushed or judged in nearly every example it learned from (see the flag).";

/// Why a reply the rules call a reflection only for want of anything else (or, since coder
/// version 41, one resting only on "you"; since 43, one that talks only about the clinician),
/// which the second reader doubts, is coded persuade or confront.
pub const WHY_READER_DEFAULT: &str = "Coded by the coach's second reader: no rule coded it \
     persuade or confront, and nothing in it says back what the client meant or felt, while \
     replies worded like it pushed or judged in nearly every example it learned from (see the \
     flag).";

/// Why a question the second reader all but certainly doubts is coded persuade or confront.
pub const WHY_READER_QUESTION: &str = "Coded by the coach's second reader: a question in form, \
     but worded like the questions that carried their own answer, pushing or judging, in nearly \
     every example it learned from (see the flag).";

/// Why facts the rules flagged and the second reader doubts are coded persuade.
pub const WHY_PRESSED_FACTS: &str = "Gives facts nobody asked for, worded the way replies that \
     pushed for change were worded in the examples the coach learned from: offered against the \
     client's view, facts argue for change (see the flags).";

/// What the learner reads when the coach is not sure.
pub const NOT_SURE: &str = "The coach is not sure what kind of reply this is.";

impl Coding {
    /// The one flag the rules raised that the second reader cleared (coder version 102): shown
    /// as a doubt, with [`learned::CLEARED_REASON`], while the rest of the reply decides the code.
    pub fn cleared(&self) -> Option<&Flag> {
        self.caution
            .as_ref()
            .filter(|c| c.reason == learned::CLEARED_REASON)
    }

    /// `closed-question  flags: leading-question["don't you think"]`, as `reframe code` prints;
    /// `  unsure` after the code when the coach is not sure, `  reserved` when it holds back
    /// praise, and `  caution: persuade["…"]` when the second reader doubts the reply.
    pub fn line(&self) -> String {
        let mut out = self.code.id().to_string();
        if !self.sure {
            out.push_str("  unsure");
        }
        if self.reserved {
            out.push_str("  reserved");
        }
        if let Some(also) = self.also {
            out.push_str("  also: ");
            out.push_str(also.id());
        }
        if let Some(c) = &self.caution {
            out.push_str(&format!(
                "  caution: {}[{:?}]",
                c.kind.id(),
                c.words.replace(['\n', '\t'], " ")
            ));
        }
        if !self.flags.is_empty() {
            out.push_str("  flags:");
            for (i, flag) in self.flags.iter().enumerate() {
                out.push_str(if i == 0 { " " } else { ", " });
                out.push_str(flag.kind.id());
                out.push_str(&format!("[{:?}]", flag.words.replace(['\n', '\t'], " ")));
            }
        }
        out
    }

    /// Flag ids as stored with an answer, e.g. `leading-question`.
    pub fn flag_ids(&self) -> Vec<String> {
        self.flags.iter().map(|f| f.kind.id().to_string()).collect()
    }
}

/// Codes one response.
pub fn code(response: &str) -> Coding {
    code_text(&text::Text::new(response), None)
}

/// [`code`] on a response already split into words, in reply to the client's `statement` when
/// it is known.
fn code_text(text: &text::Text, statement: Option<&str>) -> Coding {
    let mut coding = rules::code(text);
    // One flag the rules raised, on a reply the second reader is all but certain is
    // MI-consistent (coder version 102): the rest of the reply decides the code, and the flag
    // is shown as a doubt with the reason it was cleared.
    if coding.code.group() == Group::PersuadeConfront
        && let [flag] = coding.flags.as_slice()
        && learned::clears(
            text,
            flag,
            statement.is_some_and(|st| echo::turns_round(st, text, flag)),
        )
    {
        let rest = rules::code_without(text, &flag.span);
        if rest.code.group() != Group::PersuadeConfront
            && rest.flags.is_empty()
            && !rest.code.is_question()
        {
            let doubt = Flag {
                reason: learned::CLEARED_REASON,
                ..flag.clone()
            };
            coding = rest;
            coding.caution = Some(doubt);
            return coding;
        }
    }
    let reading = learned::read(text, &coding);
    // Facts the rules already flagged as unasked, which the reader also reads as pushing: the
    // two readings agree, and in reply to a client's view such facts argue for change.
    if coding.code == Code::Info
        && reading.presses_facts
        && coding
            .flags
            .iter()
            .any(|f| f.reason == crate::markers::UNASKED_INFO)
    {
        coding.code = Code::Persuade;
        coding.why = WHY_PRESSED_FACTS;
        return coding;
    }
    // A short reply the reader is all but certain about, a short statement the rules read as
    // information, a reply whose reflection (or talk about the clinician) rests on thin
    // evidence, or a question, that it doubts (`learned::Reading`): its doubt becomes the code,
    // and the words that weighed most are underlined with its reason, as a rule's would be.
    if (reading.decides
        || reading.states
        || reading.defaults
        || reading.leads
        || reading.rises
        || reading.overrules
        || reading.asks_back
        || reading.typed_reply)
        && let Some(flag) = reading.caution.clone()
    {
        // Why, and the flag's reason if it persuades or confronts. "Short replies worded like
        // this…" only where the reply is short.
        let (why, persuades, confronts) = if reading.decides {
            (
                WHY_READER_DECIDES,
                learned::DECIDED_PERSUADE,
                learned::DECIDED_CONFRONT,
            )
        } else if reading.states {
            (
                WHY_READER_STATEMENT,
                learned::DECIDED_PERSUADE,
                learned::DECIDED_CONFRONT,
            )
        } else if reading.leads || reading.rises || reading.asks_back {
            (
                WHY_READER_QUESTION,
                learned::QUESTION_PERSUADE,
                learned::QUESTION_CONFRONT,
            )
        } else if reading.typed_reply && !reading.overrules && !reading.defaults {
            (
                WHY_READER_TYPED,
                learned::TYPED_PERSUADE,
                learned::TYPED_CONFRONT,
            )
        } else if reading.overrules && !reading.defaults {
            (
                WHY_READER_OVERRULES,
                learned::DECIDED_PERSUADE,
                learned::DECIDED_CONFRONT,
            )
        } else {
            (
                WHY_READER_DEFAULT,
                learned::DEFAULT_PERSUADE,
                learned::DEFAULT_CONFRONT,
            )
        };
        let (code, reason) = if flag.kind == crate::markers::MarkerKind::Confront {
            (Code::Confront, confronts)
        } else {
            (Code::Persuade, persuades)
        };
        coding.code = code;
        coding.why = why;
        coding.sure = true;
        coding.flags.push(Flag { reason, ..flag });
        return coding;
    }
    coding.caution = reading.caution;
    coding.reserved = reading.reserved;
    coding
}

/// Why a plain statement that is mostly the client's own words is a simple reflection.
pub const WHY_ECHO: &str = "Says the client's own words back to them as a plain statement: a \
     simple reflection.";

/// Why, coded alone, the second reader's doubt is the code of a reply typed as learners type
/// theirs (coder version 97).
pub const WHY_READER_TYPED: &str = "Coded by the coach's second reader: typed the way learners \
     type their replies, and worded like the replies that pushed or judged in most of the \
     examples it learned from (see the flags).";

/// Why, in reply to a client's statement, the second reader's doubt is the code.
pub const WHY_READER_IN_REPLY: &str = "Coded by the coach's second reader: in reply to a \
     client's view, replies worded like this one pushed or judged in most of the examples it \
     learned from (see the flags).";

/// Codes a reply to the client's `statement`, as the app does: as [`code`], with these
/// differences. A reply the in-reply reader doubts, reading it with the statement
/// ([`learned::read_with_statement`], coder version 146; until then the second reader's
/// caution, version 59), is coded as the doubt's kind, its words flagged with the reader's
/// reason, and the same reader says whether praise is held back (version 147): the readers learned from exactly such typed replies to resistant statements, where
/// their doubts are right about nine times in ten, while on transcribed sessions they fall on
/// counsellors' reflections, which is why [`code`] alone only cautions, unless the reply was
/// typed as learners type theirs ([`learned::Reading::typed_reply`], coder version 97). A
/// caution the in-reply reader does not share stays a caution. A statement with no words is no
/// statement: the reply is coded alone. And a plain statement the rules could not place
/// (information they are not sure of, with no flag and no doubt) whose content words are mostly
/// the client's own is a simple reflection (coder version 55, `echo.rs`). And a reply whose
/// every flag, or the reader's doubt, is the client's own words said back is a simple
/// reflection too (coder version 76, [`echo::flags_echo`]).
pub fn code_in_reply_to(statement: &str, response: &str) -> Coding {
    // A statement with no words ("", "...", "?", an emoji) is no statement: the in-reply
    // reader would count every word of the reply as new.
    if text::Text::new(statement).words.is_empty() {
        return code(response);
    }
    let text = text::Text::new(response);
    let mut coding = code_text(&text, Some(statement));
    // The client's own obligation, warning or verdict said back in their words (coder version
    // 76): theirs, not the clinician's push.
    if coding.code.group() == Group::PersuadeConfront
        && echo::flags_echo(statement, &text, &coding.flags)
    {
        return echoed();
    }
    // The client's own word thrown back as a question, then an answer to it (coder version
    // 82): unless what follows reflects in its own words or affirms.
    if coding.code.group() != Group::PersuadeConfront
        && let Some(words) = echo::throws_back_their_word(statement, &text)
    {
        let rest_start = text.sentences[1].span.start;
        let rest_text = text::Text::new(&text.raw[rest_start..]);
        let rest = rules::code(&rest_text);
        let reflects = rest.code.is_reflection() && rest.sure && !rest.rests_on_subject;
        // "Everyone? What do you mean by everyone?" asks them to say more.
        let invites = rest.code == Code::OpenQuestion
            && (matches!(rest_text.key(0), "what" | "how") || rules::invites(&rest_text));
        if !reflects && !invites && !matches!(rest.code, Code::Affirm | Code::Autonomy) {
            let span = text.span(words);
            coding.code = Code::Confront;
            coding.why = WHY_THROWN_BACK;
            coding.sure = true;
            coding.caution = None;
            coding.reserved = false;
            coding.flags.push(Flag {
                kind: crate::markers::MarkerKind::Confront,
                words: text.raw[span.clone()].to_string(),
                span,
                reason: REASON_THROWN_BACK,
            });
            return coding;
        }
    }
    // The in-reply reader (coder versions 146 and 147): its doubt above 0.8 is the code, and
    // below that it says whether praise is held back. Not on a rule's flag the reader cleared
    // (version 102), nor on a reply that opens on the clinician's own uncertainty (version
    // 134): those keep what the reader alone said.
    let reading = if coding.cleared().is_some() || scan::opens_in_own_uncertainty(&text) {
        None
    } else {
        learned::read_with_statement(statement, &text, &coding)
    };
    // Without a doubt that decides, the in-reply reader also says whether praise is held back
    // (coder version 147), where the reader alone did.
    if let Some(r) = &reading
        && r.doubt.is_none()
        && coding.caution.is_none()
    {
        coding.reserved = r.leans;
    }
    if let Some(flag) = reading.and_then(|r| r.doubt) {
        if echo::flags_echo(statement, &text, std::slice::from_ref(&flag)) {
            return echoed();
        }
        let asks = coding.code.is_question();
        let (code, reason) = match (flag.kind == crate::markers::MarkerKind::Confront, asks) {
            (true, true) => (Code::Confront, learned::IN_REPLY_QUESTION_CONFRONT),
            (true, false) => (Code::Confront, learned::IN_REPLY_CONFRONT),
            (false, true) => (Code::Persuade, learned::IN_REPLY_QUESTION_PERSUADE),
            (false, false) => (Code::Persuade, learned::IN_REPLY_PERSUADE),
        };
        coding.code = code;
        coding.why = WHY_READER_IN_REPLY;
        coding.sure = true;
        coding.reserved = false;
        coding.caution = None;
        coding.flags.push(Flag { reason, ..flag });
        return coding;
    }
    // (A doubt has already returned above.)
    // Not a conclusion closed on "then" (coder version 149): the coach is not sure of it.
    if coding.code == Code::Info
        && !coding.sure
        && coding.flags.is_empty()
        && echo::echoes(statement, &text)
        && !shapes::concludes_on_then(&text)
    {
        coding.code = Code::SimpleReflection;
        coding.why = WHY_ECHO;
        coding.sure = true;
    }
    coding
}

/// A reply whose every flag is the client's own words said back ([`echo::flags_echo`]): a
/// simple reflection, its flags and doubts dropped.
fn echoed() -> Coding {
    Coding {
        code: Code::SimpleReflection,
        why: WHY_ECHOED_FLAGS,
        also: None,
        flags: Vec::new(),
        sure: true,
        rests_on_subject: false,
        caution: None,
        reserved: false,
    }
}

/// Why a reply that throws the client's word back as a question and answers it confronts.
pub const WHY_THROWN_BACK: &str = "Throws the client's own word back as a question, then answers \
     it: it doubts or disputes what they said (see the flag).";

/// The flag's reason on the words thrown back.
pub const REASON_THROWN_BACK: &str = "The client's word thrown back as a question (\"Everyone?\", \
     \"End of?\") and then answered reads as disbelief. To check what they meant, reflect it: \
     \"Everyone you know does it.\"";

/// Why a reply whose flagged words are all the client's own is a simple reflection.
pub const WHY_ECHOED_FLAGS: &str = "Says back the client's own words, even where they sound like \
     advice or a verdict (\"I just need to…\" said back as \"you just need to…\"): a simple \
     reflection.";

/// Codes one response by the rules alone, without the second reader's caution: what the
/// reader is trained on.
pub fn code_by_rules(response: &str) -> Coding {
    rules::code(&text::Text::new(response))
}

/// What to store with a typed answer so it can be recoded later: coder version, code id, flag
/// ids and the second code.
impl From<&Coding> for crate::scheduler::StoredCoding {
    fn from(coding: &Coding) -> Self {
        crate::scheduler::StoredCoding {
            coder_version: CODER_VERSION,
            code: coding.code.id().to_string(),
            flags: coding.flag_ids(),
            also: coding.also.map(|c| c.id().to_string()),
        }
    }
}
