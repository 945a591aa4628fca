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
    /// These words in order, anywhere (`a b/c d`: b or c in second place; `a b !c|d`: not
    /// followed by c or d; `x|y z~a b`: not straight after x, or after y z).
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
    /// When the words do not count because they are part of a reflection of what the client
    /// or someone else said ("you feel you have to…", "your wife calls you an alcoholic").
    pub excused: Excused,
}

/// Which framing excuses a marker's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Excused {
    /// Never: the words say what the clinician thinks, however they are framed.
    Never,
    /// Inside a frame of the client's view or someone's words ("you feel you have to…").
    ByFrame,
    /// Inside such a frame, or in a sentence that asks ("How sure are you that you could…?").
    ByFrameOrQuestion,
    /// Only when someone else's words are reported ("your boss says you're lazy"): a verdict
    /// dressed as a reflection ("sounds like you're making excuses") still counts.
    BySpeech,
    /// When the words are the client's view, said back ("for you, a slip is still a slip",
    /// "you're worried I'll think you're downplaying it"), someone's words reported, or in
    /// quotation marks ("Your dad's 'suit yourself' stung"); a reflective stem alone ("sounds
    /// like you're downplaying it") does not excuse.
    InView,
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
pub const ADVICE_QUESTION: &str = "Advice dressed as a question (\"have you thought about…\", \"why \
    don't you…\"): the client hears the suggestion, not curiosity. Ask permission, or ask what \
    they have in mind.";
const IMPERATIVE: &str = "An instruction (\"don't…\", \"try…\", \"cut down…\"): telling the \
    client what to do before you know what they want reads as advice without permission.";
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
pub const LEADING: &str = "A leading question carries your answer inside it; the client hears \
    pressure, not curiosity. Ask what they think, or reflect.";
const STACKED: &str = "Several questions in one turn leave the client to pick one and feel \
    interviewed; ask one open question and listen.";
const CONCERN: &str = "An opinion or worry the client didn't ask for is persuasion; it \
    invites them to argue back. Ask what they make of it, or ask permission to share it.";
pub(crate) const COMPARE: &str = "Comparing the client with people who manage tells them their reason \
    doesn't count; they defend it harder. Reflect their reason instead.";
/// Why information offered in reply to a client's view is flagged (docs/mi.md, "What makes a reply MI-inconsistent": facts or
/// statistics nobody asked for). The coder attaches it to answers coded as information.
pub const UNASKED_INFO: &str = "Facts nobody asked for, offered in reply to the client's view, \
    are heard as an argument. Ask permission first (\"Would it be okay if I shared…?\"), then ask \
    what they make of it.";
/// Why facts that argue for change persuade: the client did not ask, and a harm or a benefit
/// held up in reply to their view is an argument they will answer.
pub const ARGUING_INFO: &str = "Facts that argue for change (a risk, a benefit, what would be \
    wise), offered without permission in reply to the client's view, are persuasion: the client \
    argues back. Ask permission first, and ask what they make of it.";
/// Why a reply that draws the conclusion for the client ("…, so it's worth the hassle", "…, so
/// they really should come up") persuades (coder version 138).
pub const DRAWN_CONCLUSION: &str = "Draws the conclusion for the client (\"…, so you should…\", \
    \"…, so it's worth it\"): however kindly it starts, the reply ends as an argument for change, \
    and the client argues back. Reflect what they said and ask what they conclude.";
/// Why telling the client what their words are really for ("just a way of not trying")
/// confronts (coder version 139).
const MOTIVE: &str = "Telling the client what their words are really for (\"just a way of not \
    trying\", \"the easy way out\") names a motive they did not give, and they defend it. \
    Reflect what they said in their own terms.";
/// Why "The thing is, …" opening a sentence confronts (coder version 138).
const THING_IS: &str = "\"The thing is, …\" sets up your counter-argument: whatever follows, the \
    client hears that their view is being corrected. Reflect their view first, then ask what \
    they make of the other side.";
/// Why a judgement stated as a plain fact ("five hours isn't enough for anyone", "it's your
/// family's money too, though") confronts.
pub const OWN_JUDGEMENT: &str = "Your own judgement stated as a fact (\"isn't enough\", \"quite \
    extreme\", \"…, though\") corrects the client without saying back anything of theirs; they \
    defend. Reflect what they said first, then ask what they make of it.";
/// Why "that's your pride talking" or "…, I bet" confronts.
pub const SARCASM_OR_SOURCE: &str = "\"That's your pride talking\" tells the client where their \
    words really come from, and \"…, I bet\" mocks them: either way they defend instead of \
    thinking. Reflect what they said in their own terms.";
/// Why a closing "you'll see" reassures the worry away.
pub const YOULL_SEE: &str = "\"…, you'll see\" promises the worry away on your say-so; the \
    client hears that their doubt does not count. Reflect the doubt instead.";
/// Why a tautology said to the client ("stress is stress", "stealing is stealing") confronts.
pub const TAUTOLOGY: &str = "\"Stress is stress\", \"stealing is stealing\": saying a thing is \
    itself waves away the difference the client sees, so they defend it. Reflect the difference \
    they draw instead.";
/// Why a fact closed with ", you know" persuades.
pub const LECTURING_TAG: &str = "A fact closed with \", you know\" is a lecture: it tells the \
    client they should have known better. Ask what they know about it, or ask permission to \
    share it.";
/// Why a harm pressed with "actually" ("weed actually ruins your sleep") persuades.
const ACTUALLY_HARM: &str = "A harm pressed with \"actually\" (\"it actually ruins your \
    sleep\") corrects the client with a fact they did not ask for; they argue back. Ask what \
    they have noticed, or ask permission to share what you know.";
/// Why an instruction in the middle of a sentence ("…, so just walk away") is advice.
pub const IMPERATIVE_REASON: &str = "An instruction (\"so just…\", \"then go and…\", \"maybe \
    try…\") tells the client what to do before you know what they want: advice without \
    permission, however softly it is put.";
/// Why a judgement as the predicate ("that's reckless") confronts.
pub const JUDGEMENT_REASON: &str = "A judgement on the client or what they did (\"that's \
    reckless\", \"you're being childish\") puts them on the defensive; describe what happened \
    in their words instead.";
/// Why a closing "trust me" reassures the worry away.
pub const TRUST_ME_REASON: &str = "\"Trust me\" asks the client to drop their doubt on your say-so; \
    it waves the worry away instead of hearing it. Reflect the doubt instead.";
/// Why a statement closed with "though" confronts.
pub const COUNTERPOINT: &str = "A closing \"though\" sets your point against the client's: it \
    argues rather than understands. Say back their side first, or ask what they make of it.";
/// Why "If you know, why…?" confronts.
pub const GRANTED_THEN_WHY: &str = "A question that grants the client's point only to turn it \
    against them (\"If you know all this, why…?\") argues; it does not ask. Ask what they make \
    of it instead (\"What do you make of that gap?\").";
/// Why a closing "though" after a negation rebuts.
pub const THOUGH_REBUTTAL: &str = "A closing \"though\" after a \"not\" (\"that won't pay the \
    rent though\") answers the client back: it argues rather than understands. Say back their \
    side first, or ask what they make of it.";
/// Why "but … still" rebuts.
pub const REBUTTAL_REASON: &str = "\"But\" followed by an insistence (\"…, but it's still \
    wrong\") takes back what came before and argues; hold both sides with \"and\" instead.";
const FIX: &str = "A ready-made fix (\"here's what you do\") solves the problem for the client \
    before they have said what they want; ask what they have in mind, or ask permission first.";
const REASSURE: &str = "Reassurance or a quick fix skips past what the client feels; it can \
    sound like \"your worry doesn't count\". Reflect first, and ask before offering solutions.";

const VERDICT: &str = "A verdict on the client (\"defensive\", \"making excuses\", \"not \
    taking responsibility\") is a confrontation even when it is shaped like a reflection; the \
    client hears a judgement and defends. Reflect what they said or feel instead.";
pub const BENEFIT_IF: &str = "A benefit promised if the client changes (\"you'd sleep better \
    if you…\", \"it'll get easier if you…\") argues for the change; ask what they think they \
    would gain instead.";
pub const JUST_SAYING: &str = "\"…, just saying\" presses your point and disowns it in the same \
    breath; the client hears the point, and the jab. Ask what they make of it instead.";
pub const IM_AFRAID: &str = "\"…, I'm afraid\" softens the words but not the message: the \
    client hears that they are wrong or have no say, and defends their view. Reflect what they \
    said, or ask what they make of it.";
pub const TO_BE_FAIR: &str = "\"To be fair…\" takes the other side's part (\"to be fair to \
    them, you did fail the test\") or presses your own point against the client's; they hear \
    that their view is unfair and defend it. Reflect how they see it first.";
pub const YOU_DID: &str = "\"Well, you did…\" holds what the client did against them: they \
    hear that they brought it on themselves, and defend. Reflect how they see it now.";
/// Why "So you'd rather lose a foot than…?" confronts.
pub const DISASTER_CHOICE: &str = "\"So you'd rather lose your teeth than…?\" is not a \
    question: it pins a disaster on the client's choice to shame them out of it. Reflect what \
    the choice gives them, or ask what they make of the risk.";
pub const ECHO_REBUTTAL: &str = "The client's own word asked back (\"Only twice?\", \"Everyone?\") \
    and then answered by you argues with it: they hear that you do not believe them. Reflect \
    what they said plainly, or ask what they make of it.";
pub const SO_THEN: &str = "\"So you're…, then?\" draws the client's conclusion for them, and \
    the one they would least agree with: it reads as sarcasm. Reflect what they said, or ask \
    what they make of it.";
pub const SCEPTICAL_TAG: &str = "A statement closed with a tag that keeps its sign (\"So she's \
    making it up, is she?\", \"you'll stop when you change jobs, will you?\") is sarcasm: it \
    says back what the client said only to doubt it. Say it back plainly, or ask what they make \
    of it.";
pub const SO_BLAME: &str = "Summing the client up as blaming others (\"so it's all her fault\", \
    \"so none of it is on you?\") hands them a verdict on their own account: they defend it. \
    Reflect what they feel about the others' part instead.";
pub const OK_BUT: &str = "\"Okay, but…\" grants the client's point in one word and moves \
    straight on to yours: they hear that what they said did not count. Reflect it first, or \
    ask what they make of it.";
pub const SIDING: &str = "Taking the side of the people who push the client (\"she's right to \
    worry\", \"for good reason\", \"the board has a point\") tells the client they are the one \
    who is wrong; they defend. Reflect how the client sees the others' worry instead.";
pub const CREDENTIALS: &str = "Defending your standing (\"I've worked with hundreds of…\", \"I'm \
    fully qualified\", \"my age isn't relevant\") turns the session into a contest about you; \
    the client's doubt is left standing. Acknowledge the doubt instead (\"you're wondering \
    whether I can understand\").";
/// Why defending what the clinician did or meant confronts.
pub const DEFENDING: &str = "Defending what you did or meant (\"I wasn't lecturing\", \"I never \
    said that\") makes the session about you, and the client's complaint goes unheard. Say back \
    how it landed for them instead (\"it felt like a lecture\").";
const RHETORICAL: &str = "A rhetorical or shaming question (\"what kind of example…\", \"how \
    would you feel if…\") is a judgement with a question mark; the client hears blame. Ask \
    what they think, with real curiosity.";
pub const CONTRADICT: &str = "Contradicting or correcting the client (\"that's not true\", \"no, \
    …\") starts an argument they will try to win. Reflect their view first, then explore it.";
const SARCASM: &str = "Sarcasm (\"oh sure\", \"great example\") mocks the client's view; \
    it shames rather than invites. Say their view back plainly.";
const ACCUSE: &str = "\"You always…\", \"you never…\" and \"the one who…\" put the blame on \
    the client's character; they defend instead of reflecting. Describe the moment, not a \
    pattern of fault.";
const COUNTER: &str = "Answering the client with what they did (\"well, you did sign it\") \
    argues the point, and they defend themselves. Say back how it looks to them first.";
const REMINDER: &str = "Holding up what the client said last time (\"you said that last \
    month\") keeps score against them, and they defend themselves. Ask what is different now, or \
    reflect how hard it has been.";
const SO_YOU_THINK: &str = "\"So you think…\" or \"So you're saying…?\" holds the client's \
    words up to be knocked down; said that way it is nearly always a jibe. Say the view back \
    plainly (\"You think…\", \"You're saying…\") and it becomes a reflection.";
/// The sources of the markers whose condition `scan` adds to the match (only asked, only
/// opening a sentence, only ending one…). `scan` names each marker by its const, so editing a
/// source here cannot silently turn its condition off.
pub const OPENS_ACTUALLY: &str = "actually";
pub const OPENS_DO_YOU_THINK: &str = "do you think";
pub const OPENS_DONT: &str = "don't !you|worry";
pub const OPENS_NEVER: &str = "never";
pub const OPENS_REALLY: &str = "really";
pub const AND_YOU_KNOW_THAT: &str = "and you know that/it";
pub const FOR_A_REASON: &str = "for a reason";
pub const ITS_ACTUALLY: &str = "it's actually";
pub const IT_IS_ACTUALLY: &str = "it is actually";
pub const MATTERS_MORE_THAN: &str = "matters/matter more than";
pub const MORE_IMPORTANT_THAN: &str = "more important than";
pub const OR_YOU_WOULDNT: &str = "or you wouldn't";
pub const OR_YOUD_HAVE: &str = "or you'd have";
pub const REALLY_WORTH: &str = "really worth";
pub const SO_IT_CAN_BE_DONE: &str = "so it can be done";
pub const SORT_IT_OUT: &str = "sort it out";
pub const SORT_THAT_OUT: &str = "sort that out";
pub const THAT_ISNT_TRUE: &str = "that isn't true";
pub const THAT_IS_NOT_TRUE: &str = "that is not true";
pub const WHAT_DID_YOU_EXPECT: &str = "what did you expect";
pub const WHAT_DO_YOU_EXPECT: &str = "what do you expect";
/// A denial opening a sentence that the clinician answers with what they are or do ("I'm not
/// here to tick boxes, I'm here to help you"; coder version 132). Its condition is in `scan`,
/// which names the marker by this source.
pub const IM_NOT_THEN_IM: &str =
    "i'm not !sure|certain|convinced|clear|aware|able|familiar|great|good|expert|perfect";
/// The clinician's "I don't think…" (coder version 119) and "I'm not sure…" (version 122),
/// each with the words after it that make it the clinician's own uncertainty rather than a
/// doubt of the client. `scan::opens_in_own_uncertainty` reads the same words, so that the
/// second reader leaves such a reply to the rules (version 133).
pub const I_DONT_THINK: &str = "i don't think !i|i'm|i've|i'd|i'll|so|there|there's";
pub const IM_NOT_SURE: &str = "i'm not sure !whether|if|which|how|what|i|i'm|i've|yet|exactly|\
    where|when|who|about|either|myself";
pub const TAG_AGREE: &str = "A statement ending \", no?\", \", yes?\" or \", right?\" asks the client to agree \
    with the clinician's point, not to say what they think; it argues with a question mark. Say \
    what they said back, or ask an open question.";
const FAMILY_WOULD: &str = "Speaking for the client's family (\"your kids would want you \
    around\") uses guilt to argue for change; the client hears blame. Ask what they think their \
    family would say, or reflect what the family means to them.";
const IMAGINE_HOW: &str = "\"Imagine how much better you'd feel…\" pictures the change for the \
    client and sells it. Ask them what would be different, in their own words.";
const LETS_JUST: &str = "\"Let's just…\" decides what happens next for the client and brushes \
    past what they raised. Ask what they would like to focus on, or reflect what they said first.";
const DISBELIEF: &str = "Disbelief asked back (\"…? Really?\") tells the client you doubt \
    what they said; they defend it rather than explore it. Say back what they said and ask what \
    it is like for them.";
const DOUBT: &str = "Doubting the client's motives or effort (\"maybe you don't want it \
    enough\") questions their honesty; they stop talking. Reflect the effort or the doubt \
    they voiced.";
pub const HEDGED: &str = "Advice softened with \"maybe\", \"I wonder if it would help to…\" or \
    \"you could…\" is still advice the client didn't ask for. Ask permission first, or ask \
    what they have in mind.";
pub const NORMATIVE: &str = "\"Most people…\", \"everyone has to…\" tells the client their \
    reasons don't count next to everyone else's; they argue back. Reflect their reason instead.";
