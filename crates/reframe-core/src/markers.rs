//! The one list of MI-inconsistent markers (docs/mi.md, "What makes a reply MI-inconsistent"), each with its kind and a reason a
//! learner can use. The curriculum tests hold every model response to it and the coach flags
//! typed answers with it, so a marker added here counts in both places.

pub use crate::coach::scan::find_markers_in;
use crate::coach::text::Text;
use std::fmt;
use std::ops::Range;

/// What a marker does wrong, in docs/mi.md, "What makes a reply MI-inconsistent" terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MarkerKind {
    /// Advice, instructions or persuasion the client did not ask for.
    Persuade,
    /// "If you keep…, you'll…": persuasion by threat.
    Warning,
    /// Labelling, disputing, moralising or doubting the client's honesty.
    Confront,
    /// A token agreement or first half taken back by "but", "however", "actually".
    YesBut,
    /// A question that carries its own answer.
    LeadingQuestion,
    /// Several questions in one turn.
    StackedQuestions,
    /// Reassurance or a fix offered before the client feels heard.
    Reassurance,
}

impl MarkerKind {
    pub const ALL: &'static [MarkerKind] = &[
        MarkerKind::Persuade,
        MarkerKind::Warning,
        MarkerKind::Confront,
        MarkerKind::YesBut,
        MarkerKind::LeadingQuestion,
        MarkerKind::StackedQuestions,
        MarkerKind::Reassurance,
    ];

    /// Stable id, e.g. `leading-question`.
    pub fn id(self) -> &'static str {
        match self {
            MarkerKind::Persuade => "persuade",
            MarkerKind::Warning => "warning",
            MarkerKind::Confront => "confront",
            MarkerKind::YesBut => "yes-but",
            MarkerKind::LeadingQuestion => "leading-question",
            MarkerKind::StackedQuestions => "stacked-questions",
            MarkerKind::Reassurance => "reassurance",
        }
    }

    /// What a learner reads, e.g. "Leading question".
    pub fn label(self) -> &'static str {
        match self {
            MarkerKind::Persuade => "Advice without permission",
            MarkerKind::Warning => "Warning",
            MarkerKind::Confront => "Confronting or labelling",
            MarkerKind::YesBut => "Yes-but",
            MarkerKind::LeadingQuestion => "Leading question",
            MarkerKind::StackedQuestions => "Stacked questions",
            MarkerKind::Reassurance => "Premature reassurance",
        }
    }

    pub fn from_id(id: &str) -> Option<MarkerKind> {
        MarkerKind::ALL.iter().copied().find(|k| k.id() == id)
    }
}

