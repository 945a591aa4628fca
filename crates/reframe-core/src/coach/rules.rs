//! The coder's rules. Markers of docs/mi.md, "What makes a reply MI-inconsistent" decide persuade and confront; otherwise each
//! sentence is coded on its own (question form, seek, autonomy, affirm, information,
//! reflection) and the response takes the code that matters most to a supervisor.

use super::lexicon as lex;
use super::text::{CONTEXT_WORDS, Phrase, Sentence, Text};
use super::{Code, Coding, Flag, Group};
use crate::markers::{MarkerKind, find_markers_in};
use std::ops::Range;
use std::sync::LazyLock;

/// A compiled word list.
struct Phrases(Vec<Phrase>);

impl Phrases {
    fn new(list: &[&str]) -> Phrases {
        Phrases(list.iter().copied().flat_map(Phrase::parse_all).collect())
    }

    fn starts_at(&self, text: &Text, at: usize) -> bool {
        self.0.iter().any(|p| p.match_at(text, at).is_some())
    }

    /// Where the longest phrase starting at `at` ends.
    fn match_at(&self, text: &Text, at: usize) -> Option<usize> {
        self.0.iter().filter_map(|p| p.match_at(text, at)).max()
    }

    fn any_in(&self, text: &Text, words: Range<usize>) -> bool {
        words.into_iter().any(|at| self.starts_at(text, at))
    }
}

/// Where the words of harm or benefit that made a sentence's facts argue ([`lex::HARM`]) stand
/// among the reply's words `words`: what the echo check compares with the client's own
/// (coder version 79).
pub(super) fn harm_words(text: &Text, words: Range<usize>) -> Vec<Range<usize>> {
    words
        .filter_map(|at| LISTS.harm.match_at(text, at).map(|end| at..end))
        .collect()
}

/// The reply asks the client to talk ("fill me in", "tell me"), wherever in it: "Why don't you
/// talk me through the week?" invites, whatever its opening shares with advice.
pub(super) fn invites(text: &Text) -> bool {
    LISTS.invitations.any_in(text, 0..text.words.len())
}

struct Lists {
    invitations: Phrases,
    reflective_stems: Phrases,
    seek: Phrases,
    offers: Phrases,
    autonomy: Phrases,
    affirm: Phrases,
    depth: Phrases,
    info: Phrases,
    narrow: Phrases,
    exclaiming: Phrases,
    agreement: Phrases,
    clinician_reflecting: Phrases,
    strong_info: Phrases,
    feeling_stems: Phrases,
    checks: Phrases,
    wondering: Phrases,
    arguing: Phrases,
    harm: Phrases,
    judgement: Phrases,
    support: Phrases,
    asked_for: Phrases,
    client_scope: Phrases,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| Lists {
    asked_for: Phrases::new(&[ASKED, ASKED_ALSO].concat()),
    invitations: Phrases::new(lex::INVITATIONS),
    reflective_stems: Phrases::new(lex::REFLECTIVE_STEMS),
    seek: Phrases::new(lex::SEEK),
    offers: Phrases::new(lex::OFFERS),
    autonomy: Phrases::new(lex::AUTONOMY),
    affirm: Phrases::new(lex::AFFIRM),
    depth: Phrases::new(lex::DEPTH),
    info: Phrases::new(lex::INFO),
    narrow: Phrases::new(lex::NARROW_OPENINGS),
    exclaiming: Phrases::new(lex::EXCLAIMING),
    agreement: Phrases::new(lex::TOKEN_AGREEMENT),
    clinician_reflecting: Phrases::new(CLINICIAN_REFLECTING),
    strong_info: Phrases::new(&[STRONG_INFO, ASKED].concat()),
    feeling_stems: Phrases::new(
        &lex::REFLECTIVE_STEMS
            .iter()
            .copied()
            .filter(|stem| !NOT_FELT.contains(stem))
            .collect::<Vec<_>>(),
    ),
    checks: Phrases::new(CHECKS),
    wondering: Phrases::new(WONDERING),
    arguing: Phrases::new(lex::ARGUING),
    harm: Phrases::new(lex::HARM),
    judgement: Phrases::new(lex::JUDGEMENT),
    support: Phrases::new(lex::SUPPORT),
    client_scope: Phrases::new(CLIENT_SCOPE),
});

/// Phrases that say a whole sentence is the client's view, wherever they sit in it ("in your
/// eyes, the worry is overblown"; "so, no real risk, the way you see it"): harm or worth named
/// inside such a sentence is what the client holds, said back, not facts pressed on them
/// (coder version 71).
#[rustfmt::skip]
const CLIENT_SCOPE: &[&str] = &[
    "in your eyes", "the way you see it", "the way you see things", "as you see it",
    "from where you sit", "from where you're sitting", "in your view", "in your book",
    "as far as you're concerned", "to your mind", "from your side", "as you tell it",
];

/// Sentence `s` is scoped as the client's view ([`CLIENT_SCOPE`]), or opens "To you," / "For
/// you,".
fn in_clients_scope(text: &Text, s: &super::text::Sentence) -> bool {
    let start = s.words.start;
    let opens_for_you = s.words.len() > 2
        && matches!(text.key(start), "to" | "for")
        && matches!(text.key(start + 1), "you" | "u")
        && text.words[start + 2].pause_before;
    opens_for_you || LISTS.client_scope.any_in(text, s.words.clone())
}

/// Statements that work as questions wherever they sit in a sentence.
#[rustfmt::skip]
const WONDERING: &[&str] = &[
    "i'm wondering how", "i'm wondering what", "i'm wondering why", "i'm wondering whether",
    "i'm wondering if", "i was wondering", "i'm curious about", "i'm curious what",
    "i'm curious how", "i'm curious why",
];

/// "I" statements that still reflect the client ("I get the sense you're…").
#[rustfmt::skip]
const CLINICIAN_REFLECTING: &[&str] = &[
    "i hear", "i'm hearing", "i get the sense", "i sense", "i wonder if", "i wonder whether",
    "i imagine", "i can see", "i can tell", "i notice", "i guess you", "i'm getting", "i gather",
    "i'm guessing", "i'm noticing", "i know that you", "i know you", "i understand that you",
    "i understand you", "i get that you", "i hear that",
];

/// Subject pronouns after "what"/"how" that make a statement ("What you want is…").
/// Also determiners: "What the last week is like is something you know."
#[rustfmt::skip]
const STATEMENT_SUBJECTS: &[&str] = &[
    "i", "im", "ive", "id", "ill", "you", "youre", "youve", "we", "it", "its", "they", "he",
    "she",
];

/// After a bare "what" (not "what's"), a determiner also opens a statement.
const DETERMINERS: &[&str] = &["the", "a", "your", "my", "his", "her", "their"];

/// Verbs that, straight after "what", open a clause the sentence goes on to say something about
/// ("What happens from here is your call", "What happened to your dad is still with you").
#[rustfmt::skip]
const CLAUSE_VERBS: &[&str] = &[
    "happens", "happened", "matters", "mattered", "feels", "felt", "worries", "worried",
    "scares", "scared", "bothers", "bothered", "hurts", "helps", "helped", "works", "worked",
    "counts",
];

/// Subjects of such a clause ("How much you play is…", "What support you take up is…").
const CLAUSE_SUBJECTS: &[&str] = &["i", "you", "u", "ya", "he", "she", "they", "we", "it"];

/// The verbs that then say something about the clause.
#[rustfmt::skip]
const CLAUSE_PREDICATES: &[&str] = &[
    "is", "was", "are", "were", "isnt", "wasnt", "seems", "depends", "stays", "remains",
];