const DISMISS: &str = "Reassurance that waves the worry away (\"don't worry\", \"it's not a \
    big deal\", \"you'll thank me\") tells the client their concern doesn't count. Reflect the \
    worry first.";
const ARGUE: &str = "An argument for change (what it will cost, what it will gain, what only \
    works if…) is persuasion the client didn't ask for; it invites them to argue the other side. \
    Ask what they see, or ask permission to share.";
const PRESCRIBE: &str = "Telling the client what should happen (\"it should\", \"it's better \
    to\", \"the best way is…\") is advice without permission. Ask what they think would \
    help.";
const DISCLOSE: &str = "Holding up what worked for you (\"I quit and it was the best thing I \
    did\") is advice by example; the client hears what they ought to do. Ask what would work \
    for them.";

const fn m(kind: MarkerKind, pattern: Pattern, reason: &'static str, reportable: bool) -> Marker {
    Marker {
        kind,
        pattern,
        reason,
        excused: if reportable {
            Excused::ByFrame
        } else {
            Excused::Never
        },
    }
}

/// Advice in a modal ("you should", "you could try"): excused by a frame, and in a question
/// ("Do you think you need to…?", "How sure are you that you could…?"), which asks.
const fn q(kind: MarkerKind, pattern: Pattern, reason: &'static str) -> Marker {
    Marker {
        kind,
        pattern,
        reason,
        excused: Excused::ByFrameOrQuestion,
    }
}

/// A verdict on the client: excused only when someone else's words are reported.
const fn v(kind: MarkerKind, pattern: Pattern, reason: &'static str) -> Marker {
    Marker {
        kind,
        pattern,
        reason,
        excused: Excused::BySpeech,
    }
}