impl fmt::Display for MarkerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// How a marker is recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// These words in order, anywhere (`a b !c|d`: not followed by c or d).
    Phrase(&'static str),
    /// These words at the start of a sentence (after "so", "well", "just", "please", …).
    Opening(&'static str),
    /// A joining word that takes back the clause before it ("but", "however").
    Joining(&'static str),
    /// "If you don't / keep …" with a consequence later in the sentence.
    Conditional(&'static str),
    /// Two or more sentences that end in a question mark.
    SeveralQuestions,
}

/// One marker of docs/mi.md, "What makes a reply MI-inconsistent".
#[derive(Debug, Clone, Copy)]
pub struct Marker {
    pub kind: MarkerKind,
    pub pattern: Pattern,
    /// Why it is MI-inconsistent, in words a learner can use.
    pub reason: &'static str,
    /// The words can be part of a reflection of what the client or someone else said ("you
    /// feel you have to…", "your wife calls you an alcoholic"); then they do not count.
    pub reportable: bool,
}

/// One place a marker matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkerHit {
    pub kind: MarkerKind,
    /// Byte range of the matched words in the text.
    pub span: Range<usize>,
    /// The matched words as written.
    pub words: String,
    pub reason: &'static str,
}

const ADVICE: &str = "Advice the client didn't ask for: telling someone what they should do \
    tends to make them argue the other side. Ask permission first, or reflect what they said.";
const ADVICE_QUESTION: &str = "Advice dressed as a question (\"have you thought about…\", \"why \
    don't you…\"): the client hears the suggestion, not curiosity. Ask permission, or ask what \
    they have in mind.";
const IMPERATIVE: &str = "Starts with an instruction: telling the client what to do before \
    you know what they want reads as advice without permission.";
const WARNING: &str = "A warning (\"if you keep…, you'll…\") is persuasion by threat; it \
    invites the client to defend the way things are.";
const LABEL: &str = "A label (\"addict\", \"alcoholic\", \"in denial\") asks the client to \
    accept an identity before anything else; most people push back. Describe what they do, \
    in their words.";
const CONFRONT: &str = "Disputing, moralising or doubting the client's honesty puts them on \
    the defensive; reflect their view, then explore it.";
const BUT: &str = "\"But\" erases what comes before it: a double-sided reflection joined by \
    \"but\" cancels its first half, and agreement followed by \"but\" is a rebuttal. Join the \
    two sides with \"and\".";
const HOWEVER: &str = "\"However\" after an agreement turns it into a rebuttal; the client \
    hears only the second half. Join the two sides with \"and\".";
const ACTUALLY: &str = "Opening with \"actually\" corrects the client; a correction invites \
    them to defend their view.";
const LEADING: &str = "A leading question carries your answer inside it; the client hears \
    pressure, not curiosity. Ask what they think, or reflect.";
const STACKED: &str = "Several questions in one turn leave the client to pick one and feel \
    interviewed; ask one open question and listen.";
const CONCERN: &str = "An opinion or worry the client didn't ask for is persuasion; it \
    invites them to argue back. Ask what they make of it, or ask permission to share it.";
const COMPARE: &str = "Comparing the client with people who manage tells them their reason \
    doesn't count; they defend it harder. Reflect their reason instead.";
/// Why information offered in reply to a client's view is flagged (docs/mi.md, "What makes a reply MI-inconsistent": facts or
/// statistics nobody asked for). The coder attaches it to answers coded as information.
pub const UNASKED_INFO: &str = "Facts nobody asked for, offered in reply to the client's view, \
    are heard as an argument. Ask permission first (\"Would it be okay if I shared…?\"), then ask \
    what they make of it.";
const FIX: &str = "A ready-made fix (\"here's what you do\") solves the problem for the client \
    before they have said what they want; ask what they have in mind, or ask permission first.";
const REASSURE: &str = "Reassurance or a quick fix skips past what the client feels; it can \
    sound like \"your worry doesn't count\". Reflect first, and ask before offering solutions.";

const fn m(kind: MarkerKind, pattern: Pattern, reason: &'static str, reportable: bool) -> Marker {
    Marker {
        kind,
        pattern,
        reason,
        reportable,
    }
}

use MarkerKind::{
    Confront as C, LeadingQuestion as L, Persuade as P, Reassurance as R, StackedQuestions as S,
    Warning as W, YesBut as Y,
};
use Pattern::{Conditional as If, Joining as J, Opening as O, Phrase as Ph};

/// Every marker of docs/mi.md, "What makes a reply MI-inconsistent". One list, one place.
#[rustfmt::skip]
pub static MARKERS: &[Marker] = &[
    // Persuading or advising without permission.
    m(P, Ph("you should"), ADVICE, true), m(P, Ph("you shouldn't"), ADVICE, true),
    m(P, Ph("you should not"), ADVICE, true), m(P, Ph("you need to"), ADVICE, true),
    m(P, Ph("you have to"), ADVICE, true), m(P, Ph("you've got to"), ADVICE, true),
    m(P, Ph("you have got to"), ADVICE, true), m(P, Ph("you gotta"), ADVICE, true),
    m(P, Ph("you must !be|feel|have"), ADVICE, true), m(P, Ph("you ought to"), ADVICE, true),
    m(P, Ph("you'd better"), ADVICE, true), m(P, Ph("you had better"), ADVICE, true),
    m(P, Ph("you better"), ADVICE, true), m(P, Ph("you'd be better off"), ADVICE, true),
    m(P, Ph("you need help"), ADVICE, true), m(P, Ph("you need treatment"), ADVICE, true),
    m(P, Ph("you can't keep"), ADVICE, true), m(P, Ph("you can't go on"), ADVICE, true),
    m(P, Ph("it's time to"), ADVICE, true), m(P, Ph("it's time you"), ADVICE, true),
    m(P, Ph("time for you to"), ADVICE, true), m(P, Ph("it's important to !you|him|her|them|me|your"), ADVICE, true),
    m(P, Ph("it's important that you"), ADVICE, true), m(P, Ph("it is important to !you|him|her|them|me|your"), ADVICE, true),
    m(P, Ph("i want you to"), ADVICE, false), m(P, Ph("i need you to"), ADVICE, false),
    m(P, Ph("i'd like you to"), ADVICE, false), m(P, Ph("i would like you to"), ADVICE, false),
    m(P, Ph("i suggest"), ADVICE, false), m(P, Ph("i'd suggest"), ADVICE, false),
    m(P, Ph("i would suggest"), ADVICE, false), m(P, Ph("i recommend"), ADVICE, false),
    m(P, Ph("i'd recommend"), ADVICE, false), m(P, Ph("i would recommend"), ADVICE, false),
    m(P, Ph("i advise"), ADVICE, false), m(P, Ph("my advice"), ADVICE, false),
    m(P, Ph("if i were you"), ADVICE, false), m(P, Ph("if i was you"), ADVICE, false),
    m(P, Ph("you might want to"), ADVICE, false), m(P, Ph("you may want to"), ADVICE, false),
    m(P, Ph("you could try"), ADVICE, false), m(P, Ph("you might try"), ADVICE, false),
    m(P, Ph("you could always"), ADVICE, false),
    m(P, Ph("maybe you could"), ADVICE, false), m(P, Ph("perhaps you could"), ADVICE, false),
    m(P, Ph("maybe you should"), ADVICE, false), m(P, Ph("maybe try"), ADVICE, false),
    m(P, Ph("it would be good if you"), ADVICE, false), m(P, Ph("it would be good for you"), ADVICE, false),
    m(P, Ph("it'd be good for you"), ADVICE, false), m(P, Ph("it would be better if you"), ADVICE, false),
    m(P, Ph("it'd be better if you"), ADVICE, false), m(P, Ph("it would help if you"), ADVICE, false),
    m(P, Ph("it might help to"), ADVICE, false), m(P, Ph("it might help if you"), ADVICE, false),
    m(P, Ph("it might be worth"), ADVICE, false), m(P, Ph("it may be worth"), ADVICE, false),
    m(P, Ph("a good idea to"), ADVICE, false), m(P, Ph("the best thing you can do"), ADVICE, false),
    m(P, Ph("the best thing to do"), ADVICE, false), m(P, Ph("the best thing would be"), ADVICE, false),
    m(P, Ph("what you need is"), ADVICE, false),
    m(P, Ph("what you need to do"), ADVICE, false), m(P, Ph("what you should do"), ADVICE, false),
    m(P, Ph("you'll feel better"), ADVICE, true),
    m(P, Ph("bad for you"), ADVICE, true), m(P, Ph("bad for your"), ADVICE, true),
    m(P, Ph("you'd be healthier"), ADVICE, true), m(P, Ph("you'd be better"), ADVICE, true),
    m(P, Ph("you'd feel better"), ADVICE, true), m(P, Ph("you would feel better"), ADVICE, true),
    m(P, Ph("you'll be healthier"), ADVICE, true), m(P, Ph("let me tell you"), ADVICE, false),
    m(P, Ph("what i'd like you to do"), ADVICE, false), m(P, Ph("what i want you to do"), ADVICE, false),
    m(P, Ph("i'd encourage you"), ADVICE, false), m(P, Ph("i encourage you"), ADVICE, false),
    m(P, Ph("i would encourage you"), ADVICE, false), m(P, Ph("one thing you could do"), ADVICE, false),
    m(P, Ph("something you could do"), ADVICE, false), m(P, Ph("you might consider"), ADVICE, false),
    m(P, Ph("you could consider"), ADVICE, false), m(P, Ph("we want you to"), ADVICE, false),
    m(P, Ph("make sure you understand"), ADVICE, false), m(P, Ph("how serious this is"), ADVICE, false),
    m(P, Ph("you need more"), ADVICE, true),
    m(P, Ph("we need to talk about"), ADVICE, false), m(P, Ph("we have to talk about"), ADVICE, false),
    // Opinion or concern nobody asked for.
    m(P, Ph("i'm worried about your"), CONCERN, false), m(P, Ph("i'm concerned about your"), CONCERN, false),
    m(P, Ph("i'm worried that you"), CONCERN, false), m(P, Ph("i'm concerned that you"), CONCERN, false),
    m(P, Ph("i'm worried that you're"), CONCERN, false), m(P, Ph("i'm concerned that you're"), CONCERN, false),
    m(P, Ph("i'm worried you"), CONCERN, false), m(P, Ph("i'm concerned you"), CONCERN, false),
    m(P, Ph("i'm worried you're"), CONCERN, false), m(P, Ph("i'm concerned you're"), CONCERN, false),
    m(P, Ph("it worries me"), CONCERN, false), m(P, Ph("it concerns me"), CONCERN, false),
    m(P, Ph("i think you'd"), CONCERN, false), m(P, Ph("i think it would be good"), CONCERN, false),
    m(P, Ph("i think it would help"), CONCERN, false), m(P, Ph("in my opinion"), CONCERN, false),
    m(P, Ph("if you ask me"), CONCERN, false),
    // Advice dressed as a question.
    m(P, Ph("why don't you"), ADVICE_QUESTION, false), m(P, Ph("why not try"), ADVICE_QUESTION, false),
    m(P, Ph("why not just"), ADVICE_QUESTION, false), m(P, Ph("why not give"), ADVICE_QUESTION, false),
    m(P, Ph("have you thought about !what|how|why|whether|where|when|if|who|which|that|this|those|these|it"), ADVICE_QUESTION, false), m(P, Ph("have you thought of !what|how|why|whether|where|when|if|who|which|that|this|those|these|it"), ADVICE_QUESTION, false),
    m(P, Ph("have you considered !what|how|why|whether|where|when|if|who|which|that|this|those|these|it"), ADVICE_QUESTION, false), m(P, Ph("have you tried !anything|something|to|before|what|how|that|this|it|any|other"), ADVICE_QUESTION, false),
    m(P, Ph("did you think about !what|how|why|whether|where|when|if|who|which|that|this|those|these|it"), ADVICE_QUESTION, false), m(P, Ph("did you consider !what|how|why|whether|where|when|if|who|which|that|this|those|these|it"), ADVICE_QUESTION, false),
    m(P, Ph("would you consider"), ADVICE_QUESTION, false), m(P, Ph("how about you"), ADVICE_QUESTION, false),
    m(P, Ph("how about trying"), ADVICE_QUESTION, false), m(P, Ph("what about trying"), ADVICE_QUESTION, false),
    m(P, Ph("wouldn't it be better"), ADVICE_QUESTION, false), m(P, Ph("wouldn't it be easier"), ADVICE_QUESTION, false),
    // An instruction first.
    m(P, O("try"), IMPERATIVE, false), m(P, O("stop"), IMPERATIVE, false), m(P, O("quit"), IMPERATIVE, false),
    m(P, O("cut"), IMPERATIVE, false), m(P, O("go"), IMPERATIVE, false), m(P, O("get"), IMPERATIVE, false),
    m(P, O("take"), IMPERATIVE, false), m(P, O("make"), IMPERATIVE, false), m(P, O("start"), IMPERATIVE, false),
    m(P, O("avoid"), IMPERATIVE, false), m(P, O("consider"), IMPERATIVE, false), m(P, O("remember"), IMPERATIVE, false),
    m(P, O("put"), IMPERATIVE, false), m(P, O("call"), IMPERATIVE, false), m(P, O("keep"), IMPERATIVE, false),
    m(P, O("give"), IMPERATIVE, false), m(P, O("use"), IMPERATIVE, false), m(P, O("drink"), IMPERATIVE, false),
    m(P, O("eat"), IMPERATIVE, false), m(P, O("throw"), IMPERATIVE, false), m(P, O("write"), IMPERATIVE, false),
    m(P, O("find"), IMPERATIVE, false), m(P, O("join"), IMPERATIVE, false), m(P, O("set"), IMPERATIVE, false),
    m(P, O("limit"), IMPERATIVE, false), m(P, O("switch"), IMPERATIVE, false), m(P, O("change"), IMPERATIVE, false),
    m(P, O("drop"), IMPERATIVE, false), m(P, O("focus"), IMPERATIVE, false), m(P, O("check"), IMPERATIVE, false),
    m(P, O("walk"), IMPERATIVE, false), m(P, O("exercise"), IMPERATIVE, false), m(P, O("wait"), IMPERATIVE, false),
    m(P, O("leave"), IMPERATIVE, false), m(P, O("ask"), IMPERATIVE, false), m(P, O("talk"), IMPERATIVE, false),
    m(P, O("think about"), IMPERATIVE, false), m(P, O("be"), IMPERATIVE, false), m(P, O("pick"), IMPERATIVE, false),
    m(P, O("plan"), IMPERATIVE, false), m(P, O("replace"), IMPERATIVE, false), m(P, O("reduce"), IMPERATIVE, false),
    m(P, O("never"), IMPERATIVE, false), m(P, O("don't !you|worry"), IMPERATIVE, false), m(P, O("do not !worry"), IMPERATIVE, false),
    m(P, O("tell !me|us"), IMPERATIVE, false), m(P, O("look"), IMPERATIVE, false), m(P, O("listen"), IMPERATIVE, false),
    m(P, O("see a"), IMPERATIVE, false), m(P, O("stay"), IMPERATIVE, false),
    m(P, O("delete"), IMPERATIVE, false), m(P, O("turn"), IMPERATIVE, false), m(P, O("buy"), IMPERATIVE, false),
    m(P, O("spend"), IMPERATIVE, false), m(P, O("save"), IMPERATIVE, false), m(P, O("apologize"), IMPERATIVE, false),
    m(P, O("apologise"), IMPERATIVE, false), m(P, O("go to"), IMPERATIVE, false), m(P, O("sign up"), IMPERATIVE, false),
    // Warning.
    m(W, If("if you don't !mind|want|like|feel|wish|know|see|think|have|need|agree"), WARNING, true),
    m(W, If("if you do not !mind|want|like|feel|wish|know|see|think|have|need|agree"), WARNING, true),
    m(W, If("if you keep"), WARNING, true), m(W, If("if you continue"), WARNING, true),
    m(W, If("if you carry on"), WARNING, true), m(W, If("if you go on"), WARNING, true),
    m(W, If("if this continues"), WARNING, true), m(W, If("if it continues"), WARNING, true),
    m(W, If("unless you"), WARNING, true), m(W, Ph("you'll end up"), WARNING, true),
    m(W, Ph("you're going to end up"), WARNING, true), m(W, Ph("you're going to lose"), WARNING, true),
    m(W, Ph("you'll lose"), WARNING, true), m(W, Ph("you could lose"), WARNING, true),
    m(W, Ph("you're killing yourself"), WARNING, true), m(W, Ph("it's killing you"), WARNING, true),
    m(W, Ph("will kill you"), WARNING, true), m(W, Ph("going to kill you"), WARNING, true),
    m(W, Ph("you'll regret"), WARNING, true), m(W, Ph("you'll never"), WARNING, true), m(W, Ph("before it's too late"), WARNING, true),
    m(W, Ph("only a matter of time"), WARNING, true), m(W, Ph("sooner or later"), WARNING, true),
    m(W, Ph("keep this up"), WARNING, true), m(W, Ph("you're heading for"), WARNING, true),
    // Confronting and labelling.
    m(C, Ph("addict"), LABEL, true), m(C, Ph("addicts"), LABEL, true), m(C, Ph("alcoholic"), LABEL, true),
    m(C, Ph("alcoholics"), LABEL, true), m(C, Ph("junkie"), LABEL, true), m(C, Ph("junkies"), LABEL, true),
    m(C, Ph("druggie"), LABEL, true), m(C, Ph("pothead"), LABEL, true), m(C, Ph("stoner"), LABEL, true),
    m(C, Ph("crackhead"), LABEL, true), m(C, Ph("drunkard"), LABEL, true), m(C, Ph("degenerate"), LABEL, true),
    m(C, Ph("problem drinker"), LABEL, true), m(C, Ph("drinking problem"), LABEL, true),
    m(C, Ph("gambling problem"), LABEL, true), m(C, Ph("drug problem"), LABEL, true),
    m(C, Ph("your addiction"), LABEL, true), m(C, Ph("your alcoholism"), LABEL, true),
    m(C, Ph("in denial"), LABEL, true), m(C, Ph("selfish"), LABEL, true), m(C, Ph("irresponsible"), LABEL, true),
    m(C, Ph("lazy"), LABEL, true), m(C, Ph("excuse !me"), CONFRONT, true), m(C, Ph("excuses"), CONFRONT, true),
    m(C, Ph("be honest"), CONFRONT, false), m(C, Ph("let's be real"), CONFRONT, false),
    m(C, Ph("be real"), CONFRONT, false), m(C, Ph("get real"), CONFRONT, false),
    m(C, Ph("face the facts"), CONFRONT, false), m(C, Ph("face facts"), CONFRONT, false),
    m(C, Ph("face it"), CONFRONT, false), m(C, Ph("face reality"), CONFRONT, false),
    m(C, Ph("face the truth"), CONFRONT, false), m(C, Ph("the truth is"), CONFRONT, false),
    m(C, Ph("the fact is"), CONFRONT, false), m(C, Ph("the reality is"), CONFRONT, false),
    m(C, Ph("kidding yourself"), CONFRONT, true), m(C, Ph("fooling yourself"), CONFRONT, true),
    m(C, Ph("lying to yourself"), CONFRONT, true), m(C, Ph("lying to me"), CONFRONT, true),
    m(C, Ph("you're lying"), CONFRONT, false),
    m(C, Ph("that's not what you said"), CONFRONT, false), m(C, Ph("that's not what you told"), CONFRONT, false), m(C, Ph("that's a lie"), CONFRONT, false),
    m(C, Ph("you know better"), CONFRONT, false), m(C, Ph("that's not true"), CONFRONT, false),
    m(C, Ph("that isn't true"), CONFRONT, false), m(C, Ph("that's ridiculous"), CONFRONT, false),
    m(C, Ph("that's nonsense"), CONFRONT, false), m(C, Ph("you can't seriously"), CONFRONT, false),
    m(C, Ph("you can't deny"), CONFRONT, false), m(C, Ph("there's no denying"), CONFRONT, false),
    m(C, Ph("you have a problem"), LABEL, true), m(C, Ph("you've got a problem"), LABEL, true),
    m(C, Ph("you should be ashamed"), CONFRONT, false), m(C, Ph("shame on you"), CONFRONT, false),
    m(C, Ph("how could you"), CONFRONT, false), m(C, Ph("what were you thinking"), CONFRONT, false),
    m(C, Ph("what's wrong with you"), CONFRONT, false), m(C, Ph("your own fault"), CONFRONT, true),
    m(C, Ph("it's your fault"), CONFRONT, true), m(C, Ph("only have yourself to blame"), CONFRONT, false),
    m(C, Ph("stop blaming"), CONFRONT, false), m(C, Ph("you can't blame"), CONFRONT, false),
    m(C, Ph("not being honest"), CONFRONT, false), m(C, Ph("that doesn't make sense"), CONFRONT, false),
    m(C, Ph("you said you would"), CONFRONT, false), m(C, Ph("you said you wouldn't"), CONFRONT, false),
    m(C, Ph("you promised"), CONFRONT, false),
    m(C, Ph("real friends"), CONFRONT, true), m(C, Ph("real family"), CONFRONT, true),
    m(P, Ph("plenty of people"), COMPARE, true), m(P, Ph("plenty of others"), COMPARE, true),
    m(P, Ph("other people manage"), COMPARE, true),
    m(C, Ph("than you think"), CONFRONT, true), m(C, Ph("than you realise"), CONFRONT, true),
    m(C, Ph("than you realize"), CONFRONT, true), m(C, Ph("that attitude"), CONFRONT, true),
    m(C, Ph("your attitude"), CONFRONT, true), m(C, Ph("why can't you"), CONFRONT, false),
    m(C, Ph("how many times do i"), CONFRONT, false),
    m(C, Ph("i don't believe you"), CONFRONT, false), m(C, Ph("i find that hard to believe"), CONFRONT, false),
    m(C, Ph("you expect me to believe"), CONFRONT, false), m(C, O("grow up"), CONFRONT, false),
    m(C, Ph("man up"), CONFRONT, false), m(C, O("wake up"), CONFRONT, false), m(C, O("come on"), CONFRONT, false),
    m(C, O("seriously"), CONFRONT, false),
    // Yes-but.
    m(Y, J("but"), BUT, false), m(Y, J("however"), HOWEVER, false), m(Y, J("yet"), BUT, false), m(Y, J("though"), HOWEVER, false),
    m(Y, O("actually"), ACTUALLY, false), m(Y, O("in fact"), ACTUALLY, false),
    // Leading and stacked questions.
    m(L, Ph("don't you think"), LEADING, false), m(L, Ph("don't you agree"), LEADING, false),
    m(L, Ph("wouldn't you agree"), LEADING, false), m(L, Ph("wouldn't you say"), LEADING, false),
    m(L, Ph("don't you want"), LEADING, false), m(L, Ph("don't you see"), LEADING, false),
    m(L, Ph("can't you see"), LEADING, false), m(L, Ph("isn't it true"), LEADING, false),
    m(L, Ph("isn't it obvious"), LEADING, false), m(L, Ph("aren't you worried"), LEADING, false),
    m(L, Ph("aren't you concerned"), LEADING, false), m(L, Ph("aren't you afraid"), LEADING, false),
    m(L, Ph("aren't you tired"), LEADING, false), m(L, Ph("don't you care"), LEADING, false),
    m(L, Ph("don't you feel"), LEADING, false), m(L, Ph("shouldn't you"), LEADING, false),
    m(L, Ph("isn't it time"), LEADING, false), m(L, Ph("don't you realize"), LEADING, false),
    m(L, Ph("don't you know"), LEADING, false), m(L, Ph("do you really want"), LEADING, false),
    m(L, Ph("do you really think"), LEADING, false), m(L, Ph("do you honestly think"), LEADING, false),
    m(L, Ph("you do realize"), LEADING, false), m(L, Ph("surely you"), LEADING, false),
    m(L, Ph("wouldn't it be nice"), LEADING, false), m(L, Ph("is that really"), LEADING, false),
    m(S, Pattern::SeveralQuestions, STACKED, false),
    // Premature reassurance and problem-solving.
    m(R, Ph("it'll be fine"), REASSURE, false), m(R, Ph("it will be fine"), REASSURE, false),
    m(R, Ph("it'll be ok"), REASSURE, false), m(R, Ph("it'll be okay"), REASSURE, false),
    m(R, Ph("it will be ok"), REASSURE, false), m(R, Ph("it will be okay"), REASSURE, false),
    m(R, Ph("it'll be alright"), REASSURE, false), m(R, Ph("it's going to be fine"), REASSURE, false),
    m(R, Ph("it's going to be okay"), REASSURE, false), m(R, Ph("it's going to be ok"), REASSURE, false),
    m(R, Ph("everything will be"), REASSURE, false), m(R, Ph("everything's going to be"), REASSURE, false),
    m(R, Ph("everything is going to be"), REASSURE, false), m(R, Ph("you'll be fine"), REASSURE, false),
    m(R, Ph("you will be fine"), REASSURE, false), m(R, Ph("you'll be okay"), REASSURE, false),
    m(R, Ph("you'll be ok"), REASSURE, false), m(R, Ph("you'll be alright"), REASSURE, false),
    m(R, Ph("you're going to be fine"), REASSURE, false), m(R, Ph("don't worry"), REASSURE, false),
    m(R, Ph("do not worry"), REASSURE, false), m(R, Ph("no need to worry"), REASSURE, false),
    m(R, Ph("nothing to worry about"), REASSURE, false), m(R, Ph("i'm sure you'll"), REASSURE, false),
    m(R, Ph("i'm sure it'll"), REASSURE, false), m(R, Ph("i'm sure it will"), REASSURE, false),
    m(R, Ph("it's not that bad"), REASSURE, false), m(R, Ph("it could be worse"), REASSURE, false), m(R, Ph("it's never too late"), REASSURE, false),
    m(R, Ph("look on the bright side"), REASSURE, false), m(P, Ph("here's what you"), FIX, false),
    m(P, Ph("here's what to do"), FIX, false), m(P, Ph("here's the plan"), FIX, false),
    m(P, Ph("the solution is"), FIX, false), m(P, Ph("all you have to do"), FIX, false),
    m(P, Ph("all you need to do"), FIX, false), m(P, Ph("all you need is"), FIX, false),
    m(P, Ph("the trick is"), FIX, false), m(P, Ph("the key is"), FIX, false),
];

/// Every MI-inconsistent marker in `text`, in order of where it starts. Words that only
/// report the client's own view ("you feel you have to…") do not count.
pub fn find_markers(text: &str) -> Vec<MarkerHit> {
    find_markers_in(&Text::new(text))
}