/// A sentence without a question mark whose question word opens a clause that is the subject
/// of what follows (coder version 104): "How much you play is your decision", "What happens
/// from here is your call", "What, if anything, you change is up to you". The clause has its
/// own verb (one of [`CLAUSE_VERBS`] or a modal and its verb straight after "what", or a subject
/// not inverted after an auxiliary), and a verb of [`CLAUSE_PREDICATES`] follows it. "What do you think is going on"
/// (an auxiliary after the question word) and "what kind of support is there" still ask.
pub(super) fn heads_a_statement(text: &Text, s: &Sentence, at: usize) -> bool {
    // Looked for within the usual context, so that asking this of every marker in a long
    // pasted sentence stays linear in the text.
    let end = s.words.end.min(at + CONTEXT_WORDS);
    let mut j = at + 1;
    if text.key(at) == "how"
        && j < end
        && matches!(
            text.key(j),
            "much" | "many" | "often" | "far" | "long" | "hard" | "soon"
        )
    {
        j += 1;
    }
    if j >= end || matches!(text.key(j), "else" | "kind" | "sort" | "type" | "about") {
        return false;
    }
    let what = text.key(at) == "what";
    // "What would help is…", "What might work is…": a modal and its verb, not a subject.
    let modal =
        what && matches!(
            text.key(j),
            "would" | "could" | "might" | "can" | "will" | "should" | "may"
        ) && j + 1 < end
            && matches!(
                text.key(j + 1),
                "help" | "work" | "happen" | "matter" | "change" | "make" | "count" | "hurt"
            );
    if lex::AUXILIARIES.contains(&text.key(j)) && !modal {
        return false;
    }
    // The first word after the clause's own verb that can be the verb about the clause.
    let clause = if modal {
        Some(j + 2)
    } else if what && CLAUSE_VERBS.contains(&text.key(j)) {
        Some(j + 1)
    } else {
        (j..end)
            .find(|&k| {
                CLAUSE_SUBJECTS.contains(&text.key(k))
                    && !lex::AUXILIARIES.contains(&text.key(k - 1))
            })
            .map(|k| k + 2)
    };
    // The verb must say something about the whole clause, not about a subject of its own ("what
    // made it feel like I was judging you"; but "what matters to you is…", where a preposition
    // governs the subject, and "How far you take it is your call") and not inside a clause of
    // time or condition ("what happens on the days your boss is a nightmare").
    let own_subject = |k: usize| {
        let before = text.key(k - 1);
        before != "it"
            && CLAUSE_SUBJECTS.contains(&before)
            && !matches!(
                text.key(k - 2),
                "to" | "for" | "with" | "about" | "of" | "from" | "by"
            )
    };
    clause.is_some_and(|from| {
        (from..end)
            .take_while(|&k| !CLAUSE_BREAKS.contains(&text.key(k)))
            .any(|k| CLAUSE_PREDICATES.contains(&text.key(k)) && !own_subject(k))
    })
}

/// Words that open a clause of time, condition or cause inside such a clause.
#[rustfmt::skip]
const CLAUSE_BREAKS: &[&str] = &[
    "when", "whenever", "if", "because", "cause", "while", "after", "before", "until", "since",
    "days", "times", "where",
];

/// Words a transcript fragment starts with when it finishes the clinician's last sentence.
const CONTINUATIONS: &[&str] = &[
    "to", "and", "or", "with", "about", "for", "of", "in", "on", "at", "from", "because",
];

/// Words that negate the phrase after them.
const NEGATED: &[&str] = &["not", "isnt", "wasnt", "never", "no", "arent", "werent"];

/// The reflective stems ([`lex::REFLECTIVE_STEMS`]) that do not say a statement is how things
/// seem to the client, only that they feel something ("by the time you feel it, it's usually
/// too late", "the relief you feel is withdrawal"): the rest keep an information cue inside
/// them from making the statement information ("it feels like doctors go straight for the
/// tablets", "part of you trusts your body more than a blood test").
const NOT_FELT: &[&str] = &[
    "you feel",
    "you're feeling",
    "you've been feeling",
    "it's like",
];

/// A closing check that what was just said is the client's meaning.
#[rustfmt::skip]
const CHECKS: &[&str] = &[
    "what you're describing", "what you're saying", "what you're telling me", "what you mean",
    "what you meant", "what you're getting at", "if i've got that right", "if i've got it right",
    "if i understand you", "if i understood you", "have i got that right", "did i get that right",
];

/// The reply's last clause checks that what was said is the client's meaning ("…, if ive got that
/// right", "…, is that what you're saying"): the clinician's understanding offered back, which
/// the second reader's doubt does not decide (coder version 103).
pub(super) fn closes_with_check(text: &Text) -> bool {
    let n = text.words.len();
    let start = (1..n)
        .rev()
        .find(|&j| text.words[j].pause_before)
        .unwrap_or(0);
    n > 0 && LISTS.checks.any_in(text, start..n)
}

/// Strong information cues: these make a sentence information even when it says "you".
#[rustfmt::skip]
const STRONG_INFO: &[&str] = &[
    "research", "studies", "study", "evidence", "percent", "statistics", "guideline",
    "guidelines", "recommended", "results", "it's common", "it is common", "it's normal",
    "it is normal", "most people", "many people", "some people", "confidential",
    // A fact about what something does to "your" odds is still a fact, not a reflection.
    "double your", "doubles your", "triple your", "triples your", "halve your", "halves your",
    "increase your chances", "increases your chances", "improve your chances",
    "improves your chances", "increases your risk", "raises your risk", "lowers your risk",
    "reduces your risk", "cuts your risk",
    // Coder version 57: how the service works, said to "you", is still information; so is
    // what the client asked for (`ASKED`, added to these in `LISTS`).
    "just so you know", "stays between us", "stays between you and me", "only hears that",
    "only gets told", "only told that",
];

/// The reply says the client asked for what it tells (coder version 57): a strong information
/// cue, and its facts are neither flagged as unasked nor read as pressing for change.
#[rustfmt::skip]
const ASKED: &[&str] = &[
    "since you asked", "you asked about", "you asked if", "you asked how", "you asked what",
    "to answer your question",
];

/// More ways of saying the client asked, which only lift the flags (not information cues).
#[rustfmt::skip]
const ASKED_ALSO: &[&str] = &["you asked me", "as you asked", "you wanted to know"];

const WHY_EMPTY: &str = "Nothing was typed.";
const WHY_CONFRONT: &str = "Labels, disputes, corrects or doubts the client (see the flags).";
const WHY_PERSUADE: &str =
    "Advises, warns or argues for change without permission (see the flags).";
const WHY_ARGUING: &str =
    "Gives facts that argue for change (a harm, a benefit, what would be wise) without permission.";
const WHY_REASSURE: &str =
    "Reassures or fixes before the client feels heard: it argues their worry away.";
const WHY_LEADING: &str = "A leading question pushes the clinician's answer (see the flags).";
const WHY_REBUTTAL: &str = "A token agreement followed by \"but\" is a rebuttal: it argues.";
const WHY_SEEK: &str = "Asks permission or shares the agenda: it treats the client as a partner.";
pub(super) const WHY_SEEK_ASKING: &str = "Asks permission or the client's wishes: it shares the agenda, so \
    it is seeking collaboration rather than a plain question.";
const WHY_OPEN: &str = "Invites the client's own view with room for a long answer.";
const WHY_CLOSED: &str = "Can be answered with yes, no or a single fact.";
pub const WHY_RISING: &str =
    "A statement with a question mark asks the client to confirm: a closed question.";
const WHY_AUTONOMY: &str = "Says plainly that the choice or control is the client's.";
const WHY_AFFIRM: &str = "Names a real strength, effort or value of the client's.";
const WHY_PRAISE: &str = "Generic praise names nothing of the client's, so it is not an \
    affirmation; say what they did or what it shows about them.";
const WHY_FILLER: &str = "A backchannel, greeting or thanks: no MITI behaviour code.";
const WHY_INFO: &str = "Gives facts or general information rather than reflecting the client.";
pub(super) const WHY_SELF: &str =
    "Talks about the clinician or the session rather than the client.";
const WHY_SUPPORT: &str = "Thanks, sympathy or good wishes: warm, but it says nothing back of \
    what the client said (no MITI behaviour code).";
const WHY_COMPLEX: &str =
    "A statement that adds feeling, meaning or the other side to what the client said.";
const WHY_SIMPLE: &str = "A statement that says back what the client said, adding little.";

/// What one sentence does on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Move {
    /// Shares the agenda or power in a statement ("Let's look at this together").
    Seek,
    /// Asks permission or the client's agenda as a question: coded seeking collaboration, and
    /// counted as seeking beside any real question in the reply.
    SeekAsking,
    Open,
    Closed,
    Autonomy,
    Affirm,
    Reflect {
        complex: bool,
    },
    Info,
    SelfTalk,
    /// Thanks, sympathy or good wishes opening the sentence ([`lex::SUPPORT`]).
    Support,
    Praise,
    Filler,
}