/// A phrase that pushes or judges only when it is the clinician's own: excused in the client's
/// view, in someone's reported words, and in quotation marks.
const fn w(kind: MarkerKind, pattern: Pattern, reason: &'static str) -> Marker {
    Marker {
        kind,
        pattern,
        reason,
        excused: Excused::InView,
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
    q(P, Ph("you should"), ADVICE), q(P, Ph("you shouldn't !have"), ADVICE), q(P, Ph("you shouldn't have !to"), ADVICE),
    q(P, Ph("you should not !have"), ADVICE), q(P, Ph("you should not have !to"), ADVICE), q(P, Ph("you need to !know"), ADVICE),
    q(P, Ph("you have to !be|go|deal|put|start|explain|listen|live|wait|sit|answer|repeat|tell|come|juggle|watch|hear|work|do this|face|carry"), ADVICE), m(P, Ph("you've got to"), ADVICE, true),
    m(P, Ph("you have got to"), ADVICE, true), m(P, Ph("you gotta"), ADVICE, true),
    q(P, Ph("over|on|for|with|at~you must !be|feel|have|like|love|enjoy|know|miss|think|wonder|hate|get|really"), ADVICE), q(P, Ph("you ought to"), ADVICE),
    m(P, Ph("you'd better"), ADVICE, true), m(P, Ph("you had better"), ADVICE, true),
    m(P, O("you better"), ADVICE, true), m(P, Ph("you'd be better off"), ADVICE, true),
    m(P, Ph("you need help"), ADVICE, true), m(P, Ph("you need treatment"), ADVICE, true),
    m(P, Ph("you can't keep"), ADVICE, true), m(P, Ph("you can't go on"), ADVICE, true),
    // Coder version 125: "it's not really fair to…", a moral verdict, and "imagine how good
    // you'll feel…", the change sold; not "I can / could only imagine how…", which empathises.
    m(C, Ph("really fair"), VERDICT, true),
    m(P, Ph("can|could|only|cannot|cant|to|i~imagine how"), IMAGINE_HOW, true),
    // Coder version 124: "You can't just ignore it / give up / refuse…" lectures. Not the
    // client's own "can't just switch it off / forget it / snap out of it", reflected.
    m(P, Ph("you can't just !switch|turn|forget|snap|shake|flip|wish|will|make|stop|get|move|let|put"), ADVICE, true),
    m(P, Ph("it's time to"), ADVICE, true), m(P, Ph("it's time you"), ADVICE, true),
    m(P, Ph("time for you to"), ADVICE, true), m(P, Ph("it's important to !you|him|her|them|me|your"), ADVICE, true),
    m(P, Ph("it's important that you"), ADVICE, true), m(P, Ph("it is important to !you|him|her|them|me|your"), ADVICE, true),
    m(P, Ph("i want you to"), ADVICE, false), m(P, Ph("i need you to"), ADVICE, false),
    m(P, Ph("i'd like you to !teach|tell|help|share|explain|walk|describe|say|show|talk"), ADVICE, false), m(P, Ph("i would like you to"), ADVICE, false),
    m(P, Ph("i suggest"), ADVICE, false), m(P, Ph("i'd suggest"), ADVICE, false),
    m(P, Ph("i would suggest"), ADVICE, false), m(P, Ph("i recommend"), ADVICE, false),
    m(P, Ph("i'd recommend"), ADVICE, false), m(P, Ph("i would recommend"), ADVICE, false),
    m(P, Ph("i advise"), ADVICE, false), m(P, Ph("my advice"), ADVICE, false),
    m(P, Ph("i'd advise"), ADVICE, false), m(P, Ph("i would advise"), ADVICE, false),
    m(P, Ph("i'd urge"), ADVICE, false), m(P, Ph("i urge you"), ADVICE, false),
    m(P, Ph("if i were you"), ADVICE, false), m(P, Ph("if i was you"), ADVICE, false),
    m(P, Ph("you might want to"), ADVICE, false), m(P, Ph("you may want to"), ADVICE, false),
    m(P, Ph("you could try"), ADVICE, false), m(P, Ph("you might try"), ADVICE, false),
    m(P, Ph("you could always"), ADVICE, false),
    m(P, Ph("maybe you could"), ADVICE, false), m(P, Ph("perhaps you could"), ADVICE, false),
    m(P, Ph("maybe you should"), ADVICE, false), m(P, Ph("maybe try"), ADVICE, false),
    m(P, Ph("it would be good if you"), ADVICE, false), q(P, Ph("it would be good for you"), ADVICE),
    m(P, Ph("it'd be good for you"), ADVICE, false), m(P, Ph("it would be better if you"), ADVICE, false),
    m(P, Ph("it'd be better if you"), ADVICE, false), m(P, Ph("it would help if you"), ADVICE, false),
    m(P, Ph("it might help to"), ADVICE, false), m(P, Ph("it might help if you"), ADVICE, false),
    q(P, Ph("it might be worth"), ADVICE), q(P, Ph("it may be worth"), ADVICE),
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
    q(P, Ph("you need more"), ADVICE),
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
    m(P, Ph("why don't you !tell|fill|talk|describe|share|walk|explain|give"), ADVICE_QUESTION, false), m(P, Ph("why not try"), ADVICE_QUESTION, false),
    m(P, Ph("why not just"), ADVICE_QUESTION, false), m(P, Ph("why not give"), ADVICE_QUESTION, false),
    m(P, Ph("have you thought about !what|how|why|whether|where|when|if|who|which|that|this|those|these|it"), ADVICE_QUESTION, false), m(P, Ph("have you thought of !what|how|why|whether|where|when|if|who|which|that|this|those|these|it"), ADVICE_QUESTION, false),
    m(P, Ph("have you considered !what|how|why|whether|where|when|if|who|which|that|this|those|these|it"), ADVICE_QUESTION, false), m(P, Ph("have you tried !anything|something|to|before|what|how|that|this|it|any|other|them|one|ones"), ADVICE_QUESTION, false),
    m(P, Ph("did you think about !what|how|why|whether|where|when|if|who|which|that|this|those|these|it"), ADVICE_QUESTION, false), m(P, Ph("did you consider !what|how|why|whether|where|when|if|who|which|that|this|those|these|it"), ADVICE_QUESTION, false),
    m(P, Ph("would you consider"), ADVICE_QUESTION, false), m(P, Ph("how about you !tell|say|share|walk|talk|let"), ADVICE_QUESTION, false),
    m(P, Ph("how about trying"), ADVICE_QUESTION, false), m(P, Ph("what about trying"), ADVICE_QUESTION, false),
    m(P, Ph("wouldn't it be better"), ADVICE_QUESTION, false), m(P, Ph("wouldn't it be easier"), ADVICE_QUESTION, false),
    m(P, Ph("wouldn't it be smarter"), ADVICE_QUESTION, false), m(P, Ph("wouldn't it be wiser"), ADVICE_QUESTION, false),
    m(P, Ph("wouldn't it make sense"), ADVICE_QUESTION, false), m(P, Ph("have you looked into !any|anything|what|how|whether|it|that|this"), ADVICE_QUESTION, false),
    m(P, Ph("could you perhaps"), ADVICE_QUESTION, false), m(P, Ph("could you maybe"), ADVICE_QUESTION, false),
    m(P, Ph("couldn't you just"), ADVICE_QUESTION, false), m(P, Ph("couldn't you still"), ADVICE_QUESTION, false),
    m(P, Ph("could you not just"), ADVICE_QUESTION, false),
    // An instruction first.
    m(P, O("try"), IMPERATIVE, false), m(P, O("stop"), IMPERATIVE, false), m(P, O("quit"), IMPERATIVE, false),
    m(P, O("cut"), IMPERATIVE, false), m(P, O("go"), IMPERATIVE, false), m(P, O("get"), IMPERATIVE, false),
    m(P, O("take !care|any"), IMPERATIVE, false), m(P, O("make"), IMPERATIVE, false), m(P, O("start"), IMPERATIVE, false),
    m(P, O("avoid"), IMPERATIVE, false), m(P, O("consider"), IMPERATIVE, false), m(P, O("remember"), IMPERATIVE, false),
    m(P, O("put"), IMPERATIVE, false), m(P, O("call"), IMPERATIVE, false), m(P, O("keep"), IMPERATIVE, false),
    m(P, O("give"), IMPERATIVE, false), m(P, O("use !any"), IMPERATIVE, false), m(P, O("drink !any"), IMPERATIVE, false),
    m(P, O("eat !any"), IMPERATIVE, false), m(P, O("throw"), IMPERATIVE, false), m(P, O("write"), IMPERATIVE, false),
    m(P, O("find"), IMPERATIVE, false), m(P, O("join"), IMPERATIVE, false), m(P, O("set"), IMPERATIVE, false),
    m(P, O("limit"), IMPERATIVE, false), m(P, O("switch"), IMPERATIVE, false), m(P, O("change"), IMPERATIVE, false),
    m(P, O("drop"), IMPERATIVE, false), m(P, O("focus"), IMPERATIVE, false), m(P, O("check"), IMPERATIVE, false),
    m(P, O("walk"), IMPERATIVE, false), m(P, O("exercise"), IMPERATIVE, false), m(P, O("wait"), IMPERATIVE, false),
    m(P, O("leave"), IMPERATIVE, false), m(P, O("ask"), IMPERATIVE, false), m(P, O("talk"), IMPERATIVE, false),
    m(P, O("think about"), IMPERATIVE, false), m(P, O("be"), IMPERATIVE, false), m(P, O("pick"), IMPERATIVE, false),
    m(P, O("plan"), IMPERATIVE, false), m(P, O("replace"), IMPERATIVE, false), m(P, O("reduce"), IMPERATIVE, false),
    m(P, O(OPENS_NEVER), IMPERATIVE, false), m(P, O(OPENS_DONT), IMPERATIVE, false), m(P, O("do not !worry"), IMPERATIVE, false),
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
    m(W, Ph("sure|saying|scared|worried|afraid|convinced|certain~you'll lose"), WARNING, true), m(W, Ph("you could lose"), WARNING, true),
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
    m(C, Ph("selfish"), LABEL, true), m(C, Ph("irresponsible"), LABEL, true),
    m(C, Ph("lazy"), LABEL, true), m(C, Ph("excuse !me"), CONFRONT, true), m(C, Ph("excuses"), CONFRONT, true),
    m(C, Ph("hard to|easy to|tough to|difficult to|scary to|safe to~be honest"), CONFRONT, false), m(C, Ph("let's be real"), CONFRONT, false),
    m(C, Ph("it to~be real"), CONFRONT, false), m(C, Ph("get real"), CONFRONT, false),
    m(C, Ph("face the facts"), CONFRONT, false), m(C, Ph("face facts"), CONFRONT, false),
    m(C, Ph("face it"), CONFRONT, false), m(C, Ph("face reality"), CONFRONT, false),
    m(C, Ph("face the truth"), CONFRONT, false), m(C, Ph("the truth is"), CONFRONT, false),
    m(C, Ph("the fact is"), CONFRONT, false), m(C, Ph("the reality is"), CONFRONT, false),
    m(C, Ph("kidding yourself"), CONFRONT, true), m(C, Ph("fooling yourself"), CONFRONT, true),
    m(C, Ph("lying to yourself"), CONFRONT, true), m(C, Ph("lying to me"), CONFRONT, true),
    m(C, Ph("you're lying !awake|down|in|on|there|around|flat|low|back"), CONFRONT, false),
    m(C, Ph("that's not what you said"), CONFRONT, false), m(C, Ph("that's not what you told"), CONFRONT, false), m(C, Ph("that's a lie"), CONFRONT, false),
    m(C, Ph("you know better"), CONFRONT, false), m(C, Ph("that's not true"), CONFRONT, false),
    m(C, Ph(THAT_ISNT_TRUE), CONFRONT, false), m(C, Ph("that's ridiculous"), CONFRONT, false),
    m(C, Ph("that's nonsense"), CONFRONT, false), m(C, Ph("you can't seriously"), CONFRONT, false),
    m(C, Ph("you can't deny"), CONFRONT, false), m(C, Ph("there's no denying"), CONFRONT, false),
    m(C, Ph("you have a problem"), LABEL, true), m(C, Ph("you've got a problem"), LABEL, true),
    m(C, Ph("you should be ashamed"), CONFRONT, false), m(C, Ph("shame on you"), CONFRONT, false),
    m(C, Ph("how could you do"), CONFRONT, false), m(C, Ph("how could you let"), CONFRONT, false),
    m(C, Ph("how could you say"), CONFRONT, false), m(C, Ph("how could you be so"), CONFRONT, false),
    m(C, Ph("how could you not"), CONFRONT, false), m(C, Ph("how could you even"), CONFRONT, false), m(C, Ph("what were you thinking"), CONFRONT, false),
    m(C, Ph("what's wrong with you"), CONFRONT, false),
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
    m(C, Ph("says who"), CONFRONT, false), m(C, Ph("according to who"), CONFRONT, false),
    m(C, Ph("according to whom"), CONFRONT, false), m(C, Ph("can't or won't"), CONFRONT, true),
    m(C, Ph("won't or can't"), CONFRONT, true), m(C, Ph("need or want"), CONFRONT, true),
    m(C, Ph("jumped off a bridge"), CONFRONT, true), m(C, Ph("jumped off a cliff"), CONFRONT, true),
    m(C, Ph("jump off a bridge"), CONFRONT, true), m(C, Ph("jump off a cliff"), CONFRONT, true),
    // Coder version 109: a negative question that argues, the client's words held against them,
    // a correction by "debunked", a risk they have so far escaped, and "charming".
    m(L, Ph("do you not think"), LEADING, false), m(L, Ph("do you not see"), LEADING, false),
    m(L, Ph("do you not realise"), LEADING, false), m(L, Ph("do you not realize"), LEADING, false),
    m(L, Ph("do you not know"), LEADING, false), m(L, Ph("did you not know"), LEADING, false),
    m(L, Ph("did you not read"), LEADING, false), m(L, Ph("did you not hear"), LEADING, false),
    m(L, Ph("did you not listen"), LEADING, false), m(L, Ph("would you not just"), LEADING, false),
    m(C, Ph("you said that last"), REMINDER, false), m(C, Ph("you said that the last"), REMINDER, false),
    m(C, Ph("you said that before"), REMINDER, false), m(C, Ph("you said the same last"), REMINDER, false),
    m(C, Ph("you said the same before"), REMINDER, false),
    m(C, Ph("you said the same thing last"), REMINDER, false),
    m(C, Ph("you said the same thing before"), REMINDER, false),
    m(C, Ph("debunked"), CONTRADICT, true), m(C, Ph("disproved"), CONTRADICT, true),
    m(C, Ph("disproven"), CONTRADICT, true), m(W, Ph("lucky so far"), WARNING, true),
    m(P, Ph("small price to pay"), ARGUE, true), m(C, O("charming"), SARCASM, false),
    // Coder version 110, from learners-dc: standing defended by numbers, a miss blamed on the
    // client not keeping at it, and a verdict on how they think.
    m(C, Ph("i've worked with loads of"), CREDENTIALS, false), m(C, Ph("i've worked with lots of"), CREDENTIALS, false),
    m(C, Ph("i've worked with heaps of"), CREDENTIALS, false), m(C, Ph("i've worked with plenty of"), CREDENTIALS, false),
    m(C, Ph("i've treated hundreds"), CREDENTIALS, false), m(C, Ph("i've treated thousands"), CREDENTIALS, false),
    m(C, Ph("i've treated loads of"), CREDENTIALS, false), m(C, Ph("i've treated heaps of"), CREDENTIALS, false),
    m(C, Ph("i've helped hundreds"), CREDENTIALS, false), m(C, Ph("i've helped loads of"), CREDENTIALS, false),
    m(C, Ph("i've helped lots of"), CREDENTIALS, false), m(C, Ph("i've helped plenty of"), CREDENTIALS, false),
    m(C, Ph("i've helped heaps of"), CREDENTIALS, false),
    v(C, Ph("if you'd kept at"), ACCUSE), v(C, Ph("if you'd stuck with"), ACCUSE),
    v(C, Ph("if you'd stuck at"), ACCUSE), v(C, Ph("if you'd bothered"), ACCUSE),
    w(C, Ph("you're jumping to"), VERDICT), w(C, Ph("you're jumping straight to"), VERDICT),
    w(C, Ph("pretty narrow way"), VERDICT), w(C, Ph("big generalisation"), VERDICT),
    w(C, Ph("big generalization"), VERDICT),
    m(L, Ph("why are you so touchy"), RHETORICAL, false), m(L, Ph("why are you so defensive"), RHETORICAL, false),
    m(L, Ph("why are you so negative"), RHETORICAL, false), m(L, Ph("why are you so stubborn"), RHETORICAL, false),
    // Coder version 115, from learners-dd: advice hedged as "it couldn't hurt", put as what is
    // safer or smartest, as what is important for the client to do, or as a way to see it.
    m(P, Ph("couldn't hurt to"), HEDGED, true), m(P, Ph("wouldn't hurt to"), HEDGED, true),
    m(P, Ph("can't hurt to"), HEDGED, true), m(P, Ph("won't hurt to"), HEDGED, true),
    m(P, Ph("it's safer to"), PRESCRIBE, true), m(P, Ph("it's smarter to"), PRESCRIBE, true),
    m(P, Ph("it's wiser to"), PRESCRIBE, true), w(P, Ph("smartest move"), PRESCRIBE),
    w(P, Ph("smartest thing"), PRESCRIBE), w(P, Ph("safest bet"), PRESCRIBE),
    w(P, Ph("best bet is"), PRESCRIBE), w(P, Ph("best move is"), PRESCRIBE),
    m(P, Ph("it's important you !know|understand|feel|hear|realise|realize"), ADVICE, true),
    m(P, Ph("it's really important you !know|understand|feel|hear|realise|realize"), ADVICE, true),
    m(P, Ph("it's really important that you"), ADVICE, true), m(P, O("think of it as"), PRESCRIBE, false),
    // Coder version 116: the agenda decided for the client ("Let's just focus on…").
    m(P, Ph("let's just !have|take"), LETS_JUST, true),
    // Yes-but.
    m(Y, J("but"), BUT, false), m(Y, J("however"), HOWEVER, false), m(Y, J("yet"), BUT, false), m(Y, J("though"), HOWEVER, false),
    m(Y, O(OPENS_ACTUALLY), ACTUALLY, false), m(Y, O("in fact"), ACTUALLY, false),
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
    w(L, Ph("you do realize"), LEADING), w(L, Ph("you do realise"), LEADING), m(L, Ph("surely you"), LEADING, false),
    m(L, Ph("wouldn't it be nice"), LEADING, false), m(L, Ph("is that really"), LEADING, false),
    m(L, O("surely"), LEADING, false), m(L, Ph("do you really expect"), LEADING, false),
    m(L, Ph("do you really believe"), LEADING, false), m(L, Ph("are they really"), LEADING, false),
    // Coder version 126: "Wouldn't you rather find out now?", "…would help, wouldn't it?".
    m(L, Ph("wouldn't you/it/that"), LEADING, false),
    // Coder version 127: "And if you lose this week, then what?", "So everyone is against you,
    // is that it?"; not "…and then what." in the client's voice, "then what about…", or "is
    // that it for today?".
    m(C, Ph("and~then what !about|might|s|is|was|do|did|does|would|will|happens|happened|are|were|what|kind|sort|else"), RHETORICAL, false),
    m(C, Ph("is that it !for|then|or|with|about|now|right|really"), RHETORICAL, false),
    // Coder version 128: "You've survived worse than that, surely." ("surely" anywhere but in
    // the client's view said back); "Isn't that a bit unfair on them?", "Isn't that kind of
    // passing the buck?".
    w(L, Ph("surely"), LEADING),
    m(C, Ph("isn't that a bit/little"), RHETORICAL, false),
    m(C, Ph("isn't that kind/sort of"), RHETORICAL, false),
    m(C, Ph("isn't that just"), RHETORICAL, false),
    // Coder version 129: "How do you know they didn't bother?" challenges the client's
    // grounds; not "how do you know when…". "So your pride matters more than being safe?" (only
    // asked: said flat it can reflect what the client values). "If you'd done the exercises you
    // might not feel this way": the client blamed for where they are.
    m(C, Ph("how do you know they/it/that/he/she/this/them/theyre/its/hes/shes/youre"), RHETORICAL, false),
    m(C, Ph(MATTERS_MORE_THAN), RHETORICAL, false),
    m(C, O("if you'd done/listened/looked/taken/followed/stuck/kept/used/bothered"), RHETORICAL, false),
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
    m(R, Ph("you're going to be fine"), REASSURE, false), m(R, Ph("don't worry !you|u|him|her|them|me"), REASSURE, false),
    m(R, Ph("do not worry"), REASSURE, false), m(R, Ph("no need to worry"), REASSURE, false),
    m(R, Ph("nothing to worry about"), REASSURE, true), m(R, Ph("i'm sure you'll"), REASSURE, false),
    m(R, Ph("i'm sure it'll"), REASSURE, false), m(R, Ph("i'm sure it will"), REASSURE, false),
    m(R, Ph("it's not that bad"), REASSURE, false), m(R, Ph("it could be worse"), REASSURE, false), m(R, Ph("it's never too late"), REASSURE, false),
    m(R, Ph("look on the bright side"), REASSURE, false), m(P, Ph("here's what you"), FIX, false),
    w(R, O("at least you"), DISMISS), w(R, O("at least your"), DISMISS), w(R, O("at least you've"), DISMISS),
    w(R, O("at least you're"), DISMISS), w(R, O("at least you'll"), DISMISS),
    m(R, Ph("could have been worse"), REASSURE, false), m(R, Ph("could've been worse"), REASSURE, false),
    m(R, Ph("no point getting"), DISMISS, false), m(R, Ph("no point in getting"), DISMISS, false),
    m(P, Ph("here's what to do"), FIX, false), m(P, Ph("here's the plan"), FIX, false),
    m(P, Ph("the solution is"), FIX, false), m(P, Ph("all you have to do"), FIX, false),
    m(P, Ph("all you need to do"), FIX, false), m(P, Ph("all you need is"), FIX, false),
    m(P, Ph("the trick is"), FIX, false), m(P, Ph("the key is"), FIX, false),

    // Verdicts on the client, also when dressed as a reflection ("sounds like you're…").
    v(C, Ph("defensive"), VERDICT), v(C, Ph("difficult today"), VERDICT), v(C, Ph("being difficult"), VERDICT),
    v(C, Ph("being rude"), VERDICT), v(C, Ph("a bit rude"), VERDICT), v(C, Ph("that's rude"), VERDICT),
    v(C, Ph("disrespectful"), VERDICT), v(C, Ph("immature"), VERDICT), v(C, Ph("reckless"), VERDICT),
    v(C, Ph("self-medicating"), VERDICT), v(C, Ph("short-sighted"), VERDICT), v(C, Ph("self-pitying"), VERDICT), v(C, Ph("self-indulgent"), VERDICT),
    v(C, Ph("overreacting"), VERDICT), v(C, Ph("overreact"), VERDICT), v(C, Ph("dramatic"), VERDICT),
    v(C, Ph("manipulative"), VERDICT), v(C, Ph("ungrateful"), VERDICT), v(C, Ph("entitled"), VERDICT),
    v(C, Ph("hypocrite"), VERDICT), v(C, Ph("hypocritical"), VERDICT),
    v(C, Ph("making excuses"), VERDICT), v(C, Ph("an excuse"), VERDICT), v(C, Ph("playing the victim"), VERDICT),
    v(C, Ph("being the victim"), VERDICT), v(C, Ph("not the victim"), VERDICT), v(C, Ph("the victim card"), VERDICT),
    v(C, Ph("chip on your shoulder"), VERDICT), v(C, Ph("brought this on yourself"), VERDICT), v(C, Ph("brought it on yourself"), VERDICT),
    v(C, Ph("not helping yourself"), VERDICT), v(C, Ph("we both know that's"), VERDICT), v(C, Ph("we both know it's not"), VERDICT),
    v(C, Ph("we both know you won't"), VERDICT), v(C, Ph("we both know you're not"), VERDICT), v(C, Ph("have it both ways"), VERDICT),
    v(C, Ph("bent over backwards"), VERDICT), v(C, Ph("bending over backwards"), VERDICT),
    v(C, Ph("it's obvious you"), VERDICT), v(C, Ph("it's obvious that you"), VERDICT),
    v(C, Ph("it's obvious you're"), VERDICT), v(C, Ph("it's obvious that you're"), VERDICT),
    v(C, Ph("the easy way out"), VERDICT), v(C, Ph("own worst enemy"), VERDICT), v(C, Ph("made your bed"), VERDICT),
    v(C, Ph("that's rich"), VERDICT), v(C, Ph("want a medal"), VERDICT), v(C, Ph("an answer for everything"), VERDICT),
    v(C, Ph("feeling sorry for yourself"), VERDICT), v(C, Ph("take responsibility"), VERDICT),
    v(C, Ph("taking responsibility"), VERDICT), v(C, Ph("avoid responsibility"), VERDICT),
    v(C, Ph("avoiding responsibility"), VERDICT), v(C, Ph("blaming everyone"), VERDICT),
    v(C, Ph("blaming everybody"), VERDICT), v(C, Ph("blaming others"), VERDICT),
    v(C, Ph("something else to blame"), VERDICT), v(C, Ph("someone else to blame"), VERDICT),
    v(C, Ph("someone else's fault"), VERDICT), v(C, Ph("somebody else's fault"), VERDICT),
    v(C, Ph("everyone else's fault"), VERDICT), v(C, Ph("rules don't apply"), VERDICT),
    v(C, Ph("changing the subject"), VERDICT), v(C, Ph("avoiding the question"), VERDICT),
    v(C, Ph("dependent on it"), VERDICT), v(C, Ph("hooked on"), VERDICT), v(C, Ph("the addiction talking"), VERDICT),
    v(C, Ph("that's what addiction"), VERDICT), v(C, Ph("classic addict"), VERDICT),
    v(C, Ph("get a life"), VERDICT),     v(C, Ph("just as bad as"), VERDICT),     v(C, Ph("the common thread is you"), VERDICT), v(C, Ph("the problem is you"), VERDICT),
    v(C, Ph("cop out"), VERDICT), v(C, Ph("cop-out"), VERDICT), v(C, Ph("attention seeking"), VERDICT),
    v(C, Ph("not normal"), VERDICT),
    v(C, Ph("you're the adult"), VERDICT), v(C, Ph("you are the adult"), VERDICT),
    v(C, Ph("no need to be"), VERDICT), v(C, Ph("no need to get"), VERDICT), v(C, Ph("no need for that"), VERDICT),
    v(C, Ph("watch your tone"), VERDICT), v(C, Ph("watch your language"), VERDICT), v(C, Ph("watch your mouth"), VERDICT),
    v(C, O("calm down"), VERDICT), v(C, Ph("don't take that tone"), VERDICT), v(C, Ph("that tone"), VERDICT),
    // Accusing the client's character.
    v(C, Ph("you always do"), ACCUSE), v(C, Ph("you always find"), ACCUSE), v(C, Ph("you always blame"), ACCUSE),
    v(C, Ph("you always have an excuse"), ACCUSE), v(C, Ph("you always say"), ACCUSE), v(C, Ph("you always make"), ACCUSE),
    v(C, Ph("you never listen"), ACCUSE), v(C, Ph("you never try"), ACCUSE), v(C, Ph("you never finish"), ACCUSE),
    v(C, Ph("with you isn't it"), ACCUSE), v(C, Ph("the one who keeps"), ACCUSE), v(C, Ph("the one who chose"), ACCUSE), 
    v(C, Ph("you keep doing"), ACCUSE), v(C, Ph("this is what you do"), ACCUSE),
    v(C, Ph("that's what you do"), ACCUSE), 
    // Doubting motives or effort.
    v(C, Ph("want it badly enough"), DOUBT), v(C, Ph("want it enough"), DOUBT),
        v(C, Ph("weren't really trying"), DOUBT), v(C, Ph("not really trying"), DOUBT),
    v(C, Ph("if you really wanted"), DOUBT), v(C, Ph("if you really want"), DOUBT),
    v(C, Ph("really serious about"), DOUBT), v(C, Ph("even trying"), DOUBT),
                v(C, Ph("what they all say"), DOUBT),
    v(C, Ph("what everyone says"), DOUBT),     v(C, Ph("what they always say"), DOUBT), v(C, Ph("tells themselves"), DOUBT),
    // Rhetorical and shaming questions.
    m(C, Ph("what kind of example"), RHETORICAL, false), m(C, Ph("what kind of parent"), RHETORICAL, false),
    m(C, Ph("what kind of person"), RHETORICAL, false), m(C, Ph("what kind of mother"), RHETORICAL, false),
    m(C, Ph("what kind of father"), RHETORICAL, false), m(C, Ph("what kind of role model"), RHETORICAL, false),
        m(C, Ph("how would you feel if"), RHETORICAL, false), m(C, Ph("how would you like it if"), RHETORICAL, false),
    m(C, Ph("what would happen if everyone"), RHETORICAL, false), m(C, Ph(WHAT_DID_YOU_EXPECT), RHETORICAL, false),
    m(C, Ph(WHAT_DO_YOU_EXPECT), RHETORICAL, false),
    // Coder version 93: disbelief asked back as a sentence of its own ("Trainers on a site?
    // Really?"), and a question of whether something is "really worth" it.
    m(C, O(OPENS_REALLY), DISBELIEF, false), m(C, Ph(REALLY_WORTH), RHETORICAL, false),
    // Coder version 94: challenging where the client got an idea, asked and left there.
    m(C, Ph("where did you hear that"), CONTRADICT, false), m(C, Ph("where did you read that"), CONTRADICT, false),
    m(C, Ph("where did you get that"), CONTRADICT, false), m(C, Ph("where did u hear that"), CONTRADICT, false),
    m(C, Ph("where did u read that"), CONTRADICT, false), m(C, Ph("where did u get that"), CONTRADICT, false),
    m(C, Ph("whered you hear that"), CONTRADICT, false), m(C, Ph("whered you get that"), CONTRADICT, false),
    // Coder version 94: "Well, you did…": what the client did, said back to answer them.
    m(C, Ph("well you didnt"), COUNTER, false), m(C, Ph("well you werent"), COUNTER, false),
    m(C, Ph("well you wasnt"), COUNTER, false), m(C, Ph("well you havent"), COUNTER, false),
    m(C, Ph("well you said"), COUNTER, false), m(C, Ph("well you chose"), COUNTER, false),
    m(C, Ph("well you agreed"), COUNTER, false), m(C, Ph("well you signed"), COUNTER, false),
    m(C, Ph("well you skipped"), COUNTER, false), m(C, Ph("well you missed"), COUNTER, false),
    m(C, Ph("well you knew"), COUNTER, false), m(C, Ph("well u didnt"), COUNTER, false),
    m(C, Ph("well u werent"), COUNTER, false), m(C, Ph("well u havent"), COUNTER, false),
    m(C, Ph("well u said"), COUNTER, false), m(C, Ph("well u chose"), COUNTER, false),
    m(C, Ph("well u knew"), COUNTER, false),
    m(C, Ph("why would you do"), RHETORICAL, false), m(C, Ph("why would you risk"), RHETORICAL, false),
    m(C, Ph("why do you keep"), RHETORICAL, false), m(C, Ph("why do you always"), RHETORICAL, false),
    m(C, Ph("why are you still"), RHETORICAL, false), m(C, Ph("then why are you"), RHETORICAL, false),
    m(C, Ph("then why do you"), RHETORICAL, false), m(C, Ph("then why did you"), RHETORICAL, false),
    m(C, Ph("what's the point of you"), RHETORICAL, false), m(C, Ph("how is that working"), RHETORICAL, false),
    m(C, Ph("how's that working"), RHETORICAL, false), m(C, Ph("is that working for you"), RHETORICAL, false),
    m(C, Ph("do you think that's ok"), RHETORICAL, false), m(C, Ph("do you think that's okay"), RHETORICAL, false),
    m(C, Ph("do you think that's fair"), RHETORICAL, false), m(C, Ph("do you think that's normal"), RHETORICAL, false),
    m(C, Ph("do you think that's right"), RHETORICAL, false), m(C, Ph("is that fair"), RHETORICAL, false),
    m(C, Ph("is that the kind"), RHETORICAL, false), m(C, Ph("do you want your kids"), RHETORICAL, false),
    m(C, Ph("do you want your children"), RHETORICAL, false), m(C, Ph("isn't it obvious"), RHETORICAL, false),
    // Coder version 120: a tag asking agreement at the end of a statement (see `scan`).
    m(C, Ph("no"), TAG_AGREE, false), m(C, Ph("yes"), TAG_AGREE, false),
    m(C, Ph("eh"), TAG_AGREE, false),
    // Coder version 128: "A sore arm for a day is a lot better than pneumonia, right?". Not in
    // the client's view said back ("It feels like you've swapped one problem for another,
    // right?").
    w(C, Ph("right"), TAG_AGREE),
    // Coder version 118: "So you think…", "So you're saying…?" at the start of a sentence
    // (see `scan`).
    m(C, O("you think"), SO_YOU_THINK, false), m(C, O("you're saying"), SO_YOU_THINK, false),
    m(C, Ph("so you think it's ok"), RHETORICAL, false), m(C, Ph("so you think that's ok"), RHETORICAL, false),
    m(C, Ph("so you think it's fine"), RHETORICAL, false), m(C, Ph("so you think that's fine"), RHETORICAL, false),
        // Contradicting and correcting.
    m(C, O("no !wonder|one|ones|matter|doubt|need|longer|idea|way|big|pressure|rush|worries|problem|kidding|shame|surprise|offence|offense|judgement|judgment|more|less|thanks|wrong|right|rules|guarantee|easy|quick|magic|single"), CONTRADICT, false), m(C, O("nope"), CONTRADICT, false), m(C, O("not true"), CONTRADICT, false),
    m(C, Ph("that's not how !i|we|you see|you feel|you want|you'd"), CONTRADICT, false), m(C, Ph("that isn't how"), CONTRADICT, false),
    m(C, Ph("that's not what happened"), CONTRADICT, false), m(C, Ph("that's not the point"), CONTRADICT, false),
    m(C, Ph("that's not right"), CONTRADICT, false), m(C, Ph("that's not the case"), CONTRADICT, false),
    m(C, Ph("that's wrong"), CONTRADICT, false), m(C, Ph("you're wrong"), CONTRADICT, false),
    // Coder version 129: "That's not quite fair, the notes say…".
    m(C, Ph("that's not quite fair/right/true/accurate"), CONTRADICT, false),
    m(C, Ph("that's not fair"), CONTRADICT, false), m(C, Ph("that's not an excuse"), CONTRADICT, false),
                m(C, Ph("isn't everyone"), CONTRADICT, false), m(C, Ph("it isn't everyone"), CONTRADICT, false),
        m(C, Ph("the whole point"), CONTRADICT, false), m(C, Ph("literally what"), CONTRADICT, false),
    m(C, Ph("that's exactly why"), CONTRADICT, false),
    m(C, Ph("that's exactly the kind"), CONTRADICT, false), m(C, Ph("im trying to help"), CONTRADICT, false),
    m(C, Ph("i'm trying to help"), CONTRADICT, false), m(C, Ph("i'm only trying to"), CONTRADICT, false),
    m(C, Ph("i was only trying"), CONTRADICT, false),
    m(C, O("i wasn't !sure|there|clear|aware|expecting|able|certain|fair|listening|thinking|very|careful|great|good|helpful|paying"), DEFENDING, false),
    m(C, O("i was not !sure|there|clear|aware|expecting|able|certain|fair|listening|thinking|very|careful|great|good|helpful|paying"), DEFENDING, false),
    m(C, O("i didn't say that !well|very|clearly|right|too|properly"), DEFENDING, false),
    m(C, Ph("i'm qualified"), CONTRADICT, false),
    // A harm pressed with "actually".
    q(P, Ph("actually ruins"), ACTUALLY_HARM), q(P, Ph("actually damages"), ACTUALLY_HARM),
    q(P, Ph("actually harms"), ACTUALLY_HARM), q(P, Ph("actually wrecks"), ACTUALLY_HARM),
    q(P, Ph("actually raises"), ACTUALLY_HARM), q(P, Ph("actually increases"), ACTUALLY_HARM),
    q(P, Ph("actually worsens"), ACTUALLY_HARM), q(P, Ph("actually hurts your"), ACTUALLY_HARM),
    // Defending the helper's standing.
    m(C, Ph("i'm fully qualified"), CREDENTIALS, false), m(C, Ph("i'm trained in"), CREDENTIALS, false),
    m(C, Ph("i have a degree"), CREDENTIALS, false), m(C, Ph("i've worked with hundreds"), CREDENTIALS, false),
    m(C, Ph("i've worked with a lot of"), CREDENTIALS, false), m(C, Ph("i've helped people"), CREDENTIALS, false),
    m(C, Ph("so i do know"), CREDENTIALS, false), m(C, Ph("so i do understand"), CREDENTIALS, false),
    m(C, Ph("you're in safe hands"), CREDENTIALS, false), m(C, Ph("age isn't relevant"), CREDENTIALS, false),
    m(C, Ph("life isn't relevant"), CREDENTIALS, false), m(C, Ph("isn't relevant here"), CREDENTIALS, false),
    m(C, Ph("age has nothing to do with"), CREDENTIALS, false),
    // Training and years held up against the client's doubt. "I know what I'm doing" inside the
    // client's view ("you're not sure I know what I'm doing") reflects the doubt.
    m(C, Ph("i've been trained !to"), CREDENTIALS, false),
    // "I've been trained to keep what you say private" tells the client how things work.
    m(C, Ph("i've been trained to !keep|protect|respect|not|ask|listen|say"), CREDENTIALS, false), m(C, Ph("i'm fully trained"), CREDENTIALS, false),
    m(C, Ph("i'm trained for"), CREDENTIALS, false), m(C, Ph("hours of training"), CREDENTIALS, false),
    m(C, Ph("years of training"), CREDENTIALS, false), m(C, Ph("year of training"), CREDENTIALS, false),
    m(C, Ph("i've got a degree"), CREDENTIALS, false), m(C, Ph("well qualified"), CREDENTIALS, true),
    m(C, Ph("i've been doing this for"), CREDENTIALS, false), m(C, Ph("i've been doing this job"), CREDENTIALS, false),
    m(C, Ph("i'll have you know"), CREDENTIALS, false), m(C, Ph("i know a thing or two"), CREDENTIALS, false),
    m(C, Ph("i've worked in this field"), CREDENTIALS, false), m(C, Ph("i'm a trained professional"), CREDENTIALS, false),
    m(C, Ph("i've seen hundreds of"), CREDENTIALS, false), m(C, Ph("seen hundreds of cases"), CREDENTIALS, false),
    m(C, Ph("know what i'm talking about"), CREDENTIALS, true), m(C, Ph("know what i'm doing"), CREDENTIALS, true),
    // Telling the client what will not work.
    m(W, Ph("won't help your"), WARNING, true),
    m(C, Ph("i'm not judging"), CONTRADICT, false), m(C, Ph("i never said !thank|thanks"), DEFENDING, false),
    m(C, Ph("words in my mouth"), CONTRADICT, false), m(C, Ph("stating facts"), CONTRADICT, false),
    m(C, Ph("i'm just saying"), CONTRADICT, false), m(C, Ph("have you considered that maybe"), CONTRADICT, false),
    m(C, Ph("really the answer"), CONTRADICT, false), m(C, Ph("that's why you're here"), CONTRADICT, false),
    v(C, Ph("is the problem"), VERDICT), v(C, Ph("comparing yourself"), VERDICT),
    v(C, Ph("so you don't have to change"), VERDICT), v(C, Ph("taking your frustration out"), VERDICT),
    v(C, Ph("don't want to try"), DOUBT), v(C, Ph("maybe if you"), ACCUSE),
    m(C, Ph("i think you're just"), CONCERN, false), m(C, Ph("i think you just"), CONCERN, false),
    q(P, Ph("you need a !drink|smoke|cigarette|fag|joint|spliff|pint|beer|couple|bet|hit|line|vape|puff|drag|glass|bottle|can|top-up|dose"), ADVICE), q(P, Ph("you need some !weed|wine|booze|gear|smoke|drink|fags"), ADVICE), q(P, Ph("you need at least"), ADVICE),
    q(P, Ph("you can change"), ADVICE), m(P, Ph("if you just"), HEDGED, true),
    m(P, Ph("we need to focus"), ADVICE, false), m(P, Ph("just cut down"), ADVICE, false),
    m(P, Ph("just cut back"), ADVICE, false), m(P, O("keep trying"), ADVICE, true),
    m(P, O("hear me out"), ADVICE, false), m(P, O("bear with"), ADVICE, false),
    m(P, Ph("the next step is"), ADVICE, false), m(P, Ph("next step is to"), ADVICE, false),
    // More rhetorical questions.
    m(C, Ph("how is that helping"), RHETORICAL, false), m(C, Ph("how is this helping"), RHETORICAL, false),
    m(C, Ph("how does that help"), RHETORICAL, false), m(C, Ph("how is that fair"), RHETORICAL, false),
    m(C, Ph("how is that ok"), RHETORICAL, false), m(C, Ph("how is that okay"), RHETORICAL, false),
    m(C, Ph("what good is"), RHETORICAL, false), m(C, Ph("what good does"), RHETORICAL, false),
    m(C, Ph("since when"), RHETORICAL, false), m(C, Ph("who do you think"), RHETORICAL, false),
    m(C, Ph("why should anyone"), RHETORICAL, false),
    m(C, Ph("why would anyone"), RHETORICAL, false), m(C, Ph("is it really"), RHETORICAL, false),
    m(C, Ph("are you really"), RHETORICAL, false), m(C, Ph("do you honestly"), RHETORICAL, false),
    m(C, Ph("do you seriously"), RHETORICAL, false), m(C, Ph("do you actually think"), RHETORICAL, false),
    m(C, O("would you want your"), RHETORICAL, false), m(C, O("would you let your"), RHETORICAL, false),
    m(C, Ph("what would your kids"), RHETORICAL, false), m(C, Ph("what would your children"), RHETORICAL, false),
    m(C, Ph("what would your mum"), RHETORICAL, false), m(C, Ph("what would your mother"), RHETORICAL, false),
    m(C, Ph("is that fair on"), RHETORICAL, false), m(C, Ph("is that fair to"), RHETORICAL, false),
    m(C, Ph("you think the court cares"), RHETORICAL, false), m(C, Ph("do you think they care"), RHETORICAL, false),
    // More contradiction and correction.
    m(C, Ph("that's a myth"), CONTRADICT, false), m(C, Ph("that's not really how"), CONTRADICT, false),
    m(C, Ph("not really how"), CONTRADICT, false), m(C, Ph("that's not accurate"), CONTRADICT, false),
    m(C, Ph("that's incorrect"), CONTRADICT, false), m(C, Ph("you're mistaken"), CONTRADICT, false),
    m(C, Ph(ITS_ACTUALLY), CONTRADICT, true), m(C, Ph(IT_IS_ACTUALLY), CONTRADICT, true),
    m(C, Ph("believe it or not"), CONTRADICT, false), m(C, Ph("contrary to"), CONTRADICT, false),
    m(C, Ph("that's simply not"), CONTRADICT, false), m(C, Ph(THAT_IS_NOT_TRUE), CONTRADICT, false),
    m(C, Ph("thats not true"), CONTRADICT, false), m(C, Ph("not how it works"), CONTRADICT, false),
    m(C, Ph("that's just not"), CONTRADICT, false),
    // Correcting by contrast: the client's view set against "the real thing".
    m(C, Ph("isn't the same as"), CONTRADICT, true), m(C, Ph("is not the same as"), CONTRADICT, true),
    m(C, Ph("not the same thing as"), CONTRADICT, true), m(C, Ph("doesn't mean it's"), CONTRADICT, true),
    m(C, Ph("doesn't mean safe"), CONTRADICT, true), m(C, Ph("means nothing"), CONTRADICT, true),
    m(C, Ph("no such thing as"), CONTRADICT, true),
    m(C, Ph("only masks"), CONTRADICT, true), m(C, Ph("only treats the"), CONTRADICT, true),
    m(C, Ph("won't make it go away"), CONTRADICT, true), m(C, Ph("won't change anything"), CONTRADICT, true),
    m(C, Ph("won't get you anywhere"), CONTRADICT, true), m(C, Ph("far outweigh"), CONTRADICT, true),
    m(C, Ph("outweigh the risks"), CONTRADICT, true),
    // Verdicts after an inference ("sounds like you're…", "so basically…").
    v(C, Ph("you're avoiding"), VERDICT), v(C, Ph("you are avoiding"), VERDICT),
    v(C, Ph("you're blaming"), VERDICT), v(C, Ph("you are blaming"), VERDICT),
    v(C, Ph("you're refusing"), VERDICT), v(C, Ph("you're pretending"), VERDICT),
    v(C, Ph("you're hiding behind"), VERDICT), v(C, Ph("you're minimising"), VERDICT),
    v(C, Ph("you're minimizing"), VERDICT),
    // Therapy words used as a label for how the client thinks: given as the clinician's
    // verdict ("that's…", "which is…", "you're…"), not named as something the client noticed
    // or read about.
    v(C, Ph("that's a cognitive distortion"), VERDICT), v(C, Ph("which is a cognitive distortion"), VERDICT),
    v(C, Ph("like a cognitive distortion"), VERDICT), v(C, Ph("keeps you off the hook"), VERDICT),
    v(C, Ph("being touchy"), VERDICT), v(C, Ph("it's you who needs"), VERDICT),
    v(C, Ph("all-or-nothing thinking"), VERDICT), v(C, Ph("black-and-white thinking"), VERDICT),
    v(C, Ph("classic black-and-white"), VERDICT), v(C, Ph("pretty black-and-white"), VERDICT),
    v(C, Ph("that's a fixed mindset"), VERDICT), v(C, Ph("that's a pretty fixed mindset"), VERDICT),
    v(C, Ph("quite a fixed mindset"), VERDICT), v(C, Ph("you're closed-minded"), VERDICT),
    v(C, Ph("you're pretty closed-minded"), VERDICT), v(C, Ph("you're being closed-minded"), VERDICT),
    v(C, Ph("you're dodging"), VERDICT), v(C, Ph("a convenient way out"), VERDICT),
    v(C, Ph("a convenient way to not"), VERDICT), v(C, Ph("a convenient way of not"), VERDICT),
    v(C, Ph("a convenient way to avoid"), VERDICT), v(C, Ph("that's survivorship bias"), VERDICT),
    v(C, Ph("a common misconception"), VERDICT), v(C, Ph("like a justification"), VERDICT),
    v(C, Ph("that's a justification"), VERDICT), v(C, Ph("a lot of minimizing"), VERDICT),
    v(C, Ph("a lot of minimising"), VERDICT), v(C, Ph("that's an outdated way of thinking"), VERDICT),
    v(C, Ph("you're justifying"), VERDICT), v(C, Ph("you are justifying"), VERDICT),
    v(C, Ph("found a way to justify"), VERDICT), v(C, Ph("looking for someone to blame"), VERDICT),
    v(C, Ph("looking for somebody to blame"), VERDICT), v(C, Ph("looking for something to blame"), VERDICT),
    v(C, Ph("you're putting all the blame on !yourself|you|me"), VERDICT),
    v(C, Ph("you're putting the blame on !yourself|you|me"), VERDICT),
    v(C, Ph("making this about me"), VERDICT), v(C, Ph("make this about me"), VERDICT),
    // Verdicts on how the client takes things in: playing it down, not listening, hiding.
    w(C, Ph("you're downplaying"), VERDICT), w(C, Ph("you are downplaying"), VERDICT),
    w(C, Ph("you might be downplaying"), VERDICT), w(C, Ph("you're playing it down"), VERDICT),
    w(C, Ph("head in the sand"), VERDICT), w(C, Ph("kind of lets you off the hook"), VERDICT),
    w(C, Ph("that lets you off the hook"), VERDICT), w(C, Ph("which lets you off the hook"), VERDICT),
    w(C, Ph("conveniently lets you off the hook"), VERDICT),
    w(C, Ph("let yourself off the hook"), VERDICT), w(C, Ph("letting yourself off the hook"), VERDICT),
    w(C, Ph("you're not listening"), VERDICT),
    w(C, Ph("you're not really listening"), VERDICT),
    w(C, Ph("choosing not to listen"), VERDICT), w(C, Ph("decided not to listen"), VERDICT),
    w(C, Ph("telling yourself that so"), VERDICT), w(C, Ph("the definition of"), VERDICT),
    w(C, Ph("bite my head off"), VERDICT), w(C, Ph("biting my head off"), VERDICT),
    w(C, Ph("you're lucky they"), VERDICT), w(C, Ph("you're lucky you"), VERDICT),
    w(C, Ph("i don't appreciate !how"), CONFRONT),
    // The client's own deed or reason held against them.
    // Only before a misdeed ("fail", "lie", "get caught"): see `a_misdeed` in coach/scan.rs.
    w(C, Ph("you did"), YOU_DID),
    w(C, Ph("not really a reason"), CONTRADICT), w(C, Ph("that's not a reason"), CONTRADICT),
    w(C, Ph("isn't a reason"), CONTRADICT),
    w(C, Ph("doesn't make it okay"), CONTRADICT),
    w(C, Ph("doesn't make it fine"), CONTRADICT), w(C, Ph("doesn't make it right"), CONTRADICT),
    w(C, Ph("doesn't make it safe"), CONTRADICT), w(C, Ph("doesn't make it healthy"), CONTRADICT),
    w(C, Ph("doesn't make it good"), CONTRADICT), w(C, Ph("doesn't make it true"), CONTRADICT),
    w(C, Ph("it takes two !minutes|hours|days|weeks|months|years|seconds|goes|tries"), JUDGEMENT_REASON),
    w(C, Ph("self-fulfilling prophecy"), VERDICT), w(C, Ph("bit of a generalisation"), VERDICT),
    w(C, Ph("bit of a generalization"), VERDICT), w(C, Ph("that's a generalisation"), VERDICT),
    w(C, Ph("that's a generalization"), VERDICT), w(C, Ph("sweeping generalisation"), VERDICT),
    w(C, Ph("sweeping generalization"), VERDICT),
    w(P, Ph(SO_IT_CAN_BE_DONE), COMPARE),
    // A benefit or a loss predicted for the client ("even a walk would make a real difference",
    // "it'd be a shame to throw it away"), a promise that the worry will pass, doubting the
    // client's honesty, and more of the clinician's standing, sarcasm and siding.
    q(P, Ph("would make a real difference"), ARGUE),
    q(P, Ph("would really help you"), ARGUE), q(P, Ph("would definitely help you"), ARGUE),
    q(P, Ph("it'd be a shame to"), ARGUE), q(P, Ph("it would be a shame to"), ARGUE),
    // Coder version 128: "The flu shot is one of the safest vaccines there is", "statins are one
    // of the most studied drugs": a treatment held up to sell it. Not "one of the most common
    // side effects", which tells the client they are not alone, nor "one of the most precious
    // parts of your week" or "one of the best feelings you know", which reflect.
    w(P, Ph("one of the safest"), ARGUE),
    w(P, Ph("one of the most effective/studied/tested/researched/proven"), ARGUE),
    // "Still, I'd hate for you to find out when it's too late": the clinician's worry pressed.
    m(P, Ph("i'd hate for you"), CONCERN, false), m(P, Ph("i'd hate to see you"), CONCERN, false),
    m(P, Ph("i would hate for you"), CONCERN, false),
    q(P, Ph("it's not too late to"), ARGUE),
    w(P, Ph("you'll get used to it"), DISMISS),
    // Coder version 123: the clinician speaking for the client's family ("your kids would want
    // you around"); not what the family would say or know, and not in a question or the
    // client's view ("you think your family would be better off…").
    q(P, Ph("your family/kids/children/wife/husband/partner/mum/mom/dad/daughter/son/grandkids/\
        grandchildren/girlfriend/boyfriend/mother/father would !say|tell|know|ask|think|agree|understand"), FAMILY_WOULD),
    // Coder version 119: the clinician's own "I don't think…" disagrees with the client, unless
    // it is about the clinician ("I don't think I explained that well") or opens a space
    // ("I don't think there's a right answer").
    w(C, Ph(I_DONT_THINK), CONTRADICT),
    // Coder version 122: "I'm not sure that's accurate / why you'd think…": doubt of what the
    // client said. Not "I'm not sure whether / if / how…" or "I'm not sure I…", which own the
    // clinician's uncertainty.
    w(C, Ph(IM_NOT_SURE), CONTRADICT),
    // Coder version 135 (from learners-ds): a flat rebuttal of the client's evidence ("one
    // person living to ninety doesn't prove anything"), of their minimising ("it's not nothing,
    // coughing can mean…"), and doubt of their word ("I can tell you don't mean that").
    w(C, Ph("doesn't/don't prove anything"), CONTRADICT), w(C, Ph("proves nothing"), CONTRADICT),
    w(C, O("it's not nothing !to"), CONTRADICT),
    w(C, Ph("you don't mean that/it"), DOUBT), w(C, Ph("you don't really mean that/it"), DOUBT),
    // Reassurance that waves the worry off ("I wouldn't worry about it"), the family's wish
    // pressed ("it would mean a lot to her if you gave it a go"), the promise that it is nicer
    // than it looks ("the meals are nice once you try them") and the case closed ("…, that's
    // why you need them").
    w(R, Ph("i wouldn't worry"), DISMISS),
    q(P, Ph("would mean a lot to her/him/them/your"), FAMILY_WOULD),
    w(P, Ph("once you try it/them/one"), ARGUE), w(P, Ph("that's why you need/have"), ARGUE),
    w(C, Ph("don't think you're being honest"), DOUBT),
    // Coder version 136: a verdict on what the client does ("'mostly' isn't good enough with
    // tablets like these", "boring isn't a good enough reason"), in the read sets always the
    // clinician's own; "you worry your English isn't good enough" is the client's view.
    w(C, Ph("isn't good enough"), VERDICT), w(C, Ph("isn't a good enough"), VERDICT),
    w(C, Ph("isn't really a good enough"), VERDICT),
    // Coder version 138 (from learners-ef and em): "The thing is, …" opening a sentence sets up
    // the clinician's counter-argument ("The thing is, blame doesn't help your breathing").
    m(C, O("the thing is"), THING_IS, false), m(C, O("thing is"), THING_IS, false),
    // Coder version 139 (from learners-ep and eq): what the client's words are really for ("…
    // is just a way of not trying again", "…just an easy way out of trying").
    w(C, Ph("a way of not"), MOTIVE), w(C, Ph("an easy way out"), MOTIVE),
    // Coder version 144 (from the sets written blind to be read since version 142, learners-fd
    // to fk and ft to fy): reproach and sarcasm their learners typed that nothing caught. An
    // order to be serious ("…, be serious"; not "it may be serious", "hard to be serious"); a
    // verdict that the client exaggerates ("you're making it a bigger deal than it is"); the
    // easy option named as the client's motive ("giving up is the easy option", not "it would
    // be the easy option, and you're not someone who takes it"); the client's belief called old
    // or wrong thinking ("that's old thinking", not "you catch the old thinking sooner now");
    // the reproach of a point made before ("we've been over this"); "martyr" and sulking; a
    // whole sentence of sarcasm ("Do I look like a salesman?", "…? Didn't think so.", not
    // "Didn't think so at first, but…"). Version 145 narrowed the first forms of version 144
    // after a review found reflections they flagged. Each is excused in the client's view, in
    // reported words and in quotes.
    w(C, Ph("to|must|can|could|would|will|might|should|may|it'll|it'd|you'd|won't|can't|not|cannot|shall~be serious"), CONFRONT),
    w(C, Ph("you're making it/this/that bigger than"), VERDICT),
    w(C, Ph("you are making it/this/that bigger than"), VERDICT),
    w(C, Ph("you're making it/this/that a bigger deal/problem/issue/thing"), VERDICT),
    w(C, Ph("you are making it/this/that a bigger deal/problem/issue/thing"), VERDICT),
    w(C, Ph("you're making a big deal"), VERDICT), w(C, Ph("you are making a big deal"), VERDICT),
    w(C, Ph("you're making such a big deal"), VERDICT),
    w(C, Ph("you are making such a big deal"), VERDICT),
    w(C, Ph("is/that's/it's the easy option"), MOTIVE),
    w(C, Ph("is/that's/it's old/wrong thinking"), CONTRADICT), w(C, O("wrong thinking"), CONTRADICT),
    w(C, Ph("we've been over this"), CONFRONT), w(C, Ph("we went over this"), CONFRONT),
    w(C, Ph("martyr"), VERDICT), w(C, O("sulk"), VERDICT), w(C, Ph("stop sulking"), VERDICT),
    w(C, Ph("you're sulking"), VERDICT), w(C, Ph("sulking won't"), VERDICT),
    w(C, Ph("sulk then"), VERDICT),
    w(C, O("do i look like"), SARCASM),
    w(C, O("didn't think so !at|until|till|before|when|but|and|either|then|back"), SARCASM),
    // The client's view named a symptom ("avoiding food talk is part of the illness"; not "you
    // see the cravings as part of the illness"), and the maxims that argue ("Better a false
    // alarm than…", "a refresher never hurt anyone"; not "he'd never hurt anybody").
    w(C, Ph("as~part of the illness"), VERDICT),
    w(P, O("better a/an"), ARGUE),
    w(P, Ph("he|she|they|i|you|hed|shed|theyd|id|youd|hes|shes|would|has|have|had|will|could~never hurt anyone/anybody"), ARGUE),
    w(C, Ph("the easy way out"), MOTIVE),
    w(C, Ph("don't think you're being completely honest"), DOUBT),
    w(C, Ph("don't think you're being totally honest"), DOUBT),
    w(C, Ph("did you even"), RHETORICAL), w(C, Ph("why did you even"), RHETORICAL),
    w(C, Ph("bit of a stretch"), CONTRADICT), w(C, Ph("not the whole story"), CONTRADICT),
    w(C, Ph("not quite the whole story"), CONTRADICT),
    w(C, Ph("you knew the risks"), JUDGEMENT_REASON), w(C, Ph("you knew the rules"), JUDGEMENT_REASON),
    w(C, Ph("you knew the policy"), JUDGEMENT_REASON), w(C, Ph("you knew the conditions"), JUDGEMENT_REASON),
    w(C, Ph("the addiction making"), VERDICT),
    w(C, Ph("interesting how you"), SARCASM), w(C, Ph("interesting that you"), SARCASM),
    w(C, Ph("barely given it a chance"), VERDICT), w(C, Ph("haven't even given it a chance"), VERDICT),
    w(C, Ph("over your own health"), VERDICT), w(C, Ph("over your health"), VERDICT),
    w(C, Ph("say otherwise"), CONTRADICT), w(C, Ph("isn't the enemy"), SIDING), w(C, Ph("people would be grateful"), NORMATIVE),
    w(C, Ph("i'm the qualified one"), CREDENTIALS), w(C, Ph("let me do my job"), CREDENTIALS),
    // Blame turned back on the client ("So it's her fault you shout?"), a way of seeing
    // judged, limits set by rebuke, and sarcasm.
    w(C, Ph("so it's her fault"), VERDICT), w(C, Ph("so it's his fault"), VERDICT),
    w(C, Ph("so it's their fault"), VERDICT), w(C, Ph("so it's all her fault"), VERDICT),
    w(C, Ph("so it's all his fault"), VERDICT), w(C, Ph("so it's all their fault"), VERDICT),
    w(C, Ph("so it's my fault"), VERDICT), w(C, Ph("basically it's her fault"), VERDICT),
    w(C, Ph("basically it's his fault"), VERDICT), w(C, Ph("basically it's their fault"), VERDICT),
    w(C, Ph("negative way of"), VERDICT), w(C, Ph("negative way to"), VERDICT),
    w(C, Ph("negative attitude"), VERDICT), w(C, Ph("old-fashioned way of"), VERDICT),
    w(C, Ph("funny way of describing"), VERDICT), w(C, Ph("funny way of putting"), VERDICT),
    w(C, Ph("no need for sarcasm"), CONFRONT),
    w(C, Ph("talk to me like that"), CONFRONT), w(C, Ph("speak to me like that"), CONFRONT),
    w(C, Ph("not going to be spoken to"), CONFRONT), w(C, Ph("not gonna be spoken to"), CONFRONT),
    w(C, Ph("won't be spoken to"), CONFRONT), w(C, Ph("will not be spoken to"), CONFRONT),
    w(C, Ph("can't possibly know"), CONTRADICT),
    w(C, Ph("whether you like it or not"), CONTRADICT), w(C, Ph("whether you see it or not"), CONTRADICT),
    w(C, Ph("whether you think so or not"), CONTRADICT), w(C, Ph("whether you agree or not"), CONTRADICT),
    w(C, Ph("famous last words"), SARCASM), w(C, Ph("suit yourself"), SARCASM),
    w(C, Ph("born yesterday"), SARCASM),
    w(P, Ph("messes with your"), ARGUE), w(P, Ph("mess with your"), ARGUE),
    // Siding with the people who push the client. "To be fair" and "something in it" are
    // the clinician's own only outside the client's view (see `w`); the rest below are the
    // clinician's verdict however they are framed, or excused only as `m` says.
    w(C, Ph("it~to be fair"), TO_BE_FAIR),
    w(C, Ph("probably something in it"), SIDING), w(C, Ph("must be something in it"), SIDING),
    w(C, Ph("there's something in it !for"), SIDING),
    // "That's not a healthy way to cope", "that's not really a solution": the clinician's
    // verdict on what the client does, as a statement ("It's not the answer, but it works"
    // is often the client's own, and is left alone).
    w(C, Ph("that's not healthy"), VERDICT), w(C, Ph("that's not a healthy"), VERDICT),
    w(C, Ph("that's not really healthy"), VERDICT), w(C, Ph("that's not very healthy"), VERDICT),
    w(C, Ph("that is not healthy"), VERDICT), w(C, Ph("that is not a healthy"), VERDICT),
    w(C, Ph("that's not safe"), VERDICT), w(C, Ph("that's not a safe"), VERDICT),
    w(C, Ph("that's not really safe"), VERDICT), w(C, Ph("that's not really a safe"), VERDICT),
    w(C, Ph("that's not a solution"), VERDICT), w(C, Ph("that's not really a solution"), VERDICT),
    w(C, Ph("that's not the answer"), VERDICT), w(C, Ph("that's not really the answer"), VERDICT),
    w(C, Ph("is never the answer"), VERDICT),
    // Stock comfort that closes the subject: premature reassurance, unless the client's view
    // or someone's words ("your nan always says time heals").
    w(P, Ph("a good tip is"), ADVICE), w(P, Ph("top tip"), ADVICE), w(P, Ph("a good trick is"), ADVICE),
    w(P, O("maybe just"), HEDGED), w(P, O("at least try"), ADVICE), w(P, O("at least use"), ADVICE),
    w(P, Ph("i'm sure you don't want"), ADVICE), w(R, Ph("hang in there"), REASSURE),
    w(C, Ph("taking it too personally"), VERDICT), w(C, Ph("taking it far too personally"), VERDICT),
    w(C, Ph("that's on you"), VERDICT), w(C, Ph("ask yourself why"), VERDICT),
    w(L, Ph("are you sure"), LEADING), w(C, Ph("the bare minimum"), VERDICT),
    w(C, Ph("is a strong word"), VERDICT), w(C, Ph("not real mates"), VERDICT),
    w(C, Ph("not real friends"), VERDICT), w(C, Ph("i doubt that"), VERDICT),
    w(C, Ph("i doubt it"), VERDICT), w(C, Ph("you always change the subject"), VERDICT),
    w(C, Ph("you keep changing the subject"), VERDICT), w(C, Ph("you're changing the subject"), VERDICT),
    w(P, O("we expect"), ADVICE),
    // Coder version 27, from the misses of learners-v (a tuning set since it was scored blind).
    w(P, Ph("worth asking"), HEDGED), w(P, Ph("worth checking"), HEDGED),
    w(P, Ph("worth looking into"), HEDGED), w(P, Ph("worth getting"), HEDGED),
    w(P, Ph("worth telling"), HEDGED), w(P, Ph("worth talking to your"), HEDGED),
    w(P, Ph("worth talking to a"), HEDGED), w(P, Ph("worth talking to the"), HEDGED),
    w(P, Ph("worth speaking to your"), HEDGED), w(P, Ph("worth speaking to a"), HEDGED),
    w(P, Ph("worth mentioning to"), HEDGED),
    w(P, Ph("be such a waste"), ARGUE), w(P, Ph("be a waste to"), ARGUE),
    w(P, Ph("be a shame to"), ARGUE), w(W, Ph("only takes once"), WARNING),
    w(W, Ph("only takes one"), WARNING), w(C, Ph("than you know"), CONFRONT),
    w(R, Ph("no shame in"), DISMISS), w(C, Ph("you've given up on yourself"), VERDICT),
    w(C, Ph("just given up on yourself"), VERDICT), w(C, Ph("you're not exactly making"), VERDICT),
    w(C, Ph("you're not exactly helping"), VERDICT), w(C, Ph("isn't being dramatic"), SIDING),
    w(C, Ph("isn't being unfair"), SIDING), w(C, Ph("isn't being unreasonable"), SIDING),
    w(C, Ph("isn't overreacting"), SIDING), w(C, Ph("aren't being dramatic"), SIDING),
    w(C, Ph("aren't being unfair"), SIDING), w(C, Ph("just worried about your"), SIDING),
    w(C, Ph("only worried about your"), SIDING),
    w(C, Ph("that's nothing !like|to|compared|short|new|new|wrong|bad"), DISMISS),
    w(C, Ph("a big assumption"), CONFRONT), w(C, Ph("i'm just being honest"), CONFRONT),
    w(W, Ph("sneaks up on"), WARNING), w(C, Ph("isn't long enough"), OWN_JUDGEMENT),
    w(C, Ph("not long enough"), OWN_JUDGEMENT), w(P, Ph("will make a big difference"), ARGUE),
    w(P, Ph("makes a big difference"), ARGUE), w(P, Ph("will make a real difference"), ARGUE),
    w(P, Ph("makes a real difference"), ARGUE), w(P, Ph("will make a huge difference"), ARGUE),
    w(P, Ph("makes a huge difference"), ARGUE), w(P, Ph("the kindest thing"), ARGUE),
    w(P, Ph("suit you better"), HEDGED), w(P, Ph("what helped me was"), DISCLOSE),
    w(P, Ph("what got me out"), DISCLOSE), w(P, Ph("what worked for me"), DISCLOSE),
    w(P, Ph("i stuck it out"), DISCLOSE), w(R, Ph("and you'll see !it|them|that|the|a|an|how|what|your|him|her|if|whether|why|when|where|who|which|some|any"), REASSURE),
    w(P, Ph("i know it can be done"), ARGUE), w(C, Ph("not the norm"), CONTRADICT),
    w(R, Ph("it's not that deep"), DISMISS), w(C, Ph("maybe you just didn't"), DOUBT),
    w(C, Ph("maybe you weren't ready"), DOUBT), w(C, Ph("honestly it's not"), CONTRADICT),
    w(C, Ph("just masking"), VERDICT), w(C, Ph("clearly affecting you"), VERDICT),
    w(C, Ph("is a bit strong"), VERDICT), w(C, Ph("cmon"), CONTRADICT),
    w(C, Ph("you can't expect"), CONTRADICT),
    // Coder version 28: wordings that were missed in the sets of three or more writers and
    // never occur in a reply that is not MI-inconsistent, here or in the transcripts' dev half.
    w(C, Ph("doesn't mean you are"), CONTRADICT),
    m(C, Ph("but honestly"), CONTRADICT, false), w(C, Ph("you don't actually"), CONTRADICT),
    w(C, Ph("it's not fine !with|for|by"), CONTRADICT), w(C, Ph("really not fine !with|for|by"), CONTRADICT),
    // Coder version 33, by the same test.
    w(R, Ph("time lucky"), REASSURE), w(C, Ph("nobody said"), CONTRADICT),
    w(C, Ph("no one said"), CONTRADICT),
    // Coder version 49, by the same test: missed in three writers' sets, never in a turn that
    // is not MI-inconsistent.
    w(C, Ph("believe everything"), CONTRADICT), w(C, Ph("what~did you actually"), DOUBT),
    w(C, Ph("but what about"), CONTRADICT),
    // Coder version 50, by the same test, with learners-al read too.
    w(C, Ph("did you though"), DOUBT), w(C, Ph("there's a difference"), CONTRADICT),
    w(W, Ph("end up in hospital"), WARNING),
    // Coder version 53, by the same test, run again after version 51 retrained the reader.
    w(P, Ph("don't need a gym"), ARGUE),
    w(C, O("wow ok"), SARCASM),
    // Coder version 58: the clinician denying what the client said of them ("I'm not ticking
    // a box, I…", "We're not poking around, we're doing our job"); not what they will or will
    // not do, why they are here, or a hedge.
    m(C, O("i'm not !going|gonna|you|trying|judging|telling|forcing|pushing|laughing|thinking|sure|a|an|the|saying|asking|certain|able|allowed|qualified|expert|expecting|really|quite|totally|completely|suggesting|interested"), DEFENDING, false),
    m(C, O("we're not !going|gonna|trying|judging|telling|forcing|pushing|saying|asking|able|allowed|sure|the|a|expecting|really|interested"), DEFENDING, false),
    m(C, Ph("i don't need kids"), CREDENTIALS, false), m(C, Ph("my age doesn't"), CREDENTIALS, false),
    m(C, Ph("age doesn't come into"), CREDENTIALS, false), m(C, Ph("age doesn't matter"), CREDENTIALS, false),
    m(W, Ph("the longer you leave"), WARNING, true),
    w(C, Ph("is exactly what"), CONFRONT), w(C, Ph("is exactly how"), CONFRONT),
    w(P, Ph("is exactly why"), ARGUE), w(P, Ph("not rude to"), ARGUE),
    w(C, O("i do care"), DEFENDING), v(C, Ph("got yourself into"), VERDICT),
    v(C, Ph("get yourself into"), VERDICT),
    w(P, Ph("best thing is to"), ADVICE), w(P, Ph("best thing you can do"), ADVICE),
    w(P, Ph("is the best thing"), ADVICE), w(P, O("even just"), HEDGED),
    w(R, Ph("time heals"), REASSURE), w(R, Ph("plenty more fish"), REASSURE),
    w(R, Ph("plenty of fish in the sea"), REASSURE), w(R, Ph("everything happens for a reason"), REASSURE),
    w(R, Ph("this too shall pass"), REASSURE), w(R, Ph("no pain no gain"), REASSURE),
    m(C, Ph("without good reason"), SIDING, true), m(C, Ph("without a good reason"), SIDING, true),
    m(C, Ph("without a reason"), SIDING, true), m(C, Ph("come for nothing"), SIDING, false),
    m(C, Ph("i'm not lecturing"), CONTRADICT, false), m(C, Ph("i don't need to have"), CREDENTIALS, false),
    m(C, Ph("convenient reason"), CONFRONT, false), m(C, Ph("convenient excuse"), CONFRONT, false),
    m(C, Ph("a classic sign of"), LABEL, true), m(C, Ph("one of the main signs of"), LABEL, true),
    m(C, Ph("is clearly a problem"), LABEL, true), m(C, Ph("clearly is a problem"), LABEL, true),
    m(C, Ph("that was your choice"), CONFRONT, false), m(C, Ph("that was your decision"), CONFRONT, false),
    m(P, Ph("only work if you"), ADVICE, false), m(P, Ph("only works if you"), ADVICE, false),
    m(L, Ph("doesn't that tell you"), LEADING, false), m(L, Ph("doesn't that show"), LEADING, false),
    m(L, Ph("doesn't it worry you"), LEADING, false),
    m(C, Ph("for good reason"), SIDING, false), m(C, Ph("with good reason"), SIDING, false),
    // The people who push the client, excused on their behalf: "your probation officer is only
    // trying to help you", "your mum's only worried about you".
    m(C, Ph("only trying to help you"), SIDING, true), m(C, Ph("just trying to help you"), SIDING, true),
    m(C, Ph("only worried about you"), SIDING, true), m(C, Ph("just worried about you"), SIDING, true),
    m(C, Ph("only looking out for you"), SIDING, true), m(C, Ph("just looking out for you"), SIDING, true),
    m(C, Ph("only doing his job"), SIDING, true), m(C, Ph("only doing her job"), SIDING, true),
    m(C, Ph("only doing their job"), SIDING, true), m(C, Ph("just doing his job"), SIDING, true),
    m(C, Ph("just doing her job"), SIDING, true), m(C, Ph("just doing their job"), SIDING, true),
    m(C, Ph("you were meant to"), CONFRONT, true), m(C, Ph("that's not fine"), CONFRONT, false),
    m(R, Ph("you'll feel better"), REASSURE, true), m(R, Ph("you'll feel loads better"), REASSURE, true),
    m(R, Ph("you'll feel much better"), REASSURE, true), m(R, Ph("you'll feel so much better"), REASSURE, true),
    m(C, Ph("not real mates"), CONFRONT, true), m(C, Ph("not real friends"), CONFRONT, true),
    m(P, Ph("lads your age"), NORMATIVE, true),
    m(P, Ph("girls your age"), NORMATIVE, true), m(P, Ph("men your age"), NORMATIVE, true),
    m(P, Ph("women your age"), NORMATIVE, true),
    m(W, Ph("wait till you're"), WARNING, false), m(W, Ph("wait until you're"), WARNING, false),
    m(P, Ph("only works when"), ADVICE, false), m(P, Ph("only work when"), ADVICE, false),
    m(C, Ph("that's what you said about"), CONFRONT, false), m(P, Ph("you may as well"), ADVICE, true),
    m(P, Ph("you might as well"), ADVICE, true), m(C, Ph("wouldn't send you"), SIDING, true),
    m(P, Ph("that tells you something"), ADVICE, false),
    m(C, Ph("the ones who say that"), CONFRONT, false),
    m(R, Ph("trust me it works"), REASSURE, false),
    m(C, Ph("no need to get so"), CONFRONT, false),
    m(C, Ph("come crying to me"), CONFRONT, false), m(R, Ph("in no time"), REASSURE, false),
    m(R, Ph("course you will"), REASSURE, false), m(P, Ph("you just have to"), ADVICE, true),
    m(C, Ph("not your decision"), CONFRONT, true), m(W, If("if you give up"), WARNING, true),
    m(C, Ph("she's right to be"), SIDING, false), m(C, Ph("he's right to be"), SIDING, false),
    m(C, Ph("they're right to be"), SIDING, false),
    m(W, Ph("will only make"), WARNING, true), m(R, Ph("you'll feel the difference"), REASSURE, false),
    m(C, Ph("right to worry"), SIDING, false), m(C, Ph("right to be worried"), SIDING, false),
    m(C, Ph("right to be concerned"), SIDING, false), m(C, Ph("has a point"), SIDING, false),
    m(C, Ph("have a point"), SIDING, false), m(C, Ph(FOR_A_REASON), SIDING, false),
    v(C, Ph("you're responsible for"), VERDICT), v(C, Ph("you are responsible for"), VERDICT),
    v(C, Ph("to avoid your problems"), VERDICT), v(C, Ph("to avoid dealing with"), VERDICT),
    v(C, Ph("you're choosing to"), VERDICT), v(C, Ph("you are choosing to"), VERDICT), v(C, Ph("you're wallowing"), VERDICT),
    v(C, Ph("you're whining"), VERDICT), v(C, Ph("you're complaining"), VERDICT),
    v(C, Ph("you're using it as"), VERDICT), v(C, Ph("using that as an"), VERDICT),
    v(C, Ph("using it as an"), VERDICT), v(C, Ph("using them as an"), VERDICT),
    v(C, Ph("in denial"), VERDICT),
    v(C, Ph("scared to admit"), VERDICT), v(C, Ph("won't admit"), VERDICT), v(C, Ph("refuse to admit"), VERDICT),
    v(C, Ph("codependency"), VERDICT), v(C, Ph("codependent"), VERDICT), v(C, Ph("classic avoidance"), VERDICT), v(C, Ph("victim mentality"), VERDICT),
    v(C, Ph("poor me"), VERDICT), v(C, Ph("pity party"), VERDICT), v(C, Ph("grow up"), VERDICT),
    v(C, Ph("not ready to grow up"), VERDICT),
    v(C, Ph("everyone except you"), VERDICT), v(C, Ph("everybody but you"), VERDICT),
    v(C, Ph("it's not fair on"), VERDICT), v(C, Ph("not fair on your"), VERDICT),
    v(C, Ph("it's wrong to"), VERDICT),
    // More normative pressure.
    m(P, Ph("most people would"), NORMATIVE, true), m(P, Ph("most people manage"), NORMATIVE, true),
    m(P, Ph("most people find a way"), NORMATIVE, true),
    m(P, Ph("most of my clients"), NORMATIVE, true), m(P, Ph("my other clients"), NORMATIVE, true),
    m(P, Ph("other clients"), NORMATIVE, true), m(P, Ph("everyone copes"), NORMATIVE, true),
    m(P, Ph("everyone deals"), NORMATIVE, true), m(P, Ph("everybody manages"), NORMATIVE, true), m(P, Ph("normal parents"), NORMATIVE, true),
    m(P, Ph("normal kids"), NORMATIVE, true),
    m(P, Ph("other kids manage"), NORMATIVE, true), m(P, Ph("other families"), NORMATIVE, true),
    m(P, Ph("you're not special"), NORMATIVE, true), m(P, Ph("like the rest of us"), NORMATIVE, true), m(P, Ph("grown adult"), NORMATIVE, true),
    m(P, Ph("grown man"), NORMATIVE, true), m(P, Ph("grown woman"), NORMATIVE, true),
    // More reassurance that dismisses.
    m(R, Ph("you'll be grand"), DISMISS, false), m(R, Ph("you'll be sound"), DISMISS, false),
    m(R, Ph("it'll all work out"), DISMISS, false), m(R, Ph("it will all work out"), DISMISS, false),
    m(R, Ph("it'll work out"), DISMISS, false), m(R, Ph("it'll sort itself out"), DISMISS, false),
    m(R, Ph("no biggie"), DISMISS, false), m(R, Ph("we all do it"), DISMISS, false),
    m(R, Ph("we all slip"), DISMISS, false), m(R, Ph("everyone slips"), DISMISS, false),
    m(R, Ph("happens to all of us"), DISMISS, false), m(R, Ph("happens to the best of us"), DISMISS, false),
    m(R, Ph("don't stress"), DISMISS, false), m(R, Ph("don't beat yourself up"), DISMISS, false),
    m(R, Ph("don't panic"), DISMISS, false), m(R, Ph("don't be hard on yourself"), DISMISS, false),
    m(R, Ph("chin up"), DISMISS, false), m(R, Ph("not a huge deal"), DISMISS, true),
    // More directives.
    m(P, Ph("we expect you to"), ADVICE, false), m(P, Ph("we need you to"), ADVICE, false),
    m(P, Ph("you are expected to"), ADVICE, true), m(P, Ph("you're expected to"), ADVICE, true),
    m(P, Ph("you are required"), ADVICE, true), m(P, Ph("requires you to"), ADVICE, true),
    m(P, Ph("it is essential"), ADVICE, false), m(P, Ph("it's essential"), ADVICE, false),
    m(P, Ph("i would strongly"), ADVICE, false), m(P, Ph("i strongly"), ADVICE, false),
    m(P, Ph("my recommendation"), ADVICE, false), m(P, Ph("my suggestion"), ADVICE, false),
    m(P, Ph("it is recommended"), ADVICE, false), m(P, Ph("it's recommended"), ADVICE, false),
    m(P, Ph("what works is"), ADVICE, false), m(P, Ph("what you want to do is"), ADVICE, false),
    m(P, Ph("what i would do"), ADVICE, false), m(P, Ph("what i'd do"), ADVICE, false),
    m(P, Ph("i'd just"), ADVICE, false), m(P, Ph("i would just"), ADVICE, false),
    // Coder version 121: what the clinician would do, said as advice ("I'd try to focus less
    // on…", "I'd definitely speak to your solicitor"). Not "I'd take / make / give / call…",
    // which as often share a view ("I'd call that progress"), nor "what / if I'd try…".
    w(P, Ph("what|if~i'd try"), ADVICE), w(P, Ph("what|if~i would try"), ADVICE),
    w(P, Ph("i'd keep !thinking|wondering|asking"), ADVICE), w(P, Ph("i'd speak to"), ADVICE),
    w(P, Ph("i'd stop/book/ring/cut/switch/avoid/consider/definitely/personally"), ADVICE),
    w(P, Ph("i would stop/definitely"), ADVICE),
    w(P, Ph("i'd really !like|love|want|appreciate|value|enjoy|be|hope|welcome"), ADVICE),
    m(P, Ph("it may be beneficial"), ADVICE, false), m(P, Ph("it would be beneficial"), ADVICE, false),
    m(P, Ph("it would be wise"), ADVICE, false), m(P, Ph("it'd be wise"), ADVICE, false),
    m(P, Ph("can we agree"), ADVICE, false), m(P, Ph("can you agree to"), ADVICE, false),
    m(P, Ph("will you promise"), ADVICE, false), m(P, Ph("promise me"), ADVICE, false),
    q(P, Ph("you must to"), ADVICE),
    // Coder version 129: "You mustn't let fear run your life"; not "you mustn't have known".
    q(P, Ph("you mustn't !have|feel|think|know"), ADVICE),
    // Coder version 130: "Even if you feel fine, it's important we do a full assessment", "You'd
    // be amazed what you can still do", "Deal, but at least use it outside".
    m(P, Ph("it's important we"), ADVICE, true), m(P, Ph("it's important that we"), ADVICE, true),
    m(P, Ph("it is important that we"), ADVICE, true),
    m(P, Ph("you'd be amazed/surprised what"), ARGUE, true),
    m(P, Ph("but at least use/try/do/take/wear/keep/get/cut/stick/give"), ADVICE, false),
    // "Better safe than sorry", "it's a small price compared to his health", "Passing the buck
    // doesn't change what the baby's breathing in", "that's just the science", "I doubt she said
    // that" (not the clinician's doubt about themselves: "I doubt I'll dazzle you"), "Where on
    // earth did you hear that?", and "…, and you know that." closing a point.
    m(P, Ph("better safe than sorry"), ARGUE, false), w(P, Ph("small price"), ARGUE),
    m(C, Ph("doesn't change the/what"), CONTRADICT, false),
    m(C, Ph("that's just the science/facts/reality"), CONTRADICT, false),
    m(C, Ph("that's the science"), CONTRADICT, false),
    m(C, Ph("i doubt !i|ill|im|id|ive|we|myself"), CONTRADICT, false),
    w(C, Ph("where/why on earth"), RHETORICAL),
    m(P, Ph(AND_YOU_KNOW_THAT), LECTURING_TAG, false),
    m(C, Ph(MORE_IMPORTANT_THAN), RHETORICAL, false),
    // Coder version 131: "Do you think keeping her off is actually helping her anxiety?", "Do
    // you think the judge sent you here for no reason?": a long yes-or-no "do you think…?"
    // carries its answer. Not a short one ("Do you think she's right?") nor one that offers
    // both sides ("…, or not really?").
    m(L, O(OPENS_DO_YOU_THINK), LEADING, false),
    // Coder version 132: "Do you realise how risky that is?"; "I'm not here to tick boxes, I'm
    // here to help you", "I'm not telling you anything, I'm only asking questions": the
    // clinician defending themselves (a denial, then "I'm / I've / I have…" in the same sentence).
    m(L, Ph("do you realise/realize"), LEADING, false),
    m(C, O(IM_NOT_THEN_IM), DEFENDING, false),
    // More warnings.
    m(W, Ph("keep going like this"), WARNING, true), m(W, Ph("carry on like this"), WARNING, true),
    m(W, Ph("that's how people end up"), WARNING, true), m(W, Ph("that's how you end up"), WARNING, true), m(W, Ph("one day you'll"), WARNING, true),
    m(W, Ph("before you know it"), WARNING, true), m(W, Ph("catch up with you"), WARNING, true),
    m(W, Ph("you'll be sorry"), WARNING, true), m(W, Ph("playing with fire"), WARNING, true),
    m(W, Ph("you could die"), WARNING, true), m(W, Ph("could kill you"), WARNING, true),
    m(W, Ph("it could kill"), WARNING, true), m(W, Ph("or you'll"), WARNING, true),
    m(W, Ph("otherwise you'll"), WARNING, true), m(W, Ph("or they'll"), WARNING, true),
    m(W, Ph("catches up with you"), WARNING, true), m(W, Ph("how people end up"), WARNING, true),
    m(W, Ph("is how most"), WARNING, true), m(W, Ph("before it costs"), WARNING, true),
    m(W, Ph("could be arrested"), WARNING, true), m(W, Ph("could get arrested"), WARNING, true),
    m(W, Ph("could affect your"), WARNING, true),
    // Contradiction by evidence or counterfactual.
    m(C, Ph("says otherwise"), CONTRADICT, false), m(C, Ph("suggest otherwise"), CONTRADICT, false),
    m(C, Ph("suggests otherwise"), CONTRADICT, false), m(C, Ph("shows otherwise"), CONTRADICT, false),
    m(C, Ph(OR_YOUD_HAVE), CONTRADICT, false), m(C, Ph(OR_YOU_WOULDNT), CONTRADICT, false),
    m(C, Ph("or you would"), CONTRADICT, false), m(C, Ph("nothing to hide"), CONTRADICT, false),
    m(C, Ph("with respect !to"), CONTRADICT, false), m(C, Ph("with all due respect"), CONTRADICT, false),
    m(C, Ph("obviously not"), CONTRADICT, false), m(C, Ph("clearly not"), CONTRADICT, false),
    m(C, Ph("you clearly don't"), CONTRADICT, false), m(C, Ph("clearly you"), CONTRADICT, false),
    m(C, Ph("you do know"), CONTRADICT, false), m(C, Ph("thought not"), CONTRADICT, false),
    // Blame.
    v(C, Ph("forced you"), ACCUSE), v(C, Ph("forcing you"), ACCUSE), v(C, Ph("force you to"), ACCUSE),
    v(C, Ph("isn't the one"), ACCUSE), v(C, Ph("you're the one sitting"), ACCUSE), v(C, Ph("you're the one in"), ACCUSE),
    v(C, Ph("the ones getting"), ACCUSE), v(C, Ph("how you ended up"), ACCUSE), v(C, Ph("got you here"), ACCUSE),
    v(C, Ph("is why you keep"), ACCUSE), v(C, Ph("the reason you're here"), ACCUSE), v(C, Ph("is the reason you"), ACCUSE),
    v(C, Ph("easy to blame"), ACCUSE), v(C, Ph("who could blame"), ACCUSE), v(C, Ph("brought it on"), ACCUSE),
    v(C, Ph("the problem is that you"), ACCUSE), v(C, Ph("part of the problem"), ACCUSE),
    v(C, Ph("maybe the problem is"), ACCUSE), v(C, Ph("your own fault"), ACCUSE),
    // Sarcasm and mockery.
    m(C, Ph("funny how"), SARCASM, false), m(C, Ph("haha"), SARCASM, false),
    m(C, Ph("lol"), SARCASM, false), m(C, Ph("lmao"), SARCASM, false), m(C, Ph("your funeral"), SARCASM, false),
    m(C, Ph("act your age"), SARCASM, false),
    // Labels, also therapy words used as labels.
    v(C, Ph("catastrophising"), VERDICT), v(C, Ph("catastrophizing"), VERDICT), v(C, Ph("deflecting"), VERDICT),
    v(C, Ph("projecting"), VERDICT), v(C, Ph("rationalising"), VERDICT), v(C, Ph("rationalizing"), VERDICT),
    v(C, Ph("that's minimising"), VERDICT), v(C, Ph("that's minimizing"), VERDICT), v(C, Ph("defeatist"), VERDICT),
    v(C, Ph("arrogant"), VERDICT), v(C, Ph("being stubborn"), VERDICT), v(C, Ph("quite stubborn"), VERDICT),
    v(C, Ph("so stubborn"), VERDICT), v(C, Ph("being passive"), VERDICT), v(C, Ph("this passive"), VERDICT),
    v(C, Ph("denial"), VERDICT), v(C, Ph("attitude"), VERDICT), v(C, Ph("ego talking"), VERDICT),
    v(C, Ph("your ego"), VERDICT), v(C, Ph("talking not you"), VERDICT), v(C, Ph("the drink talking"), VERDICT),
    v(C, Ph("the alcohol talking"), VERDICT), v(C, Ph("the gambling talking"), VERDICT),
    v(C, Ph("the illness controlling"), VERDICT), v(C, Ph("grown men"), VERDICT), v(C, Ph("grown women"), VERDICT),
    v(C, Ph("self pity"), VERDICT), v(C, Ph("self-pity"), VERDICT), v(C, Ph("obsessed"), VERDICT),
    // More advice.
    m(P, Ph("the sensible thing"), ADVICE, false), m(P, Ph("the smart thing"), ADVICE, false),
    m(P, Ph("the right thing to do"), ADVICE, false), m(P, Ph("better for you to"), ADVICE, true),
    m(P, Ph("would be better for you"), ADVICE, true), m(P, Ph("would make a difference"), ADVICE, true),
    m(P, Ph("would get you further"), ADVICE, true), m(P, Ph("at least cut"), ADVICE, false),
    m(P, Ph("at least try"), ADVICE, false), m(P, Ph("at least stick"), ADVICE, false),
    m(P, Ph(SORT_THAT_OUT), ADVICE, false), m(P, Ph(SORT_IT_OUT), ADVICE, false),
    m(P, Ph("we'd like you to"), ADVICE, false), m(P, Ph("we'd like you back"), ADVICE, false),
    m(P, Ph("for your own good"), ADVICE, false), m(P, Ph("i'm telling you"), ADVICE, false),
    // Coder version 135 (from learners-ds): the client's good invoked as the reason ("this is
    // for your benefit, not mine").
    m(P, Ph("for your benefit"), ADVICE, false), m(P, Ph("for your own benefit"), ADVICE, false),
    m(P, Ph("i'll refer you"), FIX, false), m(P, Ph("i'll print you"), FIX, false),
    m(P, Ph("i'll book you"), FIX, false), m(P, Ph("i'll sign you up"), FIX, false),
    m(P, Ph("i'll put you down"), FIX, false), m(P, Ph("i'd trust"), ADVICE, false),
    q(P, Ph("you'll need to"), ADVICE), q(P, Ph("you will need to"), ADVICE),

    m(P, Ph("is your responsibility"), PRESCRIBE, true), m(P, Ph("simple as that"), ADVICE, false),
    m(P, Ph("the quicker you"), ARGUE, true), m(P, Ph("the faster you"), ARGUE, true),
    m(R, Ph("you will feel better"), DISMISS, false),
    m(C, Ph("we're here to talk about"), CONFRONT, false), m(C, Ph("we're not here to"), CONFRONT, false),
    m(C, Ph("we are not here to"), CONFRONT, false), m(C, Ph("isn't really the point"), CONTRADICT, false),
    m(C, Ph("isn't the point"), CONTRADICT, false), m(C, Ph("is not the point"), CONTRADICT, false),
    m(C, Ph("you'd be surprised"), CONTRADICT, false), m(C, Ph("that's a bit unfair"), CONTRADICT, false),
    m(C, Ph("i was only"), CONTRADICT, false), m(C, Ph("i'm only repeating"), CONTRADICT, false),
    m(C, Ph("i'm just trying to !imagine|understand|picture|get|figure|work|see|follow|make|think|find"), CONTRADICT, false),
    v(C, Ph("if you hadn't"), ACCUSE), v(C, Ph("if you had not"), ACCUSE), v(C, Ph("if you'd listened"), ACCUSE),
    v(C, Ph("if you'd taken"), ACCUSE), v(C, Ph("if you'd just"), ACCUSE),
    m(W, Ph("not going to get anywhere"), WARNING, true), m(W, Ph("won't get anywhere"), WARNING, true),
    m(W, Ph("if you won't"), WARNING, true), m(W, Ph("to help if you don't"), WARNING, true),
    m(W, Ph("must be worried about you"), WARNING, true), m(W, Ph("must be really worried about you"), WARNING, true),
    m(W, Ph("the better this will look"), WARNING, true), m(W, Ph("will look better"), WARNING, true),
    m(P, Ph("let's not"), ADVICE, false), m(P, Ph("could you put"), ADVICE, false),
    m(P, Ph("can you put"), ADVICE, false), m(P, Ph("could you just"), ADVICE, false),
    m(P, Ph("can you just"), ADVICE, false), m(P, O("humour me"), ADVICE, false), m(P, O("humor me"), ADVICE, false),
    m(P, Ph("we do need"), ADVICE, false),
    m(R, Ph("i'm sure she"), DISMISS, false), m(R, Ph("i'm sure he"), DISMISS, false),
    m(R, Ph("i'm sure they"), DISMISS, false), m(R, Ph("i'm sure nobody"), DISMISS, false),
    m(R, Ph("i'm sure no one"), DISMISS, false), m(R, Ph("not like the others"), DISMISS, false),
    m(R, Ph("i'll actually"), DISMISS, false),
    m(W, Ph("or you will"), WARNING, true), m(W, Ph("otherwise you will"), WARNING, true),
    // Sarcasm.
    m(C, O("oh sure"), SARCASM, false), m(C, O("oh yeah"), SARCASM, false), m(C, O("yeah right"), SARCASM, false),
    m(C, O("sure sure"), SARCASM, false), m(C, Ph("great example"), SARCASM, false),
    m(C, Ph("totally normal"), SARCASM, false), m(C, Ph("good luck with that"), SARCASM, false),
    m(C, Ph("how convenient"), SARCASM, false), m(C, Ph("nice try"), SARCASM, false),
                m(C, Ph("because that's worked"), SARCASM, false), m(C, Ph("worked so well"), SARCASM, false),
    m(C, Ph("works so well"), SARCASM, false),
    // Hedged and softened advice.
    m(P, Ph("i wonder if it would help"), HEDGED, true), m(P, Ph("i wonder if it might help"), HEDGED, true),
    m(P, Ph("i wonder if you could"), HEDGED, true), m(P, Ph("i wonder if you should"), HEDGED, true),
    m(P, Ph("wonder if you might try"), HEDGED, true), m(P, Ph("maybe consider"), HEDGED, true),
    m(P, Ph("perhaps consider"), HEDGED, true), m(P, Ph("perhaps try"), HEDGED, true),
    m(P, Ph("maybe think about"), HEDGED, true), m(P, Ph("maybe look into"), HEDGED, true),
    m(P, Ph("maybe talk to"), HEDGED, true), m(P, Ph("maybe it's time"), HEDGED, true),
    m(P, Ph("perhaps it's time"), HEDGED, true), m(P, Ph("might be time to"), HEDGED, true),
    m(P, Ph("it could help to"), HEDGED, true), m(P, Ph("it could help if you"), HEDGED, true),
    m(P, Ph("it might help you"), HEDGED, true), m(P, Ph("it would help to"), HEDGED, true),
    m(P, Ph("could be good to"), HEDGED, true), m(P, Ph("might be good to"), HEDGED, true),
    m(P, Ph("would be good to !talk|hear|know|understand|look"), HEDGED, true), m(P, Ph("could be worth"), HEDGED, true),
    m(P, Ph("would be worth"), HEDGED, true), m(P, Ph("worth trying"), HEDGED, true),
    m(P, Ph("worth a try"), HEDGED, true), m(P, Ph("worth a go"), HEDGED, true),
    // "…, so it's worth sticking with": a reason, then the advice it leads to (since coder
    // version 138 with the reason of a conclusion drawn for the client). Not "it's worth
    // it", "that's worth something" or "worth noting" (an affirmation's words).
    q(P, Ph("so it's worth !it|something|a|the|every|all|nothing|more|much|noting|noticing|celebrating|mentioning|saying|your|that|this|so|everything"), DRAWN_CONCLUSION),
    q(P, Ph("then it's worth !it|something|a|the|every|all|nothing|more|much|noting|noticing|celebrating|mentioning|saying|your|that|this|so|everything"), DRAWN_CONCLUSION),
    q(P, O("it's worth !it|something|a|the|every|all|nothing|more|much|noting|noticing|celebrating|mentioning|saying|your|that|this|so|everything"), HEDGED),
    q(P, Ph("might be worth !it|something|a|the|every|all|nothing|more|much|noting|noticing|celebrating|mentioning|saying|your|that|this|so|everything"), HEDGED),
    q(P, Ph("may be worth !it|something|a|the|every|all|nothing|more|much|noting|noticing|celebrating|mentioning|saying|your|that|this|so|everything"), HEDGED),
    q(P, Ph("it's worth you"), HEDGED), q(P, Ph("worth thinking about"), HEDGED),
    q(P, Ph("it's worth your while"), HEDGED), q(P, Ph("be worth your while"), HEDGED), q(P, Ph("worth a shot"), HEDGED),
    q(P, Ph("would be worthwhile"), HEDGED), q(P, Ph("might be worthwhile"), HEDGED),
    q(P, Ph("could be worthwhile"), HEDGED), q(P, O("worth !it|something|a|the|every|all|nothing|more|much|noting|noticing|celebrating|mentioning|saying|your|that|this|so|everything"), HEDGED),
    m(P, Ph("might be a good idea"), HEDGED, true), m(P, Ph("would be a good idea"), HEDGED, true),
    m(P, Ph("it's a good idea"), HEDGED, true), m(P, Ph("advisable"), HEDGED, true),
    m(P, Ph("one thing that might help"), HEDGED, true), m(P, Ph("one thing that could help"), HEDGED, true),
    m(P, Ph("something that might help"), HEDGED, true),
    m(P, Ph("something that could help"), HEDGED, true), 
    m(P, Ph("what might help is"), HEDGED, true), m(P, Ph("what could help is"), HEDGED, true),
    m(P, Ph("what if you tried"), HEDGED, true), m(P, Ph("what if you just"), HEDGED, true),
    m(P, Ph("what if you started"), HEDGED, true), m(P, Ph("what if you stopped"), HEDGED, true),
    m(P, Ph("what if you cut"), HEDGED, true), m(P, Ph("what if you went"), HEDGED, true),
    m(P, Ph("what if you talked"), HEDGED, true), m(P, Ph("what if you took"), HEDGED, true),
    m(P, Ph("how about we !work|take|spend|talk|look|go|do|start|figure|see|think|find|decide|sit"), HEDGED, true),
    m(P, O("why not !a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|higher|lower|more|less"), HEDGED, false), m(P, Ph("have you tried just"), HEDGED, true),
    q(P, Ph("you could just"), HEDGED), q(P, Ph("you could also"), HEDGED),
    q(P, Ph("you could start"), HEDGED), q(P, Ph("you could take"), HEDGED),
    q(P, Ph("you could go"), HEDGED), q(P, Ph("you could talk"), HEDGED),
    q(P, Ph("you could ask"), HEDGED), q(P, Ph("you could use"), HEDGED),
    q(P, Ph("you could sign"), HEDGED), q(P, Ph("thinking|scared|worried|afraid~you could get"), HEDGED),
    q(P, Ph("you could have"), HEDGED), q(P, Ph("you could cut"), HEDGED),
    q(P, Ph("you could switch"), HEDGED), q(P, Ph("you could set"), HEDGED),
    q(P, Ph("you could make"), HEDGED), q(P, Ph("you could put"), HEDGED),
    q(P, Ph("you could do"), HEDGED), q(P, Ph("you could look"), HEDGED),
    q(P, Ph("you could join"), HEDGED),
    q(P, Ph("you could call"), HEDGED), q(P, Ph("you could write"), HEDGED),
    q(P, O("you could find"), HEDGED), q(P, Ph("you could keep"), HEDGED),
    q(P, Ph("you could meal"), HEDGED), q(P, Ph("you could walk"), HEDGED),
    q(P, Ph("you could stop"), HEDGED), q(P, Ph("you could limit"), HEDGED),
    q(P, Ph("you can always"), HEDGED), q(P, Ph("you can just"), HEDGED),
    q(P, Ph("you can try"), HEDGED), q(P, Ph("you can then"), HEDGED),
    q(P, Ph("you can start"), HEDGED), q(P, Ph("you can work on"), HEDGED),
    q(P, Ph("you may be able to"), HEDGED), q(P, Ph("you might like to"), HEDGED),
    q(P, Ph("you might wanna"), HEDGED), q(P, Ph("you may wish to"), HEDGED),
    m(P, Ph("things you can do"), HEDGED, true), q(P, Ph("you can consider"), HEDGED),
    m(P, Ph("something to think about"), HEDGED, true), m(P, Ph("something else to think about"), HEDGED, true),
    m(P, Ph("the idea would be to"), HEDGED, true),
    // Telling what should happen.
    q(P, Ph("should be !the"), PRESCRIBE), q(P, Ph("should have"), PRESCRIBE),
    q(P, Ph("should try"), PRESCRIBE), q(P, Ph("should talk"), PRESCRIBE),
    q(P, Ph("shouldn't be"), PRESCRIBE), q(P, Ph("needs to be"), PRESCRIBE),
    q(P, Ph("need to be"), PRESCRIBE),
    m(P, Ph("it's better to"), PRESCRIBE, false), m(P, Ph("it is better to"), PRESCRIBE, false),
    m(P, Ph("it's best to"), PRESCRIBE, false), m(P, Ph("it is best to"), PRESCRIBE, false),
    m(P, Ph("better to talk"), PRESCRIBE, false), m(P, Ph("the best way to"), PRESCRIBE, false),
    m(P, Ph("a great way to"), PRESCRIBE, false), m(P, Ph("a good way to"), PRESCRIBE, false),
    m(P, Ph("an easy way to"), PRESCRIBE, false), m(P, Ph("a quick way to"), PRESCRIBE, false),
    m(P, Ph("is usually helpful"), PRESCRIBE, false),
    q(P, Ph("you'll have to"), PRESCRIBE), q(P, Ph("you will have to"), PRESCRIBE),
    q(P, Ph("you're going to have to"), PRESCRIBE),
    m(P, Ph("you can't think like"), PRESCRIBE, false),             m(P, Ph("let's get back to"), PRESCRIBE, false), m(P, Ph("let's stick to"), PRESCRIBE, false),
    m(P, Ph("let's stay on"), PRESCRIBE, false),
    m(P, Ph("let's keep to"), PRESCRIBE, false), m(P, Ph("lets get back to"), PRESCRIBE, false),
    m(P, Ph("do what they say"), PRESCRIBE, false),
    m(P, Ph("do what you're told"), PRESCRIBE, false), m(P, Ph("stay positive"), PRESCRIBE, false),
    m(P, Ph("think positive"), PRESCRIBE, false), m(P, O("stop being"), PRESCRIBE, false),
    // Normative pressure.
    m(P, Ph("most people your age"), NORMATIVE, true), m(P, Ph("people your age"), NORMATIVE, true),
    m(P, Ph("kids your age"), NORMATIVE, true), m(P, Ph("someone your age"), NORMATIVE, true),
    m(P, Ph("most people can"), NORMATIVE, true), m(P, Ph("most people don't"), NORMATIVE, true),
    m(P, Ph("most parents"), NORMATIVE, true), m(P, Ph("any parent would"), NORMATIVE, true),
    m(P, Ph("any normal"), NORMATIVE, true), m(P, Ph("normal people"), NORMATIVE, true),
    m(P, Ph("everyone has to"), NORMATIVE, true), m(P, Ph("everybody has to"), NORMATIVE, true),
    m(P, Ph("everyone else"), NORMATIVE, true), m(P, Ph("everybody else"), NORMATIVE, true),
    m(P, Ph("everyone does"), NORMATIVE, true), m(P, Ph("everyone manages"), NORMATIVE, true),
    m(P, Ph("everyone goes through"), NORMATIVE, true), m(P, Ph("everyone gets"), NORMATIVE, true),
    m(P, Ph("nobody enjoys"), NORMATIVE, true), m(P, Ph("nobody likes"), NORMATIVE, true),
    m(P, Ph("no one likes"), NORMATIVE, true), m(P, Ph("no one enjoys"), NORMATIVE, true),
    m(P, Ph("that's life"), NORMATIVE, true), m(P, Ph("that's just life"), NORMATIVE, true),
    m(P, Ph("that's just how it"), NORMATIVE, true), m(P, Ph("that's how it works"), NORMATIVE, true),
    m(P, Ph("that's just the way"), NORMATIVE, true), m(P, Ph("other parents"), NORMATIVE, true),
    m(P, Ph("other people cope"), NORMATIVE, true), m(P, Ph("others manage"), NORMATIVE, true),
                m(P, Ph("worse off than you"), NORMATIVE, true),
        // Reassurance that waves the worry away.
    m(R, Ph("not a big deal"), DISMISS, true), m(R, Ph("no big deal"), DISMISS, true),
    m(R, Ph("not that big a deal"), DISMISS, true), m(R, Ph("just a phase"), DISMISS, true),
    m(R, Ph("you'll thank"), DISMISS, false), m(R, Ph("you will thank"), DISMISS, false),
    m(R, Ph("you'll be glad"), DISMISS, false), m(R, Ph("not the end of the world"), DISMISS, true),
    m(R, Ph("cheer up"), DISMISS, false), m(R, Ph("i promise"), DISMISS, false),
    m(R, O("trust me"), DISMISS, false), m(R, Ph("you'll get over"), DISMISS, false),
    m(R, Ph("trust the process"), DISMISS, false), m(R, Ph("these things take time"), DISMISS, false),
    m(R, Ph("it happens to everyone"), DISMISS, false), m(R, Ph("everyone feels that way"), DISMISS, false),
    m(R, Ph("you're overthinking"), DISMISS, false), m(R, Ph("overthinking it"), DISMISS, false),
    m(R, Ph("nobody thinks"), DISMISS, true), m(R, Ph("no one thinks"), DISMISS, true),
    m(R, Ph("don't be so"), DISMISS, false), m(R, Ph("it's not as bad"), DISMISS, false),
    m(R, Ph("it isn't that bad"), DISMISS, false), m(R, Ph("not as bad as"), DISMISS, false),
    m(R, Ph("it gets easier"), DISMISS, false), m(R, Ph("it'll get better"), DISMISS, false),
    m(R, Ph("it will get better"), DISMISS, false), m(R, Ph("things will get better"), DISMISS, false),
    m(R, Ph("you'll get there"), DISMISS, false),
    m(R, Ph("will be different"), DISMISS, true),
    // Arguments for change: consequences, promises, conditions.
    m(P, Ph("only works if"), ARGUE, true), m(P, Ph("works if you"), ARGUE, true),
    m(P, Ph("only if you !want|wanna|feel|fancy|wish|choose|decide|like"), ARGUE, true), m(P, Ph("the sooner you"), ARGUE, true),
    m(P, Ph("making it worse"), ARGUE, true), m(P, Ph("make it worse"), ARGUE, true),
    m(P, Ph("makes it worse"), ARGUE, true), m(P, Ph("making things worse"), ARGUE, true),
    m(P, Ph("leads to"), ARGUE, true),
    m(P, Ph("lead to"), ARGUE, true), m(P, Ph("could relapse"), ARGUE, true),
    m(P, Ph("you'll relapse"), ARGUE, true), m(P, Ph("you could end up"), ARGUE, true),
    m(P, Ph("you might end up"), ARGUE, true), m(P, Ph("you might lose"), ARGUE, true),
    m(P, Ph("you might have lost"), ARGUE, true), m(P, Ph("could be a person"), ARGUE, true),
    m(P, Ph("slippery slope"), ARGUE, true), m(P, Ph("that's how it starts"), ARGUE, true),
    m(P, Ph("you'll have more"), ARGUE, true), m(P, Ph("you'll have way more"), ARGUE, true),
    m(P, Ph("you'll have so much more"), ARGUE, true), m(P, Ph("you'll save"), ARGUE, true),
    m(P, Ph("you'd save"), ARGUE, true), m(P, Ph("you would save"), ARGUE, true),
    m(P, Ph("you'll feel so much"), ARGUE, true), m(P, Ph("you'll be so much"), ARGUE, true),
    m(P, Ph("you won't get anything"), ARGUE, true), m(P, Ph("not going to get anything"), ARGUE, true),
    m(P, Ph("won't get better"), ARGUE, true),     m(P, Ph("or the judge"), ARGUE, true),
    m(P, Ph("or else"), ARGUE, true), m(P, Ph("kills half"), ARGUE, true),
    m(P, Ph("smoking kills"), ARGUE, true), m(P, Ph("drinking kills"), ARGUE, true),
    m(P, Ph("killing yourself"), ARGUE, true),
            m(P, Ph("damage your"), ARGUE, true), m(P, Ph("damages your"), ARGUE, true),
    m(P, Ph("harm your"), ARGUE, true), m(P, Ph("hurting yourself"), ARGUE, true),
    m(P, Ph("hurt the people around you"), ARGUE, true),         m(P, Ph("would make a big difference"), ARGUE, true), m(P, Ph("make a huge difference"), ARGUE, true),
        // Advice by personal example.
    m(P, Ph("best thing i ever did"), DISCLOSE, false), m(P, Ph("best decision i ever made"), DISCLOSE, false),
    m(P, Ph("i didn't end up"), DISCLOSE, false), m(P, Ph("and i didn't"), DISCLOSE, false),
    m(P, Ph("worked for me"), DISCLOSE, false), m(P, Ph("what worked for me"), DISCLOSE, false),
        m(P, Ph("if i can do it"), DISCLOSE, false), m(P, Ph("if i could do it"), DISCLOSE, false),
];

/// Every MI-inconsistent marker in `text`, in order of where it starts. Words that only
/// report the client's own view ("you feel you have to…") do not count.
pub fn find_markers(text: &str) -> Vec<MarkerHit> {
    find_markers_in(&Text::new(text))
}

#[cfg(test)]
mod conditioned_tests {
    use super::*;

    /// Every source `scan` names in a condition of its own.
    const CONDITIONED: &[&str] = &[
        OPENS_ACTUALLY,
        OPENS_DO_YOU_THINK,
        OPENS_DONT,
        OPENS_NEVER,
        OPENS_REALLY,
        AND_YOU_KNOW_THAT,
        FOR_A_REASON,
        ITS_ACTUALLY,
        IT_IS_ACTUALLY,
        MATTERS_MORE_THAN,
        MORE_IMPORTANT_THAN,
        OR_YOU_WOULDNT,
        OR_YOUD_HAVE,
        REALLY_WORTH,
        SO_IT_CAN_BE_DONE,
        SORT_IT_OUT,
        SORT_THAT_OUT,
        THAT_ISNT_TRUE,
        THAT_IS_NOT_TRUE,
        WHAT_DID_YOU_EXPECT,
        WHAT_DO_YOU_EXPECT,
        IM_NOT_THEN_IM,
    ];

    /// Each source `scan` names is the source of exactly one marker: removing or duplicating a
    /// marker would leave its condition dead or applied twice without anyone noticing.
    #[test]
    fn every_source_scan_names_is_one_marker() {
        for source in CONDITIONED {
            let n = MARKERS
                .iter()
                .filter(|m| {
                    matches!(m.pattern, Pattern::Phrase(p) | Pattern::Opening(p) if p == *source)
                })
                .count();
            assert_eq!(n, 1, "{source:?} is the source of {n} markers");
        }
    }
}