/// Codes one response by the rules alone.
pub fn code(text: &Text) -> Coding {
    code_dropping(text, None)
}

/// [`code`] with the marker at `span` left out, as if its words named nothing: the code the
/// rest of the reply earns (coder version 102, when the second reader clears the one flag).
pub(super) fn code_without(text: &Text, span: &std::ops::Range<usize>) -> Coding {
    code_dropping(text, Some(span))
}

fn code_dropping(text: &Text, drop: Option<&std::ops::Range<usize>>) -> Coding {
    let mut flags: Vec<Flag> = find_markers_in(text)
        .into_iter()
        .map(Flag::from)
        .filter(|f| drop.is_none_or(|d| f.span != *d))
        .collect();
    if !flags
        .iter()
        .any(|f| matches!(f.kind, MarkerKind::Persuade | MarkerKind::Confront))
        && let Some(flag) = drawn_conclusion(text)
        && drop.is_none_or(|d| flag.span != *d)
    {
        flags.push(flag);
    }
    let yes_but = yes_but_sentences(text, &flags);
    // Each sentence is read once; everything after works from these moves.
    let moves: Vec<Move> = text
        .sentences
        .iter()
        .zip(&yes_but)
        .map(|(s, &yb)| sentence_move(text, s, yb))
        .collect();
    let (mut code, mut why, also) = main_code(text, &flags, &moves);
    // Facts the reply says the client asked for are neither unasked nor pressed on them.
    let asked_for = LISTS.asked_for.any_in(text, 0..text.words.len());
    if code == Code::Info && !asked_for {
        // Facts nobody asked for are flagged; facts that argue for change persuade.
        // A flag being cleared (`code_without`, coder version 105) is not raised again here.
        if let Some(flag) = arguing_information(text, &moves)
            && drop.is_none_or(|d| flag.span != *d)
        {
            code = Code::Persuade;
            why = WHY_ARGUING;
            flags.push(flag);
        }
    }
    let mut sure = is_sure(text, code, why, &moves);
    // Facts nobody asked for are flagged only when the coach is sure they are facts: a long
    // statement that is information only by default is as likely a reflection, and a
    // learner must not be told a reflection argued.
    if code == Code::Info && why != WHY_ARGUING && sure && !asked_for {
        flags.extend(unasked_information(text, &moves));
    }
    if !sure
        && matches!(code, Code::SimpleReflection | Code::ComplexReflection)
        && let Some((argues, reason, flag)) = opinion_in_default_reflection(text)
        && drop.is_none_or(|d| flag.span != *d)
    {
        (code, why, sure) = (argues, reason, true);
        flags.push(flag);
    }
    // Sure of a reflection, but with no sentence that says so in its words: only the client as
    // a clause's subject made it one.
    let rests_on_subject = sure
        && code.is_reflection()
        && !text
            .sentences
            .iter()
            .zip(&moves)
            .any(|(s, m)| matches!(m, Move::Reflect { .. }) && stem_or_depth(text, s));
    Coding {
        code,
        why,
        also,
        flags,
        sure,
        rests_on_subject,
        caution: None,
        reserved: false,
    }
}

/// A sentence says it reflects in its words: a reflective stem, or a word of feeling or depth.
/// The client as the subject of a clause is the other evidence a reflection can have.
fn stem_or_depth(text: &Text, s: &Sentence) -> bool {
    let lists = &*LISTS;
    lists.reflective_stems.any_in(text, s.words.clone())
        || lists.depth.any_in(text, s.words.clone())
}

/// Whether the evidence for `code` is more than a default: a marker, a question's form, a
/// reflective stem, the client as subject, a feeling, an information cue. A short statement
/// that is a reflection only because it is short, information only because it is long, or a
/// statement with a question mark that might be either, is not sure.
fn is_sure(text: &Text, code: Code, why: &str, moves: &[Move]) -> bool {
    if text.words.is_empty() || code.group() == Group::PersuadeConfront || why == WHY_RISING {
        return why != WHY_RISING;
    }
    let lists = &*LISTS;
    let evidence = |s: &Sentence| -> bool {
        let words = s.words.clone();
        match code {
            Code::SimpleReflection | Code::ComplexReflection => {
                words.clone().any(|i| client_subject(text, s, i)) || stem_or_depth(text, s)
            }
            Code::Info => {
                lists.info.any_in(text, words.clone()) || lists.strong_info.any_in(text, words)
            }
            _ => true,
        }
    };
    let wanted = |m: &Move| match code {
        Code::SimpleReflection | Code::ComplexReflection => matches!(m, Move::Reflect { .. }),
        Code::Info => *m == Move::Info,
        _ => true,
    };
    text.sentences
        .iter()
        .zip(moves)
        .filter(|(_, m)| wanted(m))
        .any(|(s, _)| evidence(s))
}

/// Information given without asking is persuasion in a learner's answer (docs/mi.md, "What makes a reply MI-inconsistent"): flag
/// the first sentence that gives it.
fn unasked_information(text: &Text, moves: &[Move]) -> Option<Flag> {
    let sentence = text
        .sentences
        .iter()
        .zip(moves)
        .find(|(_, m)| **m == Move::Info)?
        .0;
    Some(Flag {
        kind: MarkerKind::Persuade,
        span: sentence.span.clone(),
        words: text.raw[sentence.span.clone()].to_string(),
        reason: crate::markers::UNASKED_INFO,
    })
}

/// The first sentence of information that argues for change: a harm, a benefit, a verdict on
/// what is wise ("being overweight raises your risk…", "cutting sugar now is smart").
fn arguing_information(text: &Text, moves: &[Move]) -> Option<Flag> {
    let sentence = text
        .sentences
        .iter()
        .zip(moves)
        .find(|(s, m)| {
            **m == Move::Info
                && LISTS.arguing.any_in(text, s.words.clone())
                && !in_clients_scope(text, s)
        })?
        .0;
    Some(Flag {
        kind: MarkerKind::Persuade,
        span: sentence.span.clone(),
        words: text.raw[sentence.span.clone()].to_string(),
        reason: crate::markers::ARGUING_INFO,
    })
}

const WHY_JUDGING: &str =
    "States the clinician's own judgement as a fact, saying back nothing of the client's.";

/// A statement that is a reflection only by default (no client as subject, no reflective
/// stem, no feeling) but names a harm is an argument for change; one that passes judgement
/// ("isn't enough", "…, though") is a correction. Either way the clinician's view, not the
/// client's, is what it says.
fn opinion_in_default_reflection(text: &Text) -> Option<(Code, &'static str, Flag)> {
    let lists = &*LISTS;
    // The clinician speaking of themself ("If you tell me someone is at risk, I'll have to
    // report it") is being open about their role, not arguing.
    let speaks_of_self = text.words.iter().any(|w| {
        matches!(
            w.key.as_str(),
            "i" | "im" | "ill" | "ive" | "id" | "me" | "my"
        )
    });
    if speaks_of_self {
        return None;
    }
    let flag = |s: &Sentence, reason| Flag {
        kind: MarkerKind::Persuade,
        span: s.span.clone(),
        words: text.raw[s.span.clone()].to_string(),
        reason,
    };
    if let Some(s) = text
        .sentences
        .iter()
        .find(|s| lists.harm.any_in(text, s.words.clone()) && !in_clients_scope(text, s))
    {
        return Some((
            Code::Persuade,
            WHY_ARGUING,
            flag(s, crate::markers::ARGUING_INFO),
        ));
    }
    let closes_with_though = |s: &Sentence| {
        let last = s.words.end.checked_sub(1)?;
        (last > s.words.start && text.key(last) == "though" && text.words[last].pause_before)
            .then_some(())
    };
    let s = text.sentences.iter().find(|s| {
        (lists.judgement.any_in(text, s.words.clone()) || closes_with_though(s).is_some())
            && !in_clients_scope(text, s)
    })?;
    let flag = Flag {
        kind: MarkerKind::Confront,
        ..flag(s, crate::markers::OWN_JUDGEMENT)
    };
    Some((Code::Confront, WHY_JUDGING, flag))
}

/// A statement that ends by drawing the conclusion for the client: after a pause, "so" and then
/// what they should do or what is worth doing ("It's the same medicine, so there's really no
/// reason not to try it", "Rugs trip people, so they really should come up"), coder version
/// 138. Not where the conclusion is the client's view or choice ("It feels like nothing works,
/// so there's no point", "so whether it's worth it is yours to weigh"), a freedom ("so they
/// don't have to be taken then"), or the clinician's own duty ("so I'll have to mark it").
fn drawn_conclusion(text: &Text) -> Option<Flag> {
    // Words that put the sentence in the client's view or hand them the choice, anywhere in it.
    #[rustfmt::skip]
    const VIEW: &[&str] = &[
        "feel", "feels", "felt", "feeling", "seem", "seems", "seemed", "sounds", "wonder",
        "wondering", "decide", "yours", "choice", "pick", "choose", "why",
    ];
    // The same after "you": "you think", "you'd rather".
    #[rustfmt::skip]
    const YOUR_VIEW: &[&str] = &[
        "think", "thinking", "want", "wanted", "hope", "hoping", "believe", "know", "reckon",
        "call", "rather", "like",
    ];
    // What may follow a "so" with no pause before it and still open a clause.
    #[rustfmt::skip]
    const AFTER_SO: &[&str] = &[
        "you", "u", "it", "its", "there", "theres", "we", "they", "the", "that", "thats", "a",
        "an", "this", "keep", "reconsider", "clearly", "id", "i",
    ];
    let quotes_reported = text.quotes_are_reported();
    for s in text.sentences.iter().filter(|s| !s.asks) {
        let Some(so) = (s.words.start + 2..s.words.end.saturating_sub(2)).find(|&j| {
            text.key(j) == "so"
                && (text.words[j].pause_before || AFTER_SO.contains(&text.key(j + 1)))
                && !matches!(text.key(j - 1), "not" | "and" | "or" | "even")
        }) else {
            continue;
        };
        if (s.words.start..s.words.end).any(|j| {
            VIEW.contains(&text.key(j))
                || (YOUR_VIEW.contains(&text.key(j))
                    && (j.saturating_sub(2)..j)
                        .any(|i| matches!(text.key(i), "you" | "u" | "your" | "youd")))
        }) {
            continue;
        }
        // Every word after "so" has two before it (`so` is at least the sentence's third word),
        // so `j - 1` is always a word of the sentence.
        let own_duty = |j: usize| {
            matches!(
                text.key(j - 1),
                "i" | "ill" | "id" | "im" | "we" | "well" | "wed"
            )
        };
        // A freedom after any negation: "so you don't have to", "so you wouldn't have to",
        // "so you haven't got to" (coder version 141; 138 listed eight words).
        let freed = |j: usize| super::scan::NEGATIONS.contains(&text.key(j - 1));
        // Words in double quotes are someone else's, reported: `Your mum keeps saying "you are
        // ill, so you should rest"` (coder version 143), as the scan treats them (version 39).
        // A reply typed wholly inside quotes is the clinician's own (`Text::quotes_are_reported`).
        let reported = |j: usize| quotes_reported && text.in_quotes(&text.words[j].span);
        let push = (so + 1..s.words.end).find(|&j| {
            if reported(j) {
                return false;
            }
            let next = text.key(j + 1);
            match text.key(j) {
                "should" | "ought" => j + 1 < s.words.end,
                // Not "so you'll have to tell me." (coder version 151).
                "need" | "needs" | "has" | "have" | "got" => {
                    let asks_to_be_told = matches!(text.key(j - 1), "youll" | "will" | "to")
                        && super::scan::asks_to_be_told(text, j + 2);
                    next == "to" && !own_duty(j) && !freed(j) && !asks_to_be_told
                }
                "worth" => matches!(
                    text.key(j - 1),
                    "is" | "its" | "be" | "really" | "well" | "thats" | "definitely"
                ),
                "good" => text.key(j - 1) == "a" && next == "idea",
                "reason" | "point" => text.key(j - 1) == "no" && !freed(j - 1),
                "nothing" => next == "to",
                "reconsider" => true,
                // "…, so the sooner the better", "…, so this is definitely the better option"
                // (coder version 139). Not "so it makes sense to start there", which follows the
                // client's priority (a model answer).
                "sooner" => text.key(j - 1) == "the" && next == "the",
                "better" | "best" | "right" => {
                    text.key(j - 1) == "the"
                        && matches!(next, "option" | "choice" | "thing" | "way" | "bet" | "plan")
                }
                "keep" => next == "going" && text.key(j - 1) != "to",
                "clearly" => {
                    matches!(next, "there" | "theres" | "is" | "a" | "an" | "something")
                        || text.key(j - 1) == "there"
                }
                _ => false,
            }
        })?;
        // The push's own words: "a good idea", "keep going", "need to", "nothing to".
        let end = match text.key(push) {
            "good" | "keep" | "need" | "needs" | "has" | "have" | "got" | "nothing" | "better"
            | "best" | "right" => push + 2,
            "sooner" => push + 3,
            _ => push + 1,
        };
        let words = so..end.min(s.words.end);
        return Some(Flag {
            kind: MarkerKind::Persuade,
            span: text.span(words.clone()),
            words: text.slice(words).to_string(),
            reason: crate::markers::DRAWN_CONCLUSION,
        });
    }
    None
}

/// For each sentence, whether a yes-but flag lies inside it (found by binary search, so the
/// whole takes O(flags × log sentences)).
fn yes_but_sentences(text: &Text, flags: &[Flag]) -> Vec<bool> {
    let mut inside = vec![false; text.sentences.len()];
    for f in flags.iter().filter(|f| f.kind == MarkerKind::YesBut) {
        let i = text
            .sentences
            .partition_point(|s| s.span.start <= f.span.start);
        if let Some(s) = i.checked_sub(1).and_then(|i| text.sentences.get(i))
            && f.span.end <= s.span.end
        {
            inside[i - 1] = true;
        }
    }
    inside
}

/// "Can I ask (you), how is this affecting you?": asking leave to ask, then asking, is the
/// question that follows. "Can I ask you a few questions?" still asks permission.
fn asks_after_asking(text: &Text, at: usize, end: usize) -> bool {
    let leave = matches!(text.key(at), "can" | "could" | "may")
        && text.key(at + 1) == "i"
        && text.key(at + 2) == "ask";
    leave
        && (at + 3..end)
            .any(|j| lex::OPEN_WH.contains(&text.key(j)) || lex::NARROW_WH.contains(&text.key(j)))
}

fn main_code(text: &Text, flags: &[Flag], moves: &[Move]) -> (Code, &'static str, Option<Code>) {
    let (code, why) = main_move(text, flags, moves);
    let seeks = moves
        .iter()
        .any(|m| matches!(m, Move::Seek | Move::SeekAsking));
    let also = (code.is_question() && seeks).then_some(Code::Seek);
    (code, why, also)
}

fn main_move(text: &Text, flags: &[Flag], moves: &[Move]) -> (Code, &'static str) {
    if text.words.is_empty() {
        return (Code::Other, WHY_EMPTY);
    }
    let has = |kind: MarkerKind| flags.iter().any(|f| f.kind == kind);
    let correcting = flags.iter().any(|f| {
        f.kind == MarkerKind::YesBut && {
            let w = f.words.to_lowercase();
            w.starts_with("actually") || w.starts_with("in fact")
        }
    });
    if has(MarkerKind::Confront) || correcting {
        return (Code::Confront, WHY_CONFRONT);
    }
    // A "but" that insists ("…, but it's still wrong") argues as plainly as advice does.
    let rebuts = flags.iter().any(|f| {
        f.kind == MarkerKind::YesBut
            && (f.reason == crate::markers::REBUTTAL_REASON
                || f.reason == crate::markers::THOUGH_REBUTTAL)
    });
    if has(MarkerKind::Persuade) || has(MarkerKind::Warning) || rebuts {
        return (Code::Persuade, WHY_PERSUADE);
    }
    // Waving the worry away and leading the client to an answer are persuasion too (MITI
    // codes the push, whatever shape the sentence has).
    if has(MarkerKind::Reassurance) {
        return (Code::Persuade, WHY_REASSURE);
    }
    if has(MarkerKind::LeadingQuestion) {
        return (Code::Persuade, WHY_LEADING);
    }
    // "I hear you, but…" / "Sure. But…": the take-back follows the agreement at once.
    let opening = first_real_word(text, 0..text.words.len());
    let rebuttal_ends = text.sentences.get(1).map_or(usize::MAX, |s| {
        text.words
            .get(s.words.start)
            .map_or(usize::MAX, |w| w.span.end)
    });
    let takes_back_at_once = flags
        .iter()
        .any(|f| f.kind == MarkerKind::YesBut && f.span.end <= rebuttal_ends);
    // "Yeah but…": the agreement is itself the lead-in the opening skips (coder version 94).
    let yeah_but = matches!(text.key(0), "yeah" | "yes" | "yea" | "ya" | "yep" | "yup")
        && text.key(1) == "but"
        && text.words.get(1).is_some_and(|w| w.sentence == 0);
    if takes_back_at_once && (LISTS.agreement.starts_at(text, opening) || yeah_but) {
        return (Code::Persuade, WHY_REBUTTAL);
    }

    let any = |m: Move| moves.contains(&m);
    let rising = text
        .sentences
        .iter()
        .zip(moves)
        .any(|(s, m)| *m == Move::Closed && s.asks && !starts_as_question(text, s));
    if any(Move::Open) {
        return (Code::OpenQuestion, WHY_OPEN);
    }
    // Asking permission or the client's agenda is seeking collaboration, not a plain question:
    // MITI gives an utterance one code, and this one shares power (docs/mi.md).
    if any(Move::SeekAsking) {
        return (Code::Seek, WHY_SEEK_ASKING);
    }
    if any(Move::Closed) {
        return (
            Code::ClosedQuestion,
            if rising { WHY_RISING } else { WHY_CLOSED },
        );
    }
    if any(Move::Seek) {
        return (Code::Seek, WHY_SEEK);
    }
    // What the statements do, weighed by how much of the reply each takes: a reply is a
    // reflection when reflecting is most of what it does, not whenever one clause says "you".
    let weight = |pred: &dyn Fn(&Move) -> bool| -> usize {
        text.sentences
            .iter()
            .zip(moves)
            .filter(|(_, m)| pred(m))
            .map(|(s, _)| s.words.len())
            .sum()
    };
    let reflecting = weight(&|m| matches!(m, Move::Reflect { .. }));
    let reflections: Vec<bool> = moves
        .iter()
        .filter_map(|m| match m {
            Move::Reflect { complex } => Some(*complex),
            _ => None,
        })
        .collect();
    // In a summary the odd "it's up to you" or "you've done well" does not outweigh the
    // reflecting around it.
    let handing_back = moves
        .iter()
        .filter(|m| matches!(m, Move::Autonomy | Move::Affirm))
        .count();
    if handing_back > 0 && handing_back >= reflections.len() {
        if any(Move::Autonomy) {
            return (Code::Autonomy, WHY_AUTONOMY);
        }
        return (Code::Affirm, WHY_AFFIRM);
    }
    let informing = weight(&|m| *m == Move::Info);
    let talking = weight(&|m| matches!(m, Move::SelfTalk | Move::Praise | Move::Support));
    if !reflections.is_empty() && reflecting >= informing.max(talking) {
        return if reflections.len() > 1 || reflections.contains(&true) {
            (Code::ComplexReflection, WHY_COMPLEX)
        } else {
            (Code::SimpleReflection, WHY_SIMPLE)
        };
    }
    if informing > 0 && informing >= talking {
        return (Code::Info, WHY_INFO);
    }
    if any(Move::Support) {
        return (Code::Other, WHY_SUPPORT);
    }
    if any(Move::Praise) {
        return (Code::Other, WHY_PRAISE);
    }
    if any(Move::SelfTalk) {
        return (Code::Other, WHY_SELF);
    }
    (Code::Other, WHY_FILLER)
}

/// Word `i` is the client as the subject of what the sentence says: "you/you're/your X"
/// opening a clause and going on with what the client feels, does or has ("you want…",
/// "your wife worries…"), not a generic "you will need to…", "if you have any questions…",
/// or "you" as an object ("I'd like to ask you…").
fn client_subject(text: &Text, s: &Sentence, i: usize) -> bool {
    let key = text.key(i);
    if !lex::CLIENT_WORDS.contains(&key) || filler_you(text, i) {
        return false;
    }
    // Where the clause starts: the sentence start, after a pause, a conjunction or a stem.
    let clause_start = i == first_real_word(text, s.words.clone())
        || text.words[i].pause_before
        || (i > s.words.start && CLAUSE_OPENERS.contains(&text.key(i - 1)));
    if !clause_start {
        return false;
    }
    if i > s.words.start && matches!(text.key(i - 1), "if" | "unless" | "once" | "whether") {
        return false;
    }
    let next = text.key(i + 1);
    let after = text.key(i + 2);
    match key {
        // "you will…", "you can…", "you'd need to…": instructions and generalities, unless
        // the modal says what the client prefers or cannot bear.
        // "you got a job", "you get along with her", "you have two kids", "you wanna be a
        // different sort of dad": the client's situation and wish; "you got to", "you have to"
        // are instructions.
        "you" if matches!(next, "get" | "got" | "have") && !matches!(after, "to" | "got") => true,
        "you" if next == "wanna" => true,
        "you" if GENERIC_MODALS.contains(&next) => {
            matches!(
                after,
                "rather"
                    | "like"
                    | "prefer"
                    | "love"
                    | "hate"
                    | "never"
                    | "stand"
                    | "imagine"
                    | "believe"
                    | "bear"
                    | "really"
                    | "feel"
            )
        }
        "youll" | "youd" | "ull" | "ud" => matches!(
            next,
            "rather" | "like" | "prefer" | "love" | "hate" | "never"
        ),
        "your" => {
            // "your wife wants…": someone in the client's life doing something.
            i + 2 < s.words.end && !lex::INFO.contains(&next)
        }
        _ => true,
    }
}

/// Word `i` ties the sentence to the client's own situation: any "you"/"your" except a generic
/// one (`client_subject` says which) or the clinician's "ask you", "tell you", "thank you".
fn client_mention(text: &Text, s: &Sentence, i: usize) -> bool {
    let key = text.key(i);
    if !lex::CLIENT_WORDS.contains(&key) || filler_you(text, i) {
        return false;
    }
    if client_subject(text, s, i) {
        return true;
    }
    let before = if i > s.words.start {
        text.key(i - 1)
    } else {
        ""
    };
    let next = text.key(i + 1);
    let generic = matches!(key, "you") && GENERIC_MODALS.contains(&next)
        || matches!(before, "if" | "unless" | "once" | "whether")
        || matches!(
            before,
            "ask"
                | "tell"
                | "give"
                | "show"
                | "thank"
                | "see"
                | "let"
                | "remind"
                | "with"
                | "meet"
                | "send"
                | "call"
                | "email"
                | "offer"
                | "get"
                | "help"
                | "asking"
                | "telling"
        );
    !generic
}

/// Words after which a new clause (and so a new subject) starts.
#[rustfmt::skip]
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "so", "because", "cause", "cos", "that", "when", "now", "like", "since",
    "though", "although", "while", "yet", "seems", "sounds", "hear", "sense", "guess",
    "imagine", "wonder", "think", "maybe", "perhaps", "then", "where", "why", "how",
];

/// Words that make a statement about people in general rather than about this client.
#[rustfmt::skip]
const GENERALISING: &[&str] = &[
    "will", "can", "may", "often", "usually", "generally", "typically", "normally", "normal",
    "natural", "common", "commonly", "people", "clients", "everyone",
    "we", "our", "us", "therapy", "therapist", "therapists", "counselor", "counsellor",
    "counseling", "counselling", "treatment", "research",
];

/// Modals that, straight after "you", give an instruction or a generality.
#[rustfmt::skip]
const GENERIC_MODALS: &[&str] = &[
    "will", "would", "can", "could", "might", "may", "should", "must", "need", "have",
    "wanna", "gonna", "going", "got", "get", "cannot", "cant", "wont", "wouldnt", "shouldnt",
];

/// "You know" and "you see" as spoken fillers ("Alcohol is, you know, a depressant") do not
/// make a sentence about the client.
fn filler_you(text: &Text, i: usize) -> bool {
    let word = &text.words[i];
    let next = text
        .words
        .get(i + 1)
        .filter(|n| n.sentence == word.sentence);
    let after = text
        .words
        .get(i + 2)
        .filter(|n| n.sentence == word.sentence);
    word.key == "you"
        && next.is_some_and(|n| n.key == "know" || n.key == "see")
        && (word.pause_before || after.is_none_or(|a| a.pause_before))
}

/// The first word after lead-ins like "so", "okay", "and" (never past the last word).
pub(super) fn first_real_word(text: &Text, words: Range<usize>) -> usize {
    let mut at = words.start;
    while at + 1 < words.end && lex::LEAD_INS.contains(&text.key(at)) {
        at += 1;
    }
    at
}

/// The sentence opens like a question: a question word, an auxiliary and a subject, or an
/// invitation to talk.
fn starts_as_question(text: &Text, s: &Sentence) -> bool {
    let at = first_real_word(text, s.words.clone());
    let first = text.key(at);
    lex::OPEN_WH.contains(&first)
        || lex::NARROW_WH.contains(&first)
        || (lex::AUXILIARIES.contains(&first) && (s.asks || subject_follows(text, s, at)))
        || (s.asks
            && matches!(
                first,
                "any" | "anybody" | "anyone" | "anything" | "anywhere"
            ))
        || LISTS.invitations.starts_at(text, at)
}

fn subject_follows(text: &Text, s: &Sentence, at: usize) -> bool {
    at + 1 < s.words.end && lex::SUBJECTS.contains(&text.key(at + 1))
}

/// How one sentence moves the conversation.
fn sentence_move(text: &Text, s: &Sentence, yes_but: bool) -> Move {
    let words = s.words.clone();
    let keys: Vec<&str> = words.clone().map(|i| text.key(i)).collect();
    let lists = &*LISTS;
    if !s.asks && keys.iter().all(|k| lex::FILLER_WORDS.contains(k)) {
        return Move::Filler;
    }
    let praise_only = keys.iter().all(|k| {
        lex::PRAISE_WORDS.contains(k)
            || lex::PRAISE_FILLER.contains(k)
            || lex::PRAISED_THINGS.contains(k)
    });
    if praise_only && keys.iter().any(|k| lex::PRAISE_WORDS.contains(k)) {
        // "That's a really good decision": praise pinned to the client's choice is a thin
        // affirmation; "That sounds great" names nothing and is praise.
        if keys.iter().any(|k| lex::PRAISED_THINGS.contains(k)) {
            return Move::Affirm;
        }
        return Move::Praise;
    }
    // "What would you like me to call you?" asks a fact; the seek phrase inside it does not
    // count after a question word.
    let seeking = words.clone().any(|at| {
        (lists.seek.starts_at(text, at) || (s.asks && lists.offers.starts_at(text, at)))
            && !(at > words.start
                && (lex::OPEN_WH.contains(&text.key(at - 1))
                    || lex::NARROW_WH.contains(&text.key(at - 1))))
            && !asks_after_asking(text, at, words.end)
    });
    if seeking {
        let invitation = LISTS
            .invitations
            .starts_at(text, first_real_word(text, words.clone()));
        if s.asks || (question_move(text, s).is_some() && !invitation) {
            return Move::SeekAsking;
        }
        return Move::Seek;
    }
    if let Some(question) = question_move(text, s) {
        return question;
    }
    // A long sentence that mentions choice in passing is still a reflection; "it wasn't up
    // to you" is not handing the choice back, but "…or not, up to you" is (coder version 63).
    let hands_back = words.clone().any(|at| {
        lists.autonomy.starts_at(text, at)
            && !(at > words.start
                && NEGATED.contains(&text.key(at - 1))
                && !text.words[at].pause_before)
    });
    // "You've made your decision, and you want it respected": the stance said back is the
    // reply, not the choice handed back (coder version 112).
    let stance = says_their_stance(text, s);
    if hands_back && keys.len() <= 20 && !stance {
        return Move::Autonomy;
    }
    let about_client = words.clone().any(|i| client_subject(text, s, i));
    let mentions_client = words.clone().any(|i| client_mention(text, s, i));
    let at = first_real_word(text, words.clone());
    let first = text.key(at);
    let feels = says_how_it_feels(text, s, first);
    // "Trying five times shows real determination": what the client did, named as the
    // subject, and the strength it shows.
    let deed_shows = first.len() > 4
        && first.ends_with("ing")
        // A feeling is not a deed: "Feeling sick about it shows how much it matters" reflects.
        && !matches!(
            first,
            "feeling" | "wanting" | "worrying" | "being" | "having" | "thinking" | "knowing"
        )
        && keys
            .iter()
            .any(|k| matches!(*k, "shows" | "showed" | "takes" | "took" | "says"));
    // "Getting out every day, whatever the weather, that's real commitment": what the client
    // did, then its worth named in a closing clause of its own (coder version 114).
    if !s.asks && closing_worth(text, words.clone()) {
        return Move::Affirm;
    }
    // "You've worked hard, and it feels like nobody notices": the feeling said back outweighs
    // the strength named beside it (coder version 111).
    if lists.affirm.any_in(text, words.clone())
        && keys.len() <= 20
        && !feels
        && !stance
        && (about_client
            || deed_shows
            // "Good on you for…" (coder version 106).
            || matches!(first, "that" | "thats" | "it" | "its" | "what" | "you" | "good"))
    {
        return Move::Affirm;
    }
    // "It's great that you came!": praise pinned to something the client did is a (thin)
    // affirmation, not a reflection of what they said.
    if matches!(first, "its" | "thats" | "it" | "that")
        && about_client
        && keys.len() <= 12
        && keys.iter().any(|k| lex::PRAISE_WORDS.contains(k))
        && !s.asks
    {
        return Move::Affirm;
    }
    let reflect = || Move::Reflect {
        complex: lists.depth.any_in(text, words.clone()) || keys.len() >= 18 || yes_but,
    };
    // "Sounds like \"it is normal to feel jealous now and then\"": a reflective stem before
    // words in quotes voices the client; the facts inside are theirs (coder version 42). The
    // stem must stand outside the quotes, before them, and not every word may be quoted: a
    // reply typed wholly in quotes is the clinician's own (version 46).
    if !text.quoted().is_empty() {
        let is_quoted = |j: usize| text.in_quotes(&text.words[j].span);
        let inside = words.clone().filter(|&j| is_quoted(j)).count();
        let first_quoted = words.clone().find(|&j| is_quoted(j));
        if let Some(first_quoted) = first_quoted
            && 2 * inside >= keys.len()
            && inside < keys.len()
            && lists
                .reflective_stems
                .any_in(text, words.start..first_quoted)
        {
            return reflect();
        }
    }
    // "It's hard to…", "it's so frustrating when…": a sentence that opens on how hard or
    // painful something is names what the client is going through, whatever facts follow
    // (coder version 111). Nearly every such sentence in the labelled sets is a reflection.
    if (opens_on_hardship(text, at, words.end) || feels || stance)
        && !lists.strong_info.any_in(text, words.clone())
    {
        return Move::Reflect { complex: true };
    }
    let info_cue = lists.info.any_in(text, words.clone())
        // A number in a sentence of some length ("That's 12 drinks a week"), not "25, okay."
        || (keys.len() >= 5 && keys.iter().any(|k| k.chars().all(|c| c.is_ascii_digit())));
    let strong_info = lists.strong_info.any_in(text, words.clone());
    if (info_cue && !about_client && !felt_cues(text, words.clone())) || strong_info {
        return Move::Info;
    }
    // "Good luck with it", "Sorry to hear that": warm, but nothing said back, unless the
    // sentence goes on to say it, with a reflective stem or a feeling ("Sorry to hear that, it
    // sounds like a rough week", "…, losing your job must be a real blow").
    // Nor when, after a pause, it goes on about the client ("good luck w the exams, uve been
    // putting in the work").
    let goes_on_about_client = |end: usize| {
        (end..words.end)
            .find(|&j| text.words[j].pause_before)
            .is_some_and(|pause| {
                (pause..words.end).any(|j| lex::CLIENT_WORDS.contains(&text.key(j)))
            })
    };
    if let Some(end) = lists.support.match_at(text, at)
        && !lists.reflective_stems.any_in(text, words.clone())
        && !lists.depth.any_in(text, end..words.end)
        && !goes_on_about_client(end)
    {
        return Move::Support;
    }
    if opens_as_clinician(first) {
        return if lists.clinician_reflecting.starts_at(text, at) {
            reflect()
        } else {
            Move::SelfTalk
        };
    }
    // A statement about feelings or meaning reflects even without "you" ("The idea of a
    // weekend without a drink feels impossible"); one that only mentions "you" in passing
    // ("I'd like to ask you…", "if you have questions…") needs a feeling or meaning to.
    let depth = lists.depth.any_in(text, words.clone());
    // A general truth ("therapy will help you", "crying is normal when…") talks about people
    // in general: a modal of possibility or a generic subject, and no clause about the client.
    let generic =
        !about_client && (keys.iter().any(|k| GENERALISING.contains(k)) || keys.len() > 24);
    if about_client
        || lists.reflective_stems.any_in(text, words.clone())
        || lists.checks.any_in(text, words.clone())
        || (mentions_client && keys.len() <= 24)
        || (!generic
            && ((!info_cue && depth && keys.len() <= 16)
                || (!info_cue && keys.len() <= 15 && lex::REFLECTIVE_OPENINGS.contains(&first))))
    {
        return reflect();
    }
    // A general statement reads as information; a transcript fragment ("-to talk to a
    // probation officer again") usually finishes a reflection.
    let first_start = text.words[words.start].span.start;
    let continues = text.raw[..first_start].trim_end().ends_with('-')
        || CONTINUATIONS.contains(&text.key(words.start));
    if continues && keys.len() >= 3 {
        reflect()
    } else if keys.len() >= 4 {
        Move::Info
    } else {
        Move::Filler
    }
}

/// Whether a statement says how something feels ("the treadmill feels like one thing too
/// many", "home doesn't feel like a place you can rest"): "feel(s) like" or "felt like" in a
/// statement that is not the clinician's own ("I feel like…") and not "if you feel like it".
fn says_how_it_feels(text: &Text, s: &Sentence, first: &str) -> bool {
    if s.asks || opens_as_clinician(first) {
        return false;
    }
    let k = |j: usize| key_in(text, s.words.end, j);
    // "…even though it feels pointless, that says you take it seriously": a feeling granted
    // in passing by praise (coder version 113).
    let conceded = |j: usize| {
        j >= s.words.start + 2
            && matches!(k(j - 1), "it" | "that")
            && matches!(k(j - 2), "though" | "tho" | "although" | "when" | "if")
    };
    // "It feels unfair to…", "trusting someone new feels risky" (coder version 113).
    let feels_so = |j: usize| {
        matches!(k(j), "feels" | "felt") && !conceded(j) && {
            let next = if matches!(k(j + 1), "so" | "really" | "pretty" | "very" | "kinda") {
                j + 2
            } else if k(j + 1) == "a" && k(j + 2) == "bit" {
                j + 3
            } else {
                j + 1
            };
            lex::FELT_AS.contains(&k(next))
        }
    };
    // "…even though it feels like this, that's real commitment" and "…even if it doesn't
    // feel like it right now" point at the moment and praise; no feeling named. Past the
    // pointing word, at most a time word comes before the clause ends.
    let points_at_the_moment = |j: usize| {
        matches!(k(j + 2), "this" | "that" | "it") && {
            let mut end = j + 3;
            while matches!(k(end), "right" | "now" | "yet" | "anymore" | "today") {
                end += 1;
            }
            end >= s.words.end || text.words[end].pause_before
        }
    };
    let feels_like = |j: usize| {
        matches!(k(j), "feel" | "feels" | "felt")
            && k(j + 1) == "like"
            && !conceded(j)
            && !(j >= s.words.start + 2 && k(j - 2) == "if" && k(j - 1) == "you")
            && !points_at_the_moment(j)
    };
    s.words.clone().any(|j| feels_so(j) || feels_like(j))
}

/// Whether a statement opens as the clinician's own ("I…", "we…", "let's…", "my…").
fn opens_as_clinician(first: &str) -> bool {
    matches!(
        first,
        "i" | "im" | "id" | "ive" | "ill" | "let" | "lets" | "we" | "were" | "weve" | "me" | "my"
    )
}

/// The key of word `j`, or "" from `end` on: a look ahead that stays inside the sentence or
/// clause being read.
fn key_in<'t>(text: &'t Text, end: usize, j: usize) -> &'t str {
    if j < end { text.key(j) } else { "" }
}

/// Whether a statement says back where the client stands (coder version 112): their mind
/// made up ("you've made up your mind", "made your decision"), what they want or are tired of
/// after "and" ("…, and you don't want to be talked round", "and you're sick of…"), or what
/// did not help ("…and it didn't change anything"). In the labelled sets these were coded
/// affirmations or choice handed back, and nearly all were reflections.
fn says_their_stance(text: &Text, s: &Sentence) -> bool {
    let k = |j: usize| key_in(text, s.words.end, j);
    s.words.clone().any(|j| match k(j) {
        "made" => {
            let next = if k(j + 1) == "up" { j + 2 } else { j + 1 };
            k(next) == "your" && matches!(k(next + 1), "mind" | "decision" | "peace")
        }
        "and" | "but" if matches!(k(j + 1), "it" | "nothing" | "that" | "they") => {
            matches!(k(j + 2), "didnt" | "never" | "hasnt")
                && matches!(k(j + 3), "help" | "change" | "work" | "stick" | "make")
        }
        "and" => match k(j + 1) {
            "you" => match k(j + 2) {
                "want" => true,
                "dont" => k(j + 3) == "want",
                "are" => matches!(k(j + 3), "sick" | "fed" | "tired"),
                _ => false,
            },
            "youd" => matches!(k(j + 2), "like" | "rather"),
            "youre" => match k(j + 2) {
                "sick" | "fed" | "tired" => true,
                "not" => matches!(k(j + 3), "interested" | "keen" | "going"),
                _ => false,
            },
            _ => false,
        },
        _ => false,
    })
}

/// Whether the sentence closes on a clause of its own that names the worth of what came before
/// it ("…, that's real commitment", "…, thats a big thing you did", "…, which can't be easy"):
/// "that's", "that is", "that takes", "which is" or "which can't be" after a pause, then a
/// strength from the affirmation list or a word of worth (`lex::WORTH`), at most eight words.
fn closing_worth(text: &Text, words: Range<usize>) -> bool {
    let Some(start) = (words.start + 3..words.end)
        .rev()
        .find(|&j| text.words[j].pause_before)
    else {
        return false;
    };
    if words.end - start > 8 {
        return false;
    }
    let k = |j: usize| key_in(text, words.end, j);
    let opens = match k(start) {
        "thats" => true,
        "that" => matches!(k(start + 1), "is" | "takes" | "took"),
        "which" => matches!(k(start + 1), "is" | "cant" | "takes" | "took"),
        _ => false,
    };
    opens
        && (LISTS.affirm.any_in(text, start..words.end)
            || (start..words.end).any(|j| {
                lex::WORTH.contains(&k(j))
                    // "that's something", "that's something to be proud of"; not "that's
                    // something they would support".
                    && (k(j) != "something" || j + 1 == words.end || k(j + 1) == "to")
            }))
}

/// Whether the sentence opens (at `at`) on "it's" or "it is", an optional "really", "so",
/// "pretty" or "very", and a word for how hard or painful something is: "It's hard to…", "its
/// so frustrating when…".
fn opens_on_hardship(text: &Text, at: usize, end: usize) -> bool {
    let mut j = match text.key(at) {
        "its" => at + 1,
        "it" if text.key(at + 1) == "is" => at + 2,
        _ => return false,
    };
    if matches!(text.key(j), "really" | "so" | "pretty" | "very") {
        j += 1;
    }
    j < end && lex::HARDSHIP.contains(&text.key(j))
}

/// Whether every information cue in the sentence sits in a clause said as how things seem or
/// feel to the client ("it feels like doctors go straight for the tablets", "the form feels
/// like the only reason you're here"): then the cues describe the client's view. A cue in a
/// clause of its own ("…; a week is usually when cravings peak") is still information.
fn felt_cues(text: &Text, words: Range<usize>) -> bool {
    let lists = &*LISTS;
    // The clause around word `at`, looked for at most `CONTEXT_WORDS` words either way, so a
    // pasted line with no commas costs a bounded look per cue, not the whole sentence.
    let clause_of = |at: usize| {
        let first = words.start.max(at.saturating_sub(CONTEXT_WORDS));
        let start = (first..=at)
            .rev()
            .inspect(|_| super::text::tick())
            .find(|&j| j == first || text.words[j].pause_before)
            .unwrap_or(first);
        let last = words.end.min(at + 1 + CONTEXT_WORDS);
        let end = (at + 1..last)
            .inspect(|_| super::text::tick())
            .find(|&j| text.words[j].pause_before)
            .unwrap_or(last);
        start..end
    };
    // "…; that's how it sounds from what you're describing", "…, if I've got that right": a closing
    // check says the whole sentence is the clinician's understanding of the client.
    let last = clause_of(words.end.saturating_sub(1));
    if words.start < words.end && lists.checks.any_in(text, last) {
        return true;
    }
    let mut any = false;
    for at in words.clone() {
        if lists.info.starts_at(text, at) {
            any = true;
            if !lists.feeling_stems.any_in(text, clause_of(at)) {
                return false;
            }
        }
    }
    any
}

/// Whether a sentence asks, and how: by "?", by a question word, or by an auxiliary and a
/// subject even without "?".
fn question_move(text: &Text, s: &Sentence) -> Option<Move> {
    let lists = &*LISTS;
    let mut at = first_real_word(text, s.words.clone());
    // "If so, how did that go?": the question starts after "if so,".
    if text.key(at) == "if"
        && at + 2 < s.words.end
        && text.key(at + 1) == "so"
        && text.words[at + 2].pause_before
    {
        at += 2;
    }
    let first = text.key(at);
    let next = text.key(at + 1);
    if lists.invitations.starts_at(text, at) {
        return Some(Move::Open);
    }
    // "…, I'm wondering how interested you are": a question put as a statement, anywhere.
    if lists.wondering.any_in(text, s.words.clone()) {
        return Some(Move::Open);
    }
    if lex::OPEN_WH.contains(&first) {
        if !s.asks
            && (lists.exclaiming.starts_at(text, at)
                || STATEMENT_SUBJECTS.contains(&next)
                || (first == "what" && DETERMINERS.contains(&next))
                || heads_a_statement(text, s, at))
        {
            return None;
        }
        return Some(if lists.narrow.starts_at(text, at) {
            Move::Closed
        } else {
            Move::Open
        });
    }
    let open_later = || {
        (at + 1..s.words.end).any(|j| {
            lex::OPEN_WH.contains(&text.key(j))
                && (text.words[j].pause_before || j + 1 == s.words.end)
        })
    };
    if lex::NARROW_WH.contains(&first) {
        if s.asks && open_later() {
            return Some(Move::Open);
        }
        if s.asks || lex::AUXILIARIES.contains(&next) {
            return Some(Move::Closed);
        }
        return None;
    }
    // "Do you…", "Is it…"; and with a question mark, any subject ("Are either of your
    // parents…?", "Has anything changed?").
    if lex::AUXILIARIES.contains(&first) && (s.asks || subject_follows(text, s, at)) {
        return Some(Move::Closed);
    }
    if s.asks {
        if open_later() {
            return Some(Move::Open);
        }
        // "Anybody else who'd be proud of you?", "…, anything else?": asking whether there is
        // more, whatever feeling the sentence names.
        let last_two = (s.words.end >= s.words.start + 2)
            .then(|| (text.key(s.words.end - 2), text.key(s.words.end - 1)));
        if matches!(
            first,
            "any" | "anybody" | "anyone" | "anything" | "anywhere"
        ) || matches!(
            last_two,
            Some(("anything" | "anyone" | "anybody" | "something", "else"))
        ) {
            return Some(Move::Closed);
        }
        if let Some(asked) = question_after_introduction(text, s, at) {
            return Some(asked);
        }
        if lists.reflective_stems.any_in(text, s.words.clone())
            || lists.depth.any_in(text, s.words.clone())
        {
            return None;
        }
        return Some(Move::Closed);
    }
    None
}

/// A question put after an introduction, in a sentence that ends with a question mark:
/// "So, I'm wondering, have you noticed…?", "I hope this isn't too personal, but have you…?"
/// (an auxiliary and its subject after a pause or "but"), "On a scale of one to ten, where
/// would you put yourself?" (a question word, an auxiliary and "you"), "I wanted to ask you how
/// you feel…?" (a question word after "ask" or "know").
fn question_after_introduction(text: &Text, s: &Sentence, at: usize) -> Option<Move> {
    (at + 1..s.words.end).find_map(|j| {
        let key = text.key(j);
        let before = text.key(j - 1);
        let after_break = text.words[j].pause_before || matches!(before, "but" | "so");
        if after_break && lex::AUXILIARIES.contains(&key) && subject_follows(text, s, j) {
            return Some(Move::Closed);
        }
        let inverted = j + 2 < s.words.end
            && lex::AUXILIARIES.contains(&text.key(j + 1))
            && text.key(j + 2) == "you";
        let asked = matches!(before, "ask" | "know")
            || (before == "you" && j >= 2 && text.key(j - 2) == "ask");
        if !(inverted || asked) {
            return None;
        }
        if lex::OPEN_WH.contains(&key) {
            Some(Move::Open)
        } else {
            lex::NARROW_WH.contains(&key).then_some(Move::Closed)
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::coach::text::WORK;

    /// Work done by `coding`, in counted steps.
    fn counted(coding: impl FnOnce() -> crate::coach::Coding) -> u64 {
        WORK.with(|w| w.set(0));
        let _ = coding();
        WORK.with(|w| w.get())
    }

    /// Work done coding `text`, in counted steps.
    fn work(text: &str) -> u64 {
        counted(|| crate::coach::code(text))
    }

    /// Coding four times the text takes about four times the work, however the text is shaped:
    /// one endless sentence full of markers, many short sentences, filler runs, "but" chains.
    #[test]
    fn coding_is_linear_in_the_text() {
        let shapes = [
            "you should stop but i hear you and if you keep drinking you will lose your job ",
            "You need to cut down. Don't you think so? ",
            "um really so just actually really so um ",
            "i see but no but yes however ",
            "in complete denial, that's just an excuse, be honest ",
            "and she wouldnt go ",
            "she wouldnt if ",
            "your doctor must have a lot on her plate ",
            // Coder version 9's look-arounds: each bounded, however long the sentence.
            "so it can be done. ",
            "so it can be done ",
            "to be fair, ",
            "to be fair \u{1f600}\u{1f600} \" ",
            "bet is still bet, ",
            "why are you here if it's not a problem ",
            "okay but that's your call ",
            // Coder version 26's clause around an information cue, and version 28's guess at
            // the pushers' reasons: bounded however long the sentence.
            "it feels like the blood ",
            "the blood ",
            "maybe she x ",
            "you said you'd just try so ",
            // Quotation marks at both ends: whether they wrap the reply is read once.
            "\"to be fair, \" ",
            // Version 30's shapes and version 39's quoted stretches.
            "so its all on her then? ",
            "so none of it is fault ",
            "\"a\" you should stop. ",
            "haha yeah lol ",
            // Version 44's look-backs: the client's question before a defence, and what others
            // did to the client after a normative subject.
            "i'm qualified and ",
            "you want to know if i'm qualified ",
            "plenty of people have told you ",
            "sounds like \"it is normal\" ",
        ];
        for shape in shapes {
            let small = work(&shape.repeat(200));
            let large = work(&shape.repeat(800));
            assert!(
                large <= small * 9 / 2,
                "{shape:?}: {small} steps for 200 repeats, {large} for 800 (not linear)"
            );
        }
    }

    /// Work done coding `reply` in reply to `statement`, in counted steps.
    fn work_in_reply(statement: &str, reply: &str) -> u64 {
        counted(|| crate::coach::code_in_reply_to(statement, reply))
    }

    /// In reply, comparing the flags with the client's words (coder version 76) stays linear
    /// too, even when a long statement and a long reply share every word and every sentence
    /// carries a flag.
    #[test]
    fn coding_in_reply_is_linear_in_the_text() {
        for (said, shape) in [
            ("I need to stop ", "you need to stop "),
            (
                "I just need to study harder. ",
                "you just need to study harder. ",
            ),
            ("Everyone does that. ", "Not everyone does that. "),
        ] {
            let small = work_in_reply(&said.repeat(200), &shape.repeat(200));
            let large = work_in_reply(&said.repeat(800), &shape.repeat(800));
            assert!(
                large <= small * 9 / 2,
                "{shape:?}: {small} steps for 200 repeats, {large} for 800 (not linear)"
            );
        }
    }
}
